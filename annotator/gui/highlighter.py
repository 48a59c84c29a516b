"""Paints spans over the article: each block finds its spans by bisecting sorted starts.

This scales to a million characters and 100,000 spans because Qt asks only for
the blocks it lays out, and each block costs O(log n + its own spans).
"""

from __future__ import annotations

from bisect import bisect_left, insort

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument


class SpanHighlighter(QSyntaxHighlighter):
    """Spans in UTF-16 units as (start, end, label), kept sorted by start."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._spans: list[tuple[int, int, str]] = []
        self._starts: list[int] = []
        self._longest = 0
        self._formats: dict[str, QTextCharFormat] = {}

    def set_formats(self, formats: dict[str, QTextCharFormat]) -> None:
        self._formats = formats

    def set_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace every span; takes effect when the text is (re)set or rehighlighted."""
        self._spans = sorted(spans)
        self._starts = [s for s, _, _ in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)

    def add_span(self, start: int, end: int, label: str) -> None:
        """Add one span and repaint only the blocks it covers."""
        insort(self._spans, (start, end, label))
        self._starts.insert(bisect_left(self._starts, start), start)
        self._longest = max(self._longest, end - start)
        document = self.document()
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            self.rehighlightBlock(block)
            block = block.next()

    def spans_at(self, position: int) -> list[tuple[int, int, str]]:
        """The spans covering a UTF-16 position, outermost first."""
        low = bisect_left(self._starts, position - self._longest)
        high = bisect_left(self._starts, position + 1)
        return [span for span in self._spans[low:high] if span[0] <= position < span[1]]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length()
        low = bisect_left(self._starts, block_start - self._longest)
        high = bisect_left(self._starts, block_end)
        formats = self._formats
        for start, end, label in self._spans[low:high]:
            if end <= block_start:
                continue
            fmt = formats.get(label)
            if fmt is not None:
                first = max(start, block_start)
                self.setFormat(first - block_start, min(end, block_end) - first, fmt)
