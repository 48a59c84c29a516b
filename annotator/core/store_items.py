"""The store layer's items: what the edit path and the window read and change, with history.

An item is a span or statement row, a document's status and details, or a whole value (a
taxonomy kind's entries, the gazetteer, a project setting): see `core.changes`.
`Store` inherits these methods; they use its connection and its transactions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import astuple
from typing import TYPE_CHECKING, NamedTuple

import sqlite_utils

from annotator.core.changes import RowChange
from annotator.core.gazetteer import GazetteerEntry
from annotator.core.model import Span, Statement, TaxonomyEntry
from annotator.core.rows import reasons_from, span_row, statement_from_row, statement_row

# The columns an edit may set, per table (names checked before they enter SQL).
_ROW_COLUMNS = {
    "spans": frozenset(span_row(0, Span(0, 1, "x"), "").keys()) - {"uid"},
    "statements": frozenset(statement_row(0, Statement("x"), "").keys()) - {"uid"},
}

# What an edit may change of a document (its text, never); what a deletion keeps.
DOCUMENT_FIELDS = ("status", "title", "outlet", "published", "url", "lang")
DOCUMENT_COLUMNS = (
    *DOCUMENT_FIELDS,
    "uid",
    "text",
    "imported_at",
    "suggested_by",
    "meta",
    "suggestion_error",
)


class SpanView(NamedTuple):
    """What the window shows of a span: no validation, no reasons (see `span_views`)."""

    uid: str
    start: int
    end: int
    kind: str
    label: str
    status: str


class ItemStore:
    """Reading and changing items, each change logged in `history`."""

    db: sqlite_utils.Database

    if TYPE_CHECKING:  # what `Store` provides

        def transaction(self) -> AbstractContextManager[None]: ...
        def query(self, sql: str, params: Sequence[object]) -> list[dict]: ...
        def row_of(self, table: str, uid: str) -> dict | None: ...
        def insert_rows(self, table: str, rows: list[dict], replace: bool = False) -> None: ...

    def span_views_between(
        self, document_id: int, start: int, end: int, reach: int
    ) -> list[SpanView]:
        """The spans overlapping [start, end), none longer than `reach`: a range of the
        index on (document, start), however many spans the document holds."""
        rows = self.db.execute(
            "SELECT uid, start, [end], kind, label, status FROM spans WHERE document_id = ? "
            "AND start >= ? AND start < ? AND [end] > ? ORDER BY start, [end]",
            [document_id, start - reach, end, start],
        )
        return [SpanView(*row) for row in rows]

    def span_views_of(self, document_id: int, kinds: Iterable[str]) -> list[SpanView]:
        """A document's spans of some kinds (the claims and sources, say, without the
        entities that a long article holds by the ten thousand), in no order."""
        values = [str(kind) for kind in kinds]
        rows = self.db.execute(
            "SELECT uid, start, [end], kind, label, status FROM spans WHERE document_id = ? "
            f"AND kind IN ({', '.join('?' * len(values))})",  # no order: the tally index serves
            [document_id, *values],
        )
        return [SpanView(*row) for row in rows]

    def span_tally(self, document_id: int) -> tuple[int, list[tuple[str, str, str, int]]]:
        """In one pass: the longest span's length, and how many spans there are of each
        kind, label and status."""
        rows = self.db.execute(
            "SELECT kind, label, status, COUNT(*), MAX([end] - start) FROM spans "
            "WHERE document_id = ? GROUP BY kind, label, status",
            [document_id],
        ).fetchall()
        return max((row[4] for row in rows), default=0), [row[:4] for row in rows]

    def stretches_of(self, document_id: int, kind: str, labels: Iterable[str]) -> list[tuple]:
        """(start, end) of a document's spans of a kind and some labels."""
        values = list(labels)
        rows = self.db.execute(
            "SELECT start, [end] FROM spans WHERE document_id = ? AND kind = ? "
            f"AND label IN ({', '.join('?' * len(values))})",
            [document_id, kind, *values],
        )
        return rows.fetchall()

    def span_views_by_uid(self, uids: Iterable[str]) -> dict[str, SpanView]:
        """Spans by uid, those that exist, read 500 at a time."""
        wanted = list(dict.fromkeys(uids))
        found: dict[str, SpanView] = {}
        for first in range(0, len(wanted), 500):
            values = wanted[first : first + 500]
            rows = self.db.execute(
                "SELECT uid, start, [end], kind, label, status FROM spans "
                f"WHERE uid IN ({', '.join('?' * len(values))})",
                values,
            )
            found.update((row[0], SpanView(*row)) for row in rows)
        return found

    def statements_by_uid(self, uids: Iterable[str]) -> dict[str, Statement]:
        return {
            uid: statement_from_row(row) for uid, row in self.read_items("statements", uids).items()
        }

    def statements_of(self, document_id: int) -> list[Statement]:
        """A document's statements in the order they were made, read from their own
        index (no join with the claims, no sort): the window sorts them itself."""
        rows = self.db.execute(  # the columns in the order of Statement's fields
            "SELECT claim_uid, source_uid, COALESCE(speaker, ''), "
            "COALESCE(source_category, ''), COALESCE(stance, ''), COALESCE(rating, ''), "
            "COALESCE(note, ''), relay_of, origin, status, COALESCE(annotator, ''), reasons, "
            "COALESCE(updated, ''), uid, cue_uid, COALESCE(short_claim, ''), "
            "COALESCE(review_basis, '') "
            "FROM statements WHERE document_id = ? ORDER BY id",
            [document_id],
        )
        # One tuple of fields: mypy cannot count a row's columns past a starred part.
        return [Statement(*(*r[:11], reasons_from(r[11]), *r[12:])) for r in rows]

    def statement_uids(self, document_id: int, status: str) -> list[str]:
        """The uids of a document's statements with a status, in the order they were made."""
        rows = self.db.execute(
            "SELECT uid FROM statements WHERE document_id = ? AND status = ? ORDER BY id",
            [document_id, str(status)],
        )
        return [uid for (uid,) in rows]

    def document_status(self, document_id: int) -> tuple[str, str]:
        """A document's uid and status, read without its text (every edit asks)."""
        row = self.db.execute(
            "SELECT uid, status FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None:
            raise KeyError(document_id)
        return row[0], row[1] or "todo"

    def uids_of(self, table: str, document_id: int) -> list[str]:
        """The uids of a document's spans or statements, in the order they were made."""
        if table not in _ROW_COLUMNS:
            raise ValueError(f"no such item table: {table}")
        rows = self.db.execute(
            f"SELECT uid FROM {table} WHERE document_id = ? ORDER BY id", [document_id]
        )
        return [uid for (uid,) in rows]

    def read_items(self, table: str, uids: Iterable[str]) -> dict[str, dict]:
        """Items as they are now, by uid (those that exist): span and statement rows are
        read 500 at a time (accepting a long article's 10,000 statements read them
        one by one in two seconds)."""
        wanted = list(dict.fromkeys(uids))
        if table not in ("spans", "statements"):
            found = {uid: self.read_item(table, uid) for uid in wanted}
            return {uid: row for uid, row in found.items() if row is not None}
        rows: dict[str, dict] = {}
        for first in range(0, len(wanted), 500):
            values = wanted[first : first + 500]
            sql = f"SELECT * FROM {table} WHERE uid IN ({', '.join('?' * len(values))})"
            rows.update((row["uid"], row) for row in self.query(sql, values))
        return rows

    def read_item(self, table: str, uid: str) -> dict | None:
        """An item as it is now; rows whole (without their text, for documents)."""
        if table in ("spans", "statements"):
            return self.row_of(table, uid)
        if table == "documents":  # whole, its text too: a deletion keeps what undo needs
            found = self.query("SELECT * FROM documents WHERE uid = ?", [uid])
            if not found:
                return None
            row = found[0]
            return {"document_id": row.pop("id"), **row}
        if table == "taxonomy":
            return {"value": [list(astuple(e))[1:] for e in self.taxonomy(uid)]}
        if table == "gazetteer":
            return {"value": [list(astuple(e)) for e in self.gazetteer()]}
        if table == "project_settings":
            row = self.db.execute(
                "SELECT value FROM project_settings WHERE key = ?", [uid]
            ).fetchone()
            return {"value": row[0]} if row else None
        raise ValueError(f"no such item table: {table}")

    def write_changes(
        self, changes: Iterable[RowChange], action: str, annotator: str, stamp: str
    ) -> None:
        """Make item changes (as `core.changes` describes them) and log each in history,
        all in one transaction (accepting 10,000 statements wrote one at a time, each
        in a savepoint of its own, in two seconds)."""
        logged = []
        with self.transaction():
            for change in changes:
                if change.table in ("spans", "statements"):
                    self._write_row(change, annotator, stamp)
                elif change.table == "documents":
                    self._write_document(change)
                else:
                    self._write_value(change.table, change.uid, change.after)
                item = change.table[:-1] if change.table.endswith("s") else change.table
                # A document's status changed along with a decision is an edit of it.
                done = "edit" if item == "document" and change.before and change.after else action
                logged.append((item, change.uid, change.document_id, done,
                               json.dumps(change.before), json.dumps(change.after),
                               annotator, stamp))  # fmt: skip
            self.db.conn.executemany(
                "INSERT INTO history (item, item_uid, document_id, action, before, after, "
                "annotator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                logged,
            )

    def _write_row(self, change: RowChange, annotator: str, stamp: str) -> None:
        table = change.table
        if change.after is None:
            self.db.execute(f"DELETE FROM {table} WHERE uid = ?", [change.uid])
            return
        if change.before is None:
            row = {**change.after, "uid": change.uid, "updated": stamp}
            row.setdefault("created", stamp)
            row["annotator"] = row.get("annotator") or annotator
            self.insert_rows(table, [row])
            return
        fields = {**change.after, "annotator": annotator, "updated": stamp}
        columns = [c for c in fields if c in _ROW_COLUMNS[table]]
        self.db.execute(
            f"UPDATE {table} SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE uid = ?",
            [*(fields[c] for c in columns), change.uid],
        )

    def _write_document(self, change: RowChange) -> None:
        if change.after is None:
            self.db.execute("DELETE FROM documents WHERE uid = ?", [change.uid])
        elif change.before is None:  # back, as it was
            row = {k: change.after.get(k) for k in DOCUMENT_COLUMNS}
            self.insert_rows("documents", [{**row, "id": change.document_id}])
        else:
            for column in DOCUMENT_FIELDS:  # its text never changes
                if column in change.after:
                    self.db.execute(
                        f"UPDATE documents SET {column} = ? WHERE uid = ?",
                        [change.after[column], change.uid],
                    )

    def _write_value(self, table: str, key: str, after: dict | None) -> None:
        if table == "taxonomy":
            entries = [TaxonomyEntry(key, *fields) for fields in (after or {}).get("value", [])]
            self.replace_taxonomy(key, entries)
        elif table == "gazetteer":
            self.replace_gazetteer([GazetteerEntry(*e) for e in (after or {}).get("value", [])])
        elif after is None:
            self.db.execute("DELETE FROM project_settings WHERE key = ?", [key])
        else:
            self.set_setting(key, after["value"])

    def last_writer(self, uid: str, fields: Iterable[str]) -> str:
        """Who last changed any of these fields of an item, from its history."""
        wanted = set(fields)
        rows = self.db.execute(
            "SELECT annotator, after FROM history WHERE item_uid = ? ORDER BY id DESC", [uid]
        )
        for annotator, after in rows:
            changed = json.loads(after or "null")
            if changed is None or wanted & set(changed):
                return annotator or ""
        return ""

    def statements_on(self, span_uid: str, as_source_only: bool = False) -> list[tuple[str, str]]:
        """(uid, status) of the statements whose claim, source or cue is this span."""
        sql = "SELECT uid, status FROM statements WHERE source_uid = ?"
        if not as_source_only:
            sql += " OR claim_uid = ? OR cue_uid = ?"
        return [tuple(r) for r in self.db.execute(sql, [span_uid] * (1 if as_source_only else 3))]

    def history(self, uid: str) -> list[dict]:
        return self.query("SELECT * FROM history WHERE item_uid = ? ORDER BY id", [uid])

    # taxonomy and gazetteer ---------------------------------------------------------

    def taxonomy(self, kind: str) -> list[TaxonomyEntry]:
        rows = self.db.execute(
            "SELECT kind, code, name, color, shortcut, description, position FROM taxonomy "
            "WHERE kind = ? ORDER BY position",
            [kind],
        )
        return [TaxonomyEntry(*row) for row in rows]

    def replace_taxonomy(self, kind: str, entries: list[TaxonomyEntry]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM taxonomy WHERE kind = ?", [kind])
            self.db.conn.executemany(
                "INSERT INTO taxonomy (kind, code, name, color, shortcut, description, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (kind, e.code, e.name, e.color, e.shortcut, e.description, position)
                    for position, e in enumerate(entries)
                ],
            )

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM project_settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO project_settings (key, value) VALUES (?, ?)", [key, value]
            )

    def gazetteer(self) -> list[GazetteerEntry]:
        rows = self.db.execute(
            "SELECT pattern, category, speaker, qid, origin FROM gazetteer ORDER BY id"
        )
        return [GazetteerEntry(*row) for row in rows]

    def replace_gazetteer(self, entries: list[GazetteerEntry]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM gazetteer")
            self.db.conn.executemany(
                "INSERT INTO gazetteer (pattern, category, speaker, qid, origin) "
                "VALUES (?, ?, ?, ?, ?)",
                [(e.pattern, e.category, e.speaker, e.qid, e.origin) for e in entries],
            )
