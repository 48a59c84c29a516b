"""Claim suggestions as the project stores them: spans and statements."""

from __future__ import annotations

from dataclasses import replace

from annotator.core.claims import ClaimSuggestion
from annotator.core.model import Origin, Span, SpanKind, Statement
from annotator.core.parsed import SourceSuggestion


def to_records(claims: list[ClaimSuggestion]) -> tuple[list[Span], list[Statement]]:
    """Claim suggestions as stored objects: claim, cue and mention spans, one statement
    per source. A mention or cue that several statements stand on is one span ("…
    called it an “ultimatum” and said …": one "Zelensky", two claims)."""
    spans: list[Span] = []
    statements: list[Statement] = []
    mentions: dict[tuple[int, int, str], Span] = {}
    cues: dict[tuple[int, int], Span] = {}
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
                label = source.category or "source"
                mention = mentions.get((source.start, source.end, label))
                if mention is None:
                    mention = mentions[source.start, source.end, label] = Span(
                        source.start, source.end, label, kind=SpanKind.SOURCE_MENTION,
                        origin=Origin.RULE,
                    )  # fmt: skip
                    spans.append(mention)
            cue = None
            if source.cue is not None:
                cue = cues.get(source.cue)
                if cue is None:
                    cue = cues[source.cue] = Span(*source.cue, "cue", kind=SpanKind.CUE,
                                                  origin=Origin.RULE)  # fmt: skip
                    spans.append(cue)
            made.append(
                Statement(
                    claim_uid=claim_span.uid,
                    source_uid=mention.uid if mention else None,
                    cue_uid=cue.uid if cue else None,
                    speaker=source.speaker,
                    source_category=source.category,
                    stance=source.stance,
                    origin=Origin.RULE,
                    reasons=(*claim.reasons, source.why) if source.why else claim.reasons,
                )
            )
        for index, source in enumerate(claim.sources):
            if source.relays is not None and source.relays < len(made):
                made[index] = replace(made[index], relay_of=made[source.relays].uid)
        statements.extend(made)
    return spans, statements
