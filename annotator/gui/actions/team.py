"""Teamwork in the window: who is annotating, merging files, agreement, review, history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog, QMainWindow, QMessageBox

from annotator.core.agreement import Agreement
from annotator.core.changes import Change
from annotator.core.merge import MergeReport
from annotator.core.model import DocumentStatus
from annotator.core.review import (
    choose_version,
    merge_agreements,
    reject_unit,
    review_units,
    undecided,
)
from annotator.gui import jobs
from annotator.gui.actions.common import make_action
from annotator.gui.dialogs.team import AgreementDialog, HistoryDialog
from annotator.gui.language import wording
from annotator.gui.panels.review import ReviewPanel
from annotator.gui.preferences import NAME_KEY, settings
from annotator.gui.presenter import DocumentPresenter
from annotator.gui.session import Session

AUTO_MERGE_KEY = "review/merge_agreements"


class TeamActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        presenter: DocumentPresenter,
        review_dock: QDockWidget,
        review: ReviewPanel,
        run_job: Callable[[jobs.Job, str, Callable[[object], None]], None],
    ):
        super().__init__(window)
        self.run_job = run_job
        self.window, self.session, self.presenter = window, session, presenter
        self.review_dock, self.review = review_dock, review
        self.preferences = make_action(
            self.window, self.tr("&Your name as annotator…"), "", self.ask_name
        )
        self.merge = make_action(
            self.window, self.tr("&Merge project files into this one…"), "", self.choose_merge
        )
        self.agreement = make_action(
            self.window, self.tr("&Agreement report"), "", self.show_agreement
        )
        self.review_mode = make_action(
            self.window, self.tr("&Review this document"), "Ctrl+R", self.show_review
        )
        self.history = make_action(
            self.window, self.tr("&History of this statement"), "Ctrl+H", self.show_history
        )
        review.version_chosen.connect(self._choose)
        review.rejected.connect(self._reject)
        review.unit_selected.connect(lambda start, end: presenter.view.mark_current(start, end))
        review.mark_reviewed.connect(self.mark_reviewed)
        review.auto_merge.setChecked(bool(settings().value(AUTO_MERGE_KEY, True, type=bool)))
        review.auto_merge_changed.connect(self._auto_merge_changed)
        review_dock.visibilityChanged.connect(self._reviewing)
        session.annotations_changed.connect(self._refresh_review)
        session.changed.connect(self._refresh_review_after)
        session.document_opened.connect(lambda _id: self._refresh_review(_id, None))

    def ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Annotator"),
            self.tr("Your name, recorded on every annotation:"),
            text=self.session.annotator,
        )
        if ok and name.strip():
            settings().setValue(NAME_KEY, name.strip())
            self.session.annotator = name.strip()
            self.session.message.emit(self.tr("Annotating as {name}").format(name=name.strip()))

    def choose_merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Merge project files"),
            "",
            self.tr("Projects (*.db);;All files (*)"),
        )
        if paths:
            self.merge_files(paths)

    def merge_files(self, paths: list[str]) -> None:
        """Merge on a thread, with progress; the window stays usable."""
        job = jobs.MergeJob(self.session.store.path, paths)
        self.run_job(job, self.tr("Merging…"), self._merged)

    def _merged(self, report: object) -> None:
        if not isinstance(report, MergeReport):
            QMessageBox.warning(self.window, self.tr("Merge failed"), str(report))
            return
        self.session.documents_changed.emit()
        if self.session.document_id is not None:
            self.session.annotations_changed.emit(self.session.document_id, None)
        text = wording.merge_summary(report)
        if report.conflicts:
            text += "\n\n" + "\n".join(report.conflicts[:30])
        QMessageBox.information(self.window, self.tr("Merged"), text)

    def show_agreement(self) -> None:
        self.run_job(
            jobs.AgreementJob(self.session.store.path),
            self.tr("Measuring agreement…"),
            self._agreed,
        )

    def _agreed(self, result: object) -> None:
        if not isinstance(result, Agreement):  # a JobFailure
            QMessageBox.warning(self.window, self.tr("Agreement failed"), str(result))
            return
        AgreementDialog(result, self.window).exec()

    def show_review(self) -> None:
        self.review_dock.show()
        self.review_dock.raise_()
        if self.session.document_id is not None:
            self._refresh_review(self.session.document_id, None)

    def _reviewing(self, visible: bool) -> None:
        """While the review panel is open, a claim marked in the text is the review's."""
        self.session.reviewing = visible

    def _auto_merge_changed(self, on: bool) -> None:
        settings().setValue(AUTO_MERGE_KEY, on)
        if on and self.session.document_id is not None:
            self._refresh_review(self.session.document_id, None)

    def _refresh_review(self, document_id: int, _focus: object) -> None:
        if not self.review_dock.isVisible() or document_id != self.session.document_id:
            return
        store = self.session.store
        units = review_units(store, document_id)
        auto = self.review.auto_merge.isChecked()
        if auto and any(u.agreed and u.reviewed is None for u in units):
            reviewer = self.session.annotator
            merged = self.session.edit(lambda: merge_agreements(store, document_id, reviewer))
            if merged is not None and not merged.is_empty:
                self.session.message.emit(
                    self.tr("Agreements merged automatically ({what}); Ctrl+Z undoes it").format(
                        what=wording.change_text(merged.description)
                    )
                )
                return  # the edit's broadcast shows the units again
        kinds = ("source", "stance", "rating")
        names = {e.code: e.name for kind in kinds for e in wording.taxonomy(store, kind)}
        self.review.show_units(units, store.text(document_id), names)

    def _refresh_review_after(self, change: Change) -> None:
        document_id = self.session.document_id
        if document_id is not None and document_id in change.document_ids:
            self._refresh_review(document_id, None)

    def _choose(self, row: int, annotator: str) -> None:
        unit = self.review.units[row]
        document_id = self.session.document_id
        if document_id is None:
            return
        store, reviewer = self.session.store, self.session.annotator
        change = self.session.edit(
            lambda: choose_version(store, document_id, unit, annotator, reviewer)
        )
        self._done(change)

    def _reject(self, row: int) -> None:
        unit = self.review.units[row]
        document_id = self.session.document_id
        if document_id is None:
            return
        store, reviewer = self.session.store, self.session.annotator
        self._done(self.session.edit(lambda: reject_unit(store, document_id, unit, reviewer)))

    def _done(self, change: Change | None) -> None:
        """Say what a decision did, and go on to the next claim to decide."""
        if change is not None and not change.is_empty:
            self.session.message.emit(wording.change_text(change.description))
            self.review.select_next_undecided()

    def mark_reviewed(self) -> None:
        """Mark the document reviewed; asks first while claims are still undecided (they
        would not be in the reviewed export)."""
        document_id = self.session.document_id
        if document_id is None:
            return
        left = len(undecided(review_units(self.session.store, document_id)))
        if left:
            answer = QMessageBox.question(
                self.window,
                self.tr("Claims not decided"),
                self.tr(
                    "%n claim(s) of this document are not decided yet; a reviewed export "
                    "leaves them out. Mark the document reviewed anyway?",
                    "",
                    left,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.session.set_document_status(DocumentStatus.REVIEWED):
            self.session.message.emit(wording.change_text("Mark document reviewed"))

    def show_history(self) -> None:
        current = self.presenter.current_statement()
        if current is None:
            self.session.failed.emit(self.tr("Select a statement to see its history."))
            return
        store = self.session.store
        rows = store.history(current.uid) + store.history(current.claim_uid)
        HistoryDialog(sorted(rows, key=lambda r: (r["at"], r["id"])), self.window).exec()
