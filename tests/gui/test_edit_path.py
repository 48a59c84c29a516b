"""The one edit path in the real window: a key press patches what it touched (no
reload), undo leaves another program's later edit alone, and typing a note is one
undo step."""

import subprocess
import sys
from dataclasses import replace

import pytest
from helpers import make_project, open_active_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy

RU_OFFICIAL = "#EF6B41"


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("annotator.gui.session.Session.start_assistance", lambda self: None)
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    window.article_view.setFocus()
    yield window
    window.close()


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.article_view, key, modifiers)


def color_at(window, offset):
    return window.article_view.format_at(offset).background().color().name().upper()


def test_an_edit_patches_rows_and_never_reloads(qtbot, window):
    model = window.statements_panel.model
    resets, inserts, changes = (
        QSignalSpy(model.modelReset),
        QSignalSpy(model.rowsInserted),
        QSignalSpy(model.dataChanged),
    )
    reloads = []
    window.presenter.view.show_article = lambda *a: reloads.append(a)  # a reload would call it
    window.article_view.select_range(0, 10)
    press(qtbot, window, Qt.Key.Key_C)  # mark a claim
    press(qtbot, window, Qt.Key.Key_1)  # first source category: Russian officials
    assert (resets.count(), inserts.count()) == (0, 1) and changes.count() >= 1
    assert color_at(window, 5) != "#000000" and window.article_view.keys_at(5) == [
        "claim:ru_official:accepted"
    ]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.keys_at(5) == [] and model.rows == []
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.keys_at(5) == ["claim::accepted"] and len(model.rows) == 1
    assert reloads == [] and resets.count() == 0


def test_undo_in_the_window_leaves_another_programs_edit(qtbot, window):
    window.article_view.select_range(0, 10)
    press(qtbot, window, Qt.Key.Key_C)
    uid = window.statements_panel.current_uid()
    window.properties_panel.field_edited.emit(uid, "stance", "supports")
    window.properties_panel.field_edited.emit(uid, "note", "checked against TASS")
    script = (
        "import sys; from annotator.core import editing; from annotator.core.store import Store; "
        "s = Store(sys.argv[1]); editing.update_statement(s, sys.argv[2], 'bob', stance='refutes')"
    )
    subprocess.run([sys.executable, "-c", script, str(window.session.store.path), uid], check=True)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the note
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the stance
    statement = window.session.store.statement(uid)
    assert (statement.note, statement.stance) == ("", "refutes")
    assert "changed since by bob" in window.statusBar().currentMessage()


def test_typing_a_note_is_one_undo_step(qtbot, window):
    window.article_view.select_range(0, 10)
    press(qtbot, window, Qt.Key.Key_C)
    uid = window.statements_panel.current_uid()
    steps = window.session.undo_stack.count()
    for typed in ("a", "an", "and pauses"):  # each pause in typing saves the note
        window.properties_panel.field_edited.emit(uid, "note", typed)
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.store.statement(uid).note == "and pauses"
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.statement(uid).note == ""
    assert window.session.store.statement(uid) is not None  # the claim itself stays


def test_guidelines_edit_is_undoable(qtbot, window):
    panel = window.guidelines_panel
    before = window.session.store.setting("guidelines")
    panel.start_editing()
    panel.editor.setPlainText("# Our rules\n\nQuote the speaker.")
    panel.save()
    assert window.session.store.setting("guidelines").startswith("# Our rules")
    window.session.undo_stack.undo()
    assert window.session.store.setting("guidelines") == before
    assert "Our rules" not in panel.reader.toPlainText()


@pytest.mark.parametrize("column", range(6))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
@pytest.mark.parametrize("kept", [("", ""), ("", "accepted"), ("peskov", ""), ("b", "rejected")])
def test_statement_rows_stay_in_order_as_edits_patch_them(qtbot, column, order, kept):
    """Rows are found by bisecting the table's order; inserting, moving (a claim's
    bounds or a status changed) and removing keep that order whatever the sort, and
    with a filter the table shows exactly the statements that pass it (an edit can
    take a row out of it or bring one in), every statement kept for when it clears."""
    import random

    from annotator.core.model import Statement
    from annotator.gui.panels.statements import StatementRow, StatementsPanel

    panel = StatementsPanel()
    qtbot.addWidget(panel)
    model = panel.model
    rng = random.Random(column)

    def row(n: int) -> StatementRow:
        statement = Statement(
            f"c{n % 7}", speaker=rng.choice(["Peskov", "umerov", "Zelensky", ""]),
            stance=rng.choice(["supports", "refutes", ""]), status=rng.choice(
                ["suggested", "accepted", "rejected"]))  # fmt: skip
        start = rng.randrange(50)
        return StatementRow(statement, start, start + rng.randrange(1, 9),
                            rng.choice(["a", "B", "c"]), rng.choice(["RU", "ua", ""]))  # fmt: skip

    panel.table.sortByColumn(column, order)
    everyone = {r.statement.uid: r for r in (row(n) for n in range(40))}
    model.set_rows(list(everyone.values()))
    panel.filter_edit.setText(kept[0])
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(kept[1]))

    def passes(r: StatementRow) -> bool:
        words = " ".join(r.cells).casefold()
        return kept[0] in words and kept[1] in ("", str(r.statement.status))

    for step in range(200):
        uids = [r.statement.uid for r in model.rows]
        if step % 3 == 0 and uids:
            gone = rng.choice(uids)
            model.remove_uids([gone])
            del everyone[gone]
        elif step % 3 == 1:  # the same statement with other values: it may move, or go
            old = rng.choice(list(everyone.values()))
            new = row(step)
            changed = StatementRow(replace(new.statement, uid=old.statement.uid), new.start,
                                   new.end, new.claim_text, new.category_name)  # fmt: skip
            model.put_rows([changed])
            everyone[old.statement.uid] = changed
        else:
            added = row(step)
            model.put_rows([added])
            everyone[added.statement.uid] = added
        keys = [model._key(r) for r in model.rows]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert {r.statement.uid for r in model.rows} == {
            uid for uid, r in everyone.items() if passes(r)
        }
        for index, shown in enumerate(model.rows):
            assert model.row_of(shown.statement.uid) == index
        assert all(model.holds(uid) for uid in everyone)
    assert model.row_of("not a statement") == -1
    panel.filter_edit.clear()
    panel.status_filter.setCurrentIndex(0)
    assert {r.statement.uid for r in model.rows} == set(everyone)


