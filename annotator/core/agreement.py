"""How far annotators agree: on which claims they marked, and on what they said of them.

Claim spans are compared per document and pair of annotators, exactly and by
overlap (F1). On the claims both marked (matched by overlap), source category and
stance are compared with Cohen's kappa per pair and Krippendorff's alpha (nominal)
over all annotators, computed by NLTK's AnnotationTask.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from annotator.core.model import Origin, SpanKind, SpanStatus
from annotator.core.store import Store

FIELDS = ("source_category", "stance")


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    labels: dict[str, str]  # field -> value of the annotator's (first, non-relay) statement


@dataclass
class PairScore:
    exact_f1: float
    overlap_f1: float
    matched: int
    kappa: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Agreement:
    annotators: list[str]
    pairs: dict[str, PairScore]  # "a|b" -> score, corpus-wide
    alpha: dict[str, float | None]
    documents: dict[str, dict[str, PairScore]]  # document title -> pairs

    def as_dict(self) -> dict:
        def pair(score: PairScore) -> dict:
            return {
                "exact_f1": score.exact_f1,
                "overlap_f1": score.overlap_f1,
                "matched_claims": score.matched,
                "kappa": score.kappa,
            }

        return {
            "annotators": self.annotators,
            "corpus": {"pairs": {k: pair(v) for k, v in self.pairs.items()}, "alpha": self.alpha},
            "documents": {
                title: {k: pair(v) for k, v in pairs.items()}
                for title, pairs in self.documents.items()
            },
        }


def claims_by_annotator(store: Store, document_id: int) -> dict[str, list[Claim]]:
    """Each annotator's claims in a document (rejected ones and the machine's left out)."""
    statements = store.statements(document_id)
    first: dict[str, dict[str, str]] = {}
    for statement in statements:
        if statement.relay_of is None and statement.status != SpanStatus.REJECTED:
            first.setdefault(statement.claim_uid, {f: getattr(statement, f) for f in FIELDS})
    found: dict[str, list[Claim]] = {}
    for span in store.spans(document_id, kinds=[SpanKind.CLAIM]):
        reviewed = span.origin == Origin.REVIEW  # a reviewer's settlement is no annotation
        if span.annotator and span.status != SpanStatus.REJECTED and not reviewed:
            found.setdefault(span.annotator, []).append(
                Claim(span.start, span.end, first.get(span.uid, dict.fromkeys(FIELDS, "")))
            )
    return found


def f1(matched: int, total: int) -> float:
    """2·matches / (|A| + |B|): precision and recall's harmonic mean, symmetric."""
    return 1.0 if total == 0 else 2 * matched / total


def match_by_overlap(left: list[Claim], right: list[Claim]) -> list[tuple[Claim, Claim]]:
    """One-to-one pairs of overlapping claims, the largest overlaps first."""
    candidates = sorted(
        (
            (min(a.end, b.end) - max(a.start, b.start), i, j)
            for i, a in enumerate(left)
            for j, b in enumerate(right)
            if a.start < b.end and b.start < a.end
        ),
        reverse=True,
    )
    used_left, used_right, pairs = set(), set(), []
    for _overlap, i, j in candidates:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((left[i], right[j]))
    return pairs


def _pair_score(units: list[tuple[list[Claim], list[Claim]]]) -> PairScore:
    """Scores of two annotators over documents (each unit: their claims in one document)."""
    exact = overlap = sizes = 0
    matched_labels: list[tuple[dict[str, str], dict[str, str]]] = []
    for left, right in units:
        exact += len({(c.start, c.end) for c in left} & {(c.start, c.end) for c in right})
        pairs = match_by_overlap(left, right)
        overlap += len(pairs)
        sizes += len(left) + len(right)
        matched_labels.extend((a.labels, b.labels) for a, b in pairs)
    score = PairScore(f1(exact, sizes), f1(overlap, sizes), overlap)
    for name in FIELDS:
        score.kappa[name] = cohen_kappa([(a[name], b[name]) for a, b in matched_labels])
    return score


def cohen_kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two coders' labels on the same items (None: nothing to compare)."""
    if not pairs:
        return None
    from nltk.metrics.agreement import AnnotationTask

    data = [
        (coder, str(i), label or "-")
        for i, pair in enumerate(pairs)
        for coder, label in zip(("a", "b"), pair, strict=True)
    ]
    if len({label for _, _, label in data}) == 1:
        return 1.0  # total agreement on a single label: kappa is undefined, agreement is not
    return AnnotationTask(data=data).kappa_pairwise("a", "b")


def krippendorff_alpha(units: Iterable[dict[str, str]]) -> float | None:
    """Nominal alpha over units, each a mapping annotator -> label (two labels at least)."""
    from nltk.metrics.agreement import AnnotationTask

    data = [
        (coder, str(i), label or "-")
        for i, unit in enumerate(units)
        if len(unit) >= 2
        for coder, label in unit.items()
    ]
    if not data:
        return None
    if len({label for _, _, label in data}) == 1:
        return 1.0
    return AnnotationTask(data=data).alpha()


def _units(claims: dict[str, list[Claim]], name: str) -> list[dict[str, str]]:
    """Claims matched across annotators (by overlap with the first annotator's claims,
    then greedily among the rest), as annotator -> label of the field."""
    units: list[dict[str, tuple[Claim, str]]] = []
    for annotator, mine in claims.items():
        for claim in mine:
            home = next(
                (
                    u
                    for u in units
                    if annotator not in u
                    and any(c.start < claim.end and claim.start < c.end for c, _ in u.values())
                ),
                None,
            )
            if home is None:
                home = {}
                units.append(home)
            home[annotator] = (claim, claim.labels[name])
    return [{a: label for a, (_, label) in unit.items()} for unit in units]


def agreement(store: Store) -> Agreement:
    """Agreement per document and over the corpus, per pair of annotators and overall."""
    per_document: dict[int, dict[str, list[Claim]]] = {}
    names: set[str] = set()
    for listed in store.documents():
        claims = claims_by_annotator(store, listed.id)
        if claims:
            per_document[listed.id] = claims
            names.update(claims)
    annotators = sorted(names)
    pairs, documents = {}, {}
    for a, b in combinations(annotators, 2):
        units = [(c.get(a, []), c.get(b, [])) for c in per_document.values() if a in c or b in c]
        pairs[f"{a}|{b}"] = _pair_score(units)
    for document_id, claims in per_document.items():
        present = sorted(claims)
        if len(present) >= 2:
            title = store.document(document_id).title or str(document_id)
            documents[title] = {
                f"{a}|{b}": _pair_score([(claims[a], claims[b])])
                for a, b in combinations(present, 2)
            }
    alpha = {
        name: krippendorff_alpha(
            unit for claims in per_document.values() for unit in _units(claims, name)
        )
        for name in FIELDS
    }
    return Agreement(annotators, pairs, alpha, documents)


def format_table(result: Agreement) -> str:
    """The corpus figures as lines of text, for a terminal."""
    lines = [f"annotators: {', '.join(result.annotators) or '(none)'}"]
    for pair, score in result.pairs.items():
        kappas = ", ".join(f"kappa {k} {_number(v)}" for k, v in score.kappa.items())
        lines.append(
            f"{pair.replace('|', ' / ')}: claims exact F1 {score.exact_f1:.3f}, "
            f"overlap F1 {score.overlap_f1:.3f} ({score.matched} matched); {kappas}"
        )
    lines.append(
        "all annotators: " + ", ".join(f"alpha {k} {_number(v)}" for k, v in result.alpha.items())
    )
    return "\n".join(lines)


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
