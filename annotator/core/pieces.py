"""Long texts in pieces the language pipeline can take, with offsets mapped back.

A spaCy pipeline refuses texts over its `max_length` (1,000,000 characters) and
needs memory in proportion to what it parses at once, so a long article is parsed
in pieces of at most PIECE_CHARS, cut where a paragraph ends when there is one.
The rules see each piece on its own: nothing they find can straddle a cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from annotator.core.model import Span

PIECE_CHARS = 100_000
# Where to cut, best first: after a blank line, a line break, a sentence, a word.
_CUTS = ("\n\n", "\n", ". ", " ")


def piece_ranges(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) ranges that cover `text` in order, each at most `limit` long.

    Each cut falls in the second half of its window, at the best break found there,
    so pieces stay long and the search is linear in the text."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end  # no break at all in the window: a hard cut
        for mark in _CUTS:
            found = text.rfind(mark, start + limit // 2, end)
            if found >= 0:
                cut = found + len(mark)
                break
        ranges.append((start, cut))
        start = cut
    ranges.append((start, len(text)))
    return ranges


def pieces_of(texts: Iterable[str], limit: int = PIECE_CHARS) -> Iterator[tuple[int, int, str]]:
    """(text index, offset, piece) for every piece of every text, in order."""
    for index, text in enumerate(texts):
        for start, end in piece_ranges(text, limit):
            yield index, start, text[start:end]


def shifted(spans: Iterable[Span], offset: int) -> list[Span]:
    """Spans found in a piece, in the offsets of the whole text (uids kept)."""
    if offset == 0:
        return list(spans)
    return [replace(s, start=s.start + offset, end=s.end + offset) for s in spans]