def entity_project(tmp_path, monkeypatch, names):
    """A project of helpers.TEXT with these words suggested as entities (no spaCy)."""
    from helpers import TEXT

    from annotator.core.model import Document, Span, SpanKind
    from annotator.core.store import Store

    monkeypatch.setattr("annotator.gui.session.Session.start_assistance", lambda self: None)
    project = tmp_path / "p.db"
    with Store(project) as store:
        store.add_document(Document(text=TEXT, title="t", lang="fr"))
        spans = [Span(TEXT.index(n), TEXT.index(n) + len(n), label, kind=SpanKind.ENTITY)
                 for n, label in names]  # fmt: skip
        store.save_suggestions(1, spans, [], "test")
    return project


def test_an_entity_deleted_and_brought_back_leaves_the_counts_and_the_colours_right(
    qtbot, tmp_path, monkeypatch
):
    """Entities are counted, not read, when a document opens: deleting one (Shift+Del)
    and undoing it must still move the legend's count and the paint."""
    from helpers import TEXT

    project = entity_project(tmp_path, monkeypatch, [("TASS", "ORG"), ("Medinskiy", "PER")])
    window = open_active_window(qtbot, project)
    view, legend = window.article_view, window.legend_panel

    def counted(code: str) -> str:
        texts = [legend.item(i).text() for i in range(legend.count())]
        return next(t for t in texts if f"({code})" in t).rsplit(" ", 1)[1]

    medinskiy = TEXT.index("Medinskiy") + 2
    assert (counted("PER"), counted("ORG")) == ("1", "1")
    assert view.keys_at(medinskiy) == ["entity:PER:suggested"]
    assert window.properties_panel.speaker.names() == ["Medinskiy", "TASS"]
    view.setFocus()
    view.select_range(medinskiy, medinskiy)
    press(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert (counted("PER"), counted("ORG")) == ("0", "1")
    assert view.keys_at(medinskiy) == []
    assert window.properties_panel.speaker.names() == ["TASS"]
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (counted("PER"), counted("ORG")) == ("1", "1")
    assert view.keys_at(medinskiy) == ["entity:PER:suggested"]
    view.select_range(0, 20)
    press(qtbot, window, Qt.Key.Key_C)  # a statement to give a speaker to
    speaker = window.properties_panel.speaker
    assert speaker.count() == 1  # filled when last used, before the undo
    speaker.setFocus()  # as a person clicks into it: the names are found again
    qtbot.waitUntil(lambda: speaker.count() == 2)
    window.close()


def test_entities_are_accepted_and_rejected_with_keys_and_accept_all(qtbot, tmp_path, monkeypatch):
    """Shift+A accepts the entity under the cursor, Shift+X rejects it (no longer
    painted, no longer counted); Ctrl+Shift+A accepts the rest; rows in the project
    file say so."""
    import sqlite3

    from helpers import TEXT

    names = [("TASS", "ORG"), ("Medinskiy", "PER"), ("ukrainien", "MISC")]
    project = entity_project(tmp_path, monkeypatch, names)
    window = open_active_window(qtbot, project)
    view = window.article_view

    def statuses():
        rows = sqlite3.connect(project).execute("SELECT label, status FROM spans ORDER BY start")
        return dict(rows)

    view.setFocus()
    view.select_range(TEXT.index("Medinskiy") + 2, TEXT.index("Medinskiy") + 2)
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert statuses() == {"ORG": "suggested", "PER": "accepted", "MISC": "suggested"}
    assert view.keys_at(TEXT.index("Medinskiy") + 2) == ["entity:PER:accepted"]
    view.select_range(TEXT.index("TASS") + 1, TEXT.index("TASS") + 1)
    press(qtbot, window, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    assert statuses()["ORG"] == "rejected" and view.keys_at(TEXT.index("TASS") + 1) == []
    press(qtbot, window, Qt.Key.Key_A,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert statuses() == {"ORG": "rejected", "PER": "accepted", "MISC": "accepted"}
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert statuses()["MISC"] == "suggested"
    window.close()


def test_the_first_key_press_does_not_build_the_gazetteer(qtbot, window, monkeypatch):
    """Whether an accepted speaker is known is asked of the gazetteer, built once per
    taxonomy (20 ms): while the window is idle after opening, not at the first key."""
    from annotator.gui import presenter

    qtbot.wait(20)  # idle
    built = []
    monkeypatch.setattr(presenter, "gazetteer_for", lambda *a, **k: built.append(a))
    window.article_view.select_range(0, 10)
    press(qtbot, window, Qt.Key.Key_C)
    press(qtbot, window, Qt.Key.Key_A)
    assert built == []
    assert window.session.store.statement(window.statements_panel.current_uid()) is not None
