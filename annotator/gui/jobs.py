"""Long imports and exports on a thread of their own, with progress and cancel.

Each job opens its own connection to the project file (SQLite connections belong
to one thread); the window's connection sees the result once the job commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from annotator.core.agreement import agreement
from annotator.core.errors import AnnotatorError
from annotator.core.export import export
from annotator.core.importing import import_files
from annotator.core.merge import merge_into
from annotator.core.model import SpanStatus
from annotator.core.store import Store
from annotator.gui.language.wording import explain


@dataclass(frozen=True, slots=True)
class JobFailure:
    """Why a job ended without a result: one sentence for the person."""

    message: str

    def __str__(self) -> str:
        return self.message


class Job(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the result, or a JobFailure

    subject: str | None = None  # the file the person chose, named when it fails
    doing = "read"

    def __init__(self, project: Path):
        super().__init__()
        self.project = project
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:
        """Work, then say how it ended: `finished` is emitted whatever happens, so the
        progress dialog always closes and the window stays usable."""
        try:
            with Store(self.project) as store:
                result = self.work(store)
        except Exception as error:  # a full disk, a vanished folder, a bug (logged)
            result = JobFailure(explain(error, self.subject, self.doing))
        self.finished.emit(result)

    def work(self, store: Store) -> object:
        raise NotImplementedError


class FilesJob(Job):
    """A job over files the person chose (to import, to merge)."""

    def __init__(self, project: Path, paths: list[str]):
        super().__init__(project)
        self.paths = paths


class ImportJob(FilesJob):
    def work(self, store: Store) -> object:
        return import_files(
            store,
            self.paths,
            progress=self.progress.emit,
            should_stop=lambda: self.cancelled,
        )


class ExportJob(Job):
    def __init__(
        self,
        project: Path,
        format_name: str,
        output: str,
        status: SpanStatus | None,
        annotator: str | None,
        reviewed_only: bool = False,
        excel: bool = False,
    ):
        super().__init__(project)
        self.subject, self.doing = output, "write"
        self.format_name, self.output = format_name, output
        self.status, self.annotator = status, annotator
        self.reviewed_only, self.excel = reviewed_only, excel

    def work(self, store: Store) -> object:
        total = len(store.documents())

        def step(done: int) -> None:
            if self.cancelled:
                raise AnnotatorError("export cancelled; nothing was written", self.output)
            self.progress.emit(done, total, "")

        return export(
            store,
            self.format_name,
            self.output,
            self.status,
            self.annotator,
            step,
            reviewed_only=self.reviewed_only,
            excel=self.excel,
        )


class MergeJob(FilesJob):
    """Other annotators' project files merged into the open project."""

    def work(self, store: Store) -> object:
        return merge_into(
            store,
            self.paths,
            progress=self.progress.emit,
        )


class AgreementJob(Job):
    """The agreement report, computed off the window's thread (it reads every statement)."""

    def work(self, store: Store) -> object:
        return agreement(store)


def start(job: Job, parent: QObject) -> QThread:
    """Run a job on a new thread; the thread ends and is deleted when the job finishes."""
    thread = QThread(parent)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.finished.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
