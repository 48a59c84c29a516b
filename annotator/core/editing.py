"""A person's edits: each one function, one transaction, one record of what changed.

Every edit reads the rows it changes inside its own write transaction, writes only
the fields it changes, logs them in `history`, and returns a `Change` (see
`changes`). `undo` and `redo` replay a Change field by field, and only where a row
still holds what the edit wrote: another window's later edit is never erased.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from typing import Concatenate, ParamSpec

from annotator.core.changes import BOOKKEEPING, Change, RowChange
from annotator.core.errors import EditError
from annotator.core.gazetteer import (
    category_from_words,
    gazetteer_for,
)
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
from annotator.core.store import Store

STATEMENT_FIELDS = ("speaker", "source_category", "stance", "rating", "note", "short_claim")
Wanted = dict[str, dict[str, dict | None]]  # table -> uid -> the row as it should be, or None
P = ParamSpec("P")


def one_transaction(
    edit: Callable[Concatenate[Store, P], Change],
) -> Callable[Concatenate[Store, P], Change]:
    """Run an edit, its reads included, in one write transaction of its store."""

    @wraps(edit)
    def run(store: Store, *args: P.args, **kwargs: P.kwargs) -> Change:
        with store.transaction():
            return edit(store, *args, **kwargs)

    return run


def commit_change(
    store: Store,
    description: str,
    wanted: Wanted,
    annotator: str,
    focus: str | None = None,
    action: str = "edit",
) -> Change:
    """Make rows as `wanted` says (a whole row, or None for no row), writing only the
    fields that differ from what the project holds now, and report them."""
    stamp = now_iso()
    rows: list[RowChange] = []
    with store.transaction():
        for table, items in wanted.items():
            now = store.read_items(table, items)
            for uid, row in items.items():
                change = _difference(table, uid, now.get(uid), row)
                if change is not None:
                    rows.append(change)
        rows += _started(store, rows)
        store.write_changes(rows, action, annotator, stamp)
    return Change(description, tuple(rows), focus)


def _started(store: Store, rows: list[RowChange]) -> list[RowChange]:
    """A document to do is in progress from its first decision on it (part of the same
    edit, so that undoing that decision puts it back)."""
    found = []
    touched = {r.document_id for r in rows if r.table in ("spans", "statements")}
    touched -= {r.document_id for r in rows if r.table == "documents"}  # said in the edit
    for document_id in sorted(d for d in touched if d is not None):
        uid, status = store.document_status(document_id)  # not its text: at every edit
        if status == DocumentStatus.TODO:
            row = {"status": str(DocumentStatus.IN_PROGRESS), "document_id": document_id}
            change = _difference(
                "documents", uid, {"status": status, "document_id": document_id}, row
            )
            if change is not None:
                found.append(change)
    return found


def _difference(
    table: str, uid: str, current: dict | None, wanted: dict | None
) -> RowChange | None:
    document_id = _document_of(current) or _document_of(wanted)
    if current is None and wanted is None:
        return None
    if current is None or wanted is None:
        return RowChange(table, uid, _content(current), _content(wanted), document_id)
    fields = {k: v for k, v in wanted.items() if k not in BOOKKEEPING and current.get(k) != v}
    if not fields:
        return None
    return RowChange(table, uid, {k: current.get(k) for k in fields}, fields, document_id)


def _content(row: dict | None) -> dict | None:
    return None if row is None else {k: v for k, v in row.items() if k != "id"}


def _document_of(row: dict | None) -> int | None:
    return None if row is None else row.get("document_id")


def undo(store: Store, change: Change, annotator: str) -> Change:
    """Put back what `change` changed, where nobody has changed it since."""
    return _replay(store, change, annotator, backwards=True)


def redo(store: Store, change: Change, annotator: str) -> Change:
    """Make `change` again, where nobody has changed its rows since it was undone."""
    return _replay(store, change, annotator, backwards=False)


def _replay(store: Store, change: Change, annotator: str, backwards: bool) -> Change:
    stamp = now_iso()
    done: list[RowChange] = []
    conflicts: list[str] = []
    action = "undo" if backwards else "redo"
    steps = list(reversed(change.rows) if backwards else change.rows)
    with store.transaction():
        now: dict[str, dict[str, dict]] = {}
        for table in dict.fromkeys(row.table for row in steps):
            now[table] = store.read_items(table, [r.uid for r in steps if r.table == table])
        for row in steps:
            step = row.inverse() if backwards else row
            possible, refused = _replayable(step, now[row.table].get(row.uid))
            if refused:
                left = set(step.before or {}) - set((possible.before if possible else None) or {})
                who = store.last_writer(row.uid, left) or "someone else"
                conflicts.append(f"{_name(row, left)} {refused} since by {who}: left as it is")
            if possible is not None:
                done.append(possible)
        store.write_changes(done, action, annotator, stamp)
    verb = "Undo" if backwards else "Redo"
    return Change(f"{verb} {change.description}", tuple(done), change.focus, tuple(conflicts))


def _replayable(step: RowChange, current: dict | None) -> tuple[RowChange | None, str]:
    """The part of `step` that can be made on the row as it is now, and what cannot."""
    if step.before is None:  # the row comes back
        return (step, "") if current is None else (None, "was made again")
    if current is None:
        return None, "" if step.after is None else "was deleted"
    same = {k for k, v in step.before.items() if k not in BOOKKEEPING and current.get(k) == v}
    if step.after is None:  # the row goes, if nobody changed it
        wanted = {k for k in step.before if k not in BOOKKEEPING}
        return (step, "") if same == wanted else (None, "was changed")
    fields = {k: step.after[k] for k in same if k in step.after}
    refused = "was changed" if len(same) < len(step.before) else ""
    if not fields:
        return None, refused
    return RowChange(
        step.table, step.uid, {k: step.before[k] for k in fields}, fields, step.document_id
    ), refused


def _name(row: RowChange, fields_left: set[str]) -> str:
    fields = ", ".join(sorted(k.replace("_", " ") for k in fields_left - BOOKKEEPING))
    item = {"spans": "the span", "statements": "the statement", "documents": "the document"}
    what = item.get(row.table, f"the {row.table.replace('_', ' ')}")
    return f"{what} ({fields})" if row.before is not None and row.after is not None else what


def _changed(row: dict, annotator: str, **changes: object) -> dict:
    return {**row, **changes}


def _check_range(store: Store, document_id: int, start: int, end: int) -> None:
    length = store.text_length(document_id)
    if not 0 <= start < end <= length:
        raise EditError(
            "{start}..{end} is not a stretch of this text ({length} characters)",
            start=start,
            end=end,
            length=length,
        )


@one_transaction
def create_claim(
    store: Store,
    document_id: int,
    start: int,
    end: int,
    annotator: str,
    source_category: str = "",
    origin: Origin = Origin.MANUAL,
) -> Change:
    """A claim marked by hand, with an empty statement to fill in (origin `review` when a
    reviewer adds it while reviewing)."""
    _check_range(store, document_id, start, end)
    stamp = now_iso()
    claim = Span(
        start,
        end,
        "claim",
        kind=SpanKind.CLAIM,
        origin=origin,
        status=SpanStatus.ACCEPTED,
        annotator=annotator,
    )
    statement = Statement(
        claim.uid,
        source_category=source_category,
        origin=origin,
        status=SpanStatus.ACCEPTED,
        annotator=annotator,
    )
    after: Wanted = {
        "spans": {claim.uid: span_row(document_id, claim, stamp)},
        "statements": {statement.uid: statement_row(document_id, statement, stamp)},
    }
    return commit_change(store, "Mark claim", after, annotator, statement.uid, "create")


@one_transaction
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
    entry = gazetteer_for(tuple(store.gazetteer()), dictionary_forms=False).lookup(words)
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
    after: Wanted = {
        "spans": {mention.uid: span_row(document_id, mention, now_iso())},
        "statements": {},
    }
    if statement_uid:
        row = store.read_item("statements", statement_uid)
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


@one_transaction
def link_source(store: Store, statement_uid: str, mention_uid: str, annotator: str) -> Change:
    """Make an existing source mention the source of a statement."""
    statement = store.read_item("statements", statement_uid)
    mention = store.read_item("spans", mention_uid)
    if statement is None or mention is None or mention["kind"] != SpanKind.SOURCE_MENTION:
        raise EditError("link a source mention to a statement")
    text = store.text(mention["document_id"])[mention["start"] : mention["end"]]
    category = mention["label"] if mention["label"] != "source" else ""
    after: Wanted = {
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


@one_transaction
def update_statement(store: Store, statement_uid: str, annotator: str, **fields: str) -> Change:
    """Set a statement's speaker, source category, stance, rating or note."""
    unknown = set(fields) - set(STATEMENT_FIELDS)
    if unknown:
        raise ValueError(f"statements have no field {', '.join(sorted(unknown))}")
    row = store.read_item("statements", statement_uid)
    if row is None:
        raise EditError("this statement no longer exists (deleted in another window?)")
    after: Wanted = {"spans": {}, "statements": {statement_uid: _changed(row, annotator, **fields)}}
    source_uid = row["source_uid"]
    if "source_category" in fields and source_uid:
        mention = store.read_item("spans", source_uid)
        if mention is not None:
            after["spans"][source_uid] = _changed(
                mention, annotator, label=fields["source_category"] or "source"
            )
    name = ", ".join(f.replace("_", " ") for f in fields)
    return commit_change(store, f"Set {name}", after, annotator, statement_uid)


