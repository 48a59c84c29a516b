"""Paints spans over the article: each block finds its spans by bisecting sorted starts.

This scales to a million characters and 100,000 spans because Qt asks only for
the blocks it lays out, and each block costs O(log n + its own spans).
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

from annotator.gui.styles import StyleBook

MAX_PARTIAL_REPAINT = 500


class SpanHighlighter(QSyntaxHighlighter):
    """Spans in UTF-16 units as (start, end, display key), kept sorted by start."""

    def __init__(self, document: QTextDocument, styles: StyleBook):
        super().__init__(document)
        self.styles = styles
        self._spans: list[tuple[int, int, str]] = []
        self._starts: list[int] = []
        self._longest = 0

    def set_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace every span; takes effect when the text is (re)set or rehighlighted."""
        self._spans = sorted(spans)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def replace_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace every span, repainting only the blocks where spans differ."""
        changed = set(self._spans).symmetric_difference(spans)
        self.set_spans(spans)
        if len(changed) > MAX_PARTIAL_REPAINT:
            self.rehighlight()
            return
        for start, end, _ in changed:
            self._rehighlight_range(start, end)

    def patch(self, removed: list[tuple[int, int, str]], added: list[tuple[int, int, str]]) -> None:
        """Take some spans away and add others, repainting only the blocks they cover."""
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
        if len(removed) + len(added) > MAX_PARTIAL_REPAINT:
            self.rehighlight()
            return
        for start, end, _ in removed + added:
            self._rehighlight_range(start, end)

    def _rehighlight_range(self, start: int, end: int) -> None:
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            self.rehighlightBlock(block)
            block = block.next()

    def spans_at(self, position: int) -> list[tuple[int, int, str]]:
        """The spans covering a UTF-16 position, in start order."""
        low = bisect_left(self._starts, position - self._longest)
        high = bisect_left(self._starts, position + 1)
        return [span for span in self._spans[low:high] if span[0] <= position < span[1]]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first = block.position()
        last = first + block.length()
        low = bisect_left(self._starts, first - self._longest)
        high = bisect_left(self._starts, last)
        here = [(max(s, first), min(e, last), k) for s, e, k in self._spans[low:high] if e > first]
        if not here:
            return
        if all(here[i][1] <= here[i + 1][0] for i in range(len(here) - 1)):
            for start, end, key in here:  # no overlaps: the common, fast case
                self.setFormat(start - first, end - start, self.styles.format(key))
            return
        self._paint_overlapping(here, first)

    def _paint_overlapping(self, here: list[tuple[int, int, str]], first: int) -> None:
        """Sweep the span edges left to right; each stretch gets the merge of its spans."""
        events = sorted([(s, 1, k) for s, _, k in here] + [(e, -1, k) for _, e, k in here])
        active: dict[str, int] = {}
        previous = events[0][0]
        for position, change, key in events:
            if position > previous and active:
                keys = tuple(active)
                fmt = self.styles.format(keys[0]) if len(keys) == 1 else self.styles.merged(keys)
                self.setFormat(previous - first, position - previous, fmt)
            previous = position
            if change > 0:
                active[key] = active.get(key, 0) + 1
            elif active[key] == 1:
                del active[key]
            else:
                active[key] -= 1
