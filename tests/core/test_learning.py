"""A speaker accepted by a person is learned for the whole project (issue 12, point 9)."""

import sqlite3

import pytest

from annotator.core import editing, list_edits, nlp
from annotator.core.gazetteer import Gazetteer
from annotator.core.model import Document
from annotator.core.store import Store

TEXT = "Oksana Tereshchenko a déclaré que les écoles de la région rouvriraient lundi."
NEXT = "Oksana Tereshchenko said that the bridge to the island would reopen on Monday."
ME = "alice"


@pytest.fixture
def project(tmp_path):
    store = Store(tmp_path / "p.db")
    document_id, _ = store.add_document(Document(text=TEXT, title="t", lang="fr"))
    yield store, document_id
    store.close()


def category_suggested(store, text):
    ((_, statements),) = nlp.suggest_texts("en", [text], Gazetteer(store.gazetteer()))
    return [(s.speaker, s.source_category) for s in statements]


def test_an_accepted_unknown_speaker_is_offered_learned_and_used_by_the_next_documents(project):
    store, document_id = project
    created = editing.create_claim(store, document_id, 34, 77, ME)
    editing.update_statement(
        store, created.focus, ME, speaker="Oksana Tereshchenko", source_category="ua_official"
    )
    statement = store.statement(created.focus)
    assert list_edits.unknown_speaker(store, statement) == ("Oksana Tereshchenko", "ua_official")
    assert category_suggested(store, NEXT) == [("Oksana Tereshchenko", "")]

    learned = list_edits.learn_speaker(store, "Oksana Tereshchenko", "ua_official", ME)
    rows = sqlite3.connect(store.path).execute(
        "SELECT pattern, speaker, category, origin FROM gazetteer WHERE origin = 'learned'"
    )
    assert list(rows) == [("Oksana Tereshchenko", "Oksana Tereshchenko", "ua_official", "learned")]
    assert list_edits.unknown_speaker(store, statement) is None  # nothing more to offer
    assert category_suggested(store, NEXT) == [("Oksana Tereshchenko", "ua_official")]

    editing.undo(store, learned, ME)
    assert not [e for e in store.gazetteer() if e.origin == "learned"]
    assert [h["action"] for h in store.history("gazetteer")][-2:] == ["edit", "undo"]


def test_nothing_is_offered_for_suggestions_anonymous_or_known_sources(project):
    store, document_id = project
    created = editing.create_claim(store, document_id, 34, 77, ME)
    uid = created.focus
    editing.update_statement(store, uid, ME, speaker="Peskov", source_category="ru_official")
    assert list_edits.unknown_speaker(store, store.statement(uid)) is None  # known
    editing.update_statement(store, uid, ME, speaker="une source", source_category="anonymous")
    assert list_edits.unknown_speaker(store, store.statement(uid)) is None
    editing.update_statement(store, uid, ME, speaker="Olha Petrenko", source_category="")
    assert list_edits.unknown_speaker(store, store.statement(uid)) is None  # no category


def test_a_statement_stands_on_its_cue_which_follows_its_decisions(tmp_path):
    """'X said that …': the statement links its claim, its mention and its cue span
    ('said'); rejecting the statement rejects the cue, deleting it removes it."""
    from annotator.core.suggested import to_records

    store = Store(tmp_path / "p.db")
    text = "Senator Maria Ostrowski said that the budget would pass this week."
    document_id, _ = store.add_document(Document(text=text, title="t", lang="en"))
    ((spans, statements),) = nlp.suggest_texts("en", [text], Gazetteer([]))
    (statement,) = statements
    cue = next(s for s in spans if s.uid == statement.cue_uid)
    assert (cue.kind, text[cue.start : cue.end]) == ("cue", "said")
    store.save_suggestions(document_id, spans, statements, "blank:en")
    editing.set_status(store, [statement.uid], "rejected", ME)
    assert store.span(cue.uid).status == "rejected"
    editing.delete_statement(store, statement.uid, ME)
    assert store.span(cue.uid) is None
    assert to_records([]) == ([], [])
    store.close()
