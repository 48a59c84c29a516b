"""The taxonomy and gazetteer dialog, and the shortcut help."""

import sqlite3

from helpers import TEXT, make_project
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.app import create_window
from annotator.gui.dialogs.help import HelpDialog
from annotator.gui.dialogs.taxonomy import TaxonomyDialog


def open_window(qtbot, tmp_path):
    window = create_window(str(make_project(tmp_path / "p.db")), [])
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def test_taxonomy_edits_reach_the_project_the_keys_and_the_colours(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path)
    window.article_view.select_range(0, 20)
    window.actions_.mark_claim.trigger()

    def edit_and_accept(dialog):  # what a person does in the dialog, then OK
        sources = dialog.tables["source"]
        assert sources.values()[0][:4] == ["ru_official", "Russian officials", "#EF6B41", "1"]
        sources._set_row(0, ["ru_official", "Officiels russes", "#112233", "1", ""])
        sources.append(["kremlin_pool", "Kremlin pool", "#445566", "G", "pool reporters"])
        sources.table.setCurrentCell(sources.table.rowCount() - 1, 0)
        sources._move(-1)  # reorder: one up
        dialog.tables["gazetteer"].append(["Ushakov aide", "Yuri Ushakov", "ru_official"])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TaxonomyDialog, "exec", edit_and_accept)
    window.edit_taxonomy()

    rows = (
        sqlite3.connect(window.session.store.path)
        .execute(
            "SELECT code, name, color, shortcut, position FROM taxonomy WHERE kind = 'source' "
            "ORDER BY position"
        )
        .fetchall()
    )
    assert rows[0] == ("ru_official", "Officiels russes", "#112233", "1", 0)
    assert rows[-2] == ("kremlin_pool", "Kremlin pool", "#445566", "G", len(rows) - 2)
    assert ("Ushakov aide", "ru_official", "Yuri Ushakov") in [
        (e.pattern, e.category, e.speaker) for e in window.session.store.gazetteer()
    ]

    window.activateWindow()  # as after a real dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_1)
    fmt = window.article_view.format_at(5)
    assert fmt.background().color().name().upper() == "#112233"
    qtbot.keyClick(window.article_view, Qt.Key.Key_G)  # the new category's own shortcut
    assert window.statements_panel.model.rows[0].statement.source_category == "kremlin_pool"
    window.close()


def test_taxonomy_dialog_refuses_duplicate_codes(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path)
    dialog = TaxonomyDialog(window.session.store, window, window.actions_.fixed_keys())
    dialog.tables["stance"].append(["supports", "Again", "#000000", "", ""])
    assert dialog.problems() == ["stance: codes must be different"]
    dialog.tables["rating"].append(["dubious", "Dubious", "#000000", "c", ""])
    assert dialog.problems()[1] == "rating: c is already the key for “Mark selection as claim”"
    ratings = dialog.tables["rating"]
    ratings.table.setCurrentCell(ratings.table.rowCount() - 1, 0)
    ratings._remove()
    shown = []
    monkeypatch.setattr(
        "annotator.gui.dialogs.taxonomy.QMessageBox.warning", lambda *args: shown.append(args[2])
    )
    dialog.accept()
    assert shown == ["stance: codes must be different"]
    assert [e.code for e in window.session.store.taxonomy("stance")].count("supports") == 1
    window.close()


def test_help_lists_every_shortcut(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    dialog = HelpDialog(window.actions_.all + [window.actions_.undo, window.actions_.redo])
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Mark selection as claim"] == "C"
    assert rows["Accept all in this document"] == "Ctrl+Shift+A"
    assert rows["Stance: Supports"] == "S"
    assert rows["Category: Russian officials"] == "1"
    assert "Ctrl+Shift+Z" in rows["Redo"]
    assert TEXT  # the project's article is the annotating tests' one
    window.close()
