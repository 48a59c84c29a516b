"""Review of a merged corpus: every kind of disagreement is a unit, agreements merge
themselves, the reviewed export drops nothing, a re-merge replaces, and agreement counts
what review counts."""

import csv
import shutil

import pytest
from helpers import sentence, suggested_project

from annotator.core import editing
from annotator.core.agreement import agreement
from annotator.core.export import export
from annotator.core.merge import merge_projects
from annotator.core.model import DocumentStatus, Origin, SpanStatus
from annotator.core.review import (
    choose_version,
    disputed,
    merge_agreements,
    reject_unit,
    review_units,
    undecided,
)
from annotator.core.store import Store


def on(store, start):
    """The statements on the claim that starts at `start` (relays last)."""
    claims = {s.uid: s for s in store.spans(1)}
    found = [s for s in store.statements(1) if claims[s.claim_uid].start == start]
    return sorted(found, key=lambda s: s.relay_of is not None)


def accept(store, start, who, **fields):
    statements = on(store, start)
    editing.set_status(store, [s.uid for s in statements], SpanStatus.ACCEPTED, who)
    if fields:
        editing.update_statement(store, statements[0].uid, who, **fields)


@pytest.fixture
def team(tmp_path):
    """Alice and Bob, each on a project of their own (the suggestions made apart)."""
    alice = suggested_project(tmp_path / "alice.db")
    bob = suggested_project(tmp_path / "bob.db")
    with Store(alice) as store:
        accept(store, 0, "alice", stance="supports")
        editing.set_status(store, [on(store, sentence(1)[0])[0].uid], SpanStatus.REJECTED, "alice")
        claim = editing.create_claim(store, 1, *sentence(3), "alice").focus
        editing.update_statement(store, claim, "alice", source_category="ru_official")
    with Store(bob) as store:
        accept(store, 0, "bob", stance="supports")
        accept(store, sentence(1)[0], "bob")
    return alice, bob


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_kind_of_disagreement_is_a_unit_and_nothing_is_dropped(team, tmp_path):
    out = tmp_path / "team.db"
    report = merge_projects(out, team)
    assert report.to_review == 2
    with Store(out) as store:
        units = review_units(store, 1)
        assert [u.start for u in units] == [sentence(0)[0], sentence(1)[0], sentence(3)[0]]
        same, rejected_by_alice, added_by_alice = units
        assert same.agreed
        assert rejected_by_alice.disagreements == ["one-sided"]
        assert rejected_by_alice.versions["alice"].rejected
        assert len(rejected_by_alice.versions["bob"].statements) == 2  # the relay is in it
        assert added_by_alice.disagreements == ["one-sided"]
        assert list(added_by_alice.versions) == ["alice"]

        merged = merge_agreements(store, 1, "carol")
        assert merged.description == "Review: merge 1 agreed claim(s) of alice, bob"
        assert merge_agreements(store, 1, "carol").is_empty  # nothing left to merge
        units = review_units(store, 1)
        assert units[0].settled and len(disputed(units)) == 2
        choose_version(store, 1, units[1], "bob", "carol")  # the claim and its relay
        reject_unit(store, 1, review_units(store, 1)[2], "carol")
        assert undecided(review_units(store, 1)) == []
        actions = {r["action"] for r in store.query("SELECT action FROM history", [])}
        assert "Review: keep bob's version" in actions and "Review: reject the claim" in actions
        editing.set_document_status(store, 1, DocumentStatus.REVIEWED, "carol")
        export(store, "csv", tmp_path / "reviewed.csv", reviewed_only=True)
    exported = rows(tmp_path / "reviewed.csv")
    assert [(r["speaker"], r["stance"], r["annotator"]) for r in exported] == [
        ("TASS", "supports", "carol"),
        ("Rustem Umerov", "supports", "carol"),
        ("TASS", "reports", "carol"),  # the relay, both annotators' or not
    ]
    assert {r["origin"] for r in exported} == {"review"}


def test_machine_suggestions_from_several_files_are_one(tmp_path):
    first = suggested_project(tmp_path / "one.db")
    second = suggested_project(tmp_path / "two.db")
    with Store(first) as store:
        expected = (len(store.spans(1)), len(store.statements(1)))
    merge_projects(tmp_path / "team.db", [first, second])
    with Store(tmp_path / "team.db") as store:
        assert (len(store.spans(1)), len(store.statements(1))) == expected


