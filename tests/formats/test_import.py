"""Importing files other tools make, and refusing bad ones whole, with file and line."""

import json
import socket

import pytest

from annotator.core.importing import import_files
from annotator.core.store import Store

ARTICLE = "Selon TASS, Medinskiy a déclaré que la rencontre était utile. " * 3


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as store:
        yield store


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_doccano_and_prodigy_files_from_other_tools(store, tmp_path):
    doccano = write_jsonl(
        tmp_path / "d.jsonl",
        [
            json.dumps(
                {"text": "Umerov est à Istanbul.", "label": [[0, 6, "PER"], [13, 21, "LOC"]]}
            ),
            json.dumps({"text": "Un texte sans étiquette, sur Kyiv.", "label": []}),
        ],
    )
    prodigy = write_jsonl(
        tmp_path / "p.jsonl",
        [
            json.dumps(
                {
                    "text": "TASS cite Medinskiy.",
                    "answer": "accept",
                    "spans": [
                        {"start": 0, "end": 4, "label": "ORG", "token_start": 0, "token_end": 0},
                        {"start": 0, "end": 20, "label": "CLAIM", "token_start": 0, "token_end": 3},
                    ],
                }
            )
        ],
    )
    report = import_files(store, [doccano, prodigy])
    assert len(report.added) == 3 and not report.failures
    spans = {
        (store.text(d)[s.start : s.end], s.kind, s.label, s.origin, s.status)
        for d in report.added
        for s in store.spans(d)
    }
    assert spans == {
        ("Umerov", "entity", "PER", "import", "accepted"),
        ("Istanbul", "entity", "LOC", "import", "accepted"),
        ("TASS", "entity", "ORG", "import", "accepted"),
        ("TASS cite Medinskiy.", "claim", "claim", "import", "accepted"),
    }
    # Annotated documents count as done; the unlabelled one still gets suggestions.
    assert [d.uid for d in store.documents_needing_suggestions()] == [
        store.document(report.added[1]).uid
    ]


def test_a_bad_line_refuses_the_whole_file_and_the_batch_goes_on(store, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            json.dumps({"text": "Premier document.", "label": []}),
            json.dumps({"text": "Deuxième document.", "label": []}),
            '{"text": "Troisième", "label": [[0, 3, "PER"]',
        ],
    )
    outside = write_jsonl(
        tmp_path / "outside.jsonl", [json.dumps({"text": "Court.", "label": [[0, 60, "PER"]]})]
    )
    # reported: "label [0.5, 6, 'PER'] lies outside the text" of offsets inside it
    halves = write_jsonl(
        tmp_path / "halves.jsonl",
        [json.dumps({"text": "Court.", "label": []}),
         json.dumps({"text": "Court.", "entities": [
             {"start_offset": 0.5, "end_offset": 4, "label": "PER"}]})],
    )  # fmt: skip
    truth = write_jsonl(
        tmp_path / "truth.jsonl", [json.dumps({"text": "Court.", "label": [[True, 4, "PER"]]})]
    )
    report = import_files(store, [bad, good, outside, halves, truth, tmp_path / "missing.txt"])
    assert [str(f) for f in report.failures] == [
        f"{bad}:3: not valid JSON (Expecting ',' delimiter)",
        f'{outside}:1: the span 0..60 of "PER" lies outside the text (6 characters)',
        f'{halves}:2: the span 0.5..4 of "PER": offsets are whole numbers of characters',
        f'{truth}:1: the span true..4 of "PER": offsets are whole numbers of characters',
        f"{tmp_path / 'missing.txt'}: no such file",
    ]
    assert [store.text(d) for d in report.added] == [ARTICLE]
    assert len(store.documents()) == 1  # nothing of bad.jsonl was kept


def test_brat_folder_and_bad_offsets(store, tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("Medinskiy a parlé à Istanbul.", encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tPER 0 9\tMedinskiy\nT2\tClaim 0 29\tMedinskiy a parlé à Istanbul.\n"
        "T3\tSource 0 9\tMedinskiy\nA1\tSourceCategory T3 ru_official\n"
        "R1\tSays Arg1:T3 Arg2:T2\n#1\tAnnotatorNotes T3\tspeaker: Vladimir Medinsky\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("Court texte.", encoding="utf-8")
    (folder / "b.ann").write_text("T1\tPER 0 5\tCourt\nT2\tLOC 6 80\ttexte\n", encoding="utf-8")
    report = import_files(store, [folder])
    assert [str(f) for f in report.failures] == [
        f"{folder / 'b.ann'}:2: T2 6..80 lies outside the text (12 characters)"
    ]
    [document_id] = report.added
    [statement] = store.statements(document_id)
    assert (statement.speaker, statement.source_category) == ("Vladimir Medinsky", "ru_official")


def test_html_main_text_without_fetching_anything(store, tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Pourparlers</title><script>fetch('http://example.com/x')</script>"
        "<link rel='stylesheet' href='http://example.com/s.css'></head><body>"
        "<nav>Accueil Rubriques</nav><article><h1>Pourparlers d'Istanbul</h1>"
        f"<p>{ARTICLE}</p><img src='http://example.com/a.png'></article>"
        "<footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )

    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    report = import_files(store, [page])
    assert not report.failures
    text = store.text(report.added[0])
    assert ARTICLE.strip() in text
    assert "fetch(" not in text and "Mentions légales" not in text
    assert store.document(report.added[0]).title == "Pourparlers d'Istanbul"


def test_markdown_front_matter(store, tmp_path):
    note = tmp_path / "a.md"
    note.write_text(
        "---\ntitle: Les pourparlers\noutlet: Le Monde\ndate: 2025-06-03\n"
        "url: https://example.org/a\n---\n" + ARTICLE,
        encoding="utf-8",
    )
    [document_id] = import_files(store, [note]).added
    listed = store.document(document_id)
    assert (listed.title, listed.outlet, listed.published, listed.url) == (
        "Les pourparlers",
        "Le Monde",
        "2025-06-03",
        "https://example.org/a",
    )
    assert store.text(document_id) == ARTICLE


def test_cancel_leaves_the_current_file_out(store, tmp_path):
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [json.dumps({"text": f"Document numéro {i}.", "label": []}) for i in range(50)],
    )
    asked = []

    def stop_after_ten():
        asked.append(1)
        return len(asked) > 10

    report = import_files(store, [corpus], should_stop=stop_after_ten)
    assert report.cancelled and report.added == [] and store.documents() == []


def test_brat_with_windows_line_ends_keeps_its_spans_on_their_words(tmp_path):
    from annotator.core.store import Store

    text = "First line here.\r\nSecond line: Zelensky said hello.\r\nThird line: Putin replied.\r\n"
    (tmp_path / "d.txt").write_bytes(text.encode())
    (tmp_path / "d.ann").write_text(
        f"T1\tPER {text.index('Zelensky')} {text.index('Zelensky') + 8}\tZelensky\n"
        f"T2\tPER {text.index('Putin')} {text.index('Putin') + 5}\tPutin\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "p.db") as store:
        assert not import_files(store, [tmp_path / "d.txt"]).failures
        stored = store.text(1)
        assert "\r" not in stored
        assert sorted(stored[s.start : s.end] for s in store.spans(1)) == ["Putin", "Zelensky"]
