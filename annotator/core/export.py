"""Export a project's documents and annotations, one document at a time.

Every format is written to a temporary name beside the output and renamed into
place at the end: a failed export leaves nothing half-written (output.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from annotator.core import store_queries as queries
from annotator.core.errors import AnnotatorError
from annotator.core.factcheck import checked_fact_checker
from annotator.core.formats.brat import write_brat
from annotator.core.formats.claimreview import Reviewer, write_claimreview
from annotator.core.formats.csvfile import write_csv
from annotator.core.formats.inception import write_inception
from annotator.core.formats.jsonl import write_doccano, write_doccano_flat, write_prodigy
from annotator.core.formats.labelstudio import write_labelstudio
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.spacy_docbin import write_spacy
from annotator.core.formats.webanno import write_webanno
from annotator.core.model import Document, DocumentStatus, Origin, Span, SpanKind, SpanStatus
from annotator.core.output import check_target, write_file, write_folder
from annotator.core.store import Store

PathWriter = Callable[[Iterable[AnnotatedDocument], Path], int]

TEXT_WRITERS: dict[str, Callable[..., int]] = {
    "doccano": write_doccano,
    "doccano-flat": write_doccano_flat,
    "prodigy": write_prodigy,
    "csv": write_csv,
    "webanno": write_webanno,
    "claimreview": write_claimreview,  # given the project's Reviewer (see `_writer`)
}
FILE_WRITERS: dict[str, PathWriter] = {"spacy": write_spacy, "inception": write_inception}
FOLDER_WRITERS: dict[str, Callable[..., int]] = {
    "brat": write_brat,
    "labelstudio": write_labelstudio,  # given the project's lists (see `_writer`)
}
FORMATS = (*TEXT_WRITERS, *FILE_WRITERS, *FOLDER_WRITERS)
# Formats a model learns from: by default they carry decisions only, never the
# machine's own suggestions (which would teach a model its own guesses).
TRAINING = ("spacy", "doccano", "doccano-flat", "prodigy")
Statuses = SpanStatus | Iterable[SpanStatus] | None
SUFFIXES = {
    "doccano": ".jsonl",
    "doccano-flat": ".jsonl",
    "prodigy": ".jsonl",
    "csv": ".csv",
    "webanno": ".jsonld",
    "claimreview": ".jsonld",
    "spacy": ".spacy",
    "inception": ".zip",
    "brat": "",
    "labelstudio": "",
}


def annotated_documents(
    store: Store,
    status: Statuses = None,
    annotator: str | None = None,
    progress: Callable[[int], None] | None = None,
    reviewed_only: bool = False,
) -> Iterator[AnnotatedDocument]:
    """Each document with its spans and statements, filtered by status (suggested and
    accepted unless told; rejected ones only if asked); with `reviewed_only`, the
    reviewed documents only, each with what its review settled (every claim, statement,
    relay, source mention and cue) and its entities, one of each."""
    statuses = _statuses(status) or [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
    for done, (listed, text) in enumerate(store.iter_documents_with_text(), start=1):
        if reviewed_only and listed.status != DocumentStatus.REVIEWED:
            if progress is not None:
                progress(done)
            continue  # not reviewed: nothing settled to export (never an empty document)
        spans = store.spans(listed.id, statuses=statuses)
        statements = store.statements(listed.id, statuses=statuses)
        if annotator is not None:
            spans = [s for s in spans if s.annotator == annotator]
            statements = [s for s in statements if s.annotator == annotator]
        if reviewed_only:
            spans = _reviewed_spans(spans)
            statements = [s for s in statements if s.origin == Origin.REVIEW]
        document = Document(
            text=text,
            title=listed.title,
            lang=listed.lang,
            url=listed.url,
            outlet=listed.outlet,
            published=listed.published,
            uid=listed.uid,
        )
        complete = listed.status in (DocumentStatus.DONE, DocumentStatus.REVIEWED)
        yield AnnotatedDocument(document, spans, statements, complete)
        if progress is not None:
            progress(done)


def _reviewed_spans(spans: list[Span]) -> list[Span]:
    """The review's spans, and each entity once (every annotator's copy is the same)."""
    entities: dict[tuple[int, int, str], Span] = {}
    for span in spans:
        if span.kind == SpanKind.ENTITY:
            entities.setdefault((span.start, span.end, span.label), span)
    kept = [s for s in spans if s.origin == Origin.REVIEW and s.kind != SpanKind.ENTITY]
    return sorted([*kept, *entities.values()], key=lambda s: (s.start, s.end))


def _statuses(status: Statuses) -> list[SpanStatus]:
    if status is None:
        return []
    if isinstance(status, str):
        return [SpanStatus(status)]
    return [SpanStatus(s) for s in status]


def export(
    store: Store,
    format_name: str,
    output: str | Path,
    status: Statuses = None,
    annotator: str | None = None,
    progress: Callable[[int], None] | None = None,
    reviewed_only: bool = False,
    excel: bool = False,
) -> int:
    """Write the project to `output` in a format; returns the number of documents.
    `status`: which annotations (one status or several); by default accepted ones for
    the training formats, suggested and accepted ones for the others.
    `excel`: a CSV starts with a byte-order mark, by which Excel knows it is UTF-8."""
    if format_name not in FORMATS:
        raise AnnotatorError(
            "unknown format '{name}' (known: {known})", name=format_name, known=", ".join(FORMATS)
        )
    output = Path(output)
    if store.is_own_file(output):
        raise AnnotatorError("is the project file itself; export to another file", output)
    check_target(output, format_name in FOLDER_WRITERS)
    if reviewed_only and not queries.count_with_status(store, DocumentStatus.REVIEWED):
        raise AnnotatorError(  # never an empty file over a good one
            "no document is marked reviewed, so --reviewed has nothing to export; "
            "nothing was written",
            output,
        )
    if status is None and format_name in TRAINING:
        status = SpanStatus.ACCEPTED
    writer = _writer(store, format_name)
    records = annotated_documents(store, status, annotator, progress, reviewed_only)
    return _write(format_name, writer, records, output, "utf-8-sig" if excel else "utf-8")


def _writer(store: Store, format_name: str) -> Callable:
    """The format's writer, given what it needs of the project beyond the documents
    (checked before anything is written)."""
    if format_name == "claimreview":
        reviewer = Reviewer(
            checked_fact_checker(store),
            {entry.code: entry.name for entry in store.taxonomy("rating")},
            {entry.speaker: entry.qid for entry in store.gazetteer() if entry.qid},
        )
        return partial(write_claimreview, reviewer=reviewer)
    if format_name == "labelstudio":
        kinds = ("entity", "source", "stance", "rating")
        return partial(write_labelstudio, taxonomy={k: store.taxonomy(k) for k in kinds})
    return {**TEXT_WRITERS, **FILE_WRITERS, **FOLDER_WRITERS}[format_name]


def _write(
    format_name: str,
    writer: Callable,
    records: Iterable[AnnotatedDocument],
    output: Path,
    encoding: str,
) -> int:
    if format_name in FOLDER_WRITERS:
        return write_folder(lambda path: writer(records, path), output)
    if format_name in FILE_WRITERS:
        return write_file(lambda path: writer(records, path), output)

    def write_text(path: Path) -> int:
        with path.open("w", encoding=encoding, newline="") as handle:
            return writer(records, handle)

    return write_file(write_text, output)
