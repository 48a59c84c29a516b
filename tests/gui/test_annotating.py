"""Annotating with the keyboard in the real window: rows in the project file, colours in
the view, undo and redo."""

import sqlite3

import pytest
from helpers import SECOND, TEXT, make_project
from PySide6.QtCore import Qt

from annotator.core.claims import ClaimSuggestion, SourceSuggestion
from annotator.gui.app import create_window

RU_OFFICIAL = "#EF6B41"


@pytest.fixture
def window(qtbot, tmp_path, request):
    marker = request.node.get_closest_marker("claims")
    project = make_project(
        tmp_path / "p.db", texts=(TEXT, SECOND), claims=marker.args[0] if marker else ()
    )
    window = create_window(str(project), [])
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    window.article_view.setFocus()
    yield window
    window.close()


def db(window, sql):
    return sqlite3.connect(window.session.store.path).execute(sql).fetchall()


def statuses(window):
    return [s for (s,) in db(window, "SELECT status FROM statements ORDER BY id")]


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.article_view, key, modifiers)


def background(window, offset):
    return window.article_view.format_at(offset).background().color().name().upper()


def test_mark_a_claim_categorise_undo_redo(qtbot, window):
    start, end = 12, TEXT.index("\n")
    window.article_view.select_range(start, end)
    press(qtbot, window, Qt.Key.Key_C)
    assert db(window, "SELECT start, [end], kind, origin, status FROM spans") == [
        (start, end, "claim", "manual", "accepted")
    ]
    assert window.documents_panel.model.rows[0].status == "in_progress"  # its first decision
    press(qtbot, window, Qt.Key.Key_1)  # first source category: Russian officials
    press(qtbot, window, Qt.Key.Key_S)  # stance: supports
    assert db(window, "SELECT source_category, stance FROM statements") == [
        ("ru_official", "supports")
    ]
    assert background(window, start + 3) == RU_OFFICIAL
    rows = window.statements_panel.model.rows
    assert [(r.statement.source_category, r.claim_text) for r in rows] == [
        ("ru_official", TEXT[start:end])
    ]

    undo = Qt.KeyboardModifier.ControlModifier
    press(qtbot, window, Qt.Key.Key_Z, undo)
    assert db(window, "SELECT source_category, stance FROM statements") == [("ru_official", "")]
    press(qtbot, window, Qt.Key.Key_Z, undo)
    press(qtbot, window, Qt.Key.Key_Z, undo)
    assert db(window, "SELECT count(*) FROM spans") == [(0,)]
    assert db(window, "SELECT count(*) FROM statements") == [(0,)]
    assert background(window, start + 3) != RU_OFFICIAL

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Z, redo)
    assert db(window, "SELECT source_category, stance, annotator FROM statements") == [
        ("ru_official", "supports", window.session.annotator)
    ]
    assert background(window, start + 3) == RU_OFFICIAL
    actions = [a for (a,) in db(window, "SELECT action FROM history WHERE item = 'statement'")]
    assert actions == ["create", "edit", "edit", "undo", "undo", "undo", "redo", "redo", "redo"]


def test_mark_a_source_mention_for_the_current_claim(qtbot, window):
    window.article_view.select_range(0, TEXT.index("\n"))
    press(qtbot, window, Qt.Key.Key_C)
    medinskiy = TEXT.index("Medinskiy")
    window.article_view.select_range(medinskiy, medinskiy + 9)
    press(qtbot, window, Qt.Key.Key_M)
    assert db(window, "SELECT speaker, source_category FROM statements") == [
        ("Vladimir Medinsky", "ru_official")
    ]
    assert db(window, "SELECT start, kind, label FROM spans WHERE kind = 'source_mention'") == [
        (medinskiy, "source_mention", "ru_official")
    ]
    assert window.article_view.format_at(medinskiy).fontWeight() >= 600  # bold


SUGGESTED = [
    ClaimSuggestion(
        0,
        TEXT.index("\n"),
        ("according:selon",),
        (SourceSuggestion("TASS", "ru_state_media", start=6, end=10),),
    ),
    ClaimSuggestion(
        TEXT.index("Le porte"),
        len(TEXT),
        ("cue:préciser", "number"),
        (SourceSuggestion("", "ua_official"),),
    ),
]


