"""Merging two annotators' files, and their agreement, checked against hand computation."""

import sqlite3

import pytest
from helpers import make_team

from annotator.cli import main
from annotator.core.agreement import agreement, cohen_kappa, krippendorff_alpha
from annotator.core.errors import AnnotatorError
from annotator.core.merge import merge_projects
from annotator.core.model import Document, Span, SpanKind, SpanStatus, text_uid
from annotator.core.rows import span_row
from annotator.core.store import Store


@pytest.fixture
def team(tmp_path):
    return make_team(tmp_path)


def statement_on(store, start):
    claims = {s.uid: s for s in store.spans(1)}
    return next(s for s in store.statements(1) if claims[s.claim_uid].start == start)


def counts(path):
    conn = sqlite3.connect(path)
    return [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "spans", "statements", "history", "taxonomy")
    ]


def test_merge_keeps_everyone_and_twice_changes_nothing(team, tmp_path):
    a, b = team
    out = tmp_path / "team.db"
    report = merge_projects(out, [a, b])
    assert report.documents_added == 1
    with Store(out) as store:
        statements = store.statements(1)
        by_annotator = {(s.annotator, s.source_category, str(s.status)) for s in statements}
        assert ("alice", "ru_official", "accepted") in by_annotator
        assert ("bob", "ru_media", "accepted") in by_annotator  # kept beside alice's
        assert ("bob", "", "rejected") in by_annotator
        # alice left that suggestion alone, bob rejected it: his decision replaced it
        assert ("", "", "suggested") not in by_annotator
        assert [e.name for e in store.taxonomy("source")][0] == "Russian officials"
        assert "kremlin_pool" in [e.code for e in store.taxonomy("source")]
        x = statement_on(store, 0)
        assert {h["annotator"] for h in store.history(x.uid)} == {"alice", "bob"}
    assert report.to_review == 2  # X: category; Z and W: the words
    assert "2 claim(s) to review (the annotators differ" in report.summary()
    assert any("'ru_official' is 'Officiels russes'" in c for c in report.conflicts)
    assert any("new source 'kremlin_pool' added" in c for c in report.conflicts)

    before = counts(out)
    again = merge_projects(out, [a, b])
    assert counts(out) == before
    assert (
        again.documents_added,
        again.spans_added,
        again.statements_added,
        again.history_added,
    ) == (0, 0, 0, 0)
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_agreement_figures_match_hand_computation(team, tmp_path):
    out = tmp_path / "team.db"
    merge_projects(out, team)
    with Store(out) as store:
        result = agreement(store)
    assert result.annotators == ["alice", "bob"]
    pair = result.pairs["alice|bob"]
    # alice: X, Z; bob: X (same offsets), W (overlaps Z). Exact: 2·1/4; overlap: 2·2/4.
    assert (pair.exact_f1, pair.overlap_f1, pair.matched) == (0.5, 1.0, 2)
    # Categories (ru_official, ru_media), (ua_official, ua_official): po 1/2, pe 1/4.
    assert pair.kappa["source_category"] == pytest.approx(1 / 3)
    assert pair.kappa["stance"] == pytest.approx(1.0)
    # Nominal alpha, 4 values: Do = 2/4, De = 10/12, alpha = 1 - 0.6.
    assert result.alpha["source_category"] == pytest.approx(0.4)
    assert result.documents["Talks"]["alice|bob"].overlap_f1 == 1.0


def test_statistics_on_textbook_cases():
    pairs = [("x", "x"), ("y", "x"), ("y", "y"), ("x", "x")]
    assert cohen_kappa(pairs) == pytest.approx(0.5)
    units = [{"a": "x", "b": "x"}, {"a": "y", "b": "x"}, {"a": "y", "b": "y"}, {"a": "x", "b": "x"}]
    assert krippendorff_alpha(units) == pytest.approx(1 - (2 / 8) / (30 / 56))
    assert cohen_kappa([]) is None
    three = [{"a": "x", "b": "x", "c": "x"}, {"a": "y", "b": "y", "c": "x"}]
    # 6 values: x 4, y 2; unit 2 pairs: (y,y),(y,x),(y,x) each way over m-1 = 2.
    assert krippendorff_alpha(three) == pytest.approx(1 - (2 / 6) / (16 / 30))


