"""Nothing gets in or out: no path of the app opens a network connection."""

import socket
import subprocess
import sys

import pytest

from annotator.core.assistance import suggest_documents
from annotator.core.export import export
from annotator.core.factcheck import FactChecker, save_fact_checker
from annotator.core.importing import import_files
from annotator.core.store import Store


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_import_suggest_export_open_no_connection(no_network, tmp_path, seed_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><link rel=stylesheet href='http://example.com/a.css'>"
        "<script src='http://example.com/a.js'></script></head><body><article>"
        "<p>Selon TASS, Medinskiy a déclaré que la rencontre était utile et que "
        "les délégations se reverraient.</p><img src='http://example.com/i.png'>"
        "</article></body></html>",
        encoding="utf-8",
    )
    with Store(tmp_path / "p.db") as store:
        assert not import_files(store, [seed_path, page]).failures
        assert len(suggest_documents(store).done) == 2
        save_fact_checker(store, FactChecker("F", "https://f.example", "https://f.example/c"))
        for name, suffix in (
            ("doccano", ".jsonl"),
            ("brat", ""),
            ("spacy", ".spacy"),
            ("claimreview", ".json"),
            ("webanno", ".json"),
            ("csv", ".csv"),
        ):
            export(store, name, tmp_path / f"out-{name}{suffix}")
    assert no_network == []


def test_the_language_worker_cuts_itself_off():
    probe = (
        "from annotator.core.nlp import forbid_network\n"
        "import socket\nforbid_network()\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9))\n"
        "except PermissionError as e:\n    print('refused:', e)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "refused: annotator's language worker has no network access"


def test_brat_export_names_stay_inside_the_folder(tmp_path):
    from annotator.core.model import Document

    with Store(tmp_path / "p.db") as store:
        store.add_document(Document(text="Un texte.", title="../../../etc/passwd"))
        store.add_document(Document(text="Autre texte.", title="/absolute/name"))
        out = tmp_path / "export" / "brat"
        out.parent.mkdir()
        export(store, "brat", out)
    written = sorted(
        p.relative_to(tmp_path)
        for p in tmp_path.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".ann")
    )
    assert all(p.parts[:2] == ("export", "brat") and len(p.parts) == 3 for p in written)
    assert len(written) == 4
