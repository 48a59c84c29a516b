"""The rules read words, not spaCy Tokens: each must read as the Token it stands for."""

import os
import random

import pytest

from annotator.core.model import new_uid
from annotator.core.nlp import load_pipeline
from annotator.core.parsed import SUBJECT_DEPS, Parsed

TEXTS = {
    "fr": "Le ministre russe a déclaré  mardi : « Nous ne céderons pas. » Selon TASS, "
    "Kyiv a-t-il dit non ?\n\nDeux délégations, 3 heures… L'ONU « salue » l'accord.",
    "en": "Senator Maria Ostrowski (D-Wis.) said on Tuesday that “it's over,” adding: "
    "two states were… 5 percent!  Mitch McConnell, R-Ky., said so-called talks",
    "uk": "Речник Кремля Дмитро Пєсков заявив, що «переговори тривають». Джерело в "
    "делегації, як повідомило видання, сказало: «Ні».",
}
READ = ("i", "idx", "text", "lower_", "lemma_", "pos_", "is_stop", "is_alpha",
        "is_punct", "like_num", "whitespace_", "is_sent_start")  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_word_reads_as_its_token(lang):
    doc = load_pipeline(lang)(TEXTS[lang])
    words = Parsed(doc).tokens
    assert len(words) == len(doc)
    for word, token in zip(words, doc, strict=True):
        assert [getattr(word, a) for a in READ] == [getattr(token, a) for a in READ]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_tokens_over_a_stretch_are_those_of_char_span(lang):
    text = TEXTS[lang]
    doc = load_pipeline(lang)(text)
    parsed = Parsed(doc)
    pick = random.Random(7)
    stretches = [(a, b) for a in range(len(text)) for b in (a + 1, a + 2)] + [
        tuple(sorted(pick.sample(range(len(text) + 1), 2))) for _ in range(500)
    ]
    for start, end in stretches:
        span = doc.char_span(start, end, alignment_mode="expand")
        expected = (span.start, span.end) if span is not None else None
        assert parsed.tokens_over(start, end) == expected, (start, end)


def test_a_subject_is_the_first_child_the_tree_gives():
    """As Token.children: within the verb's edges, in order (the French model's parse
    is not always projective)."""
    doc = load_pipeline("fr")(TEXTS["fr"] + " Le Kremlin, a indiqué jeudi son porte-parole.")
    parsed = Parsed(doc)
    assert parsed.has_dep
    for token in doc:
        expected = next((c.i for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        assert parsed.subject_of(token.i) == expected


def test_a_blank_pipeline_has_no_subjects():
    parsed = Parsed(load_pipeline("en")(TEXTS["en"]))
    assert not parsed.has_dep
    assert all(parsed.subject_of(i) is None for i in range(len(parsed.tokens)))


def test_a_forked_worker_draws_uids_of_its_own():
    """uids are drawn ahead in batches: a worker forked with some left must not give
    the ones its parent gives next."""
    new_uid()  # a batch drawn, most of it left
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.write(write, "".join(new_uid() for _ in range(10)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    theirs = os.read(read, 1000).decode()
    os.close(read)
    ours = "".join(new_uid() for _ in range(10))
    assert len(theirs) == len(ours) == 320
    assert not {theirs[i : i + 32] for i in range(0, 320, 32)} & {
        ours[i : i + 32] for i in range(0, 320, 32)
    }
