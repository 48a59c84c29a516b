"""A desktop app people like: projects, layout remembered, zoom, palettes, about."""

import re
import sqlite3

import pytest
from helpers import SECOND, TEXT, make_project, open_active_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.resources import load_json
from annotator.gui import windows
from annotator.gui.actions.project import recent_projects
from annotator.gui.app import create_window
from annotator.gui.article.styles import CLAIM_ALPHA, ENTITY_ALPHA
from annotator.gui.palette import apply_appearance, blend, contrast


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
    from annotator.gui.dialogs.help import about_text

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


def test_statistics_charts_and_png(qtbot, tmp_path):
    from helpers import make_team
    from PySide6.QtGui import QImage

    from annotator.core.merge import merge_projects

    merge_projects(tmp_path / "team.db", make_team(tmp_path))
    window = open_active_window(qtbot, tmp_path / "team.db")
    qtbot.keyClick(window.article_view, Qt.Key.Key_F7)
    panel = window.stats_panel
    assert window.stats_dock.isVisible()
    categories = {label: value for label, value, _ in panel.categories.bars}
    assert categories["Russian officials"] == 1 and categories["Russian media (unspecified)"] == 1
    assert categories["Ukrainian officials"] == 2
    assert dict((label, value) for label, value, _ in panel.stances.bars)["Supports"] == 2
    # alice accepted one and made one; bob accepted one, rejected one and made one
    assert sum(value for _, value, _ in panel.progress.bars) == 5
    panel.scope.setCurrentIndex(1)
    out = tmp_path / "chart.png"
    assert panel.categories.save_png(str(out))
    image = QImage(str(out))
    assert not image.isNull() and image.height() == panel.categories.height()
    window.close()


def test_statistics_follow_edits_when_in_front_and_catch_up_when_brought_forward(qtbot, tmp_path):
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    view, panel = window.article_view, window.stats_panel
    qtbot.keyClick(view, Qt.Key.Key_F7)  # the statistics in front

    def marked() -> int:
        return sum(value for _, value, _ in panel.categories.bars)

    def mark(start: int, end: int) -> None:
        view.setFocus()
        view.select_range(start, end)
        qtbot.keyClick(view, Qt.Key.Key_C)
        qtbot.keyClick(view, Qt.Key.Key_1)

    assert marked() == 0
    mark(12, 40)
    qtbot.waitUntil(lambda: marked() == 1)
    window.properties_panel.parentWidget().raise_()  # the statement's tab in front
    qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty())
    mark(70, 100)
    qtbot.wait(400)  # longer than the statistics' delay: behind a tab, nothing counted
    assert marked() == 1
    window.stats_dock.raise_()
    qtbot.waitUntil(lambda: marked() == 2)
    window.close()


def test_guidelines_shown_on_a_key_and_edited(qtbot, tmp_path):
    project = make_project(tmp_path / "p.db")
    window = open_active_window(qtbot, project)
    qtbot.keyClick(window.article_view, Qt.Key.Key_F2)
    panel = window.guidelines_panel
    assert window.guidelines_dock.isVisible()
    assert "Annotation guidelines" in panel.reader.toPlainText()
    panel.start_editing()
    panel.editor.setPlainText("# Nos règles\n\nUne affirmation par phrase.")
    panel.save()
    assert "Nos règles" in panel.reader.toPlainText()
    stored = (
        sqlite3.connect(project)
        .execute("SELECT value FROM project_settings WHERE key = 'guidelines'")
        .fetchone()[0]
    )
    assert stored.startswith("# Nos règles")
    window.close()


