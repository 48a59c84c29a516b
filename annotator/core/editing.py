"""A person's edits: each one function, one transaction, one history entry per row.

Each returns a Change holding the rows before and after, so that the window's
undo stack can put either state back with `apply_change`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.errors import EditError
from annotator.core.gazetteer import Gazetteer, category_from_words
from annotator.core.model import (
    DocumentStatus,
    Origin,
    Span,
    SpanKind,
    SpanStatus,
    Statement,
    now_iso,
)
from annotator.core.rows import span_row, statement_row
from annotator.core.store import Rows, Store

STATEMENT_FIELDS = ("speaker", "source_category", "stance", "rating", "note")


@dataclass(frozen=True)
class Change:
    """What one edit did: enough to undo and redo it."""

    description: str
    before: Rows
    after: Rows
    focus: str | None = None  # the statement to select after the edit


def apply_change(store: Store, change: Change, undo: bool, annotator: str) -> None:
    """Put the rows of a change back as they were before it (undo) or after it (redo)."""
    rows = change.before if undo else change.after
    store.write_rows(rows, "undo" if undo else "redo", annotator)


def commit_change(
    store: Store,
    description: str,
    after: Rows,
    annotator: str,
    focus: str | None = None,
    action: str = "edit",
) -> Change:
    before = store.snapshot(after["spans"], after["statements"], after.get("documents", {}))
    store.write_rows(after, action, annotator)
    return Change(description, before, after, focus)


def _changed(row: dict, annotator: str, **changes: object) -> dict:
    return {**row, **changes, "annotator": annotator, "updated": now_iso()}


def _check_range(store: Store, document_id: int, start: int, end: int) -> None:
    length = len(store.text(document_id))
    if not 0 <= start < end <= length:
        raise EditError(f"{start}..{end} is not a stretch of this text ({length} characters)")


def create_claim(
    store: Store, document_id: int, start: int, end: int, annotator: str, source_category: str = ""
) -> Change:
    """A claim marked by hand, with an empty statement to fill in."""
    _check_range(store, document_id, start, end)
    stamp = now_iso()
    claim = Span(
        start,
        end,
        "claim",
        kind=SpanKind.CLAIM,
        origin=Origin.MANUAL,
        status=SpanStatus.ACCEPTED,
        annotator=annotator,
    )
    statement = Statement(
        claim.uid,
        source_category=source_category,
        origin=Origin.MANUAL,
        status=SpanStatus.ACCEPTED,
        annotator=annotator,
    )
    after: Rows = {
        "spans": {claim.uid: span_row(document_id, claim, stamp)},
        "statements": {statement.uid: statement_row(document_id, statement, stamp)},
    }
    return commit_change(store, "Mark claim", after, annotator, statement.uid, "create")


def create_source(
    store: Store,
    document_id: int,
    start: int,
    end: int,
    annotator: str,
    statement_uid: str | None = None,
) -> Change:
    """A source mention marked by hand, linked to a statement when one is given."""
    _check_range(store, document_id, start, end)
    words = store.text(document_id)[start:end]
    entry = Gazetteer(store.gazetteer()).lookup(words)
    category = entry.category if entry else category_from_words(words)
    mention = Span(
        start,
        end,
        category or "source",
        kind=SpanKind.SOURCE_MENTION,
        origin=Origin.MANUAL,
        status=SpanStatus.ACCEPTED,
        annotator=annotator,
    )
    after: Rows = {
        "spans": {mention.uid: span_row(document_id, mention, now_iso())},
        "statements": {},
    }
    if statement_uid:
        row = store.snapshot(statements=[statement_uid])["statements"][statement_uid]
        if row is None:
            raise EditError("this statement no longer exists (deleted in another window?)")
        after["statements"][statement_uid] = _changed(
            row,
            annotator,
            source_uid=mention.uid,
            speaker=row["speaker"] or (entry.speaker if entry else words.strip()),
            source_category=row["source_category"] or category,
        )
    return commit_change(store, "Mark source", after, annotator, statement_uid, "create")


def link_source(store: Store, statement_uid: str, mention_uid: str, annotator: str) -> Change:
    """Make an existing source mention the source of a statement."""
    rows = store.snapshot(spans=[mention_uid], statements=[statement_uid])
    statement, mention = rows["statements"][statement_uid], rows["spans"][mention_uid]
    if statement is None or mention is None or mention["kind"] != SpanKind.SOURCE_MENTION:
        raise EditError("link a source mention to a statement")
    text = store.text(mention["document_id"])[mention["start"] : mention["end"]]
    category = mention["label"] if mention["label"] != "source" else ""
    after: Rows = {
        "spans": {},
        "statements": {
            statement_uid: _changed(
                statement,
                annotator,
                source_uid=mention_uid,
                speaker=statement["speaker"] or text.strip(),
                source_category=statement["source_category"] or category,
            )
        },
    }
    return commit_change(store, "Link source", after, annotator, statement_uid)


def update_statement(store: Store, statement_uid: str, annotator: str, **fields: str) -> Change:
    """Set a statement's speaker, source category, stance, rating or note."""
    unknown = set(fields) - set(STATEMENT_FIELDS)
    if unknown:
        raise ValueError(f"statements have no field {', '.join(sorted(unknown))}")
    rows = store.snapshot(statements=[statement_uid])
    row = rows["statements"][statement_uid]
    if row is None:
        raise EditError("this statement no longer exists (deleted in another window?)")
    after: Rows = {"spans": {}, "statements": {statement_uid: _changed(row, annotator, **fields)}}
    source_uid = row["source_uid"]
    if "source_category" in fields and source_uid:
        mention = store.snapshot(spans=[source_uid])["spans"][source_uid]
        if mention is not None:
            after["spans"][source_uid] = _changed(
                mention, annotator, label=fields["source_category"] or "source"
            )
    name = ", ".join(f.replace("_", " ") for f in fields)
    return commit_change(store, f"Set {name}", after, annotator, statement_uid)


