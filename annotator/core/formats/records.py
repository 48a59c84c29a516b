"""What readers return and writers receive: a document with its spans and statements.

`to_payload` / `from_payload` carry every span and statement as plain JSON, so that
formats with room for extra data (JSONL keys, spaCy user_data) round-trip exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus, Statement

PAYLOAD_KEY = "_annotator"
META_KEYS = ("title", "outlet", "published", "lang", "url")  # a document's details, by name
SPAN_FIELDS = ("uid", "start", "end", "kind", "label", "origin", "status", "annotator")
STATEMENT_FIELDS = (
    "uid",
    "claim_uid",
    "source_uid",
    "speaker",
    "source_category",
    "stance",
    "rating",
    "note",
    "relay_of",
    "cue_uid",
    "short_claim",
    "origin",
    "status",
    "annotator",
)


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    document: Document
    spans: list[Span] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    complete: bool = False  # marked done or reviewed: what is not annotated is not there
    edits: tuple[str, ...] = ()  # what another tool changed against our payload, said
    claimed_uid: str = ""  # the uid the file gives the document: checked, never taken
    line: int | None = None  # where in its file the record starts, when it has lines


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def to_payload(record: AnnotatedDocument) -> dict:
    """Spans and statements as JSON-ready dicts (fields read directly: asdict's deep
    copies cost more than the rest of an export)."""
    return {
        "spans": [{k: _plain(getattr(span, k)) for k in SPAN_FIELDS} for span in record.spans],
        "statements": [
            {k: _plain(getattr(s, k)) for k in STATEMENT_FIELDS} for s in record.statements
        ],
    }


def from_payload(payload: object, text_length: int) -> tuple[list[Span], list[Statement]]:
    """Spans and statements back from `to_payload`; ValueError says what is wrong."""
    if not isinstance(payload, dict):
        raise ValueError(f"{PAYLOAD_KEY} must be an object")
    spans = []
    for item in payload.get("spans", []):
        span = Span(**{k: item[k] for k in SPAN_FIELDS if k in item})
        span.check_within(text_length)
        spans.append(span)
    known = {s.uid for s in spans}
    statements = []
    for item in payload.get("statements", []):
        statement = Statement(**{k: item[k] for k in STATEMENT_FIELDS if k in item})
        for uid in (statement.claim_uid, statement.source_uid, statement.cue_uid):
            if uid is not None and uid not in known:
                raise ValueError(f"statement {statement.uid} refers to a missing span {uid}")
        statements.append(statement)
    return spans, statements


KIND_LABELS = {SpanKind.CLAIM: "CLAIM", SpanKind.SOURCE_MENTION: "SOURCE", SpanKind.CUE: "CUE"}
LABEL_KINDS = {label: kind for kind, label in KIND_LABELS.items()}


def label_of(span: Span) -> str:
    """The label other tools see: entity labels as they are, other kinds by their kind."""
    return KIND_LABELS.get(span.kind, span.label)


def imported_span(start: int, end: int, label: str, status: SpanStatus) -> Span:
    """A span read from another tool's labels (CLAIM and SOURCE become our kinds)."""
    kind = LABEL_KINDS.get(label, SpanKind.ENTITY)
    own_label = {SpanKind.CLAIM: "claim", SpanKind.SOURCE_MENTION: "source"}.get(kind, label)
    return Span(start, end, own_label, kind=kind, origin=Origin.IMPORT, status=status)
