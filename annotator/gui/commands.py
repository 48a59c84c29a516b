"""One QUndoCommand per user edit, holding the edit's record of what changed.

The edit itself runs before the command is pushed (a refused edit never reaches the
stack). Undo and redo replay the record field by field through the core
(`editing.undo` / `editing.redo`), which leaves alone whatever someone else changed
since; the session broadcasts each result so every view patches itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from annotator.core.changes import Change
from annotator.gui.language.wording import change_text

if TYPE_CHECKING:
    from annotator.gui.session import Session

TYPING = 1  # QUndoCommand.id() of note edits: a statement's note typed is one undo step


class EditCommand(QUndoCommand):
    def __init__(self, session: Session, change: Change):
        super().__init__(change_text(change.description))
        self.session = session
        self.change = change
        self._done = True  # the first redo() is the edit itself, already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.session.replay(self.change, backwards=False)

    def undo(self) -> None:
        self.session.replay(self.change, backwards=True)

    def id(self) -> int:
        return TYPING if self._typed_statement() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand):
            return False
        uid = self._typed_statement()
        if uid is None or other._typed_statement() != uid:
            return False
        self.change = self.change.followed_by(other.change)
        return True

    def _typed_statement(self) -> str | None:
        """The statement whose note alone this edit changed, if that is all it did."""
        rows = self.change.rows
        typed = len(rows) == 1 and rows[0].table == "statements" and rows[0].kind == "changed"
        return rows[0].uid if typed and set(rows[0].after or {}) == {"note"} else None
