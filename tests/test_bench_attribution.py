"""The attribution benchmark scores what it should: checked on a document whose
answer is known, and our own gold set is well formed."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_attribution import OWN_SET, Score, own_set, score  # noqa: E402

from annotator.core.model import Span, SpanKind, Statement  # noqa: E402

TEXT = "Peskov a déclaré que rien n'était décidé. Il pleut. Selon TASS, la réunion est finie."


def test_scores_of_a_document_whose_answer_is_known():
    gold = {
        "text": TEXT,
        "items": [
            {"quote_spans": [(21, 40)], "speaker_spans": [(0, 6)], "cue_spans": [(9, 16)]},
            {"quote_spans": [(64, 84)], "speaker_spans": [(58, 62)], "cue_spans": [(52, 57)]},
        ],
    }
    claim = Span(21, 40, "claim", kind=SpanKind.CLAIM, reasons=("cue:déclarer",))  # a lemma
    wrong = Span(42, 51, "claim", kind=SpanKind.CLAIM)  # "Il pleut.": no gold there
    mention = Span(0, 6, "source", kind=SpanKind.SOURCE_MENTION)
    statements = [Statement(claim.uid, source_uid=mention.uid), Statement(wrong.uid)]
    into = Score()
    score(gold, [claim, wrong, mention], statements, into)
    assert (into.gold, into.covered) == (2, 1)  # the second content is missed
    assert (into.claims, into.precise) == (2, 1)
    assert (into.with_source, into.source_right) == (2, 1)
    assert (into.with_cue, into.cue_right) == (2, 1)
    assert into.common_chars == 19 and into.gold_chars == 19 + 20 and into.claim_chars == 19 + 9
    assert into.source_tokens == [1, 2, 1]  # "Peskov" found, "TASS" not


def test_our_gold_set_is_well_formed():
    files = sorted(OWN_SET.glob("*_*.json"))
    assert {f.name[:2] for f in files} == {"fr", "uk"}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["items"], path.name
    for lang in ("fr", "uk"):
        for doc in own_set(lang):
            for item in doc["items"]:
                (content,) = item["quote_spans"]
                for other in item["speaker_spans"] + item["cue_spans"]:
                    assert other[1] <= content[0] or content[1] <= other[0], doc["doc_id"]


def test_a_cue_named_by_its_lemma_is_the_word_written():
    from bench_attribution import _same_word

    assert _same_word("annoncé", "annoncer") and _same_word("dit", "dire")
    assert _same_word("said", "say") and not _same_word("pleut", "dire")
