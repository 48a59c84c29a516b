"""The project file: one SQLite database per project, through sqlite-utils.

Every edit is committed in its own transaction at once; WAL keeps readers and a
crash harmless. The schema version lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from annotator.core.errors import ProjectError
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.model import (
    Document,
    Span,
    SpanKind,
    SpanStatus,
    Statement,
    now_iso,
)
from annotator.core.resuggest import not_decided_yet
from annotator.core.rows import (
    span_from_row,
    span_row,
    statement_from_row,
    statement_row,
)
from annotator.core.schema import (
    SCHEMA_VERSION,
    backup_before_migration,
    create_schema,
    migrate,
)
from annotator.core.store_items import ItemStore

_COMPANIONS = ("-wal", "-shm", "-journal")
BUSY_SECONDS = 30  # how long a write waits for another window's
QUICK_CHECK_BYTES = 512 * 2**20  # larger files skip the check at opening (it reads it all)
IMPORTED = "import"  # suggested_by of a document imported with its annotations
_DOCUMENT_COLUMNS = (
    "id, uid, title, lang, outlet, published, status, suggested_by, length(text), url, "
    "suggestion_error"
)


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
    url: str
    suggestion_error: str | None = None  # why the assistance failed on it, if it did


@dataclass(frozen=True, slots=True)
class ImportCounts:
    added: list[int]
    duplicates: list[str]


class Store(ItemStore):
    """An open project file (its item changes and history: `store_items`)."""

    _depth = 0  # how many savepoints are open inside the current transaction

    def __init__(self, path: str | Path, read_only: bool = False):
        """Open (or create) a project. `read_only` opens an existing file without changing
        it in any way (merge inputs): an older schema is migrated in a copy in memory."""
        self.path = Path(path)
        self.read_only = read_only
        self.backup_path: Path | None = None  # the copy made before a migration, if any
        self._lengths: dict[int, int] = {}
        _refuse_unusable_path(self.path, must_exist=read_only)
        try:
            conn = sqlite3.connect(
                self.path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rwc"),
                uri=True,
                timeout=BUSY_SECONDS,
            )
        except sqlite3.Error as error:
            raise ProjectError("cannot be opened ({error})", self.path, error=error) from error
        self.db = sqlite_utils.Database(conn)
        try:
            version = self._opening_checks()
            if version == 0 and not read_only:
                create_schema(self.db)
            elif version < SCHEMA_VERSION and read_only:
                self.db = sqlite_utils.Database(_copy_in_memory(conn))
                conn.close()
                migrate(self.db, version)
            elif version < SCHEMA_VERSION:
                self.backup_path = backup_before_migration(self.db.conn, self.path, version)
                migrate(self.db, version)
            if not read_only:
                self.db.enable_wal()
                # Every edit is committed at once; FULL syncs the log at each commit, so a
                # power cut, not only a crash, keeps what the window has shown as saved.
                self.db.execute("PRAGMA synchronous = FULL")
        except BaseException:
            self.db.conn.close()
            raise

    def _opening_checks(self) -> int:
        """The schema version, once the file is known to be ours, intact and not too new.

        The header is read through SQLite, never with open(): closing a descriptor of the
        file would drop the locks SQLite holds on it for this process's other handles."""
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = self.db.table_names()
        except sqlite3.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB:
                raise ProjectError(
                    "not a project file (not an SQLite database)", self.path
                ) from None
            raise ProjectError(
                "not a readable project file ({error})", self.path, error=error
            ) from error
        if version > SCHEMA_VERSION:
            raise ProjectError(
                "made by a newer annotator (schema {version}, this one reads up to "
                "{known}); update annotator to open it",
                self.path,
                version=version,
                known=SCHEMA_VERSION,
            )
        if version == 0 and tables:
            raise ProjectError("a SQLite file, but not an annotator project", self.path)
        if version == 0 and self.read_only:
            raise ProjectError("an empty file, not an annotator project", self.path)
        self._check_intact()
        return version

    def _check_intact(self) -> None:
        """A damaged file is refused at once, not at the first query that trips on it."""
        size = self.path.stat().st_size if self.path.exists() else 0
        try:
            if 0 < size <= QUICK_CHECK_BYTES:
                result = self.db.execute("PRAGMA quick_check(1)").fetchone()[0]
                if result != "ok":
                    raise sqlite3.DatabaseError(result)
        except sqlite3.DatabaseError as error:
            reason = " ".join(str(error).split())
            raise ProjectError(
                "the project file is damaged ({reason}); open a backup copy",
                self.path,
                reason=reason,
            ) from error

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. BEGIN IMMEDIATE takes the write lock first, so two windows (or a
        window and the command line) wait for each other instead of failing with
        "database is locked". A nested call is a savepoint: its failure undoes only its
        own writes, and the outer transaction goes on."""
        conn = self.db.conn
        if conn.in_transaction:
            self._depth += 1
            savepoint = f"nested_{self._depth}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                conn.execute(f"ROLLBACK TO {savepoint}")
                conn.execute(f"RELEASE {savepoint}")
                raise
            else:
                conn.execute(f"RELEASE {savepoint}")
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.db.conn.close()

    def is_own_file(self, path: str | Path) -> bool:
        """Whether `path` is this project's file or one of SQLite's files beside it: those
        are never read, written or replaced by anything but SQLite (by stat, not open)."""
        path = Path(path)
        for own in (self.path, *(Path(f"{self.path}{end}") for end in _COMPANIONS)):
            try:
                if path.resolve() == own.resolve() or path.samefile(own):
                    return True
            except OSError:  # one of them does not exist: the names said enough
                continue
        return False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents ------------------------------------------------------------

    def add_document(self, document: Document) -> tuple[int, bool]:
        """Store a document; returns (id, True) or, if its text is already there, (id, False)."""
        with self.transaction():
            return self._insert_document(document)

    def add_annotated(self, records: Iterable[AnnotatedDocument]) -> ImportCounts:
        """Store documents with their spans and statements, all or nothing.

        Reading happens inside the transaction: if the reader raises (a bad line),
        nothing of these records is kept. Texts already in the project are counted
        as duplicates and their annotations left out.
        """
        counts = ImportCounts([], [])
        stamp = now_iso()
        with self.transaction():
            for record in records:
                document_id, created = self._insert_document(record.document)
                if not created:
                    counts.duplicates.append(record.document.title or record.document.uid)
                    continue
                counts.added.append(document_id)
                if record.spans or record.statements:
                    self.insert_rows(
                        "spans", [span_row(document_id, s, stamp) for s in record.spans]
                    )
                    self.insert_rows(
                        "statements",
                        [statement_row(document_id, s, stamp) for s in record.statements],
                    )
                    self.db.execute(
                        "UPDATE documents SET suggested_by = ? WHERE id = ?",
                        [IMPORTED, document_id],
                    )
        return counts

    def _insert_document(self, document: Document) -> tuple[int, bool]:
        existing = self.document_id(document.uid)
        if existing is not None:
            return existing, False
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
        assert cursor.lastrowid is not None  # an INSERT sets it
        return cursor.lastrowid, True

    def text_length(self, document_id: int) -> int:
        """A document's length; kept once read (a text never changes after import)."""
        if document_id not in self._lengths:
            self._lengths[document_id] = self.document(document_id).length
        return self._lengths[document_id]

    def document_id(self, uid: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE uid = ?", [uid]).fetchone()
        return row[0] if row else None

    def documents(self) -> list[StoredDocument]:
        rows = self.db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id")
        return [StoredDocument(*row) for row in rows]

    def document(self, document_id: int) -> StoredDocument:
        row = self.db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise KeyError(document_id)
        return StoredDocument(*row)

    def text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise KeyError(document_id)
        return row[0]

    def documents_needing_suggestions(self, include_failed: bool = False) -> list[StoredDocument]:
        """Documents without suggestions; those the assistance failed on only if asked."""
        return [
            d
            for d in self.documents()
            if d.suggested_by is None and (include_failed or d.suggestion_error is None)
        ]

    def iter_documents_with_text(self) -> Iterator[tuple[StoredDocument, str]]:
        """Every document with its text, streamed from one cursor (flat memory on large
        corpora; other queries may run between rows)."""
        cursor = self.db.conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS}, text FROM documents ORDER BY id"
        )
        for row in cursor:
            yield StoredDocument(*row[:-1]), row[-1]

    # spans and statements -------------------------------------------------------

    def spans(
        self,
        document_id: int,
        kinds: Iterable[SpanKind] | None = None,
        statuses: Iterable[SpanStatus] | None = None,
    ) -> list[Span]:
        """A document's spans, sorted by start offset."""
        rows = self._select("spans", "document_id = ?", [document_id], kinds, statuses)
        return [span_from_row(row) for row in rows]

    def statements(
        self, document_id: int, statuses: Iterable[SpanStatus] | None = None
    ) -> list[Statement]:
        """A document's statements, in the order of their claims."""
        sql = (
            "SELECT statements.* FROM statements JOIN spans ON spans.uid = statements.claim_uid "
            "WHERE statements.document_id = ?"
        )
        params: list[object] = [document_id]
        if statuses is not None:
            values = [str(v) for v in statuses]
            sql += f" AND statements.status IN ({', '.join('?' * len(values))})"
            params.extend(values)
        sql += " ORDER BY spans.start, spans.[end], statements.id"
        return [statement_from_row(r) for r in self.query(sql, params)]

    def span(self, uid: str) -> Span | None:
        row = self.row_of("spans", uid)
        return span_from_row(row) if row else None

    def statement(self, uid: str) -> Statement | None:
        row = self.row_of("statements", uid)
        return statement_from_row(row) if row else None

    def span_document(self, uid: str) -> int | None:
        row = self.db.execute("SELECT document_id FROM spans WHERE uid = ?", [uid]).fetchone()
        return row[0] if row else None

    def _select(
        self,
        table: str,
        where: str,
        params: list[object],
        kinds: Iterable[SpanKind] | None,
        statuses: Iterable[SpanStatus] | None,
    ) -> list[dict]:
        sql = f"SELECT * FROM {table} WHERE {where}"
        params = list(params)
        for column, wanted in (("kind", kinds), ("status", statuses)):
            if wanted is not None:
                values = [str(v) for v in wanted]
                sql += f" AND {column} IN ({', '.join('?' * len(values))})"
                params.extend(values)
        return self.query(sql + " ORDER BY start, [end]", params)

    def query(self, sql: str, params: Sequence[object]) -> list[dict]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def row_of(self, table: str, uid: str) -> dict | None:
        rows = self.query(f"SELECT * FROM {table} WHERE uid = ?", [uid])
        return rows[0] if rows else None

    def insert_rows(self, table: str, rows: list[dict], replace: bool = False) -> None:
        if not rows:
            return
        columns = list(rows[0])
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        self.db.conn.executemany(
            f"{verb} INTO {table} ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            [[row[c] for c in columns] for row in rows],
        )

    # suggestions ------------------------------------------------------------------

    def save_suggestions(
        self,
        document_id: int,
        spans: Iterable[Span],
        statements: Iterable[Statement],
        suggested_by: str,
    ) -> int:
        """Store the machine's spans and statements for a document, in one transaction.

        A document that already has suggestions keeps them (returns 0): running
        the assistance twice, or from two windows, never doubles them.
        """
        stamp = now_iso()
        with self.transaction():
            known = self.spans(document_id, statuses=list(SpanStatus))
            if known:  # suggested again: what a person decided stays, and once
                there = self.statements(document_id, statuses=list(SpanStatus))
                spans, statements = not_decided_yet(known, there, list(spans), list(statements))
            span_rows = [span_row(document_id, span, stamp) for span in spans]
            statement_rows = [statement_row(document_id, s, stamp) for s in statements]
            marked = self.db.execute(
                "UPDATE documents SET suggested_by = ?, suggestion_error = NULL "
                "WHERE id = ? AND suggested_by IS NULL",
                [suggested_by, document_id],
            ).rowcount
            if not marked:
                return 0
            self.insert_rows("spans", span_rows)
            self.insert_rows("statements", statement_rows)
        return len(span_rows)

    def reset_suggestions(self, document_id: int) -> None:
        """Take away the machine's suggestions nobody decided on, so that the assistance
        runs on the document again; decisions, a person's work and imported annotations
        stay (and the spans they stand on)."""
        with self.transaction():
            self.db.execute(
                "DELETE FROM statements WHERE document_id = ? AND status = 'suggested' "
                "AND origin IN ('model', 'rule')",
                [document_id],
            )
            self.db.execute(
                "DELETE FROM spans WHERE document_id = ? AND status = 'suggested' "
                "AND origin IN ('model', 'rule') AND uid NOT IN ("
                "SELECT claim_uid FROM statements WHERE document_id = ? UNION "
                "SELECT source_uid FROM statements WHERE document_id = ? AND source_uid "
                "IS NOT NULL UNION SELECT cue_uid FROM statements WHERE document_id = ? "
                "AND cue_uid IS NOT NULL)",
                [document_id] * 4,
            )
            self.db.execute(
                "UPDATE documents SET suggested_by = NULL, suggestion_error = NULL WHERE id = ?",
                [document_id],
            )

    def mark_suggestions_failed(self, document_id: int, reason: str) -> None:
        """Record why the assistance failed on a document; it is skipped until retried."""
        with self.transaction():
            self.db.execute(
                "UPDATE documents SET suggestion_error = ? WHERE id = ? AND suggested_by IS NULL",
                [reason, document_id],
            )


def _refuse_unusable_path(path: Path, must_exist: bool) -> None:
    """Folders and missing folders are refused by name; the file itself is not opened
    here (see `Store._opening_checks`)."""
    if path.is_dir():
        raise ProjectError("is a folder, not a project file", path)
    if not path.exists() and (must_exist or not path.parent.is_dir()):
        raise ProjectError(
            "no such project file" if must_exist else "its folder does not exist", path
        )


def _copy_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A copy of a project in memory, which can be migrated without touching the file."""
    memory = sqlite3.connect(":memory:")
    conn.backup(memory)
    return memory
