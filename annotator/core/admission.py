"""What a record read from a file must pass to enter a project, and what it becomes.

A file is anybody's: it may name a document's uid, say its annotations are a
review, or carry a language code spaCy would import as a module. Identity and
provenance are ours, so here a record's uid is the hash of its text, its
annotations are imports (what they claimed to be is kept as data), and its
details are checked; anything said about it is collected as notes for the report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from annotator.core.errors import InputError
from annotator.core.formats.records import AnnotatedDocument, shown
from annotator.core.formats.text import MAX_DOCUMENT_CHARS, parse_header
from annotator.core.language import ANY_LANGUAGE, detect_language, known_language
from annotator.core.model import Origin, Span, Statement, new_uid

CLAIMED_ORIGIN = "claimed_origin"  # reason code: the origin a file gave an annotation
Annotation = TypeVar("Annotation", Span, Statement)
_MAKERS = {"model": "a model", "rule": "rules", "manual": "a person", "review": "a reviewer"}


@dataclass
class Admission:
    """One file's records on their way in: what to tell the person about them."""

    path: Path
    lang: str | None = None  # the language the person chose for every document
    annotator: str = ""  # credited with annotations that name nobody
    taken: Callable[[str, list[str]], set[str]] | None = None  # (table, uids) -> in project
    notes: list[str] = field(default_factory=list)
    claimed: Counter[str] = field(default_factory=Counter)  # claimed origin -> annotations
    seen: set[str] = field(default_factory=set)  # uids of this file's earlier records

    def admit(self, record: AnnotatedDocument) -> AnnotatedDocument:
        """The record as it may be stored; InputError says why it may not."""
        document = record.document
        where = f"{self.path}:{record.line}" if record.line is not None else str(self.path)
        _refuse_broken_text(record, self.path)
        if record.claimed_uid and record.claimed_uid != document.uid:
            self.notes.append(
                f"{where}: the file gives this document the uid {record.claimed_uid[:12]}…, "
                f"which is not the hash of its text; kept under its own ({document.uid[:12]}…)"
            )
        if len(document.text) > MAX_DOCUMENT_CHARS:
            raise InputError(
                "a document of {length:,} characters is over the limit of {limit:,}; "
                "split it into articles",
                self.path,
                record.line,
                length=len(document.text),
                limit=MAX_DOCUMENT_CHARS,
            )
        document = replace(document, lang=self._language(record, where))
        if not document.title:  # corpora often carry none: the first line stands for it
            document = replace(document, title=parse_header(document.text).get("title", ""))
        return self._own_uids(
            replace(
                record,
                document=document,
                spans=[self._imported(span) for span in record.spans],
                statements=[self._imported(statement) for statement in record.statements],
            )
        )

    def _own_uids(self, record: AnnotatedDocument) -> AnnotatedDocument:
        """A span or statement keeps its uid (an export read back stays mergeable with
        its project) unless another annotation has it already, in this file or in the
        project: then it gets a new one, and what refers to it follows."""
        spans = self._taken("spans", [s.uid for s in record.spans])
        statements = self._taken("statements", [s.uid for s in record.statements])
        fresh = {uid: new_uid() for uid in spans | statements}
        if fresh:

            def renamed(uid: str | None) -> str | None:
                return fresh.get(uid, uid) if uid is not None else None

            record = replace(
                record,
                spans=[replace(s, uid=fresh.get(s.uid, s.uid)) for s in record.spans],
                statements=[
                    replace(
                        s,
                        uid=fresh.get(s.uid, s.uid),
                        claim_uid=fresh.get(s.claim_uid, s.claim_uid),
                        source_uid=renamed(s.source_uid),
                        cue_uid=renamed(s.cue_uid),
                        relay_of=renamed(s.relay_of),
                    )
                    for s in record.statements
                ],
            )
        self.seen.update(s.uid for s in record.spans)
        self.seen.update(s.uid for s in record.statements)
        return record

    def _taken(self, table: str, uids: list[str]) -> set[str]:
        found = {uid for uid in uids if uid in self.seen}
        if self.taken is not None and uids:
            found |= self.taken(table, uids)
        return found

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


_TEXT_FIELDS = {
    "document": ("title", "lang", "url", "outlet", "published"),
    "span": ("uid", "label", "annotator"),
    "statement": ("uid", "claim_uid", "source_uid", "cue_uid", "relay_of", "speaker",
                  "source_category", "stance", "rating", "note", "short_claim", "annotator"),
}  # fmt: skip

# A field that is no text, or holds half of a UTF-16 pair, said whole for each kind of
# record (and of value): the window translates each sentence.
NOT_TEXT = {
    ("document", "value"): "a document's {field} must be text, not {value}",
    ("document", "object"): "a document's {field} must be text, not an object",
    ("document", "list"): "a document's {field} must be text, not a list",
    ("span", "value"): "a span's {field} must be text, not {value}",
    ("span", "object"): "a span's {field} must be text, not an object",
    ("span", "list"): "a span's {field} must be text, not a list",
    ("statement", "value"): "a statement's {field} must be text, not {value}",
    ("statement", "object"): "a statement's {field} must be text, not an object",
    ("statement", "list"): "a statement's {field} must be text, not a list",
}
HALF_PAIRS = {
    "document": "a document's {field} holds {char!r}, half of a UTF-16 pair and no character",
    "span": "a span's {field} holds {char!r}, half of a UTF-16 pair and no character",
    "statement": "a statement's {field} holds {char!r}, half of a UTF-16 pair and no character",
}


def _refuse_broken_text(record: AnnotatedDocument, path: Path) -> None:
    """Text the project file can hold: JSON's "\\ud800" is half of a UTF-16 pair, no
    character, and SQLite would refuse it halfway through the file."""
    items: list[tuple[str, object]] = [("document", record.document)]
    items += [("span", span) for span in record.spans]
    items += [("statement", statement) for statement in record.statements]
    for what, item in items:
        for name in _TEXT_FIELDS[what]:
            value = getattr(item, name)
            if value is None:
                continue
            if not isinstance(value, str):
                shape = "object" if isinstance(value, dict) else "value"
                shape = "list" if isinstance(value, list) else shape
                raise InputError(
                    NOT_TEXT[(what, shape)], path, record.line, field=name, value=shown(value)
                )
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                raise InputError(
                    HALF_PAIRS[what], path, record.line, field=name, char=value[error.start]
                ) from None
