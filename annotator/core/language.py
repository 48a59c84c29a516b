"""A quick guess of a text's language from its most frequent function words."""

from __future__ import annotations

import re
from collections import Counter

from annotator.core.resources import load_json

_WORD = re.compile(r"\w+", re.UNICODE)
_SAMPLE_CHARS = 20_000


def detect_language(text: str, default: str = "fr") -> str:
    """ISO 639-1 code of the language whose function words are most frequent in `text`."""
    words = Counter(w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS]))
    if not words:
        return default
    lists = {lang: set(ws) for lang, ws in load_json("languages.json").items() if lang[0] != "_"}
    scores = {lang: sum(words[w] for w in ws) for lang, ws in lists.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default