@pytest.mark.claims(SUGGESTED)
def test_accept_reject_and_accept_all(qtbot, window):
    panel = window.statements_panel
    assert [r.statement.status for r in panel.model.rows] == ["suggested", "suggested"]
    panel.select_statement(panel.model.rows[0].statement.uid)
    press(qtbot, window, Qt.Key.Key_A)
    assert db(window, "SELECT status FROM statements ORDER BY id") == [
        ("accepted",),
        ("suggested",),
    ]
    press(qtbot, window, Qt.Key.Key_X)
    assert db(window, "SELECT status FROM statements ORDER BY id") == [
        ("rejected",),
        ("suggested",),
    ]
    assert "claim" not in "".join(window.article_view.keys_at(3))  # rejected: not painted
    press(
        qtbot,
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert statuses(window) == ["rejected", "accepted"]


@pytest.mark.claims(SUGGESTED)
def test_row_and_highlight_select_each_other(qtbot, window):
    panel = window.statements_panel
    second = panel.model.rows[1].statement
    offset = TEXT.index("prisonniers")
    cursor = window.article_view.textCursor()
    cursor.setPosition(offset)
    point = window.article_view.cursorRect(cursor).center()
    qtbot.mouseClick(window.article_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.current_uid() == second.uid
    assert window.properties_panel.category.currentData() == "ua_official"

    panel.select_statement(panel.model.rows[0].statement.uid)
    assert window.article_view.current_claim() == (0, TEXT.index("\n"))
    assert window.article_view.current_outline()  # drawn around it, on screen


@pytest.mark.claims(SUGGESTED)
def test_properties_editor_and_filter(qtbot, window):
    panel = window.statements_panel
    panel.select_statement(panel.model.rows[1].statement.uid)
    editor = window.properties_panel
    editor.stance.setCurrentIndex(editor.stance.findData("reports"))
    editor.stance.activated.emit(editor.stance.currentIndex())
    editor.speaker.setEditText("Heorhii Tykhyi")
    editor.speaker.lineEdit().editingFinished.emit()
    assert db(window, "SELECT speaker, stance FROM statements ORDER BY id")[1] == (
        "Heorhii Tykhyi",
        "reports",
    )
    panel.filter_edit.setText("tykhyi")
    assert panel.table.model().rowCount() == 1
    panel.filter_edit.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("accepted"))
    assert panel.table.model().rowCount() == 0


def test_undo_still_works_after_switching_documents(qtbot, window):
    window.article_view.select_range(0, 10)
    press(qtbot, window, Qt.Key.Key_C)
    first = window.session.document_id
    second = next(d.id for d in window.session.store.documents() if d.id != first)
    window.session.open_document(second)
    assert window.article_view.toPlainText() == SECOND
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db(window, "SELECT count(*) FROM spans WHERE kind = 'claim'") == [(0,)]
    assert window.session.document_id == first
    assert window.article_view.toPlainText() == TEXT


def test_refused_edit_reaches_no_undo_stack(qtbot, window):
    window.article_view.setTextCursor(window.article_view.textCursor())  # nothing selected
    press(qtbot, window, Qt.Key.Key_C)
    assert window.session.undo_stack.count() == 0
    assert "Select the words" in window.statusBar().currentMessage()


@pytest.mark.claims(SUGGESTED)
def test_delete_a_source_mention_and_a_note_survives_closing(qtbot, window):
    panel = window.statements_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    window.article_view.select_range(7, 8)  # inside "TASS"
    press(qtbot, window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert db(window, "SELECT count(*) FROM spans WHERE kind = 'source_mention'") == [(0,)]
    assert db(window, f"SELECT source_uid FROM statements WHERE uid = '{tass.uid}'") == [(None,)]

    window.properties_panel.note.setPlainText("à vérifier auprès de l'agence")
    window.close()  # at once, before any pause or change of focus
    assert db(window, f"SELECT note FROM statements WHERE uid = '{tass.uid}'") == [
        ("à vérifier auprès de l'agence",)
    ]


@pytest.mark.claims(SUGGESTED)
def test_the_table_shows_one_selected_row_as_claims_are_clicked(qtbot, window):
    """Reported: clicking one claim then another left both rows highlighted on screen
    (the selection changed without the table repainting the row it left)."""
    from helpers import painted_as_fresh

    view, table = window.article_view, window.statements_panel.table
    for offset in (TEXT.index("TASS"), TEXT.index("prisonniers"), TEXT.index("TASS")):
        cursor = view.textCursor()
        cursor.setPosition(offset)
        point = view.cursorRect(cursor).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert len(table.selectionModel().selectedRows()) == 1
        qtbot.waitUntil(lambda: painted_as_fresh(table.viewport()))


@pytest.mark.claims(SUGGESTED)
def test_changing_the_appearance_keeps_the_statement_shown_in_the_editor(qtbot, window):
    """Reported: after switching to the dark appearance the editor said '(not set)'
    for a statement whose category is set (nothing was written)."""
    panel = window.statements_panel
    panel.select_statement(panel.model.rows[1].statement.uid)
    editor = window.properties_panel
    assert editor.category.currentData() == "ua_official"
    try:
        window.set_appearance("dark")
        assert editor.category.currentData() == "ua_official"
        assert editor.statement_uid == panel.model.rows[1].statement.uid
    finally:
        window.set_appearance("light")


def test_the_documents_table_shows_one_selected_row_as_documents_change(qtbot, window):
    from helpers import painted_as_fresh

    table = window.documents_panel.table
    for _ in range(3):  # next, back, next: the row left is repainted each time
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            qtbot.keyClick(window.article_view, key, Qt.KeyboardModifier.ControlModifier)
            assert len(table.selectionModel().selectedRows()) == 1
            qtbot.waitUntil(lambda: painted_as_fresh(table.viewport()))


def test_an_accepted_unknown_speaker_is_offered_to_the_gazetteer_as_learned(qtbot, window):
    """Mark a claim, name a speaker the gazetteer does not know, give a category:
    the editor offers to learn it; clicked, the project's gazetteer holds it as
    learned, the offer goes away, and Ctrl+Z takes it back."""
    window.article_view.select_range(12, TEXT.index("\n"))
    press(qtbot, window, Qt.Key.Key_C)  # a claim marked by hand is accepted
    editor = window.properties_panel
    assert editor.learn.isHidden()
    editor.speaker.setEditText("Oksana Tereshchenko")
    editor.speaker.lineEdit().editingFinished.emit()
    assert editor.learn.isHidden()  # no category yet: nothing to learn
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_4)  # Ukrainian officials
    assert not editor.learn.isHidden()
    assert "Oksana Tereshchenko" in editor.learn.text()
    assert "Ukrainian officials" in editor.learn.text()

    qtbot.mouseClick(editor.learn, Qt.MouseButton.LeftButton)
    learned = "SELECT pattern, speaker, category FROM gazetteer WHERE origin = 'learned'"
    assert db(window, learned) == [("Oksana Tereshchenko", "Oksana Tereshchenko", "ua_official")]
    assert editor.learn.isHidden()
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db(window, learned) == []
    assert not editor.learn.isHidden()  # offered again


@pytest.mark.claims(SUGGESTED)
def test_the_short_claim_is_typed_in_the_editor_and_kept(qtbot, window):
    """ClaimReview's claim in a line: the quote shortened is offered, a typed one kept."""
    panel, editor = window.statements_panel, window.properties_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    assert editor.short_claim.placeholderText() == " ".join(TEXT[: TEXT.index("\n")].split())
    assert editor.short_count.text() == f"{len(editor.short_claim.placeholderText())}/75"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # its buddy label
    assert editor.short_claim.hasFocus()
    qtbot.keyClicks(editor.short_claim, "La rencontre etait utile")  # QTest types ASCII
    qtbot.keyClick(editor.short_claim, Qt.Key.Key_Return)
    assert db(window, f"SELECT short_claim FROM statements WHERE uid = '{tass.uid}'") == [
        ("La rencontre etait utile",)
    ]
    qtbot.keyClicks(editor.short_claim, " " + "et longue" * 10)
    assert editor.short_count.text().endswith("⚠")
    other = panel.model.rows[1].statement.uid
    panel.select_statement(other)  # leaving it saves it too
    assert panel.current_uid() == editor.statement_uid == other  # the table went nowhere else
    assert db(window, f"SELECT short_claim FROM statements WHERE uid = '{tass.uid}'")[0][
        0
    ].endswith("longue")
    assert editor.short_claim.text() == ""
    panel.select_statement(tass.uid)
    editor.short_claim.setText("Tapé juste avant de fermer")
    window.close()  # at once: nothing lost
    assert db(window, f"SELECT short_claim FROM statements WHERE uid = '{tass.uid}'") == [
        ("Tapé juste avant de fermer",)
    ]


@pytest.mark.claims(SUGGESTED)
def test_panels_follow_the_document_on_screen(qtbot, window):
    """Reported: after switching documents the editor still showed the last document's
    category, speaker and note (greyed out), and two table rows stayed selected."""
    panel, editor = window.statements_panel, window.properties_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    editor.note.setPlainText("à revoir")
    editor.flush()
    assert editor.speaker.currentText() == "TASS"
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.toPlainText() == SECOND
    assert editor.statement_uid is None and not editor.category.isEnabled()
    shown = (
        editor.category.currentText(),
        editor.speaker.currentText(),
        editor.stance.currentText(),
        editor.note.toPlainText(),
        editor.short_claim.text(),
    )
    assert shown == ("(not set)", "", "(not set)", "", "")
    assert panel.table.selectionModel().selectedRows() == []
    documents = window.documents_panel.table.selectionModel().selectedRows()
    assert [index.row() for index in documents] == [1]
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    panel.select_statement(tass.uid)
    assert editor.note.toPlainText() == "à revoir" and editor.speaker.currentText() == "TASS"


@pytest.mark.claims(SUGGESTED)
def test_names_and_reasons_in_words_not_codes(qtbot, window):
    """What a person reads: the stance's and category's names, the status in words,
    why a claim was suggested in a sentence (not "cue:préciser, number")."""
    panel = window.statements_panel
    model = panel.model
    spokesman = next(r for r in model.rows if r.statement.source_category == "ua_official")
    panel.select_statement(spokesman.statement.uid)
    press(qtbot, window, Qt.Key.Key_R)  # stance: refutes
    row = model.row_of(spokesman.statement.uid)
    cells = [model.data(model.index(row, column)) for column in range(model.columnCount())]
    assert cells[2:] == ["Ukrainian officials", "Refutes", "suggested", window.session.annotator]
    tooltip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("Why: reporting word “préciser”; a number")
    window.focus_search()
    search = window.search_panel
    search.setCurrentIndex(1)
    search.category.setCurrentIndex(search.category.findData("ua_official"))
    shown = [search.statements.item(0, column).text() for column in range(4)]
    assert shown[2:] == ["Ukrainian officials", "Refutes"]


@pytest.mark.claims(SUGGESTED)
def test_one_selected_row_after_j_k_and_x(qtbot, window):
    """Reported: after J/K/X two rows stayed selected until the window was resized."""
    from helpers import painted_as_fresh

    table = window.statements_panel.table
    for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_X, Qt.Key.Key_J):
        press(qtbot, window, key)
        selected = table.selectionModel().selectedRows()
        assert len(selected) == 1
        assert selected[0].data(Qt.ItemDataRole.UserRole) == window.properties_panel.statement_uid
        qtbot.waitUntil(lambda: painted_as_fresh(table.viewport()))


