"""The assistance for the window: a `LanguageWorker` driven from a thread of its own,
reporting back through Qt signals.

A process, not a thread, runs spaCy: loading the model in a QThread still stalls
the GUI up to ~300 ms at a time through the GIL; a worker process keeps stalls near
20 ms, and its crash is survived (see `core.assistance`). The thread here only
waits on the process; it reads texts through a connection of its own and never
touches widgets.
"""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from annotator.core.assistance import Failed, Job, LanguageWorker, Loaded, Started, Suggested
from annotator.core.gazetteer import GazetteerEntry
from annotator.core.store import Store

_BATCH = 32  # documents sent to the worker at once, as `nlp.BATCH_SIZE`


class NlpWorker(QObject):
    """Queue documents for suggestion; results arrive as signals on the GUI thread."""

    model_loaded = Signal(str, str)  # language, made_by: "fr", "fr_core_news_sm-3.8.0"
    started = Signal(int)  # document id, now in the worker process
    suggested = Signal(int, str, object)  # document id, made_by, (spans, statements)
    failed = Signal(int, str)  # document id, reason: the document is at fault
    stopped = Signal(str)  # why no suggestions can be made now (no document at fault)

    def __init__(self, project: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.language_worker = LanguageWorker()
        # Waiting documents, the next first: the window moves the one on screen to the front.
        self._waiting: deque[tuple[int, str, list[GazetteerEntry]]] = deque()
        self._condition = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        self._pending: set[int] = set()
        self._loaded: set[str] = set()

    @property
    def is_running(self) -> bool:
        return self.language_worker.pid is not None

    def request(self, document_id: int, lang: str, gazetteer: list[GazetteerEntry]) -> None:
        """Ask for a document's suggestions; starts the worker on first use."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, daemon=True, name="nlp-pump")
            self._thread.start()
        with self._condition:
            self._pending.add(document_id)
            self._waiting.append((document_id, lang, gazetteer))
            self._condition.notify()

    def prioritize(self, document_id: int) -> None:
        """Suggest this document next (the one the person has just opened)."""
        with self._condition:
            for item in self._waiting:
                if item[0] == document_id:
                    self._waiting.remove(item)
                    self._waiting.appendleft(item)
                    return

    def pending(self) -> int:
        return len(self._pending)

    def shutdown(self) -> None:
        """Stop the worker at once: work in progress is dropped, nothing was stored yet."""
        if self._thread is None:
            return
        with self._condition:
            self._closing = True
            self._condition.notify()
        self.language_worker.stop()
        self._thread.join(timeout=5)
        self._thread = None

    def _serve(self) -> None:
        # A plain thread: emitting a signal queues it to the GUI thread.
        store = None
        try:
            while (batch := self._next_batch()) is not None:
                if store is None:
                    store = Store(self.project, read_only=True)
                jobs = [Job(key, lang, store.text(key)) for key, lang, _ in batch]
                for event in self.language_worker.process(jobs, batch[-1][2]):
                    self._emit(event, batch[0][1])
        except Exception as error:  # the project vanished under us, …: said, and no
            from annotator.gui.language.wording import explain  # document is marked for it

            with self._condition:
                self._waiting.clear()
                self._pending.clear()
            self._thread = None  # the next request starts again
            self.stopped.emit(explain(error))
        finally:
            if store is not None:
                store.close()

    def _next_batch(self) -> list[tuple[int, str, list[GazetteerEntry]]] | None:
        """The next few waiting documents of one language; waits for one to come."""
        with self._condition:
            while not self._waiting and not self._closing:
                self._condition.wait()
            if self._closing:
                return None
            batch = [self._waiting.popleft()]
            while self._waiting and len(batch) < _BATCH and self._waiting[0][1] == batch[0][1]:
                batch.append(self._waiting.popleft())
            return batch

    def _emit(self, event: object, lang: str) -> None:
        if isinstance(event, Started):
            for key in event.keys:
                self.started.emit(key)
        elif isinstance(event, Loaded):
            if event.made_by not in self._loaded:
                self._loaded.add(event.made_by)
                self.model_loaded.emit(lang, event.made_by)
        elif isinstance(event, Suggested):
            self._pending.discard(event.key)
            self.suggested.emit(event.key, event.made_by, (event.spans, event.statements))
        elif isinstance(event, Failed):
            self._pending.discard(event.key)
            self.failed.emit(event.key, event.reason)
