"""The corpus in the window: documents table, imports on a thread, export, search."""

import json
import sqlite3

import pytest
from helpers import SECOND, TEXT, make_project, open_active_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from annotator.core.model import SpanStatus


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        "annotator.gui.actions.corpus.QMessageBox.warning", lambda *args: warnings.append(args[2])
    )
    window = open_active_window(qtbot, make_project(tmp_path / "p.db", texts=(TEXT, SECOND)))
    window.warnings = warnings
    yield window
    window.close()


def titles(window):
    return [r.title for r in window.documents_panel.model.rows]


def wait_for_job(qtbot, window):
    # `job` is cleared on the GUI thread, in the same call that shows the result.
    qtbot.waitUntil(lambda: window.corpus.job is None, timeout=20_000)


def test_documents_table_status_progress_and_moving(qtbot, window):
    panel = window.documents_panel
    assert titles(window) == [TEXT[:20], SECOND[:20]]
    assert window.session.document_id == panel.model.rows[0].id
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document_id == panel.model.rows[1].id
    assert window.article_view.toPlainText() == SECOND
    qtbot.keyClick(window.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    status = (
        sqlite3.connect(window.session.store.path)
        .execute("SELECT status FROM documents ORDER BY id")
        .fetchall()
    )
    assert status == [("todo",), ("done",)]
    assert panel.progress.text() == "1 of 2 done"
    assert panel.model.rows[1].status == "done"
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.toPlainText() == TEXT
    panel.filter_edit.setText("autre")
    assert panel.proxy.rowCount() == 1


def test_import_on_a_thread_reports_failures(qtbot, window, tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps(
            {"text": "Umerov est arrivé à Istanbul pour les pourparlers.", "label": [[0, 6, "PER"]]}
        )
        + "\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"\n', encoding="utf-8")
    window.corpus.run_import([str(good), str(bad)])
    wait_for_job(qtbot, window)
    assert titles(window)[2] == "Umerov est arrivé à Istanbul pour les pourparlers."
    assert window.article_view.toPlainText().startswith("Umerov est arrivé")
    assert window.warnings and f"{bad}:1: not valid JSON" in window.warnings[0]


def test_crafted_files_leave_the_import_thread_alive(qtbot, window, tmp_path):
    """Each crafted file is one warning naming it; the good one comes in, and the
    window imports again afterwards."""
    crafted = {
        "deep.jsonl": '{"text": "a", "label": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "numbers.jsonl": json.dumps({"text": "Selon TASS, rien.", "spans": [5]}),
        "surrogate.jsonl": '{"text": "Selon TASS \\ud800 rien."}',
    }
    for name, line in crafted.items():
        (tmp_path / name).write_text(line + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Le ministre a dit que 300 prisonniers seront libérés.", "utf-8"
    )
    (tmp_path / "b.ann").write_bytes("T1\tClaim 0 2;6 10\tLe mini\n".encode("cp1252"))
    good = tmp_path / "good.txt"
    good.write_text("Peskov a déclaré que la rencontre aurait lieu lundi.", encoding="utf-8")
    window.corpus.run_import([str(tmp_path / name) for name in crafted] + [str(good)])
    wait_for_job(qtbot, window)
    assert titles(window)[2] == "Peskov a déclaré que la rencontre aurait lieu lundi."
    [said] = window.warnings
    for name in crafted:
        assert f"{tmp_path / name}:1: " in said
    window.corpus.run_import([str(tmp_path / "b.txt")])
    wait_for_job(qtbot, window)
    assert f"{tmp_path / 'b.ann'}:1: T1 is a Claim in pieces" in window.warnings[1]


def test_drop_and_paste(qtbot, window, tmp_path):
    article = tmp_path / "dropped.txt"
    article.write_text(
        "Kyiv Independent - 3 June 2025\n\nZelensky said the talks had failed.", encoding="utf-8"
    )
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wait_for_job(qtbot, window)
    assert any("Kyiv Independent" in t for t in titles(window))
    QGuiApplication.clipboard().setText("Texte collé\n\nPeskov a déclaré que rien n'était décidé.")
    window.corpus.paste.trigger()
    assert "Texte collé" in titles(window)
    assert window.article_view.toPlainText().startswith("Texte collé")


def test_export_from_the_window(qtbot, window, tmp_path):
    out = tmp_path / "corpus.jsonl"
    window.corpus.run_export("doccano-flat", str(out), None, None)
    wait_for_job(qtbot, window)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == [TEXT, SECOND]
    assert "2 document(s) exported" in window.statusBar().currentMessage()


def test_full_text_search_opens_the_place(qtbot, window):
    window.focus_search()
    panel = window.search_panel
    panel.query.setText("Kyiv")
    panel.run_search()
    assert panel.hits.count() == 1 and "[Kyiv]" in panel.hits.item(0).text()
    panel.hits.itemClicked.emit(panel.hits.item(0))
    assert window.article_view.toPlainText() == SECOND
    assert window.article_view.textCursor().selectedText() == "Kyiv"
    panel.query.setText("introuvable")
    panel.run_search()
    assert panel.hits.item(0).text() == "No document contains “introuvable”."


def test_statement_search_across_the_corpus(qtbot, window):
    window.article_view.select_range(0, 10)
    window.actions_.mark_claim.trigger()
    qtbot.keyClick(window.article_view, Qt.Key.Key_2)  # Russian state media
    window.session.open_document(window.documents_panel.model.rows[1].id)
    panel = window.search_panel
    panel.setCurrentIndex(1)
    panel.category.setCurrentIndex(panel.category.findData("ru_state_media"))
    assert panel.statements.rowCount() == 1
    panel.statements.cellClicked.emit(0, 0)
    assert window.article_view.toPlainText() == TEXT
    assert window.statements_panel.current_uid() == window.presenter.current_statement().uid
    panel.category.setCurrentIndex(panel.category.findData("ua_official"))
    assert panel.statements.rowCount() == 0


def test_refresh_shows_what_the_command_line_wrote(qtbot, window):
    from annotator.core import editing
    from annotator.core.store import Store

    with Store(window.session.store.path) as other:  # another process's connection
        uid = editing.create_claim(other, window.session.document_id, 0, 10, "cli").focus
        editing.update_statement(other, uid, "cli", speaker="Peskov")
    assert window.statements_panel.model.rows == []
    qtbot.keyClick(window.article_view, Qt.Key.Key_F5)
    assert [r.statement.speaker for r in window.statements_panel.model.rows] == ["Peskov"]


def test_export_dialog_remembers_format_annotations_and_folder(qtbot, tmp_path):
    from annotator.gui.dialogs.export import ExportDialog

    first = ExportDialog(str(tmp_path / "corpus"))
    qtbot.addWidget(first)
    first.format.setCurrentIndex(first.format.findData("brat"))
    first.status.setCurrentIndex(first.status.findData(SpanStatus.SUGGESTED))
    (tmp_path / "out").mkdir()
    first.output.setText(str(tmp_path / "out" / "team-brat"))
    first.accept()
    again = ExportDialog(str(tmp_path / "other" / "corpus"))
    qtbot.addWidget(again)
    assert again.format.currentData() == "brat"
    assert again.status.currentData() == SpanStatus.SUGGESTED
    assert again.output.text() == str(tmp_path / "out" / "corpus-brat")
    again.format.setCurrentIndex(again.format.findData("labelstudio"))  # a folder, too
    assert again.output.text() == str(tmp_path / "out" / "corpus-labelstudio")
    again.format.setCurrentIndex(again.format.findData("csv"))
    assert again.output.text() == str(tmp_path / "out" / "corpus.csv")
    again.format.setCurrentIndex(again.format.findData("prodigy"))
    assert again.output.text() == str(tmp_path / "out" / "corpus.jsonl")


def test_export_dialog_choices(qtbot, window, tmp_path, warnings):
    from annotator.gui.dialogs.export import ExportDialog

    dialog = ExportDialog(str(tmp_path / "corpus"))
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.reviewed.setChecked(True)
    accepted = SpanStatus.ACCEPTED  # decisions by default, not the machine's suggestions
    assert dialog.choice() == ("csv", str(tmp_path / "corpus.csv"), accepted, None, True, True)
    assert not dialog.excel.isHidden()  # CSV for Excel, by default
    dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
    assert dialog.excel.isHidden() and dialog.choice()[-1] is False
    sheet = tmp_path / "sheet.csv"
    window.corpus.run_export("csv", str(sheet), None, None, False, True)
    wait_for_job(qtbot, window)
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    out = tmp_path / "reviewed.jsonl"
    window.corpus.run_export("doccano-flat", str(out), None, None, True)
    wait_for_job(qtbot, window)
    assert not out.exists()  # no document reviewed yet: nothing written, and said
    assert warnings == [f"{out}: no document is marked reviewed, so --reviewed has nothing to "
                    "export; nothing was written"]  # fmt: skip


def test_the_first_claimreview_export_asks_for_the_fact_checker_once(
    qtbot, window, tmp_path, monkeypatch
):
    from annotator.core import editing
    from annotator.gui.dialogs.export import ExportDialog
    from annotator.gui.dialogs.factcheck import FactCheckDialog

    uid = editing.create_claim(window.session.store, window.session.document_id, 0, 10, "t").focus
    editing.update_statement(window.session.store, uid, "t", rating="false")
    out = tmp_path / "reviews.jsonld"
    asked = []

    def choose_claimreview(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
        dialog.output.setText(str(out))
        dialog.accept()
        return dialog.result()

    def fill_in(dialog):
        asked.append(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled() and "not set" in dialog.problems.text()
        dialog.organisation.setText("StopFake")
        dialog.organisation_url.setText("stopfake.org")
        dialog.page_url.setText("https://www.stopfake.org/fr/istanbul/")
        assert not ok.isEnabled() and "not a web address" in dialog.problems.text()
        dialog.organisation_url.setText("https://www.stopfake.org")
        assert ok.isEnabled()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", choose_claimreview)
    monkeypatch.setattr(FactCheckDialog, "exec", fill_in)
    window.corpus.export.trigger()
    wait_for_job(qtbot, window)
    [review] = json.loads(out.read_text(encoding="utf-8"))
    assert review["author"]["name"] == "StopFake" and review["url"].startswith(
        "https://www.stopfake.org/fr/istanbul/#claim-"
    )
    settings = sqlite3.connect(window.session.store.path).execute(
        "SELECT key, value FROM project_settings WHERE key LIKE 'factcheck.%' ORDER BY key"
    )
    assert dict(settings)["factcheck.organisation"] == "StopFake"
    out.unlink()
    window.corpus.export.trigger()  # the project knows now: not asked again
    wait_for_job(qtbot, window)
    assert len(asked) == 1 and out.exists() and window.warnings == []


def test_a_documents_details_are_edited_in_the_window_and_undone(qtbot, window, monkeypatch):
    from annotator.gui.dialogs.document import DocumentDialog

    typed = {"title": "Échange de prisonniers", "outlet": "Ukrinform", "lang": "uk",
             "published": "2025-06-16"}  # fmt: skip

    def fill_in(dialog):
        for name, value in typed.items():
            dialog.fields[name].setText(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", fill_in)
    document_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Document")
    [action] = [a for a in document_menu.actions() if a.text() == "Edit document &details…"]
    action.trigger()
    row = window.documents_panel.model.rows[0]
    assert (row.title, row.outlet, row.lang, row.published) == (
        "Échange de prisonniers", "Ukrinform", "uk", "2025-06-16"
    )  # fmt: skip
    stored = sqlite3.connect(window.session.store.path).execute(
        "SELECT title, outlet, lang FROM documents ORDER BY id"
    )
    assert stored.fetchone() == ("Échange de prisonniers", "Ukrinform", "uk")
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.documents_panel.model.rows[0].title == TEXT[:20]
    typed = {"published": "le 16 juin"}
    action.trigger()
    assert "is no date" in window.statusBar().currentMessage()
    assert window.documents_panel.model.rows[0].published == ""


def test_delete_a_document_then_undo_and_redo(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(
        "annotator.gui.actions.corpus.QMessageBox.question",
        lambda *args: (asked.append(args[2]), QMessageBox.StandardButton.Yes)[1],
    )
    window.article_view.select_range(0, 10)
    window.actions_.mark_claim.trigger()
    first, second = (r.id for r in window.documents_panel.model.rows)
    window.corpus.delete_document.trigger()
    assert asked and "Undo brings it back" in asked[0]
    assert titles(window) == [SECOND[:20]]
    assert window.session.document_id == second
    assert window.article_view.toPlainText() == SECOND
    stored = sqlite3.connect(window.session.store.path)
    count = "SELECT count(*) FROM spans WHERE document_id = ?"
    assert stored.execute(count, [first]).fetchone()[0] == 0
    window.actions_.undo.trigger()
    assert titles(window) == [TEXT[:20], SECOND[:20]]
    assert window.session.document_id == first and window.article_view.toPlainText() == TEXT
    assert len(window.statements_panel.model.rows) == 1  # its claim came back with it
    window.actions_.redo.trigger()
    assert titles(window) == [SECOND[:20]] and window.article_view.toPlainText() == SECOND
    window.corpus.delete_document.trigger()  # the last one: nothing is left open
    assert titles(window) == [] and window.session.document_id is None
    assert window.article_view.toPlainText() == "" and window.statements_panel.model.rows == []
    assert window.warnings == []
