"""A parsed text as the attribution rules read it, and what they suggest as a source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from annotator.core.gazetteer import Gazetteer, Mention, category_from_words, fold


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


class Parsed:
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
        self.mentions: list[Mention] = []  # the gazetteer's, in the whole text
        self._starts: list[int] | None = None
        self._candidates: list[tuple[int, int, Mention | None]] | None = None

    def sentence_starts(self) -> list[int]:
        """Where each sentence of the text starts, in order."""
        if self._starts is None:
            self._starts = [sent.start_char for sent in self.doc.sents if sent.text.strip()]
        return self._starts


def source_for(
    text: str, start: int, end: int, gazetteer: Gazetteer, mention: Mention | None = None
) -> SourceSuggestion:
    words = text[start:end]
    entry = mention.entry if mention else gazetteer.lookup(words)
    if entry is not None:
        return SourceSuggestion(entry.speaker, entry.category, start=start, end=end)
    return SourceSuggestion(words, category_from_words(words), start=start, end=end)
