"""Every subcommand, given the paths and options people get wrong: the exit status
(1 for bad input, 2 for bad usage) and one line on stderr, never a traceback."""

import os
from pathlib import Path

import pytest
from helpers import TEXT, make_project

from annotator.cli import main


@pytest.fixture
def places(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    unreadable = tmp_path / "unreadable.txt"
    if os.geteuid() == 0:  # root reads any file: this one fails on reading all the same
        unreadable.symlink_to("/proc/self/mem")
    else:
        unreadable.write_text(TEXT, encoding="utf-8")
        unreadable.chmod(0)
    binary = tmp_path / "binary.db"
    binary.write_bytes(bytes(range(256)) * 64)
    return {
        "P": make_project(tmp_path / "p.db"),
        "MISSING": tmp_path / "missing.db",
        "NOFOLDER": tmp_path / "no" / "such" / "p.db",
        "FOLDER": folder,
        "TEXT": article,
        "UNREADABLE": unreadable,
        "UNWRITABLE": Path("/proc/self/out.csv"),
        "BINARY": binary,
        "OUT": tmp_path / "out.csv",
    }


PROJECT_CASES = ["MISSING", "NOFOLDER", "FOLDER", "TEXT", "UNREADABLE", "BINARY"]
BAD_INPUT = [
    *[("suggest", "--project", p) for p in PROJECT_CASES],
    *[("stats", "--project", p) for p in PROJECT_CASES],
    *[("agreement", "--project", p) for p in PROJECT_CASES],
    *[("export", "--project", p, "--format", "csv", "--output", "OUT") for p in PROJECT_CASES],
    *[("import", "--project", p, "TEXT") for p in ["NOFOLDER", "FOLDER", "TEXT", "BINARY"]],
    *[("import", "--project", "P", f) for f in ["MISSING", "UNREADABLE", "BINARY", "P"]],
    *[
        ("export", "--project", "P", "--format", "csv", "--output", out)
        for out in ["UNWRITABLE", "FOLDER", "NOFOLDER", "P"]
    ],
    ("export", "--project", "P", "--format", "brat", "--output", "TEXT"),
    *[("merge", "--output", "OUT", p) for p in PROJECT_CASES],
    *[("merge", "--output", out, "P") for out in ["UNWRITABLE", "FOLDER", "NOFOLDER", "TEXT"]],
]
BAD_USAGE = [
    ("stats",),
    ("stats", "--project", "P", "--bogus"),
    ("agreement", "--project", "P", "--bogus"),
    ("suggest", "--project", "P", "extra"),
    ("import", "--project", "P"),
    ("export", "--project", "P", "--format", "nonsense", "--output", "OUT"),
    ("export", "--project", "P", "--format", "csv", "--output", "OUT", "--status", "maybe"),
    ("export", "--project", "P", "--format", "csv"),
    ("merge", "--output", "OUT"),
    ("--bogus",),
]


def run(argv, places, capsys):
    code = main([str(places.get(a, a)) for a in argv])
    return code, capsys.readouterr().err.strip()


@pytest.mark.parametrize("argv", BAD_INPUT, ids=" ".join)
def test_bad_input_is_one_line_and_status_1(argv, places, capsys):
    code, error = run(argv, places, capsys)
    assert code == 1, error
    assert error and "\n" not in error and "Traceback" not in error, error
    assert any(str(places[a]) in error for a in argv if a in places), error


@pytest.mark.parametrize("argv", BAD_USAGE, ids=" ".join)
def test_bad_usage_is_one_line_and_status_2(argv, places, capsys):
    code, error = run(argv, places, capsys)
    assert code == 2, error
    assert error.startswith("annotator") and "\n" not in error, error


def test_nothing_was_created_or_changed(places, capsys):
    before = sorted(p.name for p in places["P"].parent.iterdir())
    for argv in BAD_INPUT:
        run(argv, places, capsys)
    after = sorted(p.name for p in places["P"].parent.iterdir())
    assert set(after) - set(before) <= {"p.db-wal", "p.db-shm"}, after
    assert not places["MISSING"].exists()
    assert places["TEXT"].read_text(encoding="utf-8") == TEXT


@pytest.mark.parametrize("project", ["NOFOLDER", "FOLDER", "TEXT", "BINARY"])
def test_the_window_on_a_bad_project_says_why(project, places, capsys, qapp):
    code, error = run((project,), places, capsys)
    assert code == 1 and "\n" not in error and str(places[project]) in error, error


@pytest.mark.parametrize("argv", [("sugest", "--project", "P"), ("exprt",), ("stat",)])
def test_a_mistyped_subcommand_is_wrong_usage_not_a_new_project(
    argv, places, capsys, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    code, error = run(argv, places, capsys)
    assert code == 2 and "\n" not in error, error
    assert f"'{argv[0]}'" in error and "import, suggest, export" in error
    assert not (tmp_path / argv[0]).exists()


def test_export_never_replaces_a_device_a_link_or_another_project(places, capsys, tmp_path):
    other = make_project(tmp_path / "other.db")
    before = other.read_bytes()
    link = tmp_path / "link.csv"
    link.symlink_to(places["TEXT"])
    for output in (other, link, Path("/dev/null")):
        code, error = run(
            ("export", "--project", "P", "--format", "csv", "--output", output), places, capsys
        )
        assert code == 1 and str(output) in error, error
    assert other.read_bytes() == before and link.is_symlink()
    assert Path("/dev/null").is_char_device()


def test_export_files_get_the_usual_permissions(places, capsys, tmp_path):
    out = tmp_path / "out.csv"
    brat = tmp_path / "brat"
    run(("export", "--project", "P", "--format", "csv", "--output", out), places, capsys)
    run(("export", "--project", "P", "--format", "brat", "--output", brat), places, capsys)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert brat.stat().st_mode & 0o777 == 0o777 & ~umask


def test_an_empty_path_is_not_the_current_folder(places, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(places["FOLDER"])
    (places["FOLDER"] / "a.txt").write_text(TEXT, encoding="utf-8")
    code, error = run(("import", "--project", "P", ""), places, capsys)
    assert code == 1 and "no such file" in error


def test_a_named_pipe_is_refused_not_waited_on(places, capsys, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, error = run(("import", "--project", "P", fifo), places, capsys)
    assert code == 1 and f"{fifo}: is a named pipe (FIFO), not a regular file" in error


@pytest.mark.parametrize("lang", ["klingon", "../../etc", "FR1", "zz"])
def test_a_language_that_is_no_code_is_wrong_usage(lang, places, capsys):
    code, error = run(("import", "--project", "P", "--lang", lang, "TEXT"), places, capsys)
    assert code == 2 and "--lang" in error


def test_messages_stay_on_one_line_and_name_the_project(places, capsys, tmp_path):
    import sqlite3

    damaged = make_project(tmp_path / "damaged.db")
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : 4096 * 3 + 3000] = b"\xff" * 3000
    damaged.write_bytes(bytes(data))
    code, error = run(("stats", "--project", damaged), places, capsys)
    assert code == 1 and "\n" not in error and str(damaged) in error
    locker = sqlite3.connect(places["P"], isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        from annotator.core import store

        original, store.BUSY_SECONDS = store.BUSY_SECONDS, 0.2
        code, error = run(("import", "--project", "P", "TEXT"), places, capsys)
    finally:
        store.BUSY_SECONDS = original
        locker.execute("ROLLBACK")
    assert code == 1 and str(places["P"]) in error and "locked" in error, error


def test_output_into_a_closed_pipe_is_no_project_error(places):
    """Reported: `annotator stats --project p.db | head -3` printed "p.db: cannot read
    it: Broken pipe", as if the project file were unreadable. A reader that went away
    is not ours to report: nothing on stderr, the status a pipe's writer gets (141)."""
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "stats", "--project", str(places["P"])],
        stdout=write, stderr=subprocess.PIPE, text=True, timeout=120,
    )  # fmt: skip
    os.close(write)
    assert (done.returncode, done.stderr) == (141, "")
