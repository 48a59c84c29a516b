"""Teamwork through the window: name, merge, review, agreement, history."""

import sqlite3

import pytest
from helpers import TEAM_TEXT, make_project, make_team, open_active_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotator.core.merge import merge_projects
from annotator.gui import app, preferences
from annotator.gui.app import create_window
from annotator.gui.dialogs.team import AgreementDialog, HistoryDialog
from annotator.gui.palette import contrast
from annotator.gui.preferences import settings


@pytest.fixture
def team_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_NAME", "carol")
    out = tmp_path / "team.db"
    merge_projects(out, make_team(tmp_path))
    window = open_active_window(qtbot, out)
    yield window
    window.close()


def db(window, sql):
    return sqlite3.connect(window.session.store.path).execute(sql).fetchall()


def test_name_is_asked_once_and_kept(qtbot, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    monkeypatch.setattr(preferences.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    asked = []
    monkeypatch.setattr(
        preferences.QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: (asked.append(1), ("Olena", True))[1]),
    )
    assert app.annotator_name() == "Olena"
    assert app.annotator_name() == "Olena"
    assert asked == [1]
    assert settings().value("annotator/name") == "Olena"


def test_review_a_document(qtbot, team_window, monkeypatch):
    window = team_window
    qtbot.keyClick(window.article_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel = window.review_panel
    assert window.review_dock.isVisible()
    assert panel.annotators == ["alice", "bob"]
    # X: categories differ; Y: rejected by bob, left alone by alice (merged: no claim);
    # Z and W: different words. The agreement merged itself on opening, undoably.
    assert panel.table.rowCount() == 3
    assert panel.summary.text() == "3 claims: 1 agreed, 2 to decide, 1 settled"
    assert [panel.table.item(r, 1).text() for r in range(3)] == [
        "category",
        "agreed: no claim",
        "the words",
    ]
    assert panel.table.item(0, 2).text().startswith("Russian officials · Supports")
    assert panel.table.item(0, 3).text().startswith("Russian media (unspecified) · Supports")
    assert panel.table.item(1, 3).text() == "rejected" and panel.table.item(1, 4).text()
    alice_words, bob_words = (panel.table.item(2, c).text().split("\n")[0] for c in (2, 3))
    assert alice_words != bob_words and alice_words.startswith("« Peskov")  # not a tooltip
    marked = panel.table.item(0, 2)
    assert marked.background().color().name().upper() == "#F4C7C3"
    assert contrast(marked.foreground().color(), marked.background().color()) >= 4.5
    panel.table.setCurrentCell(1, 0)
    assert not panel.keep.isEnabled() and panel.choice.count() == 0  # nobody kept it
    panel.table.setCurrentCell(0, 0)
    assert [panel.choice.itemText(i) for i in range(panel.choice.count())] == ["alice", "bob"]
    panel.choice.setCurrentText("bob")
    qtbot.mouseClick(panel.keep, Qt.MouseButton.LeftButton)
    reviewed = db(
        window,
        "SELECT annotator, source_category, status FROM statements WHERE origin = 'review' "
        "ORDER BY id",
    )
    assert reviewed == [("carol", "", "rejected"), ("carol", "ru_media", "accepted")]
    assert panel.table.item(0, 4).text().startswith("Russian media (unspecified)")
    assert panel.table.currentRow() == 2 and panel.choice.currentText() == "bob"  # next one
    assert db(window, "SELECT count(*) FROM statements WHERE annotator IN ('alice', 'bob')") == [
        (5,)
    ]  # the originals stay
    assert ("Review: keep bob's version",) in db(window, "SELECT action FROM history")
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db(window, "SELECT count(*) FROM statements WHERE origin = 'review'") == [(1,)]
    asked = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(
        "annotator.gui.actions.team.QMessageBox.question",
        lambda _parent, _title, text: (asked.append(text), answer)[1],
    )
    panel.mark_reviewed.emit()
    assert asked == [
        "2 claim(s) of this document are not decided yet; a reviewed export leaves them "
        "out. Mark the document reviewed anyway?"
    ]
    assert db(window, "SELECT status FROM documents") != [("reviewed",)]
    answer = QMessageBox.StandardButton.Yes
    panel.mark_reviewed.emit()
    assert db(window, "SELECT status FROM documents") == [("reviewed",)]


def test_history_and_agreement_dialogs(qtbot, team_window):
    window = team_window
    rows = window.statements_panel.model.rows
    alice = next(r.statement for r in rows if r.statement.annotator == "alice" and r.start == 0)
    window.statements_panel.select_statement(alice.uid)
    store = window.session.store
    dialog = HistoryDialog(store.history(alice.uid) + store.history(alice.claim_uid))
    qtbot.addWidget(dialog)
    whos = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert whos == {"alice", "bob"}  # both edited it before the merge, both are recorded
    changes = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    assert any("source_category: '' → 'ru_official'" in c for c in changes)

    from annotator.core.agreement import agreement

    report = AgreementDialog(agreement(store))
    qtbot.addWidget(report)
    assert [report.corpus.item(0, c).text() for c in range(6)] == [
        "alice / bob",
        "0.500",
        "1.000",
        "2",
        "0.333",
        "1.000",
    ]
    assert "category 0.400" in report.alpha.text()


def test_merge_from_the_menu(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("annotator.gui.actions.team.QMessageBox.information", lambda *args: None)
    alice, bob = make_team(tmp_path)
    project = make_project(tmp_path / "mine.db")
    window = create_window(str(project), [])
    qtbot.addWidget(window)
    window.team.merge_files([str(alice), str(bob)])  # on a thread, with progress
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=20_000)
    titles = [r.title for r in window.documents_panel.model.rows]
    assert "Talks" in titles and len(titles) == 2
    assert TEAM_TEXT in [window.session.store.text(r.id) for r in window.documents_panel.model.rows]
    window.close()


def test_agreement_from_the_menu_runs_as_a_job(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "annotator.gui.actions.team.AgreementDialog.exec", lambda dialog: shown.append(dialog)
    )
    alice, bob = make_team(tmp_path)
    merged = tmp_path / "team.db"
    merge_projects(merged, [alice, bob])
    window = create_window(str(merged), [])
    qtbot.addWidget(window)
    window.team.show_agreement()
    assert shown == []  # not on the window's thread: the job reports when done
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert "0.400" in shown[0].alpha.text()
    window.close()


def test_the_name_is_changed_from_the_edit_menu_for_new_edits(qtbot, tmp_path, monkeypatch):
    """A typo at first start is mended in Edit ▸ Your name as annotator…; edits made
    afterwards carry the new name, earlier ones keep theirs."""
    from annotator.gui.actions import team as team_actions

    monkeypatch.setenv("ANNOTATOR_NAME", "Olna")
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    window.article_view.select_range(0, 5)
    window.actions_.mark_claim.trigger()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    [action] = [a for a in edit_menu.actions() if a.text() == "&Your name as annotator…"]
    monkeypatch.setattr(
        team_actions.QInputDialog, "getText", staticmethod(lambda *a, **k: ("Olena", True))
    )
    action.trigger()
    window.article_view.select_range(6, 12)
    window.actions_.mark_claim.trigger()
    assert db(window, "SELECT annotator FROM spans WHERE kind = 'claim' ORDER BY start") == [
        ("Olna",),
        ("Olena",),
    ]
    assert "Olena" in window.statusBar().currentMessage()
    window.close()


def test_the_rule_shown_is_the_rule_applied():
    from annotator.core.review import AGREEMENT_RULE
    from annotator.gui.panels.review import RULE

    assert RULE == AGREEMENT_RULE
