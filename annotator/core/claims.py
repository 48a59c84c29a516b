"""Claim candidates and their attribution, from a parsed text (any spaCy Doc).

Works with a full pipeline (lemmas, dependencies, entities) and degrades to
word forms and the gazetteer with a blank one. Every suggestion says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from annotator.core.gazetteer import Gazetteer, Mention, category_from_words, fold
from annotator.core.model import Origin, Span, SpanKind, Statement
from annotator.core.resources import load_json

RELATIVE_PRONOUNS = {
    "qui",
    "lequel",
    "laquelle",
    "who",
    "which",
    "that",
    "який",
    "яка",
    "які",
    "котрий",
    "который",
    "которая",
    "которые",
}
NOT_QUANTITIES = {"un", "une", "one", "l'un", "l’un", "один", "одна", "одне", "одно"}
PERSON_LABELS = {"PER", "PERSON"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
SPEAKER_POS = {"PROPN", "NOUN", "PRON"}
MIN_WORDS = 5
SCARE_QUOTE_WORDS = 3
MAX_MENTION_WORDS = 9
INVERSION_MARKS = set(',»”"—–-')  # what ends the words reported before an inverted cue
_QUOTES = re.compile(r"«[^»]{2,}»|“[^”]{2,}”|\"[^\"]{2,}\"")
# A dateline opening a dispatch: a place, a day and month (a year, a time), an agency
# in brackets, then a dash ("Istanbul, 2 juin (AFP) -", "KYIV, June 2 —", "Київ, 2 червня -").
_DATELINE = re.compile(
    r"[^\W\d][^,\n]{0,40},\s+(?:\d{1,2}\s+[^\W\d]+|[^\W\d]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?(?:\s+\d{1,2}[:h]\d{2})?(?:\s+\([^)\n]{1,40}\))?\s*[-–—]\s+"
)
_TERMINAL = re.compile(r"[.!?…][\s»”\")]*$")
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class SourceSuggestion:
    """Who a claim is attributed to: the mention's offsets (if any), speaker, category."""

    speaker: str
    category: str = ""
    stance: str = ""
    start: int | None = None
    end: int | None = None
    relays: int | None = None  # index of the statement this source passes on


