"""The legend: every colour on screen, what it means, and how many there are here."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from annotator.gui.styles import StyleBook


def swatch(color: str, size: int = 14) -> QIcon:
    """A colour square drawn at the screen's pixel density (sharp on high-DPI)."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class LegendPanel(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._styles: StyleBook | None = None

    def set_styles(self, styles: StyleBook) -> None:
        self._styles = styles
        self.show_counts(Counter(), Counter())

    def show_counts(self, entities: Counter[str], categories: Counter[str]) -> None:
        """Counts of entities by label and of claims by source category ('' = not set)."""
        self.clear()
        if self._styles is None:
            return
        self._heading(self.tr("Entities (tinted)"))
        for entry in self._styles.entities:
            self._row(entry.color, entry.name, entry.code, entities.get(entry.code, 0))
        self._heading(self.tr("Claims by source (underlined: dashed = suggested)"))
        for entry in self._styles.sources:
            self._row(entry.color, entry.name, entry.code, categories.get(entry.code, 0))
        self._row("#888888", self.tr("Category not set"), "", categories.get("", 0))
        self._heading(self.tr("Source mentions are bold"))

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def _row(self, color: str, name: str, code: str, count: int) -> None:
        text = f"{name} — {count}" if not code else f"{name} ({code}) — {count}"
        item = QListWidgetItem(swatch(color), text)
        item.setToolTip(code or name)
        self.addItem(item)
