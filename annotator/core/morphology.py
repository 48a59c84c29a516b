"""Whether a word is a person's name, and of which gender, from the pymorphy3
dictionaries of Ukrainian and Russian (installed with us; other languages: unknown).

Used to resolve a pronoun to the last *compatible* name: "Песков приехал в Стамбул.
«…», — сказал он" is Peskov's, not Istanbul's ("Стамбул" is a place, "Песков" a
surname, masculine like "он").
"""

from __future__ import annotations

from functools import cache
from typing import Any

LANGUAGES = ("uk", "ru")
PERSON_TAGS = ("Name", "Surn", "Patr")


@cache
def _analyzer(lang: str) -> Any:
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ImportError, ValueError, OSError):  # no dictionary: nothing is known
        return None


@cache
def normal_forms(word: str) -> tuple[str, ...]:
    """The dictionary forms a Cyrillic word may be an inflection of, in Ukrainian and
    Russian ("Тихого" -> "тихий", "Мединського" -> "мединський"), most likely first."""
    found: list[str] = []
    for lang in LANGUAGES:
        analyzer = _analyzer(lang)
        if analyzer is not None:
            found += [parse.normal_form for parse in analyzer.parse(word)[:3]]
    return tuple(dict.fromkeys(found))


@cache
def person_gender(word: str, lang: str) -> str | None:
    """'masc', 'femn' or 'any' if some reading of the word is a person's name or
    surname; '' if none is (a place, a thing); None if the language has no
    dictionary here."""
    if lang not in LANGUAGES:
        return None
    analyzer = _analyzer(lang)
    if analyzer is None:
        return None
    genders = {
        parse.tag.gender or "any"
        for parse in analyzer.parse(word)
        if any(tag in parse.tag for tag in PERSON_TAGS)
    }
    if not genders:
        return ""
    return genders.pop() if len(genders) == 1 else "any"