@one_transaction
def set_bounds(store: Store, span_uid: str, start: int, end: int, annotator: str) -> Change:
    """Move a span's start and end."""
    row = store.read_item("spans", span_uid)
    if row is None:
        raise EditError("this span no longer exists (deleted in another window?)")
    _check_range(store, row["document_id"], start, end)
    after: Wanted = {
        "spans": {span_uid: _changed(row, annotator, start=start, end=end)},
        "statements": {},
    }
    return commit_change(store, "Change boundaries", after, annotator)


@one_transaction
def set_status(
    store: Store, statement_uids: Iterable[str], status: SpanStatus, annotator: str
) -> Change:
    """Accept or reject statements; their claim and source spans follow."""
    uids = list(statement_uids)
    leaving = set(uids)
    after: Wanted = {"spans": {}, "statements": {}}
    rows = store.read_items("statements", uids)
    spans = store.read_items("spans", [u for r in rows.values() for u in _span_uids(r) if u])
    for uid in uids:
        row = rows.get(uid)
        if row is None:
            continue
        after["statements"][uid] = _changed(row, annotator, status=str(status))
        for span_uid in filter(None, _span_uids(row)):
            span = spans.get(span_uid)
            rejected = status == SpanStatus.REJECTED
            if span and not (rejected and _still_used(store, span_uid, leaving)):
                after["spans"][span_uid] = _changed(span, annotator, status=str(status))
    verb = {"accepted": "Accept", "rejected": "Reject"}.get(str(status), "Reset")
    return commit_change(
        store,
        f"{verb} {len(uids)} statement(s)",
        after,
        annotator,
        uids[0] if len(uids) == 1 else None,
    )


