"""A person's edits: committed at once, logged in history, undone and redone exactly."""

import csv
import sqlite3

import pytest

from annotator.core import document_edits, editing
from annotator.core.errors import EditError
from annotator.core.export import export
from annotator.core.model import Document, SpanStatus
from annotator.core.store import Store

TEXT = "Selon TASS, Medinskiy a déclaré que la rencontre était utile. Il pleut à Kyiv."
ME = "alice"


@pytest.fixture
def project(tmp_path):
    store = Store(tmp_path / "p.db")
    document_id, _ = store.add_document(Document(text=TEXT, title="t", lang="fr"))
    yield store, document_id
    store.close()


def rows(store, sql):
    return sqlite3.connect(store.path).execute(sql).fetchall()


def test_marking_a_claim_is_committed_with_annotator_and_history(project):
    store, document_id = project
    change = editing.create_claim(store, document_id, 12, 61, ME)
    # Another connection sees it at once: nothing waits for a "save".
    assert rows(store, "SELECT start, [end], kind, origin, status, annotator FROM spans") == [
        (12, 61, "claim", "manual", "accepted", ME)
    ]
    statement = store.statement(change.focus)
    assert statement.annotator == ME and statement.origin == "manual"
    history = rows(store, "SELECT item, action, annotator, before FROM history ORDER BY id")
    assert history == [
        ("span", "create", ME, "null"),
        ("statement", "create", ME, "null"),
        ("document", "edit", ME, '{"status": "todo"}'),  # in progress from its first decision
    ]


def test_undo_and_redo_put_rows_back(project):
    store, document_id = project
    created = editing.create_claim(store, document_id, 12, 61, ME)
    uid = created.focus
    edited = editing.update_statement(
        store, uid, ME, source_category="ru_official", stance="supports", speaker="Medinskiy"
    )
    assert store.statement(uid).source_category == "ru_official"
    editing.undo(store, edited, ME)
    assert store.statement(uid).source_category == "" and store.statement(uid).speaker == ""
    editing.undo(store, created, ME)
    assert store.statement(uid) is None and store.spans(document_id) == []
    editing.redo(store, created, ME)
    editing.redo(store, edited, ME)
    assert store.statement(uid).stance == "supports"
    actions = [h["action"] for h in store.history(uid)]
    assert actions == ["create", "edit", "undo", "undo", "redo", "redo"]


def test_source_mention_linked_with_gazetteer_category(project):
    store, document_id = project
    uid = editing.create_claim(store, document_id, 12, 61, ME).focus
    start = TEXT.index("Medinskiy")
    editing.create_source(store, document_id, start, start + 9, ME, statement_uid=uid)
    statement = store.statement(uid)
    assert (statement.speaker, statement.source_category) == ("Vladimir Medinsky", "ru_official")
    mention = store.span(statement.source_uid)
    assert (mention.kind, mention.label, mention.start) == ("source_mention", "ru_official", start)
    editing.update_statement(store, uid, ME, source_category="ru_media")
    assert store.span(statement.source_uid).label == "ru_media"


def test_boundaries_accept_reject_delete(project):
    store, document_id = project
    uid = editing.create_claim(store, document_id, 12, 40, ME).focus
    claim_uid = store.statement(uid).claim_uid
    editing.set_bounds(store, claim_uid, 12, 61, ME)
    assert (store.span(claim_uid).start, store.span(claim_uid).end) == (12, 61)
    with pytest.raises(EditError, match="50..500 is not a stretch of this text"):
        editing.set_bounds(store, claim_uid, 50, 500, ME)
    editing.set_status(store, [uid], SpanStatus.REJECTED, ME)
    assert store.statement(uid).status == "rejected" and store.span(claim_uid).status == "rejected"
    deleted = editing.delete_statement(store, uid, ME)
    assert store.statement(uid) is None and store.span(claim_uid) is None
    editing.undo(store, deleted, ME)
    assert store.statement(uid).status == "rejected"


def test_accept_all_in_a_document(project):
    store, document_id = project
    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.core.suggested import to_records

    spans, statements = to_records(
        [
            ClaimSuggestion(
                0,
                61,
                ("according:selon",),
                (SourceSuggestion("TASS", "ru_state_media", start=6, end=10),),
            ),
            ClaimSuggestion(62, 78, ("number",)),
        ]
    )
    store.save_suggestions(document_id, spans, statements, "m")
    assert {s.status for s in store.statements(document_id)} == {"suggested"}
    editing.accept_all(store, document_id, ME)
    assert {s.status for s in store.statements(document_id)} == {"accepted"}
    assert {s.status for s in store.spans(document_id)} == {"accepted"}


