"""Bring several annotators' project files together, offline, losing nothing.

Documents match by the hash of their text (computed here: a file's uid column is
not taken on its word), annotations by uid. A span or statement is one person's
version of an item: two annotators' versions of the same item are both kept (the
second as a fork whose uid is derived from the item's and the annotator's, so
merging again finds it), and a newer version from the same annotator replaces their
older one (by the time each was last changed), never kept beside it. The machine's
untouched suggestions are nobody's version: one suggestion stays, however many files
bring it. Taxonomies are reconciled by code.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core import store_queries as queries
from annotator.core.errors import ProjectError
from annotator.core.model import DocumentStatus, Origin, SpanStatus, text_uid
from annotator.core.review import disputed, review_units
from annotator.core.store import Store

CONTENT_IGNORED = {"id", "document_id", "created", "updated"}
STATUS_ORDER = ["todo", "in_progress", "done", "reviewed"]
FORK_NAMESPACE = uuid.UUID("6f1d3c2e-52a5-4f6e-9a0b-6a8d2f7c1e44")


@dataclass
class MergeReport:
    documents_added: int = 0
    spans_added: int = 0
    statements_added: int = 0
    history_added: int = 0
    replaced: int = 0  # an annotator's older versions replaced by their newer ones
    to_review: int = 0  # claims the annotators differ on, or changed since their review
    reopened: int = 0  # reviewed documents back to review (a decision changed since)
    conflicts: list[str] = field(default_factory=list)  # notes: lists that differ

    def summary(self) -> str:
        return (
            f"{self.documents_added} document(s), {self.spans_added} span(s), "
            f"{self.statements_added} statement(s), {self.history_added} history row(s) "
            f"added; {self.replaced} older version(s) replaced; "
            f"{self.to_review} claim(s) to review (the annotators differ, or a decision "
            f"changed since its review); {self.reopened} reviewed document(s) back to review"
        )


def _content(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in CONTENT_IGNORED}


def _fork_uid(uid: str, annotator: str) -> str:
    """Where an annotator's version of an item lives when another's holds its uid."""
    return uuid.uuid5(FORK_NAMESPACE, f"{uid}:{annotator}").hex


def _untouched(row: dict) -> bool:
    """A machine suggestion no person has decided on."""
    return (
        not row.get("annotator")
        and row["origin"] in (Origin.MODEL, Origin.RULE)
        and row["status"] == SpanStatus.SUGGESTED
    )


def merge_projects(
    output: str | Path,
    inputs: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
) -> MergeReport:
    """Merge project files into `output` (created if missing)."""
    output = Path(output)
    sources = [Path(p) for p in inputs]
    for source in sources:
        if source.resolve() == output.resolve():
            raise ProjectError("is the output itself; name another output file", source)
    with ExitStack() as stack:  # every input is opened (and so checked) before the output
        incoming = [stack.enter_context(Store(source, read_only=True)) for source in sources]
        target = stack.enter_context(Store(output))
        return _merge_into(target, list(zip(sources, incoming, strict=True)), progress)


def merge_into(
    target: Store,
    inputs: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
) -> MergeReport:
    """Merge project files into an open project (the window's, on a job's thread)."""
    sources = [Path(p) for p in inputs]
    for source in sources:
        if target.is_own_file(source):
            raise ProjectError("is this project itself; choose other files to merge", source)
    with ExitStack() as stack:
        incoming = [stack.enter_context(Store(source, read_only=True)) for source in sources]
        return _merge_into(target, list(zip(sources, incoming, strict=True)), progress)


def _merge_into(
    target: Store,
    pairs: list[tuple[Path, Store]],
    progress: Callable[[int, int, str], None] | None,
) -> MergeReport:
    report = MergeReport()
    touched: set[int] = set()
    for done, (source, store) in enumerate(pairs, start=1):
        with target.transaction():  # each input all or nothing
            touched |= _merge_one(target, store, source, report)
        if progress is not None:
            progress(done, len(pairs), str(source))
    with target.transaction():
        for document_id in sorted(touched):
            units = review_units(target, document_id)
            report.to_review += len(disputed(units))
            reviewed = target.document(document_id).status == DocumentStatus.REVIEWED
            if reviewed and any(u.changed_since_review for u in units):
                queries.set_document_status(target, document_id, DocumentStatus.DONE)
                report.reopened += 1
    return report


def _merge_one(target: Store, incoming: Store, source: Path, report: MergeReport) -> set[int]:
    """Merge one file; returns the ids (in the output) of the documents it brought."""
    _merge_taxonomy(target, incoming, source, report)
    _merge_gazetteer(target, incoming)
    merged = set()
    for listed in incoming.documents():
        row = queries.document_row(incoming, listed.id)
        uid = text_uid(row["text"])  # a file's own word for a document's identity is not taken
        if uid != listed.uid:
            report.conflicts.append(
                f"{source}: document {listed.uid[:12]}… is not the hash of its text; "
                f"merged as the document its text is ({uid[:12]}…)"
            )
        document_id = target.document_id(uid)
        if document_id is None:
            row.pop("id")
            target.insert_rows("documents", [{**row, "uid": uid}])
            document_id = target.document_id(uid)
            assert document_id is not None  # just inserted
            report.documents_added += 1
        else:
            _advance_status(target, document_id, listed.status)
        merged.add(document_id)
        rows = _Rows(target, document_id, report)
        for row in queries.rows_of_document(incoming, "spans", listed.id):
            rows.merge("spans", row)
        statements = queries.rows_of_document(incoming, "statements", listed.id)
        for row in sorted(statements, key=lambda r: r["relay_of"] is not None):
            for key in ("claim_uid", "source_uid", "cue_uid", "relay_of"):  # follow forks
                if row.get(key):
                    row[key] = rows.mapping.get(row[key], row[key])
            rows.merge("statements", row)
        _merge_history(target, incoming, listed.id, document_id, report)
    return merged


class _Rows:
    """One document's spans and statements from a file, merged into the output."""

    def __init__(self, target: Store, document_id: int, report: MergeReport):
        self.target, self.document_id, self.report = target, document_id, report
        self.mapping: dict[str, str] = {}  # uid in the incoming file -> uid in the output

    def merge(self, table: str, row: dict) -> None:
        row = {**row, "document_id": self.document_id}
        row.pop("id", None)
        if _untouched(row):
            same = self._same_suggestion(table, row)
            if same is not None:
                self.mapping[row["uid"]] = same
                return
        existing = self.target.row_of(table, row["uid"])
        if existing is not None and existing["document_id"] != self.document_id:
            # a uid another document holds (a crafted file): this item is kept apart
            fork = _fork_uid(row["uid"], f"document {self.document_id}")
            self.mapping[row["uid"]] = fork
            row = {**row, "uid": fork}
            existing = self.target.row_of(table, fork)
        if existing is not None and _untouched(existing) and not _untouched(row):
            self._replace(table, row, counted=False)  # a decision on the machine's suggestion
            return
        if existing is not None and existing.get("annotator", "") != row.get("annotator", ""):
            fork = _fork_uid(row["uid"], row.get("annotator") or "")
            self.mapping[row["uid"]] = fork
            row = {**row, "uid": fork}
            existing = self.target.row_of(table, fork)
        if existing is None:
            self.target.insert_rows(table, [row])
            _count(self.report, table)
        elif _content(existing) != _content(row) and row["updated"] > existing["updated"]:
            self._replace(table, row, counted=True)

    def _replace(self, table: str, row: dict, counted: bool) -> None:
        existing = self.target.row_of(table, row["uid"])
        row = {**row, "id": existing["id"]} if existing else row
        self.target.insert_rows(table, [row], replace=True)
        if counted:
            self.report.replaced += 1

    def _same_suggestion(self, table: str, row: dict) -> str | None:
        """The uid of the output's suggestion this untouched one repeats (another run of
        the machine on the same text), if any."""
        existing = self.target.row_of(table, row["uid"])
        if existing is not None and existing["document_id"] == self.document_id:
            return row["uid"]
        if table == "spans":
            return queries.span_at(
                self.target, self.document_id, row["start"], row["end"], row["kind"], row["label"]
            )
        return queries.same_statement(self.target, row)


