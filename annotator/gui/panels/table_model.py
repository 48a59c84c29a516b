"""A table model over a plain Python list: rows in, columns named, nothing else."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView, QWidget

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set COLUMNS and implement data()."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None


class RowSelection:
    """A table panel whose current row is also set from elsewhere (the article, the
    next-document key): it then does not announce the row as the person's choice."""

    _quiet = False

    def select_row(self, table: QTableView, index: QModelIndex, announce: bool) -> None:
        """Make a row current and selected, and show it. Not by blocking the selection's
        signals: the table repaints the rows it leaves on them (blocked, the row left
        stayed highlighted on screen)."""
        self._quiet = not announce
        try:
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet = False
        table.scrollTo(index)
