"""The window's export says why it will not write over a file, or cannot write at all,
in one sentence naming the file, and the window goes on (the core is the command
line's: tests/cli/test_export_targets.py)."""

import errno
import os

from helpers import make_project, open_active_window


def test_read_only_target_and_full_disk_are_said(qtbot, tmp_path, warnings, monkeypatch):
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    kept = tmp_path / "kept.csv"
    kept.write_text("a colleague's table\n", encoding="utf-8")
    kept.chmod(0o444)
    window.corpus.run_export("csv", str(kept), None, None)
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=30_000)

    def full(path, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("annotator.core.formats.csvfile.csv.writer", full)
    window.corpus.run_export("csv", str(tmp_path / "new.csv"), None, None)
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=30_000)
    assert warnings == [
        f"{kept}: is read-only for you; export to another name, or make it writable",
        f"{tmp_path / 'new.csv'}: cannot write it: the disk is full; nothing was written",
    ]
    assert kept.read_text(encoding="utf-8") == "a colleague's table\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["kept.csv"]
    window.close()
