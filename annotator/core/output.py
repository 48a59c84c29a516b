"""Where an export writes: a new file (or folder) beside the target, renamed over it at
the end, so that a failed export leaves the previous one as it was; and what an export
must not replace.

The new file is created as any program's would be (the umask decides its mode); a file
it replaces keeps its own mode.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import AnnotatorError

KINDS = {  # what a target that is no file is, said whole (the window translates it)
    stat.S_IFIFO: "is a named pipe, not a file; export to a file",
    stat.S_IFCHR: "is a device, not a file; export to a file",
    stat.S_IFBLK: "is a device, not a file; export to a file",
    stat.S_IFSOCK: "is a socket, not a file; export to a file",
}
FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))  # a disk, a quota


def check_target(output: Path, makes_folder: bool) -> None:
    """Refuse, before anything is written, a target an export must not replace (a link,
    a pipe, a device, a read-only file, a project) or cannot write beside."""
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise AnnotatorError("its folder does not exist", output)
    if not _writable(folder):
        raise AnnotatorError("cannot write it: its folder is read-only", output)
    try:
        found = output.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISLNK(found.st_mode):
        raise AnnotatorError("is a link; export to the file itself or to a new name", output)
    refusal = KINDS.get(stat.S_IFMT(found.st_mode))
    if refusal:
        raise AnnotatorError(refusal, output)
    if stat.S_ISDIR(found.st_mode) and not makes_folder:
        raise AnnotatorError("is a folder; give a file name to export to", output)
    if makes_folder and (not stat.S_ISDIR(found.st_mode) or any(output.iterdir())):
        raise AnnotatorError(
            "exists and is not an empty folder; this export makes a folder of its own", output
        )
    if not _writable(output):
        raise AnnotatorError(
            "is read-only for you; export to another name, or make it writable", output
        )
    if stat.S_ISREG(found.st_mode) and _header(output) == b"SQLite format 3\x00":
        raise AnnotatorError("is a database (a project?); export to another name", output)


def _header(output: Path) -> bytes:
    try:
        with output.open("rb") as handle:  # not our project (checked before): safe to read
            return handle.read(16)
    except OSError as error:
        raise AnnotatorError(
            "cannot read it to check it is no project ({reason})",
            output,
            reason=error.strerror or error,
        ) from error


def _writable(path: Path) -> bool:
    """Whether we may write to it: by the system's check, and by its permission bits,
    which the system lets root ignore (a file someone made read-only stays so)."""
    return bool(path.stat().st_mode & 0o222) and os.access(path, os.W_OK)


def write_file(write: Callable[[Path], int], output: Path) -> int:
    """Call `write` on a new file beside `output`, then put that file in its place."""
    temporary = _beside(output, lambda path: os.close(os.open(path, _NEW_FILE, 0o666)))
    try:
        count = write(temporary)
        _keep_mode(output, temporary)
        os.replace(temporary, output)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(error, output) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def write_folder(write: Callable[[Path], int], output: Path) -> int:
    """Call `write` on a new folder beside `output`, then put that folder in its place
    (where an empty folder may stand)."""
    temporary = _beside(output, lambda path: path.mkdir(0o777))
    try:
        count = write(temporary)
        _keep_mode(output, temporary)
        if output.exists():
            output.rmdir()
        os.replace(temporary, output)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise _cannot_write(error, output) from error
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return count


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL  # never an existing file, nor a link


def _beside(output: Path, create: Callable[[Path], object]) -> Path:
    """A hidden new name in the target's folder, created by `create` (a file or a folder
    with the umask's mode, unlike tempfile's private ones)."""
    for _attempt in range(100):
        path = output.parent / f".{output.name}.{secrets.token_hex(4)}.partial"
        try:
            create(path)
        except FileExistsError:
            continue
        except OSError as error:
            raise _cannot_write(error, output) from error
        return path
    raise AnnotatorError("cannot write it: no free temporary name beside it", output)


def _keep_mode(output: Path, temporary: Path) -> None:
    if output.exists():
        temporary.chmod(stat.S_IMODE(output.stat().st_mode))


def _cannot_write(error: OSError, output: Path) -> AnnotatorError:
    if error.errno in FULL:
        return AnnotatorError("cannot write it: the disk is full; nothing was written", output)
    return AnnotatorError("cannot write it: {reason}", output, reason=error.strerror or error)
