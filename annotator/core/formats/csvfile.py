"""CSV for spreadsheets: one row per statement, columns as in DESIGN.md."""

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
)


def write_csv(records: Iterable[AnnotatedDocument], out: TextIO) -> int:
    """Write the header and one row per statement; returns the number of documents."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        claims = {span.uid: span for span in record.spans}
        for statement in record.statements:
            claim = claims.get(statement.claim_uid)
            if claim is None:
                continue
            writer.writerow(
                [
                    record.document.uid,
                    record.document.title,
                    claim.start,
                    claim.end,
                    record.document.text[claim.start : claim.end],
                    statement.speaker,
                    statement.source_category,
                    statement.stance,
                    statement.rating,
                    str(statement.status),
                    str(statement.origin),
                    statement.annotator,
                    statement.note,
                ]
            )
        count += 1
    return count
