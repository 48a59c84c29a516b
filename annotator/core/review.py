"""Review: every annotator's decision on each claim side by side, and the one that stands.

A person's decision on a claim is what they touched: a claim they accepted, corrected
or added (their version: the claim and every statement they made on it, a relay
included) or one they rejected. Untouched suggestions are nobody's decision. Agreement
(core.agreement) counts the same decisions.

A unit gathers, in a document, the annotators' decisions on the same words: each
annotator's decisions are matched to the units so far by overlap, the largest first,
one to one. A unit is agreed when everyone who decided anything in the document kept
the same claim (same words, category, stance, speaker, rating, relays), or nobody
kept it. Settling a unit copies the chosen version (or a rejection) as the reviewed
one, with origin `review`, the reviewer's name and the digest of the versions it
settled; the annotators' originals are kept. A later merge that changes a version
changes the digest, and the unit is to review again.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import accumulate

from annotator.core.editing import Change, Wanted, commit_change, one_transaction
from annotator.core.errors import EditError
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
AGREEMENT_RULE = (
    "everyone who annotated the document kept the same claim: the same words, source "
    "category, stance, speaker, rating and relays; or nobody kept it"
)


@dataclass(frozen=True)
class Version:
    """One annotator's decision on a claim: the claim and every statement they made on
    it (a relay included); `rejected` when they turned it down."""

    annotator: str
    claim: Span
    statements: tuple[Statement, ...]
    rejected: bool = False

    @property
    def statement(self) -> Statement:
        """The statement that is no relay (the first one made)."""
        return next((s for s in self.statements if not s.relay_of), self.statements[0])

    def content(self) -> list:
        """What is compared: the words, then each statement's fields (as a sorted set)."""
        if self.rejected:
            return ["rejected"]
        said = sorted(
            {(*(getattr(s, name) for name in COMPARED), bool(s.relay_of)) for s in self.statements}
        )
        return [self.claim.start, self.claim.end, said]


@dataclass
class ReviewUnit:
    start: int
    end: int
    annotators: tuple[str, ...]  # everyone who decided anything in the document
    versions: dict[str, Version] = field(default_factory=dict)
    reviewed: Version | None = None  # the reviewer's: kept (a copy) or rejected

    @property
    def kept(self) -> dict[str, Version]:
        return {name: v for name, v in self.versions.items() if not v.rejected}

    @property
    def disagreements(self) -> list[str]:
        """What the decisions differ on: 'one-sided' (kept by some, absent or rejected for
        others), 'claim' (the words), field names, 'relay'."""
        kept = list(self.kept.values())
        if not kept:
            return []
        found = []
        if set(self.kept) != set(self.annotators):
            found.append("one-sided")
        if len({(v.claim.start, v.claim.end) for v in kept}) > 1:
            found.append("claim")
        for name in COMPARED:  # on what each says of the claim itself (relays apart)
            if len({frozenset(getattr(s, name) for s in _own(v)) for v in kept}) > 1:
                found.append(name)
        if len({frozenset(_relayed(v)) for v in kept}) > 1:
            found.append("relay")
        return found

    @property
    def agreed(self) -> bool:
        return bool(self.versions) and not self.disagreements

    def basis(self) -> str:
        """A digest of every decision in the unit, as a review records it."""
        decisions = sorted([name, v.content()] for name, v in self.versions.items())
        return hashlib.sha256(json.dumps(decisions).encode()).hexdigest()[:16]

    @property
    def changed_since_review(self) -> bool:
        """Reviewed, but a decision has changed since (a later merge)."""
        return self.reviewed is not None and self.reviewed.statements[0].review_basis not in (
            "",
            self.basis(),
        )

    @property
    def settled(self) -> bool:
        return self.reviewed is not None and not self.changed_since_review


def _own(version: Version) -> list[Statement]:
    return [s for s in version.statements if not s.relay_of]


def _relayed(version: Version) -> set[tuple[str, ...]]:
    return {tuple(getattr(s, name) for name in COMPARED) for s in version.statements if s.relay_of}


