"""File menu for projects: new, open, open recent, save a copy, close; window layout and
the last project and document remembered between sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from annotator.core.errors import AnnotatorError
from annotator.gui.actions.common import make_action
from annotator.gui.language import wording
from annotator.gui.preferences import settings
from annotator.gui.session import Session

RECENT_KEY = "projects/recent"
LAST_KEY = "projects/last"
MAX_RECENT = 8
PROJECT_FILTER = "annotator projects (*.db);;All files (*)"


def remember_project(path: Path) -> None:
    """Put a project first in the recent list and make it the one reopened next time."""
    recent = [p for p in recent_projects() if p != str(path)]
    settings().setValue(RECENT_KEY, [str(path), *recent][:MAX_RECENT])
    settings().setValue(LAST_KEY, str(path))


def recent_projects() -> list[str]:
    value = settings().value(RECENT_KEY, []) or []
    if isinstance(value, str):  # one project: stored bare
        return [value]
    return list(value) if isinstance(value, list) else []


def last_project() -> str | None:
    """The project open when annotator last closed, if it is still there."""
    path = settings().value(LAST_KEY, "")
    return str(path) if path and Path(str(path)).exists() else None


def document_key(path: Path) -> str:
    return f"projects/last_document/{str(path).replace('/', '|')}"


class ProjectActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        opener: Callable[[str], QMainWindow] | None = None,
    ):
        super().__init__(window)
        self.window, self.session, self.opener = window, session, opener
        add = make_action
        self.new = add(
            window, self.tr("&New project…"), QKeySequence.StandardKey.New, self.new_project
        )
        self.open = add(
            window, self.tr("&Open project…"), QKeySequence.StandardKey.Open, self.open_project
        )
        self.save_copy = add(
            window, self.tr("Save a &copy as…"), QKeySequence.StandardKey.SaveAs, self.save_copy_as
        )
        self.close = add(window, self.tr("&Close"), QKeySequence.StandardKey.Close, window.close)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New project"), "", self.tr(PROJECT_FILTER)
        )
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(
                    self.window,
                    self.tr("New project"),
                    self.tr("{path} exists already; open it instead.").format(path=path),
                )
                return
            self.open_path(path)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), "", self.tr(PROJECT_FILTER)
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> QMainWindow | None:
        """Open a project in a window of its own (or raise the one that has it)."""
        if self.opener is None:  # a window made outside the registry (never in the app)
            return None
        try:
            return self.opener(path)
        except AnnotatorError as error:
            QMessageBox.warning(
                self.window, self.tr("Cannot open the project"), wording.explain(error)
            )
            return None

    def save_copy_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy as"), "", self.tr(PROJECT_FILTER)
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> None:
        """A consistent copy of the project as it is now (SQLite's backup API)."""
        if path.resolve() == self.session.store.path.resolve():
            return
        target = sqlite3.connect(path)
        with target:
            self.session.store.db.conn.backup(target)
        target.close()
        self.session.message.emit(self.tr("A copy was saved to {path}").format(path=path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects():
            action = QAction(path, self.recent_menu)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            action.setEnabled(Path(path).exists())
            self.recent_menu.addAction(action)
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
