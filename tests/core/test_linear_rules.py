"""The claim rules read bounded stretches of a text, whatever its length: no timing,
what each step is given."""

import random
import uuid
from bisect import bisect_left
from types import SimpleNamespace

import pytest

from annotator.core import antecedents, claims
from annotator.core.claims import suggest_claims
from annotator.core.gazetteer import Gazetteer, default_entries
from annotator.core.model import new_uid
from annotator.core.nlp import load_pipeline
from annotator.core.parsed import Parsed, mentions_within
from annotator.core.sentences import MAX_UNIT_CHARS, sentence_units


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(default_entries())


def assert_cover(text, units):
    """Units in order, apart, within the bound, and every word in one of them."""
    assert all(end - start <= MAX_UNIT_CHARS for start, end in units)
    assert all(a[1] <= b[0] for a, b in zip(units, units[1:], strict=False))
    covered = " ".join(text[start:end] for start, end in units)
    assert covered.split() == text.split()


def test_text_without_a_stop_is_read_in_bounded_sentences():
    text = "mot " * 5000
    units = sentence_units(load_pipeline("en")(text))
    assert len(units) >= len(text) // MAX_UNIT_CHARS
    assert_cover(text, units)


def test_lower_case_fragments_are_joined_up_to_the_bound():
    text = "mot. " * 3000  # each piece starts in lower case: joined to the one before
    units = sentence_units(load_pipeline("en")(text))
    assert_cover(text, units)
    assert all(end - start > MAX_UNIT_CHARS // 2 for start, end in units[:-1])


def test_a_sentence_of_usual_length_is_read_whole():
    text = "Il a dit que " + "la guerre et la paix, " * 40 + "sont finies. Puis il est parti."
    units = sentence_units(load_pipeline("fr")(text))
    assert text[slice(*units[0])].startswith("Il a dit") and text[slice(*units[0])].endswith(".")
    assert len(units) == 2


def test_claims_of_a_run_of_cues_stay_within_their_sentence(gazetteer):
    text = "TASS said " * 3000
    claims = suggest_claims(load_pipeline("en")(text), "en", gazetteer)
    assert claims
    assert all(c.end - c.start <= MAX_UNIT_CHARS for c in claims)


def test_mentions_and_entities_of_a_stretch_are_those_of_a_scan(seed_text, gazetteer):
    parsed = Parsed(load_pipeline("fr")(seed_text))
    parsed.mentions = gazetteer.find(parsed.text, folded=parsed.folded)
    assert parsed.mentions and parsed.ents
    stretches = sentence_units(parsed.doc) + [(0, len(seed_text)), (5, 5), (100, 2000)]
    for start, end in stretches:
        mentions = [m for m in parsed.mentions if start <= m.start and m.end <= end]
        assert parsed.mentions_in(start, end) == mentions
        assert mentions_within(parsed.mentions, start, end) == mentions
        assert mentions_within(parsed.mentions_in(0, end), start, end) == mentions
        assert parsed.ents_in(start, end) == [
            e for e in parsed.ents if start <= e[0] and e[1] <= end
        ]
    for start, end, label in parsed.ents:
        assert parsed.ent_over(start, end) == (start, end, label)
        assert parsed.ent_over(start + 1, end) == (start, end, label)
        assert parsed.ent_over(start, end + 1) is None


def test_a_relative_pronoun_reads_the_text_s_names_once(gazetteer, monkeypatch):
    """'Peskov, who said …': the text's names are read once and each relative pronoun
    takes those of its sentence from them (it read its sentence's names again at each
    pronoun: a sentence with one every few words read them a hundred times)."""
    lists = []
    candidates_of = antecedents.candidates_of

    def counted(parsed):
        found = candidates_of(parsed)
        lists.append(found)
        return found

    monkeypatch.setattr(antecedents, "candidates_of", counted)
    text = "Dmitry Peskov, who said it was over, left. " * 400
    claims = suggest_claims(load_pipeline("en")(text), "en", gazetteer)
    assert len(lists) >= 400 and all(found is lists[0] for found in lists)
    assert len(claims) >= 400
    assert all(c.sources and c.sources[0].speaker == "Dmitry Peskov" for c in claims)


def test_a_sentence_s_quotations_are_found_once_whatever_its_cues(gazetteer, monkeypatch):
    """'“mot” said “mot” said …': each cue asks whether it is quoted; the sentence's
    quotations are looked for once, not at each cue."""
    scans = []
    pattern = claims.QUOTES

    class Counted:
        def finditer(self, text, start, end):
            scans.append((start, end))
            return pattern.finditer(text, start, end)

        def search(self, *args):
            return pattern.search(*args)

    monkeypatch.setattr(claims, "QUOTES", Counted())
    doc = load_pipeline("en")("“mot” said " * 60 + "today.")
    found = suggest_claims(doc, "en", gazetteer)
    assert len(found) >= 50
    assert scans and len(scans) == len(set(scans))  # once per sentence


def brute_held(said):
    """Whether another cue's words hold each cue, one pair at a time (the definition)."""

    def holds(words, token):
        return words is not None and words[0] <= token.idx < words[1]

    return [
        any(
            other is not token and holds(theirs, token)
            and not (holds(words, other) and other.i < token.i)
            for other, _, theirs in said
        )
        for token, _, words in said
    ]  # fmt: skip


def test_which_cues_another_s_words_hold_is_what_each_pair_says():
    rng = random.Random(16)
    for _ in range(500):
        offsets = sorted(rng.sample(range(200), rng.randint(1, 12)))
        said = []
        for i, idx in enumerate(offsets):
            start = rng.randrange(200)
            words = (start, start + rng.randint(1, 120)) if rng.random() < 0.8 else None
            said.append((SimpleNamespace(idx=idx, i=i), None, words))
        assert claims._held_by_another(said) == brute_held(said)


def test_uids_made_at_each_cue_are_random_uuid4s():
    made = {new_uid() for _ in range(1000)}
    assert len(made) == 1000
    for uid in made:
        assert len(uid) == 32 and uuid.UUID(uid).hex == uid
        assert uuid.UUID(uid).version == 4 and uuid.UUID(uid).variant == uuid.RFC_4122


def chosen_from_all_names(parsed, window, at, pronoun):
    """The name a pronoun stands for, reading every name of its window (the definition)."""
    earlier = [c for c in window if antecedents._named_before(parsed, c, at)]
    if not earlier:
        return None
    agreeing = [c for c in earlier if antecedents.agrees(parsed, c, pronoun)]
    return antecedents._preferred(parsed, agreeing or earlier, at)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_pronoun_stands_for_the_name_a_reading_of_all_earlier_names_gives(lang, gazetteer):
    sentences = {
        "en": ["Dmitry Peskov met Maria Zakharova.", "She said it was over.", "He said no.",
               "The Kremlin said he agreed.", "Zelensky answered them.", "They said she lied.",
               "TASS said it.", "Reuters reported that.", "It said they left."],
        "fr": ["Dmitri Peskov a vu Maria Zakharova.", "Elle a dit que non.", "Il a dit oui.",
               "Le Kremlin a dit qu'il partait.", "Zelensky a répondu.", "Ils ont dit non.",
               "TASS l'a dit.", "Selon Reuters, elle ment."],
    }[lang]  # fmt: skip
    rng = random.Random(4)
    text = " ".join(rng.choice(sentences) for _ in range(300))
    parsed = Parsed(load_pipeline(lang)(text))
    parsed.mentions = gazetteer.find(parsed.text, folded=parsed.folded)
    pronouns = antecedents.cues_for(lang).pronouns
    if not parsed.has_dep:
        antecedents.read_names(parsed, antecedents.cues_for(lang))
    known = antecedents.candidates_of(parsed)
    checked = 0
    for token in parsed.tokens:
        if token.lower_ not in pronouns:
            continue
        at, pronoun = token.idx, token.lower_
        window = known[
            bisect_left(known, (at - antecedents.LOOK_BACK,)) : bisect_left(known, (at,))
        ]
        expected = chosen_from_all_names(parsed, window, at, pronoun)
        assert antecedents._antecedent(parsed, window, at, pronoun) == expected, at
        checked += 1
    assert checked > 100


def test_the_rules_leave_the_cycle_collector_as_they_found_it(gazetteer, monkeypatch):
    """Paused while they run (they make no cycles), then as it was: on stays on, off
    stays off, also when they fail."""
    import gc

    from annotator.core import nlp

    doc = load_pipeline("en")("TASS said that the talks were over. " * 20)
    seen = []
    real = nlp.to_records
    monkeypatch.setattr(nlp, "to_records", lambda found: seen.append(gc.isenabled()) or real(found))
    assert gc.isenabled()
    nlp.suggest_doc(doc, "en", gazetteer)
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        nlp.suggest_doc(doc, "en", gazetteer)
        assert not gc.isenabled()
    finally:
        gc.enable()
    monkeypatch.setattr(nlp, "to_records", lambda found: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        nlp.suggest_doc(doc, "en", gazetteer)
    assert gc.isenabled()
