"""Every failure becomes one sentence for the person; unexpected ones also go to a log.

The command line, the window's jobs and its edits all explain a failure here, so a
full disk, a vanished folder or a bug reads the same everywhere, and the app goes on.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import sqlite3
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import AnnotatorError
from annotator.core.resources import data_folder

LOG_NAME = "annotator.log"
_LOG_BYTES = 1_000_000  # each of the three log files kept


def log_path() -> Path:
    return data_folder() / LOG_NAME


# The operating system's reasons a person meets most, in words we can translate.
REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file or folder",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
}


def _same(text: str) -> str:
    return text


def explain(
    error: BaseException,
    path: str | Path | None = None,
    doing: str = "read",
    words: Callable[[str], str] = _same,
) -> str:
    """One sentence saying what failed and where; `path` and `doing` ("read", "write")
    name the file the person chose, when the error itself names a temporary one.
    `words` puts an English template in the reader's language (the window's)."""
    if isinstance(error, AnnotatorError):
        said = (
            words(error.template).format(**error.params) if error.params else words(error.template)
        )
        return _one_line(f"{error.where}: {said}" if error.where else said)
    if isinstance(error, OSError):
        where = str(path or error.filename or words("a file"))
        known = REASONS.get(error.errno or 0)
        reason = words(known) if known else str(error.strerror or error)
        said = (
            words("cannot write it: {reason}")
            if doing == "write"
            else words("cannot read it: {reason}")
        )
        return f"{where}: " + said.format(reason=reason)
    if isinstance(error, sqlite3.Error):
        where = f"{path}: " if path else ""
        said = words("the project file could not be read or written ({detail})")
        return where + said.format(detail=_one_line(str(error)))
    if isinstance(error, MemoryError):
        return words(
            "not enough memory for this operation; close other programs or split the input"
        )
    said = words("unexpected error ({kind}: {detail}); details in {log}")
    return said.format(
        kind=type(error).__name__, detail=_one_line(str(error))[:300], log=record(error)
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def record(error: BaseException) -> Path:
    """Write the error and its traceback to the log in the data folder; returns the log."""
    path = log_path()
    logger = logging.getLogger("annotator.failures")
    for stale in [h for h in logger.handlers if getattr(h, "baseFilename", None) != str(path)]:
        logger.removeHandler(stale)  # the data folder moved (another HOME): log there now
        stale.close()
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
