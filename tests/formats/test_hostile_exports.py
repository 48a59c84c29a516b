"""Exports of an adversary's words, read back by their real consumers: no cell a
spreadsheet would run, no line or annotation that was not in the project."""

import csv

import pytest
from hostile_project import NOTE, SPEAKER, TITLE, hostile_project

from annotator.core.export import export
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
