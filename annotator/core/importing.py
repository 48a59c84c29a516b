"""Bring files into a project: each file whole or not at all; a batch goes on past failures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import AnnotatorError, InputError
from annotator.core.formats.brat import read_brat
from annotator.core.formats.html import read_html
from annotator.core.formats.inception import read_inception
from annotator.core.formats.jsonl import read_jsonl
from annotator.core.formats.labelstudio import read_labelstudio
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.spacy_docbin import read_spacy
from annotator.core.formats.text import MAX_DOCUMENT_CHARS, parse_header, read_text
from annotator.core.language import detect_language
from annotator.core.model import Document
from annotator.core.store import Store

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# .json: a Label Studio export; .zip: UIMA CAS XMI files (INCEpTION)
CORPUS_SUFFIXES = {".jsonl", ".spacy", ".json", ".zip"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES


class ImportCancelledError(AnnotatorError):
    """The person stopped the import; the file being read is left out whole."""


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)  # "file: what another tool changed"
    failures: list[AnnotatorError] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the project")
        if self.edited:
            parts.append(f"{len(self.edited)} changed in another tool")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the importable files inside given folders (brat .ann go along)."""
    found: list[Path] = []
    for raw in paths:
        if not str(raw).strip():  # Path("") is the current folder: never what was meant
            raise InputError("no such file: an empty file name (a variable not set?)", "''")
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                )
            )
        else:
            found.append(path)
    return found


def read_records(path: Path, lang: str | None = None) -> Iterator[AnnotatedDocument]:
    """The documents in one file, by its suffix (a .txt with an .ann beside it is brat)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError("no such file", path)
    if not path.is_file():  # a pipe or a device would be waited on, or read forever
        raise InputError("not a regular file", path)
    if suffix in TEXT_SUFFIXES and path.with_suffix(".ann").exists():
        yield read_brat(path)
    elif suffix in TEXT_SUFFIXES:
        yield AnnotatedDocument(read_text(path, lang))
    elif suffix in HTML_SUFFIXES:
        yield AnnotatedDocument(read_html(path, lang))
    elif suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".spacy":
        yield from read_spacy(path)
    elif suffix == ".json":
        yield from read_labelstudio(path)
    elif suffix == ".zip":
        yield from read_inception(path)
    else:
        raise InputError(
            f"cannot import {suffix + ' files' if suffix else 'files without a suffix'} (known: "
            f"{', '.join(sorted(KNOWN_SUFFIXES))}, brat .txt with .ann)",
            path,
        )


def _prepared(
    records: Iterable[AnnotatedDocument],
    lang: str | None,
    should_stop: Callable[[], bool] | None,
    annotator: str = "",
    path: Path | None = None,
    edited: list[str] | None = None,
) -> Iterator[AnnotatedDocument]:
    for record in records:
        if edited is not None and record.edits:
            title = record.document.title or record.document.text[:40]
            edited.extend(f"{path}: {title}: {edit}" for edit in record.edits)
        if should_stop is not None and should_stop():
            raise ImportCancelledError("import cancelled")
        document = record.document
        if not document.lang or lang:
            document = replace(document, lang=lang or detect_language(document.text))
        if len(document.text) > MAX_DOCUMENT_CHARS:
            raise InputError(
                f"a document of {len(document.text):,} characters is over the limit of "
                f"{MAX_DOCUMENT_CHARS:,}; split it into articles",
                path,
            )
        if not document.title:  # corpora often carry none: the first line stands for it
            document = replace(document, title=parse_header(document.text).get("title", ""))
        record = replace(record, document=document)
        if annotator:  # annotations that name nobody are credited to the importer
            record = replace(
                record,
                spans=[s if s.annotator else replace(s, annotator=annotator) for s in record.spans],
                statements=[
                    s if s.annotator else replace(s, annotator=annotator) for s in record.statements
                ],
            )
        yield record


def import_files(
    store: Store,
    paths: Iterable[str | Path],
    lang: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    annotator: str = "",
) -> ImportReport:
    """Import files and folders; each file whole or not at all, failures listed.

    `progress(done, total, path)` is called after each file; `should_stop()` is
    asked between documents, and a stop leaves the current file out whole.
    """
    report = ImportReport()
    files = expand(paths)
    for done, path in enumerate(files, start=1):
        try:
            if store.is_own_file(path):
                raise InputError(
                    "is this project's own file; it cannot be imported into itself", path
                )
            edited: list[str] = []
            read = read_records(path, lang)
            if path.suffix.lower() not in CORPUS_SUFFIXES:  # one document: parsed before
                read = iter(list(read))  # the project is locked (a web page can take seconds)
            records = _prepared(read, lang, should_stop, annotator, path, edited)
            counts = store.add_annotated(records)
            report.edited.extend(edited)
        except ImportCancelledError:
            report.cancelled = True
            break
        except AnnotatorError as error:
            report.failures.append(error)
        except OSError as error:  # unreadable, vanished, a device: named, and the batch goes on
            report.failures.append(InputError(f"cannot read it ({error.strerror or error})", path))
        else:
            report.added.extend(counts.added)
            report.duplicates.extend(
                f"{path}: {title}" if title else str(path) for title in counts.duplicates
            )
        if progress is not None:
            progress(done, len(files), str(path))
    return report


def import_text(store: Store, text: str, lang: str | None = None) -> ImportReport:
    """A pasted text as a new document (its first line the title, a dated header read)."""
    from annotator.core.formats.text import normalize_newlines

    report = ImportReport()
    text = normalize_newlines(text)
    if not text.strip():
        report.failures.append(InputError("the clipboard holds no text"))
        return report
    if len(text) > MAX_DOCUMENT_CHARS:
        report.failures.append(
            InputError(
                f"the pasted text has {len(text):,} characters, over the limit of "
                f"{MAX_DOCUMENT_CHARS:,}; split it into articles"
            )
        )
        return report
    fields = parse_header(text)
    document = Document(
        text=text,
        title=fields.get("title", ""),
        outlet=fields.get("outlet", ""),
        published=fields.get("published", ""),
        lang=lang or detect_language(text),
    )
    counts = store.add_annotated([AnnotatedDocument(document)])
    report.added.extend(counts.added)
    report.duplicates.extend(counts.duplicates)
    return report
