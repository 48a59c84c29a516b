"""The statements of the open document: a sortable, filterable table in sync with the view."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Statement
from annotator.gui.language import wording
from annotator.gui.language.reasons import why
from annotator.gui.panels.table_model import ListTableModel, RowSelection

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StatementRow:
    """A statement with what the table shows of its claim."""

    statement: Statement
    start: int
    end: int
    claim_text: str
    category_name: str
    stance_name: str = ""

    @cached_property
    def cells(self) -> tuple[str, str, str, str, str, str]:
        """What each column shows, made once: the table asks for it at every repaint."""
        statement = self.statement
        relay = " ↪" if statement.relay_of else ""
        status = wording.status_word(statement.status)
        return (" ".join(self.claim_text[:400].split())[:160], statement.speaker + relay,
                self.category_name, self.stance_name or statement.stance, status,
                statement.annotator)  # fmt: skip


# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the message.
COLUMNS: tuple[str, ...] = (  # type: ignore[assignment]
    QT_TRANSLATE_NOOP("StatementsModel", "Claim"),
    QT_TRANSLATE_NOOP("StatementsModel", "Speaker"),
    QT_TRANSLATE_NOOP("StatementsModel", "Category"),
    QT_TRANSLATE_NOOP("StatementsModel", "Stance"),
    QT_TRANSLATE_NOOP("StatementsModel", "Status"),
    QT_TRANSLATE_NOOP("StatementsModel", "Annotator"),  # whose version (merged files)
)


class StatementsModel(ListTableModel[StatementRow]):
    """The open document's statement rows, sorted and filtered here: `rows` are the
    rows shown, in the table's order; every statement's row is kept, shown or not.
    The table shows this model itself: through a filter proxy each role of each cell
    it painted cost three calls into Python, a third of a key press's time."""

    COLUMNS = COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        statement = row.statement
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = why(statement.reasons)
            return f"{row.claim_text}\n\n{reasons}" if reasons else row.claim_text
        if role == Qt.ItemDataRole.UserRole:
            return statement.uid
        if role == Qt.ItemDataRole.UserRole + 1 and index.column() == 0:
            return row.start  # sort claims by position, not alphabetically
        return None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._by_uid: dict[str, StatementRow] = {}  # every statement's, shown or not
        self.words = ""  # the filter: words a row's cells hold, casefolded
        self.status = ""  # and its statement's status ("" for any)

    def row_of(self, uid: str) -> int:
        """Where a statement's row is shown: bisected in the table's order, O(log n);
        -1 if it is not shown (unknown, or filtered out)."""
        found = self._by_uid.get(uid)
        if found is None or not self.shows(found):
            return -1
        row = self._bisect(self._key(found), bisect_left)
        return row - 1 if self._descending else row

    def holds(self, uid: str) -> bool:
        """Whether the statement has a row, shown or filtered out."""
        return uid in self._by_uid

    def shows(self, row: StatementRow) -> bool:
        """Whether a row passes the filter: its status (the statement's own, not the
        word shown for it, which is in the interface's language) and its words."""
        if self.status and str(row.statement.status) != self.status:
            return False
        return not self.words or self.words in " ".join(row.cells).casefold()

    def set_filter(self, words: str, status: str) -> None:
        self.words, self.status = words.casefold(), status
        self._show(list(self._by_uid.values()))

    def remove_uids(self, uids: list[str]) -> None:
        """Take these statements' rows away, each shown one with its own row signal."""
        for uid in uids:
            row = self.row_of(uid)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
            self._by_uid.pop(uid, None)

    def put_rows(self, rows: list[StatementRow]) -> None:
        """Change rows in place (dataChanged), move those whose place in the order
        changed, insert new ones where the order puts them."""
        for new in rows:
            uid = new.statement.uid
            row = self.row_of(uid)
            shown = self.shows(new)
            if row >= 0 and shown and self._key(self._by_uid[uid]) == self._key(new):
                self.rows[row] = self._by_uid[uid] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                continue
            self.remove_uids([uid])
            self._by_uid[uid] = new
            if not shown:  # kept, for when the filter changes
                continue
            row = self._bisect(self._key(new), bisect_right)
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, new)
            self.endInsertRows()

    def set_rows(self, rows: list[StatementRow]) -> None:
        self._by_uid = {row.statement.uid: row for row in rows}
        self._show(rows)

    def _show(self, rows: list[StatementRow]) -> None:
        shown = [row for row in rows if self.shows(row)]
        super().set_rows(sorted(shown, key=self._key, reverse=self._descending))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python, at once (a proxy would call data() per comparison)."""
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self._key, reverse=self._descending)
        self.layoutChanged.emit()

    _column, _descending = 0, False

    def _key(self, row: StatementRow) -> tuple:
        """The sort key of a row; it ends with the uid, so no two rows share one."""
        statement = row.statement
        if self._column == 0:  # claims by their place in the text, a relay after its source
            return (row.start, row.end, statement.relay_of is not None, statement.uid)
        value = (row.claim_text, statement.speaker, row.category_name, statement.stance,
                 str(statement.status), statement.annotator)[self._column]  # fmt: skip
        return (value.casefold(), row.start, statement.uid)

    def _bisect(self, key: tuple, bisect: Callable[..., int]) -> int:
        """Where a key goes in the rows as the table orders them (bisect_left or _right).
        In a descending order, for an existing key bisect_left gives its row plus one."""
        if not self._descending:
            return bisect(self.rows, key, key=self._key)
        ascending = _Reversed(self.rows)  # bisect needs ascending keys: count from the end
        return len(self.rows) - bisect(ascending, key, key=self._key)


class _Reversed:
    """A list seen from its end, without copying it (for bisecting a descending order)."""

    def __init__(self, rows: list[StatementRow]):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> StatementRow:
        return self.rows[len(self.rows) - 1 - index]


class StatementsPanel(QWidget, RowSelection):
    statement_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statements")
        self.model = StatementsModel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter statements…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All"), "")
        for status, name in (
            ("suggested", self.tr("Suggested")),
            ("accepted", self.tr("Accepted")),
            ("rejected", self.tr("Rejected")),
        ):
            self.status_filter.addItem(name, status)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        controls = QHBoxLayout()
        controls.addWidget(self.filter_edit, 1)
        controls.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[StatementRow]) -> None:
        current = self.current_uid()
        self.table.blockSignals(True)
        self.model.set_rows(rows)
        self.table.blockSignals(False)
        if current:
            self.select_statement(current, notify=False)

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def selected_uids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        uids = [index.data(Qt.ItemDataRole.UserRole) for index in rows]
        current = self.current_uid()
        return uids or ([current] if current else [])

    def select_statement(self, uid: str, notify: bool = True) -> None:
        if not self.model.holds(uid):
            return
        if self.model.row_of(uid) < 0:  # hidden by a filter: show it rather than lose it
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)
        index = self.model.index(self.model.row_of(uid), 0)
        self.select_row(self.table, index, announce=notify)

    def _filter(self) -> None:
        current = self.current_uid()
        self.model.set_filter(self.filter_edit.text(), self.status_filter.currentData() or "")
        if current and self.model.row_of(current) >= 0:  # still shown: still current
            self.select_row(self.table, self.model.index(self.model.row_of(current), 0), False)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.statement_selected.emit(current.data(Qt.ItemDataRole.UserRole))
