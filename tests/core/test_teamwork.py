"""Merging two annotators' files, and their agreement, checked against hand computation."""

import shutil
import sqlite3

import pytest

from annotator.cli import main
from annotator.core import editing
from annotator.core.agreement import agreement, cohen_kappa, krippendorff_alpha
from annotator.core.claims import ClaimSuggestion, to_records
from annotator.core.merge import merge_projects
from annotator.core.model import Document, SpanStatus
from annotator.core.store import Store, TaxonomyEntry

TEXT = ("Selon TASS, la rencontre a duré deux heures. Umerov a précisé que l'échange aurait "
        "lieu. Peskov a déclaré que rien n'était décidé. Le Kremlin a démenti toute pression.")


def sentence(n):
    starts = [0, TEXT.index("Umerov"), TEXT.index("Peskov"), TEXT.index("Le Kremlin")]
    ends = [*starts[1:], len(TEXT)]
    return starts[n], ends[n] - (1 if n < 3 else 0)


def statement_on(store, start):
    claims = {s.uid: s for s in store.spans(1)}
    return next(s for s in store.statements(1) if claims[s.claim_uid].start == start)


@pytest.fixture
def team(tmp_path):
    """A base project given to two annotators, who then work apart."""
    base = tmp_path / "base.db"
    with Store(base) as store:
        store.add_document(Document(text=TEXT, title="Talks", lang="fr"))
        spans, statements = to_records([ClaimSuggestion(*sentence(0), ("number",)),
                                        ClaimSuggestion(*sentence(1), ("cue:préciser",))])
        store.save_suggestions(1, spans, statements, "test")
    a, b = tmp_path / "alice.db", tmp_path / "bob.db"
    shutil.copy(base, a)
    shutil.copy(base, b)
    with Store(a) as store:
        x = statement_on(store, 0)
        editing.set_status(store, [x.uid], SpanStatus.ACCEPTED, "alice")
        editing.update_statement(store, x.uid, "alice", source_category="ru_official",
                                 stance="supports")
        z = editing.create_claim(store, 1, *sentence(2), "alice").focus
        editing.update_statement(store, z, "alice", source_category="ua_official",
                                 stance="reports")
    with Store(b) as store:
        x = statement_on(store, 0)
        editing.set_status(store, [x.uid], SpanStatus.ACCEPTED, "bob")
        editing.update_statement(store, x.uid, "bob", source_category="ru_media",
                                 stance="supports")
        editing.set_status(store, [statement_on(store, sentence(1)[0]).uid],
                           SpanStatus.REJECTED, "bob")
        start, end = sentence(2)
        w = editing.create_claim(store, 1, start, end - 10, "bob").focus  # shorter: overlaps
        editing.update_statement(store, w, "bob", source_category="ua_official",
                                 stance="reports")
        entries = store.taxonomy("source")
        entries[0] = TaxonomyEntry("source", "ru_official", "Officiels russes", "#D55E00", "1",
                                   "", 0)
        entries.append(TaxonomyEntry("source", "kremlin_pool", "Kremlin pool", "#445566", "",
                                     "", len(entries)))
        store.replace_taxonomy("source", entries)
    return a, b


def counts(path):
    conn = sqlite3.connect(path)
    return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "spans", "statements", "history", "taxonomy")]


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
        assert ("", "", "suggested") in by_annotator  # alice left that one alone
        assert [e.name for e in store.taxonomy("source")][0] == "Russian officials"
        assert "kremlin_pool" in [e.code for e in store.taxonomy("source")]
        x = statement_on(store, 0)
        assert {h["annotator"] for h in store.history(x.uid)} == {"alice", "bob"}
    assert any("differs (bob vs alice); both kept" in c for c in report.conflicts)
    assert any("'ru_official' is 'Officiels russes'" in c for c in report.conflicts)
    assert any("new source 'kremlin_pool' added" in c for c in report.conflicts)

    before = counts(out)
    again = merge_projects(out, [a, b])
    assert counts(out) == before
    assert (again.documents_added, again.spans_added, again.statements_added,
            again.history_added) == (0, 0, 0, 0)
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
