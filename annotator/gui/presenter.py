"""Keeps the article view and the panels showing the open document, both ways in sync."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject

from annotator.core.model import SpanKind, SpanStatus, Statement
from annotator.gui.article_view import ArticleView
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.panels.properties import PropertiesPanel
from annotator.gui.panels.statements import StatementRow, StatementsPanel
from annotator.gui.session import Session
from annotator.gui.styles import StyleBook, display_spans


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
        self._claims: dict[str, tuple[int, int]] = {}  # claim uid -> offsets
        self._rows: dict[str, StatementRow] = {}
        session.document_opened.connect(self.show_document)
        session.annotations_changed.connect(self._on_annotations_changed)
        statements.statement_selected.connect(self.focus_statement)
        view.clicked.connect(self._on_view_clicked)
        properties.field_edited.connect(
            lambda uid, field, value: session.update_statement(uid, **{field: value})
        )
        self.apply_taxonomy()

    def apply_taxonomy(self) -> None:
        """(Re)read colours and names from the project's taxonomy."""
        store = self.session.store
        styles = StyleBook(store.taxonomy("entity"), store.taxonomy("source"))
        self.view.set_styles(styles)
        self.legend.set_styles(styles)
        self.properties.set_taxonomy(
            store.taxonomy("source"), store.taxonomy("stance"), store.taxonomy("rating")
        )
        if self.session.document_id is not None:
            self.refresh(self.session.document_id, reload=True)

    def show_document(self, document_id: int) -> None:
        self.statements_panel.set_rows([])
        self.refresh(document_id, reload=True)

    def refresh(self, document_id: int, focus: str | None = None, reload: bool = False) -> None:
        """Show the document's spans and statements as stored; only changed spans repaint."""
        store = self.session.store
        text = store.text(document_id)
        spans = store.spans(document_id)
        statements = store.statements(document_id)
        shown = display_spans(spans, statements)
        if reload:
            self.view.set_article(text, shown)
        else:
            self.view.show_spans(shown)
        self._claims = {s.uid: (s.start, s.end) for s in spans if s.kind == SpanKind.CLAIM}
        names = {e.code: e.name for e in store.taxonomy("source")}
        rows = []
        for statement in statements:
            start, end = self._claims.get(statement.claim_uid, (0, 0))
            rows.append(
                StatementRow(
                    statement,
                    start,
                    end,
                    text[start:end],
                    names.get(statement.source_category, statement.source_category),
                )
            )
        self._rows = {row.statement.uid: row for row in rows}
        self.statements_panel.set_rows(rows)
        entities = Counter(
            s.label for s in spans if s.kind == SpanKind.ENTITY and s.status != SpanStatus.REJECTED
        )
        categories = Counter(
            s.source_category
            for s in statements
            if s.status != SpanStatus.REJECTED and s.relay_of is None
        )
        self.legend.show_counts(entities, categories)
        people = [
            text[s.start : s.end]
            for s in spans
            if s.kind == SpanKind.ENTITY and s.label in ("PER", "ORG")
        ]
        self.properties.set_speakers(sorted(set(people)))
        if focus:
            self.statements_panel.select_statement(focus, notify=False)
        current = self.statements_panel.current_uid()
        if current in self._rows:
            self.focus_statement(current, select=False)
        else:
            self.view.mark_current(None, None)
            self.properties.show_statement(None)

    def current_statement(self) -> Statement | None:
        uid = self.statements_panel.current_uid()
        row = self._rows.get(uid) if uid else None
        return row.statement if row else None

    def focus_statement(self, uid: str, select: bool = True) -> None:
        row = self._rows.get(uid)
        if row is None:
            return
        if select:
            self.statements_panel.select_statement(uid, notify=False)
        self.view.mark_current(row.start, row.end)
        self.properties.show_statement(row.statement, row.claim_text)

    def statements_at(self, offset: int) -> list[str]:
        """Statements whose claim covers an offset, the innermost claim first."""
        covering = sorted(
            (
                (end - start, uid)
                for uid, (start, end) in self._claims.items()
                if start <= offset < end
            )
        )
        return [
            row.statement.uid
            for _, claim in covering
            for row in self._rows.values()
            if row.statement.claim_uid == claim
        ]

    def _on_view_clicked(self, offset: int) -> None:
        found = self.statements_at(offset)
        if found:
            self.focus_statement(found[0])

    def _on_annotations_changed(self, document_id: int, focus: str | None) -> None:
        if document_id == self.session.document_id:
            self.refresh(document_id, focus)
