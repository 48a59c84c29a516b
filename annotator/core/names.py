"""Names of the gazetteer found in other spellings and inflections.

"Medinsky", "Medinskij", "Médinski", "Мединский", "Мединського" are one name: each
capitalised word of a text is romanised (anyascii), reduced to a spelling key (the
letters transliterations disagree on made equal: "kh"/"h", "ou"/"u", "ie"/"ye"/"e",
"j"/"y", doubled letters) and compared with the keys of the gazetteer's name words
by rapidfuzz's normalised Indel similarity. A word in Cyrillic may carry a case
ending ("Мединського", "Умєрова"), so it is also compared without the letters it has
beyond the name's length. Words that open a sentence are skipped ("Putting" is no
"Putin"), as are acronyms (matched as written) and words of several entries. Only
one-word patterns give name words ("Medinsky", not "Maria" of "Maria Zakharova"), and
none with a digit ("Россия-1" is a channel, matched as written, not the country).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz import fuzz, process

from annotator.core import morphology

if TYPE_CHECKING:
    from annotator.core.gazetteer import GazetteerEntry, Mention

# Chosen on spelling variants of the gazetteer's names against look-alike names
# (tests/core/test_names.py): 85 keeps Umerov/Umyerov/Умєрова and Peskov/Пєскова
# together and Umarov, Zelenko, Putnam apart.
THRESHOLD = 85
MIN_LETTERS = 4
_WORD = re.compile(r"\w[\w'’-]*")
# Words that start with a capital (Latin, Latin-1 and Cyrillic capitals; the rest is
# checked by `_is_name_word`).
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЄІЇҐЎ][\w'’-]{3,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SPELLINGS = [
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(?:ie|ye|ië)"), "e"),
    (re.compile(r"^e"), "e"),
    (re.compile(r"(?:iy|ij|ii|yi|j)"), "y"),
    (re.compile(r"ch(?=[aeiouy])"), "sh"),
]
_OPENERS = set(".!?…\n«“\"'‘„(—–-:")


def spelling_key(word: str) -> str:
    """A word's letters as most transliterations would agree on them."""
    key = anyascii(word).lower()
    for pattern, replacement in _SPELLINGS:
        key = pattern.sub(replacement, key)
    return key


def similarity(word: str, key: str, dictionary_forms: bool = True) -> float:
    """How alike a text's word and a name key are (0-100), case endings forgiven in
    Cyrillic words (also through their dictionary forms, if asked)."""
    own = spelling_key(word)
    score = fuzz.ratio(own, key)
    if _CYRILLIC.search(word):
        if len(own) > len(key):
            score = max(score, fuzz.ratio(own[: len(key)], key))
        for form in morphology.normal_forms(word) if dictionary_forms else ():
            score = max(score, fuzz.ratio(spelling_key(form), key))  # "Тихого": "Тихий"
    return score


class NameIndex:
    """The name words of a gazetteer, by spelling key, and the words of texts that
    match one (remembered per word: a long article repeats its names)."""

    def __init__(self, entries: Iterable[GazetteerEntry], dictionary_forms: bool = True):
        self._dictionary_forms = dictionary_forms
        owners: dict[str, set[GazetteerEntry]] = {}
        for entry in entries:  # one-word patterns: a family name, not "Maria" or "Press"
            if _WORD.fullmatch(entry.pattern) and _is_name_word(entry.pattern):
                owners.setdefault(spelling_key(entry.pattern), set()).add(entry)
        by_speaker: dict[str, GazetteerEntry] = {}
        self._keys: dict[str, GazetteerEntry] = {}
        for key, found in owners.items():
            speakers = {e.speaker for e in found}
            if len(speakers) == 1 and len(key) >= MIN_LETTERS:  # "Vladimir" names two
                entry = min(found, key=lambda e: e.pattern)
                self._keys[key] = by_speaker.setdefault(entry.speaker, entry)
        self._choices = list(self._keys)
        self._seen: dict[str, GazetteerEntry | None] = {}
        self._inflected: dict[str, bool] = {}  # matched only without a case ending

    def find(
        self, text: str, start: int, end: int, taken: list[Mention], in_text: bool = True
    ) -> list[Mention]:
        """Name words of text[start:end] outside `taken`; `in_text`: a word opening a
        sentence is skipped (False for a mention on its own: "Умєрова")."""
        from annotator.core.gazetteer import Mention

        if not self._choices:
            return []
        found = []
        ends = [m.end for m in taken]  # sorted, not overlapping
        for match in _CAPITALISED.finditer(text, start, end):
            word = match.group()
            entry = self._seen[word] if word in self._seen else self._entry_for(word)
            if entry is None or (in_text and _opens_sentence(text, match.start())):
                continue
            at = bisect_right(ends, match.start())
            if at < len(taken) and taken[at].start < match.end():
                continue  # inside a mention found as written
            inflected = self._inflected[word]
            found.append(Mention(match.start(), match.end(), entry, inflected))
        return found

    def _entry_for(self, word: str) -> GazetteerEntry | None:
        best = None
        if _is_name_word(word):
            best = process.extractOne(
                word,
                self._choices,
                scorer=lambda w, k, **_: similarity(w, k, self._dictionary_forms),
                score_cutoff=THRESHOLD,
            )  # fmt: skip
        self._seen[word] = self._keys[best[0]] if best else None
        # a Cyrillic word longer than the name: a case ending ("Умерова", "Мединского")
        inflected = (
            best is not None
            and bool(_CYRILLIC.search(word))
            and len(spelling_key(word)) > len(best[0])
        )
        self._inflected[word] = inflected
        return self._seen[word]


def _is_name_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= MIN_LETTERS
        and word[:1].isupper()
        and not all(c.isupper() for c in letters)  # acronyms are matched as written
        and not any(c.isdigit() for c in word)  # "Россия-1": its key would be "Россия"'s
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in _OPENERS