def test_cli_merge_agreement_stats(team, tmp_path, capsys):
    out = tmp_path / "team.db"
    assert main(["merge", "--output", str(out), *map(str, team)]) == 0
    assert "1 document(s)" in capsys.readouterr().out
    assert main(["agreement", "--project", str(out), "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["corpus"]["pairs"]["alice|bob"]["overlap_f1"] == 1.0
    assert main(["agreement", "--project", str(out)]) == 0
    assert "alice / bob: claims exact F1 0.500" in capsys.readouterr().out
    assert main(["stats", "--project", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["statements"]["accepted"] == 4
    assert main(["merge", "--output", str(out), str(tmp_path / "nope.db")]) == 1


def test_review_chooses_a_version_and_keeps_the_originals(team, tmp_path):
    from annotator.core.export import export
    from annotator.core.review import choose_version, review_units

    out = tmp_path / "team.db"
    merge_projects(out, team)
    with Store(out) as store:
        units = review_units(store, 1)
        assert [sorted(u.versions) for u in units] == [["alice", "bob"], ["bob"], ["alice", "bob"]]
        assert units[0].disagreements == ["source_category"]
        assert units[1].versions["bob"].rejected and units[1].agreed  # nobody kept it
        assert units[2].disagreements == ["claim"]
        choose_version(store, 1, units[0], "bob", "carol")
        units = review_units(store, 1)
        assert units[0].reviewed.statement.source_category == "ru_media"
        assert units[0].reviewed.annotator == "carol"
        choose_version(store, 1, units[0], "alice", "carol")  # changes her mind
        units = review_units(store, 1)
        assert units[0].reviewed.statement.source_category == "ru_official"
        reviewed = [s for s in store.statements(1) if s.origin == "review"]
        assert len(reviewed) == 1
        assert {s.annotator for s in store.statements(1)} >= {"alice", "bob", "carol"}
        csv_out = tmp_path / "reviewed.csv"
        with pytest.raises(AnnotatorError, match="no document is marked reviewed"):
            export(store, "csv", csv_out, reviewed_only=True)  # nothing written over a file
        store.db.execute("UPDATE documents SET status = 'reviewed'")
        export(store, "csv", csv_out, reviewed_only=True)
    import csv

    with csv_out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["annotator"], r["source_category"], r["origin"]) for r in rows] == [
        ("carol", "ru_official", "review")
    ]
    assert main(["agreement", "--project", str(out), "--json"]) == 0  # carol is no annotator


def test_review_shows_and_keeps_every_statement_of_a_claim(tmp_path):
    """Reported: for the TASS/ministry claim the review listed only TASS. A version is
    all of an annotator's statements on the claim; keeping it copies them all, the
    relay still pointing to the statement it relays."""
    from annotator.core import editing
    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.core.model import Document
    from annotator.core.review import choose_version, review_units
    from annotator.core.suggested import to_records

    text = "Selon TASS, le ministère a affirmé que l'échange aurait lieu demain."
    said = (text.index("l'échange"), len(text) - 1)
    sources = (
        SourceSuggestion("MID", "ru_official", "", 15, 24),
        SourceSuggestion("TASS", "ru_state_media", "reports", 6, 10, relays=0),
    )
    with Store(tmp_path / "p.db") as store:
        document_id, _ = store.add_document(Document(text=text, title="t", lang="fr"))
        spans, statements = to_records([ClaimSuggestion(*said, ("cue:affirmer",), sources)])
        store.save_suggestions(document_id, spans, statements, "test")
        editing.set_status(store, [s.uid for s in statements], SpanStatus.ACCEPTED, "alice")
        bob = editing.create_claim(store, document_id, *said, "bob").focus
        editing.update_statement(store, bob, "bob", speaker="MID", source_category="ru_official")
        [unit] = review_units(store, document_id)
        assert sorted(s.speaker for s in unit.versions["alice"].statements) == ["MID", "TASS"]
        assert [s.speaker for s in unit.versions["bob"].statements] == ["MID"]
        assert unit.disagreements == ["relay"]  # they agree on the ministry's words
        choose_version(store, document_id, unit, "alice", "carol")
        [unit] = review_units(store, document_id)
        kept = {s.speaker: s for s in unit.reviewed.statements}
        assert sorted(kept) == ["MID", "TASS"] and unit.reviewed.annotator == "carol"
        assert kept["TASS"].relay_of == kept["MID"].uid  # the copy relays the copy
        assert {s.claim_uid for s in kept.values()} == {unit.reviewed.claim.uid}
        originals = [s for s in store.statements(document_id) if s.annotator == "alice"]
        assert len(originals) == 2  # alice's own stay


ARTICLE = "Selon TASS, Medinskiy a déclaré que la rencontre à Istanbul était utile.\n"
FORGED_ARTICLE = "Selon TASS, l'Ukraine a refusé toute rencontre à Istanbul.\n"


def test_a_merge_matches_documents_by_the_hash_of_their_text(tmp_path):
    """A colleague's file whose row gives the forged text the genuine uid: its spans
    stay on its own text, never on the genuine article."""
    with Store(tmp_path / "mine.db") as mine:
        mine.add_document(Document(ARTICLE, lang="fr"))
    with Store(tmp_path / "theirs.db") as theirs:
        forged_id, _ = theirs.add_document(Document(FORGED_ARTICLE, lang="fr"))
        span = Span(0, 4, "ORG", kind=SpanKind.ENTITY, status=SpanStatus.ACCEPTED)
        with theirs.transaction():
            theirs.db.execute(
                "UPDATE documents SET uid = ? WHERE id = ?", [text_uid(ARTICLE), forged_id]
            )
            theirs.insert_rows("spans", [span_row(forged_id, span, "2026-01-01T00:00:00")])
    report = merge_projects(tmp_path / "mine.db", [tmp_path / "theirs.db"])
    assert any("theirs.db" in c and "hash" in c for c in report.conflicts), report.conflicts
    with Store(tmp_path / "mine.db") as mine:
        ids = {mine.text(d.id): d.id for d in mine.documents()}
        assert {d.uid for d in mine.documents()} == {text_uid(ARTICLE), text_uid(FORGED_ARTICLE)}
        assert set(ids) == {ARTICLE, FORGED_ARTICLE}
        assert mine.spans(ids[ARTICLE], statuses=list(SpanStatus)) == []
        [moved] = mine.spans(ids[FORGED_ARTICLE], statuses=list(SpanStatus))
        assert (moved.start, moved.end, moved.label) == (0, 4, "ORG")
