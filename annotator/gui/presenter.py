"""Keeps the article view and the panels showing the open document, both ways in sync.

Opening a document reads it once. After that, every edit, undo and redo arrives as a
`Change` (what was added, changed, removed) and only that is patched: the spans it
touched are repainted, the statements table gets row signals, the legend counts move.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject

from annotator.core.changes import Change
from annotator.core.model import SpanKind, SpanStatus, Statement
from annotator.core.store_items import SpanView
from annotator.gui.article_view import ArticleView
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.panels.properties import PropertiesPanel
from annotator.gui.panels.statements import StatementRow, StatementsPanel
from annotator.gui.session import Session
from annotator.gui.styles import StyleBook, display_key

PEOPLE = ("PER", "ORG")  # entity labels offered as speakers


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
        self._clear()
        session.document_opened.connect(self.show_document)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.changed.connect(self.apply_change)
        statements.statement_selected.connect(self.focus_statement)
        view.clicked.connect(self._on_view_clicked)
        properties.field_edited.connect(
            lambda uid, field, value: session.update_statement(uid, **{field: value})
        )
        self.apply_taxonomy()

    def _clear(self) -> None:
        self._document: int | None = None
        self._text = ""
        self._spans: dict[str, SpanView] = {}
        self._statements: dict[str, Statement] = {}
        self._by_claim: dict[str, list[str]] = {}  # claim uid -> its statements, in order
        self._shown: dict[str, tuple[int, int, str]] = {}  # span uid -> how it is painted
        self._entities: Counter[str] = Counter()
        self._categories: Counter[str] = Counter()
        self._statuses: Counter[str] = Counter()  # of the statements, for the documents table

    def apply_taxonomy(self) -> None:
        """(Re)read colours and names from the project's taxonomy."""
        store = self.session.store
        styles = StyleBook(store.taxonomy("entity"), store.taxonomy("source"))
        self._names = {e.code: e.name for e in store.taxonomy("source")}
        self.view.set_styles(styles)
        self.legend.set_styles(styles)
        self.properties.set_taxonomy(
            store.taxonomy("source"), store.taxonomy("stance"), store.taxonomy("rating")
        )
        if self._document is not None:
            self.statements_panel.set_rows([self._row(s) for s in self._statements.values()])
            self._show_counts()

    # opening ------------------------------------------------------------------------

    def show_document(self, document_id: int) -> None:
        self.statements_panel.set_rows([])
        self.refresh(document_id)

    def refresh(self, document_id: int, focus: str | None = None) -> None:
        """Read the document whole and show it (on opening, and when others wrote to it)."""
        store = self.session.store
        self._clear()
        self._document = document_id
        self._text = store.text(document_id)
        spans = store.span_views(document_id)
        self._spans = {s.uid: s for s in spans}
        for statement in store.statements(document_id):
            self._add_statement(statement)
        self._shown = self._paint_all(spans)
        self.view.set_article(self._text, list(self._shown.values()))
        self.statements_panel.set_rows([self._row(s) for s in self._statements.values()])
        self._show_counts()
        self._offer_speakers()
        self._focus_after(focus)

    def _paint_all(self, spans: list[SpanView]) -> dict[str, tuple[int, int, str]]:
        """How every span is painted, and the entity counts: `_shown_as` and `_count_span`
        in one tight loop (an article can hold 100,000 spans)."""
        category = {claim: self._claim_category(claim) for claim in self._by_claim}
        shown = {}
        entities = self._entities
        for uid, start, end, kind, label, status in spans:
            key = display_key(kind, label, status, category.get(uid, ""))
            if key is not None:
                shown[uid] = (start, end, key)
                if kind == SpanKind.ENTITY:
                    entities[label] += 1
        return shown

    # patching ---------------------------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Patch the open document with what one edit, undo or redo changed."""
        if change.touches_taxonomy:
            self.apply_taxonomy()
        if self._document is None or self._document not in change.document_ids:
            return
        store = self.session.store
        span_uids = change.uids("spans")
        statement_uids = change.uids("statements")
        claims = {u for u in span_uids if u in self._spans and self._is_claim(u)}
        for uid in statement_uids:
            old = self._statements.get(uid)
            if old is not None:
                claims.add(old.claim_uid)
                self._remove_statement(uid)
        for uid in span_uids:
            old = self._spans.pop(uid, None)
            if old is not None:
                self._count_span(old, -1)
        for uid, span in store.span_views_by_uid(span_uids).items():
            self._spans[uid] = span
            self._count_span(span, 1)
            if span.kind == SpanKind.CLAIM:
                claims.add(uid)
        fresh = store.statements_by_uid(statement_uids)
        for statement in fresh.values():
            self._add_statement(statement)
            claims.add(statement.claim_uid)
        self._repaint(set(span_uids) | claims)
        self._patch_table(statement_uids, fresh, claims)
        self._show_counts()
        if any(u not in self._spans or self._spans[u].kind == SpanKind.ENTITY for u in span_uids):
            self._offer_speakers()
        self._focus_after(change.focus)

    def _repaint(self, uids: set[str]) -> None:
        removed, added = [], []
        for uid in uids:
            old = self._shown.pop(uid, None)
            new = self._shown_as(uid)
            if old != new:
                removed += [old] if old else []
                added += [new] if new else []
        if removed or added:
            self.view.patch_spans(removed, added)

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

    def _is_claim(self, uid: str) -> bool:
        return self._spans[uid].kind == SpanKind.CLAIM

    def _shown_as(self, uid: str) -> tuple[int, int, str] | None:
        """How a span is painted now (None: not painted); remembered in `_shown`."""
        span = self._spans.get(uid)
        if span is None:
            return None
        category = self._claim_category(uid) if span.kind == SpanKind.CLAIM else ""
        key = display_key(span.kind, span.label, span.status, category)
        if key is None:
            return None
        self._shown[uid] = (span.start, span.end, key)
        return self._shown[uid]

    def _claim_category(self, claim_uid: str) -> str:
        """A claim's colour: the category of its first statement that counts."""
        standing = (self._statements[u] for u in self._by_claim.get(claim_uid, ()))
        return next((s.source_category for s in standing if _counts_as_claim(s)), "")

    def _row(self, statement: Statement) -> StatementRow:
        claim = self._spans.get(statement.claim_uid)
        start, end = (claim.start, claim.end) if claim else (0, 0)
        name = self._names.get(statement.source_category, statement.source_category)
        return StatementRow(statement, start, end, self._text[start:end], name)

    def _show_counts(self) -> None:
        self.legend.show_counts(+self._entities, +self._categories)

    def _offer_speakers(self) -> None:
        text = self._text
        people = {
            text[start:end]
            for _, start, end, kind, label, _ in self._spans.values()
            if label in PEOPLE and kind == SpanKind.ENTITY
        }
        self.properties.set_speakers(sorted(people))

    def _focus_after(self, focus: str | None) -> None:
        if focus and focus in self._statements:
            self.statements_panel.select_statement(focus, notify=False)
        current = self.statements_panel.current_uid()
        if current in self._statements:
            self.focus_statement(current, select=False)
        else:
            self.view.mark_current(None, None)
            self.properties.show_statement(None)

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
