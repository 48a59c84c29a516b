"""Domain objects: small typed dataclasses that refuse invalid states."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class SpanKind(StrEnum):
    ENTITY = "entity"
    CLAIM = "claim"
    SOURCE_MENTION = "source_mention"
    CUE = "cue"


class Origin(StrEnum):
    MODEL = "model"
    RULE = "rule"
    MANUAL = "manual"
    IMPORT = "import"
    REVIEW = "review"  # the version a reviewer chose to stand


class SpanStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class DocumentStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REVIEWED = "reviewed"


def now_iso() -> str:
    """The current time in UTC, ISO 8601, to the millisecond (a merge tells an
    annotator's newer version from their older one by it)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def text_uid(text: str) -> str:
    """A document's uid: the sha256 of its text, stable across machines."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_UIDS: list[str] = []  # drawn ahead, in one read of the system's randomness
os.register_at_fork(after_in_child=_UIDS.clear)  # a forked worker never repeats ours


def new_uid() -> str:
    """A random uuid4 in hex, as `uuid.uuid4().hex` writes it, without building a UUID
    and without a system call for each (the rules make several per cue)."""
    try:
        return _UIDS.pop()
    except IndexError:
        random = bytearray(os.urandom(16 * 256))
        for at in range(0, len(random), 16):
            random[at + 6] = random[at + 6] & 0x0F | 0x40  # version 4
            random[at + 8] = random[at + 8] & 0x3F | 0x80  # the RFC 4122 variant
        _UIDS.extend(random[at : at + 16].hex() for at in range(0, len(random), 16))
        return _UIDS.pop()


def _as_enums(record: object, enums: tuple[tuple[str, type[StrEnum]], ...]) -> None:
    """A record's fields as their enums, however given ("claim" or SpanKind.CLAIM); one
    already a member is kept (the rules make several records per cue)."""
    for name, enum in enums:
        value = getattr(record, name)
        if type(value) is not enum:
            object.__setattr__(record, name, enum(value))


@dataclass(frozen=True, slots=True)
class Document:
    """An imported text. The text never changes after import."""

    text: str
    title: str = ""
    lang: str = ""
    url: str = ""
    outlet: str = ""
    published: str = ""
    source_path: str = ""
    meta: dict = field(default_factory=dict)
    uid: str = ""

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("a document needs some text")
        try:
            uid = text_uid(self.text)
        except UnicodeEncodeError as error:  # "\ud800" in JSON: half a UTF-16 pair
            raise ValueError(
                f"the text holds {self.text[error.start]!r} at character {error.start}, "
                "half of a UTF-16 pair and no character"
            ) from None
        if self.uid and self.uid != uid:  # identity is computed, never taken from a file
            raise ValueError(f"a document's uid is the hash of its text, not {self.uid[:12]}…")
        object.__setattr__(self, "uid", uid)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's text, in code points, end exclusive."""

    start: int
    end: int
    label: str
    kind: SpanKind = SpanKind.ENTITY
    origin: Origin = Origin.MODEL
    status: SpanStatus = SpanStatus.SUGGESTED
    annotator: str = ""
    reasons: tuple[str, ...] = ()
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        if not (type(self.start) is int is type(self.end)):  # not 0.5, not True
            raise ValueError(
                f"a span's offsets are whole numbers, not {self.start!r}..{self.end!r}"
            )
        if self.start < 0 or self.start >= self.end:
            raise ValueError(f"a span needs 0 <= start < end, got {self.start}..{self.end}")
        if not self.label:
            raise ValueError("a span needs a label")
        _as_enums(self, _SPAN_ENUMS)

    def check_within(self, text_length: int) -> None:
        if self.end > text_length:
            raise ValueError(f"span {self.start}..{self.end} runs past the text ({text_length})")


@dataclass(frozen=True, slots=True)
class Statement:
    """Who says a claim, and how: the claim span, its source, category, stance, rating."""

    claim_uid: str
    source_uid: str | None = None
    speaker: str = ""
    source_category: str = ""
    stance: str = ""
    rating: str = ""
    note: str = ""
    relay_of: str | None = None  # the statement whose words this source passes on
    origin: Origin = Origin.MODEL
    status: SpanStatus = SpanStatus.SUGGESTED
    annotator: str = ""
    reasons: tuple[str, ...] = ()
    updated: str = ""  # when a person or the machine last changed it (ISO 8601)
    uid: str = field(default_factory=new_uid)
    cue_uid: str | None = None  # the words that report it ("said", "according to")
    short_claim: str = ""  # the claim in a line (ClaimReview's claimReviewed); "" = the quote
    review_basis: str = ""  # a reviewed statement: the digest of the versions it settled

    def __post_init__(self) -> None:
        if not self.claim_uid:
            raise ValueError("a statement needs a claim")
        _as_enums(self, _STATEMENT_ENUMS)


_SPAN_ENUMS = (("kind", SpanKind), ("origin", Origin), ("status", SpanStatus))
_STATEMENT_ENUMS = (("origin", Origin), ("status", SpanStatus))


@dataclass(frozen=True, slots=True)
class TaxonomyEntry:
    """One entry of a project list: an entity label, source category, stance or rating."""

    kind: str
    code: str
    name: str
    color: str
    shortcut: str
    description: str
    position: int