def test_re_merge_replaces_the_older_version_and_sends_the_claim_back(team, tmp_path):
    alice, bob = team
    for order in ([alice, bob], [bob, alice]):
        out = tmp_path / f"team-{order[0].stem}.db"
        merge_projects(out, order)
        with Store(out) as store:
            merge_agreements(store, 1, "carol")
            editing.set_document_status(store, 1, DocumentStatus.REVIEWED, "carol")
            count = len(store.statements(1))
        later = tmp_path / f"alice-later-{order[0].stem}.db"
        shutil.copy(alice, later)
        with Store(later) as store:  # alice changes her mind after the review
            editing.update_statement(store, on(store, 0)[0].uid, "alice", stance="questions")
        report = merge_projects(out, [later])
        assert (report.replaced, report.statements_added) == (1, 0)
        assert report.to_review == 3  # the changed claim joins the two disputes
        with Store(out) as store:
            assert len(store.statements(1)) == count
            [unit] = [u for u in review_units(store, 1) if u.start == 0]
            assert unit.versions["alice"].statement.stance == "questions"
            assert unit.changed_since_review and not unit.settled
            assert unit.disagreements == ["stance"]
            assert store.document(1).status == DocumentStatus.DONE  # to review again


def test_agreement_counts_what_review_counts(team, tmp_path):
    """A decision is what a person touched: Bob's correction without accepting counts."""
    alice, bob = team
    with Store(bob) as store:
        statement = on(store, sentence(1)[0])[0]
        editing.set_status(store, [statement.uid], SpanStatus.SUGGESTED, "bob")
        editing.update_statement(store, statement.uid, "bob", source_category="ru_official")
        assert store.statement(statement.uid).status == SpanStatus.SUGGESTED
    out = tmp_path / "team.db"
    merge_projects(out, [alice, bob])
    with Store(out) as store:
        units = review_units(store, 1)
        pair = agreement(store).pairs["alice|bob"]
    kept = {name: sum(name in u.kept for u in units) for name in ("alice", "bob")}
    both = sum(len(u.kept) == 2 for u in units)
    one_sided = sum("one-sided" in u.disagreements for u in units)
    assert (kept["alice"], kept["bob"], both) == (2, 2, 1)
    assert pair.matched == both
    assert pair.overlap_f1 == pytest.approx(2 * both / (kept["alice"] + kept["bob"]))
    assert one_sided == kept["alice"] + kept["bob"] - 2 * both  # the unmatched claims


def test_a_claim_added_in_review_is_a_unit_of_its_own(team, tmp_path):
    out = tmp_path / "team.db"
    merge_projects(out, team)
    with Store(out) as store:
        start, end = sentence(2)
        editing.create_claim(store, 1, start, end, "carol", "ru_official", origin=Origin.REVIEW)
        [unit] = [u for u in review_units(store, 1) if u.start == start]
        assert unit.versions == {} and unit.reviewed.annotator == "carol"
        assert unit not in undecided([unit])


def test_a_uid_another_document_holds_is_kept_apart(tmp_path):
    """A crafted file reuses a span's uid in another text: the first span stays where it
    is, the other is added to its own document under another uid."""
    from annotator.core.model import Document, Span, SpanKind

    first, second = tmp_path / "first.db", tmp_path / "second.db"
    with Store(first) as store:
        store.add_document(Document(text="Premier texte, où TASS parle.", title="un"))
        store.save_suggestions(1, [Span(0, 7, "claim", kind=SpanKind.CLAIM, uid="u" * 32)], [], "t")
    with Store(second) as store:
        store.add_document(Document(text="Un second texte, autre chose.", title="deux"))
        store.save_suggestions(1, [Span(3, 9, "claim", kind=SpanKind.CLAIM, uid="u" * 32)], [], "t")
    out = tmp_path / "out.db"
    merge_projects(out, [first, second])
    with Store(out) as store:
        one, two = (store.document_id(d.uid) for d in store.documents())
        assert [(s.start, s.uid) for s in store.spans(one)] == [(0, "u" * 32)]
        [moved] = store.spans(two)
        assert moved.start == 3 and moved.uid != "u" * 32


def test_a_settled_claim_whose_decisions_change_is_the_reviewers_again(team, tmp_path):
    """Carol rejected a claim only Bob kept; Alice accepts it later: after the re-merge
    the claim is to decide again, and no automatic merge settles it in Carol's name."""
    alice, bob = team
    out = tmp_path / "team.db"
    merge_projects(out, team)
    with Store(out) as store:
        merge_agreements(store, 1, "carol")
        [unit] = [u for u in review_units(store, 1) if u.start == sentence(1)[0]]
        reject_unit(store, 1, unit, "carol")
        editing.set_document_status(store, 1, DocumentStatus.REVIEWED, "carol")
    with Store(alice) as store:
        statements = on(store, sentence(1)[0])
        editing.set_status(store, [s.uid for s in statements], SpanStatus.ACCEPTED, "alice")
    report = merge_projects(out, [alice])
    assert report.reopened == 1 and "1 reviewed document(s) back to review" in report.summary()
    with Store(out) as store:
        [unit] = [u for u in review_units(store, 1) if u.start == sentence(1)[0]]
        assert unit.agreed and unit.changed_since_review and unit in disputed([unit])
        assert merge_agreements(store, 1, "carol").is_empty  # the reviewer decides, not a merge
        assert unit.reviewed.rejected  # Carol's rejection stands until she decides again
        assert store.document(1).status == DocumentStatus.DONE


