"""Paints spans over the article, lazily: a paragraph's spans are asked for, and its
highlights worked out, when it is about to be seen, not when the text is set.

The spans come from a source asked for a stretch at a time (the project file, by
its index on offsets; or a list): an article with 100,000 spans is opened without
reading them all. Colours and underlines are painted by the view around the
laid-out text (tints under it, lines over it), from rectangles kept per paragraph;
only bold, which changes the width of the text, goes into the text layout. So
accepting a claim or giving it a category repaints one paragraph without laying
it out or shaping its text again, and opening an article formats nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextLine,
)

from annotator.gui.styles import PRIORITY, StyleBook

Spans = list[tuple[int, int, str]]

_PENS = {
    QTextCharFormat.UnderlineStyle.SingleUnderline: Qt.PenStyle.SolidLine,
    QTextCharFormat.UnderlineStyle.DashUnderline: Qt.PenStyle.DashLine,
    QTextCharFormat.UnderlineStyle.DotLine: Qt.PenStyle.DotLine,
}


class Marks(NamedTuple):
    """What to paint on one paragraph, in its own coordinates, grouped so that a
    repaint makes a call per colour, not one per span."""

    tints: list[tuple[QColor, list[QRectF]]]  # under the text, claims first
    lines: list[tuple[QPen, list[QLineF]]]  # underlines, over the text


Source = Callable[[int, int], Spans]  # (start, end) -> spans overlapping it, sorted


class ListSource:
    """Spans held in a sorted list, found by bisecting their starts."""

    def __init__(self, spans: Spans):
        self._spans = sorted(spans)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def __call__(self, start: int, end: int) -> Spans:
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        return [span for span in self._spans[low:high] if span[1] > start]

    def patch(self, removed: Spans, added: Spans) -> None:
        for span in removed:
            index = bisect_left(self._spans, span)
            if index < len(self._spans) and self._spans[index] == span:
                del self._spans[index]
                del self._starts[index]
        for span in added:
            index = bisect_left(self._spans, span)
            self._spans.insert(index, span)
            self._starts.insert(index, span[0])
            self._longest = max(self._longest, span[1] - span[0])  # an upper bound stays true


class SpanPainter:
    """Asks a source for each paragraph's spans (UTF-16 units, display keys) and keeps
    what it worked out per paragraph until told that a stretch changed."""

    def __init__(self, document: QTextDocument, styles: StyleBook):
        self.document = document
        self.styles = styles
        self._source: Source = ListSource([])
        self._spans: dict[int, Spans] = {}  # block number -> its spans, relative, clipped
        self._marks: dict[int, Marks] = {}  # block number -> what to paint on it
        self._bold: dict[int, tuple[tuple[int, int], ...]] = {}  # block number -> in its layout

    def set_source(self, source: Source) -> None:
        """Another article (or the same, read again): nothing is worked out yet."""
        self._source = source
        self._spans.clear()
        self._marks.clear()
        self._bold.clear()

    def restyle(self) -> None:
        """Colours changed: every paragraph's marks are worked out again when next seen."""
        self._marks.clear()

    def forget_geometry(self) -> None:
        """The lines moved (another width, another font): marks are placed again."""
        self._marks.clear()

    def refresh(self, stretches: list[tuple[int, int]]) -> set[int]:
        """Spans changed over these stretches: returns the numbers of the paragraphs
        they touch, which ask the source again (the view repaints those on screen)."""
        touched: set[int] = set()
        for start, end in stretches:
            block = self.document.findBlock(start)
            while block.isValid():
                touched.add(block.blockNumber())
                if block.position() + block.length() >= end:
                    break
                block = block.next()
        for number in touched:
            self._spans.pop(number, None)
            self._marks.pop(number, None)
        return touched

    def ensure(self, block: QTextBlock) -> None:
        """Give a paragraph's layout its bold stretches if they changed, and lay it out
        again then. The document layout's repaint request is held back (it asks for
        the whole view); the caller repaints the paragraph. A paragraph whose height
        changes is seen to by the text view itself: what lies below moves."""
        number = block.blockNumber()
        bold = tuple(
            (start, end)
            for start, end, key in self.spans_of(block)
            if self.styles.format(key).fontWeight() > QFont.Weight.Normal
        )
        if bold == self._bold.get(number, ()):
            return
        self._bold[number] = bold
        self._marks.pop(number, None)
        weight = QTextCharFormat()
        weight.setFontWeight(QFont.Weight.Bold)
        layout = block.layout()
        geometry = self.document.documentLayout()
        held = geometry.blockSignals(True)
        try:
            layout.setFormats([_range(start, end - start, weight) for start, end in bold])
            self.document.markContentsDirty(block.position(), block.length())
        finally:
            geometry.blockSignals(held)

    def spans_of(self, block: QTextBlock) -> Spans:
        """A paragraph's spans, clipped to it, relative to its start."""
        number = block.blockNumber()
        found = self._spans.get(number)
        if found is None:
            first = block.position()
            last = first + block.length()
            found = self._spans[number] = [
                (max(s, first) - first, min(e, last) - first, k)
                for s, e, k in self._source(first, last)
            ]
        return found

    def marks(self, block: QTextBlock) -> Marks:
        """What to paint on a laid-out paragraph: tints in the order they overlap
        (claims under sources under entities), and underlines."""
        number = block.blockNumber()
        found = self._marks.get(number)
        if found is None:
            found = self._marks[number] = self._place(block)
        return found

    def keys_at(self, position: int) -> list[str]:
        """The display keys of the spans covering a UTF-16 position, in start order."""
        block = self.document.findBlock(position)
        relative = position - block.position()
        return [k for s, e, k in self.spans_of(block) if s <= relative < e]

    def format_at(self, position: int) -> QTextCharFormat:
        """The look of the character at a UTF-16 position: its spans' formats merged."""
        keys = tuple(self.keys_at(position))
        if not keys:
            return QTextCharFormat()
        return self.styles.format(keys[0]) if len(keys) == 1 else self.styles.merged(keys)

    def _place(self, block: QTextBlock) -> Marks:
        layout = block.layout()
        here = sorted(self.spans_of(block), key=lambda span: PRIORITY[span[2].split(":")[0]])
        tints: dict[tuple[int, str], tuple[QColor, list[QRectF]]] = {}
        lines: dict[str, tuple[QPen, list[QLineF]]] = {}
        for start, end, key in here:
            fill, pen = self._look(key)
            rects = _rects(layout, start, end)
            if fill is not None:
                group = (PRIORITY[key.split(":")[0]], fill.name(QColor.NameFormat.HexArgb))
                tints.setdefault(group, (fill, []))[1].extend(rects)
            if pen is not None:
                drawn = lines.setdefault(key, (pen, []))[1]
                drawn.extend(QLineF(r.left(), r.bottom() - 1.5, r.right(), r.bottom() - 1.5)
                             for r in rects)  # fmt: skip
        return Marks([tints[group] for group in sorted(tints)], list(lines.values()))

    def _look(self, key: str) -> tuple[QColor | None, QPen | None]:
        fmt = self.styles.format(key)
        brush = fmt.background()
        fill = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None
        style = _PENS.get(fmt.underlineStyle())
        pen = None
        if style is not None:
            pen = QPen(fmt.underlineColor(), 1.5, style)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return fill, pen


def _rects(layout: QTextLayout, start: int, end: int) -> list[QRectF]:
    """The rectangles a stretch of a paragraph covers, one per line."""
    rects = []
    line = layout.lineForTextPosition(start)
    while line.isValid() and line.textStart() < end:
        first = max(start, line.textStart())
        last = min(end, line.textStart() + line.textLength())
        if first < last:
            rects.append(_between(line, first, last))
        if line.lineNumber() + 1 >= layout.lineCount():
            break
        line = layout.lineAt(line.lineNumber() + 1)
    return rects


def _between(line: QTextLine, first: int, last: int) -> QRectF:
    left, right = line.cursorToX(first)[0], line.cursorToX(last)[0]
    return QRectF(min(left, right), line.y(), abs(right - left), line.height())


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found
