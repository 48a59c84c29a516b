"""Reported-speech cues of a language (resources/cues.json), found on a Doc's tokens.

Cues are matched on whole tokens: on the pipeline's lemmas
where it has a lemmatizer (the installed models; pymorphy3 in Ukrainian and Russian
blank pipelines), else on word forms generated from the lemmas, never on pieces of
words ("va" is no cue in "arriva").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from annotator.core.gazetteer import fold
from annotator.core.resources import load_json

HEADLINE_TOKENS = 40


@dataclass(frozen=True)
class Cues:
    lemmas: frozenset[str]
    forms: dict[str, str]  # a word form -> the lemma it is a form of
    stems: tuple[str, ...]
    before_quotes: frozenset[str]
    quote_forms: dict[str, str]  # their word forms, for pipelines without lemmas
    according: tuple[str, ...]
    relay: frozenset[str]
    hedges: re.Pattern[str]  # each matches whole words of the folded text
    comparisons: re.Pattern[str]
    predictions: re.Pattern[str]
    pronouns: frozenset[str]
    pronoun_genders: dict[str, str]  # "masc", "femn", "plur"
    calendar: frozenset[str]
    months: frozenset[str]
    negations: frozenset[str]
    denials: tuple[str, ...]
    distancing: frozenset[str]
    naming: frozenset[str]
    between: frozenset[str]
    auxiliaries: frozenset[str]
    time_words: frozenset[str]
    plural_nouns: frozenset[str]
    participle_endings: tuple[str, ...]
    between_endings: tuple[str, ...]  # adverbs by their ending ("allegedly", "publicly")
    verb_endings: tuple[str, ...]  # verbs by their ending, where no parse says ("expected")
    determiners: frozenset[str]
    indefinites: frozenset[str]
    inner: frozenset[str]
    after_markers: frozenset[str]
    coordinators: frozenset[str]
    infinitive: frozenset[str]
    editorial_labels: frozenset[str]
    bare_clauses: bool  # a reported clause may come without "that" ("said he would")
    content_openers: frozenset[str]


@cache
def cues_for(lang: str) -> Cues:
    """The cue lists of a language; English for unknown ones.

    Word sets hold each word as written and without accents, so tokens are looked
    up by their lower-case form without folding each one (the hot path).
    """
    data = load_json("cues.json")
    raw = data.get(lang) or data["en"]

    def both(key: str) -> frozenset[str]:
        words = [w.lower() for w in raw.get(key, [])]
        return frozenset(words + [fold(w) for w in words])

    forms: dict[str, str] = {}
    for lemma in raw["lemmas"]:
        for form in [*_inflected(lemma, raw.get("inflect", "")), *raw["irregular"].get(lemma, [])]:
            forms.setdefault(form, lemma)
            forms.setdefault(fold(form), lemma)
    for form in raw.get("forms", []):
        forms.setdefault(form.lower(), form.lower())
    # Word lists and endings by their field's type; the rest computed.
    values: dict[str, Any] = {
        f.name: both(f.name) if f.type == "frozenset[str]" else tuple(raw.get(f.name, []))
        for f in fields(Cues)
        if f.type in ("frozenset[str]", "tuple[str, ...]")
    }
    values.update(
        forms=forms,
        stems=tuple(both("stems")),
        quote_forms={
            form: lemma
            for lemma in raw.get("before_quotes", [])
            for form in _inflected(lemma, raw.get("inflect", ""))
        },
        according=tuple(fold(w) for w in raw["according"]),
        hedges=_words(raw["hedges"]),
        comparisons=_words(raw["comparisons"]),
        predictions=_words(raw["predictions"]),
        pronoun_genders=dict(raw.get("pronoun_genders", {})),
        bare_clauses=bool(raw.get("bare_clauses")),
    )
    return Cues(**values)


def _inflected(lemma: str, rules: str) -> list[str]:
    """The regular forms of a verb, for pipelines without a lemmatizer.

    English: -s, -ed, -ing ("argue": argues, argued, arguing; "deny": denies, denied).
    French -er verbs: present, participles, imperfect ("déclarer": déclare, déclarent,
    déclaré(e)(s), déclarait, déclaraient, déclarant). Irregular forms are listed."""
    if rules == "en":
        if lemma.endswith("e"):
            return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
        if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
            return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
        if lemma.endswith(("s", "sh", "ch", "x", "z")):
            return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
        return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    if rules == "fr" and lemma.endswith("er"):
        root = lemma[:-2]
        endings = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "era")
        return [lemma] + [root + ending for ending in endings]
    return [lemma]


def _words(phrases: list[str]) -> re.Pattern[str]:
    """One pattern for a list of words and phrases, matched as whole words ("va" in
    "il va signer", never in "elle arriva"), on folded text."""
    choices = sorted({fold(p.strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    if not choices:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, choices)) + r")(?!\w)")


class CueFinder:
    """The speech cues and relay words of a text, by token: each a whole word whose
    lemma or form is listed (a set lookup per word; spaCy's Matcher did the same at
    several times the cost, most of the rules' time on a text dense with cues)."""

    def __init__(self, lang: str):
        cues = cues_for(lang)
        self.lists = cues
        prefixes = [p for p in (*cues.stems, *cues.denials) if len(p) >= 4]
        starts = "|".join(re.escape(p) for p in sorted(set(prefixes), key=len, reverse=True))
        self._stem = re.compile(f"^(?:{starts})\\w+") if prefixes else None

    def cues(self, words: list[Any]) -> dict[int, str]:
        """Token index of each cue -> the cue's name (its lemma, or the form matched)."""
        lists = self.lists
        lemmatized = any(w.lemma_ for w in words)
        found: dict[int, str] = {}
        if lemmatized:
            verbal = ("VERB", "AUX", "")
            for w in words:
                if w.lemma_ in lists.lemmas and w.pos_ in verbal:
                    found[w.i] = w.lemma_
        for w in words:
            lower = w.lower_
            # Where lemmas are known, only the forms listed as such (a model's lemma can
            # be wrong on a rare form); word stems ("сообщ") would also take nouns in.
            stem = not lemmatized and self._stem is not None and self._stem.match(lower)
            if lower not in lists.forms and not stem:
                continue
            if not lemmatized and _noun_here(words, w.i, lists):
                continue
            found.setdefault(w.i, lists.forms.get(lower, w.lemma_ or lower))
        for w in words:  # "She continued, “…”", "Limbaugh continued:"
            if w.i not in found and self._before_quote(words, w, lemmatized):
                found[w.i] = w.lemma_ if lemmatized else lists.quote_forms[w.lower_]
        return {i: name for i, name in found.items() if not _hyphenated(words, i)}

    def _before_quote(self, doc: list[Any], token: Any, lemmatized: bool) -> bool:
        words = self.lists.before_quotes
        lemma = token.lemma_ if lemmatized else self.lists.quote_forms.get(token.lower_)
        known = lemma in words
        if not known:
            return False
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None or following.text not in (",", ":"):
            return False
        rest = doc[token.i + 2 : token.i + 4]
        return following.text == ":" or any(t.text in ("“", "«", '"', "„", "''") for t in rest)

    def relays(self, words: list[Any]) -> set[int]:
        relay = self.lists.relay
        return {w.i for w in words if w.lower_ in relay or w.lemma_ in relay}


def _noun_here(doc: Any, i: int, cues: Cues) -> bool:
    """Where a word that can be a noun or a verb is a noun, without a parse: written
    with a capital mid-sentence ("the United States"), after a determiner ("his
    claims", "the report", "5 percentage points"), or before an auxiliary ("states
    were"); a form that is mostly a plural noun ("states", "points") is a verb only
    right after a pronoun or a name ("it states", "Clinton points")."""
    token = doc[i]
    if token.text[:1].isupper() and not token.is_sent_start and not _title_case(doc, token):
        return True
    before = doc[i - 1] if i > 0 else None
    if before is not None and (before.lower_ in cues.determiners or before.like_num):
        return True  # "his claims", "5 percentage points"
    if token.lower_ in cues.plural_nouns:  # "states", "points": a verb after a subject only
        subject = before is not None and (
            before.lower_ in cues.pronouns or before.text[:1].isupper()
        )
        return not subject
    return i + 1 < len(doc) and doc[i + 1].lower_ in cues.auxiliaries


def _title_case(doc: list[Any], token: Any) -> bool:
    """A headline in title case ("…, Lindsey Graham Says"): most words capitalised.
    A headline is short: HEADLINE_TOKENS tokens of its sentence either side are read
    (the whole sentence, read for each cue, would take the square of its length)."""
    first = token.i
    while first > 0 and token.i - first < HEADLINE_TOKENS and not doc[first].is_sent_start:
        first -= 1
    last = token.i + 1
    while last < len(doc) and last - token.i < HEADLINE_TOKENS and not doc[last].is_sent_start:
        last += 1
    words = [t for t in doc[first:last] if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _hyphenated(doc: Any, i: int) -> bool:
    """The end of a compound ("so-called", "self-declared"): no verb of its own."""
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_


@cache
def finder_for(lang: str) -> CueFinder:
    """One finder per language."""
    return CueFinder(lang)
