from PySide6.QtGui import QColor

from annotator.core.model import TaxonomyEntry
from annotator.gui.article.styles import StyleBook
from annotator.gui.article.view import ArticleView

STYLES = StyleBook(
    [
        TaxonomyEntry("entity", "PER", "Person", "#E69F00", "", "", 0),
        TaxonomyEntry("entity", "LOC", "Place", "#009E73", "", "", 1),
    ],
    [TaxonomyEntry("source", "ru_official", "Russian officials", "#D55E00", "1", "", 0)],
)
# Emoji and flags outside the BMP, a combining accent, then the names.
TEXT = "🇺🇦 😀 Le 𝔘 re\u0301sumé : Umerov à Istanbul 🕊️.\nMedinskiy 😀 Kyiv"


def make_view(qtbot, spans):
    view = ArticleView(STYLES)
    qtbot.addWidget(view)
    view.set_article(TEXT, spans)
    view.resize(600, 300)
    view.show()
    return view


def color_at(view, offset):
    return view.format_at(offset).background().color().name().upper()


def test_highlights_land_on_the_right_characters(qtbot):
    names = {name: TEXT.index(name) for name in ("Umerov", "Istanbul", "Medinskiy", "Kyiv")}
    spans = [
        (names["Umerov"], names["Umerov"] + 6, "entity:PER"),
        (names["Istanbul"], names["Istanbul"] + 8, "entity:LOC"),
        (names["Medinskiy"], names["Medinskiy"] + 9, "entity:PER"),
        (names["Kyiv"], names["Kyiv"] + 4, "entity:LOC"),
    ]
    view = make_view(qtbot, spans)
    for name, start in names.items():
        expected = "#E69F00" if name in ("Umerov", "Medinskiy") else "#009E73"
        assert color_at(view, start) == expected, name
        assert color_at(view, start + len(name) - 1) == expected, name
        assert color_at(view, start - 1) != expected
        assert color_at(view, start + len(name)) == QColor().name().upper()
    assert view.keys_at(names["Kyiv"] + 1) == ["entity:LOC"]
    assert view.keys_at(names["Kyiv"] - 1) == []


def test_patching_spans_paints_and_unpaints_them(qtbot):
    view = make_view(qtbot, [])
    start = TEXT.index("Kyiv")
    assert view.keys_at(start) == []
    view.patch_spans([], [(start, start + 4, "entity:LOC")])
    assert color_at(view, start) == "#009E73"
    assert view.keys_at(start + 3) == ["entity:LOC"]
    view.patch_spans([(start, start + 4, "entity:LOC")], [(start, start + 4, "entity:PER")])
    assert view.keys_at(start + 3) == ["entity:PER"]
    view.patch_spans([(start, start + 4, "entity:PER")], [])
    assert view.keys_at(start + 3) == []
    assert color_at(view, start) == QColor().name().upper()


def test_tooltip_names_the_label(qtbot):
    start = TEXT.index("Istanbul")
    view = make_view(qtbot, [(start, start + 8, "entity:LOC")])
    cursor = view.textCursor()
    cursor.setPosition(start + 2 + 3)  # 3 astral characters before: +3 UTF-16 units
    rect = view.cursorRect(cursor)
    assert view.offset_at(rect.center().x(), rect.center().y()) in (start + 2, start + 1)
    offset = view.offset_at(rect.center().x(), rect.center().y())
    assert [STYLES.describe(k) for k in view.keys_at(offset)] == ["Entity: Place"]


def test_overlapping_claim_and_entity_both_stay_visible(qtbot):
    start = TEXT.index("Umerov")
    claim_start, claim_end = TEXT.index("Le"), TEXT.index(".\n")
    view = make_view(
        qtbot,
        [
            (claim_start, claim_end, "claim:ru_official:accepted"),
            (start, start + 6, "entity:PER"),
        ],
    )
    inside_entity = view.format_at(start + 1)
    assert inside_entity.background().color().name().upper() == "#E69F00"
    assert inside_entity.underlineColor().name().upper() == "#D55E00"  # the claim's category
    outside = view.format_at(claim_start + 1)
    assert outside.background().color().name().upper() == "#D55E00"
    assert outside.underlineStyle() == outside.UnderlineStyle.SingleUnderline
    assert view.format_at(claim_end + 2).underlineStyle() == outside.UnderlineStyle.NoUnderline


