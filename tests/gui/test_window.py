"""The real window on the seed article: entities from spaCy, kept in the project file."""

import multiprocessing
import socket
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.cli import main
from annotator.core.project import default_project_path
from annotator.gui.app import create_window

LOC_COLOR = "#009E73"
PER_COLOR = "#E69F00"


def open_window(qtbot, project=None, files=()):
    window = create_window(str(project) if project else None, list(files))
    qtbot.addWidget(window)
    return window


def color_at(window, offset):
    return window.article_view.format_at(offset).background().color().name().upper()


def test_first_start_shows_the_seed_then_its_entities(qtbot, seed_text, monkeypatch):
    attempts = []
    for owner, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
    ):
        monkeypatch.setattr(owner, name, lambda *a, **k: attempts.append(a))
    window = open_window(qtbot)
    assert default_project_path().exists()
    # The text is there at once; the model loads in another process meanwhile.
    assert window.article_view.toPlainText() == seed_text
    assert "Loading the French language model" in window.model_status.text() or (
        window.session.worker.pending() == 0
    )
    istanbul = seed_text.index("Istanbul")
    located = "entity:LOC:suggested"
    qtbot.waitUntil(lambda: located in window.article_view.keys_at(istanbul), timeout=120_000)
    assert color_at(window, istanbul) == LOC_COLOR
    medinskiy = seed_text.index("Vladimir Medinskiy")
    assert color_at(window, medinskiy + 9) == PER_COLOR
    assert "fr_core_news_sm" in window.model_status.text()
    # Claims and their sources, suggested, listed and coloured by source category.
    rows = {
        (r.statement.speaker, r.statement.source_category, r.statement.stance)
        for r in window.statements_panel.model.rows
    }
    assert {
        ("Russian media", "ru_media", ""),
        ("Vladimir Medinsky", "ru_official", ""),
        ("TASS", "ru_state_media", "reports"),
        ("Russian state agencies", "ru_state_media", ""),
    } <= rows
    reported = seed_text.index("les chefs des délégations")  # what the Russian media say
    assert color_at(window, reported) == "#867E6B"  # ru_media
    # The words that report it are marked too: "indiqué" (Medinskiy, qui a indiqué que …)
    said = seed_text.index("indiqué")
    painted = window.article_view.format_at(said)
    assert painted.underlineStyle() == painted.UnderlineStyle.DotLine
    assert painted.underlineColor().name().upper() == "#767676"
    assert "Cue" in window.article_view.keys_at(said)[0].title()
    window.close()
    assert multiprocessing.active_children() == []
    assert attempts == []  # the window opened no connection (the worker forbids its own)

    rows = sqlite3.connect(default_project_path()).execute(
        "SELECT start, [end], label, status, origin FROM spans WHERE label = 'LOC'"
    )
    assert (istanbul, istanbul + 8, "LOC", "suggested", "model") in set(rows)


def test_reopening_shows_the_same_spans_without_spacy(qtbot, tmp_path, seed_text, seed_path):
    project = tmp_path / "p.db"
    assert main(["import", "--project", str(project), str(seed_path)]) == 0
    assert main(["suggest", "--project", str(project)]) == 0
    window = open_window(qtbot, project)
    istanbul = seed_text.index("Istanbul")
    assert color_at(window, istanbul) == LOC_COLOR
    qtbot.wait(300)  # the assistance would have started by now
    assert multiprocessing.active_children() == []
    assert window.model_status.text() == "Pipeline: fr_core_news_sm-3.8.0"  # nothing loading


def test_main_opens_a_named_project_and_imports_files(qtbot, tmp_path, seed_path):
    project = tmp_path / "named.db"

    def close_all():
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

    QTimer.singleShot(500, close_all)
    assert main([str(project), str(seed_path)]) == 0
    titles = [r[0] for r in sqlite3.connect(project).execute("SELECT title FROM documents")]
    assert len(titles) == 1 and titles[0].startswith("Avant le début")
    assert multiprocessing.active_children() == []


def test_the_worker_importing_main_again_starts_no_app():
    """A spawned worker imports `annotator.__main__` again as `__mp_main__` (as with
    `python -m annotator`): that import must not start a second app."""
    import subprocess
    import sys

    probe = (
        "import runpy, sys\n"
        "runpy.run_module('annotator', run_name='__mp_main__')\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"  # no window code was even imported
