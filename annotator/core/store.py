"""The project file: one SQLite database per project, through sqlite-utils.

Every edit is committed in its own transaction at once; WAL keeps readers and a
crash harmless. The schema version lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from annotator.core.errors import ProjectError
from annotator.core.model import Document, Span, SpanKind, SpanStatus, now_iso
from annotator.core.resources import load_json

SCHEMA_VERSION = 1
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as listed in the project: its text is fetched separately."""

    id: int
    uid: str
    title: str
    lang: str
    outlet: str
    published: str
    status: str
    suggested_by: str | None
    length: int


@dataclass(frozen=True, slots=True)
class TaxonomyEntry:
    kind: str
    code: str
    name: str
    color: str
    shortcut: str
    description: str
    position: int


_SPAN_COLUMNS = "uid, start, [end], label, kind, origin, status, annotator"


class Store:
    """An open project file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        _refuse_foreign_file(self.path)
        try:
            conn = sqlite3.connect(self.path, timeout=10)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise ProjectError(f"not a readable project file ({error})", self.path) from error
        if version > SCHEMA_VERSION:
            raise ProjectError(
                f"made by a newer annotator (schema {version}, this one reads up to "
                f"{SCHEMA_VERSION}); update annotator to open it",
                self.path,
            )
        if version == 0:
            if self.db.table_names():
                raise ProjectError("a SQLite file, but not an annotator project", self.path)
            self._create_schema()
        self.db.enable_wal()

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # schema -------------------------------------------------------------

    def _create_schema(self) -> None:
        db = self.db
        with db.conn:
            db["documents"].create(
                {
                    "id": int,
                    "uid": str,
                    "title": str,
                    "text": str,
                    "lang": str,
                    "url": str,
                    "outlet": str,
                    "published": str,
                    "imported_at": str,
                    "status": str,
                    "suggested_by": str,
                    "meta": str,
                },
                pk="id",
                not_null={"uid", "text"},
                defaults={"status": "todo"},
            )
            db["documents"].create_index(["uid"], unique=True)
            db["spans"].create(
                {
                    "id": int,
                    "uid": str,
                    "document_id": int,
                    "start": int,
                    "end": int,
                    "kind": str,
                    "label": str,
                    "origin": str,
                    "status": str,
                    "annotator": str,
                    "created": str,
                    "updated": str,
                },
                pk="id",
                foreign_keys=[("document_id", "documents", "id")],
                not_null={"uid", "document_id", "start", "end", "kind", "label"},
            )
            db["spans"].create_index(["uid"], unique=True)
            db["spans"].create_index(["document_id", "start"])
            db["taxonomy"].create(
                {
                    "kind": str,
                    "code": str,
                    "name": str,
                    "color": str,
                    "shortcut": str,
                    "description": str,
                    "position": int,
                },
                pk=("kind", "code"),
            )
            db["history"].create(
                {
                    "id": int,
                    "span_uid": str,
                    "action": str,
                    "before": str,
                    "after": str,
                    "annotator": str,
                    "at": str,
                },
                pk="id",
            )
            db["history"].create_index(["span_uid"])
            self._seed_taxonomy()
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db["documents"].enable_fts(["title", "text"], create_triggers=True)

    def _seed_taxonomy(self) -> None:
        rows = []
        for kind, entries in load_json("taxonomy.json").items():
            if kind.startswith("_"):
                continue
            for position, entry in enumerate(entries):
                rows.append(
                    {
                        "kind": kind,
                        "code": entry["code"],
                        "name": entry["name"],
                        "color": entry["color"],
                        "shortcut": entry.get("shortcut", ""),
                        "description": entry.get("description", ""),
                        "position": position,
                    }
                )
        self.db["taxonomy"].insert_all(rows)

    # documents ------------------------------------------------------------

    def add_document(self, document: Document) -> tuple[int, bool]:
        """Store a document; returns (id, True) or, if its text is already there, (id, False)."""
        existing = self.document_id(document.uid)
        if existing is not None:
            return existing, False
        with self.db.conn:
            cursor = self.db.execute(
                "INSERT INTO documents (uid, title, text, lang, url, outlet, published, "
                "imported_at, status, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'todo', ?)",
                [
                    document.uid,
                    document.title,
                    document.text,
                    document.lang,
                    document.url,
                    document.outlet,
                    document.published,
                    now_iso(),
                    json.dumps(document.meta),
                ],
            )
        return cursor.lastrowid, True

    def document_id(self, uid: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE uid = ?", [uid]).fetchone()
        return row[0] if row else None

    def documents(self) -> list[StoredDocument]:
        rows = self.db.execute(
            "SELECT id, uid, title, lang, outlet, published, status, suggested_by, "
            "length(text) FROM documents ORDER BY id"
        )
        return [StoredDocument(*row) for row in rows]

    def document(self, document_id: int) -> StoredDocument:
        row = self.db.execute(
            "SELECT id, uid, title, lang, outlet, published, status, suggested_by, "
            "length(text) FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            raise KeyError(document_id)
        return StoredDocument(*row)

    def text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise KeyError(document_id)
        return row[0]

    def documents_needing_suggestions(self) -> list[StoredDocument]:
        return [d for d in self.documents() if d.suggested_by is None]

    def iter_documents_with_text(self) -> Iterator[tuple[StoredDocument, str]]:
        """Every document with its text, one at a time (flat memory on large corpora)."""
        for listed in self.documents():
            yield listed, self.text(listed.id)

    # spans ------------------------------------------------------------------

    def save_suggestions(self, document_id: int, spans: Iterable[Span], suggested_by: str) -> int:
        """Store the machine's spans for a document and mark it, in one transaction.

        A document that already has suggestions keeps them (returns 0): running
        the assistance twice, or from two windows, never doubles the spans.
        """
        stamp = now_iso()
        rows = [_span_row(document_id, span, stamp) for span in spans]
        with self.db.conn:
            marked = self.db.execute(
                "UPDATE documents SET suggested_by = ? WHERE id = ? AND suggested_by IS NULL",
                [suggested_by, document_id],
            ).rowcount
            if marked:
                self.db.conn.executemany(
                    "INSERT INTO spans (document_id, created, updated, " + _SPAN_COLUMNS + ") "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
        return len(rows) if marked else 0

    def spans(
        self,
        document_id: int,
        kinds: Iterable[SpanKind] | None = None,
        statuses: Iterable[SpanStatus] | None = None,
    ) -> list[Span]:
        """A document's spans, sorted by start offset."""
        sql = f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id = ?"
        params: list[object] = [document_id]
        for column, values in (("kind", kinds), ("status", statuses)):
            if values is not None:
                values = [str(v) for v in values]
                sql += f" AND {column} IN ({', '.join('?' * len(values))})"
                params.extend(values)
        rows = self.db.execute(sql + " ORDER BY start, [end]", params)
        return [
            Span(
                uid=uid,
                start=start,
                end=end,
                label=label,
                kind=kind,
                origin=origin,
                status=status,
                annotator=annotator or "",
            )
            for uid, start, end, label, kind, origin, status, annotator in rows
        ]

    # taxonomy -----------------------------------------------------------------

    def taxonomy(self, kind: str) -> list[TaxonomyEntry]:
        rows = self.db.execute(
            "SELECT kind, code, name, color, shortcut, description, position FROM taxonomy "
            "WHERE kind = ? ORDER BY position",
            [kind],
        )
        return [TaxonomyEntry(*row) for row in rows]


def _span_row(document_id: int, span: Span, stamp: str) -> tuple:
    return (
        document_id,
        stamp,
        stamp,
        span.uid,
        span.start,
        span.end,
        span.label,
        str(span.kind),
        str(span.origin),
        str(span.status),
        span.annotator,
    )


def _refuse_foreign_file(path: Path) -> None:
    """A non-empty file that is not SQLite is never touched."""
    if path.is_dir():
        raise ProjectError("is a folder, not a project file", path)
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != _SQLITE_MAGIC:
                raise ProjectError("not a project file (not an SQLite database)", path)
    elif not path.parent.exists():
        raise ProjectError("its folder does not exist", path)
