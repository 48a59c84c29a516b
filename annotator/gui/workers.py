"""spaCy in a spawned worker process, reporting back through Qt signals.

A process, not a thread: loading the model in a QThread still stalls the GUI up
to ~300 ms at a time through the GIL; a worker process keeps stalls near 20 ms.
The worker never touches widgets; it only sends results.
"""

from __future__ import annotations

import multiprocessing
import threading
from itertools import count

from PySide6.QtCore import QObject, Signal

from annotator.core import nlp

_STOP = ("stop", -1, "", None)


class NlpWorker(QObject):
    """Queue documents for suggestion; results arrive as signals on the GUI thread."""

    model_loaded = Signal(str)  # made_by, e.g. "fr_core_news_sm-3.8.0"
    suggested = Signal(int, str, object)  # document id, made_by, (spans, statements)
    failed = Signal(int, str)  # document id, message

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._jobs: dict[int, int] = {}  # job id -> document id
        self._job_ids = count(1)
        self._loaded: set[str] = set()

    @property
    def is_running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def request(self, document_id: int, lang: str, text: str, gazetteer: list) -> None:
        """Ask for a document's suggestions; starts the worker process on first use."""
        if self._process is None:
            self._start()
        job_id = next(self._job_ids)
        self._jobs[job_id] = document_id
        self._requests.put((job_id, lang, text, tuple(gazetteer)))

    def pending(self) -> int:
        return len(self._jobs)

    def shutdown(self) -> None:
        """Stop the worker at once: work in progress is dropped, nothing was stored yet."""
        if self._process is None:
            return
        self._requests.put(None)
        self._process.join(timeout=0.5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=2)
        self._results.put(_STOP)
        self._pump.join(timeout=2)
        self._process = None

    def _start(self) -> None:
        self._requests = self._context.Queue()
        self._results = self._context.Queue()
        process = self._context.Process(
            target=nlp.serve,
            args=(self._requests, self._results),
            daemon=True,
            name="annotator-nlp",
        )
        process.start()
        self._process = process
        self._pump = threading.Thread(target=self._forward_results, daemon=True)
        self._pump.start()

    def _forward_results(self) -> None:
        # Runs on a plain thread: emitting a signal queues it to the GUI thread.
        while True:
            kind, job_id, made_by, payload = self._results.get()
            if kind == "stop":
                return
            if kind == "loaded":
                if made_by not in self._loaded:
                    self._loaded.add(made_by)
                    self.model_loaded.emit(made_by)
                continue
            document_id = self._jobs.pop(job_id, -1)
            if kind == "done":
                self.suggested.emit(document_id, made_by, payload)
            else:
                self.failed.emit(document_id, payload)
