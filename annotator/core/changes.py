"""What one edit changed: the record every screen patches itself from, and undo inverts.

The model is Anki's `OpChanges`: an edit reports which rows it added, changed or
removed, and only the fields it changed, with their values before and after. Undo
puts `before` back only where a row still holds `after`; anything changed since by
someone else is left alone and reported as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# Written on every change of a row, never compared or restored by undo.
BOOKKEEPING = frozenset({"id", "annotator", "created", "updated"})
# Items that are whole values, not rows: a list of taxonomy entries per kind, the
# gazetteer, a project setting. Their one field is "value".
VALUE_TABLES = frozenset({"taxonomy", "gazetteer", "project_settings"})


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row's change. `before` None: the edit created it; `after` None: removed it;
    otherwise both hold the same fields, those the edit changed."""

    table: str  # spans, statements, documents, taxonomy, gazetteer, project_settings
    uid: str  # a span's or statement's uid, a document's uid, a taxonomy kind, a key
    before: dict | None
    after: dict | None
    document_id: int | None = None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        return "removed" if self.after is None else "changed"

    def inverse(self) -> RowChange:
        return replace(self, before=self.after, after=self.before)


@dataclass(frozen=True)
class Change:
    """What one edit (or its undo, or its redo) did."""

    description: str
    rows: tuple[RowChange, ...] = ()
    focus: str | None = None  # the statement to select afterwards
    conflicts: tuple[str, ...] = field(default=())  # what undo or redo left alone, and why

    def uids(self, table: str, kind: str | None = None) -> list[str]:
        return [r.uid for r in self.rows if r.table == table and (kind is None or r.kind == kind)]

    @property
    def document_ids(self) -> set[int]:
        return {r.document_id for r in self.rows if r.document_id is not None}

    @property
    def touches_taxonomy(self) -> bool:
        return any(r.table in VALUE_TABLES for r in self.rows)

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def followed_by(self, later: Change) -> Change:
        """This change and a later one as one (typing in a note is one undo step): each
        row keeps its first `before` and its last `after`."""
        merged = {(r.table, r.uid): r for r in self.rows}
        for row in later.rows:
            first = merged.get((row.table, row.uid))
            if first is None:
                merged[(row.table, row.uid)] = row
            elif row.after is None or first.after is None:
                merged[(row.table, row.uid)] = replace(first, after=row.after)
            else:
                before = None if first.before is None else {**(row.before or {}), **first.before}
                after = {**first.after, **row.after}
                merged[(row.table, row.uid)] = replace(first, before=before, after=after)
        return replace(self, rows=tuple(merged.values()))
