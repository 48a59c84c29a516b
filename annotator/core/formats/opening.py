"""Opening a file someone gave us: a regular file, or a clear refusal.

A named pipe is waited on forever, a device read forever, and a socket cannot be
read at all: each is refused by name before it is opened, and checked again on
the open descriptor (opened without blocking), so nothing swapped in between the
check and the open is read either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from annotator.core.errors import InputError

_CHUNK = 2**20
_NOT_WAITING = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def what_it_is(mode: int) -> str | None:
    """Why a file of this mode is not read ("is a socket"), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device"
    if stat.S_ISSOCK(mode):
        return "is a socket"
    if stat.S_ISDIR(mode):
        return "is a folder"
    return "is a special file"


def leads_out(path: Path, folder: Path) -> bool:
    """Whether `path` is a link to a file outside `folder` (what was chosen): a folder
    import, a file named beside others, a brat .ann beside its .txt never follow one."""
    return path.is_symlink() and not path.resolve().is_relative_to(folder.resolve())


KINDS = {  # what_it_is's reasons, each a whole refusal (the window translates it)
    "is a named pipe (FIFO)": "is a named pipe (FIFO), not a regular file",
    "is a device": "is a device, not a regular file",
    "is a socket": "is a socket, not a regular file",
    "is a folder": "is a folder, not a regular file",
    "is a special file": "is a special file, not a regular file",
}


def refuse_unless_regular(path: Path) -> None:
    """InputError naming the file unless it is a regular file (links followed)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(
            "cannot read it ({reason})", path, reason=error.strerror or str(error)
        ) from error
    why = what_it_is(mode)
    if why is not None:
        raise InputError(KINDS[why], path)


def open_regular(path: str | Path) -> BinaryIO:
    """The file open for reading in binary; InputError unless it is a regular file."""
    path = Path(path)
    refuse_unless_regular(path)
    try:
        descriptor = os.open(path, _NOT_WAITING | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise InputError(
            "cannot read it ({reason})", path, reason=error.strerror or str(error)
        ) from error
    why = what_it_is(os.fstat(descriptor).st_mode)
    if why is not None:  # swapped for something else since the check above
        os.close(descriptor)
        raise InputError(KINDS[why], path)
    return os.fdopen(descriptor, "rb")


def read_regular(path: str | Path, limit: int) -> bytes:
    """A regular file's bytes, refused past `limit` bytes (with the size, in MB); memory
    follows what the file holds, not the limit."""
    path = Path(path)
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        chunks: list[bytes] = []
        read = 0
        while read <= limit and size <= limit:  # a file that grows while read counts too
            chunk = handle.read(min(_CHUNK, limit + 1 - read))
            if not chunk:
                break
            chunks.append(chunk)
            read += len(chunk)
    if size > limit or read > limit:
        shown = max(size, read)
        raise InputError(
            "too large to import ({size} MB; the limit is {limit} MB)",
            path,
            size=shown // 2**20,
            limit=limit // 2**20,
        )
    return b"".join(chunks)
