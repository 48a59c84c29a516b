"""Statistics: statements by source category and by stance, for the document or the
corpus, and annotation progress over time; each chart can be saved as PNG."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.stats import counts_by, progress_by_day
from annotator.core.store import Store
from annotator.gui.article.styles import UNKNOWN_COLOR
from annotator.gui.language import wording

BAR_HEIGHT = 18
NEUTRAL = "#888888"


class BarChart(QWidget):
    """Horizontal bars with labels and values, in the palette's colours."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float, str]] = []  # label, value, colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[tuple[str, float, str]]) -> None:
        self.bars = bars
        self.setFixedHeight(34 + max(1, len(bars)) * (BAR_HEIGHT + 6))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setPen(palette.text().color())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title
        )
        font.setBold(False)
        painter.setFont(font)
        if not self.bars:
            painter.drawText(QRectF(8, 30, self.width(), BAR_HEIGHT), self.tr("Nothing yet"))
            return
        label_width = min(230, self.width() // 3)
        top = max(value for _, value, _ in self.bars) or 1
        room = self.width() - label_width - 70
        for row, (label, value, color) in enumerate(self.bars):
            y = 30 + row * (BAR_HEIGHT + 6)
            painter.drawText(
                QRectF(8, y, label_width - 12, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12),
            )
            width = room * value / top
            painter.fillRect(
                QRectF(label_width, y + 2, max(width, 1), BAR_HEIGHT - 4), QColor(color)
            )
            painter.drawText(
                QRectF(label_width + width + 6, y, 60, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )

    def save_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")


class StatsPanel(QWidget):
    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statistics")
        self.store = store
        self.document_id: int | None = None
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("The whole corpus"), "corpus")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.categories = BarChart(self.tr("Statements by source category"), self)
        self.stances = BarChart(self.tr("Statements by stance"), self)
        self.progress = BarChart(self.tr("Progress: statements decided per day"), self)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for chart in (self.categories, self.stances, self.progress):
            save = QPushButton(self.tr("Save as PNG…"), inner)
            save.clicked.connect(lambda _checked=False, c=chart: self._save(c))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(save)
            column.addWidget(chart)
            column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addWidget(scroll)

    def show_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        self.refresh()

    def refresh(self) -> None:
        document = self.document_id if self.scope.currentData() == "document" else None
        for chart, field, kind in (
            (self.categories, "source_category", "source"),
            (self.stances, "stance", "stance"),
        ):
            names = {e.code: (e.name, e.color) for e in wording.taxonomy(self.store, kind)}
            unset = UNKNOWN_COLOR if kind == "source" else NEUTRAL
            chart.set_bars(
                [
                    (
                        names.get(code, (code or self.tr("(not set)"), unset))[0],
                        count,
                        names.get(code, ("", unset))[1],
                    )
                    for code, count in counts_by(self.store, field, document).items()
                ]
            )
        highlight = self.palette().highlight().color().name()
        self.progress.set_bars(
            [(day, decided, highlight) for day, decided, _done in progress_by_day(self.store)]
        )

    def _save(self, chart: BarChart) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), "chart.png", self.tr("PNG images (*.png)")
        )
        if path and chart.save_png(path):
            self.saved.emit(path)
