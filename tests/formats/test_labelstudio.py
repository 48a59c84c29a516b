"""Label Studio: our tasks and labeling config as Label Studio reads them, its JSON
export read back (what a person changed there included), bad exports refused."""

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sample_project import OTHER, TEXT, offsets, sample_project

from annotator.core.editing import set_status, update_statement
from annotator.core.export import export
from annotator.core.formats.labelstudio import read_labelstudio
from annotator.core.importing import import_files
from annotator.core.model import SpanStatus
from annotator.core.store import Store


@pytest.fixture
def project(tmp_path):
    store = sample_project(tmp_path / "source.db")
    document = store.documents()[0]
    medinsky = next(s for s in store.statements(document.id) if s.speaker == "Vladimir Medinsky")
    set_status(store, [medinsky.uid], SpanStatus.ACCEPTED, "alice")
    update_statement(store, medinsky.uid, "alice", short_claim="La rencontre était utile")
    yield store
    store.close()


def exported(store, tmp_path, status=None):
    out = tmp_path / "ls"
    export(store, "labelstudio", out, status=status)
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    config = ElementTree.fromstring((out / "labeling-config.xml").read_text(encoding="utf-8"))
    return out, tasks, config


def regions(results):
    return {r["id"]: r for r in results if r["type"] == "labels"}


def imported_first(path, tmp_path):
    """A Label Studio export imported into a new project: the statements and spans
    (by uid) of its first article, with every document in."""
    with Store(tmp_path / "back.db") as back:
        report = import_files(back, [path])
        assert not report.failures and len(report.added) == 2
        document = next(d for d in back.documents() if d.title == "Istanbul talks")
        return back.statements(document.id), {s.uid: s for s in back.spans(document.id)}


def test_tasks_hold_decisions_as_annotations_and_suggestions_as_predictions(project, tmp_path):
    _, tasks, _ = exported(project, tmp_path)
    assert [t["data"]["text"] for t in tasks] == [TEXT, OTHER]
    first = tasks[0]
    assert first["data"]["title"] == "Istanbul talks" and first["data"]["url"].startswith("https")
    [annotation] = first["annotations"]
    [prediction] = first["predictions"]
    assert prediction["model_version"] == "annotator"
    accepted = annotation["result"]
    claims = [r for r in regions(accepted).values() if r["value"]["labels"] == ["CLAIM"]]
    assert len(claims) == 1  # Medinsky's statement, accepted
    claim = claims[0]
    start, end = claim["value"]["start"], claim["value"]["end"]
    assert TEXT[start:end] == claim["value"]["text"]  # code points: the emoji counts one
    per_region = {r["from_name"]: r["value"] for r in accepted if r.get("id") == claim["id"]}
    assert per_region["category"]["choices"] == ["category:ru_official"]
    assert per_region["stance"]["choices"] == ["stance:supports"]
    assert per_region["rating"]["choices"] == ["rating:misleading"]
    assert per_region["speaker"]["text"] == ["Vladimir Medinsky"]
    assert per_region["short_claim"]["text"] == ["La rencontre était utile"]
    assert per_region["note"]["text"] == ["vérifié, voir TASS"]
    says = [r for r in accepted if r["type"] == "relation" and r["to_id"] == claim["id"]]
    mention = regions(accepted)[next(r["from_id"] for r in says if r["labels"] == ["says"])]
    assert mention["value"]["text"] == "Medinskiy" and mention["value"]["labels"] == ["SOURCE"]
    # The relay (TASS passing Medinsky's words on) is still a suggestion: its own CLAIM
    # region over the same words, with "relays" from TASS.
    predicted = prediction["result"]
    relays = [r for r in predicted if r["type"] == "relation" and r["labels"] == ["relays"]]
    assert len(relays) == 1
    relayed = regions(predicted)[relays[0]["to_id"]]
    assert (relayed["value"]["start"], relayed["value"]["end"]) == (start, end)
    assert regions(predicted)[relays[0]["from_id"]]["value"]["text"] == "TASS"


def test_every_label_and_choice_used_is_in_the_labeling_config(project, tmp_path):
    _, tasks, config = exported(project, tmp_path, status=("suggested", "accepted"))
    labels = {label.get("value") for label in config.iter("Label")}
    relations = {r.get("value") for r in config.iter("Relation")}
    choices = {
        tag.get("name"): {c.get("alias") for c in tag.iter("Choice")}
        for tag in config.iter("Choices")
    }
    text_areas = {t.get("name") for t in config.iter("TextArea")}
    assert config.find("Text").get("value") == "$text"
    for task in tasks:
        for group in task.get("annotations", []) + task.get("predictions", []):
            for result in group["result"]:
                if result["type"] == "labels":
                    assert set(result["value"]["labels"]) <= labels
                elif result["type"] == "relation":
                    assert set(result["labels"]) <= relations
                elif result["type"] == "choices":
                    assert set(result["value"]["choices"]) <= choices[result["from_name"]]
                else:
                    assert result["type"] == "textarea" and result["from_name"] in text_areas
                if result["type"] != "relation":
                    assert result["to_name"] == config.find("Text").get("name")
    assert all(tag.get("perRegion") == "true" for tag in config.iter("Choices"))


