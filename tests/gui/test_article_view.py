from PySide6.QtGui import QColor

from annotator.core.model import Span
from annotator.gui.article_view import ArticleView

COLORS = {"PER": "#E69F00", "LOC": "#009E73"}
# Emoji and flags outside the BMP, a combining accent, then the names.
TEXT = "🇺🇦 😀 Le 𝔘 re\u0301sumé : Umerov à Istanbul 🕊️.\nMedinskiy 😀 Kyiv"


def make_view(qtbot, spans):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_labels(COLORS, {"PER": "Person", "LOC": "Place"})
    view.set_article(TEXT, spans)
    view.resize(600, 300)
    view.show()
    return view


def color_at(view, offset):
    return view.format_at(offset).background().color().name().upper()


def test_highlights_land_on_the_right_characters(qtbot):
    names = {name: TEXT.index(name) for name in ("Umerov", "Istanbul", "Medinskiy", "Kyiv")}
    spans = [
        Span(names["Umerov"], names["Umerov"] + 6, "PER"),
        Span(names["Istanbul"], names["Istanbul"] + 8, "LOC"),
        Span(names["Medinskiy"], names["Medinskiy"] + 9, "PER"),
        Span(names["Kyiv"], names["Kyiv"] + 4, "LOC"),
    ]
    view = make_view(qtbot, spans)
    for name, start in names.items():
        expected = "#E69F00" if name in ("Umerov", "Medinskiy") else "#009E73"
        assert color_at(view, start) == expected, name
        assert color_at(view, start + len(name) - 1) == expected, name
        assert color_at(view, start - 1) != expected
        assert color_at(view, start + len(name)) == QColor().name().upper()
    assert view.labels_at(names["Kyiv"] + 1) == ["LOC"]
    assert view.labels_at(names["Kyiv"] - 1) == []


def test_adding_a_span_paints_it(qtbot):
    view = make_view(qtbot, [])
    start = TEXT.index("Kyiv")
    assert view.labels_at(start) == []
    view.add_span(Span(start, start + 4, "LOC"))
    assert color_at(view, start) == "#009E73"
    assert view.labels_at(start + 3) == ["LOC"]


def test_tooltip_names_the_label(qtbot):
    start = TEXT.index("Istanbul")
    view = make_view(qtbot, [Span(start, start + 8, "LOC")])
    cursor = view.textCursor()
    cursor.setPosition(start + 2 + 3)  # 3 astral characters before: +3 UTF-16 units
    rect = view.cursorRect(cursor)
    assert view.offset_at(rect.center().x(), rect.center().y()) in (start + 2, start + 1)
    assert view.labels_at(view.offset_at(rect.center().x(), rect.center().y())) == ["LOC"]
