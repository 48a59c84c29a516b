"""Counts over a project: documents by status, statements by status, category, stance."""

from __future__ import annotations

import json

from annotator.core.store import Store


def project_stats(store: Store) -> dict[str, dict[str, int]]:
    def counts(sql: str) -> dict[str, int]:
        return {str(key or ""): n for key, n in store.db.execute(sql)}

    return {
        "documents": counts("SELECT status, count(*) FROM documents GROUP BY status"),
        "statements": counts("SELECT status, count(*) FROM statements GROUP BY status"),
        "source categories": counts(
            "SELECT source_category, count(*) FROM statements "
            "WHERE status != 'rejected' GROUP BY source_category"
        ),
        "stances": counts(
            "SELECT stance, count(*) FROM statements WHERE status != 'rejected' GROUP BY stance"
        ),
        "annotators": counts("SELECT annotator, count(*) FROM statements GROUP BY annotator"),
    }


def counts_by(store: Store, field: str, document_id: int | None = None) -> dict[str, int]:
    """Statements (not rejected) by source_category or stance, in one document or all."""
    if field not in ("source_category", "stance"):
        raise ValueError(f"no statistics by {field}")
    where = "status != 'rejected'" + (" AND document_id = ?" if document_id is not None else "")
    params = [document_id] if document_id is not None else []
    rows = store.db.execute(
        f"SELECT {field}, count(*) FROM statements WHERE {where} GROUP BY {field} "
        "ORDER BY count(*) DESC",
        params,
    )
    return {str(key or ""): n for key, n in rows}


def progress_by_day(store: Store) -> list[tuple[str, int, int]]:
    """Per day: statements decided (made, accepted or rejected by a person) and
    documents finished (done or reviewed), from the history."""
    decided: dict[str, int] = {}
    finished: dict[str, int] = {}
    rows = store.db.execute(
        "SELECT item, substr(at, 1, 10), before, after FROM history WHERE item IN "
        "('statement', 'document') AND action IN ('edit', 'redo', 'review', 'create')"
    )
    for item, day, before, after in rows:
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
