"""Questions about the whole corpus: documents with their counts, full-text search,
statements across documents."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotator.core.store import Store


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    title: str
    outlet: str
    published: str
    lang: str
    status: str
    suggested: int
    accepted: int
    rejected: int
    suggestion_error: str | None = None  # why the assistance failed on it


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    snippet: str


def document_summaries(store: Store, document_id: int | None = None) -> list[DocumentSummary]:
    """Documents (all, or one) with their counts of statements by status."""
    where = "WHERE d.id = ?" if document_id is not None else ""
    rows = store.db.execute(
        "SELECT d.id, d.title, d.outlet, d.published, d.lang, d.status, "
        "coalesce(sum(s.status = 'suggested'), 0), coalesce(sum(s.status = 'accepted'), 0), "
        "coalesce(sum(s.status = 'rejected'), 0), d.suggestion_error "
        f"FROM documents d LEFT JOIN statements s ON s.document_id = d.id {where} "
        "GROUP BY d.id ORDER BY d.id",
        [document_id] if document_id is not None else [],
    )
    return [DocumentSummary(*row) for row in rows]


RANK_AT_MOST = 5000  # ranking more matches than this costs more than the 100 ms budget


@dataclass(frozen=True, slots=True)
class SearchResult:
    total: int  # documents that match
    ranked: bool  # best first (bm25), or in corpus order when too many match
    hits: list[SearchHit]


def search(store: Store, query: str, limit: int = 200) -> SearchResult:
    """Full-text search (FTS5) over titles and texts, best matches first; a query FTS5
    cannot parse is searched as plain words."""
    try:
        return _search(store, query, limit)
    except sqlite3.OperationalError:
        words = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
        return _search(store, words, limit) if words else SearchResult(0, True, [])


def _search(store: Store, query: str, limit: int) -> SearchResult:
    total = store.db.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [query]
    ).fetchone()[0]
    ranked = total <= RANK_AT_MOST
    order = "ORDER BY rank" if ranked else ""
    rows = store.db.execute(
        "SELECT documents.id, documents.title, "
        "snippet(documents_fts, 1, '[', ']', '…', 12) FROM documents_fts "
        "JOIN documents ON documents.rowid = documents_fts.rowid "
        f"WHERE documents_fts MATCH ? {order} LIMIT ?",
        [query, limit],
    ).fetchall()
    return SearchResult(total, ranked, [SearchHit(*row) for row in rows])


def corpus_statements(store: Store, limit: int = 5000, **filters: str) -> list[dict]:
    """Statements across the corpus, filtered by exact source_category, stance, status,
    annotator, and by speaker words (case-insensitive)."""
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