@pytest.mark.claims(SUGGESTED)
def test_digits_typed_in_the_note_are_text_not_category_keys(qtbot, window):
    """A note with a date in it ("2025") types its digits: the keys 1–9 that set a
    category act only outside text fields."""
    panel, editor = window.statements_panel, window.properties_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "le 5 juin 2025")
    editor.flush()
    assert db(window, f"SELECT note, source_category FROM statements WHERE uid = '{tass.uid}'") == [
        ("le 5 juin 2025", "ru_state_media")
    ]


@pytest.mark.claims(SUGGESTED)
def test_typing_in_a_field_never_fires_a_one_key_shortcut(qtbot, window):
    """Reported: in the source category box, "a" accepted the statement and typing
    "Anonymous" fired N and S. Letters typed where a person types go to the field; the
    same keys in the article still act."""
    panel, editor = window.statements_panel, window.properties_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    editor.category.setFocus()
    qtbot.keyClicks(editor.category, "anonymous")
    editor.speaker.lineEdit().setFocus()
    qtbot.keyClicks(editor.speaker.lineEdit(), "xa")
    row = f"SELECT status, stance FROM statements WHERE uid = '{tass.uid}'"
    assert db(window, row) == [("suggested", "")]
    window.article_view.setFocus()
    press(qtbot, window, Qt.Key.Key_S)
    press(qtbot, window, Qt.Key.Key_A)
    assert db(window, row) == [("accepted", "supports")]


@pytest.mark.claims(SUGGESTED)
def test_every_category_is_reachable_by_keys(qtbot, window):
    """Keys 1–9 and 0 set the first ten categories; Shift+C opens the list of all of them
    at the claim, to be chosen with the arrow keys (the thirteenth has no key of its own)."""
    panel = window.statements_panel
    tass = panel.model.rows[0].statement
    panel.select_statement(tass.uid)
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    menu = window.category_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Up)  # from the top, round to the last category
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert db(window, f"SELECT source_category FROM statements WHERE uid = '{tass.uid}'") == [
        ("unattributed",)
    ]