def test_annotating_a_claim_with_the_keyboard_alone(qtbot, tmp_path):
    project = make_project(tmp_path / "p.db")
    window = open_active_window(qtbot, project)
    view = window.article_view
    assert QApplication.focusWidget() is view  # the text has the focus from the start
    press = qtbot.keyClick
    press(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):  # over "Selon TASS"
        press(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    press(view, Qt.Key.Key_C)
    press(view, Qt.Key.Key_2)  # Russian state media
    press(view, Qt.Key.Key_P)  # reports
    rows = (
        sqlite3.connect(project)
        .execute(
            "SELECT s.source_category, s.stance, p.start, p.[end] FROM statements s "
            "JOIN spans p ON p.uid = s.claim_uid"
        )
        .fetchall()
    )
    assert rows == [("ru_state_media", "reports", 0, len("Selon TASS"))]
    press(view, Qt.Key.Key_X)  # reject it, still from the keyboard
    assert sqlite3.connect(project).execute("SELECT status FROM statements").fetchall() == [
        ("rejected",)
    ]
    window.close()


def test_the_interface_in_french(qtbot, tmp_path):
    from annotator.gui.language.i18n import install_translations
    from annotator.gui.preferences import settings

    settings().setValue("view/language", "fr")
    try:
        window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:4] == ["&Fichier", "&Affichage", "&Document", "É&dition"]
        assert window.actions_.mark_claim.text() == "Marquer la sélection comme &affirmation"
        assert (
            window.documents_panel.model.headerData(
                0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            == "Titre"
        )
        assert window.properties_panel.summary.text().startswith("Sélectionnez une déclaration")
        window.close()
    finally:
        settings().setValue("view/language", "en")
        install_translations("en")
    english = open_active_window(qtbot, make_project(tmp_path / "q.db"))
    assert english.menuBar().actions()[0].text() == "&File"
    english.close()


def test_the_status_filter_in_french(qtbot, tmp_path):
    """The status filter compared the word the table shows ("acceptée") with the status
    ("accepted"): in French, "Accepted" hid every statement."""
    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.gui.language.i18n import install_translations
    from annotator.gui.preferences import settings

    settings().setValue("view/language", "fr")
    try:
        claims = [
            ClaimSuggestion(0, TEXT.index("\n"), ("cue:déclarer",),
                            (SourceSuggestion("TASS", "ru_state_media", start=6, end=10),)),
            ClaimSuggestion(TEXT.index("Le porte"), len(TEXT), ("number",)),
        ]  # fmt: skip
        window = open_active_window(qtbot, make_project(tmp_path / "p.db", claims=claims))
        panel = window.statements_panel
        shown = panel.table.model()
        panel.select_statement(panel.model.rows[0].statement.uid)
        qtbot.keyClick(window.article_view, Qt.Key.Key_A)
        total = shown.rowCount()
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("accepted"))
        assert shown.rowCount() == 1
        assert shown.index(0, 4).data() not in ("", "accepted")  # the word in French
        panel.status_filter.setCurrentIndex(panel.status_filter.findData("suggested"))
        assert shown.rowCount() == total - 1
        window.close()
    finally:
        settings().setValue("view/language", "en")
        install_translations("en")


def test_every_panel_is_reachable_from_the_keyboard(qtbot, tmp_path):
    window = open_active_window(qtbot, make_project(tmp_path / "p.db"))
    window.article_view.select_range(0, 10)
    qtbot.keyClick(window.article_view, Qt.Key.Key_C)  # a statement, so its editor is enabled
    targets = [
        window.article_view,
        window.documents_panel.table,
        window.statements_panel.table,
        window.properties_panel.category,
        window.search_panel.query,
    ]
    for number, widget in enumerate(targets, start=1):
        qtbot.keyClick(
            QApplication.focusWidget(),
            getattr(Qt.Key, f"Key_{number}"),
            Qt.KeyboardModifier.AltModifier,
        )
        assert QApplication.focusWidget() is widget, number
    menus_without_key = [a.text() for a in window.menuBar().actions() if "&" not in a.text()]
    assert menus_without_key == []
    window.close()


# Words of the English interface that a French one never shows (content aside: the
# test texts are French, speakers are names).
ENGLISH = re.compile(
    r"\b(Mark|Set|Accept|Reject|Delete|Undo|Redo|Status|origin|suggested|accepted|rejected|"
    r"category|claim|statement|Claim|Statement|Entity|Why|reporting|officials|media|"
    r"Russian|Ukrainian|Supports|Refutes|Misleading|Person|Place|not set|by hand|rule|"
    r"todo|in progress|done|reviewed)\b"
)


