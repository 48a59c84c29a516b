"""What a record read from a file must pass to enter a project, and what it becomes.

A file is anybody's: it may name a document's uid, say its annotations are a
review, or carry a language code spaCy would import as a module. Identity and
provenance are ours, so here a record's uid is the hash of its text, its
annotations are imports (what they claimed to be is kept as data), and its
details are checked; anything said about it is collected as notes for the report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from annotator.core.errors import InputError
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.text import MAX_DOCUMENT_CHARS, parse_header
from annotator.core.language import ANY_LANGUAGE, detect_language, known_language
from annotator.core.model import Origin, Span, Statement

CLAIMED_ORIGIN = "claimed_origin"  # reason code: the origin a file gave an annotation
Annotation = TypeVar("Annotation", Span, Statement)
_MAKERS = {"model": "a model", "rule": "rules", "manual": "a person", "review": "a reviewer"}


@dataclass
class Admission:
    """One file's records on their way in: what to tell the person about them."""

    path: Path
    lang: str | None = None  # the language the person chose for every document
    annotator: str = ""  # credited with annotations that name nobody
    notes: list[str] = field(default_factory=list)
    claimed: Counter[str] = field(default_factory=Counter)  # claimed origin -> annotations

    def admit(self, record: AnnotatedDocument) -> AnnotatedDocument:
        """The record as it may be stored; InputError says why it may not."""
        document = record.document
        where = f"{self.path}:{record.line}" if record.line is not None else str(self.path)
        if record.claimed_uid and record.claimed_uid != document.uid:
            self.notes.append(
                f"{where}: the file gives this document the uid {record.claimed_uid[:12]}…, "
                f"which is not the hash of its text; kept under its own ({document.uid[:12]}…)"
            )
        if len(document.text) > MAX_DOCUMENT_CHARS:
            raise InputError(
                f"a document of {len(document.text):,} characters is over the limit of "
                f"{MAX_DOCUMENT_CHARS:,}; split it into articles",
                self.path,
                record.line,
            )
        document = replace(document, lang=self._language(record, where))
        if not document.title:  # corpora often carry none: the first line stands for it
            document = replace(document, title=parse_header(document.text).get("title", ""))
        return replace(
            record,
            document=document,
            spans=[self._imported(span) for span in record.spans],
            statements=[self._imported(statement) for statement in record.statements],
        )

    def _language(self, record: AnnotatedDocument, where: str) -> str:
        """The person's choice, else the file's code if it is one we know, else a guess:
        a code spaCy has no language for would stop the assistance on the document."""
        document = record.document
        if self.lang or not document.lang:
            return self.lang or detect_language(document.text)
        known = known_language(document.lang)
        if known is not None:
            return known
        guessed = detect_language(document.text, default=ANY_LANGUAGE)
        how = "detected from its text" if guessed != ANY_LANGUAGE else "any language"
        self.notes.append(
            f"{where}: the language {document.lang[:40]!r} is no language code annotator "
            f"knows; the document is taken as {guessed!r} ({how}; its details can change it)"
        )
        return guessed

    def _imported(self, item: Annotation) -> Annotation:
        """Provenance is ours: an annotation from a file is an import, whatever origin it
        claims (a review is only a review made here); the claim stays as a reason."""
        reasons: tuple[str, ...] = item.reasons
        if item.origin != Origin.IMPORT:
            self.claimed[str(item.origin)] += 1
            reasons = (*reasons, f"{CLAIMED_ORIGIN}:{item.origin}")
        return replace(
            item,
            origin=Origin.IMPORT,
            reasons=reasons,
            annotator=item.annotator or self.annotator,
        )

    def said(self) -> list[str]:
        """The notes on this file, once all its records are in."""
        notes = list(self.notes)
        if self.claimed:
            counts = ", ".join(
                f"{_MAKERS.get(origin, origin)} ({n})" for origin, n in sorted(self.claimed.items())
            )
            notes.append(
                f"{self.path}: annotations the file says were made by {counts} come in as "
                f"imports (origin import); what each claimed is kept with it"
            )
        return notes
