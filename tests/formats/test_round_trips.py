"""Every format: export, read back by the real consumer, import, and compare."""

import csv
import json
import socket
from pathlib import Path

import pytest
from sample_project import OTHER, TEXT, offsets, sample_project

from annotator.core import nlp
from annotator.core.export import export
from annotator.core.importing import import_files
from annotator.core.model import SpanStatus
from annotator.core.store import Store


@pytest.fixture
def project(tmp_path):
    store = sample_project(tmp_path / "source.db")
    yield store
    store.close()


def snapshot(store, exact=True):
    """What a project holds, by document text hash, independent of row ids."""
    found = {}
    for listed in store.documents():
        text = store.text(listed.id)
        spans = store.spans(listed.id)
        by_uid = {s.uid: s for s in spans}

        def where(uid, by_uid=by_uid):
            return (by_uid[uid].start, by_uid[uid].end) if uid in by_uid else None

        found[listed.uid] = {
            "text": text,
            "meta": (listed.title, listed.outlet, listed.published) if exact else listed.title,
            "spans": sorted(
                (s.start, s.end, str(s.kind), s.label) + ((str(s.status),) if exact else ())
                for s in spans
            ),
            "statements": sorted(
                (
                    where(s.claim_uid),
                    where(s.source_uid),
                    s.speaker,
                    s.source_category,
                    s.stance,
                    s.rating,
                    s.note,
                    s.relay_of is not None,
                )
                for s in store.statements(listed.id)
            ),
        }
    return found


EVERYTHING = [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]  # the round trip carries all


def round_trip(store, tmp_path, format_name, suffix):
    out = tmp_path / f"corpus{suffix}"
    assert export(store, format_name, out, status=EVERYTHING) == 2
    with Store(tmp_path / "copy.db") as copy:
        report = import_files(copy, [out])
        assert not report.failures, report.failures
        return out, snapshot(copy)


@pytest.mark.parametrize("format_name", ["doccano", "prodigy", "spacy"])
def test_exact_round_trip(project, tmp_path, format_name):
    suffix = ".spacy" if format_name == "spacy" else ".jsonl"
    _out, copy = round_trip(project, tmp_path, format_name, suffix)
    assert copy == snapshot(project)


def test_brat_round_trip_keeps_what_brat_can_carry(project, tmp_path):
    out = tmp_path / "brat"
    assert export(project, "brat", out) == 2
    assert sorted(p.suffix for p in out.iterdir()) == [
        ".ann",
        ".ann",
        ".conf",
        ".conf",
        ".txt",
        ".txt",
    ]
    ann = next(p for p in out.glob("*.ann") if "Claim" in p.read_text(encoding="utf-8"))
    lines = ann.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("T") and "\tSource " in line for line in lines)
    assert any(line.startswith("R") and line.split("\t")[1].startswith("Relays") for line in lines)
    assert any("\tSourceCategory " in line for line in lines)
    with Store(tmp_path / "copy.db") as copy:
        assert not import_files(copy, [out]).failures
        got = snapshot(copy, exact=False)
    want = snapshot(project, exact=False)
    for uid in want:  # brat has no title field: the first line becomes it
        assert got[uid]["text"] == want[uid]["text"]
        assert got[uid]["spans"] == want[uid]["spans"]
        assert got[uid]["statements"] == want[uid]["statements"]


def test_spacy_reads_our_docbin(project, tmp_path):
    out = tmp_path / "corpus.spacy"
    export(project, "spacy", out, status=EVERYTHING)
    from spacy.tokens import DocBin

    docs = list(DocBin().from_disk(out).get_docs(nlp.blank("fr").vocab))
    first = next(d for d in docs if "Medinskiy" in d.text)
    assert ("Vladimir Medinskiy", "PER") in {(e.text, e.label_) for e in first.ents}
    assert {s.label_ for s in first.spans["claims"]} == {"ru_media", "ru_official"}
    assert "TASS" in {s.text for s in first.spans["sources"]}
    statements = first.user_data["_annotator"]["statements"]
    assert {s["rating"] for s in statements} == {"", "misleading"}


