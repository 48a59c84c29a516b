"""One QUndoCommand per user edit; each wraps one core edit function's Change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator.core.editing import Change, apply_change
from annotator.core.store import Store


class EditCommand(QUndoCommand):
    """An edit already made by a core function; undo and redo put its rows back.

    The edit runs before the command is pushed, so a refused edit (a ValueError
    from core) never reaches the stack.
    """

    def __init__(
        self,
        store: Store,
        change: Change,
        document_id: int,
        annotator: str,
        changed: Callable[[int, str | None], None],
    ):
        super().__init__(change.description)
        self.change = change
        self.document_id = document_id
        self._store = store
        self._annotator = annotator
        self._changed = changed
        self._done = True  # the first redo() is the edit itself, already made

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            apply_change(self._store, self.change, undo=False, annotator=self._annotator)
        self._changed(self.document_id, self.change.focus)

    def undo(self) -> None:
        apply_change(self._store, self.change, undo=True, annotator=self._annotator)
        self._changed(self.document_id, self.change.focus)