def _span_uids(row: dict) -> tuple[str | None, ...]:
    """The spans a statement stands on: its claim, source mention and cue."""
    return row["claim_uid"], row["source_uid"], row.get("cue_uid")


def _still_used(store: Store, span_uid: str, leaving: set[str]) -> bool:
    """Whether a statement outside `leaving` still stands on this span."""
    return any(
        uid not in leaving and status != SpanStatus.REJECTED
        for uid, status in store.statements_on(span_uid)
    )


@one_transaction
def accept_all(store: Store, document_id: int, annotator: str) -> Change:
    """Accept every suggested statement and named entity of a document, as one edit."""
    pending = store.statement_uids(document_id, SpanStatus.SUGGESTED)
    statements = set_status(store, pending, SpanStatus.ACCEPTED, annotator)
    entities = [
        s.uid for s in store.spans(document_id, [SpanKind.ENTITY], statuses=[SpanStatus.SUGGESTED])
    ]
    if not entities:
        return statements
    decided = set_entity_status(store, entities, SpanStatus.ACCEPTED, annotator)
    return statements.followed_by(decided)


@one_transaction
def set_entity_status(
    store: Store, span_uids: Iterable[str], status: SpanStatus, annotator: str
) -> Change:
    """Accept or reject named entities (a model's suggestions become decisions: what a
    training export holds, and what it tells a model is no entity)."""
    uids = list(span_uids)
    rows = store.read_items("spans", uids)
    after: Wanted = {"spans": {}, "statements": {}}
    for uid, row in rows.items():
        if row["kind"] != SpanKind.ENTITY:
            raise EditError("only named entities are decided this way; claims go by statements")
        after["spans"][uid] = _changed(row, annotator, status=str(status))
    verb = {"accepted": "Accept", "rejected": "Reject"}.get(str(status), "Reset")
    return commit_change(store, f"{verb} {len(after['spans'])} entit(ies)", after, annotator)


@one_transaction
def delete_statement(store: Store, statement_uid: str, annotator: str) -> Change:
    """Remove a statement, and its claim and source spans when nothing else uses them."""
    row = store.read_item("statements", statement_uid)
    if row is None:
        raise EditError("this statement no longer exists (deleted in another window?)")
    after: Wanted = {"spans": {}, "statements": {statement_uid: None}}
    for span_uid in _span_uids(row):
        if span_uid and not _used_elsewhere(store, span_uid, statement_uid):
            after["spans"][span_uid] = None
    return commit_change(store, "Delete statement", after, annotator, action="delete")


def _used_elsewhere(store: Store, span_uid: str, statement_uid: str) -> bool:
    return any(uid != statement_uid for uid, _ in store.statements_on(span_uid))


@one_transaction
def delete_span(store: Store, span_uid: str, annotator: str) -> Change:
    """Remove an entity or an unlinked source mention."""
    row = store.read_item("spans", span_uid)
    if row is None:
        raise EditError("this span no longer exists (deleted in another window?)")
    after: Wanted = {"spans": {span_uid: None}, "statements": {}}
    for statement_uid, _ in store.statements_on(span_uid, as_source_only=True):
        linked = store.read_item("statements", statement_uid)
        assert linked is not None  # just listed, in this transaction
        after["statements"][statement_uid] = _changed(linked, annotator, source_uid=None)
    return commit_change(store, "Delete span", after, annotator, action="delete")


@one_transaction
def set_document_status(
    store: Store, document_id: int, status: DocumentStatus, annotator: str
) -> Change:
    """Mark a document to do, in progress, done or reviewed."""
    uid = store.document(document_id).uid
    after: Wanted = {"documents": {uid: {"status": str(status), "document_id": document_id}}}
    return commit_change(
        store, f"Mark document {DocumentStatus(status).value.replace('_', ' ')}", after, annotator
    )
