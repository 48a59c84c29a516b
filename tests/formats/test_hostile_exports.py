"""Exports of an adversary's words, read back by their real consumers: no cell a
spreadsheet would run, no line or annotation that was not in the project."""

import csv
import re

import pytest
from hostile_project import NOTE, SPEAKER, TITLE, hostile_project
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.export import export
from annotator.core.formats.brat_fields import (
    LINE_BREAKS,
    label_text,
    label_word,
    note_parts,
    note_text,
)
from annotator.core.formats.csvfile import COLUMNS
from annotator.core.model import SpanStatus

EVERYTHING = [SpanStatus.SUGGESTED, SpanStatus.ACCEPTED]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC = {"start", "end", "source_start", "source_end"}  # offsets, never negative


@pytest.fixture
def project(tmp_path):
    store = hostile_project(tmp_path / "hostile.db")
    yield store
    store.close()


def csv_rows(path, encoding):
    with path.open(newline="", encoding=encoding) as handle:
        return list(csv.DictReader(handle))


def written_text(row):
    """A row as it was before the export neutralised it: every text cell that starts
    with a quote had one added (README, "Material from untrusted sources")."""
    return {k: v[1:] if k not in NUMERIC and v.startswith("'") else v for k, v in row.items()}


@pytest.mark.parametrize("excel", [False, True])
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(project, tmp_path, excel):
    out = tmp_path / "out.csv"
    export(project, "csv", out, status=EVERYTHING, excel=excel)
    if excel:
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(out, "utf-8-sig")
    assert len(rows) == len(project.statements(1)) == 2
    for row in rows:
        assert list(row) == list(COLUMNS)
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_STARTS), (column, cell)
    said = next(r for r in rows if r["speaker"] == "'" + SPEAKER)
    assert said["document_title"] == "'" + TITLE
    assert said["note"] == "'" + NOTE
    assert said["claim"] == "'=1+1 said TASS."
    assert (said["outlet"], said["published"], said["annotator"]) == ("'@outlet", "'-1", "'-eve")


def test_the_quote_added_is_all_that_changed(project, tmp_path):
    """Taking one leading quote off each text cell gives back the project's values exactly
    (a value that began with a quote had one added too, so the rule has no exception)."""
    out = tmp_path / "out.csv"
    export(project, "csv", out, status=EVERYTHING)
    rows = [written_text(row) for row in csv_rows(out, "utf-8")]
    statements = {s.uid: s for s in project.statements(1)}
    for row in rows:
        statement = statements[row["statement_uid"]]
        assert (row["speaker"], row["note"], row["rating"], row["annotator"]) == (
            statement.speaker,
            statement.note,
            statement.rating,
            statement.annotator,
        )
        assert row["source_category"] == statement.source_category
        assert row["document_title"] == TITLE
    assert {int(r["start"]) for r in rows} == {0, project.text(1).index("Selon")}


def brat_lines(folder):
    """The one .ann file's lines, split as brat splits them (on "\\n"); no other line
    break may hide in them, for readers that split on more."""
    (ann,) = folder.glob("*.ann")
    content = ann.read_text(encoding="utf-8")
    lines = content.split("\n")
    assert lines.pop() == ""  # the file ends with a line end
    assert content.splitlines() == lines
    return lines


def test_brat_fields_cannot_write_lines_of_their_own(project, tmp_path):
    """Each annotation is one line of brat's fields, parsed by bratly: no forged line."""
    import bratly

    out = tmp_path / "brat"
    export(project, "brat", out, status=EVERYTHING)
    lines = brat_lines(out)
    entities, attributes, notes = {}, [], []
    for line in lines:
        assert line[0] in "TAR#" and not line.startswith("A77"), line
        fields = line.split("\t")
        assert len(fields) == (2 if line[0] in "AR" else 3), line
        if line[0] == "T":
            entity = bratly.EntityAnnotation.from_line(line)
            assert not any(c.isspace() for c in entity.label), line
            covered = project.text(1)[entity.get_start() : entity.get_end()]
            assert entity.content == "".join(" " if c in LINE_BREAKS + "\t" else c for c in covered)
            entities[entity.id] = entity
        elif line[0] == "A":
            attributes.append(bratly.AttributeAnnotation.from_line(line, entities))
            assert len(attributes[-1].values) == 1, line
        elif line[0] == "R":
            bratly.RelationAnnotation.from_line(line, entities)
        else:
            notes.append(bratly.NoteAnnotation.from_line(line, entities))
    assert len(entities) == len(project.spans(1))
    assert [a.label for a in attributes].count("Rating") == 2
    assert len(notes) == 2 and all(note.label == "AnnotatorNotes" for note in notes)


def test_brat_conf_declares_the_encoded_labels_and_values(project, tmp_path):
    """annotation.conf and visual.conf hold each label and value as one word of brat's
    syntax (no space, |, comma, colon or equals sign in it), as the .ann files use it."""
    out = tmp_path / "brat"
    export(project, "brat", out, status=EVERYTHING)
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    section, entities, values = "", set(), set()
    for line in conf.splitlines():
        if line.startswith("["):
            section = line
        elif line and section == "[entities]":
            entities.add(line)
        elif line and section == "[attributes]":
            values.update(line.split("Value:")[1].split("|"))
    for word in entities | values:
        assert not any(c.isspace() or c in "|,:=" for c in word), word
    for line in brat_lines(out):
        fields = line.split("\t")[1].split(" ")
        if line[0] == "T":
            assert fields[0] in entities
        elif line[0] == "A":
            assert fields[2] in values
    visual = (out / "visual.conf").read_text(encoding="utf-8")
    assert all(
        line.count(" | ") == 1 for line in visual.split("[drawing]")[0].splitlines()[1:] if line
    )


def test_brat_round_trip_of_an_adversarys_words_is_exact(project, tmp_path):
    """Labels, categories, stances, ratings, speakers and notes come back as they were."""
    from annotator.core.importing import import_files
    from annotator.core.store import Store

    out = tmp_path / "brat"
    export(project, "brat", out, status=EVERYTHING)
    with Store(tmp_path / "copy.db") as copy:
        report = import_files(copy, [out])
        assert not report.failures, report.failures
        assert copy.text(1) == project.text(1)
        assert held(copy) == held(project)


def held(store):
    spans = {s.uid: s for s in store.spans(1)}

    def where(uid):
        return (spans[uid].start, spans[uid].end) if uid in spans else None

    return (
        sorted((s.start, s.end, str(s.kind), s.label) for s in spans.values()),
        sorted(
            (where(s.claim_uid), where(s.source_uid), s.speaker, s.source_category, s.stance)
            + (s.rating, s.note)
            for s in store.statements(1)
        ),
    )


@given(st.text(min_size=1))
def test_any_label_is_one_brat_word_read_back_as_it_was(label):
    word = label_word(label)
    assert re.fullmatch(r"[\w-]+", word) and word not in ("Claim", "Source", "Cue")
    assert label_text(word) == label


@given(st.text())
def test_any_speaker_or_note_stays_on_its_line_and_is_read_back_as_it_was(value):
    written = note_text(value)
    assert not any(c in LINE_BREAKS + "\t‖" for c in written)
    assert note_parts(f"speaker: {written} ‖ note: {written}") == {"speaker": value, "note": value}
