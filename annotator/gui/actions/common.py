"""Building QActions the same way everywhere: text, optional keys, a slot without args."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


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
