"""The store layer's queries for the corpus views, statistics and merging.

With `store.py`, `store_items.py` and `schema.py`, the only module that holds SQL: `corpus`, `stats`
and `merge` ask these functions and never write SQL themselves (a test checks it).
"""

from __future__ import annotations

from annotator.core.gazetteer import GazetteerEntry
from annotator.core.model import TaxonomyEntry
from annotator.core.store import Store

COUNTED = ("source_category", "stance")  # statements are counted by these columns


def summary_rows(store: Store, document_id: int | None = None) -> list[tuple]:
    """Per document: id, title, outlet, published, lang, status, statements suggested,
    accepted, rejected, suggestion error, suggested by."""
    where = "WHERE d.id = ?" if document_id is not None else ""
    return store.db.execute(
        "SELECT d.id, d.title, d.outlet, d.published, d.lang, d.status, "
        "coalesce(sum(s.status = 'suggested'), 0), coalesce(sum(s.status = 'accepted'), 0), "
        "coalesce(sum(s.status = 'rejected'), 0), d.suggestion_error, d.suggested_by "
        f"FROM documents d LEFT JOIN statements s ON s.document_id = d.id {where} "
        "GROUP BY d.id ORDER BY d.id",
        [document_id] if document_id is not None else [],
    ).fetchall()


def suggestion_row(store: Store, document_id: int) -> tuple[str, str | None, str | None]:
    """A document's lang, suggested_by and suggestion_error (its text's length not counted)."""
    row = store.db.execute(
        "SELECT lang, suggested_by, suggestion_error FROM documents WHERE id = ?", [document_id]
    ).fetchone()
    if row is None:
        raise KeyError(document_id)
    return row


def search_rows(
    store: Store, query: str, limit: int, ranked_at_most: int
) -> tuple[int, bool, list]:
    """How many documents match an FTS5 query, whether they come ranked, and (id, title,
    snippet) of the first `limit`. Raises sqlite3.OperationalError on a bad query."""
    total = store.db.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [query]
    ).fetchone()[0]
    ranked = total <= ranked_at_most
    order = "ORDER BY rank" if ranked else ""
    rows = store.db.execute(
        "SELECT documents.id, documents.title, "
        "snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts "
        "JOIN documents ON documents.rowid = documents_fts.rowid "
        f"WHERE documents_fts MATCH ? {order} LIMIT ?",
        [query, limit],
    ).fetchall()
    return total, ranked, rows


def statement_rows(store: Store, limit: int, filters: dict[str, str]) -> list[dict]:
    """Statements across the corpus with their claim's offsets and document title."""
    sql = (
        "SELECT statements.*, spans.start, spans.[end], documents.title AS document_title "
        "FROM statements JOIN spans ON spans.uid = statements.claim_uid "
        "JOIN documents ON documents.id = statements.document_id WHERE 1 = 1"
    )
    params: list[object] = []
    for column in ("source_category", "stance", "status", "annotator"):
        if filters.get(column):
            sql += f" AND statements.{column} = ?"
            params.append(filters[column])
    if filters.get("speaker"):
        sql += " AND statements.speaker LIKE ?"
        params.append(f"%{filters['speaker']}%")
    sql += " ORDER BY statements.document_id, spans.start LIMIT ?"
    return store.query(sql, [*params, limit])


def project_counts(store: Store) -> dict[str, dict[str, int]]:
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


def statement_counts(store: Store, column: str, document_id: int | None) -> dict[str, int]:
    """Statements (not rejected) by one of COUNTED, in one document or all."""
    if column not in COUNTED:
        raise ValueError(f"no statistics by {column}")
    where = "status != 'rejected'" + (" AND document_id = ?" if document_id is not None else "")
    params = [document_id] if document_id is not None else []
    rows = store.db.execute(
        f"SELECT {column}, count(*) FROM statements WHERE {where} GROUP BY {column} "
        "ORDER BY count(*) DESC",
        params,
    )
    return {str(key or ""): n for key, n in rows}