def screen_color(view, offset):
    """The colour on screen in the middle of a space character (no glyph ink there),
    grabbed from the viewport as a person sees it."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    assert view.toPlainText()[offset] == " "
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.to_utf16(offset))
    rect = view.cursorRect(cursor)
    window = view.window()
    point = view.viewport().mapTo(window, QPoint(rect.x() + 3, rect.center().y()))
    # What was last painted to the window (the offscreen platform keeps it), not a
    # fresh rendering: a paragraph left unrepainted after an edit shows its old colour.
    image = window.screen().grabWindow(window.winId()).toImage()
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))


def test_what_the_screen_shows_follows_edits_and_undo(qtbot, tmp_path):
    """On the third of many paragraphs: a claim marked, given a category, undone and
    redone; the pixels there change with each key, and nothing else repaints them."""
    from helpers import make_project, open_active_window
    from PySide6.QtCore import Qt

    paragraphs = [f"Paragraphe {n}: Umerov a précisé que l'échange aurait lieu." for n in range(40)]
    text = "\n".join(paragraphs)
    window = open_active_window(qtbot, make_project(tmp_path / "p.db", texts=(text,)))
    view = window.article_view
    qtbot.waitUntil(lambda: view.toPlainText() == text)
    view.setFocus()
    view.setCursorWidth(0)  # no blinking cursor in the pictures compared
    start = text.index("Paragraphe 2")
    inside = start + len("Paragraphe 2:")  # a space
    qtbot.wait(50)
    plain = screen_color(view, inside)
    view.select_range(start, start + len(paragraphs[2]))
    qtbot.keyClick(view, Qt.Key.Key_C)
    view.select_range(start, start)  # no selection colour over the claim
    qtbot.waitUntil(lambda: screen_color(view, inside) != plain)
    qtbot.wait(50)
    claim = screen_color(view, inside)
    qtbot.keyClick(view, Qt.Key.Key_1)  # a source category: the claim takes its colour
    qtbot.waitUntil(lambda: screen_color(view, inside) != claim)
    categorised = screen_color(view, inside)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Z, control)
    qtbot.waitUntil(lambda: screen_color(view, inside) == claim)
    qtbot.keyClick(view, Qt.Key.Key_Y, control)
    qtbot.waitUntil(lambda: screen_color(view, inside) == categorised)
    assert screen_color(view, text.index("Paragraphe 5") + len("Paragraphe 5:")) == plain
    qtbot.waitUntil(lambda: on_screen_as_painted_afresh(view))
    window.close()


def on_screen_as_painted_afresh(view) -> bool:
    from helpers import painted_as_fresh

    return painted_as_fresh(view.viewport())


def test_a_bold_source_mention_that_rewraps_its_paragraph_moves_the_rest(qtbot):
    """Bold text is wider: the paragraph may take more lines, and then the scroll
    range and the paragraphs below follow, though only one paragraph was formatted."""
    paragraph = " ".join(["Medinskiy a déclaré que la rencontre était utile"] * 12)
    view = ArticleView(STYLES)
    qtbot.addWidget(view)
    view.set_article("\n".join([f"{n} {paragraph}" for n in range(30)]), [])
    view.setCursorWidth(0)  # no blinking cursor in the pictures compared
    view.resize(320, 300)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    first = view.document().firstBlock()
    qtbot.waitUntil(lambda: first.layout().lineCount() > 0)  # laid out, painted
    maximum, before = bar.maximum(), first.layout().lineCount()
    view.patch_spans([], [(0, len(paragraph), "source::accepted")])
    qtbot.waitUntil(lambda: first.layout().lineCount() > before)
    assert bar.maximum() == maximum + first.layout().lineCount() - before
    qtbot.waitUntil(lambda: on_screen_as_painted_afresh(view))
    view.patch_spans([], [(len(paragraph) * 20, len(paragraph) * 20 + 9, "entity:PER")])
    bar.setValue(bar.maximum() // 2)  # paragraphs never seen get their formats as they come
    qtbot.waitUntil(lambda: on_screen_as_painted_afresh(view))


def test_placed_highlights_follow_the_lines_when_the_view_is_resized_or_zoomed(qtbot):
    """Rectangles are kept per paragraph while its lines stay; a narrower view or a
    bigger font moves the lines, and what is painted is placed anew."""
    paragraph = " ".join(["Umerov a précisé que l'échange aurait lieu à Istanbul"] * 6)
    text = "\n".join([paragraph] * 8)
    spans = [(n * (len(paragraph) + 1) + 10, n * (len(paragraph) + 1) + 200, "entity:PER")
             for n in range(8)]  # fmt: skip
    view = make_view(qtbot, spans)
    view.set_article(text, spans)
    painter = view._highlighter

    def placed_now() -> list:
        qtbot.waitUntil(lambda: on_screen_as_painted_afresh(view))
        block = view.firstVisibleBlock()
        kept = [[r.getRect() for r in rects] for _, rects in painter.marks(block).tints]
        painter.forget_geometry()
        fresh = [[r.getRect() for r in rects] for _, rects in painter.marks(block).tints]
        assert kept == fresh
        return kept

    before = placed_now()
    view.resize(350, 300)
    narrower = placed_now()
    assert narrower != before
    view.zoomIn(4)
    assert placed_now() != narrower


def test_a_source_mention_marked_at_the_end_of_a_full_line_moves_what_follows(qtbot, tmp_path):
    """Reported: M on the last word of a paragraph whose last line is full made it
    bold, the paragraph took one more line, and everything below stayed where it
    was on screen (the last word missing, the next paragraph too high)."""
    from helpers import make_project, open_active_window
    from PySide6.QtCore import Qt

    words = "Le porte-parole a confirmé que les délégations se retrouveraient à Istanbul"
    paragraphs = [f"{words} {n} " * 5 + "fin." for n in range(30)]
    text = "\n".join(paragraphs)
    window = open_active_window(qtbot, make_project(tmp_path / "p.db", texts=(text,)))
    view = window.article_view
    qtbot.waitUntil(lambda: view.toPlainText() == text)
    view.setCursorWidth(0)
    view.setFocus()
    lines = view.document().blockCount()
    for n in (1, 3, 5):  # whichever paragraph rewraps: bold text is wider
        start = text.index(paragraphs[n])
        view.select_range(start, start + len(paragraphs[n]))
        qtbot.keyClick(view, Qt.Key.Key_M)
        view.select_range(start, start)
        qtbot.waitUntil(lambda: on_screen_as_painted_afresh(view))
    assert view.document().blockCount() == lines
    window.close()