def _count(report: MergeReport, table: str) -> None:
    if table == "spans":
        report.spans_added += 1
    else:
        report.statements_added += 1


def _advance_status(target: Store, document_id: int, status: str) -> None:
    """A document's status only moves forward in a merge (to do < … < reviewed)."""
    current = target.document(document_id).status
    if STATUS_ORDER.index(status) > STATUS_ORDER.index(current):
        queries.set_document_status(target, document_id, status)


def _merge_taxonomy(target: Store, incoming: Store, source: Path, report: MergeReport) -> None:
    for kind in ("entity", "source", "stance", "rating"):
        mine = {e.code: e for e in target.taxonomy(kind)}
        for entry in incoming.taxonomy(kind):
            known = mine.get(entry.code)
            if known is None:
                queries.add_taxonomy_entry(target, kind, entry, len(mine))
                mine[entry.code] = entry
                report.conflicts.append(f"{source}: new {kind} '{entry.code}' added")
            elif (known.name, known.color) != (entry.name, entry.color):
                report.conflicts.append(
                    f"{source}: {kind} '{entry.code}' is '{entry.name}' {entry.color} there, "
                    f"'{known.name}' {known.color} here; kept this project's"
                )


def _merge_gazetteer(target: Store, incoming: Store) -> None:
    known = {(e.pattern, e.category) for e in target.gazetteer()}
    for entry in incoming.gazetteer():
        if (entry.pattern, entry.category) not in known:
            queries.add_gazetteer_entry(target, entry)
            known.add((entry.pattern, entry.category))


def _merge_history(
    target: Store, incoming: Store, source_id: int, document_id: int, report: MergeReport
) -> None:
    for row in queries.rows_of_document(incoming, "history", source_id):
        if queries.add_history_row(target, row, document_id):
            report.history_added += 1
