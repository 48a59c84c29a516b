"""Web pages crafted to stall the parser are refused in words, and a page is parsed
before the project is locked."""

import pytest

from annotator.core import importing
from annotator.core.formats.html import MAX_ATTRIBUTES
from annotator.core.importing import import_files
from annotator.core.store import Store

ARTICLE = "Le ministre a dit que la guerre était finie, selon TASS, hier soir à Istanbul."


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as store:
        yield store


def page(tmp_path, body, name="page.html"):
    path = tmp_path / name
    path.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    return path


def attributes(count, value="v"):
    return " ".join(f"a{i}={value}" for i in range(count))


@pytest.mark.parametrize(
    "value",
    ["v", '">"', "'<b>'", '"<p a=1>"'],  # quoted brackets do not end the element
)
def test_an_element_with_too_many_attributes_is_refused(store, tmp_path, value):
    path = page(tmp_path, f"<p {attributes(5 * MAX_ATTRIBUTES, value)}>{ARTICLE}</p>")
    report = import_files(store, [path])
    assert not report.added and len(report.failures) == 1
    message = str(report.failures[0])
    assert str(path) in message and f"more than {MAX_ATTRIBUTES} attributes" in message


def test_a_page_with_as_many_attributes_as_allowed_is_read(store, tmp_path):
    script = "<script>for (i = 0; i<n; i++) { " + "x = y + 1; " * 300 + "}</script>"
    comment = "<!-- <p " + attributes(300) + " -->"
    body = f"{script}{comment}<p {attributes(MAX_ATTRIBUTES)}>{ARTICLE}</p>"
    report = import_files(store, [page(tmp_path, body)])
    assert len(report.added) == 1 and not report.failures


def test_an_attribute_value_left_open_is_read_to_the_end(store, tmp_path):
    path = page(tmp_path, f'<p class="x>{ARTICLE}</p><p>' + " a" * 3 * MAX_ATTRIBUTES)
    report = import_files(store, [path])
    assert not report.added  # all of it is the value: no text, and one attribute
    assert "no article text" in str(report.failures[0])


def test_a_page_is_parsed_before_the_project_is_locked(store, tmp_path, monkeypatch):
    locked = []
    read_html = importing.read_html

    def reading(*args, **kwargs):
        locked.append(store.db.conn.in_transaction)
        return read_html(*args, **kwargs)

    monkeypatch.setattr(importing, "read_html", reading)
    report = import_files(store, [page(tmp_path, f"<p>{ARTICLE}</p>")])
    assert len(report.added) == 1 and locked == [False]
