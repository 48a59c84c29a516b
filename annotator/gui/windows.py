"""The open windows, one per project; opening a project, restoring its layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from annotator.core.project import open_project
from annotator.gui.actions.project import last_project, remember_project
from annotator.gui.main_window import MainWindow
from annotator.gui.preferences import annotator_name

OPEN: list[MainWindow] = []


def open_window(
    project: str | None, files: list[str] | None = None, name: str | None = None
) -> MainWindow:
    """Show a project in a window: the one already showing it, else a new one."""
    path = project or last_project()
    for window in list(OPEN):
        if path and window.session.store.path.resolve() == Path(path).resolve():
            window.raise_()
            window.activateWindow()
            remember_project(window.session.store.path)
            return window
    store, _seeded = open_project(path)
    window = MainWindow(store, name or annotator_name(), opener=open_window)
    OPEN.append(window)
    window.closed.connect(lambda: OPEN.remove(window) if window in OPEN else None)
    remember_project(store.path)
    window.restore_layout()
    if files:
        window.import_paths(files)
    window.show()
    QTimer.singleShot(0, window.start_assistance)
    return window
