"""What a pronoun source stands for: the names of a text (a model's, the gazetteer's,
capitalised runs without a model) and the one a pronoun resolves to: the subject of
its sentence or the one before, of a compatible gender and number."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from annotator.core import morphology
from annotator.core.cues import Cues, cues_for
from annotator.core.gazetteer import Gazetteer, Mention
from annotator.core.parsed import Parsed, SourceSuggestion, source_for

PERSON_LABELS = {"PER", "PERSON"}


LOOK_BACK = 1500  # characters before a pronoun where the name it stands for is looked for


def read_names(parsed: Parsed, cues: Cues) -> None:
    """Without a model: runs of capitalised words ("Dmitry Peskov", "White House",
    "TASS") stand for names, and subject pronouns for speakers. A run does not start
    with a common word of the language (a sentence's "The", "Le"); days and months
    are not names."""
    if parsed.names is not None:
        return
    runs: list[tuple[int, int]] = []
    current: list[Any] = []
    for token in parsed.tokens:
        lower = token.lower_
        if lower in cues.pronouns:
            parsed.pronouns.append((token.idx, token.idx + len(token.text)))
        capital = token.text[:1].isupper() and lower not in cues.calendar
        if capital and (current or not token.is_stop) and lower not in cues.pronouns:
            current.append(token)
            continue
        if current:
            runs.append((current[0].idx, current[-1].idx + len(current[-1].text)))
            current = []
    if current:
        runs.append((current[0].idx, current[-1].idx + len(current[-1].text)))
    parsed.names = runs


def candidates_of(parsed: Parsed) -> list[tuple[int, int, Mention | None]]:
    """Every name of the text a pronoun may stand for, in order (read once): the
    mentions, and the names outside them."""
    if parsed._candidates is not None:
        return parsed._candidates
    mentions = parsed.mentions
    found: list[tuple[int, int, Mention | None]] = [(m.start, m.end, m) for m in mentions]
    ends = sorted(m.end for m in mentions)  # mentions do not overlap: ends sort as starts
    starts = sorted(m.start for m in mentions)
    named = [(s, e) for s, e, label in parsed.ents if label in ("PER", "ORG", "PERSON", "NORP")]
    if parsed.names is not None:  # no model: capitalised runs and pronouns instead
        named = parsed.names + parsed.pronouns
    for start, end in named:
        at = bisect_right(ends, start)  # the first mention ending after this name starts
        if at == len(starts) or starts[at] >= end:
            found.append((start, end, None))
    parsed._candidates = sorted(found, key=lambda item: item[0])
    return parsed._candidates


def nearest_before(
    position: int, parsed: Parsed, unit_start: int, gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """The last name of a sentence before `position` ("Medinskiy, qui a indiqué"), as
    a source: the text's names, read once, taken by bisection (a sentence with a
    "who said" every few words asked for its names again at each)."""
    known = candidates_of(parsed)
    first = bisect_left(known, (unit_start,))
    before = [c for c in known[first : bisect_left(known, (position,), first)] if c[1] <= position]
    if not before:
        return None
    start, end, mention = before[-1]
    if (start, end) in parsed.pronouns:
        return resolved(parsed, start, end, gazetteer)
    return source_for(parsed.text, start, end, gazetteer, mention)


def resolved(parsed: Parsed, start: int, end: int, gazetteer: Gazetteer) -> SourceSuggestion:
    """A pronoun as a source: its own words are the mention, the speaker is the last
    name before it (a person or body the model or the capitals found), if any."""
    if parsed.names is None and not parsed.has_dep:
        read_names(parsed, cues_for(parsed.lang))
    known = candidates_of(parsed)
    window = known[bisect_left(known, (start - LOOK_BACK,)) : bisect_left(known, (start,))]
    pronoun = parsed.text[start:end].lower()
    chosen = _antecedent(parsed, window, start, pronoun)
    if chosen is None:
        return SourceSuggestion("", start=start, end=end)
    begin, finish, mention = chosen
    named = source_for(parsed.text, begin, finish, gazetteer, mention)
    return replace(named, start=start, end=end, why=f"pronoun:{pronoun}")


def _antecedent(
    parsed: Parsed, window: list[tuple[int, int, Mention | None]], at: int, pronoun: str
) -> tuple[int, int, Mention | None] | None:
    """Of the names before a pronoun (a window of candidates, in order), the preferred
    one of those that agree with it, else of all of them. Only the names from the
    sentence before the pronoun's on can open a sentence `_preferred` looks at: the
    earlier ones are read, from the end, only when none of those agrees (a window of
    a text with a name every few words holds a hundred)."""
    starts = parsed.sentence_starts()
    here = bisect_right(starts, at) - 1
    floor = starts[max(here - 1, 0)] if here >= 0 else at + 1
    split = bisect_left(window, (floor,))
    recent = [c for c in window[split:] if _named_before(parsed, c, at)]
    agreeing = [c for c in recent if agrees(parsed, c, pronoun)]
    if agreeing:
        return _preferred(parsed, agreeing, at)
    older = (c for c in reversed(window[:split]) if _named_before(parsed, c, at))
    last_older = None
    for candidate in older:
        if agrees(parsed, candidate, pronoun):
            return candidate  # the last that agrees: none of the recent ones opens a sentence
        last_older = last_older or candidate
    if recent:
        return _preferred(parsed, recent, at)
    return last_older


def _named_before(parsed: Parsed, candidate: tuple[int, int, Mention | None], at: int) -> bool:
    """A name (not a pronoun) that ends before a pronoun at `at`."""
    start, end, _ = candidate
    return end <= at and (start, end) not in parsed.pronouns and _may_be_named(parsed, candidate)


def _preferred(
    parsed: Parsed, candidates: list[tuple[int, int, Mention | None]], pronoun_at: int
) -> tuple[int, int, Mention | None]:
    """The name a pronoun most likely stands for: the subject of its own sentence or of
    the one before (the name that opens it: "Коваленко зустрівся з Бойко у Києві. Він
    …" is Kovalenko), else the last name before it."""
    starts = parsed.sentence_starts()
    here = bisect_right(starts, pronoun_at) - 1
    for sentence in (here, here - 1):
        if sentence < 0:
            break
        opening = starts[sentence]
        for candidate in candidates:
            if candidate[0] >= opening and not parsed.text[opening : candidate[0]].strip(
                " \n«“\"„'(—–-"
            ):
                return candidate
    return candidates[-1]


def agrees(parsed: Parsed, candidate: tuple[int, int, Mention | None], pronoun: str) -> bool:
    """Whether a name can be what a pronoun stands for: a singular personal pronoun
    ("he", "il", "він", "она") for a person (a model's PER, a gazetteer speaker named
    by first and last name, a name or surname in the Ukrainian and Russian
    dictionaries) of its gender where the language marks it; a plural one ("they",
    "ils", "вони", "они") for anyone."""
    cues = cues_for(parsed.lang)
    gender = cues.pronoun_genders.get(pronoun, "")
    if gender in ("", "plur"):
        return True
    start, end, mention = candidate
    words = parsed.text[start:end]
    over = parsed.ent_over(start, end)
    if over is not None and over[2] in PERSON_LABELS:
        return True
    if mention is not None:
        return _person_name(mention.entry.speaker)
    found = {morphology.person_gender(word, parsed.lang) for word in words.split()}
    if None in found:  # no dictionary for the language: any name will do
        return not parsed.ents
    return bool(found & {gender, "any"})


def _person_name(speaker: str) -> bool:
    """'Dmitry Peskov', not 'Kremlin', 'Russian delegation', 'Ministry of Defence'."""
    words = speaker.split()
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words)


def _may_be_named(parsed: Parsed, candidate: tuple[int, int, Mention | None]) -> bool:
    """A gazetteer name, a name the model found, or capitalised words that are not just
    a sentence's or a quotation's first word ("«Переговоры будут …»")."""
    start, end, mention = candidate
    if mention is not None or parsed.names is None:
        return True
    if " " in parsed.text[start:end].strip():
        return True
    before = parsed.text[max(0, start - 3) : start].rstrip()
    return bool(before) and before[-1] not in ".!?…«“„\"'—–-:\n"
