import sqlite3

import pytest

from annotator.core import document_edits, editing
from annotator.core.corpus import corpus_statements, document_summaries, search
from annotator.core.errors import ProjectError
from annotator.core.model import Document, Span, SpanKind, SpanStatus
from annotator.core.store import SCHEMA_VERSION, Store


def test_document_and_spans_survive_reopening(tmp_path):
    path = tmp_path / "p.db"
    with Store(path) as store:
        document_id, created = store.add_document(
            Document(text="Selon TASS, Medinskiy parle.", title="t", lang="fr")
        )
        spans = [Span(6, 10, "ORG"), Span(12, 21, "PER")]
        assert store.save_suggestions(document_id, spans, [], "fr_core_news_sm-3.8.0") == 2
    with Store(path) as store:
        listed = store.document(document_id)
        assert created and listed.suggested_by == "fr_core_news_sm-3.8.0"
        assert listed.uid == Document(text="Selon TASS, Medinskiy parle.").uid
        assert store.spans(document_id) == spans
        row = store.db.execute("SELECT kind, origin, status, created FROM spans").fetchone()
        assert row[:3] == ("entity", "model", "suggested") and row[3]


def test_schema_version_wal_and_taxonomy(tmp_path):
    path = tmp_path / "p.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    codes = {r[0] for r in conn.execute("SELECT code FROM taxonomy WHERE kind = 'entity'")}
    assert codes == {"PER", "ORG", "LOC", "MISC"}
    assert conn.execute("SELECT count(*) FROM taxonomy WHERE kind = 'source'").fetchone()[0] == 13


def test_same_text_twice_is_not_duplicated(tmp_path):
    with Store(tmp_path / "p.db") as store:
        first = store.add_document(Document(text="Un texte."))
        second = store.add_document(Document(text="Un texte.", title="autre"))
        assert first == (first[0], True) and second == (first[0], False)
        assert len(store.documents()) == 1


def test_suggestions_are_stored_once(tmp_path):
    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text="Kyiv et Moscou."))
        store.save_suggestions(document_id, [Span(0, 4, "LOC")], [], "m")
        assert store.save_suggestions(document_id, [Span(0, 4, "LOC")], [], "m") == 0
        assert len(store.spans(document_id)) == 1
        assert store.documents_needing_suggestions() == []


def test_span_filters(tmp_path):
    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text="Kyiv et Moscou."))
        store.save_suggestions(
            document_id,
            [Span(0, 4, "LOC"), Span(8, 14, "x", kind=SpanKind.CLAIM, status="accepted")],
            [],
            "m",
        )
        assert [s.label for s in store.spans(document_id, kinds=[SpanKind.CLAIM])] == ["x"]
        assert [s.label for s in store.spans(document_id, statuses=[SpanStatus.SUGGESTED])] == [
            "LOC"
        ]


def test_foreign_files_are_refused_and_left_alone(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database")
    with pytest.raises(ProjectError, match="not an SQLite database"):
        Store(text_file)
    assert text_file.read_text() == "not a database"

    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not an annotator project"):
        Store(other)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "p.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer annotator"):
        Store(path)


def test_spans_refuse_invalid_states():
    with pytest.raises(ValueError):
        Span(5, 5, "PER")
    with pytest.raises(ValueError):
        Span(-1, 2, "PER")
    with pytest.raises(ValueError):
        Span(0, 2, "")
    with pytest.raises(ValueError):
        Document(text="   ")


def test_search_summaries_and_corpus_statements(tmp_path):
    with Store(tmp_path / "p.db") as store:
        first, _ = store.add_document(
            Document(text="Les négociations d'Istanbul ont repris.", title="Istanbul")
        )
        second, _ = store.add_document(
            Document(text="Kyiv annonce un échange de prisonniers.", title="Échange")
        )
        uid = editing.create_claim(store, second, 0, 20, "bob").focus
        editing.update_statement(
            store, uid, "bob", speaker="Zelensky", source_category="ua_official"
        )
        found = search(store, "prisonniers")
        assert (found.total, found.ranked) == (1, True)
        assert [(h.document_id, h.title) for h in found.hits] == [(second, "Échange")]
        assert "[prisonniers]" in found.hits[0].snippet
        assert search(store, '"unbalanced').hits == []  # FTS syntax errors fall back to words
        summaries = {s.id: (s.suggested, s.accepted, s.rejected) for s in document_summaries(store)}
        assert summaries == {first: (0, 0, 0), second: (0, 1, 0)}
        rows = corpus_statements(store, source_category="ua_official", speaker="zel")
        assert [(r["document_title"], r["speaker"], r["start"]) for r in rows] == [
            ("Échange", "Zelensky", 0)
        ]
        assert corpus_statements(store, stance="refutes") == []
        change = editing.set_document_status(store, second, "done", "bob")
        assert store.document(second).status == "done"
        editing.undo(store, change, "bob")
        assert store.document(second).status == "in_progress"  # since its first claim


def test_search_stops_ranking_when_too_many_documents_match(tmp_path, monkeypatch):
    import annotator.core.corpus as corpus

    with Store(tmp_path / "p.db") as store:
        for i in range(3):
            store.add_document(Document(text=f"Les pourparlers d'Istanbul, jour {i}."))
        monkeypatch.setattr(corpus, "RANK_AT_MOST", 2)
        found = search(store, "Istanbul", limit=2)
        assert (found.total, found.ranked, len(found.hits)) == (3, False, 2)
        assert [h.document_id for h in found.hits] == [1, 2]  # corpus order