def decisions(store: Store, document_id: int) -> dict[str, list[Version]]:
    """Each annotator's decisions on claims in a document, in the order they were made
    (a reviewer's settlements are not among them)."""
    claims = {s.uid: s for s in store.spans(document_id, kinds=[SpanKind.CLAIM])}
    made: dict[tuple[str, str], list[Statement]] = {}  # (annotator, claim uid) -> statements
    for statement in store.statements(document_id):
        claim = claims.get(statement.claim_uid)
        if claim is None or claim.origin == Origin.REVIEW:
            continue
        who = statement.annotator or claim.annotator
        if who:  # else the machine's, untouched
            made.setdefault((who, claim.uid), []).append(statement)
    found: dict[str, list[Version]] = {}
    for (who, uid), statements in made.items():
        standing = tuple(s for s in statements if s.status != SpanStatus.REJECTED)
        version = Version(who, claims[uid], standing or tuple(statements), not standing)
        found.setdefault(who, []).append(version)
    return found


def group(decided: dict[str, list[Version]]) -> list[ReviewUnit]:
    """Units of the decisions on the same words (see the module's docstring)."""
    annotators = tuple(sorted(decided))
    units: list[ReviewUnit] = []
    for name in annotators:
        mine = decided[name]
        pairs = _by_overlap(
            [(v.claim.start, v.claim.end) for v in mine],
            [(u.start, u.end) if name not in u.versions else (0, 0) for u in units],
        )
        placed = set()
        for i, j in pairs:
            _place(units[j], mine[i])
            placed.add(i)
        for i, version in enumerate(mine):
            if i not in placed:
                unit = ReviewUnit(version.claim.start, version.claim.end, annotators)
                _place(unit, version)
                units.append(unit)
    return units


def _place(unit: ReviewUnit, version: Version) -> None:
    unit.versions[version.annotator] = version
    unit.start = min(unit.start, version.claim.start)
    unit.end = max(unit.end, version.claim.end)