def decisions(store: Store) -> list[tuple[str, str, str | None, str | None]]:
    """(item, day, before, after) of the history rows where people decided something."""
    return store.db.execute(
        "SELECT item, substr(at, 1, 10), before, after FROM history WHERE item IN "
        "('statement', 'document') AND action IN ('edit', 'redo', 'review', 'create')"
    ).fetchall()


# merging -------------------------------------------------------------------------------


def document_row(store: Store, document_id: int) -> dict:
    return store.query("SELECT * FROM documents WHERE id = ?", [document_id])[0]


def rows_of_document(store: Store, table: str, document_id: int) -> list[dict]:
    if table not in ("spans", "statements", "history"):
        raise ValueError(f"no rows of a document in {table}")
    return store.query(f"SELECT * FROM {table} WHERE document_id = ?", [document_id])


def span_at(
    store: Store, document_id: int, start: int, end: int, kind: str, label: str
) -> str | None:
    """The uid of a span of a document at these offsets, of this kind and label."""
    found = store.query(
        "SELECT uid FROM spans WHERE document_id = ? AND start = ? AND [end] = ? "
        "AND kind = ? AND label = ? LIMIT 1",
        [document_id, start, end, kind, label],
    )
    return found[0]["uid"] if found else None


def same_statement(store: Store, row: dict) -> str | None:
    """The uid of a statement that says what `row` says: on the same claim, from the
    same source mention, speaker and category, relaying the same statement (or none).
    A claim can have several sources; one statement per claim would drop the others."""
    found = store.query(
        "SELECT uid FROM statements WHERE claim_uid = ? AND source_uid IS ? AND speaker = ? "
        "AND source_category = ? AND relay_of IS ? LIMIT 1",
        [row["claim_uid"], row["source_uid"], row["speaker"], row["source_category"],
         row["relay_of"]],
    )  # fmt: skip
    return found[0]["uid"] if found else None


def count_with_status(store: Store, status: str) -> int:
    """How many documents have a status."""
    return int(
        store.db.execute("SELECT count(*) FROM documents WHERE status = ?", [status]).fetchone()[0]
    )


def set_document_status(store: Store, document_id: int, status: str) -> None:
    store.db.execute("UPDATE documents SET status = ? WHERE id = ?", [status, document_id])


def add_taxonomy_entry(store: Store, kind: str, entry: TaxonomyEntry, position: int) -> None:
    store.db.execute(
        "INSERT INTO taxonomy (kind, code, name, color, shortcut, description, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [kind, entry.code, entry.name, entry.color, "", entry.description, position],
    )


def add_gazetteer_entry(store: Store, entry: GazetteerEntry) -> None:
    store.db.execute(
        "INSERT INTO gazetteer (pattern, category, speaker, qid, origin) VALUES (?, ?, ?, ?, ?)",
        [entry.pattern, entry.category, entry.speaker, entry.qid, entry.origin],
    )


def add_history_row(store: Store, row: dict, document_id: int) -> bool:
    """Copy a history row from another project unless the same one is there; True if added."""
    same = [
        row["item_uid"],
        row["action"],
        row["at"],
        row["annotator"],
        row["before"],
        row["after"],
    ]
    duplicate = store.db.execute(
        "SELECT 1 FROM history WHERE item_uid = ? AND action = ? AND at = ? AND "
        "annotator IS ? AND before IS ? AND after IS ? LIMIT 1",
        same,
    ).fetchone()
    if duplicate is not None:
        return False
    store.db.execute(
        "INSERT INTO history (item, item_uid, document_id, action, before, after, "
        "annotator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row["item"],
            row["item_uid"],
            document_id,
            row["action"],
            row["before"],
            row["after"],
            row["annotator"],
            row["at"],
        ],  # fmt: skip
    )
    return True


def existing_uids(store: Store, table: str, uids: list[str]) -> set[str]:
    """Which of these uids a span or statement of the project already has."""
    if table not in ("spans", "statements"):
        raise ValueError(f"no uids of annotations in {table}")
    found: set[str] = set()
    for start in range(0, len(uids), 500):  # SQLite takes so many parameters at once
        values = uids[start : start + 500]
        sql = f"SELECT uid FROM {table} WHERE uid IN ({', '.join('?' * len(values))})"
        found.update(row[0] for row in store.db.execute(sql, values))
    return found
