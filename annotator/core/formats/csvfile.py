"""CSV for spreadsheets: one row per statement, columns as in DESIGN.md (and README)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from annotator.core.formats.records import AnnotatedDocument

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


def write_csv(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """Write the header and one row per statement; returns the number of documents."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        document, text = record.document, record.document.text
        spans = {span.uid: span for span in record.spans}
        for statement in record.statements:
            claim = spans.get(statement.claim_uid)
            if claim is None:
                continue
            mention = spans.get(statement.source_uid or "")
            cue = spans.get(statement.cue_uid or "")
            writer.writerow(
                [
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
            )
        count += 1
    return count
