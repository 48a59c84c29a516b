"""Counts over a project: documents by status, statements by status, category, stance."""

from __future__ import annotations

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
