"""Search the corpus: full-text hits with their context, and statements by their fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.corpus import corpus_statements, search
from annotator.core.store import Store
from annotator.gui.language import wording


class SearchPanel(QTabWidget):
    """Emits hit_chosen(document id, words) and statement_chosen(document id, statement uid)."""

    hit_chosen = Signal(int, str)
    statement_chosen = Signal(int, str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search")
        self.store = store
        self.addTab(self._text_tab(), self.tr("Text"))
        self.addTab(self._statements_tab(), self.tr("Statements"))

    # full text ----------------------------------------------------------------

    def _text_tab(self) -> QWidget:
        tab = QWidget(self)
        self.query = QLineEdit(tab)
        self.query.setPlaceholderText(self.tr('Search the corpus (words, "a phrase", prefix*)'))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.hits = QListWidget(tab)
        self.hits.setWordWrap(True)
        self.hits.itemActivated.connect(self._open_hit)
        self.hits.itemClicked.connect(self._open_hit)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.query)
        layout.addWidget(self.hits)
        return tab

    def run_search(self) -> None:
        self.hits.clear()
        words = self.query.text().strip()
        if not words:
            return
        found = search(self.store, words)
        for hit in found.hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.document_id)
            self.hits.addItem(item)
        if not found.hits:
            self.hits.addItem(self.tr("No document contains “{words}”.").format(words=words))
        elif not found.ranked:
            self.hits.insertItem(
                0,
                self.tr(
                    "{total} documents match: the first {shown} in corpus order (add words to "
                    "rank them)"
                ).format(total=found.total, shown=len(found.hits)),
            )
        elif found.total > len(found.hits):
            self.hits.insertItem(
                0,
                self.tr("{total} documents match: the best {shown}").format(
                    total=found.total, shown=len(found.hits)
                ),
            )

    def _open_hit(self, item: QListWidgetItem) -> None:
        document_id = item.data(Qt.ItemDataRole.UserRole)
        if document_id is not None:
            self.hit_chosen.emit(document_id, self.query.text())

    # statements -------------------------------------------------------------------

    def _statements_tab(self) -> QWidget:
        tab = QWidget(self)
        self.category = QComboBox(tab)
        self.stance = QComboBox(tab)
        self.status = QComboBox(tab)
        self.speaker = QLineEdit(tab)
        self.annotator = QLineEdit(tab)
        self.fill_filters()
        for combo in (self.category, self.stance, self.status):
            combo.currentIndexChanged.connect(self.run_statements)
        for edit in (self.speaker, self.annotator):
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.run_statements)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Annotator"), self.annotator)
        self.statements = QTableWidget(0, 4, tab)
        self.statements.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Speaker"), self.tr("Category"), self.tr("Stance")]
        )
        self.statements.horizontalHeader().setStretchLastSection(True)
        self.statements.verticalHeader().hide()
        self.statements.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.statements.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.statements.cellActivated.connect(self._open_statement)
        self.statements.cellClicked.connect(self._open_statement)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.statements)
        return tab

    def fill_filters(self) -> None:
        for combo, kind in ((self.category, "source"), (self.stance, "stance")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), "")
            for entry in wording.taxonomy(self.store, kind):
                combo.addItem(entry.name, entry.code)
            combo.blockSignals(False)
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any"), "")
        for status, name in (
            ("suggested", self.tr("Suggested")),
            ("accepted", self.tr("Accepted")),
            ("rejected", self.tr("Rejected")),
        ):
            self.status.addItem(name, status)
        self.status.blockSignals(False)

    def run_statements(self) -> None:
        rows = corpus_statements(
            self.store,
            source_category=self.category.currentData(),
            stance=self.stance.currentData(),
            status=self.status.currentData(),
            speaker=self.speaker.text().strip(),
            annotator=self.annotator.text().strip(),
        )
        categories, stances = (
            {e.code: e.name for e in wording.taxonomy(self.store, kind)}
            for kind in ("source", "stance")
        )
        self.statements.setRowCount(len(rows))
        for number, row in enumerate(rows):
            category, stance = (row[k] or "" for k in ("source_category", "stance"))
            for column, value in enumerate(
                (row["document_title"], row["speaker"], categories.get(category, category),
                 stances.get(stance, stance))
            ):  # fmt: skip
                item = QTableWidgetItem(value or "")
                item.setData(Qt.ItemDataRole.UserRole, (row["document_id"], row["uid"]))
                self.statements.setItem(number, column, item)

    def _open_statement(self, row: int, _column: int) -> None:
        item = self.statements.item(row, 0)
        if item is not None:
            self.statement_chosen.emit(*item.data(Qt.ItemDataRole.UserRole))