def test_an_article_over_a_million_characters_goes_to_spacy_and_back(tmp_path):
    """spaCy refuses texts over a million characters by default: our export does not."""
    from spacy.tokens import DocBin

    from annotator.core.model import Document, Span

    text = "Selon TASS, la rencontre a eu lieu à Istanbul. " * 25_000  # 1.2 million
    with Store(tmp_path / "p.db") as store:
        store.add_document(Document(text=text, title="long", lang="fr"))
        last = text.rindex("Istanbul")
        entity = Span(last, last + 8, "LOC", status=SpanStatus.ACCEPTED)
        store.save_suggestions(1, [entity], [], "test")
        assert export(store, "spacy", tmp_path / "long.spacy") == 1
    [doc] = DocBin().from_disk(tmp_path / "long.spacy").get_docs(nlp.blank("fr").vocab)
    assert len(doc.text) == len(text) and [(e.start_char, e.label_) for e in doc.ents] == [
        (last, "LOC")
    ]


def test_web_annotation_selectors(project, tmp_path):
    out = tmp_path / "anno.jsonld"
    export(project, "webanno", out)
    annotations = json.loads(out.read_text(encoding="utf-8"))
    texts = {a["target"]["source"]: a for a in annotations}
    assert "https://example.org/istanbul" in texts
    for item in annotations:
        assert item["type"] == "Annotation" and item["@context"].endswith("anno.jsonld")
        quote, position = item["target"]["selector"]
        text = TEXT if item["target"]["source"].startswith("https") else OTHER
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
    rated = [a for a in annotations if a["motivation"] == "assessing"]
    assert len(rated) == 1
    assert {"purpose": "assessing", "type": "TextualBody", "value": "misleading"} in rated[0][
        "body"
    ]


def test_csv_has_every_statement(project, tmp_path):
    out = tmp_path / "s.csv"
    export(project, "csv", out)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["speaker"] for r in rows) == ["Russian media", "TASS", "Vladimir Medinsky"]


def test_csv_carries_mentions_relays_and_the_article(project, tmp_path):
    """The csv module reads, per statement: the source mention's words and offsets,
    the statement it relays, the article's outlet, date and URL."""
    out = tmp_path / "s.csv"
    export(project, "csv", out)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = {r["speaker"]: r for r in csv.DictReader(handle)}
    tass, medinsky = rows["TASS"], rows["Vladimir Medinsky"]
    start, end = int(tass["source_start"]), int(tass["source_end"])
    assert tass["source_mention"] == TEXT[start:end] == "TASS"
    assert tass["relay_of"] == medinsky["statement_uid"] and medinsky["relay_of"] == ""
    assert (tass["outlet"], tass["published"], tass["url"]) == (
        "Chas Pravdy",
        "2025-06-02T21:24",
        "https://example.org/istanbul",
    )
    assert rows["Russian media"]["source_mention"] == "les médias russes"


def test_csv_for_excel_starts_with_a_byte_order_mark(project, tmp_path):
    """Excel reads UTF-8 as such only after a byte-order mark (else 'mÃ©dias')."""
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    export(project, "csv", plain)
    export(project, "csv", excel, excel=True)
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    with excel.open(newline="", encoding="utf-8-sig") as handle:
        assert "les médias russes" in {r["source_mention"] for r in csv.DictReader(handle)}