@dataclass(frozen=True, slots=True)
class ClaimSuggestion:
    start: int
    end: int
    reasons: tuple[str, ...]
    sources: tuple[SourceSuggestion, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Cues:
    lemmas: frozenset[str]
    forms: frozenset[str]
    stems: tuple[str, ...]
    according: tuple[str, ...]
    relay: frozenset[str]
    hedges: re.Pattern[str]  # each matches whole words of the folded text
    comparisons: re.Pattern[str]
    predictions: re.Pattern[str]
    pronouns: frozenset[str]
    calendar: frozenset[str]
    negations: frozenset[str]
    denials: tuple[str, ...]


@cache
def cues_for(lang: str) -> Cues:
    """The cue lists of a language (resources/cues.json); English for unknown ones.

    Word sets hold each cue as written and without accents, so tokens are looked
    up by their lower-case form without folding each one (the hot path).
    """
    data = load_json("cues.json")
    raw = data.get(lang) or data["en"]

    def both(key: str) -> list[str]:
        words = [w.lower() for w in raw.get(key, [])]
        return list(dict.fromkeys(words + [fold(w) for w in words]))

    return Cues(
        lemmas=frozenset(both("lemmas")),
        forms=frozenset(both("forms")),
        stems=tuple(both("stems")),
        according=tuple(fold(w) for w in raw["according"]),
        relay=frozenset(both("relay")),
        hedges=_words(raw["hedges"]),
        comparisons=_words(raw["comparisons"]),
        predictions=_words(raw["predictions"]),
        pronouns=frozenset(raw.get("pronouns", [])),
        calendar=frozenset(raw.get("calendar", [])),
        negations=frozenset(raw.get("negations", [])),
        denials=tuple(raw.get("denials", [])),
    )


def _words(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for a list of words and phrases, matched as whole words ("va" in
    "il va signer", never in "elle arriva"), on folded text."""
    choices = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not choices:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, choices)) + r")(?!\w)")


def sentence_units(doc: Any, text: str | None = None) -> list[tuple[int, int]]:
    """Sentences as character ranges: split at line breaks, fragments rejoined.

    Small models cut sentences at dashes and guillemets; a piece that does not end
    with terminal punctuation is joined to the next one in the same paragraph.
    """
    text = doc.text if text is None else text
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        offset = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            if line.strip():
                left = offset + len(line) - len(line.lstrip())
                pieces.append((left, offset + len(line.rstrip())))
            offset += len(line) + 1
    units: list[tuple[int, int]] = []
    for start, end in pieces:
        previous = units[-1] if units else None
        if (
            previous
            and "\n" not in text[previous[1] : start]
            and not _TERMINAL.search(text[previous[0] : previous[1]])
        ):
            units[-1] = (previous[0], end)
        else:
            units.append((start, end))
    return units


class _Parsed:
    """A Doc with what the rules read often computed once (Doc.text is rebuilt per call)."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.text = doc.text
        self.folded = fold(self.text)
        self.ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        self.has_dep = doc.has_annotation("DEP")
        self.lang = doc.lang_
        self.names: list[tuple[int, int]] | None = None  # where no model finds names
        self.pronouns: list[tuple[int, int]] = []


def _read_names(parsed: _Parsed, cues: Cues) -> None:
    """Without a model: runs of capitalised words ("Dmitry Peskov", "White House",
    "TASS") stand for names, and subject pronouns for speakers. A run does not start
    with a common word of the language (a sentence's "The", "Le"); days and months
    are not names."""
    if parsed.names is not None:
        return
    runs: list[tuple[int, int]] = []
    current: list[Any] = []
    for token in parsed.doc:
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


def suggest_claims(doc: Any, lang: str, gazetteer: Gazetteer) -> list[ClaimSuggestion]:
    """Claim candidates with their sources, for one parsed document."""
    cues = cues_for(lang)
    parsed = _Parsed(doc)
    mentions = gazetteer.find(parsed.text, folded=parsed.folded)
    found = []
    for start, end in sentence_units(doc, parsed.text):
        claim = _analyse_unit(parsed, start, end, cues, gazetteer, mentions)
        if claim is not None:
            found.append(claim)
    return found


def _analyse_unit(
    parsed: _Parsed,
    start: int,
    end: int,
    cues: Cues,
    gazetteer: Gazetteer,
    all_mentions: list[Mention],
) -> ClaimSuggestion | None:
    dateline = _DATELINE.match(parsed.text, start, end)
    if dateline:  # "Istanbul, 2 juin (AFP) - …": the place and date are nobody's claim
        start = dateline.end()
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    if span is None or sum(1 for t in span if t.is_alpha) < MIN_WORDS:
        return None
    text = parsed.text
    folded = parsed.folded[start:end]
    mentions = [m for m in all_mentions if start <= m.start and m.end <= end]
    reasons: list[str] = []
    sources: list[SourceSuggestion] = []

    for phrase in cues.according:
        for match in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", folded):
            reasons.append(f"according:{phrase}")
            source = _according_object(text, start + match.end(), end, gazetteer)
            if source:
                sources.append(source)

    relay_tokens = []
    for token in span:
        if _is_relay(token, cues):
            relay_tokens.append(token)
        elif _is_cue(token, cues):
            cue = token.lemma_ or token.lower_
            if _negated(token, start, cues):  # "has not confirmed": not the speaker's words
                reasons.append(f"negated:{cue}")
                continue
            reasons.append(f"cue:{cue}")
            source = _speaker_of(token, parsed, start, mentions, gazetteer)
            if source and token.lower_.startswith(cues.denials):
                source = _with(source, stance="refutes")  # "denied": they say it is false
            if source and all(s.speaker != source.speaker for s in sources):
                sources.append(source)

    if cues.hedges.search(folded):
        reasons.append("hedge")
        sources = [_with(s, stance="questions") for s in sources]
    for token in relay_tokens:
        relay = _relay_source(token, mentions, sources)
        if relay is not None:
            reasons.append(f"relay:{token.lemma_ or token.lower_}")
            sources.append(relay)
    if _QUOTES.search(text, start, end):
        reasons.append("quote")
    if _has_scare_quote(parsed, start, end, mentions):
        reasons.append("scare_quote")
        sources = [s if s.stance else _with(s, stance="questions") for s in sources]
    if _NUMBER.search(text, start, end) or any(_is_quantity(t) for t in span):
        reasons.append("number")
    if cues.comparisons.search(folded):
        reasons.append("comparison")
    if cues.predictions.search(folded):
        reasons.append("prediction")
    if not reasons:
        return None
    return ClaimSuggestion(start, end, tuple(dict.fromkeys(reasons)), tuple(sources))


def _has_scare_quote(parsed: _Parsed, start: int, end: int, mentions: list[Mention]) -> bool:
    """A word or three in quotes that name nothing: the writer keeps their distance."""
    for match in _QUOTES.finditer(parsed.text, start, end):
        inner = match.group()[1:-1].strip()
        named = any(match.start() <= m.start and m.end <= match.end() for m in mentions) or any(
            match.start() <= s and e <= match.end() for s, e, _ in parsed.ents
        )
        if 0 < len(inner.split()) <= SCARE_QUOTE_WORDS and not named and inner[:1].islower():
            return True
    return False


def _is_quantity(token: Any) -> bool:
    """Spelled-out numbers ("deux", "quatre"), not articles that look like them ("un")."""
    return token.like_num and token.lower_ not in NOT_QUANTITIES and token.pos_ in ("NUM", "")


def _is_cue(token: Any, cues: Cues) -> bool:
    if token.lemma_ in cues.lemmas and token.pos_ in ("VERB", "AUX", ""):
        return True
    lower = token.lower_
    if len(lower) > 4 and lower.startswith(cues.denials):
        return True
    return lower in cues.forms or (len(lower) > 4 and lower.startswith(cues.stems))


def _negated(cue: Any, unit_start: int, cues: Cues) -> bool:
    """A negation among the three words before a cue, in the same sentence."""
    doc = cue.doc
    before = doc[max(cue.i - 3, 0) : cue.i]
    return any(t.idx >= unit_start and t.lower_ in cues.negations for t in before)


def _is_relay(token: Any, cues: Cues) -> bool:
    return token.lower_ in cues.relay or token.lemma_ in cues.relay


def _source_for(
    text: str, start: int, end: int, gazetteer: Gazetteer, mention: Mention | None = None
) -> SourceSuggestion:
    words = text[start:end]
    entry = mention.entry if mention else gazetteer.lookup(words)
    if entry is not None:
        return SourceSuggestion(entry.speaker, entry.category, start=start, end=end)
    return SourceSuggestion(words, category_from_words(words), start=start, end=end)


def _according_object(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """The words after "selon" / "according to", up to punctuation, as the source."""
    rest = text[start:end]
    stop = re.search(r"[,;:.!?()«»“”\"—–]", rest)
    phrase = rest[: stop.start()] if stop else rest
    words = phrase.split()
    if not words or len(words) > MAX_MENTION_WORDS:
        return None
    left = start + len(phrase) - len(phrase.lstrip())
    return _source_for(text, left, left + len(phrase.strip()), gazetteer)


def _speaker_of(
    cue: Any, parsed: _Parsed, unit_start: int, mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """The subject of a cue verb; a relative pronoun resolved to what precedes it."""
    text = parsed.text
    # No tree without a parse: spaCy 3.8 segfaults on Token.children there (blank
    # pipelines), so nothing below reads `children`, `subtree` or the edges unless
    # the document has DEP annotation.
    subject = (
        next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None) if parsed.has_dep else None
    )
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        return _nearest_before(subject.idx, parsed, unit_start, mentions, gazetteer)
    if subject is not None:
        inside = [
            m
            for m in mentions
            if m.start <= subject.idx < m.end
            or subject.left_edge.idx <= m.start <= subject.right_edge.idx
        ]
        if inside:
            # "Le porte-parole du Kremlin, Dmitri Peskov": the person speaks, not the Kremlin.
            people = {(s, e) for s, e, label in parsed.ents if label in PERSON_LABELS}
            mention = next((m for m in inside if (m.start, m.end) in people), inside[0])
            return _source_for(text, mention.start, mention.end, gazetteer, mention)
        tokens = [t for t in subject.subtree if t.idx >= unit_start]
        if tokens and len(tokens) <= MAX_MENTION_WORDS and subject.pos_ in SPEAKER_POS:
            if subject.pos_ == "PRON":  # "il a déclaré": the last name before it
                return _resolved(parsed, subject.idx, subject.idx + len(subject.text), gazetteer)
            first, last = tokens[0], tokens[-1]
            return _source_for(text, first.idx, last.idx + len(last.text), gazetteer)
    if not parsed.has_dep:
        if not parsed.ents:
            _read_names(parsed, cues_for(parsed.lang))
        before = _nearest_before(cue.idx, parsed, unit_start, mentions, gazetteer)
        after = _nearest_after(cue.idx, parsed, mentions, gazetteer)
        # "…, said Jonas Whitfield" / "…, a indiqué le ministre": a cue after a comma,
        # a quote or a dash comes before its speaker.
        inverted = text[unit_start : cue.idx].rstrip()[-1:] in INVERSION_MARKS
        return (after or before) if inverted else (before or after)
    return None


def _candidates(parsed: _Parsed, mentions: list[Mention]) -> list[tuple[int, int, Mention | None]]:
    found = [(m.start, m.end, m) for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    named = [(s, e) for s, e, label in parsed.ents if label in ("PER", "ORG", "PERSON", "NORP")]
    if parsed.names is not None:  # no model: capitalised runs and pronouns instead
        named = parsed.names + parsed.pronouns
    for start, end in named:
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end, None))
    return sorted(found, key=lambda item: item[0])


def _nearest_before(
    position: int, parsed: _Parsed, unit_start: int, mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    before = [c for c in _candidates(parsed, mentions) if unit_start <= c[0] and c[1] <= position]
    if not before:
        return None
    start, end, mention = before[-1]
    return _mentioned(parsed, start, end, gazetteer, mention)


def _nearest_after(
    position: int, parsed: _Parsed, mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    after = [c for c in _candidates(parsed, mentions) if c[0] > position]
    if not after or after[0][0] - position > 40:
        return None
    start, end, mention = after[0]
    return _mentioned(parsed, start, end, gazetteer, mention)


def _mentioned(
    parsed: _Parsed, start: int, end: int, gazetteer: Gazetteer, mention: Mention | None
) -> SourceSuggestion:
    """The source named at a place; a pronoun stands for the last name before it."""
    if (start, end) not in parsed.pronouns:
        return _source_for(parsed.text, start, end, gazetteer, mention)
    return _resolved(parsed, start, end, gazetteer)


def _resolved(parsed: _Parsed, start: int, end: int, gazetteer: Gazetteer) -> SourceSuggestion:
    """A pronoun as a source: its own words are the mention, the speaker is the last
    name before it (a person or body the model or the capitals found), if any."""
    earlier = [c for c in _candidates(parsed, []) if c[1] <= start and (c[0], c[1])
               not in parsed.pronouns]  # fmt: skip
    if not earlier:
        return SourceSuggestion("", start=start, end=end)
    named = _source_for(parsed.text, earlier[-1][0], earlier[-1][1], gazetteer)
    return replace(named, start=start, end=end)


def _relay_source(
    token: Any, mentions: list[Mention], sources: list[SourceSuggestion]
) -> SourceSuggestion | None:
    """An outlet before "citant"/"citing" passes on the words of the statement's speaker."""
    outlets = [m for m in mentions if m.end <= token.idx and m.entry.category.endswith("media")]
    if not outlets:
        return None
    outlet = outlets[-1]
    relayed = next(
        (i for i, s in enumerate(sources) if s.start is None or s.start > token.idx), None
    )
    return SourceSuggestion(
        outlet.entry.speaker,
        outlet.entry.category,
        "reports",
        outlet.start,
        outlet.end,
        relays=relayed,
    )


def _with(source: SourceSuggestion, **changes: Any) -> SourceSuggestion:
    return replace(source, **changes)


def to_records(claims: list[ClaimSuggestion]) -> tuple[list[Span], list[Statement]]:
    """Claim suggestions as stored objects: claim and mention spans, one statement per source."""
    spans: list[Span] = []
    statements: list[Statement] = []
    for claim in claims:
        claim_span = Span(
            claim.start,
            claim.end,
            "claim",
            kind=SpanKind.CLAIM,
            origin=Origin.RULE,
            reasons=claim.reasons,
        )
        spans.append(claim_span)
        made: list[Statement] = []
        for source in claim.sources or (SourceSuggestion(""),):
            mention = None
            if source.start is not None and source.end is not None:
                mention = Span(
                    source.start,
                    source.end,
                    source.category or "source",
                    kind=SpanKind.SOURCE_MENTION,
                    origin=Origin.RULE,
                )
                spans.append(mention)
            made.append(
                Statement(
                    claim_uid=claim_span.uid,
                    source_uid=mention.uid if mention else None,
                    speaker=source.speaker,
                    source_category=source.category,
                    stance=source.stance,
                    origin=Origin.RULE,
                    reasons=claim.reasons,
                )
            )
        for index, source in enumerate(claim.sources):
            if source.relays is not None and source.relays < len(made):
                made[index] = replace(made[index], relay_of=made[source.relays].uid)
        statements.extend(made)
    return spans, statements
