"""A text's sentences as the claim rules read them: spaCy's sentences cut at line
breaks, fragments rejoined, quotation marks and brackets given to the sentence they
open, and whether a quotation is still open after a sentence."""

from __future__ import annotations

import re
from typing import Any

from annotator.core.pieces import piece_ranges

# The longest sentence the rules read at once; a longer one is read in parts cut
# between words. Sentences of news articles are far shorter (PolNeAR's longest: 504
# characters); text without a stop ("mot mot mot …") would otherwise be one
# sentence, and the rules' time grows with the square of a sentence's length.
MAX_UNIT_CHARS = 1000
_TERMINAL = re.compile(r"[.!?…][\s»”“„\"')’]*$")
_TAIL = 16  # the end of a sentence that says whether it is closed: a stop, closing marks


def sentence_units(doc: Any, text: str | None = None) -> list[tuple[int, int]]:
    """Sentences as character ranges: split at line breaks, fragments rejoined, none
    longer than MAX_UNIT_CHARS.

    Small models cut sentences at dashes and guillemets; a piece that does not end
    with terminal punctuation, or a piece that starts in lower case, is joined to the
    one before it in the same paragraph.
    """
    text = doc.text if text is None else text
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        offset = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            if line.strip():
                left = offset + len(line) - len(line.lstrip())
                pieces.extend(_parts(text, left, offset + len(line.rstrip())))
            offset += len(line) + 1
    units: list[tuple[int, int]] = []
    for start, end in _opening_quotes_moved(text, pieces):
        previous = units[-1] if units else None
        if (
            previous
            and end - previous[0] <= MAX_UNIT_CHARS
            and "\n" not in text[previous[1] : start]
            and (
                not _TERMINAL.search(text, max(previous[0], previous[1] - _TAIL), previous[1])
                or text[start].islower()
                or _bare_attribution(text, previous, (start, end))
            )
        ):  # a sentence does not start in lower case: "(D-Tex.) said." is one
            units[-1] = (previous[0], end)
        else:
            units.append((start, end))
    return units


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A piece of a sentence, in parts of at most MAX_UNIT_CHARS cut between words."""
    if end - start <= MAX_UNIT_CHARS:
        return [(start, end)]
    parts = []
    for left, right in piece_ranges(text[start:end], MAX_UNIT_CHARS):
        words = text[start + left : start + right]
        if words.strip():
            first = start + left + len(words) - len(words.lstrip())
            parts.append((first, start + left + len(words.rstrip())))
    return parts


def _bare_attribution(text: str, previous: tuple[int, int], piece: tuple[int, int]) -> bool:
    """'Clinton said.' after '“How many times …?”': the quotation's own attribution,
    cut off by the question mark."""
    tail = text[max(previous[0], previous[1] - _TAIL) : previous[1]]
    closes_quote = tail.rstrip().endswith(("”", "»", '"', "''"))
    return closes_quote and len(re.findall(r"\w+", text[piece[0] : piece[1]])) <= 4


def _opening_quotes_moved(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation mark that opens the next sentence belongs to it ("… home. “We …"
    is cut after the mark by spaCy's sentencizer)."""
    moved = list(pieces)
    for i in range(len(moved) - 1):
        start, end = moved[i]
        cut = end
        while cut > start and (
            text[cut - 1] in "“«„([" or (text[cut - 1] == '"' and text[cut - 2 : cut - 1].isspace())
        ):
            cut -= 1
            while cut > start and text[cut - 1].isspace():
                cut -= 1
        if cut < end and cut > start:
            moved[i] = (start, cut)
            opening = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
            moved[i + 1] = (opening, moved[i + 1][1])
    return moved


def left_open(text: str, inside: bool) -> bool:
    """Whether a quotation is still open after these words."""
    for opening, closing in (("“", "”"), ("«", "»")):
        if text.count(opening) != text.count(closing):
            return text.rfind(opening) > text.rfind(closing)
    if text.count('"') % 2:
        return not inside
    return inside and not any(mark in text for mark in '”»"')
