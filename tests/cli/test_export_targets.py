"""What an export may write over, through the command line: a regular file we may
write, nothing else; files with the modes the umask gives; a full disk said in one line
with the previous file and the project as they were."""

import errno
import os
import stat
from pathlib import Path

import pytest
from helpers import make_project

from annotator.cli import main


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p.db")


def export(project, output, format_name="csv"):
    return main(
        ["export", "--project", str(project), "--format", format_name, "--output", str(output)]
    )


def one_line_naming(path, capsys):
    error = capsys.readouterr().err.strip()
    assert error and "\n" not in error and "Traceback" not in error, error
    assert str(path) in error, error
    return error


@pytest.fixture
def umask():
    """A umask unlike the usual 022, restored afterwards."""
    before = os.umask(0o027)
    yield 0o027
    os.umask(before)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_a_read_only_file_is_refused_not_replaced(project, tmp_path, capsys):
    target = tmp_path / "kept.csv"
    target.write_text("a colleague's table\n", encoding="utf-8")
    target.chmod(0o444)
    assert export(project, target) == 1
    assert "read-only" in one_line_naming(target, capsys)
    assert target.read_text(encoding="utf-8") == "a colleague's table\n"
    assert mode(target) == 0o444


def test_a_named_pipe_is_refused_and_stays_a_pipe(project, tmp_path, capsys):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert export(project, pipe) == 1
    assert "named pipe" in one_line_naming(pipe, capsys)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@pytest.mark.parametrize("format_name", ["csv", "brat"])
def test_a_read_only_folder_is_said_and_left_empty(project, tmp_path, capsys, format_name):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert export(project, folder / "out", format_name) == 1
        assert "read-only" in one_line_naming(folder / "out", capsys)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_new_files_follow_the_umask(project, tmp_path, umask):
    out, brat = tmp_path / "out.csv", tmp_path / "brat"
    assert export(project, out) == 0
    assert export(project, brat, "brat") == 0
    assert mode(out) == 0o666 & ~umask
    assert mode(brat) == 0o777 & ~umask
    assert {mode(p) for p in brat.iterdir()} == {0o666 & ~umask}


@pytest.mark.parametrize("before", [0o600, 0o664])
def test_a_replaced_file_keeps_its_mode(project, tmp_path, umask, before):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(before)
    assert export(project, target) == 0
    assert target.read_text(encoding="utf-8").startswith("document_uid,")
    assert mode(target) == before


class FullDisk:
    """A file on a disk that fills up after a few bytes: what it cannot take raises
    ENOSPC, as the operating system does."""

    ROOM = 40

    def __init__(self, handle):
        self.handle, self.room = handle, self.ROOM

    def write(self, data):
        if len(data) > self.room:
            self.handle.write(data[: self.room])
            self.room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def project_files(folder):
    """The project and what its write-ahead log holds (an empty log is no change)."""
    log = folder / "p.db-wal"
    return (folder / "p.db").read_bytes(), log.read_bytes() if log.exists() else b""


def others(folder):
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("p.db"))


@pytest.mark.parametrize("format_name", ["csv", "doccano", "brat"])
def test_a_full_disk_is_one_line_and_nothing_changes(
    project, tmp_path, capsys, monkeypatch, format_name
):
    held = project_files(tmp_path)
    target = tmp_path / "out"
    if format_name == "brat":
        target.mkdir()  # an empty folder, as the window asks for
    else:
        target.write_text("the previous export\n", encoding="utf-8")
    before = others(tmp_path)
    real_open = Path.open

    def open_on_a_full_disk(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        return FullDisk(handle) if "w" in mode else handle

    monkeypatch.setattr(Path, "open", open_on_a_full_disk)
    assert export(project, target, format_name) == 1
    monkeypatch.undo()
    error = one_line_naming(target, capsys)
    assert error.endswith("cannot write it: the disk is full; nothing was written"), error
    assert others(tmp_path) == before  # no temporary file left
    if format_name == "brat":
        assert target.is_dir() and list(target.iterdir()) == []
    else:
        assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert project_files(tmp_path) == held
    assert main(["stats", "--project", str(project)]) == 0
