"""Where the default project lives, and opening a project with its seed articles."""

from __future__ import annotations

from pathlib import Path

from annotator.core.importing import ImportReport, import_files
from annotator.core.resources import data_folder, seed_files
from annotator.core.store import Store

APP_NAME = "annotator"


def default_project_path() -> Path:
    """The project opened when none is named: in the user's data folder."""
    return data_folder() / "project.db"


def open_project(path: str | Path | None = None) -> tuple[Store, ImportReport | None]:
    """Open (or create) a project; a new default project gets the seed articles."""
    path = Path(path) if path is not None else default_project_path()
    is_default_and_new = path == default_project_path() and not path.exists()
    store = Store(path)
    report = import_files(store, seed_files()) if is_default_and_new else None
    return store, report
