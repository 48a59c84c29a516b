"""The annotation actions: keys, menu entries and what they do to the open document."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator.core.model import SpanKind, SpanStatus
from annotator.gui.actions.common import make_action
from annotator.gui.article.view import ArticleView
from annotator.gui.language import wording
from annotator.gui.presenter import DocumentPresenter
from annotator.gui.session import Session


class AnnotationActions(QObject):
    """Creates every annotation QAction on `owner`, so its shortcuts work window-wide."""

    def __init__(
        self, owner: QWidget, session: Session, view: ArticleView, presenter: DocumentPresenter
    ):
        super().__init__(owner)
        self.owner = owner
        self.session = session
        self.view = view
        self.presenter = presenter
        self.all: list[QAction] = []
        add = self._add
        self.mark_claim = add(self.tr("Mark selection as &claim"), "C", self._mark_claim)
        self.mark_source = add(
            self.tr("Mark selection as &source of the current claim"), "M", self._mark_source
        )
        self.link_source = add(
            self.tr("&Link the source mention under the cursor"), "L", self._link_source
        )
        self.set_bounds = add(
            self.tr("Set the current claim's &boundaries to the selection"), "B", self._set_bounds
        )
        self.accept = add(self.tr("&Accept"), "A", lambda: self._set_status(SpanStatus.ACCEPTED))
        self.reject = add(self.tr("&Reject"), "X", lambda: self._set_status(SpanStatus.REJECTED))
        self.accept_entity = add(
            self.tr("Accept the &entity under the cursor"),
            "Shift+A",
            lambda: self._set_entity_status(SpanStatus.ACCEPTED),
        )
        self.reject_entity = add(
            self.tr("Reject the entit&y under the cursor"),
            "Shift+X",
            lambda: self._set_entity_status(SpanStatus.REJECTED),
        )
        self.accept_all = add(
            self.tr("Accept all in this &document"), "Ctrl+Shift+A", self.session.accept_all
        )
        self.delete = add(
            self.tr("&Delete statement"), QKeySequence.StandardKey.Delete, self._delete
        )
        self.delete_span = add(
            self.tr("Delete the entity or source mention under the cursor"),
            "Shift+Del",
            self._delete_span,
        )
        self.next_statement = add(self.tr("&Next statement"), "J", lambda: self._step(1))
        self.previous_statement = add(self.tr("&Previous statement"), "K", lambda: self._step(-1))
        self.undo = session.undo_stack.createUndoAction(owner, self.tr("&Undo"))
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = session.undo_stack.createRedoAction(owner, self.tr("&Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        owner.addActions([self.undo, self.redo])
        self.category_actions: list[QAction] = []
        self.stance_actions: list[QAction] = []
        self.rebuild_taxonomy_actions()
        view.set_context_actions(
            [
                self.mark_claim,
                self.mark_source,
                self.link_source,
                self.set_bounds,
                None,
                self.accept,
                self.reject,
                self.delete,
                None,
                self.accept_entity,
                self.reject_entity,
                None,
                self.accept_all,
            ]
        )

    def _add(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = make_action(self.owner, text, shortcut, slot)
        self.all.append(action)
        return action

    def fixed_keys(self) -> dict[str, str]:
        """Keys of the actions that are not taxonomy entries -> their names."""
        taxonomy = set(self.category_actions + self.stance_actions)
        return {
            a.shortcut().toString().upper(): a.text().replace("&", "")
            for a in self.all
            if a not in taxonomy and not a.shortcut().isEmpty()
        }

    def rebuild_taxonomy_actions(self) -> None:
        """One action per source category and stance, on the taxonomy's shortcut keys."""
        for action in self.category_actions + self.stance_actions:
            self.owner.removeAction(action)
            self.all.remove(action)
        store = self.session.store
        self.category_actions = [
            self._add(
                self.tr("Category: {name}").format(name=entry.name),
                entry.shortcut,
                partial(self._set_field, "source_category", entry.code),
            )
            for entry in wording.taxonomy(store, "source")
        ]
        self.stance_actions = [
            self._add(
                self.tr("Stance: {name}").format(name=entry.name),
                entry.shortcut,
                partial(self._set_field, "stance", entry.code),
            )
            for entry in wording.taxonomy(store, "stance")
        ]

    # handlers ---------------------------------------------------------------------

    def _mark_claim(self) -> None:
        selected = self.view.selected_range()
        if selected is None:
            self.session.failed.emit(self.tr("Select the words of the claim first."))
            return
        self.session.mark_claim(*selected)

    def _mark_source(self) -> None:
        selected = self.view.selected_range()
        if selected is None:
            self.session.failed.emit(self.tr("Select the words that name the source first."))
            return
        current = self.presenter.current_statement()
        self.session.mark_source(*selected, current.uid if current else None)

    def _link_source(self) -> None:
        current = self.presenter.current_statement()
        document_id = self.session.document_id
        if current is None or document_id is None:
            self.session.failed.emit(self.tr("Select a statement to link a source to."))
            return
        offset = (self.view.selected_range() or (self.view.cursor_offset(),))[0]
        mentions = [
            s
            for s in self.session.store.spans(document_id, [SpanKind.SOURCE_MENTION])
            if s.start <= offset < s.end
        ]
        if not mentions:
            self.session.failed.emit(self.tr("Put the cursor on a source mention first."))
            return
        self.session.link_source(current.uid, mentions[0].uid)

    def _set_bounds(self) -> None:
        current = self.presenter.current_statement()
        selected = self.view.selected_range()
        if current is None or selected is None:
            self.session.failed.emit(self.tr("Select a statement, then the claim's new words."))
            return
        self.session.set_bounds(current.claim_uid, *selected)

    def _set_status(self, status: SpanStatus) -> None:
        self.session.set_status(self.presenter.statements_panel.selected_uids(), status)

    def _set_entity_status(self, status: SpanStatus) -> None:
        if self.session.document_id is None:
            return
        offset = (self.view.selected_range() or (self.view.cursor_offset(),))[0]
        under = [s for s in self.presenter.spans_under(offset) if s.kind == SpanKind.ENTITY]
        if not under:
            self.session.failed.emit(self.tr("Put the cursor on a named entity."))
            return
        self.session.set_entity_status([under[0].uid], status)

    def _set_field(self, field: str, code: str) -> None:
        current = self.presenter.current_statement()
        if current is None:
            self.session.failed.emit(self.tr("Select a statement first."))
            return
        self.session.update_statement(current.uid, **{field: code})

    def _delete(self) -> None:
        current = self.presenter.current_statement()
        if current is not None:
            self.session.delete_statement(current.uid)

    def _delete_span(self) -> None:
        document_id = self.session.document_id
        if document_id is None:
            return
        offset = (self.view.selected_range() or (self.view.cursor_offset(),))[0]
        kinds = (SpanKind.ENTITY, SpanKind.SOURCE_MENTION)
        under = [s for s in self.presenter.spans_under(offset) if s.kind in kinds]
        if not under:
            self.session.failed.emit(self.tr("Put the cursor on an entity or a source mention."))
            return
        self.session.delete_span(under[0].uid)

    def _step(self, direction: int) -> None:
        table = self.presenter.statements_panel.table
        row = table.currentIndex().row() + direction
        if 0 <= row < table.model().rowCount():
            table.selectRow(row)