def test_csv_export_is_read_back_by_the_csv_module(project, tmp_path):
    store, document_id = project
    uid = editing.create_claim(store, document_id, 12, 61, ME).focus
    editing.update_statement(
        store,
        uid,
        ME,
        speaker="Medinskiy",
        source_category="ru_official",
        stance="supports",
        rating="unverified",
        note='dit "utile", ok',
    )
    out = tmp_path / "s.csv"
    assert export(store, "csv", out) == 1
    with out.open(newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == [
        "document_uid",
        "document_title",
        "start",
        "end",
        "claim",
        "speaker",
        "source_category",
        "stance",
        "rating",
        "status",
        "origin",
        "annotator",
        "note",
        "statement_uid",
        "source_mention",
        "source_start",
        "source_end",
        "cue",
        "relay_of",
        "outlet",
        "published",
        "url",
    ]
    assert table == [
        {
            "document_uid": store.document(document_id).uid,
            "document_title": "t",
            "start": "12",
            "end": "61",
            "claim": TEXT[12:61],
            "speaker": "Medinskiy",
            "source_category": "ru_official",
            "stance": "supports",
            "rating": "unverified",
            "status": "accepted",
            "origin": "manual",
            "annotator": ME,
            "note": 'dit "utile", ok',
            "statement_uid": uid,
            "source_mention": "",
            "source_start": "",
            "source_end": "",
            "cue": "",
            "relay_of": "",
            "outlet": "",
            "published": "",
            "url": "",
        }
    ]


def test_the_first_decision_puts_a_document_in_progress(project):
    """A document to do is in progress from its first decision (its undo puts it back);
    one marked done stays done."""
    store, document_id = project
    status = "SELECT status FROM documents"
    assert rows(store, status) == [("todo",)]
    created = editing.create_claim(store, document_id, 12, 61, ME)
    assert rows(store, status) == [("in_progress",)]
    editing.undo(store, created, ME)
    assert rows(store, status) == [("todo",)]
    editing.redo(store, created, ME)
    editing.set_document_status(store, document_id, "done", ME)
    editing.update_statement(store, created.focus, ME, stance="supports")
    assert rows(store, status) == [("done",)]


def test_a_documents_details_are_edited_and_undone(project):
    store, document_id = project
    change = document_edits.set_document_details(
        store, document_id, ME, title="Négociations d'Istanbul", outlet="Chas Pravdy",
        published="2025-06-02T21:24", url="https://example.org/a", lang="uk",
    )  # fmt: skip
    details = "SELECT title, outlet, published, url, lang, text FROM documents"
    assert rows(store, details) == [
        ("Négociations d'Istanbul", "Chas Pravdy", "2025-06-02T21:24", "https://example.org/a",
         "uk", TEXT)  # the text never changes
    ]  # fmt: skip
    assert store.document(document_id).title == "Négociations d'Istanbul"
    history = rows(store, "SELECT item, action, annotator FROM history")
    assert history == [("document", "edit", ME)]
    editing.undo(store, change, ME)
    assert rows(store, details) == [("t", "", "", "", "fr", TEXT)]
    for wrong in ({"published": "2 juin"}, {"url": "javascript:alert(1)"}, {"lang": "french"}):
        with pytest.raises(EditError):
            document_edits.set_document_details(store, document_id, ME, **wrong)
    with pytest.raises(ValueError):
        document_edits.set_document_details(store, document_id, ME, text="another text")
    assert rows(store, details) == [("t", "", "", "", "fr", TEXT)]


def test_a_document_is_deleted_with_its_annotations_and_comes_back_on_undo(project):
    store, document_id = project
    claim = editing.create_claim(store, document_id, 12, 61, ME)
    editing.update_statement(store, claim.focus, ME, speaker="Medinskiy", note="à voir")
    other, _ = store.add_document(Document(text="Un autre texte, à garder.", title="autre"))
    editing.set_document_status(store, document_id, "todo", ME)  # no "in progress" on its way out
    everything = {
        "documents": "SELECT id, uid, title, text, lang, status FROM documents ORDER BY id",
        # all but `updated`: the undo is an edit of its own, made later
        "spans": "SELECT id, uid, document_id, start, [end], kind, label, origin, status, "
        "annotator, reasons, created FROM spans ORDER BY id",
        "statements": "SELECT id, uid, claim_uid, source_uid, speaker, source_category, stance, "
        "rating, note, relay_of, cue_uid, short_claim, origin, status, annotator, reasons, "
        "created FROM statements ORDER BY id",
        "search": "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'rencontre'",
    }
    before = {name: rows(store, sql) for name, sql in everything.items()}
    deleted = document_edits.delete_document(store, document_id, ME)
    assert rows(store, everything["documents"]) == [before["documents"][1]]
    assert rows(store, everything["spans"]) == rows(store, everything["statements"]) == []
    assert rows(store, everything["search"]) == []
    logged = rows(store, "SELECT action, annotator FROM history WHERE item = 'document'")
    assert logged[-1] == ("delete", ME) and logged[-2] == ("edit", ME)  # no status on its way out
    editing.undo(store, deleted, ME)
    assert {name: rows(store, sql) for name, sql in everything.items()} == before
    editing.redo(store, deleted, ME)
    assert [d.id for d in store.documents()] == [other]