def test_training_formats_carry_decisions_unless_told_and_prodigy_answers_by_status(
    project, tmp_path
):
    """The suggestions a machine made are no training data: spaCy, doccano and Prodigy
    hold accepted annotations by default; asked for suggestions too, Prodigy marks a
    task that holds one 'ignore', not 'accept'."""
    from annotator.core.editing import set_status

    (document, _), *_ = [(d, None) for d in project.documents() if d.outlet]
    medinsky = next(s for s in project.statements(document.id) if s.speaker == "Vladimir Medinsky")
    set_status(project, [medinsky.uid], SpanStatus.ACCEPTED, "alice")
    out = tmp_path / "d.jsonl"
    export(project, "doccano", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    statuses = {s["status"] for line in lines for s in line["_annotator"]["spans"]}
    assert statuses == {"accepted"}
    prodigy = tmp_path / "p.jsonl"
    export(project, "prodigy", prodigy, status=EVERYTHING)
    answers = [
        json.loads(line)["answer"] for line in prodigy.read_text(encoding="utf-8").splitlines()
    ]
    assert answers == ["ignore", "ignore"]  # both documents hold suggestions
    export(project, "prodigy", prodigy)
    answers = [
        json.loads(line)["answer"] for line in prodigy.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(answers) == ["accept", "ignore"]  # the other document: nothing decided
    with Store(tmp_path / "again.db") as copy:  # read back: decisions stay decisions
        assert not import_files(copy, [prodigy]).failures


def test_status_and_annotator_filters(project, tmp_path):
    out = tmp_path / "a.jsonl"
    export(project, "doccano-flat", out, annotator="alice", status=EVERYTHING)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [len(line["_annotator"]["statements"]) for line in lines] == [1, 0]
    export(project, "doccano-flat", out, status=SpanStatus.ACCEPTED)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(line["label"] == [] for line in lines)


def test_exports_open_no_socket(project, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for name, suffix in (("doccano", ".jsonl"), ("spacy", ".spacy"), ("webanno", ".json")):
        export(project, name, tmp_path / f"x{suffix}")


def test_spacy_marks_tokens_outside_accepted_entities_missing_until_the_document_is_done(
    project, tmp_path
):
    """spaCy reads our file: in a document not marked done, the tokens outside the
    accepted entities are missing (ent_iob_ ''), not 'O' (which would teach a model
    that Rustem Umerov is no one); marked done, they are 'O'."""
    from spacy.tokens import DocBin

    from annotator.core.editing import set_document_status, set_entity_status
    from annotator.core.model import DocumentStatus

    first = next(d for d in project.documents() if d.outlet)
    person = next(s for s in project.spans(first.id) if s.label == "PER")
    set_entity_status(project, [person.uid], SpanStatus.ACCEPTED, "alice")
    out = tmp_path / "corpus.spacy"

    def read():
        export(project, "spacy", out)
        docs = DocBin().from_disk(out).get_docs(nlp.blank("fr").vocab)
        return next(d for d in docs if "Medinskiy" in d.text)

    doc = read()
    assert [e.text for e in doc.ents] == [TEXT[person.start : person.end]]
    outside = [t for t in doc if not t.ent_type_]
    assert outside and {t.ent_iob_ for t in outside} == {""}
    set_document_status(project, first.id, DocumentStatus.DONE, "alice")
    doc = read()
    assert {t.ent_iob_ for t in doc if not t.ent_type_} == {"O"}


def test_brat_re_import_keeps_each_annotations_status(project, tmp_path):
    """A suggestion exported to brat comes back a suggestion, an accepted span accepted:
    brat re-imports turned every suggestion into a decision."""
    from annotator.core.editing import set_entity_status

    first = next(d for d in project.documents() if d.outlet)
    person = next(s for s in project.spans(first.id) if s.label == "PER")
    set_entity_status(project, [person.uid], SpanStatus.ACCEPTED, "alice")
    out = tmp_path / "brat"
    export(project, "brat", out)
    assert any("\tStatus " in p.read_text(encoding="utf-8") for p in out.glob("*.ann"))
    with Store(tmp_path / "copy.db") as copy:
        assert not import_files(copy, [out]).failures
        again = next(d for d in copy.documents() if "Medinskiy" in d.title or d.outlet)
        spans = {(s.start, s.end, s.kind): s.status for s in copy.spans(again.id)}
        statuses = {s.status for s in copy.statements(again.id)}
    want = {(s.start, s.end, s.kind): s.status for s in project.spans(first.id)}
    assert spans == want
    assert statuses == {s.status for s in project.statements(first.id)}


def test_brat_conf_declares_every_type_relation_and_attribute_value_used(project, tmp_path):
    """brat's own checks (and bratly) report what annotation.conf does not declare; one
    attribute of a kind and one note per span, as brat requires."""
    out = tmp_path / "brat"
    export(project, "brat", out, status=EVERYTHING)
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in conf.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
        elif line.strip():
            sections.setdefault(current, []).append(line)
    entities = set(sections["entities"])
    relations = {line.split("\t")[0] for line in sections["relations"]}
    values = {
        line.split("\t")[0]: set(line.split("Value:")[1].split("|"))
        for line in sections["attributes"]
    }
    assert "<OVERLAP>" in relations  # claims hold their mentions and entities
    for ann in out.glob("*.ann"):
        seen, noted = set(), []
        for line in ann.read_text(encoding="utf-8").splitlines():
            kind, body = line[0], line.split("\t")[1]
            if kind == "T":
                assert body.split()[0] in entities
            elif kind == "R":
                assert body.split()[0] in relations
            elif kind == "A":
                name, target, value = body.split()
                assert value in values[name] and (name, target) not in seen
                seen.add((name, target))
            elif kind == "#":
                noted.append(body.split()[1])
        assert len(noted) == len(set(noted))
    assert (out / "visual.conf").read_text(encoding="utf-8").startswith("[labels]")


def test_bratly_reads_our_spans_and_relations(project, tmp_path):
    """bratly (brat's data model from the package index) parses every T and R line we
    write, with the covered words the text holds."""
    import bratly

    out = tmp_path / "brat"
    export(project, "brat", out, status=EVERYTHING)
    for ann in out.glob("*.ann"):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        entities = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                entity = bratly.EntityAnnotation.from_line(line)
                assert (
                    text[entity.get_start() : entity.get_end()].replace("\n", " ") == entity.content
                )
                entities[entity.id] = entity
            elif line.startswith("R"):
                relation = bratly.RelationAnnotation.from_line(line, entities)
                assert relation.label in ("Says", "Relays")


# The W3C test suite's JSON schemas, beside the repository (skipped where absent).
SUITE = Path(__file__).resolve().parents[3] / "shared/conformance/w3c-web-annotation-tests"


def must_validators():
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    if not SUITE.is_dir():
        pytest.skip(f"the W3C test suite is not at {SUITE}")
    definitions = [
        (p.name, Resource.from_contents(json.loads(p.read_text()), default_specification=DRAFT4))
        for p in (SUITE / "definitions").glob("*.json")
    ]
    registry = Registry().with_resources(definitions)
    validators = []
    for path in sorted((SUITE / "annotations").glob("*.json")):
        schema = json.loads(path.read_text())
        if schema.get("assertionType") == "must" and schema.get("expectedResult") == "valid":
            registry_here = registry.with_resource(
                path.name, Resource.from_contents(schema, default_specification=DRAFT4)
            )
            validators.append(
                (path.name, jsonschema.Draft4Validator(schema, registry=registry_here))
            )
    assert len(validators) == 14
    return validators


def test_every_annotation_passes_the_w3c_must_schemas_and_a_broken_one_fails(project, tmp_path):
    validators = must_validators()
    out = tmp_path / "corpus.jsonld"
    export(project, "webanno", out, status=EVERYTHING)
    annotations = json.loads(out.read_text(encoding="utf-8"))
    assert annotations
    for item in annotations:
        for name, validator in validators:
            errors = [e.message for e in validator.iter_errors(item)]
            assert not errors, (name, item["id"], errors)
    broken = {k: v for k, v in annotations[0].items() if k != "@context"}
    assert any(list(v.iter_errors(broken)) for _, v in validators)


def test_each_statement_is_an_annotation_pairing_source_category_and_stance(project, tmp_path):
    """A claim with two statements (Medinsky's words, TASS relaying them) gives two
    annotations on the claim: each pairs its speaker, category and stance, names its
    source mention's words, and the relay links to the statement it relays; the
    target is the article's URL."""
    out = tmp_path / "corpus.jsonld"
    export(project, "webanno", out, status=EVERYTHING)
    annotations = json.loads(out.read_text(encoding="utf-8"))
    statements = {s.uid: s for d in project.documents() for s in project.statements(d.id)}
    by_id = {a["id"]: a for a in annotations}
    medinsky = next(s for s in statements.values() if s.speaker == "Vladimir Medinsky")
    tass = next(s for s in statements.values() if s.speaker == "TASS")
    mine, relay = by_id[f"urn:uuid:{medinsky.uid}"], by_id[f"urn:uuid:{tass.uid}"]
    assert mine["target"]["source"] == "https://example.org/istanbul"
    assert mine["target"]["selector"] == relay["target"]["selector"]  # the same claim

    def values(annotation, purpose):
        textual = [b for b in annotation["body"] if b["type"] == "TextualBody"]
        return [b["value"] for b in textual if b["purpose"] == purpose]

    assert values(mine, "identifying") == ["Vladimir Medinsky"]
    assert values(mine, "classifying") == ["ru_official"]
    assert values(relay, "classifying") == ["ru_state_media"]
    assert values(relay, "describing") == ["stance:reports"]
    links = [b for b in relay["body"] if b.get("purpose") == "linking"]
    assert [b["source"] for b in links] == [mine["id"]]
    mention = next(b for b in relay["body"] if b.get("type") == "SpecificResource"
                   and b.get("purpose") == "identifying")  # fmt: skip
    assert mention["selector"][0]["exact"] == "TASS"


def test_doccano_edits_win_over_the_payload_it_writes_back(project, tmp_path):
    """What doccano does with our file: a person deletes a claim's label and adds a
    person; doccano writes our payload back unchanged. On import the visible labels
    win: the claim and its statements are gone, the person is there, the other
    annotations and statements stay, and the report says what changed."""
    out = tmp_path / "corpus.jsonl"
    export(project, "doccano-flat", out, status=EVERYTHING)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(line for line in lines if line.get("outlet"))
    claim_one = [TEXT.index("Selon"), TEXT.index("Umerov.") + 7, "CLAIM"]
    assert claim_one in first["label"]
    first["label"].remove(claim_one)  # the Russian media claim, deleted in doccano
    person = [*offsets("Chas Pravdy"), "ORG"]
    first["label"].append(person)  # an organisation, added in doccano
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                   encoding="utf-8")  # fmt: skip
    with Store(tmp_path / "copy.db") as copy:
        report = import_files(copy, [out])
        assert not report.failures
        assert len(report.edited) == 1 and "1 annotation(s) removed and 1 added" in report.edited[0]
        document = next(d for d in copy.documents() if d.outlet)
        spans = {(s.start, s.end, s.label) for s in copy.spans(document.id)}
        speakers = sorted(s.speaker for s in copy.statements(document.id))
    assert (*offsets("Chas Pravdy"), "ORG") in spans
    assert not any(start == claim_one[0] for start, _, _ in spans)
    assert speakers == ["TASS", "Vladimir Medinsky"]  # the Russian media's claim went


def test_doccano_relation_format_links_sources_to_claims_and_reads_back(project, tmp_path):
    """doccano's relation format: entities with ids and offsets, relations 'says' from a
    mention to its claim and 'relays' for an outlet; read back exactly (payload), and
    read as doccano shows it when the payload is gone."""
    out = tmp_path / "corpus.jsonl"
    export(project, "doccano", out, status=EVERYTHING)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(line for line in lines if line.get("outlet"))
    by_id = {e["id"]: e for e in first["entities"]}
    said = {
        (TEXT[by_id[r["from_id"]]["start_offset"] : by_id[r["from_id"]]["end_offset"]], r["type"])
        for r in first["relations"]
    }
    assert {("les médias russes", "says"), ("TASS", "relays")} <= said
    assert all(by_id[r["to_id"]]["label"] == "CLAIM" for r in first["relations"])
    for line in lines:  # doccano as it is: no payload of ours
        del line["_annotator"]
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                   encoding="utf-8")  # fmt: skip
    with Store(tmp_path / "copy.db") as copy:
        assert not import_files(copy, [out]).failures
        document = next(d for d in copy.documents() if d.outlet)
        labels = {(TEXT[s.start : s.end], str(s.kind)) for s in copy.spans(document.id)}
        mentions = {s.uid: TEXT[s.start : s.end] for s in copy.spans(document.id)}
        said = {(mentions.get(s.source_uid or ""), s.stance) for s in copy.statements(document.id)}
    assert ("TASS", "source_mention") in labels and ("Rustem Umerov", "entity") in labels
    assert {("les médias russes", ""), ("TASS", "reports")} <= said  # statements, linked
