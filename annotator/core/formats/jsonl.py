"""JSONL corpora: doccano sequence labelling and Prodigy spans, read line by line."""

from __future__ import annotations

import io
import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from annotator.core.errors import InputError
from annotator.core.formats.opening import open_regular
from annotator.core.formats.records import (
    META_KEYS,
    PAYLOAD_KEY,
    AnnotatedDocument,
    from_payload,
    imported_span,
    label_of,
    shown,
    to_payload,
)
from annotator.core.model import Document, Origin, SpanKind, SpanStatus, Statement

_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def _meta(document: Document) -> dict:
    return {key: getattr(document, key) for key in META_KEYS if getattr(document, key)}


def write_doccano(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """doccano's relation format: {"text", "entities": [{id, label, start_offset,
    end_offset}], "relations": [{id, from_id, to_id, type}]} (a source mention "says" its
    claim, an outlet's mention "relays" it), metadata, and our "_annotator" payload."""
    count = 0
    for record in records:
        ids = {span.uid: number for number, span in enumerate(record.spans, start=1)}
        entities = [
            {"id": ids[s.uid], "label": label_of(s), "start_offset": s.start, "end_offset": s.end}
            for s in record.spans
        ]
        relations: list[dict[str, object]] = []
        for statement in record.statements:
            source, claim = ids.get(statement.source_uid or ""), ids.get(statement.claim_uid)
            if source and claim:
                kind = "relays" if statement.relay_of else "says"
                relations.append({"id": len(relations) + 1, "from_id": source, "to_id": claim,
                                  "type": kind})  # fmt: skip
        line = {
            "text": record.document.text,
            "entities": entities,
            "relations": relations,
            "document_uid": record.document.uid,
            **_meta(record.document),
            PAYLOAD_KEY: to_payload(record),
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_doccano_flat(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """doccano's sequence labelling format: {"text", "label": [[start, end, label]],
    metadata, "_annotator": spans and statements}."""
    count = 0
    for record in records:
        line = {
            "text": record.document.text,
            "label": [[s.start, s.end, label_of(s)] for s in record.spans],
            "document_uid": record.document.uid,
            **_meta(record.document),
            PAYLOAD_KEY: to_payload(record),
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def tokens(text: str) -> list[dict]:
    """Prodigy-style tokens: words and punctuation with offsets and trailing space."""
    found = []
    for i, match in enumerate(_TOKEN.finditer(text)):
        end = match.end()
        found.append(
            {
                "text": match.group(),
                "start": match.start(),
                "end": end,
                "id": i,
                "ws": end < len(text) and text[end].isspace(),
            }
        )
    return found


def write_prodigy(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """Prodigy spans tasks: text, tokens, spans with inclusive token_end, answer."""
    count = 0
    for record in records:
        text = record.document.text
        toks = tokens(text)
        starts = [t["start"] for t in toks]
        spans = []
        for span in record.spans:
            first = _token_at(starts, span.start)
            last = max(first, _token_at(starts, span.end - 1))
            spans.append(
                {
                    "start": span.start,
                    "end": span.end,
                    "label": label_of(span),
                    "token_start": first,
                    "token_end": last,
                }
            )
        line = {
            "text": text,
            "tokens": toks,
            "spans": spans,
            "answer": _answer(record),
            "meta": {"document_uid": record.document.uid, **_meta(record.document)},
            PAYLOAD_KEY: to_payload(record),
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def _answer(record: AnnotatedDocument) -> str:
    """Prodigy's verdict on a task: 'accept' when every span in it was accepted by a
    person, 'reject' when every one was rejected, 'ignore' while any is only a
    suggestion or none was decided (nothing a model should learn from yet)."""
    statuses = {str(span.status) for span in record.spans}
    if statuses == {"rejected"}:
        return "reject"
    if statuses == {"accepted"}:
        return "accept"
    return "ignore"  # a suggestion in it, or nothing decided at all


def _token_at(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def read_jsonl(path: str | Path) -> Iterator[AnnotatedDocument]:
    """doccano or Prodigy lines (told apart per line); a bad line names its number."""
    path = Path(path)
    with io.TextIOWrapper(open_regular(path), encoding="utf-8-sig") as handle:
        number = 0
        try:
            for number, line in enumerate(handle, start=1):  # noqa: B007
                if line.strip():
                    yield parse_line(line, path, number)
        except UnicodeDecodeError as error:
            raise InputError("not UTF-8 text", path, number + 1) from error


def parse_line(line: str, path: Path, number: int) -> AnnotatedDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError("not valid JSON ({detail})", path, number, detail=error.msg) from error
    except RecursionError:  # arrays in arrays, 100,000 deep: no annotation looks like that
        raise InputError("not a corpus line: nested too deeply", path, number) from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError('each line needs an object with a "text" string', path, number)
    text = record["text"]
    meta = record.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    fields: dict[str, Any] = {
        k: str(v) for k, v in {**meta, **record}.items() if k in META_KEYS and v
    }
    try:
        annotated = _annotated(record, Document(text=text, **fields))
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(str(error), path, number) from error
    claimed = record.get("document_uid") or meta.get("document_uid")
    return replace(annotated, claimed_uid=claimed if isinstance(claimed, str) else "", line=number)


def _annotated(record: dict, document: Document) -> AnnotatedDocument:
    text = document.text
    if PAYLOAD_KEY in record:
        spans, statements = from_payload(record[PAYLOAD_KEY], len(text))
        if any(k in record for k in ("label", "spans", "entities")):  # what it shows wins
            visible = _labels(record, text)
            spans, statements, edits = _visible_wins(spans, statements, visible)
            return AnnotatedDocument(document, spans, statements, edits=edits)
        return AnnotatedDocument(document, spans, statements)
    spans = _labels(record, text)
    return AnnotatedDocument(document, spans, _relations(record, spans))


def _visible_wins(
    spans: list, statements: list, visible: list
) -> tuple[list, list, tuple[str, ...]]:
    """doccano keeps our payload as metadata and writes it back unchanged, whatever a
    person did in doccano: the labels it shows are the truth. Our spans whose label is
    still shown stay (with their statements); labels added there come in as accepted
    annotations; spans taken away there go, with the statements standing on their
    claim (a statement loses a source mention or cue that went)."""
    shown = {(s.start, s.end, label_of(s)) for s in visible}
    kept = [s for s in spans if (s.start, s.end, label_of(s)) in shown]
    ours = {(s.start, s.end, label_of(s)) for s in spans}
    added = [s for s in visible if (s.start, s.end, label_of(s)) not in ours]
    if not added and len(kept) == len(spans):
        return spans, statements, ()
    here = {s.uid for s in kept}
    standing = []
    for statement in statements:
        if statement.claim_uid not in here:
            continue
        standing.append(
            replace(
                statement,
                source_uid=statement.source_uid if statement.source_uid in here else None,
                cue_uid=statement.cue_uid if statement.cue_uid in here else None,
            )
        )
    removed = len(spans) - len(kept)
    dropped = len(statements) - len(standing)
    edits = (
        f"{removed} annotation(s) removed and {len(added)} added in the other tool "
        f"({dropped} statement(s) on removed claims dropped)",
    )
    return kept + added, standing, edits


def _relations(record: dict, spans: list) -> list:
    """Statements of a file without our payload: a claim for each relation to it from
    a source mention (doccano's relation format; 'relays' for an outlet), and one
    without a source for a claim nobody is linked to."""
    entities = record.get("entities")
    if not isinstance(entities, list) or len(entities) != len(spans):
        return [
            Statement(claim_uid=s.uid, origin=Origin.IMPORT, status=s.status)
            for s in spans
            if s.kind == SpanKind.CLAIM
        ]
    by_id = {
        e.get("id"): span for e, span in zip(entities, spans, strict=True) if isinstance(e, dict)
    }
    statements, linked = [], set()
    for relation in record.get("relations") or []:
        if not isinstance(relation, dict):
            continue
        source, claim = by_id.get(relation.get("from_id")), by_id.get(relation.get("to_id"))
        if source is None or claim is None or claim.kind != SpanKind.CLAIM:
            continue
        linked.add(claim.uid)
        relays = relation.get("type") == "relays"
        statements.append(Statement(claim_uid=claim.uid, source_uid=source.uid,
                                    stance="reports" if relays else "", origin=Origin.IMPORT,
                                    status=claim.status))  # fmt: skip
    statements += [
        Statement(claim_uid=s.uid, origin=Origin.IMPORT, status=s.status)
        for s in spans
        if s.kind == SpanKind.CLAIM and s.uid not in linked
    ]
    return statements


def _labels(record: dict, text: str) -> list:
    """doccano's [start, end, label] lists or Prodigy's span objects."""
    status = {"reject": SpanStatus.REJECTED, "ignore": SpanStatus.SUGGESTED}.get(
        record.get("answer", ""), SpanStatus.ACCEPTED
    )
    found = []
    if "spans" in record:
        items = [
            (s.get("start"), s.get("end"), s.get("label"))
            for s in _list_of(record, "spans", dict, "objects with start, end and label")
        ]
    elif isinstance(record.get("entities"), list):  # doccano's relation format
        items = [
            (e.get("start_offset"), e.get("end_offset"), e.get("label"))
            for e in record["entities"]
            if isinstance(e, dict)
        ]
    else:
        name = "label" if "label" in record else "labels"
        items = [
            tuple(item) if len(item) == 3 else (None, None, item)
            for item in _list_of(record, name, list, "[start, end, label] lists")
        ]
    for start, end, label in items:
        span = f"the span {shown(start)}..{shown(end)} of {shown(label)}"
        if not type(start) is int is type(end):  # not 0.5, not true
            raise ValueError(f"{span}: offsets are whole numbers of characters")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"{span} lies outside the text ({len(text)} characters)")
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"the label of {start}..{end} must be a name, not {shown(label)}")
        found.append(imported_span(start, end, label, status))
    return found


def _list_of(record: dict, name: str, kind: type, what: str) -> list:
    items = record.get(name, [])
    if not isinstance(items, list) or not all(isinstance(item, kind) for item in items):
        raise ValueError(f'"{name}" must be a list of {what}')
    return items
