"""Gazetteer names in other spellings and case endings (anyascii + rapidfuzz)."""

import re

import pytest

from annotator.core.gazetteer import Gazetteer, GazetteerEntry, default_entries
from annotator.core.names import THRESHOLD, similarity, spelling_key

# (a spelling met in news, the gazetteer's spelling): the same person
SAME = [
    ("Medinskij", "Medinsky"), ("Médinski", "Medinsky"), ("Мединский", "Medinsky"),
    ("Мединського", "Medinsky"), ("Мединским", "Medinsky"), ("Umyerov", "Umerov"),
    ("Умєрова", "Umerov"), ("Умеров", "Umerov"), ("Пєскова", "Peskov"),
    ("Захаровой", "Zakharova"), ("Zaharova", "Zakharova"), ("Зеленського", "Zelensky"),
    ("Zelenskyy", "Zelensky"), ("Poutine", "Putin"), ("Путіна", "Putin"),
    ("Ушакова", "Ushakov"), ("Ouchakov", "Ushakov"), ("Єрмака", "Yermak"),
]  # fmt: skip
# look-alike names of other people
OTHERS = [
    ("Medvedev", "Medinsky"), ("Petrov", "Peskov"), ("Putnam", "Putin"), ("Zelenko", "Zelensky"),
    ("Umarov", "Umerov"), ("Lavrentiev", "Lavrov"), ("Kremer", "Kremlin"), ("Pushkin", "Putin"),
    ("Yerevan", "Yermak"), ("Lavrin", "Lavrov"), ("Peters", "Peskov"),
]  # fmt: skip


def test_the_threshold_keeps_spellings_together_and_look_alikes_apart():
    same = [similarity(word, spelling_key(name)) for word, name in SAME]
    others = [similarity(word, spelling_key(name)) for word, name in OTHERS]
    assert min(same) >= THRESHOLD > max(others), (same, others)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La délégation menée par Medinskij est arrivée.", "Vladimir Medinsky"),
        ("Делегацію очолив Мединського заступник.", "Vladimir Medinsky"),
        ("Міністр Умєрова не бачив.", "Rustem Umerov"),
        ("Talks with Umyerov resumed.", "Rustem Umerov"),
        ("Слова Пєскова передало агентство.", "Dmitry Peskov"),
    ],
)
def test_the_default_gazetteer_finds_a_name_in_a_spelling_it_does_not_list(text, speaker):
    entries = default_entries()
    words = set(re.findall(r"\w+", text))
    assert not any(e.pattern in words for e in entries if e.speaker == speaker)
    (mention,) = [m for m in Gazetteer(entries).find(text) if m.entry.speaker == speaker]
    assert (
        spelling_key(text[mention.start : mention.end])[:5] == spelling_key(speaker.split()[-1])[:5]
    )


def test_look_alikes_and_sentence_openers_are_not_names():
    gazetteer = Gazetteer([GazetteerEntry("Vladimir Putin", "ru_official", "Vladimir Putin"),
                           GazetteerEntry("Putin", "ru_official", "Vladimir Putin")])  # fmt: skip
    text = "Putting it simply, Mr. Putnam and Ms. Pushkin met Putin's envoy."
    found = [text[m.start : m.end] for m in gazetteer.find(text)]
    assert found == ["Putin"]


def test_a_word_two_entries_share_names_neither():
    """'Vladimir' is Putin's and Medinsky's first name: alone it names nobody."""
    found = Gazetteer(default_entries()).find("Dans son discours, Vladimir a répondu.")
    assert found == []


def test_a_surname_declined_like_an_adjective_is_found_by_its_dictionary_form():
    """'речника МЗС Георгія Тихого': pymorphy3 knows 'Тихого' is a form of 'Тихий'."""
    text = "Заява речника МЗС Георгія Тихого пролунала вчора."
    found = [
        (text[m.start : m.end], m.entry.speaker) for m in Gazetteer(default_entries()).find(text)
    ]
    assert ("Тихого", "Heorhii Tykhyi") in found


def test_a_name_with_a_number_is_no_name_word():
    """Reported: "Россия предложила перемирие" gave the speaker Rossiya 1 (the TV
    channel): "Россия-1" is one word, and its spelling key lost the 1. A country is no
    channel; the channel is still found by its own name."""
    text = "По словам Мединского, Россия предложила перемирие. Россия-1 сообщила."
    found = [
        (text[m.start : m.end], m.entry.speaker) for m in Gazetteer(default_entries()).find(text)
    ]
    assert found == [("Мединского", "Vladimir Medinsky"), ("Россия-1", "Rossiya 1")]
