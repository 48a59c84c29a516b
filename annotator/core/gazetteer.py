"""Who a mention refers to, and its source category, regardless of case and accents."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from annotator.core.names import NameIndex
from annotator.core.resources import load_json

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1] or char
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes unified; same length as `text`."""
    if text.isascii():
        return text.lower().translate(_APOSTROPHES)
    return "".join(_fold_char(c) for c in text.translate(_APOSTROPHES))


def _is_acronym(pattern: str) -> bool:
    # "UN", "RT", "AP" must not match "un", "rt", "ap": short acronyms keep their case.
    letters = [c for c in pattern if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    pattern: str
    category: str
    speaker: str
    qid: str = ""  # a Wikidata item ("Q7747"), as data only: nothing is fetched
    origin: str = ""  # "" shipped or typed in, "learned" from an accepted statement


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entry: GazetteerEntry
    inflected: bool = False  # found by its stem in a case ending ("Умерова"): not a subject


def _alternation(patterns: Iterable[str]) -> str:
    ordered = sorted(set(patterns), key=len, reverse=True)  # longest first: leftmost-longest
    return r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)"


class Gazetteer:
    """Patterns -> (speaker, category), found as whole words in a text; names also in
    other spellings and inflections (see `names`)."""

    def __init__(self, entries: Iterable[GazetteerEntry], dictionary_forms: bool = True):
        self.entries = list(entries)
        self._folded: dict[str, GazetteerEntry] = {}
        self._exact: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            if _is_acronym(entry.pattern):
                self._exact.setdefault(entry.pattern, entry)
            else:
                self._folded.setdefault(fold(entry.pattern), entry)
        never = r"(?!x)x"
        self._folded_re = re.compile(_alternation(self._folded) if self._folded else never)
        self._exact_re = re.compile(_alternation(self._exact) if self._exact else never)
        self._names = NameIndex(self.entries, dictionary_forms)

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        folded: str | None = None,
        in_text: bool = True,
    ) -> list[Mention]:
        """Non-overlapping mentions in text[start:end], in order, longest first at a tie.

        `folded`, if given, is `fold(text)` computed once by the caller.
        """
        end = len(text) if end is None else end
        # Folding keeps lengths, so offsets in the folded slice map straight back.
        found = [
            Mention(m.start() + start, m.end() + start, self._folded[m.group()])
            for m in self._folded_re.finditer(
                folded[start:end] if folded is not None else fold(text[start:end])
            )
        ]
        found += [
            Mention(m.start(), m.end(), self._exact[m.group()])
            for m in self._exact_re.finditer(text, start, end)
        ]
        found = _without_overlaps(found)
        return _without_overlaps(found + self._names.find(text, start, end, found, in_text))

    def lookup(self, mention: str) -> GazetteerEntry | None:
        """The entry of the longest pattern found in a mention's words."""
        found = self.find(mention, in_text=False)
        return max(found, key=lambda m: m.end - m.start).entry if found else None


@lru_cache(maxsize=4)
def gazetteer_for(entries: tuple[GazetteerEntry, ...], dictionary_forms: bool = True) -> Gazetteer:
    """One built gazetteer per list of entries: building one compiles its patterns and
    name keys (20 ms), too slow to do at each edit in the window. The window passes
    `dictionary_forms=False`: the first Cyrillic word would load pymorphy3's
    dictionaries (160 ms) on its thread; the language worker has them."""
    return Gazetteer(entries, dictionary_forms)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def default_entries() -> list[GazetteerEntry]:
    """The gazetteer shipped in resources/, one entry per pattern."""
    return [
        GazetteerEntry(pattern, item["category"], item["speaker"], item.get("qid", ""))
        for item in load_json("gazetteer.json")["entries"]
        for pattern in item["patterns"]
    ]


def tells_anonymity(text: str) -> bool:
    """Words that say a source is not named ("on condition of anonymity", "sous couvert
    d'anonymat", "на умовах анонімності")."""
    return _hints()["anonymous_re"].search(fold(text)) is not None


@cache
def _hints() -> dict[str, Any]:
    """The category hints of cues.json, folded once (the rules ask at every cue)."""
    hints = load_json("cues.json")["category_hints"]

    def folded(words: list[str]) -> tuple[str, ...]:
        return tuple(fold(w) for w in words)

    return {
        "anonymous_words": folded(hints["anonymous"]["words"]),
        # a word that starts with one of them (a pattern, not a split into words: the
        # rules ask at each sentence with a source)
        "anonymous_re": re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, folded(hints["anonymous"]["words"]))) + ")"
        ),
        "articles": frozenset(folded(hints["anonymous"]["articles"])),
        "heads": folded(hints["anonymous"]["heads"]),
        "countries": {code: folded(stems) for code, stems in hints["countries"].items()},
        "media": folded(hints["media"]),
        "state": folded(hints["state"]),
    }


@lru_cache(maxsize=4096)
def category_from_words(mention: str) -> str:
    """A category guessed from a mention's words ("médias russes" -> ru_media), or ''
    (kept for the mentions seen last: a text names the same sources at each cue)."""
    hints = _hints()
    folded = fold(mention)
    words = re.findall(r"[\w']+", folded)
    if _unnamed(words):
        return "anonymous"
    country = next(
        (
            code
            for code, stems in hints["countries"].items()
            if any(w.startswith(stems) for w in words)
        ),
        None,
    )
    if country is None:
        return ""
    is_media = any(w.startswith(hints["media"]) for w in words)
    is_state = any(s in folded for s in hints["state"])
    if is_media:
        return f"{country}_state_media" if is_state and country == "ru" else f"{country}_media"
    return f"{country}_official"


def _unnamed(words: list[str]) -> bool:
    """Whether a mention's words name nobody: "unnamed officials", "une source proche"."""
    hints = _hints()
    if any(w.startswith(hints["anonymous_words"]) for w in words):
        return True
    head = next((w for w in words if w not in hints["articles"]), "")
    return head.startswith(hints["heads"])
