"""What makes a sentence worth checking or marks the writer's distance: quantities
(not dates), scare quotes, a negation before a cue."""

from __future__ import annotations

import re
from typing import Any

from annotator.core.cues import Cues
from annotator.core.gazetteer import Mention, fold
from annotator.core.parsed import Parsed
from annotator.core.speakers import YEAR

QUOTES = re.compile(r"«[^»]{2,}»|“[^”]{2,}”|\"[^\"]{2,}\"|''(?:(?!'').){2,}''")

NOT_QUANTITIES = {"un", "une", "one", "l'un", "l’un", "один", "одна", "одне", "одно"}
SCARE_QUOTE_WORDS = 3
QUOTED_BY = 2  # a cue this many words from a short quotation introduces it
_NUMBER = re.compile(r"\d[\d.,]*(?:\s*(?:%|percent|pour cent|відсот|процент))?")
_TIME = re.compile(r"\d{1,2}[:h.]\d{2}")


def has_scare_quote(
    parsed: Parsed,
    start: int,
    end: int,
    mentions: list[Mention],
    cues: dict[int, str],
    naming_cues: frozenset[str],
    reported: list[tuple[int, int]],
) -> bool:
    """A word or three in quotes that name nothing and that no speech cue introduces:
    the writer keeps their distance ('the “referendum”'). A cue just beside it ('said
    “…”') or a naming verb before it ('Peskov called the talks “useful”') quotes
    someone instead, as does one inside a speaker's reported words ('He added that
    Moscow saw “no reason” to hurry': his words, not the writer's distance)."""
    ents = parsed.ents_in(start, end)
    naming_at: int | None = None  # the sentence's first naming cue, once a quote needs it
    for match in QUOTES.finditer(parsed.text, start, end):
        if any(a <= match.start() and match.end() <= b for a, b in reported):
            continue
        inner = match.group()[1:-1].strip()
        named = any(match.start() <= m.start and m.end <= match.end() for m in mentions) or any(
            match.start() <= s and e <= match.end() for s, e, _ in ents
        )
        if not 0 < len(inner.split()) <= SCARE_QUOTE_WORDS or named or not inner[:1].islower():
            continue
        around = parsed.tokens_over(match.start(), match.end())
        if around is None:
            continue
        near = range(around[0] - QUOTED_BY, around[1] + QUOTED_BY)
        if naming_at is None:
            naming_at = _first_naming(parsed, start, end, cues, naming_cues)
        if not naming_at < around[0] and not any(i in cues for i in near):
            return True
    return False


def _first_naming(
    parsed: Parsed, start: int, end: int, cues: dict[int, str], naming_cues: frozenset[str]
) -> int:
    """The token index of the first naming cue in text[start:end] ("called"), or past
    the end if there is none."""
    first, last = parsed.tokens_over(start, end) or (0, 0)
    words = parsed.tokens
    named = (i for i in range(first, last) if words[i].idx >= start and cues.get(i) in naming_cues)
    return next(named, len(words))


def has_quantity(text: str, start: int, end: int, cues: Cues) -> bool:
    """A number worth checking: not a year, a time of day or a day of a month
    ("in 2013", "at 18:45", "on June 2", "le 2 juin" are dates, not quantities)."""
    for match in _NUMBER.finditer(text, start, end):
        number = match.group().rstrip(".,")
        if YEAR.fullmatch(number) or _TIME.fullmatch(number):
            continue
        around = fold(text[max(start, match.start() - 12) : min(end, match.end() + 12)])
        words = set(re.findall(r"\w+", around))
        if number.isdigit() and int(number) <= 31 and words & cues.months:
            continue
        return True
    return False


def is_quantity(token: Any) -> bool:
    """Spelled-out numbers ("deux", "quatre"), not articles that look like them ("un")."""
    spelled = token.is_alpha and token.like_num
    return spelled and token.lower_ not in NOT_QUANTITIES and token.pos_ in ("NUM", "")


def negated(cue: Any, parsed: Parsed, unit_start: int, cues: Cues) -> bool:
    """A negation among the three words before a cue, in the same sentence."""
    before = parsed.tokens[max(cue.i - 3, 0) : cue.i]
    return any(t.idx >= unit_start and t.lower_ in cues.negations for t in before)
