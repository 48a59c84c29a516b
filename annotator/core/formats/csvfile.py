"""CSV for spreadsheets: one row per statement, columns as in DESIGN.md (and README).

A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as
a formula, and the words in a project may come from an adversary (a title
`=HYPERLINK(...)` that sends the sheet's cells away). Such text cells get a leading
single quote, as OWASP recommends ("CSV Injection"); so do cells that already start
with a quote, so that taking one leading quote off every text cell gives back the
project's words exactly. Offsets are numbers and are written as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import Span, Statement

COLUMNS = (
    "document_uid",
    "document_title",
    "start",
    "end",
    "claim",
    "speaker",
    "source_category",
    "stance",
    "rating",
    "status",
    "origin",
    "annotator",
    "note",
    # added after the first release, so older sheets keep their columns in place
    "statement_uid",
    "source_mention",
    "source_start",
    "source_end",
    "cue",
    "relay_of",
    "outlet",
    "published",
    "url",
)
# What a spreadsheet reads as the start of a formula, and our own quote (see above).
QUOTED_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def write_csv(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """Write the header and one row per statement; returns the number of documents."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        spans = {span.uid: span for span in record.spans}
        for statement in record.statements:
            if statement.claim_uid in spans:
                writer.writerow(neutralised(_row(record, statement, spans)))
        count += 1
    return count


def _row(
    record: AnnotatedDocument, statement: Statement, spans: dict[str, Span]
) -> list[str | int]:
    document, text = record.document, record.document.text
    claim = spans[statement.claim_uid]
    mention = spans.get(statement.source_uid or "")
    cue = spans.get(statement.cue_uid or "")
    return [
        document.uid,
        document.title,
        claim.start,
        claim.end,
        text[claim.start : claim.end],
        statement.speaker,
        statement.source_category,
        statement.stance,
        statement.rating,
        str(statement.status),
        str(statement.origin),
        statement.annotator,
        statement.note,
        statement.uid,
        text[mention.start : mention.end] if mention else "",
        mention.start if mention else "",
        mention.end if mention else "",
        text[cue.start : cue.end] if cue else "",
        statement.relay_of or "",
        document.outlet,
        document.published,
        document.url,
    ]


def neutralised(row: Sequence[str | int]) -> list[str | int]:
    """The row with a leading quote on every text cell a spreadsheet would run."""
    return [
        f"'{cell}" if isinstance(cell, str) and cell.startswith(QUOTED_STARTS) else cell
        for cell in row
    ]
