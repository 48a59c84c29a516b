"""Suggestions run again on a document (a better pipeline, a grown gazetteer): what of
them the document does not hold yet, so that every decision stays, and once."""

from __future__ import annotations

from dataclasses import replace

from annotator.core.model import Span, SpanKind, Statement


def not_decided_yet(
    known: list[Span], there_now: list[Statement], spans: list[Span], statements: list[Statement]
) -> tuple[list[Span], list[Statement]]:
    """New suggestions less what the document already holds (after a re-run: its
    decisions): a span already there is not suggested again, nor a statement its
    claim already has from the same speaker or source mention; the others stand on
    the spans there."""
    there = {_span_key(s): s.uid for s in known}
    same = {s.uid: there[_span_key(s)] for s in spans if _span_key(s) in there}
    said: dict[tuple[str, str], str] = {}  # (claim, who) -> the statement there
    for made in there_now:
        for who in _speakers_of(made):
            said.setdefault((made.claim_uid, who), made.uid)
    kept = []
    for statement in statements:
        moved = replace(
            statement,
            claim_uid=same.get(statement.claim_uid, statement.claim_uid),
            source_uid=same.get(statement.source_uid or "", statement.source_uid),
            cue_uid=same.get(statement.cue_uid or "", statement.cue_uid),
        )
        matched = [
            said[(moved.claim_uid, w)] for w in _speakers_of(moved) if (moved.claim_uid, w) in said
        ]
        if matched:  # a relay of it points to the one there
            same[statement.uid] = matched[0]
        else:
            kept.append(moved)
    kept = [replace(s, relay_of=same.get(s.relay_of or "", s.relay_of)) for s in kept]
    used = {uid for s in kept for uid in (s.claim_uid, s.source_uid, s.cue_uid)}
    wanted = (SpanKind.ENTITY, SpanKind.CLAIM)
    fresh = [s for s in spans if s.uid not in same and (s.kind in wanted or s.uid in used)]
    return fresh, kept


def _speakers_of(statement: Statement) -> list[str]:
    """How a statement names who speaks: its speaker, and its source mention (a person
    may have corrected the speaker's name and kept the mention). Not its cue: a relay
    shares the cue of the words it relays."""
    found = [f"name:{statement.speaker.casefold()}"] if statement.speaker else []
    return found + ([f"mention:{statement.source_uid}"] if statement.source_uid else [])


def _span_key(span: Span) -> tuple:
    """What makes a suggestion the same as a span already there: its place and kind,
    and for an entity its label (a rejected ORG does not forbid a PER there)."""
    return (span.start, span.end, str(span.kind), span.label if span.kind == "entity" else "")
