"""The legend: one row per label with its colour, name and count in this document."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from annotator.core.store import TaxonomyEntry
from annotator.gui.colors import TINT_ALPHA


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    tint = QColor(color)
    tint.setAlpha(TINT_ALPHA * 2)
    pixmap.fill(tint)
    return QIcon(pixmap)


class LegendPanel(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self._entries: list[TaxonomyEntry] = []

    def set_entries(self, entries: list[TaxonomyEntry]) -> None:
        self._entries = list(entries)
        self.show_counts(Counter())

    def show_counts(self, counts: Counter[str]) -> None:
        self.clear()
        for entry in self._entries:
            text = self.tr("{name} ({code}) — {count}").format(
                name=entry.name, code=entry.code, count=counts.get(entry.code, 0)
            )
            item = QListWidgetItem(swatch(entry.color), text)
            item.setToolTip(entry.description or entry.name)
            self.addItem(item)
