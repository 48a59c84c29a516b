"""A desktop app people like: projects, layout remembered, zoom, palettes, about."""

import sqlite3

import pytest
from helpers import SECOND, TEXT, make_project, open_active_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.resources import load_json
from annotator.gui import windows
from annotator.gui.app import create_window
from annotator.gui.palette import apply_appearance, blend, contrast
from annotator.gui.project_actions import recent_projects
from annotator.gui.styles import CLAIM_ALPHA, ENTITY_ALPHA


def test_layout_zoom_and_last_document_come_back(qtbot, tmp_path):
    project = make_project(tmp_path / "p.db", texts=(TEXT, SECOND))
    window = open_active_window(qtbot, project)
    size = window.article_view.font().pointSizeF()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = window.article_view.font().pointSizeF()
    assert zoomed > size
    window.resize(760, 700)
    window.legend_panel.parentWidget().hide()  # the person closed the legend
    window.corpus.next_document.trigger()
    window.close()

    again = create_window(None, [])  # no project named: the last one
    qtbot.addWidget(again)
    assert again.session.store.path == project
    assert (again.width(), again.height()) == (760, 700)
    assert not again.legend_panel.parentWidget().isVisible()
    assert again.article_view.font().pointSizeF() == zoomed
    assert again.article_view.toPlainText() == SECOND
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    qtbot.keyClick(again.article_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.article_view.font().pointSizeF() == pytest.approx(size)
    again.close()


def test_new_open_recent_and_save_a_copy(qtbot, tmp_path):
    first = make_project(tmp_path / "first.db")
    window = open_active_window(qtbot, first)
    second = window.project.open_path(str(tmp_path / "second.db"))  # a new project
    qtbot.addWidget(second)
    assert second is not window and second.session.store.path == tmp_path / "second.db"
    assert window.project.open_path(str(first)) is window  # already open: raised, not twice
    assert recent_projects()[:2] == [str(tmp_path / "first.db"), str(tmp_path / "second.db")]
    window.project.save_copy_to(tmp_path / "copy.db")
    copied = sqlite3.connect(tmp_path / "copy.db").execute("SELECT text FROM documents")
    assert copied.fetchall() == [(TEXT,)]
    window.project._fill_recent()
    assert [a.text() for a in window.project.recent_menu.actions()][:2] == [
        str(tmp_path / "first.db"),
        str(tmp_path / "second.db"),
    ]
    second.close()
    window.close()
    assert windows.OPEN == []


def test_about_names_the_versions(tmp_path, qtbot):
    from annotator.gui.main_window import about_text

    text = about_text()
    for part in ("annotator 0.1.0", "Qt 6.", "PySide6 6.", "spaCy 3.8", "fr_core_news_sm 3.8.0"):
        assert part in text


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_highlights_stay_legible_in_both_palettes(qtbot, tmp_path, mode):
    apply_appearance(mode)
    try:
        palette = QApplication.instance().palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        assert (base.lightness() < 100) == (mode == "dark")
        taxonomy = load_json("taxonomy.json")
        for kind, alpha in (("entity", ENTITY_ALPHA), ("source", CLAIM_ALPHA)):
            for entry in taxonomy[kind]:
                tint = QColor(entry["color"])
                tint.setAlpha(alpha)
                ratio = contrast(text, blend(tint, base))
                assert ratio >= 4.5, f"{mode}: {entry['code']} text contrast {ratio:.2f}"
    finally:
        apply_appearance("light")
