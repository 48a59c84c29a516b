"""No document can stop the others: a language code from a file is checked at import
(unknown: detected, or xx, with a message naming file and line)."""

import json

import pytest

from annotator.core.importing import import_files
from annotator.core.language import known_language
from annotator.core.store import Store

FRENCH = "Selon TASS, Medinskiy a déclaré que la rencontre était utile pour les deux pays.\n"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as store:
        yield store


@pytest.mark.parametrize(
    ("code", "kept"),
    [("fr", "fr"), ("FR", "fr"), ("fr-CA", "fr"), ("uk", "uk"), ("xx", "xx"), ("zz", None),
     ("fr.lex_attrs", None), ("../../etc", None), ("", None), (None, None), (7, None)],
)  # fmt: skip
def test_known_languages(code, kept):
    assert known_language(code) == kept


def test_an_unknown_language_in_front_matter_is_detected_and_said(store, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Talks\nlang: fr.lex_attrs\n---\n{FRENCH}", encoding="utf-8")
    report = import_files(store, [path])
    assert [d.lang for d in store.documents()] == ["fr"]
    assert report.notes == [
        f"{path}:3: the language 'fr.lex_attrs' is no language code annotator knows; the "
        "document is taken as 'fr' (detected from its text; its details can change it)"
    ]


def test_an_unknown_language_in_a_corpus_line(store, tmp_path):
    path = tmp_path / "c.jsonl"
    lines = [{"text": FRENCH, "lang": "fr"}, {"text": "12 345 — 678.", "lang": "zz"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    report = import_files(store, [path])
    assert [d.lang for d in store.documents()] == ["fr", "xx"]
    assert [note.split(";")[0] for note in report.notes] == [
        f"{path}:2: the language 'zz' is no language code annotator knows"
    ]
    assert "'xx' (any language" in report.notes[0]
