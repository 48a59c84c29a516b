"""Counts over a project: documents by status, statements by status, category, stance."""

from __future__ import annotations

import json

from annotator.core import store_queries as queries
from annotator.core.store import Store


def project_stats(store: Store) -> dict[str, dict[str, int]]:
    return queries.project_counts(store)


def counts_by(store: Store, field: str, document_id: int | None = None) -> dict[str, int]:
    """Statements (not rejected) by source_category or stance, in one document or all."""
    return queries.statement_counts(store, field, document_id)


def progress_by_day(store: Store) -> list[tuple[str, int, int]]:
    """Per day: statements decided (made, accepted or rejected by a person) and
    documents finished (done or reviewed), from the history."""
    decided: dict[str, int] = {}
    finished: dict[str, int] = {}
    for item, day, before, after in queries.decisions(store):
        old = (json.loads(before or "null") or {}).get("status")
        status = (json.loads(after or "null") or {}).get("status")
        if status == old:
            continue  # an edit that left the decision as it was
        if item == "statement" and status in ("accepted", "rejected"):
            decided[day] = decided.get(day, 0) + 1
        elif item == "document" and status in ("done", "reviewed"):
            finished[day] = finished.get(day, 0) + 1
    days = sorted(set(decided) | set(finished))
    return [(day, decided.get(day, 0), finished.get(day, 0)) for day in days]
