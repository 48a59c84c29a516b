"""main(): the application object, the project, the window."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import __version__
from annotator.core.errors import AnnotatorError
from annotator.core.project import APP_NAME
from annotator.gui.language import wording
from annotator.gui.language.i18n import LANGUAGE_KEY, install_translations
from annotator.gui.main_window import MainWindow
from annotator.gui.palette import APPEARANCE_KEY, apply_appearance
from annotator.gui.preferences import annotator_name, settings
from annotator.gui.windows import open_window

__all__ = ["annotator_name", "application", "create_window", "run_window"]


def _choose_platform() -> None:
    """Without any display (a server, a container), run offscreen instead of aborting."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            print(
                "annotator: no display found; running offscreen (QT_QPA_PLATFORM=offscreen)",
                file=sys.stderr,
            )
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        _choose_platform()
        app = QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)  # never a bare QCoreApplication: we made it
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def create_window(project: str | None, files: list[str]) -> MainWindow:
    """Open the project (the last one, else the default), import the files, show the
    window; the assistance starts right after."""
    apply_appearance(str(settings().value(APPEARANCE_KEY, "system")))
    install_translations(str(settings().value(LANGUAGE_KEY, "system")))
    return open_window(project, files)


def run_window(project: str | None, files: list[str]) -> int:
    app = application()
    try:
        window = create_window(project, files)
    except AnnotatorError as error:  # said on the terminal too, by the caller
        if app.platformName() != "offscreen":  # a desktop user may have no terminal
            title = app.tr("annotator cannot open this project")
            QMessageBox.critical(None, title, wording.explain(error))
        raise
    # Ctrl+C or a polite kill closes the window properly (the worker process too).
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    ticker = QTimer(window)  # lets Python run its signal handlers while Qt waits
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    try:
        return app.exec()
    finally:
        window.session.store.close()
