"""The person's preferences (QSettings), always under the application's own name, and
the name they annotate under."""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog

from annotator.core.project import APP_NAME

NAME_KEY = "annotator/name"


def settings() -> QSettings:
    """Named explicitly, so that no QApplication naming order can change the file."""
    return QSettings(APP_NAME, APP_NAME)


def annotator_name(ask: bool = True) -> str:
    """The person annotating: $ANNOTATOR_NAME, else preferences, else asked once
    (the login name offered) and kept in preferences."""
    name = os.environ.get("ANNOTATOR_NAME") or settings().value(NAME_KEY, "")
    if name:
        return str(name)
    default = getpass.getuser()
    if ask and QGuiApplication.platformName() != "offscreen":
        given, ok = QInputDialog.getText(
            None,
            QApplication.translate("app", "Welcome to annotator"),
            QApplication.translate("app", "Your name, recorded on every annotation you make:"),
            text=default,
        )
        default = given.strip() if ok and given.strip() else default
    settings().setValue(NAME_KEY, default)
    return default
