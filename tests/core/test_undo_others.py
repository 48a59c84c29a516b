"""Undo never erases someone else's edit: another window's, or another process's,
made between an edit and its undo. Undo puts back only the fields the edit changed,
and only where the row still holds what the edit wrote."""

import subprocess
import sys
from dataclasses import replace

import pytest

from annotator.core import editing, list_edits
from annotator.core.model import Document, SpanStatus
from annotator.core.store import Store

TEXT = "Selon TASS, Medinskiy a déclaré que la rencontre était utile. Il pleut à Kyiv."


@pytest.fixture
def windows(tmp_path):
    """Two connections to one project, as two windows (or a window and a script) hold."""
    path = tmp_path / "p.db"
    with Store(path) as store:
        document_id, _ = store.add_document(Document(text=TEXT, title="t", lang="fr"))
        uid = editing.create_claim(store, document_id, 12, 61, "setup").focus
    a, b = Store(path), Store(path)
    yield a, b, uid
    a.close()
    b.close()


def test_undo_restores_only_its_own_field(windows):
    a, b, uid = windows
    noted = editing.update_statement(a, uid, "alice", note="to check")
    editing.update_statement(b, uid, "bob", stance="refutes")
    undone = editing.undo(a, noted, "alice")
    assert (a.statement(uid).note, a.statement(uid).stance) == ("", "refutes")
    assert undone.conflicts == ()
    editing.redo(a, noted, "alice")
    assert (a.statement(uid).note, a.statement(uid).stance) == ("to check", "refutes")


def test_undo_leaves_a_field_someone_changed_since_and_says_who(windows):
    a, b, uid = windows
    mine = editing.update_statement(a, uid, "alice", stance="supports", note="mine")
    editing.update_statement(b, uid, "bob", stance="refutes")
    undone = editing.undo(a, mine, "alice")
    statement = a.statement(uid)
    assert (statement.stance, statement.note) == ("refutes", "")
    assert len(undone.conflicts) == 1
    assert "stance" in undone.conflicts[0] and "changed since by bob" in undone.conflicts[0]


def test_undoing_a_claim_someone_accepted_since_keeps_it(windows):
    a, b, _ = windows
    created = editing.create_claim(a, 1, 0, 10, "alice")
    editing.update_statement(b, created.focus, "bob", speaker="TASS")
    undone = editing.undo(a, created, "alice")
    assert a.statement(created.focus) is not None  # bob's work stays
    assert any("by bob" in c for c in undone.conflicts)
    untouched = editing.create_claim(a, 1, 20, 30, "alice")
    assert editing.undo(a, untouched, "alice").conflicts == ()
    assert a.statement(untouched.focus) is None


def test_undo_of_a_deletion_brings_the_rows_back(windows):
    a, b, uid = windows
    claim_uid = a.statement(uid).claim_uid
    deleted = editing.delete_statement(a, uid, "alice")
    assert b.statement(uid) is None and b.span(claim_uid) is None
    editing.undo(a, deleted, "alice")
    assert b.statement(uid) is not None and b.span(claim_uid) is not None


def test_another_process_writing_between_an_edit_and_its_undo(windows, tmp_path):
    a, _, uid = windows
    accepted = editing.set_status(a, [uid], SpanStatus.REJECTED, "alice")
    script = (
        "import sys; from annotator.core import editing; from annotator.core.store import Store; "
        "s = Store(sys.argv[1]); editing.update_statement(s, sys.argv[2], 'carol', rating='false')"
    )
    subprocess.run([sys.executable, "-c", script, str(a.path), uid], check=True)
    editing.undo(a, accepted, "alice")
    statement = a.statement(uid)
    assert (statement.status, statement.rating) == ("accepted", "false")


def test_lists_and_guidelines_are_undoable_and_in_history(windows):
    a, b, _ = windows
    sources = a.taxonomy("source")
    renamed = [replace(sources[0], name="Officiels russes")]
    change = list_edits.set_lists(a, {"source": renamed + sources[1:]}, a.gazetteer()[:2], "alice")
    guidelines = list_edits.set_setting(a, "guidelines", "# New rules", "alice")
    assert b.taxonomy("source")[0].name == "Officiels russes" and len(b.gazetteer()) == 2
    assert b.setting("guidelines") == "# New rules"
    assert [h["item"] for h in a.history("source")] == ["taxonomy"]
    assert a.history("guidelines")[0]["annotator"] == "alice"
    editing.undo(a, guidelines, "alice")
    editing.undo(a, change, "alice")
    assert b.taxonomy("source")[0].name == "Russian officials" and len(b.gazetteer()) > 2
    assert b.setting("guidelines") != "# New rules"


def test_typing_merges_into_one_change_with_the_first_before():
    from annotator.core.changes import Change, RowChange

    first = Change("Set note", (RowChange("statements", "s", {"note": ""}, {"note": "a"}, 1),))
    second = Change("Set note", (RowChange("statements", "s", {"note": "a"}, {"note": "ab"}, 1),))
    merged = first.followed_by(second)
    assert merged.rows == (RowChange("statements", "s", {"note": ""}, {"note": "ab"}, 1),)
