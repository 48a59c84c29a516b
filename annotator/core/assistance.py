"""The assistance run safely: spaCy in a spawned process that may crash.

A language pipeline is native code, and native code can die on a document (spaCy
3.8 segfaulted on blank pipelines; a pathological article can exhaust memory).
So the window and the command line never run it in their own process: a
`LanguageWorker` sends batches to a child, notices when the child dies, blames
the document in flight (retrying the others one by one to find it), starts a new
child, and goes on. Messages travel over a pipe written synchronously by the
child, so nothing it reported before dying is lost.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from annotator.core import nlp
from annotator.core.gazetteer import GazetteerEntry
from annotator.core.model import Span, Statement
from annotator.core.pieces import PIECE_CHARS
from annotator.core.store import Store, StoredDocument


@dataclass(frozen=True, slots=True)
class Job:
    key: int  # the document id
    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class Started:
    keys: list[int]


@dataclass(frozen=True, slots=True)
class Loaded:
    made_by: str


@dataclass(frozen=True, slots=True)
class Suggested:
    key: int
    made_by: str
    spans: list[Span]
    statements: list[Statement]


@dataclass(frozen=True, slots=True)
class Failed:
    key: int
    reason: str


Event = Started | Loaded | Suggested | Failed


class WorkerDiedError(Exception):
    """The child process ended without answering."""


class LanguageWorker:
    """One child process at a time, restarted after a crash. Use from one thread."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self.stopping = False
        self.restarts = 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def process(self, jobs: list[Job], gazetteer: Iterable[GazetteerEntry]) -> Iterator[Event]:
        """Suggestions for jobs of one language, as events; every job ends as exactly one
        Suggested or Failed, even when the child dies on one of them."""
        entries = tuple(gazetteer)
        remaining = {job.key: job for job in jobs}
        alone = False  # after a crash, one job at a time finds the one that kills
        while remaining and not self.stopping:
            sent = list(remaining.values())[: 1 if alone else None]
            try:
                for event in self._run(sent, entries):
                    if isinstance(event, Suggested | Failed):
                        remaining.pop(event.key, None)
                    yield event
            except WorkerDiedError as died:
                if self.stopping:
                    return
                unanswered = [job for job in sent if job.key in remaining]
                if len(unanswered) == 1:
                    remaining.pop(unanswered[0].key)
                    yield Failed(unanswered[0].key, str(died))
                alone = True

    def _run(self, jobs: list[Job], entries: tuple) -> Iterator[Event]:
        connection = self._start()
        try:
            connection.send((entries, [(j.key, j.lang, j.text) for j in jobs]))
        except OSError as error:  # the child died before reading
            raise self._died() from error
        while True:
            message = self._receive(connection)
            kind = message[0]
            if kind == "finished":
                return
            if kind == "started":
                yield Started(list(message[1]))
            elif kind == "loaded":
                yield Loaded(message[1])
            elif kind == "done":
                spans, statements = message[3]
                yield Suggested(message[1], message[2], spans, statements)
            else:
                yield Failed(message[1], message[2])

    def _receive(self, connection: Connection) -> tuple:
        """The child's next message; what it wrote before dying is still read."""
        assert self._process is not None
        while True:
            if connection.poll():
                try:
                    return connection.recv()
                except (EOFError, OSError) as error:
                    raise self._died() from error
            if not self._process.is_alive():
                if connection.poll():
                    continue
                raise self._died()
            wait([connection, self._process.sentinel], timeout=1.0)

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._connection is not None:
            return self._connection
        ours, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=nlp.serve, args=(theirs,), daemon=True, name="annotator-nlp"
        )
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        return ours

    def _died(self) -> WorkerDiedError:
        assert self._process is not None
        self._process.join(timeout=5)
        code = self._process.exitcode
        self._process = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self.restarts += 1
        return WorkerDiedError(f"the language worker stopped on it ({_exit_reason(code)})")

    def stop(self) -> None:
        """End the child at once (work in progress is dropped: nothing was stored yet).
        Safe to call from another thread than the one that uses the worker."""
        self.stopping = True
        process, connection = self._process, self._connection
        if process is None:
            return
        try:
            if connection is not None:
                connection.send(None)
        except OSError:
            pass
        process.join(timeout=0.5)
        if process.is_alive():
            process.kill()
            process.join(timeout=2)


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def batches(documents: Iterable[tuple[StoredDocument, str]]) -> Iterator[list[tuple]]:
    """Documents grouped for the worker: one language a batch, bounded in documents and
    characters (a long article goes alone)."""
    batch: list[tuple] = []
    size = 0
    for document, lang in documents:
        if batch and (
            lang != batch[0][1]
            or len(batch) >= nlp.BATCH_SIZE
            or size + document.length > PIECE_CHARS * 2
        ):
            yield batch
            batch, size = [], 0
        batch.append((document, lang))
        size += document.length
    if batch:
        yield batch


@dataclass
class SuggestReport:
    done: list[StoredDocument] = field(default_factory=list)
    failed: list[tuple[StoredDocument, str]] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{len(self.done)} document(s) given suggestions"
        return text + (f", {len(self.failed)} failed" if self.failed else "")


def suggest_documents(
    store: Store,
    progress: Callable[[int], None] | None = None,
    lang: str | None = None,
    worker: LanguageWorker | None = None,
    retry_failed: bool = False,
) -> SuggestReport:
    """Run the assistance on every document that lacks it, in a worker process.

    A document the worker fails on (or dies on) is marked in the project with the
    reason and skipped; the others go on. `retry_failed` tries marked ones again."""
    own_worker = worker is None
    worker = worker or LanguageWorker()
    report = SuggestReport()
    pending = store.documents_needing_suggestions(include_failed=retry_failed)
    by_id = {d.id: d for d in pending}
    gazetteer = store.gazetteer()
    try:
        for batch in batches((d, lang or d.lang or "fr") for d in pending):
            jobs = [Job(d.id, doc_lang, store.text(d.id)) for d, doc_lang in batch]
            for event in worker.process(jobs, gazetteer):
                if isinstance(event, Suggested):
                    store.save_suggestions(event.key, event.spans, event.statements, event.made_by)
                    report.done.append(by_id[event.key])
                elif isinstance(event, Failed):
                    store.mark_suggestions_failed(event.key, event.reason)
                    report.failed.append((by_id[event.key], event.reason))
                else:
                    continue
                if progress:
                    progress(1)
    finally:
        if own_worker:
            worker.stop()
    return report