def set_bounds(store: Store, span_uid: str, start: int, end: int, annotator: str) -> Change:
    """Move a span's start and end."""
    row = store.snapshot(spans=[span_uid])["spans"][span_uid]
    if row is None:
        raise EditError("this span no longer exists (deleted in another window?)")
    _check_range(store, row["document_id"], start, end)
    after: Rows = {
        "spans": {span_uid: _changed(row, annotator, start=start, end=end)},
        "statements": {},
    }
    return commit_change(store, "Change boundaries", after, annotator)


def set_status(
    store: Store, statement_uids: Iterable[str], status: SpanStatus, annotator: str
) -> Change:
    """Accept or reject statements; their claim and source spans follow."""
    uids = list(statement_uids)
    rows = store.snapshot(statements=uids)
    after: Rows = {"spans": {}, "statements": {}}
    for uid, row in rows["statements"].items():
        if row is None:
            continue
        after["statements"][uid] = _changed(row, annotator, status=str(status))
        for span_uid in (row["claim_uid"], row["source_uid"]):
            span = span_uid and store.snapshot(spans=[span_uid])["spans"][span_uid]
            if span and not (status == SpanStatus.REJECTED and _still_used(store, span_uid, uids)):
                after["spans"][span_uid] = _changed(span, annotator, status=str(status))
    verb = {"accepted": "Accept", "rejected": "Reject"}.get(str(status), "Reset")
    return commit_change(
        store,
        f"{verb} {len(uids)} statement(s)",
        after,
        annotator,
        uids[0] if len(uids) == 1 else None,
    )


def _still_used(store: Store, span_uid: str, leaving: list[str]) -> bool:
    """Whether a statement outside `leaving` still stands on this span."""
    rows = store.db.execute(
        "SELECT uid FROM statements WHERE (claim_uid = ? OR source_uid = ?) "
        "AND status != 'rejected'",
        [span_uid, span_uid],
    )
    return any(uid not in leaving for (uid,) in rows)


def accept_all(store: Store, document_id: int, annotator: str) -> Change:
    """Accept every suggested statement of a document."""
    pending = [s.uid for s in store.statements(document_id, statuses=[SpanStatus.SUGGESTED])]
    return set_status(store, pending, SpanStatus.ACCEPTED, annotator)


def delete_statement(store: Store, statement_uid: str, annotator: str) -> Change:
    """Remove a statement, and its claim and source spans when nothing else uses them."""
    row = store.snapshot(statements=[statement_uid])["statements"][statement_uid]
    if row is None:
        raise EditError("this statement no longer exists (deleted in another window?)")
    after: Rows = {"spans": {}, "statements": {statement_uid: None}}
    for span_uid in (row["claim_uid"], row["source_uid"]):
        if span_uid and not _used_elsewhere(store, span_uid, statement_uid):
            after["spans"][span_uid] = None
    return commit_change(store, "Delete statement", after, annotator, action="delete")


def _used_elsewhere(store: Store, span_uid: str, statement_uid: str) -> bool:
    row = store.db.execute(
        "SELECT 1 FROM statements WHERE (claim_uid = ? OR source_uid = ?) AND uid != ? LIMIT 1",
        [span_uid, span_uid, statement_uid],
    ).fetchone()
    return row is not None


def delete_span(store: Store, span_uid: str, annotator: str) -> Change:
    """Remove an entity or an unlinked source mention."""
    row = store.snapshot(spans=[span_uid])["spans"][span_uid]
    if row is None:
        raise EditError("this span no longer exists (deleted in another window?)")
    after: Rows = {"spans": {span_uid: None}, "statements": {}}
    for statement in store.db.execute(
        "SELECT uid FROM statements WHERE source_uid = ?", [span_uid]
    ).fetchall():
        linked = store.snapshot(statements=[statement[0]])["statements"][statement[0]]
        after["statements"][statement[0]] = _changed(linked, annotator, source_uid=None)
    return commit_change(store, "Delete span", after, annotator, action="delete")


def set_document_status(
    store: Store, document_id: int, status: DocumentStatus, annotator: str
) -> Change:
    """Mark a document to do, in progress, done or reviewed."""
    uid = store.document(document_id).uid
    after: Rows = {"spans": {}, "statements": {}, "documents": {uid: {"status": str(status)}}}
    return commit_change(
        store, f"Mark document {DocumentStatus(status).value.replace('_', ' ')}", after, annotator
    )
