"""The window with other programs on its project file, a language worker that dies,
and jobs that fail: nothing acknowledged is lost, every failure is said, and the
window goes on."""

import os
import signal
import subprocess
import sys

from helpers import SECOND, TEXT, make_project, open_active_window
from PySide6.QtCore import Qt

from annotator.core.claims import ClaimSuggestion
from annotator.core.model import Document
from annotator.core.store import Store
from annotator.gui.panels.documents import COLUMNS

NEWS = "KYIV — Officials said on Monday that the talks would resume in Istanbul.\n\n"
POISON = "MOSCOW — Nothing here is special, but this worker dies on it. " * 6000


def wait_for_job(qtbot, window):
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=30_000)


def outside_readers(project):
    """What people run beside the window: the command line, sqlite3, a backup."""
    for command in (
        [sys.executable, "-m", "annotator", "stats", "--project", str(project)],
        [
            sys.executable,
            "-c",
            f"import sqlite3; sqlite3.connect({str(project)!r}).execute("
            "'SELECT count(*) FROM statements').fetchone()",
        ],
        [
            sys.executable,
            "-c",
            f"import sqlite3; sqlite3.connect({str(project)!r}).backup("
            f"sqlite3.connect({str(project) + '.bak'!r}))",
        ],
    ):
        subprocess.run(command, check=True, capture_output=True)


def statuses_seen_from_outside(project):
    check = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "print(c.execute('PRAGMA integrity_check').fetchone()[0]); "
        "print(sorted(r[0] for r in c.execute('SELECT status FROM statements')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check, str(project)], capture_output=True, text=True, check=True
    )
    return result.stdout.split("\n", 1)


def test_outside_readers_while_the_window_imports_accepts_and_exports(
    qtbot, tmp_path, warnings, monkeypatch
):
    claims = [ClaimSuggestion(0, 66, ("according:selon",)), ClaimSuggestion(68, 142, ("cue",))]
    project = make_project(tmp_path / "p.db", claims=claims)
    article = tmp_path / "article.txt"
    article.write_text(SECOND, encoding="utf-8")
    monkeypatch.setattr("annotator.gui.session.Session.start_assistance", lambda self: None)
    window = open_active_window(qtbot, project)
    window.corpus.run_import([str(article)])  # a second handle, opened and closed
    wait_for_job(qtbot, window)
    outside_readers(project)
    window.session.open_document(1)
    qtbot.keyClick(
        window.article_view,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [r.statement.status for r in window.statements_panel.model.rows] == ["accepted"] * 2
    window.corpus.run_export("csv", str(tmp_path / "out.csv"), None, None)
    wait_for_job(qtbot, window)
    assert warnings == []
    assert "exported" in window.statusBar().currentMessage()
    outside_readers(project)
    integrity, statuses = statuses_seen_from_outside(project)
    assert integrity == "ok" and statuses.strip() == "['accepted', 'accepted']"
    window.close()
    with Store(project) as store:
        assert [s.status for s in store.statements(1)] == ["accepted", "accepted"]
        assert len(store.documents()) == 2


def test_a_worker_killed_on_a_document_is_survived(qtbot, tmp_path):
    project = tmp_path / "p.db"
    with Store(project) as store:
        for title, text in (("before", NEWS), ("poison", POISON), ("after", NEWS * 3)):
            store.add_document(Document(text=text, title=title, lang="en"))
    window = open_active_window(qtbot, project)
    worker = window.session.worker

    def kill_on_poison(document_id):
        if document_id == 2 and worker.language_worker.pid:
            os.kill(worker.language_worker.pid, signal.SIGSEGV)

    worker.started.connect(kill_on_poison)
    window.session.start_assistance()
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=120_000)
    qtbot.waitUntil(lambda: len(window.documents_panel.model.rows) == 3)
    qtbot.wait(100)  # the last signals reach the tables
    rows = {r.title: r for r in window.documents_panel.model.rows}
    assert rows["poison"].suggestion_error == (
        "the language worker stopped on it (killed by SIGSEGV)"
    )
    model = window.documents_panel.model
    shown = model.data(model.index(1, COLUMNS.index("Status")))
    assert "suggestions failed: the language worker stopped on it (killed by SIGSEGV)" in shown
    assert model.data(model.index(1, COLUMNS.index("Pipeline"))) == "—"
    assert model.data(model.index(0, COLUMNS.index("Pipeline"))) == "blank:en"
    assert window.model_status.text() == "Pipeline: blank:en"  # of "before", on screen
    assert not model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole).isNull()
    assert "suggestions failed" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert rows["after"].suggested + rows["before"].suggested >= 2
    assert worker.language_worker.restarts >= 1
    window.close()
    with Store(project) as store:
        assert {d.title for d in store.documents() if d.suggested_by} == {"before", "after"}


def test_export_to_an_unwritable_place_is_said_and_the_dialog_closes(qtbot, tmp_path, warnings):
    window = open_active_window(qtbot, make_project(tmp_path / "p.db", texts=(TEXT, SECOND)))
    window.corpus.run_export("csv", "/proc/self/out.csv", None, None)
    wait_for_job(qtbot, window)
    assert len(warnings) == 1 and warnings[0].startswith("/proc/self/out.csv: cannot write it: ")
    assert not window.corpus._dialog.isVisible()
    window.close()


def test_an_unexpected_error_is_logged_and_said(qtbot, tmp_path, warnings, monkeypatch):
    from annotator.core.failures import log_path

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in an exporter")

    monkeypatch.setattr("annotator.gui.jobs.export", broken)
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    window.corpus.run_export("csv", str(tmp_path / "out.csv"), None, None)
    wait_for_job(qtbot, window)
    assert warnings == [
        f"unexpected error (RuntimeError: a bug in an exporter); details in {log_path()}"
    ]
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in an exporter" in logged
    window.close()


def test_the_document_on_screen_is_suggested_first(qtbot, tmp_path):
    project = tmp_path / "p.db"
    with Store(project) as store:
        for n in range(1, 41):
            store.add_document(Document(text=f"Report {n}. " + NEWS, title=f"d{n}", lang="en"))
    window = open_active_window(qtbot, project)
    order = []
    window.session.worker.suggested.connect(lambda document_id, *_: order.append(document_id))
    window.session.open_document(40)  # while the first ones are being suggested
    qtbot.waitUntil(lambda: len(order) == 40, timeout=120_000)
    assert order.index(40) < order.index(33)
    window.close()


def test_a_project_the_assistance_cannot_read_marks_no_document(qtbot, tmp_path, monkeypatch):
    from annotator.core.errors import ProjectError

    def unreadable(path, read_only=False):
        raise ProjectError("cannot be opened (disk I/O error)", path)

    project = tmp_path / "p.db"
    with Store(project) as store:
        store.add_document(Document(text=NEWS, title="news", lang="en"))
    monkeypatch.setattr("annotator.gui.workers.Store", unreadable)  # the pump's own handle
    window = open_active_window(qtbot, project)
    qtbot.waitUntil(lambda: "Suggestions stopped" in window.statusBar().currentMessage())
    assert "disk I/O error" in window.statusBar().currentMessage()
    assert window.session.store.documents()[0].suggestion_error is None  # retried later
    window.close()
