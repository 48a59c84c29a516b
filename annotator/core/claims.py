"""Claim candidates and their attribution, from a parsed text (any spaCy Doc).

Works with a full pipeline (lemmas, dependencies, entities) and degrades to
word forms and the gazetteer with a blank one. Every suggestion says why.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from typing import Any

from annotator.core.cues import Cues, finder_for
from annotator.core.gazetteer import Gazetteer, Mention, tells_anonymity
from annotator.core.parsed import Parsed, SourceSuggestion, source_for
from annotator.core.relays import according_outlets_relay, media_source_before, outlet_before
from annotator.core.sentences import left_open, sentence_units
from annotator.core.signals import QUOTES, has_quantity, has_scare_quote, is_quantity, negated
from annotator.core.speakers import according_object, relayed_object, speaker_of

MIN_WORDS = 5
MIN_CONTENT_WORDS = 3
# A dateline opening a dispatch: a place, a day and month (a year, a time), an agency
# in brackets, then a dash ("Istanbul, 2 juin (AFP) -", "KYIV, June 2 —", "Київ, 2 червня -").
_DATELINE = re.compile(
    r"[^\W\d][^,\n]{0,40},\s+(?:\d{1,2}\s+[^\W\d]+|[^\W\d]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?(?:\s+\d{1,2}[:h]\d{2})?(?:\s+\([^)\n]{1,40}\))?\s*[-–—]\s+"
)
# A byline or credit line: "By Jane Doe", "Par Jean Dupont", "(Reporting by …; Editing
# by …)", "Автор: …" — who wrote the article, not what anyone says in it.
_BYLINE = re.compile(
    r"\(?\s*(?P<credit>(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|by|par|"
    r"von|автор(?:ка)?:?|author:?|редактор:?|текст:?)\s+(?P<name>[^\W\d_][^\n]{0,200})$",
    re.IGNORECASE,
)
# A speaker's name and a colon opening a paragraph (one to four capitalised words).
_LABEL = re.compile(r"[\"“«„(]?(?P<name>[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}):\s+(?=\S)")
_EDGE = " \t,;:—–-"  # stripped from both ends of a claim's content
_WORD = re.compile(r"\w+")
_NEAR_MARK = 12  # characters between a comma or a colon and the speaker it sets off


@dataclass(frozen=True, slots=True)
class ClaimSuggestion:
    """A claim: the reported content, why it was suggested, its sources and cue words."""

    start: int
    end: int
    reasons: tuple[str, ...]
    sources: tuple[SourceSuggestion, ...] = field(default_factory=tuple)


def suggest_claims(doc: Any, lang: str, gazetteer: Gazetteer) -> list[ClaimSuggestion]:
    """Claim candidates with their sources, for one parsed document (a Doc, or the
    Doc as the rules read it)."""
    parsed = doc if isinstance(doc, Parsed) else Parsed(doc)
    finder = finder_for(lang)
    cue_tokens = finder.cues(parsed.tokens)
    relay_tokens = finder.relays(parsed.tokens)
    parsed.mentions = gazetteer.find(parsed.text, folded=parsed.folded)
    found: list[ClaimSuggestion] = []
    speaking: ClaimSuggestion | None = None  # the last quotation's claim, if attributed
    inside = False  # a quotation was opened and not closed yet
    previous_end = 0
    announced: tuple[SourceSuggestion, ...] = ()  # "Limbaugh added:" before his words
    for start, end in sentence_units(parsed.doc, parsed.text):
        unit = _Unit(parsed, start, end, finder.lists, cue_tokens, relay_tokens)
        introduced = unit.introduces(gazetteer)
        if introduced:
            announced, speaking, previous_end = introduced, None, end
            continue
        claims = unit.analyse(gazetteer)
        paragraph_goes_on = "\n" not in parsed.text[previous_end:start]
        voice = speaking is not None and not {"label", "announced"}.isdisjoint(speaking.reasons)
        quoted = inside or unit.opens_quotation() or voice
        if announced:  # all said here is theirs; a cue of its own makes a claim inside
            own = claims[1:] if claims and unit.has_no_speaker(claims[:1]) else claims
            base = claims[0] if claims and unit.has_no_speaker(claims[:1]) else unit.whole()
            said = replace(base, reasons=(*base.reasons, "announced"), sources=announced)
            claims = [said, *own]
            speaking = said if said.end > said.start else None
        elif speaking and paragraph_goes_on and quoted and unit.has_no_speaker(claims):
            claims = [_continued(claims[0] if claims else unit.whole(), speaking), *claims[1:]]
        else:
            speaking = claims[0] if claims and _attributed_quotation(claims[0]) else None
        announced = ()
        inside = left_open(parsed.text[start:end], inside)
        found.extend(c for c in claims if c.end > c.start)
        previous_end = end
    return found


def _attributed_quotation(claim: ClaimSuggestion) -> bool:
    """Whose words may go on in the next sentences: a quotation's or a transcript's."""
    voiced = {"quote", "label", "announced"}
    return bool(claim.sources) and not voiced.isdisjoint(claim.reasons)


@cache
def _according_patterns(
    phrases: tuple[str, ...],
) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """Each "according to" phrase as a pattern of whole words, and one pattern for any
    of them (compiled once: most sentences have none)."""
    each = tuple((p, re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)")) for p in phrases)
    anyone = "|".join(f"(?:{pattern.pattern})" for _, pattern in each) or r"(?!)"
    return re.compile(anyone), each


def _held_by_another(said: list[Heard]) -> list[bool]:
    """For each cue of a sentence (in order), whether another cue's words hold it, not
    counting one before it inside its own words (when each holds the other, the later
    frames the sentence). Counted by bisection: a cue every few words would otherwise
    compare each cue with every other."""
    held_words = sorted(w for _, _, w in said if w is not None)
    starts = [start for start, _ in held_words]
    ends = sorted(end for _, end in held_words)
    offsets = [token.idx for token, _, _ in said]
    held = []
    for j, (token, _, words) in enumerate(said):
        x = token.idx
        holding = bisect_right(starts, x) - bisect_right(ends, x)  # words that hold x
        if words is None:
            held.append(holding > 0)
            continue
        holding -= words[0] <= x < words[1]  # its own words
        first = bisect_left(offsets, words[0], 0, j)  # the cues before it in its words
        last = bisect_left(offsets, words[1], first, j)
        if holding <= 0 or holding > last - first:  # answered without looking at them
            held.append(holding > 0)
            continue
        framed = sum(1 for k in range(first, last) if _holds(said[k][2], x))
        held.append(holding > framed)
    return held


def _holds(words: tuple[int, int] | None, offset: int) -> bool:
    return words is not None and words[0] <= offset < words[1]


def _continued(claim: ClaimSuggestion, speaking: ClaimSuggestion) -> ClaimSuggestion:
    """A quotation going on in the next sentence ('“…,” Clinton said. “In Tulsa, …”')
    is the same speaker's: their statements again, without a second mention span."""
    sources = tuple(
        replace(s, start=None, end=None, relays=None, side="", cue=None)
        for s in speaking.sources
        if s.relays is None
    )  # fmt: skip
    return replace(claim, reasons=(*claim.reasons, "continues"), sources=sources)


