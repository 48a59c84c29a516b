"""Paints spans over the article, lazily: a paragraph gets its formats when it is about
to be seen, not when the text is set.

This scales to a million characters and 100,000 spans because only the paragraphs
on screen (and those asked about) are ever formatted, and each finds its spans by
bisecting the sorted starts: O(log n + its own spans). A QSyntaxHighlighter would
format every paragraph of the article as soon as it is shown (half a second here).
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout

from annotator.gui.styles import StyleBook

Spans = list[tuple[int, int, str]]


class SpanPainter:
    """Spans in UTF-16 units as (start, end, display key), kept sorted."""

    def __init__(self, document: QTextDocument, styles: StyleBook):
        self.document = document
        self.styles = styles
        self._spans: Spans = []
        self._starts: list[int] = []
        self._longest = 0
        self._formatted: set[int] = set()  # block numbers whose formats are current

    def set_spans(self, spans: Spans) -> None:
        """Replace every span, before the text is (re)set: nothing is formatted yet."""
        self._spans = sorted(spans)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        self._formatted.clear()

    def restyle(self) -> None:
        """Colours changed: every paragraph is formatted again when next seen."""
        self._formatted.clear()

    def patch(self, removed: Spans, added: Spans) -> set[int]:
        """Take some spans away and add others; returns the numbers of the paragraphs
        they touch, whose formats are now stale (the view formats those on screen)."""
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
        touched: set[int] = set()
        for start, end, _ in removed + added:
            block = self.document.findBlock(start)
            while block.isValid() and block.position() < end:
                touched.add(block.blockNumber())
                block = block.next()
        self._formatted -= touched
        return touched

    def ensure(self, block: QTextBlock) -> None:
        """Give a paragraph its formats if it has not got them (or they are stale), and
        lay it out again. The document layout's repaint request is held back: it asks
        for the whole view, and the caller repaints the paragraph. (A paragraph whose
        height changes is seen to by the text view itself: the document's contents
        changed, and it moves what lies below.)"""
        number = block.blockNumber()
        if number in self._formatted:
            return
        self._formatted.add(number)
        layout = block.layout()
        layout.setCacheEnabled(True)  # glyphs kept: a repaint need not shape the text again
        geometry = self.document.documentLayout()
        held = geometry.blockSignals(True)
        try:
            layout.setFormats(self._ranges(block))
            self.document.markContentsDirty(block.position(), block.length())
        finally:
            geometry.blockSignals(held)

    def spans_at(self, position: int) -> Spans:
        """The spans covering a UTF-16 position, in start order."""
        low = bisect_left(self._starts, position - self._longest)
        high = bisect_left(self._starts, position + 1)
        return [span for span in self._spans[low:high] if span[0] <= position < span[1]]

    def _ranges(self, block: QTextBlock) -> list[QTextLayout.FormatRange]:
        first = block.position()
        last = first + block.length()
        low = bisect_left(self._starts, first - self._longest)
        high = bisect_left(self._starts, last)
        here = [(max(s, first), min(e, last), k) for s, e, k in self._spans[low:high] if e > first]
        if not here:
            return []
        if all(here[i][1] <= here[i + 1][0] for i in range(len(here) - 1)):
            return [self._range(s - first, e - s, self.styles.format(k)) for s, e, k in here]
        return self._overlapping(here, first)

    def _overlapping(self, here: Spans, first: int) -> list[QTextLayout.FormatRange]:
        """Sweep the span edges left to right; each stretch gets the merge of its spans."""
        events = sorted([(s, 1, k) for s, _, k in here] + [(e, -1, k) for _, e, k in here])
        active: dict[str, int] = {}
        previous = events[0][0]
        ranges = []
        for position, change, key in events:
            if position > previous and active:
                keys = tuple(active)
                fmt = self.styles.format(keys[0]) if len(keys) == 1 else self.styles.merged(keys)
                ranges.append(self._range(previous - first, position - previous, fmt))
            previous = position
            if change > 0:
                active[key] = active.get(key, 0) + 1
            elif active[key] == 1:
                del active[key]
            else:
                active[key] -= 1
        return ranges

    @staticmethod
    def _range(start: int, length: int, fmt) -> QTextLayout.FormatRange:  # noqa: ANN001
        found = QTextLayout.FormatRange()
        found.start, found.length, found.format = start, length, fmt
        return found
