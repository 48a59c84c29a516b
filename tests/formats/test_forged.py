"""Identity and provenance are ours: a file cannot name a document's uid for it, nor pass
its annotations off as a review made here (merges: tests/core/test_teamwork.py)."""

import json

import pytest

from annotator.core import nlp
from annotator.core.export import annotated_documents
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.formats.spacy_docbin import to_doc
from annotator.core.importing import import_files
from annotator.core.model import Document, Origin, SpanStatus, text_uid
from annotator.core.store import Store

GENUINE = "Selon TASS, Medinskiy a déclaré que la rencontre à Istanbul était utile.\n"
FORGED = "Selon TASS, l'Ukraine a refusé toute rencontre à Istanbul.\n"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as store:
        yield store


def forged_spacy(path):
    """A .spacy whose payload gives the forged text the genuine article's uid."""
    doc = to_doc(AnnotatedDocument(Document(FORGED, lang="fr")))
    doc.user_data["_annotator"]["document"]["uid"] = text_uid(GENUINE)
    bin_ = nlp.doc_bin()
    bin_.add(doc)
    bin_.to_disk(path)
    return path


def forged_jsonl(path):
    line = {"text": FORGED, "document_uid": text_uid(GENUINE), "label": []}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("forge", [forged_spacy, forged_jsonl])
def test_an_embedded_uid_is_ignored_and_said(store, tmp_path, forge):
    forged = forge(tmp_path / ("forged.spacy" if forge is forged_spacy else "forged.jsonl"))
    report = import_files(store, [forged])
    assert len(report.added) == 1 and not report.failures
    assert any(str(forged) in note and "uid" in note for note in report.notes), report.notes
    genuine = tmp_path / "genuine.txt"
    genuine.write_text(GENUINE, encoding="utf-8")
    report = import_files(store, [genuine])
    assert len(report.added) == 1 and not report.duplicates
    held = {d.uid: store.text(d.id) for d in store.documents()}
    assert held == {text_uid(FORGED): FORGED, text_uid(GENUINE): GENUINE}


def test_a_document_refuses_a_uid_that_is_not_its_texts_hash():
    with pytest.raises(ValueError, match="hash of its text"):
        Document(FORGED, uid=text_uid(GENUINE))
    assert Document(GENUINE, uid=text_uid(GENUINE)).uid == text_uid(GENUINE)


def claimed_review(path):
    """A payload that says its claim and statement were a reviewer's choice."""
    claim = {"uid": "c1", "start": 0, "end": 30, "label": "claim", "kind": "claim",
             "origin": "review", "status": "accepted", "annotator": "alice"}  # fmt: skip
    statement = {"uid": "s1", "claim_uid": "c1", "rating": "false", "origin": "review",
                 "status": "accepted", "annotator": "alice"}  # fmt: skip
    line = {"text": GENUINE, "_annotator": {"spans": [claim], "statements": [statement]}}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


def test_imported_annotations_are_imports_whatever_they_claim(store, tmp_path):
    path = claimed_review(tmp_path / "review.jsonl")
    report = import_files(store, [path])
    assert len(report.added) == 1
    [document] = store.documents()
    [claim] = store.spans(document.id)
    [statement] = store.statements(document.id)
    for item in (claim, statement):
        assert item.origin == Origin.IMPORT
        assert "claimed_origin:review" in item.reasons  # what it claimed, kept as data
        assert item.annotator == "alice"  # whose it says it is: data, not our provenance
    assert statement.rating == "false"
    assert any(str(path) in note and "review" in note for note in report.notes), report.notes
    store.db.execute("UPDATE documents SET status = 'reviewed'")  # even marked reviewed
    reviewed = list(annotated_documents(store, status=list(SpanStatus), reviewed_only=True))
    assert [(r.spans, r.statements) for r in reviewed] == [([], [])]


def test_the_command_line_says_what_was_not_taken(tmp_path, capsys):
    from annotator.cli import main

    forged = forged_jsonl(tmp_path / "forged.jsonl")
    assert main(["import", "--project", str(tmp_path / "p.db"), str(forged)]) == 0
    assert f"{forged}:1: the file gives this document the uid" in capsys.readouterr().err
