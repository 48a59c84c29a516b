"""Spans and statements as table rows (dicts) and back: one place for the columns."""

from __future__ import annotations

import json

from annotator.core.model import Span, Statement


def span_row(document_id: int, span: Span, stamp: str) -> dict:
    return {
        "uid": span.uid,
        "document_id": document_id,
        "start": span.start,
        "end": span.end,
        "kind": str(span.kind),
        "label": span.label,
        "origin": str(span.origin),
        "status": str(span.status),
        "annotator": span.annotator,
        "reasons": _reasons(span.reasons),
        "created": stamp,
        "updated": stamp,
    }


def statement_row(document_id: int, statement: Statement, stamp: str) -> dict:
    return {
        "uid": statement.uid,
        "document_id": document_id,
        "claim_uid": statement.claim_uid,
        "source_uid": statement.source_uid,
        "speaker": statement.speaker,
        "source_category": statement.source_category,
        "stance": statement.stance,
        "rating": statement.rating,
        "note": statement.note,
        "relay_of": statement.relay_of,
        "cue_uid": statement.cue_uid,
        "short_claim": statement.short_claim,
        "review_basis": statement.review_basis,
        "origin": str(statement.origin),
        "status": str(statement.status),
        "annotator": statement.annotator,
        "reasons": _reasons(statement.reasons),
        "created": stamp,
        "updated": stamp,
    }


def span_from_row(row: dict) -> Span:
    return Span(
        uid=row["uid"],
        start=row["start"],
        end=row["end"],
        label=row["label"],
        kind=row["kind"],
        origin=row["origin"],
        status=row["status"],
        annotator=row["annotator"] or "",
        reasons=reasons_from(row["reasons"]),
    )


def statement_from_row(row: dict) -> Statement:
    return Statement(
        uid=row["uid"],
        claim_uid=row["claim_uid"],
        source_uid=row["source_uid"],
        speaker=row["speaker"] or "",
        source_category=row["source_category"] or "",
        stance=row["stance"] or "",
        rating=row["rating"] or "",
        note=row["note"] or "",
        relay_of=row["relay_of"],
        cue_uid=row.get("cue_uid"),
        short_claim=row.get("short_claim") or "",
        review_basis=row.get("review_basis") or "",
        origin=row["origin"],
        status=row["status"],
        annotator=row["annotator"] or "",
        reasons=reasons_from(row["reasons"]),
        updated=row["updated"] or "",
    )


def reasons_from(text: str | None) -> tuple[str, ...]:
    """Reasons as stored: most rows hold none (read without the JSON parser)."""
    return () if not text or text == "[]" else tuple(json.loads(text))


def _reasons(reasons: tuple[str, ...]) -> str:
    return json.dumps(list(reasons)) if reasons else "[]"
