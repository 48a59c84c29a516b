"""Crafted records, each as an attacker would write it: a clean error naming the file and
line, the rest of the batch imported, nothing malformed in the project."""

import json

import pytest

from annotator.core import importing
from annotator.core.errors import InputError
from annotator.core.formats.text import read_text
from annotator.core.importing import import_files
from annotator.core.store import Store

TEXT = "Selon TASS, Medinskiy a déclaré que la rencontre était utile."


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as store:
        yield store


def payload(*spans, statements=()):
    return {"spans": list(spans), "statements": list(statements)}


def span(uid="a", start=0, end=4, label="ORG"):
    return {"uid": uid, "start": start, "end": end, "label": label, "kind": "entity"}


CRAFTED_LINES = {
    "lone surrogate": ('{"text": "Selon TASS \\ud800 a dit.", "label": []}', "half of a UTF-16"),
    "surrogate title": (
        '{"text": "Selon TASS.", "title": "x\\udfff", "label": []}',
        "title holds '\\udfff', half of a UTF-16 pair",
    ),
    "deep arrays": ('{"text": "a", "label": ' + "[" * 100_000 + "]" * 100_000 + "}", "deeply"),
    "spans of numbers": (json.dumps({"text": TEXT, "spans": [5]}), '"spans" must be a list'),
    "float offset": (json.dumps({"text": TEXT, "label": [[0.5, 4, "ORG"]]}), "0.5"),
    "true offset": (json.dumps({"text": TEXT, "label": [[True, 4, "ORG"]]}), "span true..4"),
    "object label": (json.dumps({"text": TEXT, "label": [[0, 4, {"x": 1}]]}), "not an object"),
    "float in payload": (
        json.dumps({"text": TEXT, "_annotator": payload(span(start=0.5))}),
        "a span's start must be a whole number, not 0.5",
    ),
    "object label in payload": (
        json.dumps({"text": TEXT, "_annotator": payload(span(label={"x": 1}))}),
        "a span's label must be text, not an object",
    ),
    "duplicate uids": (
        json.dumps({"text": TEXT, "_annotator": payload(span(), span(start=6, end=10))}),
        "two spans of this document have the same uid",
    ),
    "payload of numbers": (
        json.dumps({"text": TEXT, "_annotator": {"spans": [5]}}),
        "spans must be a list of objects",
    ),
    "relay of nothing": (
        json.dumps(
            {
                "text": TEXT,
                "_annotator": payload(
                    span(label="claim"),
                    statements=[{"uid": "s", "claim_uid": "a", "relay_of": "gone"}],
                ),
            }
        ),
        "relays a missing statement",
    ),
}


@pytest.mark.parametrize("name", CRAFTED_LINES)
def test_a_crafted_line_is_refused_by_file_and_line_and_the_batch_goes_on(store, tmp_path, name):
    line, said = CRAFTED_LINES[name]
    crafted = tmp_path / "crafted.jsonl"
    crafted.write_text(json.dumps({"text": "Une première ligne, bonne."}) + "\n" + line + "\n")
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    report = import_files(store, [crafted, good])
    [failure] = report.failures
    assert type(failure) is InputError and str(failure).startswith(f"{crafted}:2: ")
    assert said in str(failure)
    assert [store.text(d.id) for d in store.documents()] == [TEXT]


def test_uids_taken_in_the_project_or_earlier_in_the_file_are_renewed(store, tmp_path):
    """A file may reuse uids (of its own documents, or of this project's annotations):
    each annotation comes in under a uid of its own, its statements following it."""
    claim = span(uid="c", start=0, end=10, label="claim") | {"kind": "claim"}
    said = {"uid": "s", "claim_uid": "c"}
    lines = [
        {"text": TEXT, "_annotator": payload(claim, statements=[said])},
        {"text": TEXT.upper(), "_annotator": payload(claim, statements=[said])},
    ]
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({**lines[0], "text": TEXT.lower()}) + "\n", encoding="utf-8")
    report = import_files(store, [first, again])
    assert not report.failures and len(report.added) == 3
    for document in store.documents():
        [statement] = store.statements(document.id)
        [claim_span] = store.spans(document.id)
        assert statement.claim_uid == claim_span.uid
    uids = {store.spans(d.id)[0].uid for d in store.documents()}
    assert len(uids) == 3 and "c" in uids


def test_a_reader_that_breaks_unforeseen_is_one_failure_not_the_batch(store, tmp_path, monkeypatch):
    def broken(path, lang=None):
        if path.name == "broken.txt":
            raise RuntimeError("a bug nobody foresaw")
        return original(path, lang)

    original = importing.read_article
    monkeypatch.setattr(importing, "read_article", broken)
    for name in ("broken.txt", "good.txt"):
        (tmp_path / name).write_text(TEXT if name == "good.txt" else "x", encoding="utf-8")
    report = import_files(store, [tmp_path / "broken.txt", tmp_path / "good.txt"])
    [failure] = report.failures
    assert str(failure).startswith(f"{tmp_path / 'broken.txt'}: unexpected error (RuntimeError")
    assert len(report.added) == 1


def test_a_discontinuous_brat_entity_comes_in_as_its_fragments(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tORG 0 5;12 21\tSelon Medinskiy\n", encoding="utf-8")
    report = import_files(store, [tmp_path / "a.txt"])
    assert not report.failures
    [document] = store.documents()
    assert [(TEXT[s.start : s.end], s.label) for s in store.spans(document.id)] == [
        ("Selon", "ORG"),
        ("Medinskiy", "ORG"),
    ]


def test_a_discontinuous_brat_claim_is_refused_never_widened(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tClaim 0 5;10 20\tSelon Medinskiy\n", encoding="utf-8")
    report = import_files(store, [tmp_path / "a.txt"])
    assert [str(f) for f in report.failures] == [
        f"{tmp_path / 'a.ann'}:1: T1 is a Claim in pieces (0 5;10 20); annotator keeps a claim, "
        "source or cue in one piece: join the pieces or split it in brat"
    ]
    assert store.documents() == []


def test_a_brat_ann_in_cp1252_is_read(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.ann").write_bytes(
        "T1\tPER 12 21\tMedinskiy\n#1\tAnnotatorNotes T1\tnote: vérifié, déjà cité\n".encode(
            "cp1252"
        )
    )
    report = import_files(store, [tmp_path / "a.txt"])
    assert not report.failures
    [document] = store.documents()
    [person] = store.spans(document.id)
    assert TEXT[person.start : person.end] == "Medinskiy"


RUSSIAN = (
    "Как сообщает «ТАСС», переговоры в Стамбуле прошли успешно.\n"
    "Министр заявил, что обмен пленными состоится на следующей неделе.\n"
)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("cp1251", RUSSIAN), ("koi8_r", RUSSIAN.replace("«", '"').replace("»", '"'))],
)
def test_a_pure_cyrillic_legacy_encoding_is_read(tmp_path, encoding, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path).text == text
