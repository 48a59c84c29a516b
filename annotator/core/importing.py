"""Bring files into a project: each file whole or not at all; a batch goes on past failures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.formats.text import read_text
from annotator.core.store import Store

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}


@dataclass
class ImportReport:
    added: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the project")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the importable files inside given folders."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES))
        else:
            found.append(path)
    return found


def import_files(
    store: Store, paths: Iterable[str | Path], lang: str | None = None
) -> ImportReport:
    """Import files and folders; each file whole or not at all, failures listed."""
    report = ImportReport()
    for path in expand(paths):
        try:
            if not path.exists():
                raise InputError("no such file", path)
            if path.suffix.lower() not in TEXT_SUFFIXES:
                raise InputError(
                    f"cannot import {path.suffix or 'files without a suffix'} files yet "
                    f"(known: {', '.join(sorted(TEXT_SUFFIXES))})",
                    path,
                )
            document = read_text(path, lang)
        except InputError as error:
            report.failures.append(error)
            continue
        document_id, created = store.add_document(document)
        if created:
            report.added.append(document_id)
        else:
            report.duplicates.append(str(path))
    return report
