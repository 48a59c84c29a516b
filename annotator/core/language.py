"""Languages: the codes a document may carry, and a quick guess of a text's language
from its most frequent function words."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from annotator.core.resources import load_json

_WORD = re.compile(r"\w+", re.UNICODE)
_SAMPLE_CHARS = 20_000
ANY_LANGUAGE = "xx"  # spaCy's multi-language code: tokens and sentences, nothing more


@cache
def language_codes() -> frozenset[str]:
    """The codes spaCy has a language for (resources/languages.json, "_codes")."""
    return frozenset(load_json("languages.json")["_codes"])


def known_language(code: object) -> str | None:
    """A language code as we keep it ("fr" for "FR" or "fr-CA"), or None for anything
    that is no language we know ("zz", "fr.lex_attrs": spaCy would import it)."""
    if not isinstance(code, str):
        return None
    base = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    return base if base in language_codes() else None


def detect_language(text: str, default: str = "fr") -> str:
    """ISO 639-1 code of the language whose function words are most frequent in `text`."""
    words = Counter(w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS]))
    if not words:
        return default
    lists = {lang: set(ws) for lang, ws in load_json("languages.json").items() if lang[0] != "_"}
    scores = {lang: sum(words[w] for w in ws) for lang, ws in lists.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default
