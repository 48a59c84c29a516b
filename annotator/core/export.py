"""Export a project's documents and annotations, streaming one document at a time."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.formats.doccano import write_doccano
from annotator.core.model import Document, Span, SpanStatus
from annotator.core.store import Store

WRITERS = {"doccano": write_doccano}
FORMATS = tuple(WRITERS)


def annotated_documents(
    store: Store, status: SpanStatus | None = None, annotator: str | None = None
) -> Iterator[tuple[Document, list[Span]]]:
    """Each document with its spans, filtered; rejected spans only when asked for."""
    for listed, text in store.iter_documents_with_text():
        statuses = [status] if status else [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
        spans = store.spans(listed.id, statuses=statuses)
        if annotator is not None:
            spans = [s for s in spans if s.annotator == annotator]
        document = Document(
            text=text,
            title=listed.title,
            lang=listed.lang,
            outlet=listed.outlet,
            published=listed.published,
            uid=listed.uid,
        )
        yield document, spans


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
        "w", encoding="utf-8", dir=folder, prefix=f".{output.name}.", delete=False
    )
    try:
        with handle:
            count = WRITERS[format_name](annotated_documents(store, status, annotator), handle)
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return count