def test_nested_transactions_are_savepoints(tmp_path):
    with Store(tmp_path / "p.db") as store:
        with store.transaction():
            store.set_setting("outer", "kept")
            with pytest.raises(RuntimeError), store.transaction():
                store.set_setting("inner", "undone")
                raise RuntimeError("the nested part fails")
            with store.transaction(), store.transaction():
                store.set_setting("deep", "kept too")
        assert (store.setting("outer"), store.setting("inner"), store.setting("deep")) == (
            "kept",
            "",
            "kept too",
        )
        with pytest.raises(RuntimeError), store.transaction():
            store.set_setting("outer", "changed")
            with store.transaction():
                store.set_setting("inner", "written")
            raise RuntimeError("the outer part fails")
        assert (store.setting("outer"), store.setting("inner")) == ("kept", "")


def test_statements_read_fast_are_the_statements_read_whole(tmp_path):
    """The window's quick read (columns in field order) gives the same statements as
    the row-by-name read, empty and NULL fields, reasons and relays included."""
    from annotator.core.model import Origin, Statement

    text = "Peskov a dit que rien n'était décidé. TASS le répète."
    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text=text, title="t", lang="fr"))
        claim = Span(0, 36, "claim", kind=SpanKind.CLAIM)
        first = Statement(claim.uid, speaker="Peskov", source_category="ru_official",
                          reasons=("verb: dit", "gazetteer"), note="à vérifier",
                          status=SpanStatus.ACCEPTED, origin=Origin.RULE)  # fmt: skip
        relay = Statement(claim.uid, relay_of=first.uid, speaker="TASS")
        store.save_suggestions(document_id, [claim], [first, relay], "test")
        store.db.execute("UPDATE statements SET note = NULL, stance = NULL WHERE uid = ?",
                         [relay.uid])  # fmt: skip
        quick = store.statements_of(document_id)
        assert quick == store.statements(document_id)
        assert quick[0].reasons == ("verb: dit", "gazetteer") and quick[1].note == ""


def test_the_word_index_follows_titles_not_statuses(tmp_path):
    """The full-text index is rebuilt when a title changes, not at each status change
    (which re-indexed a whole 5-million-character text)."""
    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text="Kyiv annonce un échange.", title="t"))
        trigger = store.db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'documents_au'"
        ).fetchone()[0]
        assert "UPDATE OF title, text" in trigger
        document_edits.set_document_details(store, document_id, "a", title="Prisonniers libérés")
        editing.set_document_status(store, document_id, "done", "a")
        assert [h.document_id for h in search(store, "libérés").hits] == [document_id]
        assert [h.document_id for h in search(store, "annonce").hits] == [document_id]


def test_suggestions_run_again_keep_every_decision(tmp_path):
    """Re-running the assistance replaces the suggestions nobody decided on; what a
    person accepted, rejected or made stays, and is not suggested a second time."""
    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.core.suggested import to_records

    text = "Selon TASS, Peskov a dit que tout allait bien. Umerov a précisé que rien n'a changé."
    second = text.index("Umerov")

    def suggestions():
        entities = [Span(12, 18, "PER"), Span(6, 10, "ORG"), Span(second, second + 6, "PER")]
        peskov = SourceSuggestion("Peskov", "ru_official", start=12, end=18)
        umerov = SourceSuggestion("Umerov", "ua_official")
        spans, statements = to_records(
            [
                ClaimSuggestion(28, 45, ("cue:dire",), (peskov,)),
                ClaimSuggestion(second + 21, len(text) - 1, ("cue:préciser",), (umerov,)),
            ]
        )
        return entities + spans, statements

    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text=text, title="t", lang="fr"))
        store.save_suggestions(document_id, *suggestions(), "model-1")
        peskov = next(s for s in store.statements(document_id) if s.speaker == "Peskov")
        editing.set_status(store, [peskov.uid], SpanStatus.ACCEPTED, "a")
        editing.update_statement(store, peskov.uid, "a", stance="supports", speaker="D. Peskov")
        tass = next(s for s in store.spans(document_id) if s.label == "ORG")
        editing.set_entity_status(store, [tass.uid], SpanStatus.REJECTED, "a")
        manual = editing.create_claim(store, document_id, 0, 5, "a").focus

        def seen():
            spans = {s.uid: s for s in store.spans(document_id, statuses=list(SpanStatus))}
            return sorted(
                (spans[s.claim_uid].start, s.speaker, s.stance, str(s.status))
                for s in store.statements(document_id, statuses=list(SpanStatus))
            ), sorted((s.start, s.label, str(s.status)) for s in spans.values())

        decided = seen()
        store.reset_suggestions(document_id)
        assert store.document(document_id).suggested_by is None
        statements, spans = seen()
        assert [s for s in statements if s[3] == "suggested"] == []
        assert (28, "D. Peskov", "supports", "accepted") in statements
        assert (6, "ORG", "rejected") in spans and store.statement(manual) is not None
        assert store.save_suggestions(document_id, *suggestions(), "model-2") > 0
        assert seen() == decided  # nothing doubled, nothing decided undone
        assert store.document(document_id).suggested_by == "model-2"
