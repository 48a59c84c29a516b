"""The colours a reader tells apart: an entity's tint is never taken for a source category's
line, in light and dark, also as seen with the three common colour-vision deficiencies."""

from itertools import combinations

import pytest
from coloraide import Color
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.resources import load_json
from annotator.gui.article.styles import UNKNOWN_COLOR, entity_tint
from annotator.gui.palette import apply_appearance, blend, contrast

DEFICIENCIES = ("protan", "deutan", "tritan")
TAXONOMY = load_json("taxonomy.json")
CATEGORIES = [e["color"] for e in TAXONOMY["source"]] + [UNKNOWN_COLOR]


def seen(color: QColor) -> Color:
    return Color(color.name())


def distance(one: Color, two: Color, deficiency: str | None = None) -> float:
    if deficiency:
        one, two = one.filter(deficiency), two.filter(deficiency)
    return one.delta_e(two, method="2000")


@pytest.fixture(params=["light", "dark"])
def page(request, qapp):
    apply_appearance(request.param)
    yield QApplication.instance().palette().color(QPalette.ColorRole.Base)
    apply_appearance("light")


def test_entity_tints_are_never_taken_for_a_category(page):
    tints = {e["code"]: seen(blend(entity_tint(e["color"]), page)) for e in TAXONOMY["entity"]}
    for code, tint in tints.items():
        for category in CATEGORIES:
            line = Color(category)
            assert distance(tint, line) >= 20, (code, category)
            for deficiency in DEFICIENCIES:
                assert distance(tint, line, deficiency) >= 15, (code, category, deficiency)


def test_category_lines_show_on_both_pages_and_apart_from_each_other(page):
    for category in CATEGORIES:
        assert contrast(QColor(category), page) >= 3, category
    for one, two in combinations(CATEGORIES, 2):
        for deficiency in (None, *DEFICIENCIES):
            assert distance(Color(one), Color(two), deficiency) >= 7, (one, two, deficiency)
