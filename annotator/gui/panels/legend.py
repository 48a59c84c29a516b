"""The legend: every colour on screen, what it means, and how many there are here."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from annotator.gui.article.styles import UNKNOWN_COLOR, StyleBook, entity_tint
from annotator.gui.palette import blend


def swatch(color: str | QColor, size: int = 14) -> QIcon:
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
        self._counted: list[QListWidgetItem] = []  # the rows that carry a count

    def set_styles(self, styles: StyleBook) -> None:
        self._styles = styles
        self._counted = []
        self.show_counts(Counter(), Counter())

    def _texts(self, entities: Counter[str], categories: Counter[str]) -> list[str]:
        if self._styles is None:
            return []
        rows = [(e.name, e.code, entities.get(e.code, 0)) for e in self._styles.entities]
        rows += [(e.name, e.code, categories.get(e.code, 0)) for e in self._styles.sources]
        rows.append((self.tr("Category not set"), "", categories.get("", 0)))
        return [_text(*row) for row in rows]

    def show_counts(self, entities: Counter[str], categories: Counter[str]) -> None:
        """Counts of entities by label and of claims by source category ('' = not set);
        after the first time, only the texts whose count changed are set (in place)."""
        wanted = self._texts(entities, categories)
        if len(wanted) == len(self._counted):
            for item, text in zip(self._counted, wanted, strict=True):
                if item.text() != text:
                    item.setText(text)
            return
        self._counted = []
        self.clear()
        if self._styles is None:
            return
        self._heading(self.tr("Entities (tinted)"))
        page = self.palette().base().color()
        for entry in self._styles.entities:  # the tint as the words show it on this page
            seen = blend(entity_tint(entry.color), page)
            self._row(seen, entry.name, entry.code, entities.get(entry.code, 0))
        self._heading(self.tr("Claims by source (underlined: dashed = suggested)"))
        for entry in self._styles.sources:
            self._row(entry.color, entry.name, entry.code, categories.get(entry.code, 0))
        self._row(UNKNOWN_COLOR, self.tr("Category not set"), "", categories.get("", 0))
        self._heading(self.tr("Source mentions are bold"))
        self._heading(self.tr("Cue words (said, selon…): grey dotted underline"))

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(item)

    def _row(self, color: str | QColor, name: str, code: str, count: int) -> None:
        item = QListWidgetItem(swatch(color), _text(name, code, count))
        item.setToolTip(code or name)
        self.addItem(item)
        self._counted.append(item)


def _text(name: str, code: str, count: int) -> str:
    return f"{name} — {count}" if not code else f"{name} ({code}) — {count}"
