"""The whole team's day through the real window: Alice and Bob annotate apart (each under
the name in their own preferences), Carol merges their files (in both orders), measures
agreement, reviews every kind of disagreement, exports the reviewed corpus; Alice then
corrects a claim and Carol merges her file again."""

import csv
import shutil
import sqlite3

import pytest
from helpers import open_active_window, sentence, suggested_project
from PySide6.QtCore import Qt

from annotator.core.export import export
from annotator.core.merge import merge_projects
from annotator.core.review import review_units
from annotator.core.store import Store
from annotator.gui.preferences import NAME_KEY, settings

X, Y, S2, S3 = (sentence(n) for n in range(4))


def press(qtbot, window, *keys):
    for key in keys:
        qtbot.keyClick(window.article_view, key)


def rows(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def statement_at(window, start, relay=False):
    store = window.session.store
    claims = {s.uid: s for s in store.spans(1)}
    return next(
        s
        for s in store.statements(1)
        if claims[s.claim_uid].start == start and bool(s.relay_of) == relay
    )


def choose(qtbot, window, start, relay=False):
    window.statements_panel.select_statement(statement_at(window, start, relay).uid)
    window.article_view.setFocus()


def mark(qtbot, window, start, end, *keys):
    window.article_view.select_range(start, end)
    press(qtbot, window, Qt.Key.Key_C, *keys)


def type_speaker(qtbot, window, name):
    box = window.properties_panel.speaker
    box.lineEdit().setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), name)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    window.article_view.setFocus()


def work_as(qtbot, monkeypatch, name, project, steps):
    """One annotator's session on their own laptop: their name from their preferences."""
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    settings().setValue(NAME_KEY, name)
    window = open_active_window(qtbot, project)
    assert window.session.annotator == name
    window.article_view.setFocus()
    steps(window)
    window.close()


def alice_works(qtbot, window):
    choose(qtbot, window, X[0])
    press(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_1, Qt.Key.Key_S)  # Russian officials, supports
    choose(qtbot, window, Y[0])
    press(qtbot, window, Qt.Key.Key_X)  # not a claim for her
    mark(qtbot, window, *S2, Qt.Key.Key_1)
    mark(qtbot, window, *S3, Qt.Key.Key_2)
    type_speaker(qtbot, window, "Kremlin")


def bob_works(qtbot, window):
    choose(qtbot, window, X[0])
    press(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_3, Qt.Key.Key_R)  # Russian media, refutes
    choose(qtbot, window, Y[0])
    press(qtbot, window, Qt.Key.Key_A)
    choose(qtbot, window, Y[0], relay=True)
    press(qtbot, window, Qt.Key.Key_A)  # TASS relays Umerov's words
    mark(qtbot, window, *S2, Qt.Key.Key_1)
    mark(qtbot, window, S3[0], S3[1] - 10, Qt.Key.Key_2)  # fewer words
    type_speaker(qtbot, window, "Peskov")


