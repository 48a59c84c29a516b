"""Export a project's documents and annotations, streaming one document at a time."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.formats.csvfile import write_csv
from annotator.core.formats.doccano import write_doccano
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Document, SpanStatus
from annotator.core.store import Store

WRITERS = {"doccano": write_doccano, "csv": write_csv}
FORMATS = tuple(WRITERS)


def annotated_documents(
    store: Store, status: SpanStatus | None = None, annotator: str | None = None
) -> Iterator[AnnotatedDocument]:
    """Each document with its spans and statements, filtered; rejected ones only if asked."""
    statuses = [status] if status else [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    for listed, text in store.iter_documents_with_text():
        spans = store.spans(listed.id, statuses=statuses)
        statements = store.statements(listed.id, statuses=statuses)
        if annotator is not None:
            spans = [s for s in spans if s.annotator == annotator]
            statements = [s for s in statements if s.annotator == annotator]
        document = Document(
            text=text,
            title=listed.title,
            lang=listed.lang,
            url=listed.url,
            outlet=listed.outlet,
            published=listed.published,
            uid=listed.uid,
        )
        yield AnnotatedDocument(document, spans, statements)


def export(
    store: Store,
    format_name: str,
    output: str | Path,
    status: SpanStatus | None = None,
    annotator: str | None = None,
) -> int:
    """Write the project to `output` atomically: a failed export leaves no half file."""
    if format_name not in WRITERS:
        raise AnnotatorError(f"unknown format '{format_name}' (known: {', '.join(FORMATS)})")
    output = Path(output)
    if output.is_dir():
        raise AnnotatorError("is a folder; give a file name to export to", output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise AnnotatorError("its folder does not exist", output)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (renamed into place below)
        "w", encoding="utf-8", newline="", dir=folder, prefix=f".{output.name}.", delete=False
    )
    try:
        with handle:
            count = WRITERS[format_name](annotated_documents(store, status, annotator), handle)
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return count
