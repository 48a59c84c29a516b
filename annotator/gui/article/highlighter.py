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

from bisect import bisect_left, bisect_right
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
)

from annotator.gui.article.styles import PRIORITY, StyleBook

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
        self._checked: set[int] = set()  # blocks whose bold stretches are known to be right
        self._looks: dict[str, Look] = {}  # display key -> how it is painted
        # block number -> (start, end) -> its rectangles: kept while the block's lines
        # stay as they are, so a repainted paragraph places only the spans it did not have
        self._placed: dict[int, dict[tuple[int, int], list[QRectF]]] = {}

    def set_source(self, source: Source) -> None:
        """Another article (or the same, read again): nothing is worked out yet."""
        self._source = source
        self._spans.clear()
        self._marks.clear()
        self._bold.clear()
        self._checked.clear()
        self._placed.clear()

    def restyle(self) -> None:
        """Colours changed: every paragraph's marks are worked out again when next seen."""
        self._looks.clear()
        self._marks.clear()
        self._checked.clear()

    def forget_geometry(self) -> None:
        """The lines moved (another width, another font): marks are placed again."""
        self._marks.clear()
        self._placed.clear()

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
            self._checked.discard(number)
        return touched

    def ensure(self, block: QTextBlock) -> bool:
        """Give a paragraph's layout its bold stretches if they changed, and lay it out
        again then. The document layout's repaint request is held back (it asks for
        the whole view); the caller repaints. Returns True when the paragraph's
        height changed: then what lies below moved, and the caller repaints it all."""
        number = block.blockNumber()
        if number in self._checked:
            return False
        self._checked.add(number)
        bold = tuple(
            (start, end) for start, end, key in self.spans_of(block) if self._look(key).bold
        )
        if bold == self._bold.get(number, ()):
            return False
        self._bold[number] = bold
        self._marks.pop(number, None)
        self._placed.pop(number, None)  # laid out again below
        weight = QTextCharFormat()
        weight.setFontWeight(QFont.Weight.Bold)
        layout = block.layout()
        geometry = self.document.documentLayout()
        height = geometry.blockBoundingRect(block).height()
        held = geometry.blockSignals(True)
        try:
            layout.setFormats([_range(start, end - start, weight) for start, end in bold])
            self.document.markContentsDirty(block.position(), block.length())
        finally:
            geometry.blockSignals(held)
        if geometry.blockBoundingRect(block).height() == height:
            return False
        geometry.documentSizeChanged.emit(geometry.documentSize())  # the scroll range follows
        return True

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
        placed = self._placed.setdefault(block.blockNumber(), {})
        table: LineTable | None = None
        tints: dict[tuple[int, str], tuple[QColor, list[QRectF]]] = {}
        lines: dict[str, tuple[QPen, list[QLineF]]] = {}
        for start, end, key in self.spans_of(block):
            look = self._look(key)
            rects = placed.get((start, end))
            if rects is None:
                table = table or LineTable(block.layout())
                rects = placed[(start, end)] = table.rects(start, end)
            if look.fill is not None:
                tints.setdefault(look.order, (look.fill, []))[1].extend(rects)
            if look.pen is not None:
                drawn = lines.setdefault(key, (look.pen, []))[1]
                drawn.extend(QLineF(r.left(), r.bottom() - 1.5, r.right(), r.bottom() - 1.5)
                             for r in rects)  # fmt: skip
        return Marks([tints[order] for order in sorted(tints)], list(lines.values()))

    def _look(self, key: str) -> Look:
        """How a display key is painted, worked out once per key (until restyled)."""
        found = self._looks.get(key)
        if found is not None:
            return found
        fmt = self.styles.format(key)
        brush = fmt.background()
        fill = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else None
        style = _PENS.get(fmt.underlineStyle())
        pen = None
        if style is not None:
            pen = QPen(fmt.underlineColor(), 1.5, style)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        order = (PRIORITY[key.split(":")[0]], fill.name(QColor.NameFormat.HexArgb) if fill else "")
        bold = fmt.fontWeight() > QFont.Weight.Normal
        found = self._looks[key] = Look(fill, pen, order, bold)
        return found


class Look(NamedTuple):
    fill: QColor | None  # a tint under the text
    pen: QPen | None  # an underline
    order: tuple[int, str]  # tints are painted in this order: claims, sources, entities
    bold: bool


class LineTable:
    """A laid-out paragraph's lines with where each starts, to place many stretches."""

    def __init__(self, layout: QTextLayout):
        self.lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        self.starts = [line.textStart() for line in self.lines]
        self.ends = [line.textStart() + line.textLength() for line in self.lines]

    def rects(self, start: int, end: int) -> list[QRectF]:
        """The rectangles a stretch covers, one per line."""
        rects = []
        number = max(bisect_right(self.starts, start) - 1, 0)
        while number < len(self.lines) and self.starts[number] < end:
            first, last = max(start, self.starts[number]), min(end, self.ends[number])
            if first < last:
                line = self.lines[number]
                # PySide6's stub types cursorToX() as object; it returns (x, position).
                left, right = line.cursorToX(first)[0], line.cursorToX(last)[0]  # type: ignore[index]
                rects.append(QRectF(min(left, right), line.y(), abs(right - left), line.height()))
            number += 1
        return rects


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, fmt
    return found
