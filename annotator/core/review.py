"""Review: every annotator's version of each claim side by side, and the one that stands.

A unit gathers the overlapping claims of all annotators in a document. Choosing a
version copies it (claim span, source mention, statement) as the reviewed one,
with origin `review` and the reviewer's name; the annotators' originals are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
    """One annotator's claim and every statement they made on it (a relay included)."""

    annotator: str
    claim: Span
    statements: tuple[Statement, ...]

    @property
    def statement(self) -> Statement:
        """The statement that is no relay (the first one made)."""
        return next((s for s in self.statements if not s.relay_of), self.statements[0])


@dataclass
class ReviewUnit:
    start: int
    end: int
    versions: dict[str, Version] = field(default_factory=dict)
    reviewed: Version | None = None

    @property
    def disagreements(self) -> list[str]:
        """What the annotators' versions differ on: 'claim' (bounds) and field names
        (each version's statements compared as a set)."""
        versions = list(self.versions.values())
        if len(versions) < 2:
            return []
        found = []
        if len({(v.claim.start, v.claim.end) for v in versions}) > 1:
            found.append("claim")
        for name in COMPARED:
            if len({frozenset(getattr(s, name) for s in v.statements) for v in versions}) > 1:
                found.append(name)
        return found


def review_units(store: Store, document_id: int) -> list[ReviewUnit]:
    """Units of overlapping claims, in text order, with each annotator's version."""
    spans = {s.uid: s for s in store.spans(document_id, kinds=[SpanKind.CLAIM])}
    units: list[ReviewUnit] = []
    gathered: dict[tuple[int, str], list[Statement]] = {}  # (unit, claim uid) -> statements
    for statement in store.statements(document_id):
        claim = spans.get(statement.claim_uid)
        if claim is None or statement.status == SpanStatus.REJECTED:
            continue
        if not statement.annotator and claim.origin != Origin.REVIEW:
            continue  # the machine's untouched suggestions are nobody's version yet
        unit = next((u for u in units if u.start < claim.end and claim.start < u.end), None)
        if unit is None:
            unit = ReviewUnit(claim.start, claim.end)
            units.append(unit)
        unit.start, unit.end = min(unit.start, claim.start), max(unit.end, claim.end)
        key = (id(unit), claim.uid)
        if key in gathered:  # another statement on a claim already in a version
            gathered[key].append(statement)
            continue
        if claim.origin != Origin.REVIEW and statement.annotator in unit.versions:
            continue  # one claim per annotator and unit: their first
        gathered[key] = [statement]
        version = Version(statement.annotator, claim, ())
        if claim.origin == Origin.REVIEW:
            unit.reviewed = version
        else:
            unit.versions[statement.annotator] = version
    for unit in units:  # the versions with all their statements
        for name, version in unit.versions.items():
            unit.versions[name] = _with(version, gathered[(id(unit), version.claim.uid)])
        if unit.reviewed is not None:
            unit.reviewed = _with(unit.reviewed, gathered[(id(unit), unit.reviewed.claim.uid)])
    return sorted(units, key=lambda u: u.start)


def _with(version: Version, statements: list[Statement]) -> Version:
    return Version(version.annotator, version.claim, tuple(statements))


@one_transaction
def choose_version(
    store: Store, document_id: int, unit: ReviewUnit, annotator: str, reviewer: str
) -> Change:
    """Make one annotator's version the reviewed one (replacing an earlier choice):
    their claim and every statement on it, with its source mention and cue, copied as
    the reviewer's."""
    chosen = unit.versions[annotator]
    stamp = now_iso()
    claim = _copy(chosen.claim, reviewer)
    after: Wanted = {"spans": {claim.uid: span_row(document_id, claim, stamp)}, "statements": {}}
    copied: dict[str, str] = {}  # original uid -> its copy's, spans and statements alike
    for original in chosen.statements:
        for uid in (original.source_uid, original.cue_uid):
            span = store.span(uid) if uid and uid not in copied else None
            if span is not None:
                copy = _copy(span, reviewer)
                after["spans"][copy.uid] = span_row(document_id, copy, stamp)
                copied[span.uid] = copy.uid
        copied[original.uid] = new_uid()
    for original in chosen.statements:
        statement = replace(
            original,
            claim_uid=claim.uid,
            source_uid=copied.get(original.source_uid or ""),
            cue_uid=copied.get(original.cue_uid or ""),
            relay_of=copied.get(original.relay_of or ""),
            origin=Origin.REVIEW,
            status=SpanStatus.ACCEPTED,
            annotator=reviewer,
            reasons=(),
            uid=copied[original.uid],
        )
        after["statements"][statement.uid] = statement_row(document_id, statement, stamp)
    if unit.reviewed is not None:  # one reviewed version per unit
        after["spans"][unit.reviewed.claim.uid] = None
        for old in unit.reviewed.statements:
            after["statements"][old.uid] = None
            for uid in (old.source_uid, old.cue_uid):
                if uid:
                    after["spans"][uid] = None
    focus = copied[chosen.statement.uid]
    return commit_change(
        store, f"Review: keep {annotator}'s version", after, reviewer, focus, "review"
    )


def _copy(span: Span, reviewer: str) -> Span:
    return Span(
        span.start,
        span.end,
        span.label,
        kind=span.kind,
        origin=Origin.REVIEW,
        status=SpanStatus.ACCEPTED,
        annotator=reviewer,
    )
