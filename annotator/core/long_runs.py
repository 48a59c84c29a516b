"""What keeps spaCy's tokenizer linear on text without spaces.

The tokenizer takes a run of characters between spaces and strips its prefixes and
suffixes one at a time, searching the whole remaining run for each: a run of n
quotation marks or brackets takes time in n² (20,000 of them: 24 s). Here a prefix
is looked for at the run's start only and a suffix at its end (a run of 4,000 marks:
0.06 s instead of 3 s), and runs longer than LONG_RUN are given to the tokenizer in
pieces (what is left grows with the square of a run's length). The text is never
changed, so offsets stay exact; it is tokenized as before (tests compare).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# Characters without a space given to the tokenizer at once: far longer than any
# word or web address of an article, short enough that a run of marks takes a few
# milliseconds.
LONG_RUN = 1000
# Where a suffix is searched: the last characters of a run. spaCy's suffixes are at
# most 6 characters wide but for repeated dots ("....."), which the fallback finds.
SUFFIX_REACH = 8
_LONG = re.compile(rf"(?<!\S)\S{{{LONG_RUN + 1},}}")


def run_cuts(text: str) -> list[int]:
    """Where to cut `text` so that no piece holds more than LONG_RUN characters
    without a space; [] when no run is that long."""
    cuts: list[int] = []
    for run in _LONG.finditer(text):  # from a run's start only: linear
        cuts.extend(range(run.start() + LONG_RUN, run.end(), LONG_RUN))
    return cuts


class PrefixAtTheStart:
    """A tokenizer's prefix search as a match at the start: spaCy anchors each of its
    prefixes there ("^§|^%|…"), but a search still tries every later position."""

    def __init__(self, search: Callable[[str], Any]):
        self.search = search
        pattern: re.Pattern[str] | None = getattr(search, "__self__", None)
        anchored = pattern is not None and pattern.pattern.startswith("^")
        self.match = pattern.match if anchored and pattern is not None else search

    def __call__(self, string: str) -> Any:
        return self.match(string)


class SuffixAtTheEnd:
    """A tokenizer's suffix search, started SUFFIX_REACH characters before the end.

    It gives what the whole search gives: a suffix that starts further back is a
    repetition (spaCy's "\\.\\.+"), which also matches where the reach begins; then
    the whole run is searched."""

    def __init__(self, search: Callable[[str], Any]):
        self.search = search
        self.pattern: re.Pattern[str] | None = getattr(search, "__self__", None)

    def __call__(self, string: str) -> Any:
        if self.pattern is None or len(string) <= SUFFIX_REACH:
            return self.search(string)
        reach = len(string) - SUFFIX_REACH
        found = self.pattern.search(string, reach)  # lookbehinds still see before `reach`
        if found is not None and found.start() == reach:
            return self.search(string)
        return found
