"""The person's preferences (QSettings), always under the application's own name."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from annotator.core.project import APP_NAME

NAME_KEY = "annotator/name"


def settings() -> QSettings:
    """Named explicitly, so that no QApplication naming order can change the file."""
    return QSettings(APP_NAME, APP_NAME)