def shown_texts(window):
    """What a person reads: menus and their actions, the undo and redo texts, the status
    bar, the editor, both tables with their headers and tooltips, the legend, the
    article's tooltips at each statement."""
    texts = []
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        texts.append(menu.title())
        for action in menu.actions():
            texts += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
            if action.menu():
                menus.append(action.menu())
    texts += [window.actions_.undo.text(), window.actions_.redo.text()]
    texts.append(window.statusBar().currentMessage())
    editor = window.properties_panel
    texts += [editor.summary.text(), editor.short_claim.toolTip()]
    for combo in (editor.category, editor.stance, editor.rating):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for model in (window.statements_panel.model, window.documents_panel.model):
        for column in range(model.columnCount()):
            texts.append(model.headerData(column, Qt.Orientation.Horizontal))
            for row in range(model.rowCount()):
                index = model.index(row, column)
                if model is window.statements_panel.model and column < 2:
                    texts.append(
                        str(model.data(index, Qt.ItemDataRole.ToolTipRole)).split("\n")[-1]
                    )
                else:
                    texts.append(str(model.data(index) or ""))
    legend = window.legend_panel
    texts += [legend.item(i).text() for i in range(legend.count())]
    view = window.article_view
    for row in window.statements_panel.model.rows:  # the tooltips over each claim
        texts += [view.styles.describe(key) for key in view.keys_at(row.start + 1)]
    return [t for t in texts if t]


def test_every_annotation_action_in_french_leaves_no_english(qtbot, tmp_path):
    """Reported: "&Annuler Mark claim", "Claim: category not set (accepted)", "Statut :
    accepted · origine : manual", English category names. The window in French, every
    annotation action done, and nothing a person reads is English."""
    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.gui.language.i18n import install_translations
    from annotator.gui.preferences import settings

    settings().setValue("view/language", "fr")
    try:
        claims = [
            ClaimSuggestion(0, TEXT.index("\n"), ("according:selon", "cue:déclarer"),
                            (SourceSuggestion("TASS", "ru_state_media", start=6, end=10),)),
            ClaimSuggestion(TEXT.index("Le porte"), len(TEXT), ("number",),
                            (SourceSuggestion("", "ua_official"),)),
        ]  # fmt: skip
        window = open_active_window(qtbot, make_project(tmp_path / "p.db", claims=claims))
        view, found = window.article_view, []

        def look(step):
            found.extend((step, t) for t in shown_texts(window) if ENGLISH.search(t))

        look("opened")
        window.statements_panel.select_statement(
            window.statements_panel.model.rows[0].statement.uid
        )
        for key in (Qt.Key.Key_1, Qt.Key.Key_S, Qt.Key.Key_A, Qt.Key.Key_X):
            qtbot.keyClick(view, key)
            look(f"key {key.name}")
        view.select_range(TEXT.index("Medinskiy"), TEXT.index("Medinskiy") + 9)
        window.actions_.mark_source.trigger()
        look("mark source")
        view.select_range(0, 5)
        window.actions_.mark_claim.trigger()
        look("mark claim")
        window.actions_.accept_all.trigger()
        look("accept all")
        window.actions_.delete.trigger()
        look("delete")
        window.actions_.undo.trigger()
        look("undo")
        window.actions_.redo.trigger()
        look("redo")
        window.corpus.status_actions[2].trigger()  # done
        look("document done")
        assert found == [], "\n".join(f"{step}: {text!r}" for step, text in found)
        window.close()
    finally:
        settings().setValue("view/language", "en")
        install_translations("en")
    english = open_active_window(qtbot, make_project(tmp_path / "q.db", claims=claims))
    assert any(ENGLISH.search(text) for text in shown_texts(english))  # the scan does see
    english.close()
