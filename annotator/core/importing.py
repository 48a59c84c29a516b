"""Bring files into a project: each file whole or not at all; a batch goes on past failures."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from annotator.core.admission import Admission
from annotator.core.errors import AnnotatorError, InputError
from annotator.core.failures import explain
from annotator.core.formats.brat import read_brat
from annotator.core.formats.html import read_html
from annotator.core.formats.inception import read_inception
from annotator.core.formats.jsonl import read_jsonl
from annotator.core.formats.labelstudio import read_labelstudio
from annotator.core.formats.opening import leads_out, refuse_unless_regular, what_it_is
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.spacy_docbin import read_spacy
from annotator.core.formats.text import MAX_DOCUMENT_CHARS, parse_header, read_article
from annotator.core.language import detect_language
from annotator.core.model import Document
from annotator.core.store import Store
from annotator.core.store_queries import existing_uids

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
    notes: list[str] = field(default_factory=list)  # what a file said that was not taken
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


def expand(paths: Iterable[str | Path], left_out: list[AnnotatorError] | None = None) -> list[Path]:
    """Files as given, and the importable files inside given folders (brat .ann go along).

    Inside a folder, links that lead out of it are not followed, pipes, devices and
    sockets are not read, and files of kinds we do not read are named: each in
    `left_out`. A file named itself is taken as the person's choice (and refused later
    if it is no regular file), unless it is a link out of its own folder: a glob over
    a received folder (`import received/*`) names every link in it too."""
    found: list[Path] = []
    left_out = left_out if left_out is not None else []
    for raw in paths:
        if not str(raw).strip():  # Path("") is the current folder: never what was meant
            raise InputError("no such file: an empty file name (a variable not set?)", "''")
        path = Path(raw)
        if path.is_dir():
            found.extend(_inside(path, left_out))
        elif leads_out(path, path.parent):
            left_out.append(InputError("a link to a file outside its folder; not followed", path))
        else:
            found.append(path)
    return found


def _inside(folder: Path, left_out: list[AnnotatorError]) -> list[Path]:
    """The importable files of a folder and its subfolders, never leaving it."""
    root = folder.resolve()
    found = []
    for where, _folders, names in os.walk(folder):  # linked folders are not entered
        for name in names:
            path = Path(where, name)
            if path.suffix.lower() not in KNOWN_SUFFIXES:
                if not name.startswith(".") and not _companion(path):
                    left_out.append(_unknown_kind(path))
                continue
            why = _why_left_out(path, root)
            if why is None:
                found.append(path)
            else:
                left_out.append(InputError(why, path))
    return sorted(found)


def _why_left_out(path: Path, root: Path) -> str | None:
    try:
        if leads_out(path, root):
            return "a link to a file outside the folder; not followed"
        mode = path.stat().st_mode
    except OSError as error:  # a broken link, a file gone since listed
        return f"cannot read it ({error.strerror or error})"
    why = what_it_is(mode)
    return None if why is None else f"{why}, not a regular file; left out"


def read_records(path: Path, lang: str | None = None) -> Iterator[AnnotatedDocument]:
    """The documents in one file, by its suffix (a .txt with an .ann beside it is brat)."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError("no such file", path)
    refuse_unless_regular(path)  # a pipe or a device would be waited on, or read forever
    if suffix in TEXT_SUFFIXES and path.with_suffix(".ann").exists():
        yield read_brat(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_article(path, lang)
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
        raise _unknown_kind(path)


def _companion(path: Path) -> bool:
    """A file that goes with an importable one, not read alone: brat's .ann and its
    .conf files, the labeling config beside a Label Studio export."""
    return path.suffix.lower() in (".ann", ".conf") or path.name == "labeling-config.xml"


def _unknown_kind(path: Path) -> InputError:
    """The refusal of a file whose kind (by its suffix) we do not read."""
    known = ", ".join(sorted(KNOWN_SUFFIXES))
    if not path.suffix:
        return InputError(
            "cannot import files without a suffix (known: {known}, brat .txt with .ann)",
            path,
            known=known,
        )
    return InputError(
        "cannot import {suffix} files (known: {known}, brat .txt with .ann)",
        path,
        suffix=path.suffix.lower(),
        known=known,
    )


def _prepared(
    records: Iterable[AnnotatedDocument],
    admission: Admission,
    should_stop: Callable[[], bool] | None,
    edited: list[str],
) -> Iterator[AnnotatedDocument]:
    for record in records:
        if record.edits:
            title = record.document.title or record.document.text[:40]
            edited.extend(f"{admission.path}: {title}: {edit}" for edit in record.edits)
        if should_stop is not None and should_stop():
            raise ImportCancelledError("import cancelled")
        yield admission.admit(record)


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
    files = expand(paths, report.failures)
    for done, path in enumerate(files, start=1):
        try:
            if store.is_own_file(path):
                raise InputError(
                    "is this project's own file; it cannot be imported into itself", path
                )
            edited: list[str] = []
            admission = Admission(path, lang, annotator, partial(existing_uids, store))
            read = read_records(path, lang)
            if path.suffix.lower() not in CORPUS_SUFFIXES:  # one document: parsed before
                read = iter(list(read))  # the project is locked (a web page can take seconds)
            records = _prepared(read, admission, should_stop, edited)
            counts = store.add_annotated(records)
            report.edited.extend(edited)
            report.notes.extend(admission.said())
        except ImportCancelledError:
            report.cancelled = True
            break
        except AnnotatorError as error:
            report.failures.append(error)
        except OSError as error:  # unreadable, vanished, a device: named, and the batch goes on
            report.failures.append(
                InputError("cannot read it ({reason})", path, reason=error.strerror or error)
            )
        except sqlite3.OperationalError:  # the project itself (locked, full disk): said once
            raise
        except Exception as error:  # a file no reader foresaw: said (and logged), the rest go on
            report.failures.append(AnnotatorError(explain(error), path))
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
                "the pasted text has {count:,} characters, over the limit of {limit:,}; "
                "split it into articles",
                count=len(text),
                limit=MAX_DOCUMENT_CHARS,
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
