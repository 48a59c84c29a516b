"""schema.org ClaimReview (JSON-LD): one review per rated statement, as Google reads it.

Google requires `claimReviewed` (a line, 75 characters or fewer recommended),
`reviewRating` with its `alternateName`, and `url`, the fact-checker's page; it
recommends `author` (the organisation), `datePublished` and `itemReviewed` (the claim,
its `author` a Person or an Organization, its `appearance` and date).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Span, SpanKind, Statement

if TYPE_CHECKING:
    from annotator.core.factcheck import FactChecker

SHORT_CLAIM = 75  # characters: Google's advice, so that a claim fits a phone's line
# A number for each rating on a scale from false (1) to true (4); "unverified" is no
# point on it, and gets its words only.
RATING_VALUES = {"false": 1, "misleading": 2, "mostly_true": 3, "true": 4}
BEST_RATING = max(RATING_VALUES.values())
PERSON_CATEGORIES = {"ru_official", "ua_official", "western_official", "mediator_official"}
PERSON_LABELS = {"PER", "PERSON"}
ORGANISATION_LABELS = {"ORG", "GPE", "LOC", "NORP"}  # "Moscow said": a government speaks
_QUOTE_MARKS = "«»“”„‟\"'‹›‘’`"


def default_short_claim(quote: str) -> str:
    """The quote in one line of at most SHORT_CLAIM characters: its quotation marks
    taken off, cut after a whole word with "…" when it is longer."""
    text = " ".join(" ".join(quote.split()).strip(_QUOTE_MARKS + " ").split())
    if len(text) <= SHORT_CLAIM:
        return text
    cut = text[: SHORT_CLAIM - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


@dataclass(frozen=True, slots=True)
class Reviewer:
    """What a project knows beyond its documents: who publishes, its rating names, and
    the Wikidata items of the speakers its gazetteer knows."""

    checker: FactChecker
    rating_names: dict[str, str] = field(default_factory=dict)
    wikidata: dict[str, str] = field(default_factory=dict)  # speaker name -> "Q…"


def write_claimreview(records: Iterable[AnnotatedDocument], out: TextIO, reviewer: Reviewer) -> int:
    """A JSON list of ClaimReview records: only statements with a rating become one."""
    out.write("[\n")
    first = True
    count = 0
    for record in records:
        spans = {s.uid: s for s in record.spans}
        for statement in record.statements:
            claim = spans.get(statement.claim_uid)
            if not statement.rating or claim is None:
                continue
            item = claim_review(record, statement, claim, reviewer)
            out.write(("" if first else ",\n") + json.dumps(item, ensure_ascii=False))
            first = False
        count += 1
    out.write("\n]\n")
    return count


def claim_review(
    record: AnnotatedDocument, statement: Statement, claim: Span, reviewer: Reviewer
) -> dict:
    checker = reviewer.checker
    name = reviewer.rating_names.get(statement.rating) or statement.rating.replace("_", " ")
    rating: dict = {"@type": "Rating", "alternateName": name, "name": name}
    if statement.rating in RATING_VALUES:
        rating.update(
            ratingValue=RATING_VALUES[statement.rating], bestRating=BEST_RATING, worstRating=1
        )
    quote = record.document.text[claim.start : claim.end]
    page = checker.page_url  # an anchor of its own per claim, unless the page has one
    if "#" not in page:
        page = f"{page}#claim-{statement.uid}"
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page,
        "claimReviewed": " ".join(statement.short_claim.split()) or default_short_claim(quote),
        "itemReviewed": _claim(record, statement, reviewer),
        "reviewRating": rating,
        "author": {
            "@type": "Organization",
            "name": checker.organisation,
            "url": checker.organisation_url,
        },  # fmt: skip
        "datePublished": statement.updated[:10] or None,
        "reviewBody": statement.note or None,
    }
    return {k: v for k, v in review.items() if v is not None}


def _claim(record: AnnotatedDocument, statement: Statement, reviewer: Reviewer) -> dict:
    """The reviewed claim: who made it, where it appeared, when."""
    document = record.document
    appearance: dict = {
        "@type": "CreativeWork",
        "headline": document.title,
        "url": document.url,
        "datePublished": document.published,
    }
    if document.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": document.outlet}
    item: dict = {"@type": "Claim", "appearance": {k: v for k, v in appearance.items() if v}}
    if statement.speaker:
        author = {"@type": _author_type(record, statement), "name": statement.speaker}
        if statement.speaker in reviewer.wikidata:
            author["sameAs"] = (
                f"https://www.wikidata.org/wiki/{reviewer.wikidata[statement.speaker]}"
            )
        item["author"] = author
    if document.published:
        item["datePublished"] = document.published[:10]
    return item


def _author_type(record: AnnotatedDocument, statement: Statement) -> str:
    """Person or Organization: from the entity that names the speaker in the source
    mention (a person inside it first), else from the source category."""
    mention = next((s for s in record.spans if s.uid == statement.source_uid), None)
    if mention is not None:
        text = record.document.text
        inside = [
            s
            for s in record.spans
            if s.kind == SpanKind.ENTITY and s.start < mention.end and mention.start < s.end
        ]
        named = [s for s in inside if text[s.start : s.end] == statement.speaker]
        for group in (named, inside):
            labels = {s.label for s in group}
            if labels & PERSON_LABELS:
                return "Person"
            if labels & ORGANISATION_LABELS:
                return "Organization"
    return "Person" if statement.source_category in PERSON_CATEGORIES else "Organization"
