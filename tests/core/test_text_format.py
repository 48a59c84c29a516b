import re

import pytest

from annotator.core.errors import InputError
from annotator.core.formats.text import parse_header, read_text
from annotator.core.language import detect_language


def test_seed_header_gives_title_outlet_and_date(seed_path):
    document = read_text(seed_path)
    assert document.title.startswith("Avant le début des négociations")
    assert document.outlet == "Chas Pravdy"
    assert document.published == "2025-06-02T21:24"
    assert document.lang == "fr"


def test_header_in_english():
    fields = parse_header("Title here\n\nKyiv Independent - 3 June 2025\n\nBody.")
    assert fields == {
        "title": "Title here",
        "outlet": "Kyiv Independent",
        "published": "2025-06-03",
    }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "Selon le Kremlin, les négociations à Istanbul ont été « très utiles » — déclaré.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path).text == text


def test_newlines_are_normalised(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Ligne un.\r\nLigne deux.\rFin.")
    assert read_text(path).text == "Ligne un.\nLigne deux.\nFin."


def test_binary_and_empty_files_are_refused_with_their_name(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary") as caught:
        read_text(binary)
    assert str(binary) in str(caught.value)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        read_text(empty)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon les médias russes, les délégations ont discuté de la paix.", "fr"),
        ("According to the Kremlin, the delegations said that the talks were useful.", "en"),
        ("За словами Умєрова, делегації також обговорили обмін, який відбувся.", "uk"),
        ("По словам Мединского, делегации также обсудили обмен, который был.", "ru"),
    ],
)
def test_language_is_detected(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "line, published",
    [
        ("Укрінформ - 16 червня 2025", "2025-06-16"),
        ("Укрінформ — 3 березня 2025 р., 14:05", "2025-03-03T14:05"),
        ("ТАСС - 2 июня 2025 г. 21:24", "2025-06-02T21:24"),
        ("РИА Новости – 1 декабря 2024 года", "2024-12-01"),
        ("Українська правда - 9 листопад 2025", "2025-11-09"),
    ],
)
def test_ukrainian_and_russian_datelines(line, published):
    fields = parse_header(f"Заголовок\n\n{line}\n\nТекст.")
    assert fields["published"] == published
    assert fields["outlet"] == re.split(" [-–—] ", line)[0]
