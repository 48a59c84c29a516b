"""Review: every annotator's version of each claim side by side, and the one that stands.

A unit gathers the overlapping claims of all annotators in a document. Choosing a
version copies it (claim span, source mention, statement) as the reviewed one,
with origin `review` and the reviewer's name; the annotators' originals are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.editing import Change, Wanted, commit_change, one_transaction
from annotator.core.model import (
    Origin,
    Span,
    SpanKind,
    SpanStatus,
    Statement,
    new_uid,
    now_iso,
)
from annotator.core.rows import span_row, statement_row
from annotator.core.store import Store

COMPARED = ("source_category", "stance", "speaker", "rating")


@dataclass(frozen=True)
class Version:
    annotator: str
    claim: Span
    statement: Statement


@dataclass
class ReviewUnit:
    start: int
    end: int
    versions: dict[str, Version] = field(default_factory=dict)
    reviewed: Version | None = None

    @property
    def disagreements(self) -> list[str]:
        """What the annotators' versions differ on: 'claim' (bounds) and field names."""
        versions = list(self.versions.values())
        if len(versions) < 2:
            return []
        found = []
        if len({(v.claim.start, v.claim.end) for v in versions}) > 1:
            found.append("claim")
        found += [f for f in COMPARED if len({getattr(v.statement, f) for v in versions}) > 1]
        return found


def review_units(store: Store, document_id: int) -> list[ReviewUnit]:
    """Units of overlapping claims, in text order, with each annotator's version."""
    spans = {s.uid: s for s in store.spans(document_id, kinds=[SpanKind.CLAIM])}
    units: list[ReviewUnit] = []
    for statement in store.statements(document_id):
        claim = spans.get(statement.claim_uid)
        if claim is None or statement.relay_of or statement.status == SpanStatus.REJECTED:
            continue
        if not statement.annotator and claim.origin != Origin.REVIEW:
            continue  # the machine's untouched suggestions are nobody's version yet
        unit = next((u for u in units if u.start < claim.end and claim.start < u.end), None)
        if unit is None:
            unit = ReviewUnit(claim.start, claim.end)
            units.append(unit)
        unit.start, unit.end = min(unit.start, claim.start), max(unit.end, claim.end)
        version = Version(statement.annotator, claim, statement)
        if claim.origin == Origin.REVIEW:
            unit.reviewed = version
        else:
            unit.versions.setdefault(statement.annotator, version)
    return sorted(units, key=lambda u: u.start)


@one_transaction
def choose_version(
    store: Store, document_id: int, unit: ReviewUnit, annotator: str, reviewer: str
) -> Change:
    """Make one annotator's version the reviewed one (replacing an earlier choice)."""
    chosen = unit.versions[annotator]
    stamp = now_iso()
    claim = Span(
        chosen.claim.start,
        chosen.claim.end,
        chosen.claim.label,
        kind=SpanKind.CLAIM,
        origin=Origin.REVIEW,
        status=SpanStatus.ACCEPTED,
        annotator=reviewer,
    )
    after: Wanted = {"spans": {claim.uid: span_row(document_id, claim, stamp)}, "statements": {}}
    copied = {}  # the chosen statement's source mention and cue, as the reviewer's
    for uid in (chosen.statement.source_uid, chosen.statement.cue_uid):
        original = store.span(uid) if uid else None
        if original is not None:
            copy = Span(
                original.start,
                original.end,
                original.label,
                kind=original.kind,
                origin=Origin.REVIEW,
                status=SpanStatus.ACCEPTED,
                annotator=reviewer,
            )
            after["spans"][copy.uid] = span_row(document_id, copy, stamp)
            copied[uid] = copy.uid
    source_uid = copied.get(chosen.statement.source_uid or "")
    statement = Statement(
        claim.uid,
        source_uid,
        chosen.statement.speaker,
        chosen.statement.source_category,
        chosen.statement.stance,
        chosen.statement.rating,
        chosen.statement.note,
        origin=Origin.REVIEW,
        status=SpanStatus.ACCEPTED,
        annotator=reviewer,
        uid=new_uid(),
        cue_uid=copied.get(chosen.statement.cue_uid or ""),
    )
    after["statements"][statement.uid] = statement_row(document_id, statement, stamp)
    if unit.reviewed is not None:  # one reviewed version per unit
        after["statements"][unit.reviewed.statement.uid] = None
        after["spans"][unit.reviewed.claim.uid] = None
        for uid in (unit.reviewed.statement.source_uid, unit.reviewed.statement.cue_uid):
            if uid:
                after["spans"][uid] = None
    return commit_change(
        store, f"Review: keep {annotator}'s version", after, reviewer, statement.uid, "review"
    )
