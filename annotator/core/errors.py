"""Our own exceptions: each says what is wrong and where (file and line)."""

from __future__ import annotations

from pathlib import Path


class AnnotatorError(Exception):
    """A user-facing error: printed as one line, never as a traceback.

    `message` is plain English, a template when `params` are given ("has {count:,}
    members"): the window words the template in its language, then fills it in."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        **params: object,
    ):
        self.template = message
        self.params = params
        self.message = message.format(**params) if params else message
        super().__init__(self.message)
        self.path = str(path) if path is not None else None
        self.line = line

    @property
    def where(self) -> str:
        """The file (and line) it is about, or ""."""
        if self.path and self.line is not None:
            return f"{self.path}:{self.line}"
        return self.path or ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(AnnotatorError):
    """A file the user gave us cannot be read as what it claims to be."""


class ProjectError(AnnotatorError):
    """The project file is missing, corrupt, foreign, or from a newer version."""


class ModelError(AnnotatorError):
    """A language pipeline cannot be loaded or run."""


class EditError(AnnotatorError):
    """An edit that cannot be made: its span or statement is gone, its bounds are wrong."""
