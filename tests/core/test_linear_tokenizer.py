"""spaCy's tokenizer stays linear on runs without spaces and tokenizes text as before."""

import random

import pytest
import spacy

from annotator.core.long_runs import LONG_RUN, SUFFIX_REACH, SuffixAtTheEnd, run_cuts
from annotator.core.nlp import load_pipeline
from tests.conftest import REPOSITORY


def ordinary_texts():
    texts = [path.read_text(encoding="utf-8") for path in (REPOSITORY / "seeds").glob("*.txt")]
    texts += [
        path.read_text(encoding="utf-8")
        for path in (REPOSITORY / "tests/data/attribution").glob("*.json")
    ]
    return texts


def crafted_texts():
    marks = random.Random(7)
    return [
        "".join(marks.choice('"!)(«»“”.,;:…-') for _ in range(900)),
        "Il a dit " + "." * 300 + " puis (((« non »))) !!! ?!? " + "…" * 40,
        "https://example.org/a/very/long/address?with=parameters&and=more_of_them).",
        "O'Brien's 5km² (D-Tex.) said: “yes”... 10.5% -- «oui»'",
    ]


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_text_is_tokenized_as_spacy_does(lang):
    ours = load_pipeline(lang).tokenizer
    plain = spacy.blank(lang).tokenizer
    for text in ordinary_texts() + crafted_texts():
        assert [t.text for t in ours(text)] == [t.text for t in plain(text)]


def test_the_suffix_is_searched_at_the_end_of_a_run():
    class Recording:
        """A suffix expression that records how many characters each search looks at."""

        def __init__(self, pattern):
            self.pattern = pattern
            self.looked_at = []

        def search(self, string, pos=0):
            self.looked_at.append(len(string) - pos)
            return self.pattern.search(string, pos)

    nlp = spacy.blank("en")
    recording = Recording(nlp.tokenizer.suffix_search.__self__)
    nlp.tokenizer.suffix_search = SuffixAtTheEnd(recording.search)
    marks = random.Random(3)
    run = "".join(marks.choice('"!)»”') for _ in range(LONG_RUN))
    assert len(nlp.tokenizer(run)) == LONG_RUN  # each mark a token
    assert max(recording.looked_at) <= SUFFIX_REACH


def test_long_runs_are_given_to_the_tokenizer_in_pieces():
    text = "Il a dit " + '"' * (2 * LONG_RUN + 500) + " non."
    start = text.index('"')
    assert run_cuts(text) == [start + LONG_RUN, start + 2 * LONG_RUN]
    assert run_cuts("mot " * 5000) == []
    assert run_cuts("x" * LONG_RUN) == []
    doc = load_pipeline("en").tokenizer(text)
    assert doc.text == text  # nothing inserted: offsets stay exact
    assert [t.text for t in doc].count('"') == 2 * LONG_RUN + 500


def test_a_long_word_is_cut_at_the_pieces_only():
    word = "a" * (LONG_RUN + 10)
    doc = load_pipeline("en").tokenizer(f"Un {word} mot")
    assert [t.text for t in doc] == ["Un", "a" * LONG_RUN, "a" * 10, "mot"]
    assert [t.idx for t in doc] == [0, 3, 3 + LONG_RUN, 3 + len(word) + 1]
    assert doc.text == f"Un {word} mot"
