"""Keeps the article view and the panels showing the open document, both ways in sync.

Opening a document reads it once. After that, every edit, undo and redo arrives as a
`Change` (what was added, changed, removed) and only that is patched: the spans it
touched are repainted, the statements table gets row signals, the legend counts move.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer

from annotator.core import list_edits
from annotator.core.changes import Change, RowChange
from annotator.core.gazetteer import Gazetteer, gazetteer_for
from annotator.core.model import SpanKind, SpanStatus, Statement
from annotator.core.store_items import SpanView
from annotator.gui.article.styles import StyleBook, display_key
from annotator.gui.article.view import ArticleView
from annotator.gui.language import wording
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.panels.properties import PropertiesPanel
from annotator.gui.panels.statements import StatementRow, StatementsPanel
from annotator.gui.session import Session

PEOPLE = ("PER", "ORG")  # entity labels offered as speakers
# A change of more rows than this is shown by reading the document again: patching
# 10,000 rows one by one (accepting a long article's statements) took 2 s, a read 0.4.
WHOLESALE = 1000


class DocumentPresenter(QObject):
    def __init__(
        self,
        session: Session,
        view: ArticleView,
        statements: StatementsPanel,
        properties: PropertiesPanel,
        legend: LegendPanel,
    ):
        super().__init__(view)
        self.session = session
        self.view = view
        self.statements_panel = statements
        self.properties = properties
        self.legend = legend
        self._typed_in = False
        self._clear()
        session.document_opened.connect(self.show_document)
        session.document_closed.connect(self.show_nothing)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.changed.connect(self.apply_change)
        statements.statement_selected.connect(self.focus_statement)
        view.clicked.connect(self._on_view_clicked)
        properties.field_edited.connect(self._edit_field)
        properties.learn_requested.connect(session.learn_speaker)
        self.apply_taxonomy()

    def _edit_field(self, uid: str, field: str, value: str) -> None:
        """A field typed in the editor: saved where it is, the selection left alone (the
        editor saves what was typed as another statement is chosen, and the selection
        must not go back to the statement left)."""
        self._typed_in = True
        try:
            self.session.update_statement(uid, **{field: value})
        finally:
            self._typed_in = False

    def _clear(self) -> None:
        self._document: int | None = None
        self._text = ""
        self._spans: dict[str, SpanView] = {}  # claims and sources; entities are counted
        self._statements: dict[str, Statement] = {}
        self._by_claim: dict[str, list[str]] = {}  # claim uid -> its statements, in order
        self._reach = 0  # no span is longer (what a stretch's spans are looked for within)
        self._entities: Counter[str] = Counter()
        self._categories: Counter[str] = Counter()
        self._statuses: Counter[str] = Counter()  # of the statements, for the documents table

    def apply_taxonomy(self) -> None:
        """(Re)read colours and names from the project's taxonomy (and gazetteer)."""
        store = self.session.store
        self._gazetteer: Gazetteer | None = None  # built again at idle, or when first needed
        QTimer.singleShot(0, self, self._warm)  # not at the first key press (20 ms)
        lists = {k: wording.taxonomy(store, k) for k in ("entity", "source", "stance", "rating")}
        styles = StyleBook(lists["entity"], lists["source"])
        self._names = {e.code: e.name for e in lists["source"]}
        self._stance_names = {e.code: e.name for e in lists["stance"]}
        self.view.set_styles(styles)
        self.legend.set_styles(styles)
        self.properties.set_taxonomy(
            wording.taxonomy(store, "source"),
            wording.taxonomy(store, "stance"),
            wording.taxonomy(store, "rating"),
        )
        if self._document is not None:
            self.statements_panel.set_rows([self._row(s) for s in self._statements.values()])
            self._show_counts()
        self._offer_learning(self.current_statement() if self._document is not None else None)

    # opening ------------------------------------------------------------------------

    def show_nothing(self) -> None:
        """No document open (the last one was deleted)."""
        self._clear()
        self.view.show_article("", self._spans_between)
        self.statements_panel.set_rows([])
        self._show_counts()
        self._focus_after(None)

    def show_document(self, document_id: int) -> None:
        self.statements_panel.set_rows([])
        self.refresh(document_id)

    def refresh(self, document_id: int, focus: str | None = None) -> None:
        """Read the document and show it (on opening, and when others wrote to it). Its
        entities are counted, not read: the view asks for the spans of the paragraphs
        it paints (an article can hold 100,000)."""
        store = self.session.store
        self._clear()
        self._document = document_id
        self._text = store.text(document_id)
        self._reach, tally = store.span_tally(document_id)
        for kind, label, status, count in tally:
            if kind == SpanKind.ENTITY and status != SpanStatus.REJECTED:
                self._entities[label] += count
        kept = [kind for kind in SpanKind if kind != SpanKind.ENTITY]
        self._spans = {s.uid: s for s in store.span_views_of(document_id, kept)}
        for statement in store.statements_of(document_id):
            self._add_statement(statement)
        self.view.show_article(self._text, self._spans_between)
        self.statements_panel.set_rows([self._row(s) for s in self._statements.values()])
        self._show_counts()
        self.properties.offer_speakers(self._people)
        self._focus_after(focus)

    def _spans_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """How the spans over a stretch are painted, read from the project file: the
        view asks for each paragraph it is about to paint."""
        if self._document is None:
            return []
        shown = []
        views = self.session.store.span_views_between(self._document, start, end, self._reach)
        for uid, first, last, kind, label, status in views:
            category = self._claim_category(uid) if kind == SpanKind.CLAIM else ""
            key = display_key(kind, label, status, category)
            if key is not None:
                shown.append((first, last, key))
        return shown

    # patching ---------------------------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Patch the open document with what one edit, undo or redo changed."""
        if change.touches_taxonomy:
            self.apply_taxonomy()
        if self._document is None or self._document not in change.document_ids:
            return
        if any(r.table == "documents" and r.after is None for r in change.rows):
            return  # it was deleted: the session opens another (or none)
        if len(change.rows) > WHOLESALE:  # accept all, its undo: one read beats row by row
            self.refresh(self._document, change.focus)
            return
        store = self.session.store
        span_rows = [r for r in change.rows if r.table == "spans"]
        statement_uids = change.uids("statements")
        fresh_spans = store.span_views_by_uid([r.uid for r in span_rows])
        stretches: list[tuple[int, int]] = []
        claims: set[str] = set()
        people = False
        for row in span_rows:
            new = fresh_spans.get(row.uid)
            old = self._spans.pop(row.uid, None) or _earlier(row, new)
            for view, sign in ((old, -1), (new, 1)):
                if view is None:
                    continue
                stretches.append((view.start, view.end))
                self._count_span(view, sign)
                people = people or view.label in PEOPLE
                if view.kind == SpanKind.CLAIM:
                    claims.add(view.uid)
            if new is not None and new.kind != SpanKind.ENTITY:
                self._spans[row.uid] = new
            if new is not None:
                self._reach = max(self._reach, new.end - new.start)
        for uid in statement_uids:
            old_statement = self._statements.get(uid)
            if old_statement is not None:
                claims.add(old_statement.claim_uid)
                self._remove_statement(uid)
        fresh = store.statements_by_uid(statement_uids)
        for statement in fresh.values():
            self._add_statement(statement)
            claims.add(statement.claim_uid)
        stretches += [(c.start, c.end) for c in map(self._spans.get, claims) if c is not None]
        self.view.refresh_stretches(stretches)
        self._patch_table(statement_uids, fresh, claims)
        self._show_counts()
        if people:
            self.properties.offer_speakers(self._people)
        self._focus_after(None if self._typed_in else change.focus)

    def _patch_table(self, uids: list[str], fresh: dict[str, Statement], claims: set[str]) -> None:
        model = self.statements_panel.model
        model.remove_uids([u for u in uids if u not in fresh])
        moved = {u for c in claims for u in self._by_claim.get(c, ())}  # bounds changed
        rows = [self._row(self._statements[u]) for u in sorted(moved | set(fresh))]
        model.put_rows(rows)

    # bookkeeping --------------------------------------------------------------------

    def _add_statement(self, statement: Statement) -> None:
        self._statements[statement.uid] = statement
        self._by_claim.setdefault(statement.claim_uid, []).append(statement.uid)
        self._statuses[str(statement.status)] += 1
        if _counts_as_claim(statement):
            self._categories[statement.source_category] += 1

    def _remove_statement(self, uid: str) -> None:
        statement = self._statements.pop(uid)
        siblings = self._by_claim.get(statement.claim_uid, [])
        if uid in siblings:
            siblings.remove(uid)
        self._statuses[str(statement.status)] -= 1
        if _counts_as_claim(statement):
            self._categories[statement.source_category] -= 1

    def _count_span(self, span: SpanView, sign: int) -> None:
        if span.kind == SpanKind.ENTITY and span.status != SpanStatus.REJECTED:
            self._entities[span.label] += sign

    def _claim_category(self, claim_uid: str) -> str:
        """A claim's colour: the category of its first statement that counts."""
        standing = (self._statements[u] for u in self._by_claim.get(claim_uid, ()))
        return next((s.source_category for s in standing if _counts_as_claim(s)), "")

    def _row(self, statement: Statement) -> StatementRow:
        claim = self._spans.get(statement.claim_uid)
        start, end = (claim.start, claim.end) if claim else (0, 0)
        name = self._names.get(statement.source_category, statement.source_category)
        stance = self._stance_names.get(statement.stance, statement.stance)
        return StatementRow(statement, start, end, self._text[start:end], name, stance)

    def _show_counts(self) -> None:
        self.legend.show_counts(+self._entities, +self._categories)

    def _people(self) -> list[str]:
        """The article's people and organisations (offered as speakers)."""
        if self._document is None:
            return []
        text = self._text
        stretches = self.session.store.stretches_of(self._document, SpanKind.ENTITY, PEOPLE)
        return sorted({text[start:end] for start, end in stretches})

    def _focus_after(self, focus: str | None) -> None:
        if focus and focus in self._statements:
            self.statements_panel.select_statement(focus, notify=False)
        current = self.statements_panel.current_uid()
        if current in self._statements:
            self.focus_statement(current, select=False)
        else:
            self.view.mark_current(None, None)
            self.properties.show_statement(None)
            self.properties.offer_learning(None)

    # the person's moves ------------------------------------------------------------------

    @property
    def document_id(self) -> int | None:
        return self._document

    def status_counts(self) -> tuple[int, int, int]:
        """The open document's statements: suggested, accepted, rejected."""
        counts = self._statuses
        return counts["suggested"], counts["accepted"], counts["rejected"]

    def current_statement(self) -> Statement | None:
        uid = self.statements_panel.current_uid()
        return self._statements.get(uid) if uid else None

    def focus_statement(self, uid: str, select: bool = True) -> None:
        statement = self._statements.get(uid)
        if statement is None:
            return
        if select:
            self.statements_panel.select_statement(uid, notify=False)
        row = self._row(statement)
        self.view.mark_current(row.start, row.end)
        self.properties.show_statement(statement, row.claim_text)
        self._offer_learning(statement)

    def _offer_learning(self, statement: Statement | None) -> None:
        """Offer to add an accepted statement's speaker to the gazetteer, if unknown."""
        unknown = None
        if statement is not None:
            known = self._known_speakers()
            unknown = list_edits.unknown_speaker(self.session.store, statement, known)
        if unknown is None:
            self.properties.offer_learning(None)
            return
        speaker, category = unknown
        self.properties.offer_learning(speaker, category, self._names.get(category, category))

    def _warm(self) -> None:
        """Build the gazetteer while the window is idle after opening."""
        with suppress(sqlite3.ProgrammingError):  # the project was closed before it was idle
            self._known_speakers()

    def _known_speakers(self) -> Gazetteer:
        """The project's gazetteer, built once per taxonomy (what learning a speaker
        compares with)."""
        if self._gazetteer is None:
            entries = tuple(self.session.store.gazetteer())
            self._gazetteer = gazetteer_for(entries, dictionary_forms=False)
        return self._gazetteer

    def spans_under(self, offset: int) -> list[SpanView]:
        """The open document's spans covering an offset, read from the project file."""
        if self._document is None:
            return []
        store = self.session.store
        found = store.span_views_between(self._document, offset, offset + 1, self._reach)
        return [s for s in found if s.start <= offset < s.end]

    def statements_at(self, offset: int) -> list[str]:
        """Statements whose claim covers an offset, the innermost claim first."""
        covering = sorted(
            (s.end - s.start, s.uid)
            for s in self._spans.values()
            if s.kind == SpanKind.CLAIM and s.start <= offset < s.end
        )
        return [uid for _, claim in covering for uid in self._by_claim.get(claim, ())]

    def _on_view_clicked(self, offset: int) -> None:
        found = self.statements_at(offset)
        if found:
            self.focus_statement(found[0])

    def _on_annotations_changed(self, document_id: int, focus: str | None) -> None:
        if document_id == self.session.document_id:
            self.refresh(document_id, focus)


def _counts_as_claim(statement: Statement) -> bool:
    """Whether a statement gives its claim a colour and a count (relays do not)."""
    return statement.status != SpanStatus.REJECTED and statement.relay_of is None


def _earlier(row: RowChange, now: SpanView | None) -> SpanView | None:
    """What a span was before a change, from the change and what it is now."""
    if row.before is None:
        return None  # the change made it
    if row.after is None:
        return SpanView(row.uid, *(row.before[k] for k in SpanView._fields[1:]))
    if now is None:
        return None  # gone since, by another hand: nothing known of it
    return now._replace(**{k: v for k, v in row.before.items() if k in SpanView._fields})