def _by_overlap(left: list[tuple[int, int]], right: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (i, j) of overlapping ranges, the largest overlaps first. The
    overlapping pairs are found from `right` sorted by start (a bisection, then back
    while a range before may still reach): no pair of ranges far apart is looked at, so
    10,000 claims a side cost no 10^8 comparisons on the window's thread."""
    order = sorted(range(len(right)), key=lambda j: right[j])
    starts = [right[j][0] for j in order]
    reach = list(accumulate((right[j][1] for j in order), max))  # furthest end so far
    candidates = []
    for i, (start, end) in enumerate(left):
        k = bisect_left(starts, end) - 1  # the last range that starts before this ends
        while k >= 0 and reach[k] > start:
            j = order[k]
            if right[j][1] > start:
                candidates.append((min(end, right[j][1]) - max(start, right[j][0]), i, j))
            k -= 1
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _overlap, i, j in candidates:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    return pairs


def review_units(store: Store, document_id: int) -> list[ReviewUnit]:
    """The document's units in text order, each with the reviewer's settlement if any
    (a claim the reviewer added is a unit of its own)."""
    units = group(decisions(store, document_id))
    reviewed = _reviewed_versions(store, document_id)
    pairs = _by_overlap(
        [(v.claim.start, v.claim.end) for v in reviewed], [(u.start, u.end) for u in units]
    )
    matched = set()
    for i, j in pairs:
        units[j].reviewed = reviewed[i]
        matched.add(i)
    annotators = units[0].annotators if units else ()
    for i, version in enumerate(reviewed):
        if i not in matched:
            units.append(
                ReviewUnit(version.claim.start, version.claim.end, annotators, reviewed=version)
            )
    return sorted(units, key=lambda u: (u.start, u.end))


def _reviewed_versions(store: Store, document_id: int) -> list[Version]:
    claims = {
        s.uid: s
        for s in store.spans(document_id, kinds=[SpanKind.CLAIM])
        if s.origin == Origin.REVIEW
    }
    made: dict[str, list[Statement]] = {}
    for statement in store.statements(document_id):
        if statement.claim_uid in claims:
            made.setdefault(statement.claim_uid, []).append(statement)
    return [
        Version(
            claims[uid].annotator,
            claims[uid],
            tuple(statements),
            all(s.status == SpanStatus.REJECTED for s in statements),
        )
        for uid, statements in made.items()
    ]


def undecided(units: Iterable[ReviewUnit]) -> list[ReviewUnit]:
    """Units not settled yet (or changed since they were)."""
    return [u for u in units if u.versions and not u.settled]


def disputed(units: Iterable[ReviewUnit]) -> list[ReviewUnit]:
    """Units only a reviewer can settle: the annotators differ, or a decision changed
    since the reviewer settled it (the reviewer decides again, never a merge)."""
    return [u for u in undecided(units) if not u.agreed or u.changed_since_review]


@one_transaction
def choose_version(
    store: Store, document_id: int, unit: ReviewUnit, annotator: str, reviewer: str
) -> Change:
    """Make one annotator's version the reviewed one (replacing an earlier settlement):
    their claim and every statement on it, with its source mention and cue, copied as
    the reviewer's."""
    chosen = unit.kept.get(annotator)
    if chosen is None:
        raise EditError("{annotator} kept no version of this claim", annotator=annotator)
    after: Wanted = {"spans": {}, "statements": {}}
    focus = _settle(store, document_id, unit, chosen, reviewer, after)
    said = f"Review: keep {annotator}'s version"  # history keeps whose version stands
    return commit_change(store, said, after, reviewer, focus, said)


@one_transaction
def reject_unit(store: Store, document_id: int, unit: ReviewUnit, reviewer: str) -> Change:
    """Settle a unit as no claim at all: nothing of it is exported as reviewed."""
    if not unit.versions:
        raise EditError("this claim has no annotator's decision to reject")
    base = next(iter(unit.kept.values()), None) or next(iter(unit.versions.values()))
    rejection = Version(base.annotator, base.claim, base.statements, rejected=True)
    after: Wanted = {"spans": {}, "statements": {}}
    focus = _settle(store, document_id, unit, rejection, reviewer, after)
    said = "Review: reject the claim"
    return commit_change(store, said, after, reviewer, focus, said)


@one_transaction
def merge_agreements(store: Store, document_id: int, reviewer: str) -> Change:
    """Settle every agreed unit not settled yet, in one edit (empty: there was none)."""
    agreed = [u for u in review_units(store, document_id) if u.agreed and u.reviewed is None]
    if not agreed:
        return Change("Review: merge 0 agreed claim(s)")
    after: Wanted = {"spans": {}, "statements": {}}
    focus = ""
    for unit in agreed:
        kept = list(unit.kept.values())
        decision = kept[0] if kept else next(iter(unit.versions.values()))
        settled = _settle(store, document_id, unit, decision, reviewer, after)
        focus = focus or settled
    said = f"Review: merge {len(agreed)} agreed claim(s) of {', '.join(agreed[0].annotators)}"
    return commit_change(store, said, after, reviewer, focus, said)


def _settle(
    store: Store,
    document_id: int,
    unit: ReviewUnit,
    decision: Version,
    reviewer: str,
    after: Wanted,
) -> str:
    """Add to `after` the reviewer's copy of `decision` (replacing the unit's earlier
    settlement); returns the uid of its main statement."""
    stamp = now_iso()
    status = SpanStatus.REJECTED if decision.rejected else SpanStatus.ACCEPTED
    claim = _copy(decision.claim, reviewer, status)
    after["spans"][claim.uid] = span_row(document_id, claim, stamp)
    copied: dict[str, str] = {}  # original uid -> its copy's, spans and statements alike
    for original in decision.statements:
        for uid in (original.source_uid, original.cue_uid):
            span = store.span(uid) if uid and uid not in copied and not decision.rejected else None
            if span is not None:
                copy = _copy(span, reviewer, status)
                after["spans"][copy.uid] = span_row(document_id, copy, stamp)
                copied[span.uid] = copy.uid
        copied[original.uid] = new_uid()
    basis = unit.basis()
    for original in decision.statements:
        statement = replace(
            original,
            claim_uid=claim.uid,
            source_uid=copied.get(original.source_uid or ""),
            cue_uid=copied.get(original.cue_uid or ""),
            relay_of=copied.get(original.relay_of or ""),
            origin=Origin.REVIEW,
            status=status,
            annotator=reviewer,
            reasons=(f"kept:{decision.annotator}",),  # whose version stands, for exports
            uid=copied[original.uid],
            review_basis=basis,
        )
        after["statements"][statement.uid] = statement_row(document_id, statement, stamp)
    if unit.reviewed is not None:  # one settlement per unit
        after["spans"][unit.reviewed.claim.uid] = None
        for old in unit.reviewed.statements:
            after["statements"][old.uid] = None
            for uid in (old.source_uid, old.cue_uid):
                if uid:
                    after["spans"][uid] = None
    return copied[decision.statement.uid]


def _copy(span: Span, reviewer: str, status: SpanStatus) -> Span:
    return Span(
        span.start,
        span.end,
        span.label,
        kind=span.kind,
        origin=Origin.REVIEW,
        status=status,
        annotator=reviewer,
    )
