"""The corpus: every document with its outlet, date, language, status and statement counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.corpus import DocumentSummary
from annotator.core.store import IMPORTED
from annotator.gui.language import wording
from annotator.gui.panels.table_model import ListTableModel, RowSelection

ModelIndex = QModelIndex | QPersistentModelIndex
# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the message.
COLUMNS: tuple[str, ...] = (  # type: ignore[assignment]
    QT_TRANSLATE_NOOP("DocumentsModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Outlet"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Date"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Lang"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Pipeline"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Sugg."),
    QT_TRANSLATE_NOOP("DocumentsModel", "Acc."),
    QT_TRANSLATE_NOOP("DocumentsModel", "Rej."),
)
PIPELINE = COLUMNS.index("Pipeline")  # what made a document's suggestions


class DocumentsModel(ListTableModel[DocumentSummary]):
    COLUMNS = COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        status = wording.document_status(row.status)
        if row.suggestion_error:
            status = self.tr("{status} · suggestions failed: {reason}").format(
                status=status, reason=row.suggestion_error
            )
        values = (
            row.title,
            row.outlet,
            row.published[:10],
            row.lang,
            self.pipeline_name(row.suggested_by),
            status,
            row.suggested,
            row.accepted,
            row.rejected,
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{status}" if row.suggestion_error else row.title
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and row.suggestion_error:
            # The table is often narrower than its Status column: the mark shows anyway.
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.UserRole + 1:  # sort key: numbers as numbers
            value = values[index.column()]
            return value if isinstance(value, int) else str(value)
        return None

    def pipeline_name(self, suggested_by: str | None) -> str:
        """What the Pipeline column shows: the pipeline's id, "—" while not suggested."""
        if suggested_by == IMPORTED:
            return self.tr("imported")
        return suggested_by or "—"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows_by_id: dict[int, int] = {}
        self.done = 0  # documents done or reviewed, kept as rows change

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        super().set_rows(rows)
        self._rows_by_id = {summary.id: row for row, summary in enumerate(rows)}
        self.done = sum(1 for r in rows if r.status in DONE)

    def row_of(self, document_id: int) -> int:
        return self._rows_by_id.get(document_id, -1)

    def replace_row(self, row: int, summary: DocumentSummary) -> None:
        """A document's new values; only the cells that differ are said to have changed,
        so the table re-sorts and repaints no more than it must."""
        old = self.rows[row]
        before, after = _cells(old), _cells(summary)
        changed = [column for column, cell in enumerate(after) if cell != before[column]]
        if old.suggestion_error != summary.suggestion_error:
            changed.append(0)  # its warning mark
        self.rows[row] = summary
        self.done += (summary.status in DONE) - (old.status in DONE)
        if changed:
            self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))


DONE = ("done", "reviewed")


def _cells(row: DocumentSummary) -> tuple:
    """What each column shows of a row (the status with its suggestion error)."""
    status = (row.status, row.suggestion_error)
    return (row.title, row.outlet, row.published, row.lang, row.suggested_by, status,
            row.suggested, row.accepted, row.rejected)  # fmt: skip


class DocumentsPanel(QWidget, RowSelection):
    document_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documents")
        self.model = DocumentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter documents…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # import order until clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The other columns are sized to their contents when the corpus is listed, not
        # as it changes (ResizeToContents measured 64 rows through Python at every edit),
        # and from the first rows, not all (10,000 documents took seconds to measure).
        header.setResizeContentsPrecision(64)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)

    def set_documents(self, rows: list[DocumentSummary]) -> None:
        current = self.current_id()
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        self.progress.setMaximum(max(len(rows), 1))
        self.progress.setValue(self.model.done)
        for column in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        if current is not None:
            self.select_document(current)

    def update_document(self, summary: DocumentSummary) -> None:
        """Show one document's new status or counts without reloading the corpus."""
        row = self.model.row_of(summary.id)
        if row >= 0:
            new_pipeline = summary.suggested_by != self.model.rows[row].suggested_by
            self.model.replace_row(row, summary)
            self.progress.setValue(self.model.done)
            if new_pipeline:
                self._fit_pipeline(row)

    def _fit_pipeline(self, row: int) -> None:
        """Widen the Pipeline column to a name just arrived, never narrow it: columns are
        sized when the corpus is listed, often before any document had suggestions.
        One cell measured, not the column (that reads 64 rows through Python)."""
        index = self.proxy.mapFromSource(self.model.index(row, PIPELINE))
        width = self.table.sizeHintForIndex(index).width() + 1  # and the grid line
        header = self.table.horizontalHeader()
        if width > header.sectionSize(PIPELINE):
            header.resizeSection(PIPELINE, width)

    def update_counts(self, document_id: int, suggested: int, accepted: int, rejected: int) -> None:
        """A document's statement counts, as the open document's view knows them."""
        row = self.model.row_of(document_id)
        if row >= 0:
            old = self.model.rows[row]
            self.update_document(
                replace(old, suggested=suggested, accepted=accepted, rejected=rejected)
            )

    def update_status(self, document_id: int, status: str) -> None:
        row = self.model.row_of(document_id)
        if row >= 0:
            self.update_document(replace(self.model.rows[row], status=status))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.select_row(self.table, index, announce=False)

    def neighbour(self, step: int) -> int | None:
        """The document shown `step` rows away from the current one, as sorted and filtered."""
        row = self.table.currentIndex().row() + step
        if 0 <= row < self.proxy.rowCount():
            return self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)
        return None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.document_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
