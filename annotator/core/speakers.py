"""Who speaks at a cue: the source phrase next to it, and the speaker it names.

With a parse, the cue verb's subject. Without one (or where the parse finds no
subject), the noun phrase next to the cue, read over words: before it ("Senator
Maria Ostrowski said", "the head of the delegation said", "украинские чиновники
заявили"), or after it when the cue follows a quote, a comma or a dash ("…, said
Jonas Whitfield", "…, - говорит Апраушев", "как сообщил представитель министерства").
A pronoun is kept as the mention and stands for the name `antecedents` finds; an
apposition ("Mitch McConnell, R-Ky., said") is stepped over.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from annotator.core.antecedents import PERSON_LABELS, nearest_before, read_names, resolved
from annotator.core.cues import Cues, cues_for
from annotator.core.gazetteer import Gazetteer, Mention, category_from_words
from annotator.core.parsed import Parsed, SourceSuggestion, mentions_within, source_for
from annotator.core.words import Word

RELATIVE_PRONOUNS = frozenset(
    {"qui", "lequel", "laquelle", "who", "which", "that", "який", "яка", "які", "котрий",
     "который", "которая", "которые", "кто"}
)  # fmt: skip
SPEAKER_POS = {"PROPN", "NOUN", "PRON"}
CLAUSE_POS = {"VERB", "AUX", "SCONJ", "CCONJ", "PUNCT"}  # where a parse says a phrase ends
MAX_MENTION_WORDS = 9
MAX_APPOSITION_WORDS = 24  # "Leonard E. Burman, director of … and a professor at …, said"
INVERSION_MARKS = set(",»”\"'—–-:")  # what ends the words reported before an inverted cue
YEAR = re.compile(r"1[89]\d\d|20\d\d")
OPENING_QUOTES = {"«", "“", "„"}  # a name in quotation marks: an outlet, a party
CLOSING_QUOTES = {"»", "”"}
WORD_JOINERS = {"-", "'", "’"}  # inside a name when written without spaces: "R-Ky.", "O'Brien"
ALPHANUMERIC = re.compile(r"[^\W_]")  # a character str.isalnum() takes


def speaker_of(
    cue: Any, parsed: Parsed, unit: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """The source of a cue token: its subject in a parse, else the phrase beside it."""
    # No tree without a parse: spaCy 3.8 segfaults on Token.children there (blank
    # pipelines), so nothing below reads `children`, `subtree` or the edges unless
    # the document has DEP annotation.
    if parsed.has_dep:
        found = _subject_of(cue, parsed, unit[0], mentions, gazetteer)
        if found is not None:
            return found
    elif parsed.names is None:
        read_names(parsed, cues_for(parsed.lang))
    return _beside(cue, parsed, unit, mentions, gazetteer)


def _subject_of(
    cue: Any, parsed: Parsed, unit_start: int, mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    at = parsed.subject_of(cue.i)
    if at is None:
        return None
    subject = parsed.doc[at]  # the tree is the Doc's
    side = "before" if subject.i < cue.i else "after"
    if subject.lower_ in RELATIVE_PRONOUNS:
        return _relative(subject, parsed, unit_start, gazetteer)
    left, right = subject.left_edge.idx, subject.right_edge.idx  # each read makes a Token
    inside = [m for m in mentions if m.start <= subject.idx < m.end or left <= m.start <= right]
    if inside:
        # "Le porte-parole du Kremlin, Dmitri Peskov": the person speaks, not the Kremlin.
        mention = next((m for m in inside if _a_person(parsed, m)), inside[0])
        found = source_for(parsed.text, mention.start, mention.end, gazetteer, mention)
        return replace(found, side=side)
    tokens = [t for t in subject.subtree if t.idx >= unit_start]
    if tokens and len(tokens) <= MAX_MENTION_WORDS and subject.pos_ in SPEAKER_POS:
        if subject.pos_ == "PRON":  # "il a déclaré": the last name before it
            found = resolved(parsed, subject.idx, subject.idx + len(subject.text), gazetteer)
            return replace(found, side=side)
        first, last = tokens[0], tokens[-1]
        found = source_for(parsed.text, first.idx, last.idx + len(last.text), gazetteer)
        named = _named_before_apposition(parsed, first, mentions)
        if named is not None and not found.category:  # "Hakan Fidan, le chef de …, a jugé"
            entry = named.entry
            return SourceSuggestion(entry.speaker, entry.category, start=named.start,
                                    end=last.idx + len(last.text), side=side)  # fmt: skip
        return replace(found, side=side)
    return None


def _a_person(parsed: Parsed, mention: Mention) -> bool:
    """Whether the model found a person just where the mention is."""
    over = parsed.ent_over(mention.start, mention.end)
    return (
        over is not None and over[:2] == (mention.start, mention.end) and over[2] in PERSON_LABELS
    )


def _named_before_apposition(parsed: Parsed, first: Any, mentions: list[Mention]) -> Mention | None:
    """A known name just before a role phrase set off by a comma ("Hakan Fidan, le chef
    de la diplomatie turque, a jugé"): the parser may take the role for the subject."""
    doc = parsed.tokens
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    before = doc[first.i - 2]
    end = before.idx + len(before.text)
    return next((m for m in mentions if m.end == end), None)


def relayed_object(
    relay: Any, parsed: Parsed, unit: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """Whom an outlet cites: the phrase after the relay word ("citing the defence
    ministry", "з посиланням на міністерство"), past a preposition."""
    doc = parsed.tokens
    cues = cues_for(parsed.lang)
    first = relay.i + 1
    while first < min(relay.i + 3, len(doc)) and doc[first].is_stop:
        if doc[first].lower_ in cues.determiners:
            break
        first += 1
    phrase = _phrase_after(doc, first, unit[1], cues)
    if phrase is None:
        return None
    return _named(parsed, phrase, unit[0], mentions, gazetteer, "after")


def _relative(
    pronoun: Any, parsed: Parsed, unit_start: int, gazetteer: Gazetteer
) -> SourceSuggestion:
    """ "Medinskiy, qui a indiqué": the relative pronoun is the mention (as a pronoun
    is), the name before it the speaker."""
    named = nearest_before(pronoun.idx, parsed, unit_start, gazetteer)
    where = {"start": pronoun.idx, "end": pronoun.idx + len(pronoun.text), "side": "before"}
    why = f"pronoun:{pronoun.lower_}"
    return replace(named, why=why, **where) if named else SourceSuggestion("", **where)


def _beside(
    cue: Any, parsed: Parsed, unit: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer
) -> SourceSuggestion | None:
    """The phrase next to a cue, on the side the word order says."""
    cues = cues_for(parsed.lang)
    doc = parsed.tokens
    left = cue.i - 1
    while left >= 0 and doc[left].idx >= unit[0] and is_between(doc, doc[left], cues):
        left -= 1
    before_word = doc[left] if left >= 0 and doc[left].idx >= unit[0] else None
    if before_word is not None and before_word.lower_ in RELATIVE_PRONOUNS:
        return _relative(before_word, parsed, unit[0], gazetteer)
    inverted = (
        before_word is None
        or all(c in INVERSION_MARKS for c in before_word.text)
        or before_word.lower_ in cues.after_markers
    )
    while before_word is not None and _governed(doc, before_word, unit[0], cues):
        # "the president declined to threaten", "Clinton wants to sign": the subject of
        # the verb the cue depends on
        left = before_word.i - 2
        while left >= 0 and doc[left].idx >= unit[0] and is_between(doc, doc[left], cues):
            left -= 1
        before_word = doc[left] if left >= 0 and doc[left].idx >= unit[0] else None
    participle = (
        before_word is not None
        and before_word.text == ","
        and cue.text.islower()
        and cue.lower_.endswith(cues.participle_endings)
    )
    if before_word is not None and (before_word.lower_ in cues.coordinators or participle):
        # "Cruz exhorted Republicans … and said he was …", "Clinton spoke out …, arguing
        # that …": the sentence's subject
        first = parsed.tokens_over(unit[0], unit[1])
        before = _name_at(doc, first[0], before_word.i) if first else None
        inverted = inverted and not participle
    else:
        before = _phrase_before(doc, left, unit[0], cues)
    # After the cue only where the order is inverted: in "said he was …" the pronoun
    # opens the reported clause.
    after = _phrase_after(doc, cue.i + 1, unit[1], cues) if inverted else None
    for phrase, side in ((after, "after"), (before, "before")):
        if phrase is not None:
            return _named(parsed, phrase, unit[0], mentions, gazetteer, side)
    return None


def _governed(doc: list[Word], marker: Word, floor: int, cues: Cues) -> bool:
    """An infinitive marker ("to") after a lower-case verb: the cue depends on it."""
    if marker.lower_ not in cues.infinitive or marker.i == 0 or doc[marker.i - 1].idx < floor:
        return False
    verb = doc[marker.i - 1]
    return verb.text.islower() and not verb.is_stop and not verb.is_punct


def _name_at(doc: Any, first: int, stop: int) -> tuple[int, int] | None:
    """The capitalised words a sentence opens with ("Cruz", "Senator Maria Ostrowski")."""
    last = first
    while last + 1 < stop and (
        doc[last + 1].text[:1].isupper() or doc[last + 1].text in WORD_JOINERS
    ):
        last += 1
    return (first, last) if doc[first].text[:1].isupper() and not doc[first].is_stop else None


def is_between(doc: list[Word], token: Word, cues: Cues) -> bool:
    """An auxiliary or adverb between a speaker and the cue ("has also said")."""
    lower = token.lower_
    if lower in cues.between or _temporal(doc, token, cues):
        return True
    return len(lower) > 4 and token.text.islower() and lower.endswith(cues.between_endings)


def _verb_like(token: Any, cues: Cues) -> bool:
    """A verb by the parse, an auxiliary of the language, or a lower-case word with a
    verb ending ("expected", "exaggerated")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    lower = token.lower_
    if lower in cues.auxiliaries or (token.lemma_ and token.lemma_ in cues.lemmas):
        return True
    return len(lower) > 4 and token.text.islower() and lower.endswith(cues.verb_endings)


def _temporal(doc: list[Word], token: Word, cues: Cues, joiners: int = 4) -> bool:
    """A day, a month or a year between a speaker and the cue ("Sanders on Tuesday
    said", "who in 2010 said"), with its preposition (a few joining words at most:
    "in the last week"; a run of "of the of the …" is not read to its end at each word)."""
    lower = token.lower_
    if lower in cues.calendar or lower in cues.months or lower in cues.time_words:
        return True
    if YEAR.fullmatch(lower):
        return True
    # "on Tuesday", "in 2010", "this month", "last week"
    joins = token.is_stop or lower in cues.determiners
    if not joins or joiners <= 0:
        return False
    return token.i + 1 < len(doc) and _temporal(doc, doc[token.i + 1], cues, joiners - 1)


def _pronoun(token: Any, cues: Cues) -> bool:
    """A subject pronoun, also as French writes it after an inverted verb ("-il")."""
    return token.lower_.lstrip("-") in cues.pronouns


def _is_word(doc: list[Word], token: Word) -> bool:
    """A word of a name, or a joiner written inside one ("R-Ky.", "O'Brien")."""
    if ALPHANUMERIC.search(token.text):
        return True
    inside = 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_
    return token.text in WORD_JOINERS and inside and not token.whitespace_


def _phrase_before(doc: Any, last: int, floor: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase ending at token `last`: back to a determiner, a function word
    or punctuation. Ending in a comma, it is an apposition ("Mitch McConnell, R-Ky.,
    said"; "Quina Jones, 25, said"): the phrase before that one is the source."""
    if last < 0 or doc[last].idx < floor:
        return None
    if doc[last].text in CLOSING_QUOTES:  # "Издание «Украинская правда» написало"
        opening = last - 1
        while (
            opening >= 0 and doc[opening].idx >= floor and doc[opening].text not in OPENING_QUOTES
        ):
            opening -= 1
        if opening < 0 or doc[opening].idx < floor or last - opening > MAX_MENTION_WORDS:
            return None
        found = _phrase_before(doc, opening - 1, floor, cues)
        return (found[0] if found else opening, last)
    if doc[last].text == ")":  # "Rep. Gwen Moore (D-Wis.) said": the name before it
        opening = last - 1
        while opening >= 0 and doc[opening].idx >= floor and doc[opening].text != "(":
            opening -= 1
        if opening < 0 or doc[opening].idx < floor or last - opening > MAX_MENTION_WORDS:
            return None
        found = _phrase_before(doc, opening - 1, floor, cues)
        return (found[0], last) if found else None
    if doc[last].text == "," and last > 0:
        comma = last - 1
        while comma >= 0 and doc[comma].idx >= floor and doc[comma].text != ",":
            comma -= 1
        if comma >= 0 and doc[comma].idx >= floor and last - comma <= MAX_APPOSITION_WORDS:
            return _phrase_before(doc, comma - 1, floor, cues)
        return None
    if _pronoun(doc[last], cues) or doc[last].lower_ in cues.indefinites:
        return last, last
    if doc[last].lower_ in cues.inner:
        return None
    first = None
    i = last
    while i >= 0 and doc[i].idx >= floor and last - i < MAX_MENTION_WORDS:
        token = doc[i]
        lower = token.lower_
        if lower in cues.determiners:
            first = i
            if i > 0 and doc[i - 1].lower_ in cues.inner and first != last:
                i -= 1
                continue
            break
        if lower in cues.inner and first is not None:
            i -= 1
            continue
        if token.text in WORD_JOINERS and _is_word(doc, token):  # "so-called": both halves
            first = i - 1
            i -= 2
            continue
        if not _is_word(doc, token) or token.is_stop or token.pos_ in CLAUSE_POS:
            break
        first = i
        i -= 1
    if first is None:
        return None
    while first <= last and doc[first].lower_ in cues.inner:
        first += 1
    return (first, last) if first <= last else None


def _phrase_after(doc: Any, first: int, ceiling: int, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase starting at token `first` ("…, said Jonas Whitfield of the
    treasury"): up to punctuation or a function word; none if a clause opens there."""
    i = first
    while i < len(doc) and is_between(doc, doc[i], cues):
        i += 1
    if i >= len(doc) or doc[i].idx >= ceiling:
        return None
    if doc[i].lower_ in cues.pronouns:  # "…,” he said." but not "said he would …"
        nxt = doc[i + 1] if i + 1 < len(doc) and doc[i + 1].idx < ceiling else None
        closes = nxt is None or nxt.is_punct
        # "сказал он журналистам": where a reported clause needs "что", a word after the
        # pronoun is whom it was said to
        told = nxt is not None and not cues.bare_clauses and not _verb_like(nxt, cues)
        return (i, i) if closes or told else None
    start = i
    last = None
    while i < len(doc) and doc[i].idx < ceiling and i - start < MAX_MENTION_WORDS:
        token = doc[i]
        lower = token.lower_
        if lower in cues.determiners or (lower in cues.inner and last is not None):
            i += 1
            continue
        if not _is_word(doc, token) or token.is_stop or token.pos_ in CLAUSE_POS:
            break
        if lower in cues.content_openers or (last is not None and _verb_like(token, cues)):
            break
        last = i
        i += 1
    if last is None:
        return None
    after = last + 1
    # The speaker's phrase ends its clause ("…, said Jonas Whitfield." / "…, said Alan
    # Cole, an economist" / "…, a assuré sa présidente lors d'une conférence"); a verb
    # after it makes it the reported clause's subject ("…, said the states were …").
    if after >= len(doc) or doc[after].idx >= ceiling:
        return start, last
    following = doc[after + 1] if doc[after].text == "," and after + 1 < len(doc) else doc[after]
    goes_on = (
        _verb_like(doc[after], cues)
        or following.lower_ in cues.content_openers  # "сообщил агентству, что": told to
        or doc[after].lower_ in cues.determiners  # "called the memorandum an …"
    )
    return None if goes_on else (start, last)


def _named(
    parsed: Parsed,
    phrase: tuple[int, int],
    unit_start: int,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    side: str,
) -> SourceSuggestion:
    """The source a phrase names: a gazetteer entry in it, else its longest run of
    capitalised words as the speaker; a lone pronoun stands for the last name before.
    `side`: where the phrase stands to its cue."""
    doc = parsed.tokens
    first, last = doc[phrase[0]], doc[phrase[1]]
    start, end = first.idx, last.idx + len(last.text)
    if phrase[0] == phrase[1] and _pronoun(first, cues_for(parsed.lang)):
        start += len(first.text) - len(first.text.lstrip("-"))  # "a-t-il": the "il"
        return replace(resolved(parsed, start, end, gazetteer), side=side)
    inside = mentions_within(mentions, start, end)
    words = parsed.text[start:end]
    subjects = [m for m in inside if not m.inflected or (m.start, m.end) == (start, end)]
    if subjects:
        entry = subjects[-1].entry
        return SourceSuggestion(entry.speaker, entry.category, start=start, end=end, side=side)
    if inside:  # "Представитель делегации Умерова": a name in the genitive, the role speaks
        return SourceSuggestion(words, inside[-1].entry.category, start=start, end=end, side=side)
    if all(t.text[:1].isupper() for t in doc[phrase[0] : phrase[1] + 1] if t.is_alpha):
        listed = gazetteer.lookup(words)  # a name opening the sentence: "Medinskij denied"
        if listed is not None:
            return SourceSuggestion(
                listed.speaker, listed.category, start=start, end=end, side=side
            )
    name = _longest_name(parsed, phrase, unit_start)
    return SourceSuggestion(
        name or words, category_from_words(words), start=start, end=end, side=side
    )


def _longest_name(parsed: Parsed, phrase: tuple[int, int], unit_start: int) -> str:
    """The longest run of capitalised words in a phrase ("Kremlin spokesman Dmitry
    Peskov" -> "Dmitry Peskov"), the later one at a tie; '' if there is none. A
    sentence's capitalised first word alone is no name ("Украинские чиновники")."""
    runs: list[list[Any]] = []
    current: list[Any] = []
    for token in parsed.tokens[phrase[0] : phrase[1] + 1]:
        if token.text[:1].isupper() or (current and token.text in WORD_JOINERS):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    runs = [run for run in runs if not _modifier(run, phrase, unit_start)]
    if not runs:
        return ""
    best = max(reversed(runs), key=lambda run: sum(t.text not in WORD_JOINERS for t in _core(run)))
    return parsed.text[best[0].idx : best[-1].idx + len(best[-1].text)]


def _core(run: list[Any]) -> list[Any]:
    """A run of capitalised words without the article that opens it ("A", "The", "Le")."""
    first = next((k for k, t in enumerate(run) if not t.is_stop), len(run))
    return run[first:]


def _modifier(run: list[Any], phrase: tuple[int, int], unit_start: int) -> bool:
    """A run that is no name of its own: one word (past an article) before the
    phrase's last ("A senior European diplomat", "A Western diplomat", "The Kremlin
    spokesman Peskov": adjectives and modifiers), a stop word, or a sentence's
    capitalised first word alone ("Украинские чиновники"). "Le Monde" ends its
    phrase: a name, article and all."""
    core = _core(run)
    return len(core) <= 1 and (
        not core
        or (run[0].idx == unit_start and len(run) == 1 and phrase[1] > phrase[0])
        or core[0].i < phrase[1]
    )


def according_object(
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
    return replace(source_for(text, left, left + len(phrase.strip()), gazetteer), side="after")
