"""Building QActions the same way everywhere: text, optional keys, a slot without args;
and typing into a field that never fires a one-key shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def make_action(
    owner: QWidget,
    text: str,
    keys: str | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    """An action on `owner` (so its keys work window-wide) that calls `slot()`."""
    action = QAction(text, owner)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


class TypingFirst(QObject):
    """Keys typed into a field are text, never a one-key shortcut: in a line edit, an
    editable text box or a combo box (whose typing picks an item), a letter, a digit or
    a space goes to the field. The article is read-only: there the keys act."""

    _installed: TypingFirst | None = None

    @classmethod
    def install(cls) -> None:
        """Once per application (it sees every event: one filter, not one per window)."""
        app = QApplication.instance()
        if app is not None and cls._installed is None:
            cls._installed = cls(app)
            app.installEventFilter(cls._installed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            typing = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if typing and event.text().isprintable() and event.text() and _types(watched):
                event.accept()  # delivered as a key press to the field, not to an action
                return True
        return super().eventFilter(watched, event)


def _types(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox):
        return True
    return isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
