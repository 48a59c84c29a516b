"""The article's text with its spans highlighted; scales to long articles."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFont, QHelpEvent, QTextCharFormat, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.core.model import Span
from annotator.gui.colors import span_format
from annotator.gui.highlighter import SpanHighlighter
from annotator.gui.offsets import OffsetMap


class ArticleView(QPlainTextEdit):
    """Read-only text; offsets in and out are code points, as in the project file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self._offsets = OffsetMap("")
        self._names: dict[str, str] = {}
        self._highlighter = SpanHighlighter(self.document())

    def set_labels(self, colors: dict[str, str], names: dict[str, str]) -> None:
        """Label code -> colour and display name, used for highlights and tooltips."""
        self._names = dict(names)
        self._highlighter.set_formats({code: span_format(c) for code, c in colors.items()})

    def set_article(self, text: str, spans: Iterable[Span]) -> None:
        """Show a text and its spans; the highlighter paints as the text is laid out."""
        self._offsets = OffsetMap(text)
        self._highlighter.set_spans([self._to_view(span) for span in spans])
        self.setPlainText(text)

    def show_spans(self, spans: Iterable[Span]) -> None:
        """Replace the highlighted spans over the same text."""
        self._highlighter.set_spans([self._to_view(span) for span in spans])
        self._highlighter.rehighlight()

    def add_span(self, span: Span) -> None:
        self._highlighter.add_span(*self._to_view(span))

    def format_at(self, offset: int) -> QTextCharFormat:
        """The highlight format painted on the character at a code-point offset."""
        position = self._offsets.to_utf16(offset)
        block = self.document().findBlock(position)
        relative = position - block.position()
        found = QTextCharFormat()
        for painted in block.layout().formats():
            if painted.start <= relative < painted.start + painted.length:
                found = QTextCharFormat(painted.format)
        return found

    def labels_at(self, offset: int) -> list[str]:
        """Labels of the spans covering a code-point offset, outermost first."""
        return [label for _, _, label in self._highlighter.spans_at(self._offsets.to_utf16(offset))]

    def offset_at(self, x: int, y: int) -> int:
        """The code-point offset of the character under a viewport point."""
        return self._offsets.to_code_point(self.cursorForPosition(QPoint(x, y)).position())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            offset = self.offset_at(event.pos().x(), event.pos().y())
            labels = self.labels_at(offset)
            if labels:
                QToolTip.showText(event.globalPos(), self._tooltip(labels), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, labels: list[str]) -> str:
        return "\n".join(f"{self._names.get(label, label)} ({label})" for label in labels)

    def _to_view(self, span: Span) -> tuple[int, int, str]:
        return (self._offsets.to_utf16(span.start), self._offsets.to_utf16(span.end), span.label)
