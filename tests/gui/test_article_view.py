from PySide6.QtGui import QColor

from annotator.core.store import TaxonomyEntry
from annotator.gui.article_view import ArticleView
from annotator.gui.styles import StyleBook

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
