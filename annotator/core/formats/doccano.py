"""doccano sequence-labelling JSONL: {"text": ..., "label": [[start, end, "LABEL"], ...]}."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from annotator.core.errors import InputError
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Document, Origin, Span, SpanKind, SpanStatus

META_KEYS = ("title", "outlet", "published", "lang", "url")


KIND_LABELS = {SpanKind.CLAIM: "CLAIM", SpanKind.SOURCE_MENTION: "SOURCE", SpanKind.CUE: "CUE"}


def write_doccano(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """One JSON line per document; returns the number of lines written."""
    count = 0
    for record in records:
        document = record.document
        line = {
            "text": document.text,
            "label": [[s.start, s.end, KIND_LABELS.get(s.kind, s.label)] for s in record.spans],
            "document_uid": document.uid,
            **{key: getattr(document, key) for key in META_KEYS if getattr(document, key)},
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def read_doccano(path: str | Path) -> Iterator[tuple[Document, list[Span]]]:
    """Each line as a Document and its spans; a bad line raises InputError with its number."""
    path = Path(path)
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _parse_line(line, path, number)


def _parse_line(line: str, path: Path, number: int) -> tuple[Document, list[Span]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON ({error.msg})", path, number) from error
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError('each line needs an object with a "text" string', path, number)
    text = record["text"]
    spans = []
    for item in record.get("label", record.get("labels", [])):
        if not (isinstance(item, list) and len(item) == 3):
            raise InputError(f"a label must be [start, end, label], got {item!r}", path, number)
        start, end, label = item
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise InputError(
                f"label {item!r} lies outside the text ({len(text)} characters)", path, number
            )
        spans.append(
            Span(
                start=start,
                end=end,
                label=str(label),
                origin=Origin.IMPORT,
                status=SpanStatus.ACCEPTED,
            )
        )
    try:
        document = Document(text=text, **{k: str(record[k]) for k in META_KEYS if k in record})
    except ValueError as error:
        raise InputError(str(error), path, number) from error
    return document, spans
