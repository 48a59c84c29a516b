"""The open project as the window sees it: current document, edits, undo, assistance.

Widgets call these methods and listen to the signals; nothing here draws.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.core import document_edits, editing, list_edits
from annotator.core.changes import Change
from annotator.core.corpus import SuggestionState, suggestion_state
from annotator.core.errors import EditError
from annotator.core.importing import ImportReport, import_files
from annotator.core.model import DocumentStatus, Origin, SpanStatus
from annotator.core.store import IMPORTED, Store
from annotator.gui.commands import EditCommand
from annotator.gui.language import wording
from annotator.gui.workers import NlpWorker

LANGUAGE_NAMES = {
    "fr": "French",
    "en": "English",
    "uk": "Ukrainian",
    "ru": "Russian",
    "de": "German",
    "es": "Spanish",
}


class Session(QObject):
    document_opened = Signal(int)
    annotations_changed = Signal(int, object)  # reload a document (not an edit): id, focus
    changed = Signal(object)  # a Change: what one edit, undo or redo did
    document_changed = Signal(int)  # its status or counts changed
    documents_changed = Signal()
    document_closed = Signal()  # no document is open any more (the last one was deleted)
    model_status = Signal(str)
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, store: Store, annotator: str, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.annotator = annotator
        self.reviewing = False  # the review panel is open: claims marked are the review's
        self.document_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.worker = NlpWorker(store.path, self)
        self.worker.model_loaded.connect(self._on_model_loaded)
        self.worker.suggested.connect(self._on_suggested)
        self.worker.failed.connect(self._on_suggestion_failed)
        self.worker.stopped.connect(self._on_assistance_stopped)
        self._requested: set[int] = set()
        self._pipelines: dict[str, str] = {}  # language -> what the worker loaded for it

    # documents ------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        if document_id != self.document_id:
            self.document_id = document_id
            self.worker.prioritize(document_id)  # its suggestions first, if it waits for some
            self.document_opened.emit(document_id)
            self.show_pipeline()

    def import_paths(self, paths: list[str]) -> ImportReport:
        report = import_files(self.store, paths)
        self.documents_changed.emit()
        if report.added:
            self.open_document(report.added[-1])
        self.message.emit(wording.import_summary(report))
        self.start_assistance()
        return report

    def refresh(self) -> None:
        """Show what other windows or the command line wrote to the project meanwhile."""
        self.documents_changed.emit()
        if self.document_id is not None:
            self.annotations_changed.emit(self.document_id, None)
            self.document_changed.emit(self.document_id)
        self.start_assistance()

    # edits ------------------------------------------------------------------------

    def edit(self, perform: Callable[[], Change], needs_document: bool = True) -> Change | None:
        """Run one core edit, push it on the undo stack and broadcast what it changed;
        a refused edit is reported and never reaches the stack."""
        if needs_document and self.document_id is None:
            return None
        try:
            change = perform()
        except EditError as error:  # refused: the row went away in another window, …
            self.failed.emit(wording.explain(error))
            return None
        except Exception as error:  # a full disk, a bug: said in one sentence, and logged
            self.failed.emit(wording.explain(error))
            return None
        if change.is_empty:
            return change
        self.undo_stack.push(EditCommand(self, change))
        self._broadcast(change)
        return change

    def replay(self, change: Change, backwards: bool) -> None:
        """Undo or redo an edit (called by its command) and broadcast what that did."""
        replay = editing.undo if backwards else editing.redo
        try:
            result = replay(self.store, change, self.annotator)
        except Exception as error:  # the project became unwritable meanwhile, …
            self.failed.emit(wording.explain(error))
            return
        gone = _documents_gone(result)
        focus_document = next(iter(sorted(result.document_ids - gone)), None)
        if focus_document is not None and focus_document != self.document_id:
            self.open_document(focus_document)
        self._broadcast(result)
        if result.conflicts:
            self.failed.emit("; ".join(result.conflicts))

    def _broadcast(self, change: Change) -> None:
        """Say what an edit, undo or redo changed; a document deleted or brought back
        changes the corpus, and a deleted open document gives way to its neighbour."""
        gone = _documents_gone(change)
        back = [r.document_id for r in change.rows if r.table == "documents" and r.before is None]
        if self.document_id in gone:
            left = [d.id for d in self.store.documents()]
            later = [d for d in left if d > (self.document_id or 0)]
            neighbour = next(iter(later or left[-1:]), None)
            self.changed.emit(change)
            self.document_id = None
            if neighbour is None:
                self.document_closed.emit()
            else:
                self.open_document(neighbour)
            self.documents_changed.emit()  # the window's list, without it
            return
        self.changed.emit(change)
        if gone or back:
            self.documents_changed.emit()
            if back and back[-1] is not None:
                self.open_document(back[-1])

    def delete_document(self) -> Change | None:
        """Delete the open document with its annotations (Ctrl+Z brings it back)."""
        document_id = self.document_id
        if document_id is None:
            return None
        delete = document_edits.delete_document
        return self.edit(lambda: delete(self.store, document_id, self.annotator))

    def edit_lists(self, perform: Callable[[], Change]) -> Change | None:
        """A taxonomy, gazetteer or guidelines edit: undoable like the others."""
        return self.edit(perform, needs_document=False)

    def learn_speaker(self, speaker: str, category: str) -> Change | None:
        """Add an accepted speaker to the project's gazetteer (undoable)."""
        return self.edit_lists(
            lambda: list_edits.learn_speaker(self.store, speaker, category, self.annotator)
        )

    def mark_claim(self, start: int, end: int, category: str = "") -> Change | None:
        doc = self.document_id
        if doc is None:
            return None
        origin = Origin.REVIEW if self.reviewing else Origin.MANUAL  # a reviewer adds one
        return self.edit(
            lambda: editing.create_claim(
                self.store, doc, start, end, self.annotator, category, origin
            )
        )

    def mark_source(self, start: int, end: int, statement_uid: str | None) -> Change | None:
        doc = self.document_id
        if doc is None:
            return None
        return self.edit(
            lambda: editing.create_source(
                self.store, doc, start, end, self.annotator, statement_uid
            )
        )

    def link_source(self, statement_uid: str, mention_uid: str) -> Change | None:
        return self.edit(
            lambda: editing.link_source(self.store, statement_uid, mention_uid, self.annotator)
        )

    def update_statement(self, statement_uid: str, **fields: str) -> Change | None:
        current = self.store.statement(statement_uid)
        if current is None or all(getattr(current, k) == v for k, v in fields.items()):
            return None
        return self.edit(
            lambda: editing.update_statement(self.store, statement_uid, self.annotator, **fields)
        )

    def set_bounds(self, span_uid: str, start: int, end: int) -> Change | None:
        return self.edit(
            lambda: editing.set_bounds(self.store, span_uid, start, end, self.annotator)
        )

    def set_status(self, statement_uids: list[str], status: SpanStatus) -> Change | None:
        if not statement_uids:
            return None
        return self.edit(
            lambda: editing.set_status(self.store, statement_uids, status, self.annotator)
        )

    def set_entity_status(self, span_uids: list[str], status: SpanStatus) -> Change | None:
        return self.edit(
            lambda: editing.set_entity_status(self.store, span_uids, status, self.annotator)
        )

    def accept_all(self) -> Change | None:
        doc = self.document_id
        if doc is None:
            return None
        return self.edit(lambda: editing.accept_all(self.store, doc, self.annotator))

    def delete_statement(self, statement_uid: str) -> Change | None:
        return self.edit(
            lambda: editing.delete_statement(self.store, statement_uid, self.annotator)
        )

    def set_document_status(self, status: DocumentStatus) -> Change | None:
        doc = self.document_id
        if doc is None:
            return None
        return self.edit(
            lambda: editing.set_document_status(self.store, doc, status, self.annotator)
        )

    def delete_span(self, span_uid: str) -> Change | None:
        return self.edit(lambda: editing.delete_span(self.store, span_uid, self.annotator))

    # assistance -------------------------------------------------------------------

    def start_assistance(self) -> None:
        """Send every document without suggestions to the worker, the open one first."""
        pending = [
            d for d in self.store.documents_needing_suggestions() if d.id not in self._requested
        ]
        pending.sort(key=lambda d: d.id != self.document_id)
        gazetteer = self.store.gazetteer()
        for document in pending:
            self.worker.request(document.id, document.lang or "fr", gazetteer)
            self._requested.add(document.id)
        self.show_pipeline()

    def suggest_again(self) -> None:
        """Run the assistance on the open document again (after a better pipeline came,
        or the gazetteer learned names): the suggestions nobody decided on are replaced,
        every decision stays."""
        document_id = self.document_id
        if document_id is None:
            return
        self.store.reset_suggestions(document_id)
        self._requested.discard(document_id)
        self.annotations_changed.emit(document_id, None)
        self.document_changed.emit(document_id)
        self.start_assistance()

    def show_pipeline(self) -> None:
        """Name the pipeline of the document on screen in the status bar (or say that it
        is loading): never one the worker loaded for another document."""
        if self.document_id is not None:
            state = suggestion_state(self.store, self.document_id)
            self.model_status.emit(self._pipeline_status(self.document_id, state))

    def _pipeline_status(self, document_id: int, state: SuggestionState) -> str:
        if state.suggested_by == IMPORTED:
            return self.tr("Pipeline: none (annotations imported)")
        if state.suggested_by:
            return self.tr("Pipeline: {name}").format(name=state.suggested_by)
        if state.suggestion_error:
            return self.tr("Suggestions failed")
        if document_id not in self._requested:
            return self.tr("Pipeline: none yet")
        lang = state.lang or "fr"
        if lang in self._pipelines:
            return self.tr("Pipeline: {name} (suggesting…)").format(name=self._pipelines[lang])
        language = LANGUAGE_NAMES.get(lang, lang)
        return self.tr("Loading the {language} language model…").format(language=language)

    def _on_model_loaded(self, lang: str, made_by: str) -> None:
        self._pipelines[lang] = made_by
        self.show_pipeline()

    def _on_suggested(self, document_id: int, made_by: str, found: tuple) -> None:
        spans, statements = found
        self.store.save_suggestions(document_id, spans, statements, made_by)
        self.annotations_changed.emit(document_id, None)
        self.document_changed.emit(document_id)
        if document_id == self.document_id:
            self.show_pipeline()
            self.message.emit(
                self.tr("{entities} entities and {claims} claims suggested by {name}").format(
                    entities=sum(1 for s in spans if s.kind == "entity"),
                    claims=sum(1 for s in spans if s.kind == "claim"),
                    name=made_by,
                )
            )

    def _on_assistance_stopped(self, reason: str) -> None:
        """Nothing could be suggested (no document's fault): said; Refresh tries again."""
        self._requested.clear()
        self.model_status.emit(self.tr("Suggestions stopped"))
        self.failed.emit(self.tr("Suggestions stopped: {reason}").format(reason=reason))

    def _on_suggestion_failed(self, document_id: int, reason: str) -> None:
        """The document is marked in the project with the reason, and the others go on."""
        self.store.mark_suggestions_failed(document_id, reason)
        if document_id == self.document_id:
            self.show_pipeline()
        self.document_changed.emit(document_id)
        self.documents_changed.emit()
        title = self.store.document(document_id).title or str(document_id)
        self.failed.emit(
            self.tr("Suggestions failed for “{title}”: {reason}").format(title=title, reason=reason)
        )

    def shutdown(self) -> None:
        self.worker.shutdown()


def _documents_gone(change: Change) -> set[int]:
    return {
        r.document_id
        for r in change.rows
        if r.table == "documents" and r.after is None and r.document_id is not None
    }
