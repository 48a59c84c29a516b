"""Bring several annotators' project files together, offline, losing nothing.

Documents match by the hash of their text (computed here: a file's uid column is
not taken on its word), annotations by uid. A span or statement that two
files hold in different versions keeps both: the one already in the output
stays, the other is added as a fork whose uid is derived from its content, so
merging the same file again changes nothing. Taxonomies are reconciled by code.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core import store_queries as queries
from annotator.core.errors import ProjectError
from annotator.core.model import text_uid
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
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.documents_added} document(s), {self.spans_added} span(s), "
            f"{self.statements_added} statement(s), {self.history_added} history row(s) "
            f"added; {len(self.conflicts)} conflict(s) kept side by side"
        )


def _content(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in CONTENT_IGNORED}


def _fork_uid(uid: str, row: dict) -> str:
    digest = hashlib.sha256(json.dumps(_content(row), sort_keys=True).encode()).hexdigest()
    return uuid.uuid5(FORK_NAMESPACE, f"{uid}:{digest}").hex


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
    for done, (source, store) in enumerate(pairs, start=1):
        with target.transaction():  # each input all or nothing
            _merge_one(target, store, source, report)
        if progress is not None:
            progress(done, len(pairs), str(source))
    return report


def _merge_one(target: Store, incoming: Store, source: Path, report: MergeReport) -> None:
    _merge_taxonomy(target, incoming, source, report)
    _merge_gazetteer(target, incoming)
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
        mapping: dict[str, str] = {}  # uid in the incoming file -> fork uid in the output
        for row in queries.rows_of_document(incoming, "spans", listed.id):
            _merge_row(target, "spans", row, document_id, mapping, report, source)
        statements = queries.rows_of_document(incoming, "statements", listed.id)
        for row in sorted(statements, key=lambda r: r["relay_of"] is not None):
            for key in ("claim_uid", "source_uid", "cue_uid", "relay_of"):  # follow forks
                if row.get(key):
                    row[key] = mapping.get(row[key], row[key])
            _merge_row(target, "statements", row, document_id, mapping, report, source)
        _merge_history(target, incoming, listed.id, document_id, report)


def _merge_row(
    target: Store,
    table: str,
    row: dict,
    document_id: int,
    mapping: dict[str, str],
    report: MergeReport,
    source: Path,
) -> None:
    """Insert a row missing from the target; fork one that differs (noted in `mapping`)."""
    row = {**row, "document_id": document_id}
    row.pop("id", None)
    existing = target.row_of(table, row["uid"])
    if existing is None:
        target.insert_rows(table, [row])
        _count(report, table)
        return
    if _content(existing) == _content(row):
        return
    fork = _fork_uid(row["uid"], row)
    mapping[row["uid"]] = fork
    if target.row_of(table, fork) is None:
        target.insert_rows(table, [{**row, "uid": fork}])
        _count(report, table)
        who = row.get("annotator") or "machine"
        other = existing.get("annotator") or "machine"
        report.conflicts.append(
            f"{source}: {table[:-1]} {row['uid'][:8]} differs ({who} vs {other}); both kept"
        )


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
