"""How far annotators agree: on which claims they marked, and on what they said of them.

The claims compared are the annotators' decisions as the review sees them
(core.review): what a person accepted, corrected or added; untouched suggestions and
rejections are no claim. Claims are matched as the review groups them into units, and
compared per document and pair of annotators, exactly and by overlap (F1). On the
claims both kept, source category and stance are compared with Cohen's kappa per
pair and Krippendorff's alpha (nominal) over all annotators, computed by NLTK's
AnnotationTask.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from annotator.core.model import Statement
from annotator.core.review import ReviewUnit, decisions, group
from annotator.core.store import Store

FIELDS = ("source_category", "stance")


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


def f1(matched: int, total: int) -> float:
    """2·matches / (|A| + |B|): precision and recall's harmonic mean, symmetric."""
    return 1.0 if total == 0 else 2 * matched / total


def _pair_score(units: list[ReviewUnit], a: str, b: str) -> PairScore:
    """Scores of two annotators over units (of one document or of all): their kept
    claims matched as the review groups them."""
    exact = overlap = sizes = 0
    matched: list[tuple[Statement, Statement]] = []
    for unit in units:
        kept = unit.kept
        sizes += (a in kept) + (b in kept)
        if a in kept and b in kept:
            left, right = kept[a], kept[b]
            overlap += 1
            exact += (left.claim.start, left.claim.end) == (right.claim.start, right.claim.end)
            matched.append((left.statement, right.statement))
    score = PairScore(f1(exact, sizes), f1(overlap, sizes), overlap)
    for name in FIELDS:
        score.kappa[name] = cohen_kappa([(getattr(x, name), getattr(y, name)) for x, y in matched])
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


def agreement(store: Store) -> Agreement:
    """Agreement per document and over the corpus, per pair of annotators and overall."""
    per_document: dict[int, list[ReviewUnit]] = {}
    names: set[str] = set()
    for listed in store.documents():
        decided = decisions(store, listed.id)
        if decided:
            per_document[listed.id] = group(decided)
            names.update(decided)
    annotators = sorted(names)
    everything = [unit for units in per_document.values() for unit in units]
    pairs = {f"{a}|{b}": _pair_score(everything, a, b) for a, b in combinations(annotators, 2)}
    documents = {}
    for document_id, units in per_document.items():
        present = sorted(units[0].annotators)
        if len(present) >= 2:
            title = store.document(document_id).title or str(document_id)
            documents[title] = {
                f"{a}|{b}": _pair_score(units, a, b) for a, b in combinations(present, 2)
            }
    alpha = {
        name: krippendorff_alpha(
            {who: getattr(version.statement, name) for who, version in unit.kept.items()}
            for unit in everything
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
