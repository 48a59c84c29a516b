"""W3C Web Annotation (JSON-LD), selectors by quote and position: one annotation per
statement on its claim (speaker, category, stance, rating and note together, the
source mention's words as a SpecificResource body, a relay linking to the statement
it relays), and one per other span (entities, mentions, cues, a claim nobody says)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Span, SpanKind, Statement

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32


def document_iri(record: AnnotatedDocument) -> str:
    return record.document.url or f"urn:sha256:{record.document.uid}"


def _selectors(text: str, span: Span) -> list[dict]:
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[span.start : span.end],
            "prefix": text[max(0, span.start - CONTEXT_CHARS) : span.start],
            "suffix": text[span.end : span.end + CONTEXT_CHARS],
        },
        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
    ]


def annotation(
    record: AnnotatedDocument,
    span: Span,
    statement: Statement | None = None,
    mention: Span | None = None,
) -> dict:
    """A span's annotation; with a statement, the statement's on its claim."""
    text = record.document.text
    iri = document_iri(record)
    bodies: list[dict] = [
        {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": span.label if span.kind == SpanKind.ENTITY else str(span.kind),
        }
    ]
    if statement is not None:
        for purpose, value in (
            ("identifying", statement.speaker),
            ("classifying", statement.source_category),
            ("describing", statement.stance and f"stance:{statement.stance}"),
            ("assessing", statement.rating),
            ("commenting", statement.note),
        ):
            if value:
                bodies.append({"type": "TextualBody", "purpose": purpose, "value": value})
        if mention is not None:  # who is named as saying it, and where
            bodies.append({"type": "SpecificResource", "purpose": "identifying",
                           "source": iri, "selector": _selectors(text, mention)})  # fmt: skip
        if statement.relay_of:  # an outlet passing on another statement
            bodies.append({"type": "SpecificResource", "purpose": "linking",
                           "source": f"urn:uuid:{statement.relay_of}"})  # fmt: skip
    rated = statement is not None and statement.rating
    found = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{statement.uid if statement else span.uid}",
        "type": "Annotation",
        "motivation": "assessing" if rated else ("classifying" if statement else "tagging"),
        "body": bodies,
        "target": {"source": iri, "selector": _selectors(text, span)},
    }
    creator = statement.annotator if statement else span.annotator
    if creator:
        found["creator"] = {"type": "Person", "name": creator}
    return found


def write_webanno(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """A JSON-LD list of annotations, written one at a time."""
    out.write("[\n")
    first = True
    count = 0
    for record in records:
        by_claim: dict[str, list[Statement]] = {}
        for made in record.statements:
            by_claim.setdefault(made.claim_uid, []).append(made)
        spans = {span.uid: span for span in record.spans}
        for span in record.spans:
            statements: Sequence[Statement | None] = by_claim.get(span.uid) or [None]
            for statement in statements:
                mention = spans.get(statement.source_uid or "") if statement else None
                item = annotation(record, span, statement, mention)
                out.write(("" if first else ",\n") + json.dumps(item, ensure_ascii=False))
                first = False
        count += 1
    out.write("\n]\n")
    return count