def test_round_trip_through_a_label_studio_export(project, tmp_path):
    """What Label Studio exports after a person worked: the tasks we wrote, with ids,
    the annotation's author, and a region that person added."""
    out, tasks, _ = exported(project, tmp_path)
    for number, task in enumerate(tasks, start=1):
        task["id"] = number
        for annotation in task.get("annotations", []):
            annotation.update(id=number, completed_by={"id": 7, "email": "olena@example.org"})
    start, end = offsets("Rustem Umerov")
    tasks[0]["annotations"][0]["result"].append(
        {"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start, "end": end, "text": "Rustem Umerov", "labels": ["PER"]}}
    )  # fmt: skip
    export_file = tmp_path / "project-1-at-2026-11-28.json"
    export_file.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    statements, spans = imported_first(export_file, tmp_path)
    medinsky = next(s for s in statements if s.speaker == "Vladimir Medinsky")
    assert (medinsky.source_category, medinsky.stance, medinsky.rating) == (
        "ru_official", "supports", "misleading"
    )  # fmt: skip
    assert medinsky.short_claim == "La rencontre était utile"
    assert medinsky.note == "vérifié, voir TASS"
    assert medinsky.status == "accepted" and medinsky.annotator == "olena@example.org"
    assert TEXT[spans[medinsky.source_uid].start : spans[medinsky.source_uid].end] == "Medinskiy"
    assert spans[medinsky.source_uid].label == "ru_official"
    tass = next(s for s in statements if s.speaker == "TASS")
    assert tass.relay_of == medinsky.uid and tass.status == "suggested"
    assert tass.claim_uid == medinsky.claim_uid  # one claim, two statements
    umerov = [s for s in spans.values() if (s.start, s.end, s.label) == (start, end, "PER")]
    assert [s.status for s in umerov] == ["accepted"]


def test_offsets_counted_in_utf16_by_older_versions_are_read_right(tmp_path):
    text = "😀 Peskov a déclaré que rien n'était décidé."
    start = text.index("rien")
    task = {"data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": start + 1, "end": start + 5, "text": "rien", "labels": ["CLAIM"]}}
    ]}]}  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps([task]), encoding="utf-8")
    [record] = read_labelstudio(path)
    [claim] = record.spans
    assert text[claim.start : claim.end] == "rien"


@pytest.mark.parametrize(
    "content, says",
    [
        (b"not json", "not a Label Studio export"),
        (b'[{"data": {"text": "Un texte."}}, {"data": ', "not valid JSON after task 1"),
        (b'[{"nodata": 1}]', "task 1: a task is an object"),
        (b'[{"data": {"a": "x", "b": "y"}}]', "which field"),
        (
            b'[{"data": {"text": "Court."}, "annotations": [{"result": [{"id": "a", '
            b'"type": "labels", "to_name": "text", "from_name": "label", '
            b'"value": {"start": 2, "end": 90, "labels": ["PER"]}}]}]}]',
            "does not hold the words",
        ),
        (
            b'[{"data": {"text": "Court."}, "annotations": [{"result": [{"id": "a", '
            b'"type": "labels", "to_name": "text", "from_name": "label", '
            b'"value": {"start": 0, "end": 3, "text": "Cou", "labels": ["PER"]}}]}]}, '
            b'{"data": {"text": "Autre."}, "annotations": [{"result": [{"id": "a", '
            b'"type": "labels", "value": {"start": 4, "end": 1, "labels": ["PER"]}}]}]}]',
            "task 2: a region's offsets 4..1",
        ),
    ],
)
def test_a_bad_export_is_refused_with_the_file_and_task(tmp_path, content, says):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with Store(tmp_path / "p.db") as store:
        report = import_files(store, [path])
        assert store.documents() == []  # the file whole or not at all
    [failure] = report.failures
    assert str(path) in str(failure) and says in str(failure)


def test_no_choice_value_label_studio_reads_as_a_boolean_or_a_number(project, tmp_path):
    """Found in the real Label Studio (1.23): a Choice aliased "true" or "false" makes
    its editor fail on every task ("No matching type for union"), while its API and
    the SDK accept the config. Stored values are "kind:code", never a bare literal."""
    _, tasks, config = exported(project, tmp_path)
    aliases = [c.get("alias") for c in config.iter("Choice")]
    assert "rating:true" in aliases and "rating:false" in aliases
    for alias in aliases:
        assert ":" in alias
        with pytest.raises(ValueError):
            json.loads(alias)  # not true, false, null or a number
    chosen = [
        r["value"]["choices"][0]
        for task in tasks
        for group in task.get("annotations", []) + task.get("predictions", [])
        for r in group["result"]
        if r["type"] == "choices"
    ]
    assert "category:ru_official" in chosen and "rating:misleading" in chosen


@pytest.mark.parametrize(
    "name", ["export-1.23.2-edited.json", "export-1.23.2-edited-with-predictions.json"]
)
def test_what_the_real_label_studio_wrote_back_imports(tmp_path, name):
    """Label Studio 1.23.2's own export after a person changed a stance in its editor
    (see tests/data/labelstudio/README.md): the change, the decisions and, when the
    export carries them, the suggestions come in."""
    path = Path(__file__).parents[1] / "data" / "labelstudio" / name
    statements, spans = imported_first(path, tmp_path)
    medinsky = next(s for s in statements if s.status == "accepted")
    assert (medinsky.speaker, medinsky.source_category, medinsky.stance, medinsky.rating) == (
        "Vladimir Medinsky", "ru_official", "reports", "misleading"
    )  # fmt: skip
    assert medinsky.annotator == "labelstudio:1"
    mention = spans[medinsky.source_uid]
    assert TEXT[mention.start : mention.end] == "Medinskiy"
    suggested = [s for s in statements if s.status == "suggested"]
    assert bool(suggested) == ("with-predictions" in name)  # ids only: no suggestions
