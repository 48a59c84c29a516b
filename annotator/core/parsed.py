"""A parsed text as the attribution rules read it, and what they suggest as a source."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

from annotator.core.gazetteer import Gazetteer, Mention, category_from_words, fold
from annotator.core.words import Word, words_of

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")


@dataclass(frozen=True, slots=True)
class SourceSuggestion:
    """Who a claim is attributed to: the mention's offsets (if any), speaker, category."""

    speaker: str
    category: str = ""
    stance: str = ""
    start: int | None = None
    end: int | None = None
    relays: int | None = None  # index of the statement this source passes on
    side: str = ""  # where the mention stands to its cue: "before", "after"
    cue: tuple[int, int] | None = None  # the words that report it: "said", "according to"
    why: str = ""  # how the speaker was found, when not named there ("pronoun:il")

    def at_cue(self, cue: tuple[int, int], stance: str) -> SourceSuggestion:
        """The same source, reported by the words at `cue`, with this stance (what
        `dataclasses.replace` does, without reading the fields' list at each cue)."""
        return SourceSuggestion(self.speaker, self.category, stance, self.start, self.end,
                                self.relays, self.side, cue, self.why)  # fmt: skip


class Parsed:
    """A Doc with what the rules read often computed once (Doc.text is rebuilt per call,
    and a Token at each `doc[i]`: the rules read `tokens`, and `doc` for the tree)."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.tokens: list[Word] = words_of(doc)  # what the rules read of each token
        self.text = doc.text
        self.folded = fold(self.text)
        words = self.tokens  # an entity's offsets from its words, not through new Tokens
        self.ents = [
            (words[e.start].idx, words[e.end - 1].idx + len(words[e.end - 1].text), e.label_)
            for e in doc.ents
        ]
        self.has_dep = bool(len(doc)) and bool(doc.to_array(["DEP"]).any())  # has_annotation
        self.lang = doc.lang_
        self.names: list[tuple[int, int]] | None = None  # where no model finds names
        self.pronouns: list[tuple[int, int]] = []
        self.mentions: list[Mention] = []  # the gazetteer's, in the whole text, in order
        self._starts: list[int] | None = None
        self._subjects: dict[int, list[int]] | None = None
        self._token_starts: list[int] | None = None
        self._candidates: list[tuple[int, int, Mention | None]] | None = None
        self._mention_starts: list[int] | None = None
        self._ent_starts = [start for start, _, _ in self.ents]

    def tokens_over(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens text[start:end] covers at least partly, as a (first, past-last)
        pair: what `Doc.char_span(start, end, alignment_mode="expand")` gives, found
        here by bisection over the words (a Span and its Tokens at each sentence were
        a tenth of the rules' time on a text of short sentences)."""
        if self._token_starts is None:
            self._token_starts = [w.idx for w in self.tokens]
        first = self._token_at(start)
        last = self._token_at(end - 1)
        if first < 0 or last < 0:
            return None
        word = self.tokens[first]
        if start == word.idx + len(word.text):  # in its trailing space: the next one
            first += 1
        return first, last + 1

    def _token_at(self, offset: int) -> int:
        """The token whose text or trailing space holds text[offset], or -1."""
        assert self._token_starts is not None
        at = bisect_right(self._token_starts, offset) - 1
        if at < 0 or offset < 0:
            return -1
        word = self.tokens[at]
        return at if offset < word.idx + len(word.text) + len(word.whitespace_) else -1

    def subject_of(self, i: int) -> int | None:
        """The index of token i's first child that is its subject, by the parse, as
        `Token.children` gives them (those within the token's edges). The subjects of
        the text are found in one pass over its arrays: `children` makes a Token of
        every child at each call. None without a parse (no edges to read then)."""
        if not self.has_dep:
            return None
        if self._subjects is None:
            strings = self.doc.vocab.strings  # a label's id: a symbol's, or a hash
            subject_deps = {strings[dep] for dep in SUBJECT_DEPS}
            self._subjects = {}
            heads = self.doc.to_array("HEAD").view("int64").tolist()  # relative: -1 before
            deps = self.doc.to_array("DEP").tolist()
            for j, (head, dep) in enumerate(zip(heads, deps, strict=True)):
                if head and dep in subject_deps:
                    self._subjects.setdefault(j + head, []).append(j)
        found = self._subjects.get(i)
        if not found:
            return None
        token = self.doc[i]
        first, last = token.left_edge.i, token.right_edge.i
        return next((j for j in found if first <= j <= last), None)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The gazetteer's mentions inside text[start:end] (found by bisection: the rules
        ask for each sentence, and a scan of the whole text each time grows with the
        square of its length)."""
        if self._mention_starts is None or len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        first = bisect_left(self._mention_starts, start)
        last = bisect_left(self._mention_starts, end, first)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def ent_over(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The model's entity that covers text[start:end], if any (entities do not
        overlap: it is the last one starting at or before `start`)."""
        at = bisect_right(self._ent_starts, start) - 1
        if at >= 0 and end <= self.ents[at][1]:
            return self.ents[at]
        return None

    def ents_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The model's entities inside text[start:end], as `mentions_in`."""
        first = bisect_left(self._ent_starts, start)
        last = bisect_left(self._ent_starts, end, first)
        return [e for e in self.ents[first:last] if e[1] <= end]

    def sentence_starts(self) -> list[int]:
        """Where each sentence of the text starts, in order."""
        if self._starts is None:
            self._starts = [sent.start_char for sent in self.doc.sents if sent.text.strip()]
        return self._starts


def mentions_within(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions of a list in text order (as `mentions_in` gives them) inside
    text[start:end], by bisection: the rules ask at each cue."""
    at = bisect_left(mentions, start, key=lambda m: m.start)
    found = []
    while at < len(mentions) and mentions[at].start < end:  # mentions do not overlap
        if mentions[at].end <= end:
            found.append(mentions[at])
        at += 1
    return found


def source_for(
    text: str, start: int, end: int, gazetteer: Gazetteer, mention: Mention | None = None
) -> SourceSuggestion:
    words = text[start:end]
    entry = mention.entry if mention else gazetteer.lookup(words)
    if entry is not None:
        return SourceSuggestion(entry.speaker, entry.category, start=start, end=end)
    return SourceSuggestion(words, category_from_words(words), start=start, end=end)
