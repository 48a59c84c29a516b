"""Edit the project's taxonomy (categories, stances, ratings, entity labels) and gazetteer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.gazetteer import GazetteerEntry
from annotator.core.model import TaxonomyEntry
from annotator.core.store import Store

# PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the message.
KINDS: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]
    ("source", QT_TRANSLATE_NOOP("TaxonomyDialog", "Source categories")),
    ("stance", QT_TRANSLATE_NOOP("TaxonomyDialog", "Stances")),
    ("rating", QT_TRANSLATE_NOOP("TaxonomyDialog", "Ratings")),
    ("entity", QT_TRANSLATE_NOOP("TaxonomyDialog", "Entity labels")),
)
TAXONOMY_COLUMNS = ("Code", "Name", "Colour", "Shortcut", "Description")
GAZETTEER_COLUMNS = ("Pattern", "Speaker", "Category", "Wikidata", "Origin")


class EditableTable(QWidget):
    """A table with Add, Remove, Up and Down; a Colour column opens a colour picker."""

    def __init__(self, columns: tuple[str, ...], rows: list[list[str]], parent: QWidget):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in columns])
        self.table.verticalHeader().hide()
        for row in rows:
            self.append(row)
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(self._pick_colour)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), lambda: self.append([""] * len(columns), True)),
            (self.tr("Remove"), self._remove),
            (self.tr("Up"), lambda: self._move(-1)),
            (self.tr("Down"), lambda: self._move(1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def append(self, values: list[str], edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, values)
        if edit:
            self.table.setCurrentCell(row, 0)
            first = self.table.item(row, 0)
            assert first is not None  # just set by _set_row
            self.table.editItem(first)

    def values(self) -> list[list[str]]:
        return [
            [
                (self.table.item(r, c) or QTableWidgetItem("")).text().strip()
                for c in range(len(self.columns))
            ]
            for r in range(self.table.rowCount())
        ]

    def _set_row(self, row: int, values: list[str]) -> None:
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if self.columns[column] == "Colour" and QColor(value).isValid():
                item.setBackground(QColor(value))
                item.setToolTip(self.tr("Double-click to choose a colour"))
            self.table.setItem(row, column, item)

    def _pick_colour(self, row: int, column: int) -> None:
        if self.columns[column] != "Colour":
            return
        item = self.table.item(row, column)
        assert item is not None  # _set_row sets every cell
        current = QColor(item.text())
        chosen = QColorDialog.getColor(current if current.isValid() else QColor("#888888"), self)
        if chosen.isValid():
            values = self.values()[row]
            values[column] = chosen.name().upper()
            self._set_row(row, values)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.values()
        rows[row], rows[target] = rows[target], rows[row]
        self._set_row(row, rows[row])
        self._set_row(target, rows[target])
        self.table.setCurrentCell(target, self.table.currentColumn())


class TaxonomyDialog(QDialog):
    """OK writes every tab to the project at once; Cancel changes nothing."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, reserved: dict[str, str] | None = None
    ):
        super().__init__(parent)
        self.store = store
        self.reserved = reserved or {}  # keys the window already uses -> what for
        self.setWindowTitle(self.tr("Taxonomy and gazetteer"))
        self.tabs = QTabWidget(self)
        self.tables: dict[str, EditableTable] = {}
        for kind, title in KINDS:
            rows = [
                [e.code, e.name, e.color, e.shortcut, e.description] for e in store.taxonomy(kind)
            ]
            self.tables[kind] = EditableTable(TAXONOMY_COLUMNS, rows, self)
            self.tabs.addTab(self.tables[kind], self.tr(title))
        gazetteer = [[e.pattern, e.speaker, e.category, e.qid, e.origin] for e in store.gazetteer()]
        self.tables["gazetteer"] = EditableTable(GAZETTEER_COLUMNS, gazetteer, self)
        self.tabs.addTab(self.tables["gazetteer"], self.tr("Gazetteer"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def problems(self) -> list[str]:
        found = []
        for kind, _ in KINDS:
            codes = [row[0] for row in self.tables[kind].values()]
            if any(not code for code in codes):
                found.append(self.tr("{kind}: every entry needs a code").format(kind=kind))
            if len(set(codes)) != len(codes):
                found.append(self.tr("{kind}: codes must be different").format(kind=kind))
            keys = [row[3] for row in self.tables[kind].values() if row[3]]
            if len(set(keys)) != len(keys):
                found.append(self.tr("{kind}: two entries share a shortcut").format(kind=kind))
            for key in keys:
                if key.upper() in self.reserved:
                    found.append(
                        self.tr("{kind}: {key} is already the key for “{what}”").format(
                            kind=kind, key=key, what=self.reserved[key.upper()]
                        )
                    )
        if any(not row[0] for row in self.tables["gazetteer"].values()):
            found.append(self.tr("gazetteer: every entry needs a pattern"))
        return found

    def lists(self) -> dict[str, list[TaxonomyEntry]]:
        """The lists as edited, by kind."""
        return {
            kind: [
                TaxonomyEntry(
                    kind, code, name or code, color or "#888888", shortcut, description, position
                )
                for position, (code, name, color, shortcut, description) in enumerate(
                    self.tables[kind].values()
                )
            ]
            for kind, _ in KINDS
        }

    def gazetteer(self) -> list[GazetteerEntry]:
        return [
            GazetteerEntry(pattern, category, speaker or pattern, qid.strip(), origin.strip())
            for pattern, speaker, category, qid, origin in self.tables["gazetteer"].values()
        ]

    def accept(self) -> None:
        """Checks the lists; the caller saves them (as an undoable edit)."""
        problems = self.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Cannot save"), "\n".join(problems))
            return
        super().accept()
