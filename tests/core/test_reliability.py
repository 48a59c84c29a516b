"""Bad input and damaged files: a clear message naming the file (and line), nothing
half-imported, the project unchanged; older projects migrated after a backup."""

import sqlite3
import threading

import pytest

from annotator.cli import main
from annotator.core import editing
from annotator.core.errors import InputError, ProjectError
from annotator.core.formats.text import read_text
from annotator.core.importing import import_files, import_text
from annotator.core.model import Document, Span, SpanKind, Statement
from annotator.core.schema import SCHEMA_VERSION
from annotator.core.store import Store

ARTICLE = "Selon TASS, Medinskiy a déclaré que la rencontre était utile.\n" * 50


def project_with_document(path):
    with Store(path) as store:
        store.add_document(Document(text=ARTICLE, title="t"))
    return path


def test_invalid_and_mixed_encodings(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("Première ligne en UTF-8 : é.\n".encode() + b"Deuxi\xe8me en cp1252.\n")
    with pytest.raises(InputError) as caught:
        read_text(mixed)
    assert str(caught.value).startswith(f"{mixed}:2: mixes UTF-8 with another encoding")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(InputError, match="encoding cannot be told"):
        read_text(noise)


def test_huge_files_are_refused_at_once_with_the_reason(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # 50 MB, sparse: refused before it is read
        handle.seek(50 * 2**20)
        handle.write(b"x")
    with Store(tmp_path / "p.db") as store:
        report = import_files(store, [big])
        assert [str(f) for f in report.failures] == [
            f"{big}: too large to import (50 MB; the limit is 24 MB)"
        ]
        long_line = tmp_path / "long.jsonl"
        long_line.write_text('{"text": "' + "a" * 5_000_001 + '"}\n', encoding="utf-8")
        report = import_files(store, [long_line])
        assert "over the limit of 5,000,000" in str(report.failures[0])
        report = import_text(store, "a" * 5_000_001)
        assert "over the limit of 5,000,000" in str(report.failures[0])
        assert store.documents() == []


def test_brat_pieces_overlapping_wrongly(tmp_path):
    (tmp_path / "a.txt").write_text("Medinskiy a parlé à Istanbul.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tPER 5 9;3 4\tx\n", encoding="utf-8")
    with Store(tmp_path / "p.db") as store:
        report = import_files(store, [tmp_path / "a.txt"])
        assert str(report.failures[0]) == (
            f"{tmp_path / 'a.ann'}:1: T1 has pieces 5 9;3 4 that are empty, out of order or "
            "overlapping"
        )
        assert store.documents() == []


@pytest.mark.parametrize("damage", ["truncate", "scribble"])
def test_damaged_project_is_refused(tmp_path, damage):
    path = project_with_document(tmp_path / "p.db")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    else:
        data[4096:8192] = b"\xff" * 4096  # a whole page of garbage
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError, match="damaged|not a readable"):
        Store(path)
    assert main(["stats", "--project", str(path)]) == 1


def older_project(path, undo_step: str, version: int):
    """A project as an older version made it: one migration step undone."""
    project_with_document(path)
    conn = sqlite3.connect(path)
    conn.execute(undo_step)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


def test_older_project_is_migrated_after_a_backup(tmp_path):
    path = older_project(tmp_path / "p.db", "DROP TABLE project_settings", 1)
    with Store(path) as store:
        assert store.backup_path.name == "p.db.schema1-backup"
        assert "project_settings" in store.db.table_names()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    backup = sqlite3.connect(tmp_path / "p.db.schema1-backup")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT title FROM documents").fetchall() == [("t",)]


def test_a_schema_3_project_gets_the_index_that_opens_long_articles(tmp_path):
    """Opening a document counts its entities, reads its claims and, when asked, its
    people: each of those queries, as the store runs them, reads one index alone
    (no row of the table, nothing sorted)."""
    path = older_project(tmp_path / "p.db", "DROP INDEX idx_spans_tally", 3)
    with Store(path) as store:
        ran: list[str] = []
        store.db.conn.set_trace_callback(ran.append)  # with the values bound in
        store.span_tally(1)
        store.span_views_of(1, ["claim", "source_mention"])
        store.stretches_of(1, "entity", ["PER", "ORG"])
        store.db.conn.set_trace_callback(None)
        plans = [
            " ".join(row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql))
            for sql in ran
            if sql.startswith("SELECT")
        ]
    assert len(plans) == 3
    for plan in plans:
        assert "INDEX idx_spans_tally" in plan and "TEMP B-TREE" not in plan, plan
    assert "COVERING" in plans[0] and "COVERING" in plans[2]


