"""What readers return and writers receive: a document with its spans and statements.

`to_payload` / `from_payload` carry every span and statement as plain JSON, so that
formats with room for extra data (JSONL keys, spaCy user_data) round-trip exactly.
"""

from __future__ import annotations

import json
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
    """Spans and statements back from `to_payload`; ValueError says what is wrong (a
    field of the wrong type, a uid given twice, a reference to nothing)."""
    if not isinstance(payload, dict):
        raise ValueError(f"{PAYLOAD_KEY} must be an object")
    spans = []
    for item in _items(payload, "spans"):
        span = Span(**_fields(item, SPAN_FIELDS, "span"))
        span.check_within(text_length)
        spans.append(span)
    known = _unique({s.uid for s in spans}, spans, "span")
    statements = []
    for item in _items(payload, "statements"):
        statement = Statement(**_fields(item, STATEMENT_FIELDS, "statement"))
        for uid in (statement.claim_uid, statement.source_uid, statement.cue_uid):
            if uid is not None and uid not in known:
                raise ValueError(f"statement {statement.uid} refers to a missing span {uid}")
        statements.append(statement)
    said = _unique({s.uid for s in statements}, statements, "statement")
    for statement in statements:
        if statement.relay_of is not None and statement.relay_of not in said:
            raise ValueError(f"statement {statement.uid} relays a missing statement")
    return spans, statements


_WHOLE_NUMBERS = {"start", "end"}
_MAY_BE_NONE = {"source_uid", "relay_of", "cue_uid"}


def _items(payload: dict, name: str) -> list[dict]:
    items = payload.get(name, [])  # a list in JSON, a tuple from a DocBin's msgpack
    if not isinstance(items, list | tuple) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"{PAYLOAD_KEY} {name} must be a list of objects")
    return list(items)


def _fields(item: dict, names: tuple[str, ...], what: str) -> dict:
    """The fields of a span or statement, each of its type (no float offset, no object
    where a label belongs)."""
    fields = {k: item[k] for k in names if k in item}
    for name, value in fields.items():
        wanted: tuple[type, ...] = (int,) if name in _WHOLE_NUMBERS else (str,)
        fine = isinstance(value, wanted) and not isinstance(value, bool)
        if not fine and not (value is None and name in _MAY_BE_NONE):
            kind = "a whole number" if name in _WHOLE_NUMBERS else "text"
            raise ValueError(f"a {what}'s {name} must be {kind}, not {shown(value)}")
    return fields


def shown(value: object) -> str:
    """A value from a file as a message shows it: short, on one line."""
    if value is None or isinstance(value, str | int | float):
        return json.dumps(value)[:40]
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    return type(value).__name__


def _unique(uids: set[str], items: list, what: str) -> set[str]:
    if len(uids) != len(items):
        raise ValueError(f"two {what}s of this document have the same uid")
    return uids


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
