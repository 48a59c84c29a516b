"""Which pipeline made each document's suggestions, as the window shows it: a column of
the documents table, and the status bar for the document on screen."""

from helpers import open_active_window
from PySide6.QtCore import Qt

from annotator.core.model import Document
from annotator.core.store import Store

FRENCH = "Selon TASS, Medinskiy a déclaré que la rencontre était très utile."
UKRAINIAN = "КИЇВ — Посадовці заявили, що переговори продовжаться."
ENGLISH = "KYIV — Officials said on Monday that the talks would resume in Istanbul."


def make_project(path, *documents):
    """Documents as (title, lang, text, suggested_by or None for not suggested yet)."""
    with Store(path) as store:
        for title, lang, text, made_by in documents:
            document_id, _ = store.add_document(Document(text=text, title=title, lang=lang))
            if made_by:
                store.save_suggestions(document_id, [], [], made_by)
    return path


def pipeline_column(window):
    model = window.documents_panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index("Pipeline")


def pipeline_cells(window):
    """Title -> the text of its Pipeline cell, as the documents table shows it."""
    model = window.documents_panel.model
    column = pipeline_column(window)
    return {
        model.data(model.index(row, 0)): model.data(model.index(row, column))
        for row in range(model.rowCount())
    }


def test_each_document_shows_the_pipeline_that_made_its_suggestions(qtbot, tmp_path):
    project = make_project(
        tmp_path / "p.db",
        ("french", "fr", FRENCH, "fr_core_news_sm-3.8.0"),
        ("english", "en", ENGLISH, None),
    )
    window = open_active_window(qtbot, project)
    assert window.session.document_id == 1  # the French one is on screen
    assert window.model_status.text() == "Pipeline: fr_core_news_sm-3.8.0"
    assert pipeline_cells(window) == {"french": "fr_core_news_sm-3.8.0", "english": "—"}

    # The worker loads a blank English pipeline for the other document: the status
    # bar still names the one of the document on screen.
    qtbot.waitUntil(lambda: window.session.worker.pending() == 0, timeout=120_000)
    qtbot.waitUntil(lambda: pipeline_cells(window)["english"] != "—")
    assert pipeline_cells(window) == {"french": "fr_core_news_sm-3.8.0", "english": "blank:en"}
    assert window.model_status.text() == "Pipeline: fr_core_news_sm-3.8.0"

    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.toPlainText() == ENGLISH
    assert window.model_status.text() == "Pipeline: blank:en"
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.model_status.text() == "Pipeline: fr_core_news_sm-3.8.0"
    window.close()


def test_the_document_on_screen_says_loading_then_its_pipeline(qtbot, tmp_path):
    project = make_project(
        tmp_path / "p.db",
        ("ukrainian", "uk", UKRAINIAN, None),
        ("imported", "fr", FRENCH, "import"),
    )
    window = open_active_window(qtbot, project)
    shown_while_loading = []
    window.session.worker.started.connect(  # in the worker, its pipeline not loaded yet
        lambda _document_id: shown_while_loading.append(window.model_status.text())
    )
    assert pipeline_cells(window) == {"ukrainian": "—", "imported": "imported"}
    qtbot.waitUntil(
        lambda: pipeline_cells(window)["ukrainian"] == "blank:uk+pymorphy3", timeout=120_000
    )
    assert shown_while_loading == ["Loading the Ukrainian language model…"]
    assert window.model_status.text() == "Pipeline: blank:uk+pymorphy3"
    # The name came after the columns were sized, and is shown whole.
    table, column = window.documents_panel.table, pipeline_column(window)
    assert table.columnWidth(column) >= table.sizeHintForColumn(column)

    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.model_status.text() == "Pipeline: none (annotations imported)"
    window.close()


def test_suggest_again_keeps_every_decision(qtbot, tmp_path):
    """Document ▸ Suggest again: the pipeline runs again; a statement accepted before is
    neither doubled nor undone, and the suggestions nobody decided on come back once."""
    project = make_project(tmp_path / "p.db", ("french", "fr", FRENCH, None))
    window = open_active_window(qtbot, project)
    qtbot.waitUntil(lambda: bool(window.statements_panel.model.rows), timeout=120_000)
    store = window.session.store

    def decided():
        return sorted((s.claim_uid, s.speaker, str(s.status)) for s in store.statements(1))

    first = window.statements_panel.model.rows[0].statement
    window.statements_panel.select_statement(first.uid)
    window.actions_.accept.trigger()
    before = [(store.span(s[0]).start, s[1], s[2]) for s in decided()]
    window.corpus.suggest_again.trigger()
    qtbot.waitUntil(lambda: store.document(1).suggested_by is not None, timeout=120_000)
    qtbot.waitUntil(lambda: len(window.statements_panel.model.rows) == len(before))
    after = [(store.span(s[0]).start, s[1], s[2]) for s in decided()]
    assert after == before and ("accepted" in {s[2] for s in after})
    window.close()