def test_two_writers_lose_nothing_and_never_see_locked(tmp_path):
    path = project_with_document(tmp_path / "p.db")
    errors = []

    def annotate(name):
        try:
            with Store(path) as store:
                for i in range(40):
                    uid = editing.create_claim(store, 1, i, i + 5, name).focus
                    editing.update_statement(store, uid, name, note=f"{name} {i}")
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)

    threads = [threading.Thread(target=annotate, args=(n,)) for n in ("window", "cli")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(path) as store:
        notes = {s.note for s in store.statements(1)}
    assert notes == {f"{n} {i}" for n in ("window", "cli") for i in range(40)}


def test_merge_reads_its_inputs_without_changing_them(tmp_path):
    import hashlib

    from annotator.core.merge import merge_projects

    older = project_with_document(tmp_path / "older.db")
    conn = sqlite3.connect(older)
    conn.execute("PRAGMA journal_mode = DELETE")  # as an older annotator left it
    conn.execute("DROP TABLE project_settings")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    current = project_with_document(tmp_path / "current.db")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (older, current)}
    merge_projects(tmp_path / "merged.db", [older, current])
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (older, current)} == before
    assert not list(tmp_path.glob("older.db.schema*"))  # no backup needed: nothing migrated
    assert sqlite3.connect(older).execute("PRAGMA user_version").fetchone()[0] == 1
    with Store(tmp_path / "merged.db") as merged:
        assert [d.title for d in merged.documents()] == ["t"]


def test_a_schema_4_project_keeps_its_gazetteer_and_gets_origins(tmp_path):
    """Schema 5 adds a gazetteer entry's Wikidata item and origin; the entries a
    project had (typed in by its team) stay, with an empty origin."""
    path = tmp_path / "p.db"
    project_with_document(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE g4 AS SELECT id, pattern, category, speaker FROM gazetteer")
    conn.execute("DROP TABLE gazetteer")
    conn.execute("ALTER TABLE g4 RENAME TO gazetteer")
    conn.execute(
        "INSERT INTO gazetteer (pattern, category, speaker) VALUES (?, ?, ?)",
        ["Oksana K", "ua_media", "Oksana K"],
    )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.backup_path.name == "p.db.schema4-backup"
        entries = store.gazetteer()
    typed = [e for e in entries if e.pattern == "Oksana K"]
    assert [(e.speaker, e.category, e.qid, e.origin) for e in typed] == [
        ("Oksana K", "ua_media", "", "")
    ]
    assert any(e.qid == "Q7747" for e in entries) is False  # an old project is not reseeded


def test_a_schema_5_project_gets_statement_cues(tmp_path):
    """Schema 6 links a statement to its cue span; older statements keep theirs, without."""
    path = tmp_path / "p.db"
    project_with_document(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX idx_statements_cue_uid")
    conn.execute("DROP INDEX idx_statements_source_uid")
    conn.execute("ALTER TABLE statements DROP COLUMN cue_uid")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.backup_path.name == "p.db.schema5-backup"
        assert "cue_uid" in store.db["statements"].columns_dict
        indexes = {i.name for i in store.db["statements"].indexes}
    assert {"idx_statements_source_uid", "idx_statements_cue_uid"} <= indexes


def test_a_schema_6_project_gets_short_claims(tmp_path):
    """Schema 7 gives a statement its claim in a line; old statements keep theirs, empty."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        document_id, _ = store.add_document(Document(text=ARTICLE, title="t"))
        claim = Span(0, 10, "claim", kind=SpanKind.CLAIM)
        store.save_suggestions(document_id, [claim], [Statement(claim.uid, rating="false")], "t")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE statements DROP COLUMN short_claim")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.backup_path.name == "p.db.schema6-backup"
        [statement] = store.statements(document_id)
    assert (statement.rating, statement.short_claim) == ("false", "")


def test_schema_8_recolours_default_categories_and_keeps_a_teams_colour(tmp_path):
    """Schema 8 changes the default source category colours (pale lines, hues shared with
    entity tints); a colour the team picked itself stays."""
    path = tmp_path / "p.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE taxonomy SET color = '#F0E442' WHERE code = 'ru_media'")  # old default
    conn.execute("UPDATE taxonomy SET color = '#e69f00' WHERE code = 'ru_state_media'")
    conn.execute("UPDATE taxonomy SET color = '#123456' WHERE code = 'ua_media'")  # the team's
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with Store(path) as store:
        colors = {e.code: e.color for e in store.taxonomy("source")}
    assert (colors["ru_media"], colors["ru_state_media"]) == ("#867E6B", "#AC8E69")
    assert colors["ua_media"] == "#123456"
