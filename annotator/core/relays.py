"""Outlets passing on others' words: who relays whom in a sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotator.core.gazetteer import Mention
from annotator.core.parsed import SourceSuggestion


def according_outlets_relay(sources: list[SourceSuggestion]) -> list[SourceSuggestion]:
    """'Selon l'agence RIA Novosti, Medinski a proposé …': the outlet passes on the
    words of the one who speaks in the sentence (stance reports, linked to them)."""
    speaking = next(
        (i for i, s in enumerate(sources) if s.cue and not s.category.endswith("media")), None
    )
    if speaking is None:
        return sources
    return [
        replace(s, stance="reports", relays=speaking)
        if s.side == "after" and s.category.endswith("media") and i != speaking and s.relays is None
        else s
        for i, s in enumerate(sources)
    ]


def media_source_before(token: Any, sources: list[SourceSuggestion]) -> SourceSuggestion | None:
    """An outlet the gazetteer does not know, named by its words ('Издание «Украинская
    правда», ссылаясь на …'): a media source whose mention ends before the relay word."""
    for source in sources:
        if source.end is not None and source.end <= token.idx and source.category.endswith("media"):
            return source
    return None


def outlet_before(token: Any, mentions: list[Mention]) -> Mention | None:
    outlets = [m for m in mentions if m.end <= token.idx and m.entry.category.endswith("media")]
    return outlets[-1] if outlets else None
