import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main


def run(*argv):
    return main([str(a) for a in argv])


@pytest.fixture(scope="module")
def suggested_seed(tmp_path_factory):
    """The seed imported and given suggestions, once for this module."""
    folder = tmp_path_factory.mktemp("cli")
    project = folder / "p.db"
    seed = next((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    assert main(["import", "--project", str(project), str(seed)]) == 0
    assert main(["suggest", "--project", str(project)]) == 0
    return project


def test_doccano_export_holds_the_seed_entities(suggested_seed, tmp_path):
    out = tmp_path / "out.jsonl"
    assert (
        run("export", "--project", suggested_seed, "--format", "doccano-flat", "--output", out) == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["label"] == []  # nothing decided yet
    assert run("export", "--project", suggested_seed, "--format", "doccano-flat", "--output", out,
               "--status", "suggested,accepted") == 0  # fmt: skip
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    text = record["text"]
    assert record["outlet"] == "Chas Pravdy" and record["lang"] == "fr"
    labelled = {(text[s:e], label) for s, e, label in record["label"]}
    assert ("Vladimir Medinskiy", "PER") in labelled
    assert ("Istanbul", "LOC") in labelled
    first = text.index("Istanbul")
    assert [first, first + len("Istanbul"), "LOC"] in record["label"]
    medinskiy = text.index("Vladimir Medinskiy")
    assert [medinskiy, medinskiy + len("Vladimir Medinskiy"), "PER"] in record["label"]


def test_suggest_twice_adds_nothing(suggested_seed, capsys):
    assert run("suggest", "--project", suggested_seed) == 0
    assert "0 document(s)" in capsys.readouterr().out


def test_status_filter(suggested_seed, tmp_path):
    out = tmp_path / "accepted.jsonl"
    assert (
        run(
            "export",
            "--project",
            suggested_seed,
            "--format",
            "doccano",
            "--output",
            out,
            "--status",
            "accepted",
        )
        == 0
    )
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["entities"] == [] and record["relations"] == []


def test_import_reports_duplicates_and_failures(tmp_path, seed_path, capsys):
    project = tmp_path / "p.db"
    assert run("import", "--project", project, seed_path) == 0
    missing = tmp_path / "missing.txt"
    assert run("import", "--project", project, seed_path, missing) == 1
    err = capsys.readouterr().err
    assert f"{missing}: no such file" in err
    assert "already in the project" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--project", "x.db"],
        ["import"],
        ["suggest", "--project", "x.db", "--bogus"],
        [
            "export",
            "--project",
            "x.db",
            "--format",
            "doccano",
            "--output",
            "o",
            "--status",
            "maybe",
        ],
    ],
)
def test_wrong_usage_exits_2_with_one_line(argv, capsys):
    assert run(*argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("annotator") and "\n" not in err


def test_bad_input_exits_1_naming_the_file(tmp_path, capsys):
    not_a_project = tmp_path / "notes.db"
    not_a_project.write_text("hello")
    assert run("suggest", "--project", not_a_project) == 1
    assert capsys.readouterr().err.strip() == (
        f"annotator: {not_a_project}: not a project file (not an SQLite database)"
    )
    assert (
        run(
            "export",
            "--project",
            tmp_path / "none.db",
            "--format",
            "doccano",
            "--output",
            tmp_path / "o.jsonl",
        )
        == 1
    )
    assert "no such project file" in capsys.readouterr().err


def test_unknown_format_leaves_no_file(tmp_path, seed_path, capsys):
    project = tmp_path / "p.db"
    run("import", "--project", project, seed_path)
    out = tmp_path / "o.xyz"
    assert run("export", "--project", project, "--format", "xyz", "--output", out) == 2
    assert "invalid choice: 'xyz'" in capsys.readouterr().err
    assert list(tmp_path.glob("o.xyz*")) == []


def test_console_script_prints_no_traceback(tmp_path):
    script = Path(sys.executable).parent / "annotator"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "annotator"]
    result = subprocess.run(
        [*command, "import", "--project", str(tmp_path / "p.db"), str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0] == f"{tmp_path / 'nope.txt'}: no such file"


def test_csv_export_of_the_seed_statements(suggested_seed, tmp_path):
    import csv

    out = tmp_path / "statements.csv"
    assert run("export", "--project", suggested_seed, "--format", "csv", "--output", out) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_speaker = {row["speaker"]: row for row in rows if row["speaker"]}
    assert by_speaker["Vladimir Medinsky"]["source_category"] == "ru_official"
    assert by_speaker["TASS"]["stance"] == "reports"
    assert by_speaker["Russian media"]["claim"].startswith("les chefs des délégations")
    assert {row["status"] for row in rows} == {"suggested"}
    assert {row["origin"] for row in rows} == {"rule"}


def test_csv_for_excel_from_the_command_line(suggested_seed, tmp_path):
    out = tmp_path / "excel.csv"
    assert run("export", "--project", suggested_seed, "--format", "csv", "--excel",
               "--output", out) == 0  # fmt: skip
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("export", "--project", suggested_seed, "--format", "doccano-flat", "--excel",
               "--output", tmp_path / "x.jsonl") == 2  # fmt: skip


def test_claimreview_asks_for_the_fact_checker_once(suggested_seed, tmp_path, capsys):
    out = tmp_path / "reviews.jsonld"
    base = ("export", "--project", suggested_seed, "--format", "claimreview", "--output", out)
    assert run(*base) != 0
    assert "--org-name" in capsys.readouterr().err and not out.exists()
    given = ("--org-name", "StopFake", "--org-url", "https://www.stopfake.org",
             "--page-url", "https://www.stopfake.org/fr/istanbul/")  # fmt: skip
    assert run(*base, *given) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []  # nothing rated yet
    out.unlink()
    assert run(*base) == 0  # the project kept them
    assert run("export", "--project", suggested_seed, "--format", "csv", "--output",
               tmp_path / "s.csv", "--org-name", "X") == 2  # fmt: skip
