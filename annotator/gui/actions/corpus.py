"""The corpus actions: import (files, folders, drops, paste), export, move between
documents, document status and search. Long work runs on a thread with progress."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from annotator.core import document_edits
from annotator.core.factcheck import fact_checker, save_fact_checker
from annotator.core.importing import ImportReport, import_text
from annotator.core.model import DocumentStatus, SpanStatus
from annotator.gui import jobs
from annotator.gui.actions.common import make_action
from annotator.gui.dialogs.document import DocumentDialog
from annotator.gui.dialogs.export import ExportDialog
from annotator.gui.dialogs.factcheck import FactCheckDialog
from annotator.gui.language import wording
from annotator.gui.panels.documents import DocumentsPanel
from annotator.gui.session import Session

IMPORT_FILTER = (
    "Articles and corpora (*.txt *.md *.html *.htm *.jsonl *.spacy *.json *.zip);;All files (*)"
)
STATUS_KEYS = {
    DocumentStatus.TODO: "",
    DocumentStatus.IN_PROGRESS: "",
    DocumentStatus.DONE: "Ctrl+D",
    DocumentStatus.REVIEWED: "",
}


class CorpusActions(QObject):
    def __init__(self, window: QMainWindow, session: Session, documents: DocumentsPanel):
        super().__init__(window)
        self.window = window
        self.session = session
        self.documents = documents
        self.job: jobs.Job | None = None
        self.last_report: ImportReport | None = None

        def add(text: str, keys: str, slot: Callable[[], object]) -> QAction:
            return make_action(window, text, keys, slot)

        self.import_files = add(self.tr("&Import articles…"), "Ctrl+I", self.choose_files)
        self.import_folder = add(self.tr("Import a &folder…"), "Ctrl+Shift+I", self.choose_folder)
        self.paste = add(self.tr("&Paste as a new document"), "Ctrl+Shift+V", self.paste_document)
        self.export = add(self.tr("&Export…"), "Ctrl+E", self.choose_export)
        self.fact_checker = add(
            self.tr("Fact-checking &organisation…"), "", lambda: self.ask_fact_checker()
        )
        self.next_document = add(self.tr("Ne&xt document"), "Ctrl+PgDown", lambda: self._step(1))
        self.previous_document = add(
            self.tr("Pre&vious document"), "Ctrl+PgUp", lambda: self._step(-1)
        )
        self.edit_details = add(self.tr("Edit document &details…"), "", self.ask_details)
        self.delete_document = add(self.tr("De&lete document…"), "", self.ask_delete)
        self.suggest_again = add(
            self.tr("Su&ggest again (decisions kept)"), "", self.session.suggest_again
        )
        self.status_actions = [
            add(
                self.tr("Mark document: {status}").format(status=wording.document_status(status)),
                STATUS_KEYS[status],
                partial(self.set_status, status),
            )
            for status in DocumentStatus
        ]

    # import -----------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), "", self.tr(IMPORT_FILTER)
        )
        if paths:
            self.run_import(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if folder:
            self.run_import([folder])

    def paste_document(self) -> None:
        report = import_text(self.session.store, QGuiApplication.clipboard().text())
        self._imported(report)

    def run_import(self, paths: list[str]) -> None:
        """Import on a thread; the window stays usable and the import can be cancelled."""
        job = jobs.ImportJob(self.session.store.path, paths)
        self.run_job(job, self.tr("Importing…"), self._imported)

    def _imported(self, report: object) -> None:
        if not isinstance(report, ImportReport):
            QMessageBox.warning(self.window, self.tr("Import failed"), str(report))
            return
        self.last_report = report
        self.session.documents_changed.emit()
        if report.added:
            self.session.open_document(report.added[-1])
        self.session.message.emit(wording.import_summary(report))
        problems = [str(f) for f in report.failures]
        problems += [
            self.tr("{name}: already in the project").format(name=d) for d in report.duplicates
        ]
        problems += report.notes  # what a file said about itself that was not taken
        if problems:
            QMessageBox.warning(
                self.window,
                self.tr("Import: {summary}").format(summary=wording.import_summary(report)),
                "\n".join(problems[:40]),
            )
        self.session.start_assistance()

    # export -----------------------------------------------------------------------

    def choose_export(self) -> None:
        dialog = ExportDialog(str(self.session.store.path.with_suffix("")), self.window)
        if not dialog.exec():
            return
        choice = dialog.choice()
        unknown = choice[0] == "claimreview" and fact_checker(self.session.store).problems()
        if unknown and not self.ask_fact_checker():  # asked once: the project keeps it
            return
        self.run_export(*choice)

    def ask_fact_checker(self) -> bool:
        """Ask who publishes the fact checks (ClaimReview); True once the project knows."""
        dialog = FactCheckDialog(fact_checker(self.session.store), self.window)
        if not dialog.exec():
            return False
        store, annotator = self.session.store, self.session.annotator
        change = self.session.edit(
            lambda: save_fact_checker(store, dialog.checker(), annotator), needs_document=False
        )
        return change is not None

    def run_export(
        self,
        format_name: str,
        output: str,
        status: SpanStatus | None,
        annotator: str | None,
        reviewed_only: bool = False,
        excel: bool = False,
    ) -> None:
        job = jobs.ExportJob(
            self.session.store.path, format_name, output, status, annotator, reviewed_only, excel
        )
        self.run_job(job, self.tr("Exporting…"), lambda result: self._exported(result, output))

    def _exported(self, result: object, output: str) -> None:
        if isinstance(result, int):
            self.session.message.emit(
                self.tr("{count} document(s) exported to {path}").format(count=result, path=output)
            )
        else:
            QMessageBox.warning(self.window, self.tr("Export failed"), str(result))

    # jobs ---------------------------------------------------------------------------

    def run_job(self, job: jobs.Job, label: str, done: Callable[[object], None]) -> None:
        """Start a job; its signals reach bound methods here, so they run on the GUI thread
        (a lambda would run on the job's thread and touch widgets from there)."""
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(400)  # quick jobs finish before it shows
        self._dialog.canceled.connect(self._cancel)
        self._label, self._done = label, done
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.job = job  # keep it alive until it finishes
        jobs.start(job, self)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()  # a flag the job reads between documents

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        self._dialog.setLabelText(f"{self._label}\n{what}")

    def _on_finished(self, result: object) -> None:
        self._dialog.reset()
        self.job = None
        self._done(result)

    # documents ----------------------------------------------------------------------

    def _step(self, step: int) -> None:
        document_id = self.documents.neighbour(step)
        if document_id is not None:
            self.session.open_document(document_id)

    def ask_details(self) -> None:
        """Edit the open document's title, outlet, date, web address and language."""
        document_id = self.session.document_id
        if document_id is None:
            return
        dialog = DocumentDialog(self.session.store.document(document_id), self.window)
        if dialog.exec() and dialog.changed():
            store, annotator, details = self.session.store, self.session.annotator, dialog.changed()
            edit_details = partial(
                document_edits.set_document_details, store, document_id, annotator, **details
            )
            self.session.edit(edit_details)

    def ask_delete(self) -> None:
        """Delete the open document with its annotations, once the person confirms."""
        document_id = self.session.document_id
        if document_id is None:
            return
        document = self.session.store.document(document_id)
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete document"),
            self.tr(
                "Delete “{title}” with all its annotations? Edit ▸ Undo brings it back."
            ).format(title=document.title or document.uid[:12]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.delete_document()

    def set_status(self, status: DocumentStatus) -> None:
        if self.session.document_id is not None:
            self.session.set_document_status(status)

    def accept_drop(self, paths: list[str]) -> bool:
        usable = [p for p in paths if Path(p).exists()]
        if usable:
            self.run_import(usable)
        return bool(usable)
