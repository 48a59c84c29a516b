"""spaCy DocBin (.spacy): entities in doc.ents, claims and sources in doc.spans,
statements in user_data, so `spacy train` and `DocBin().from_disk()` read it.

spaCy's format is one compressed blob: the file is written at the end, and memory
grows with the corpus (the JSONL and CSV exports stream instead).
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from annotator.core import nlp
from annotator.core.errors import InputError
from annotator.core.formats.opening import read_regular
from annotator.core.formats.records import (
    PAYLOAD_KEY,
    AnnotatedDocument,
    from_payload,
    imported_span,
    to_payload,
)
from annotator.core.formats.text import MAX_DOCUMENT_CHARS
from annotator.core.model import Document, SpanKind, SpanStatus

META_KEYS = ("uid", "title", "outlet", "published", "lang", "url")
# A DocBin unpacks to about 20 bytes a character of text (13 attributes of 8 bytes a
# token): 200 MB holds the largest article annotator imports (MAX_DOCUMENT_CHARS, 5
# million characters) twice, or some 2,000 articles of 5,000 characters.
MAX_UNPACKED_BYTES = 200 * 2**20
_CHUNK = 2**20
GROUPS = {SpanKind.CLAIM: "claims", SpanKind.SOURCE_MENTION: "sources"}


def write_spacy(records: Iterable[AnnotatedDocument], path: Path) -> int:
    bin_ = nlp.doc_bin()
    count = 0
    for record in records:
        bin_.add(to_doc(record))
        count += 1
    bin_.to_disk(path)
    return count


@cache
def _tokenizer(lang: str) -> Any:  # a spacy Language, one per language for a whole export
    """A blank pipeline for the language that takes the longest article we import
    (spaCy refuses texts over a million characters by default)."""
    pipeline = nlp.blank(lang)
    pipeline.max_length = max(pipeline.max_length, MAX_DOCUMENT_CHARS + 1)
    return pipeline


def to_doc(record: AnnotatedDocument) -> Any:  # a spacy.tokens.Doc
    document = record.document
    doc = _tokenizer(document.lang).make_doc(document.text)
    categories = {s.claim_uid: s.source_category for s in record.statements if not s.relay_of}
    ents: list[Any] = []  # spaCy's Spans (spaCy is imported in `nlp` only)
    groups: dict[str, list[Any]] = {name: [] for name in GROUPS.values()}
    for span in record.spans:
        if span.kind == SpanKind.ENTITY:
            label = span.label
        elif span.kind in GROUPS:
            label = categories.get(span.uid) or span.label
        else:
            continue
        piece = doc.char_span(span.start, span.end, label=label, alignment_mode="expand")
        if piece is None:
            continue
        (ents if span.kind == SpanKind.ENTITY else groups[GROUPS[span.kind]]).append(piece)
    # A token outside the entities is "no entity" ("O") only in a document a person
    # marked done; elsewhere nobody has said so yet: missing, which spaCy's training
    # does not count against a model.
    doc.set_ents(nlp.filter_spans(ents), default="outside" if record.complete else "missing")
    for name, pieces in groups.items():
        doc.spans[name] = pieces
    doc.user_data[PAYLOAD_KEY] = {
        "document": {k: getattr(document, k) for k in META_KEYS},
        **to_payload(record),
    }
    return doc


def read_spacy(path: str | Path) -> Iterator[AnnotatedDocument]:
    """The documents of a DocBin; one that would unpack past MAX_UNPACKED_BYTES, or that
    spaCy cannot read, is refused whole, naming the file (and the document)."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_UNPACKED_BYTES)  # zlib never makes data smaller
    except OSError as error:
        raise InputError(
            "cannot read: {reason}", path, reason=error.strerror or str(error)
        ) from error
    _refuse_bombs(data, path)
    try:
        docs = iter(nlp.doc_bin(data).get_docs(nlp.blank("xx").vocab))
    except Exception as error:  # msgpack and zlib raise many kinds
        raise InputError(
            "not a spaCy DocBin file ({kind})", path, kind=type(error).__name__
        ) from error
    for number in itertools.count(1):
        try:
            doc = next(docs, None)
        except Exception as error:  # a crafted document: spaCy raises many kinds
            raise InputError(
                "document {number} is not a spaCy document ({kind})",
                path,
                number=number,
                kind=type(error).__name__,
            ) from error
        if doc is None:
            return
        try:
            yield _record(doc)
        except (ValueError, TypeError, KeyError) as error:
            raise InputError(
                "document {number}: {problem}", path, number=number, problem=str(error)
            ) from error


def _refuse_bombs(data: bytes, path: Path) -> None:
    """Unpack chunk by chunk, keeping nothing, and refuse the file once it passes the
    limit: a bomb costs one chunk of memory and stops early (spaCy then unpacks the
    rest in one piece, now known to fit)."""
    inflater = zlib.decompressobj()
    size = 0
    pending = data
    while not inflater.eof:
        try:
            chunk = inflater.decompress(pending, _CHUNK)
        except zlib.error as error:
            raise InputError("not a spaCy DocBin file (not a zlib stream)", path) from error
        size += len(chunk)
        if size > MAX_UNPACKED_BYTES:
            raise InputError(
                "larger than {limit} MB once unpacked, the limit for "
                "a .spacy file (room for the largest article annotator imports, twice); "
                "split the corpus into smaller files",
                path,
                limit=MAX_UNPACKED_BYTES // 2**20,
            )
        pending = inflater.unconsumed_tail
        if not chunk and not pending:  # a stream cut short: spaCy says it is damaged
            return


def _record(doc: Any) -> AnnotatedDocument:  # doc: a spacy.tokens.Doc
    payload = doc.user_data.get(PAYLOAD_KEY)
    if isinstance(payload, dict):
        meta = payload.get("document", {})
        details = {k: meta[k] for k in META_KEYS if k != "uid" and meta.get(k)}
        document = Document(text=doc.text, **details)
        spans, statements = from_payload(payload, len(doc.text))
        claimed = meta.get("uid")
        return AnnotatedDocument(
            document, spans, statements, claimed_uid=claimed if isinstance(claimed, str) else ""
        )
    spans = [
        imported_span(e.start_char, e.end_char, e.label_, SpanStatus.ACCEPTED) for e in doc.ents
    ]
    for name, label in (("claims", "CLAIM"), ("sources", "SOURCE")):
        spans += [
            imported_span(s.start_char, s.end_char, label, SpanStatus.ACCEPTED)
            for s in doc.spans.get(name, [])
        ]
    return AnnotatedDocument(Document(text=doc.text), spans)
