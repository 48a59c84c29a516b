"""Reported-speech cues of a language (resources/cues.json), found on a Doc's tokens.

Cues are matched with spaCy's `Matcher` on whole tokens: on the pipeline's lemmas
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
    """The speech cues and relay words of a Doc, by token, through spaCy's Matcher."""

    def __init__(self, vocab: Any, lang: str):
        from spacy.matcher import Matcher

        cues = cues_for(lang)
        self.lists = cues
        self._by_lemma = Matcher(vocab)
        self._by_form = Matcher(vocab)
        lemmas = sorted(cues.lemmas)
        self._by_lemma.add("cue", [[{"LEMMA": {"IN": lemmas}, "POS": {"IN": ["VERB", "AUX", ""]}}]])
        self._by_form.add("cue", [[{"LOWER": {"IN": sorted(cues.forms)}}]])
        prefixes = [p for p in (*cues.stems, *cues.denials) if len(p) >= 4]
        if prefixes:
            starts = "|".join(re.escape(p) for p in sorted(set(prefixes), key=len, reverse=True))
            self._by_form.add("cue", [[{"LOWER": {"REGEX": f"^(?:{starts})\\w+"}}]])
        relays = sorted(cues.relay)
        self._relays = Matcher(vocab)
        self._relays.add("relay", [[{"LOWER": {"IN": relays}}], [{"LEMMA": {"IN": relays}}]])

    def cues(self, doc: Any) -> dict[int, str]:
        """Token index of each cue -> the cue's name (its lemma, or the form matched)."""
        lemmatized = doc.has_annotation("LEMMA")
        found: dict[int, str] = {}
        for _, start, _ in self._by_lemma(doc) if lemmatized else ():
            found[start] = doc[start].lemma_
        for _, start, _ in self._by_form(doc) if not lemmatized else self._listed(doc):
            token = doc[start]
            if not lemmatized and _noun_here(doc, start, self.lists):
                continue
            lower = token.lower_
            found.setdefault(start, self.lists.forms.get(lower, token.lemma_ or lower))
        for token in doc:  # "She continued, “…”", "Limbaugh continued:"
            if token.i not in found and self._before_quote(token, lemmatized):
                lemma = token.lemma_ if lemmatized else self.lists.quote_forms[token.lower_]
                found[token.i] = lemma
        return {i: name for i, name in found.items() if not _hyphenated(doc, i)}

    def _before_quote(self, token: Any, lemmatized: bool) -> bool:
        words = self.lists.before_quotes
        lemma = token.lemma_ if lemmatized else self.lists.quote_forms.get(token.lower_)
        known = lemma in words
        if not known:
            return False
        doc = token.doc
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None or following.text not in (",", ":"):
            return False
        rest = doc[token.i + 2 : token.i + 4]
        return following.text == ":" or any(t.text in ("“", "«", '"', "„", "''") for t in rest)

    def _listed(self, doc: Any) -> list[tuple[int, int, int]]:
        """Where lemmas are known: only the forms listed as such (a model's lemma can
        be wrong on a rare form); word stems ("сообщ") would also take nouns in."""
        forms = self.lists.forms
        return [(0, t.i, t.i + 1) for t in doc if t.lower_ in forms]

    def relays(self, doc: Any) -> set[int]:
        return {start for _, start, _ in self._relays(doc)}


def _noun_here(doc: Any, i: int, cues: Cues) -> bool:
    """Where a word that can be a noun or a verb is a noun, without a parse: written
    with a capital mid-sentence ("the United States"), after a determiner ("his
    claims", "the report", "5 percentage points"), or before an auxiliary ("states
    were"); a form that is mostly a plural noun ("states", "points") is a verb only
    right after a pronoun or a name ("it states", "Clinton points")."""
    token = doc[i]
    if token.text[:1].isupper() and not token.is_sent_start and not _title_case(token):
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


def _title_case(token: Any) -> bool:
    """A headline in title case ("…, Lindsey Graham Says"): most words capitalised.
    A headline is short: HEADLINE_TOKENS tokens of its sentence either side are read
    (the whole sentence, read for each cue, would take the square of its length)."""
    doc = token.doc
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


_FINDERS: dict[tuple[str, int], CueFinder] = {}


def finder_for(doc: Any, lang: str) -> CueFinder:
    """One finder per language and vocabulary (a pipeline keeps its vocabulary)."""
    key = (lang, id(doc.vocab))
    finder = _FINDERS.get(key)
    # spaCy's matcher.pyi leaves out the Matcher's (readonly) vocab attribute.
    if finder is None or finder._by_lemma.vocab is not doc.vocab:  # type: ignore[attr-defined]
        finder = _FINDERS[key] = CueFinder(doc.vocab, lang)
    return finder
