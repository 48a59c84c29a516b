"""schema.org ClaimReview (JSON-LD), one record per rated statement."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Statement

# Position of a rating on schema.org's 1 (worst) .. 5 (best) scale.
RATING_VALUES = {"false": 1, "misleading": 2, "unverified": 3, "mostly_true": 4, "true": 5}
PERSON_CATEGORIES = {"ru_official", "ua_official", "western_official", "mediator_official"}


def claim_review(record: AnnotatedDocument, statement: Statement, claim_text: str) -> dict:
    document = record.document
    appearance = {"@type": "CreativeWork", "headline": document.title}
    if document.url:
        appearance["url"] = document.url
    if document.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": document.outlet}
    item = {"@type": "Claim", "appearance": appearance}
    if statement.speaker:
        kind = "Person" if statement.source_category in PERSON_CATEGORIES else "Organization"
        item["author"] = {"@type": kind, "name": statement.speaker}
    if document.published:
        item["datePublished"] = document.published[:10]
    rating = {"@type": "Rating", "alternateName": statement.rating.replace("_", " ")}
    if statement.rating in RATING_VALUES:
        rating.update(ratingValue=RATING_VALUES[statement.rating], bestRating=5, worstRating=1)
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": " ".join(claim_text.split()),
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Person", "name": statement.annotator or "unknown"},
        "datePublished": statement.updated[:10] or None,
        "url": f"{document.url or 'urn:sha256:' + document.uid}#claim-{statement.uid}",
    }
    if statement.note:
        review["reviewBody"] = statement.note
    return {k: v for k, v in review.items() if v is not None}


def write_claimreview(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
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
            item = claim_review(record, statement, record.document.text[claim.start : claim.end])
            out.write(("" if first else ",\n") + json.dumps(item, ensure_ascii=False))
            first = False
        count += 1
    out.write("\n]\n")
    return count