def test_a_team_annotates_merges_reviews_and_exports(qtbot, tmp_path, monkeypatch):
    base = suggested_project(tmp_path / "base.db")
    alice, bob = tmp_path / "alice.db", tmp_path / "bob.db"
    shutil.copy(base, alice)
    shutil.copy(base, bob)
    work_as(qtbot, monkeypatch, "alice", alice, lambda w: alice_works(qtbot, w))
    work_as(qtbot, monkeypatch, "bob", bob, lambda w: bob_works(qtbot, w))
    assert rows(alice, "SELECT DISTINCT annotator FROM statements WHERE annotator != ''") == [
        ("alice",)
    ]
    assert rows(bob, "SELECT DISTINCT annotator FROM statements WHERE annotator != ''") == [
        ("bob",)
    ]

    # Carol merges both files into her project, through the window (a job on a thread).
    monkeypatch.setattr("annotator.gui.actions.team.QMessageBox.information", lambda *a: None)
    team = tmp_path / "team.db"
    Store(team).close()
    monkeypatch.delenv("ANNOTATOR_NAME", raising=False)
    settings().setValue(NAME_KEY, "carol")
    window = open_active_window(qtbot, team)
    window.team.merge_files([str(alice), str(bob)])
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=20_000)
    reverse = tmp_path / "team-reverse.db"
    merge_projects(reverse, [bob, alice])

    def kinds(path):
        with Store(path) as store:
            return [(u.start, u.disagreements, sorted(u.versions)) for u in review_units(store, 1)]

    assert kinds(team) == kinds(reverse)  # the order of the files changes nothing
    assert kinds(team) == [
        (X[0], ["source_category", "stance"], ["alice", "bob"]),
        (Y[0], ["one-sided"], ["alice", "bob"]),  # alice rejected it, bob kept it with a relay
        (S2[0], [], ["alice", "bob"]),
        (S3[0], ["claim", "speaker"], ["alice", "bob"]),
    ]
    # One suggestion per claim, however many files brought it; no untouched duplicates.
    assert rows(team, "SELECT count(*) FROM statements WHERE annotator = ''") == [(0,)]

    shown = []
    monkeypatch.setattr(
        "annotator.gui.actions.team.AgreementDialog.exec", lambda dialog: shown.append(dialog)
    )
    window.team.show_agreement()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    # alice kept X, S2, S3; bob X, Y, S2, S3: 3 matched of 7 (exact: X, S2).
    assert [shown[0].corpus.item(0, c).text() for c in range(4)] == [
        "alice / bob",
        f"{4 / 7:.3f}",
        f"{6 / 7:.3f}",
        "3",
    ]

    # Review: S2 (agreed) merges itself; every other kind is decided by hand.
    qtbot.keyClick(window.article_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    panel = window.review_panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4)
    assert panel.summary.text() == "4 claims: 1 agreed, 3 to decide, 1 settled"
    assert [panel.table.item(r, 1).text() for r in range(4)] == [
        "category, stance",
        "only bob kept it",
        "agreed",
        "the words, speaker",
    ]

    def keep(row, annotator):
        panel.table.setCurrentCell(row, 0)
        panel.choice.setCurrentText(annotator)
        qtbot.mouseClick(panel.keep, Qt.MouseButton.LeftButton)

    keep(0, "bob")
    keep(1, "bob")  # with TASS's relay
    keep(3, "alice")
    assert panel.summary.text() == "4 claims: 1 agreed, 0 to decide, 4 settled"
    monkeypatch.setattr(
        "annotator.gui.actions.team.QMessageBox.question",
        lambda *a: pytest.fail("nothing is left undecided: no question"),
    )
    panel.mark_reviewed.emit()
    assert rows(team, "SELECT status FROM documents") == [("reviewed",)]
    carols = "SELECT DISTINCT action FROM history WHERE annotator = 'carol'"
    history = [action for (action,) in rows(team, carols)]
    assert "Review: keep bob's version" in history and "Review: keep alice's version" in history
    assert "Review: merge 1 agreed claim(s) of alice, bob" in history

    out = tmp_path / "reviewed.csv"
    with Store(team) as store:
        export(store, "csv", out, reviewed_only=True)
    with out.open(newline="", encoding="utf-8") as handle:
        exported = sorted(
            (int(r["start"]), r["speaker"], r["source_category"], r["stance"])
            for r in csv.DictReader(handle)
        )
    assert exported == [
        (X[0], "TASS", "ru_media", "refutes"),
        (Y[0], "Rustem Umerov", "ua_official", "supports"),
        (Y[0], "TASS", "ru_state_media", "reports"),  # the relay is not lost
        (S2[0], "", "ru_official", ""),
        (S3[0], "Kremlin", "ru_state_media", ""),
    ]

    # Alice corrects her stance on X afterwards; Carol merges her new file.
    work_as(qtbot, monkeypatch, "alice", alice, lambda w: _alice_corrects(qtbot, w))
    settings().setValue(NAME_KEY, "carol")
    before = rows(team, "SELECT count(*) FROM statements")
    window.team.merge_files([str(alice)])
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=20_000)
    assert rows(team, "SELECT count(*) FROM statements") == before  # replaced, not added
    assert rows(team, "SELECT status FROM documents") == [("done",)]  # to review again
    qtbot.waitUntil(lambda: "changed since" in panel.table.item(0, 4).text())
    assert panel.table.item(0, 2).text().startswith("Russian officials · Questions")
    assert panel.summary.text() == "4 claims: 1 agreed, 1 to decide, 3 settled"
    window.close()


def _alice_corrects(qtbot, window):
    choose(qtbot, window, X[0])
    press(qtbot, window, Qt.Key.Key_Q)  # questions
