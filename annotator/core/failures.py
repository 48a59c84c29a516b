"""Every failure becomes one sentence for the person; unexpected ones also go to a log.

The command line, the window's jobs and its edits all explain a failure here, so a
full disk, a vanished folder or a bug reads the same everywhere, and the app goes on.
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.resources import data_folder

LOG_NAME = "annotator.log"
_LOG_BYTES = 1_000_000  # each of the three log files kept


def log_path() -> Path:
    return data_folder() / LOG_NAME


def explain(error: BaseException, path: str | Path | None = None, doing: str = "read") -> str:
    """One sentence saying what failed and where; `path` and `doing` ("read", "write")
    name the file the person chose, when the error itself names a temporary one."""
    if isinstance(error, AnnotatorError):
        return _one_line(str(error))
    if isinstance(error, OSError):
        where = path or error.filename or "a file"
        return f"{where}: cannot {doing} it: {error.strerror or error}"
    if isinstance(error, sqlite3.Error):
        where = f"{path}: " if path else ""
        return f"{where}the project file could not be read or written ({_one_line(str(error))})"
    if isinstance(error, MemoryError):
        return "not enough memory for this operation; close other programs or split the input"
    return (
        f"unexpected error ({type(error).__name__}: {_one_line(str(error))[:300]}); "
        f"details in {record(error)}"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def record(error: BaseException) -> Path:
    """Write the error and its traceback to the log in the data folder; returns the log."""
    path = log_path()
    logger = logging.getLogger("annotator.failures")
    if not logger.handlers:
        try:
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=_LOG_BYTES, backupCount=2, encoding="utf-8"
            )
        except OSError:  # no data folder to write to: the message still names the error
            return path
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    for each in logger.handlers:
        each.flush()
    return path