Heard = tuple[Any, SourceSuggestion, tuple[int, int] | None]  # cue token, source, words


class _Unit:
    """One sentence: its cues, sources and the stretch of it that is the claim."""

    def __init__(
        self,
        parsed: Parsed,
        start: int,
        end: int,
        cues: Cues,
        cue_tokens: dict[int, str],
        relay_tokens: set[int],
    ):
        dateline = _DATELINE.match(parsed.text, start, end)
        if dateline:  # "Istanbul, 2 juin (AFP) - …": the place and date are nobody's claim
            start = dateline.end()
        self.parsed, self.start, self.end, self.cues = parsed, start, end, cues
        self.cue_tokens, self.relay_tokens = cue_tokens, relay_tokens
        self.least = MIN_CONTENT_WORDS  # words a claim needs
        self._reports: tuple[list[int], list[int]] | None = None
        self._quotes: tuple[list[int], list[int]] | None = None
        self._tokens: tuple[int, int] | None = None

    def analyse(self, gazetteer: Gazetteer) -> list[ClaimSuggestion]:
        """The sentence's claim, if it is one, then the claims reported inside it."""
        parsed, start, end, cues = self.parsed, self.start, self.end, self.cues
        if self._is_byline():
            return []  # a byline is nobody's claim
        first, last = self._token_range()
        tokens = parsed.tokens[first:last]
        if sum(1 for t in tokens if t.is_alpha) < MIN_WORDS:
            return []
        text = parsed.text
        folded = parsed.folded[start:end]
        mentions = parsed.mentions_in(start, end)
        reasons: list[str] = []
        sources: list[SourceSuggestion] = []
        content: tuple[int, int] | None = None
        according: tuple[int, int] | None = None

        any_according, each_according = _according_patterns(cues.according)
        for phrase, pattern in each_according if any_according.search(folded) else ():
            for match in pattern.finditer(folded):
                reasons.append(f"according:{phrase}")
                source = according_object(text, start + match.end(), end, gazetteer)
                if source:
                    source = replace(source, cue=(start + match.start(), start + match.end()))
                    sources.append(source)
                    according = according or self._around_according(start + match.start(), source)

        relays = []
        heard: list[tuple[Any, SourceSuggestion]] = []
        for token in tokens:
            if token.i in self.relay_tokens and (
                token.i not in self.cue_tokens or outlet_before(token, mentions) is not None
            ):  # "TASS, citing the ministry": a relay; "Clinton cited her years": a cue
                relays.append(token)
                continue
            cue = self.cue_tokens.get(token.i)
            if cue is None:
                continue
            if negated(token, parsed, start, cues):  # "has not confirmed": not the speaker's words
                reasons.append(f"negated:{cue}")
                continue
            reasons.append(f"cue:{cue}")
            source = speaker_of(token, parsed, (start, end), mentions, gazetteer)
            if source is None:
                continue
            stance = source.stance
            if token.lower_.startswith(cues.denials):
                stance = "refutes"  # "denied": they say it is false
            elif cue in cues.distancing:
                stance = "questions"  # "claimed": the writer doubts
            where = (token.idx, token.idx + len(token.text))
            heard.append((token, source.at_cue(where, stance)))
        outer, inner = self._outermost(heard)
        label = self._speaker_label(gazetteer)
        if label is not None:  # "PENCE: …", "Pat Caddell: …": all said here is theirs
            source, said = label
            reasons.append("label")
            sources.insert(0, source)
            content = said
            inner = [(t, s, w) for t, s, w in inner + outer if w is not None]
            outer = []
        inner = [self._quoted_speaker(item, outer) for item in inner]
        first_words = next((w for _, _, w in outer if w is not None), None)
        for token, source, said in outer:
            if (
                said is not None
                and first_words is not None
                and said != first_words
                and (said[1] <= first_words[0] or first_words[1] <= said[0])
            ):
                inner.append((token, source, said))  # "… and said …": a claim beside
                continue
            if all(s.speaker != source.speaker for s in sources):
                sources.append(source)
                content = content or said
        denied = [w for _, s, w in outer if w and s.stance == "refutes"]
        inner = [  # what a denial denies is nobody's claim ("denied that Russia had rejected")
            item for item in inner if not any(a <= item[0].idx < b for a, b in denied)
        ]
        sources = according_outlets_relay(sources)

        if sources and tells_anonymity(folded):  # "…, who spoke on condition of anonymity"
            sources = [
                replace(s, category="anonymous") if not s.category and s.start is not None else s
                for s in sources
            ]
        if cues.hedges.search(folded):
            reasons.append("hedge")
            sources = [replace(s, stance="questions") for s in sources]
        for token in relays:
            outlet = outlet_before(token, mentions) or media_source_before(token, sources)
            if outlet is None:
                continue
            reasons.append(f"relay:{token.lemma_ or token.lower_}")
            sources = self._relayed(token, outlet, sources, mentions, gazetteer)
        if QUOTES.search(text, start, end):
            reasons.append("quote")
        reported = [content] if content and sources else []  # a speaker's words
        if has_scare_quote(parsed, start, end, mentions, self.cue_tokens, cues.naming, reported):
            reasons.append("scare_quote")
            sources = [s if s.stance else replace(s, stance="questions") for s in sources]
        if has_quantity(text, start, end, cues) or any(is_quantity(t) for t in tokens):
            reasons.append("number")
        if cues.comparisons.search(folded):
            reasons.append("comparison")
        if cues.predictions.search(folded):
            reasons.append("prediction")
        if not reasons:
            return []
        claim_start, claim_end = content or according or self._content(start, end) or (start, end)
        claims = [ClaimSuggestion(claim_start, claim_end, tuple(dict.fromkeys(reasons)),
                                  tuple(sources))]  # fmt: skip
        for token, source, said in inner:  # "X said that Y argued …": Y's claim in X's
            if said is not None:
                cue = f"cue:{self.cue_tokens[token.i]}"
                claims.append(ClaimSuggestion(*said, (cue,), (source,)))
        return claims

    def _relayed(
        self,
        token: Any,
        outlet: Mention | SourceSuggestion,
        sources: list[SourceSuggestion],
        mentions: list[Mention],
        gazetteer: Gazetteer,
    ) -> list[SourceSuggestion]:
        """An outlet before "citing"/"citant"/"з посиланням на"/"со ссылкой на" passes on
        another's words: that one speaks (the source after the relay word, or its
        object: "citing the defence ministry"), the outlet reports, linked to it, and
        is no speaker of its own."""
        kept = [s for s in sources if (s.start, s.end) != (outlet.start, outlet.end)]
        relayed = next(
            (i for i, s in enumerate(kept) if s.start is None or s.start > token.idx), None
        )
        if relayed is None:
            original = relayed_object(
                token, self.parsed, (self.start, self.end), mentions, gazetteer
            )
            if original is not None:
                kept.append(original)
                relayed = len(kept) - 1
        speaker, category = (
            (outlet.entry.speaker, outlet.entry.category)
            if isinstance(outlet, Mention)
            else (outlet.speaker, outlet.category)
        )
        relay = SourceSuggestion(speaker, category, "reports", outlet.start, outlet.end,
                                 relays=relayed,
                                 cue=(token.idx, token.idx + len(token.text)))  # fmt: skip
        return [*kept, relay]

    def introduces(self, gazetteer: Gazetteer) -> tuple[SourceSuggestion, ...]:
        """'Limbaugh added:', 'Caddell continued:': a short sentence ending in a colon
        whose cue has a speaker announces the words that follow (in the next paragraph
        too); its speaker, with the mention and cue, or nothing."""
        text = self.parsed.text[self.start : self.end].rstrip()
        if not text.endswith(":") or len(re.findall(r"\w+", text)) > 8:
            return ()
        first, last = self._token_range()
        mentions = self.parsed.mentions_in(self.start, self.end)
        for i in range(first, last):
            if i in self.cue_tokens:
                token = self.parsed.tokens[i]
                source = speaker_of(token, self.parsed, (self.start, self.end), mentions, gazetteer)
                if source is not None:
                    return (replace(source, cue=(token.idx, token.idx + len(token.text))),)
        return ()

    def _speaker_label(
        self, gazetteer: Gazetteer
    ) -> tuple[SourceSuggestion, tuple[int, int] | None] | None:
        """A paragraph that opens with a name and a colon, as transcripts and headlines
        give a speaker's words ('PENCE: And that's why …', 'Pat Caddell: Democrat
        voters …'): the name is the source, what follows the colon the claim."""
        text = self.parsed.text
        if self.start > 0 and text[self.start - 1] != "\n":
            return None
        match = _LABEL.match(text, self.start, self.end)
        if match is None or not all(w[:1].isupper() for w in match.group("name").split()):
            return None
        if match.group("name").lower() in self.cues.editorial_labels:
            return None
        said = self._content(match.end(), self.end)
        if said is None:
            return None
        source = source_for(text, match.start("name"), match.end("name"), gazetteer)
        colon = (match.end("name"), match.end("name") + 1)
        return replace(source, side="before", cue=colon), said

    def _is_byline(self) -> bool:
        """'By Jane Doe', '(Reporting by …; Editing by …)', 'Автор: …': a credit with a
        name and no cue but its own words ('By 2026, officials said …' is no byline)."""
        text = self.parsed.text
        match = _BYLINE.match(text, self.start, self.end)
        if match is None or not match.group("name")[:1].isupper():
            return False
        first, last = self._token_range()
        credits = {"report", "reporting", "write", "writing", "edit", "editing"}
        return all(
            self.parsed.tokens[i].lower_ in credits or self.cue_tokens[i] in credits
            for i in range(first, last)
            if i in self.cue_tokens
        )

    def _token_range(self) -> tuple[int, int]:
        """The sentence's tokens, as (first, past-last); (0, 0) if none."""
        if self._tokens is None:
            self._tokens = self.parsed.tokens_over(self.start, self.end) or (0, 0)
        return self._tokens

    def opens_quotation(self) -> bool:
        return self.parsed.text[self.start : self.start + 1] in ("“", "«", '"', "„")

    def has_no_speaker(self, claims: list[ClaimSuggestion]) -> bool:
        """No claim of this sentence names a speaker or a cue of its own."""
        return not claims or (
            not claims[0].sources
            and not any(r.startswith(("cue:", "according:")) for r in claims[0].reasons)
        )

    def whole(self) -> ClaimSuggestion:
        """The sentence as a claim (empty if too short to be one)."""
        content = self._content(self.start, self.end) or (self.start, self.start)
        return ClaimSuggestion(*content, ())

    def _outermost(
        self, heard: list[tuple[Any, SourceSuggestion]]
    ) -> tuple[list[Heard], list[Heard]]:
        """The cues whose words are reported, with what they report; not a cue inside
        another's reported words ("X said that Y argued …": X's). When each holds the
        other, the later one frames the sentence ("The memorandum demands a withdrawal,
        TASS reported": TASS reports; the memorandum's demand is part of that)."""
        said = [(token, source, self._around_cue(token, source)) for token, source in heard]
        held = _held_by_another(said)
        if all(held):
            return said, []
        outer = [item for item, inside in zip(said, held, strict=True) if not inside]
        inner = [item for item, inside in zip(said, held, strict=True) if inside]
        return outer, [(t, s, w or self._short(t, s)) for t, s, w in inner]

    def _short(self, cue: Any, source: SourceSuggestion) -> tuple[int, int] | None:
        """A claim inside another may be two words ("…, which first reported the story")."""
        self.least = 2
        try:
            return self._around_cue(cue, source)
        finally:
            self.least = MIN_CONTENT_WORDS

    def _quote_around(self, offset: int) -> tuple[int, int] | None:
        """The quotation an offset of this sentence is in, marks included (the sentence's
        quotations found once: each cue asks)."""
        if self._quotes is None:
            found = QUOTES.finditer(self.parsed.text, self.start, self.end)
            self._quotes = ([], [])
            for match in found:
                self._quotes[0].append(match.start())
                self._quotes[1].append(match.end())
        starts, ends = self._quotes
        at = bisect_left(starts, offset) - 1  # quotations do not overlap: the last before
        return (starts[at], ends[at]) if at >= 0 and offset < ends[at] else None

    def _quoted_speaker(self, item: Heard, outer: list[Heard]) -> Heard:
        """A pronoun speaking inside a quotation ("“… I think …,” Trump said") is the
        quoted speaker: the source of the cue that reports the quotation."""
        token, source, said = item
        quote = self._quote_around(token.idx)
        pronoun = (
            source.start is not None
            and source.end is not None
            and (self.parsed.text[source.start : source.end].lower() in self.cues.pronouns)
        )
        if quote is None or not pronoun or not quote[0] <= (source.start or 0):
            return item  # the outer cues looked through only for a pronoun in a quotation
        reporter = next((s for t, s, _ in outer if not quote[0] <= t.idx < quote[1]), None)
        if reporter is None:
            return item
        return token, replace(source, speaker=reporter.speaker, category=reporter.category), said

    def _around_cue(self, cue: Any, source: SourceSuggestion) -> tuple[int, int] | None:
        """The reported words of a cue: after it when its speaker comes first ("X said
        that …"), before the speaker and cue when they follow ("…, said X", "…, a-t-il
        dit"); the other side if that one holds no claim."""
        if source.start is None or source.end is None:
            return None
        text = self.parsed.text
        heard = min(source.start, cue.idx)
        near = max(self.start, heard - _NEAR_MARK)  # only a mark this near counts
        mark = max(text.rfind(m, near, heard) for m in ",:—–")
        before = self._content(self.start, mark if mark >= near else heard)
        after = self._words_after(cue.i + 1)
        last = heard
        while last > self.start and text[last - 1] in " ,":
            last -= 1
        quoted = text.endswith(("”", "»", '"', "''"), self.start, last)
        # "“…,” she said after the meeting": the quotation is what she said
        first_after = source.side == "before" and not quoted
        said = (after or before) if first_after else (before or after)
        quote = self._quote_around(cue.idx)
        if said is not None and quote is not None:  # a cue quoted: its words end with the quote
            said = self._content(max(said[0], quote[0] + 1), min(said[1], quote[1] - 1))
        return said

    def _words_after(self, first: int) -> tuple[int, int] | None:
        """From a cue to the end of the sentence, without the words that open the
        clause ("that", "que", "що", a comma, a colon) or sit before it ("told reporters
        that")."""
        doc = self.parsed.tokens
        last = min(first + 4, len(doc))
        opener = next((i for i in range(first, last) if doc[i].lower_ in self.cues.content_openers),
                      None)  # fmt: skip
        i = opener + 1 if opener is not None else first
        while i < len(doc) and doc[i].idx < self.end and doc[i].text in (",", ":", "—", "–"):
            i += 1
        if i >= len(doc) or doc[i].idx >= self.end:
            return None
        return self._content(doc[i].idx, self._next_report(i))

    def _next_report(self, first: int) -> int:
        """Where the speaker's next report begins, which ends these words: "and said
        …", ", calling …", ", estimant que …" (a cue after a coordinator, or a cue
        after a comma in a participle's form); else the end of the sentence."""
        if self._reports is None:
            self._reports = self._report_starts()
        cues, stops = self._reports
        at = bisect_right(cues, first)
        return stops[at] if at < len(cues) else self.end

    def _report_starts(self) -> tuple[list[int], list[int]]:
        """The sentence's cues that begin a report, and where each report's words stop
        before it (found once: each cue asks for the next)."""
        doc, cues = self.parsed.tokens, self.cues
        first, last = self._token_range()
        found: tuple[list[int], list[int]] = ([], [])
        for i in range(max(first, 1), last):
            if i not in self.cue_tokens:
                continue
            token, before = doc[i], doc[i - 1]
            participle = before.text == "," and token.lower_.endswith(cues.participle_endings)
            if before.lower_ in cues.coordinators or participle:
                stop = before.idx
                if before.lower_ in cues.coordinators and doc[i - 2].text == ",":
                    stop = doc[i - 2].idx
                found[0].append(i)
                found[1].append(stop)
        return found

    def _around_according(
        self, phrase_start: int, source: SourceSuggestion
    ) -> tuple[int, int] | None:
        """ "According to X, …" reports what follows X; "…, according to X" what precedes."""
        if source.end is None:
            return None
        before = self._content(self.start, phrase_start)
        return before or self._content(source.end, self.end)

    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        """A stretch of the sentence without edge punctuation and the sentence's final
        stop, if it holds enough words to be a claim."""
        text = self.parsed.text
        start, end = max(start, self.start), min(end, self.end)
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end > start and text[end - 1] in ".!?…" and end == self._stop_end():
            end -= 1
        words = _WORD.finditer(text, start, end)  # counted up to what a claim needs
        if end <= start or next(islice(words, self.least - 1, None), None) is None:
            return None
        return start, end

    def _stop_end(self) -> int:
        text = self.parsed.text
        end = self.end
        while end > self.start and text[end - 1] in '»”")’ ':
            end -= 1
        return end