def test_a_relay_kept_by_one_is_the_only_difference_named(tmp_path):
    alice = suggested_project(tmp_path / "alice.db")
    bob = tmp_path / "bob.db"
    shutil.copy(alice, bob)
    with Store(alice) as store:
        accept(store, sentence(1)[0], "alice")  # Umerov's words and TASS's relay
    with Store(bob) as store:
        main = on(store, sentence(1)[0])[0]
        editing.set_status(store, [main.uid], SpanStatus.ACCEPTED, "bob")  # no relay
    merge_projects(tmp_path / "team.db", [alice, bob])
    with Store(tmp_path / "team.db") as store:
        [unit] = review_units(store, 1)
    assert unit.disagreements == ["relay"]


def test_a_reviewed_export_of_nothing_reviewed_writes_nothing(team, tmp_path):
    from annotator.core.errors import AnnotatorError

    out = tmp_path / "reviewed.csv"
    out.write_text("the good file of yesterday\n", encoding="utf-8")
    merge_projects(tmp_path / "team.db", team)
    with Store(tmp_path / "team.db") as store, pytest.raises(AnnotatorError, match="nothing"):
        export(store, "csv", out, reviewed_only=True)
    assert out.read_text(encoding="utf-8") == "the good file of yesterday\n"


def test_claims_pair_by_overlap_as_comparing_every_pair_would():
    """The pairing looks only at ranges that may overlap; it pairs as a comparison of
    every pair with every other does (largest overlap first, one to one)."""
    import random

    from annotator.core.review import _by_overlap

    def every_pair(left, right):
        candidates = sorted(
            (
                (min(a[1], b[1]) - max(a[0], b[0]), i, j)
                for i, a in enumerate(left)
                for j, b in enumerate(right)
                if a[0] < b[1] and b[0] < a[1]
            ),
            key=lambda c: (-c[0], c[1], c[2]),
        )
        pairs, used_left, used_right = [], set(), set()
        for _overlap, i, j in candidates:
            if i not in used_left and j not in used_right:
                used_left.add(i)
                used_right.add(j)
                pairs.append((i, j))
        return pairs

    rng = random.Random(7)
    for _ in range(300):
        ranges = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            ranges.append((start, start + rng.randint(1, 25)))
        left, right = ranges[: len(ranges) // 2], ranges[len(ranges) // 2 :] + [(0, 0)]
        assert _by_overlap(left, right) == every_pair(left, right)


def test_a_claim_with_several_sources_keeps_each_through_a_merge(tmp_path):
    """Reported: a merge kept one machine statement per claim, so the second and third
    sources of a claim ("Selon TASS, citant une source, …") were dropped without a word,
    merging one file alone as much as several."""
    from helpers import TEAM_TEXT

    from annotator.core.claims import ClaimSuggestion, SourceSuggestion
    from annotator.core.model import Document
    from annotator.core.suggested import to_records

    start, end = sentence(2)
    claim = ClaimSuggestion(start, end, ("cue:déclarer",), (
        SourceSuggestion("Dmitry Peskov", "ru_official", start=start, end=start + 6),
        SourceSuggestion("anonymous source", "anonymous"),
        SourceSuggestion("TASS", "ru_state_media", "reports", relays=0),
    ))  # fmt: skip

    def project(path):
        with Store(path) as store:
            store.add_document(Document(text=TEAM_TEXT, title="Talks", lang="fr"))
            store.save_suggestions(1, *to_records([claim]), "test")  # uids of its own
        return path

    first, second = project(tmp_path / "one.db"), project(tmp_path / "two.db")
    copy = tmp_path / "copy.db"
    shutil.copy(first, copy)
    for name, inputs in (("alone", [first]), ("copy", [first, copy]), ("two", [first, second])):
        merge_projects(tmp_path / f"out-{name}.db", inputs)
        with Store(tmp_path / f"out-{name}.db") as store:
            kept = sorted((s.speaker, s.relay_of is not None) for s in store.statements(1))
        assert kept == [("Dmitry Peskov", False), ("TASS", True), ("anonymous source", False)]
