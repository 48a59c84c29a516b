"""Review mode: each claim's versions by annotator, side by side, disagreements marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.review import ReviewUnit, Version

DISAGREE = QColor("#F4C7C3")  # light red, with dark text on it in either palette
DISAGREE_TEXT = QColor("#1A1A1A")


def describe(version: Version | None, names: dict[str, str]) -> str:
    """A version as the table shows it: a line per statement, names not codes."""
    if version is None:
        return "—"
    lines = []
    for s in version.statements:
        speaker = (s.speaker or "?") + (" ↪" if s.relay_of else "")
        category, stance = (names.get(code, code) or "?" for code in (s.source_category, s.stance))
        parts = [category, stance, speaker]
        rating = names.get(s.rating, s.rating)
        lines.append(" · ".join(parts) + (f" · {rating}" if rating else ""))
    return "\n".join(lines)


class ReviewPanel(QWidget):
    """Emits version_chosen(unit index, annotator) and unit_selected(start, end)."""

    version_chosen = Signal(int, str)
    unit_selected = Signal(int, int)
    mark_reviewed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review")
        self.units: list[ReviewUnit] = []
        self.annotators: list[str] = []
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self._on_row)
        self.choice = QComboBox(self)
        use = QPushButton(self.tr("Keep this version"), self)
        use.clicked.connect(self._choose)
        done = QPushButton(self.tr("Mark document reviewed"), self)
        done.clicked.connect(self.mark_reviewed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choice, 1)
        buttons.addWidget(use)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_units(self, units: list[ReviewUnit], text: str, names: dict[str, str]) -> None:
        """The units of a document; `names`: the taxonomy's names by code."""
        self.units = units
        self.annotators = sorted({a for u in units for a in u.versions})
        headers = [self.tr("Claim"), *self.annotators, self.tr("Reviewed")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            claim = " ".join(text[unit.start : unit.end].split())
            item = QTableWidgetItem(claim[:80])
            item.setToolTip(claim)
            self.table.setItem(row, 0, item)
            differing = unit.disagreements
            for column, annotator in enumerate(self.annotators, start=1):
                item = QTableWidgetItem(describe(unit.versions.get(annotator), names))
                if differing:
                    item.setBackground(DISAGREE)
                    item.setForeground(DISAGREE_TEXT)
                    item.setToolTip(self.tr("Differs on: {what}").format(what=", ".join(differing)))
                self.table.setItem(row, column, item)
            reviewed = QTableWidgetItem(describe(unit.reviewed, names))
            self.table.setItem(row, len(headers) - 1, reviewed)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()  # a version of two statements takes two lines
        disagreeing = sum(1 for u in units if u.disagreements)
        settled = sum(1 for u in units if u.reviewed)
        self.summary.setText(
            self.tr("{n} claims, {d} with disagreements, {s} settled").format(
                n=len(units), d=disagreeing, s=settled
            )
        )
        self.choice.clear()
        self.choice.addItems(self.annotators)

    def _on_row(self, row: int, *_: int) -> None:
        if 0 <= row < len(self.units):
            self.unit_selected.emit(self.units[row].start, self.units[row].end)

    def _choose(self) -> None:
        row = self.table.currentRow()
        annotator = self.choice.currentText()
        if 0 <= row < len(self.units) and annotator in self.units[row].versions:
            self.version_chosen.emit(row, annotator)
