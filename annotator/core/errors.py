"""Our own exceptions: each says what is wrong and where (file and line)."""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """A user-facing error: printed as one line, never as a traceback."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(AnnotatorError):
    """A file the user gave us cannot be read as what it claims to be."""


class ProjectError(AnnotatorError):
    """The project file is missing, corrupt, foreign, or from a newer version."""


class ModelError(AnnotatorError):
    """A language pipeline cannot be loaded or run."""


class EditError(AnnotatorError):
    """An edit that cannot be made: its span or statement is gone, its bounds are wrong."""
