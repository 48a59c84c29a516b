"""W3C Web Annotation (JSON-LD): one annotation per span, selectors by quote and position."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Span, SpanKind, Statement

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32


def document_iri(record: AnnotatedDocument) -> str:
    return record.document.url or f"urn:sha256:{record.document.uid}"


def annotation(record: AnnotatedDocument, span: Span, statements: list[Statement]) -> dict:
    text = record.document.text
    bodies: list[dict] = [
        {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": span.label if span.kind == SpanKind.ENTITY else str(span.kind),
        }
    ]
    for statement in statements:
        for purpose, value in (
            ("identifying", statement.speaker),
            ("classifying", statement.source_category),
            ("describing", statement.stance and f"stance:{statement.stance}"),
            ("assessing", statement.rating),
            ("commenting", statement.note),
        ):
            if value:
                bodies.append({"type": "TextualBody", "purpose": purpose, "value": value})
    found = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{span.uid}",
        "type": "Annotation",
        "motivation": "assessing"
        if any(s.rating for s in statements)
        else ("classifying" if statements else "tagging"),
        "body": bodies,
        "target": {
            "source": document_iri(record),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[span.start : span.end],
                    "prefix": text[max(0, span.start - CONTEXT_CHARS) : span.start],
                    "suffix": text[span.end : span.end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
            ],
        },
    }
    if span.annotator:
        found["creator"] = {"type": "Person", "name": span.annotator}
    return found


def write_webanno(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """A JSON-LD list of annotations, written one at a time."""
    out.write("[\n")
    first = True
    count = 0
    for record in records:
        by_claim: dict[str, list[Statement]] = {}
        for statement in record.statements:
            by_claim.setdefault(statement.claim_uid, []).append(statement)
        for span in record.spans:
            item = annotation(record, span, by_claim.get(span.uid, []))
            out.write(("" if first else ",\n") + json.dumps(item, ensure_ascii=False))
            first = False
        count += 1
    out.write("\n]\n")
    return count
