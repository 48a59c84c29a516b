"""The tokens of a parsed text as the attribution rules read them.

A spaCy Token is a new Python object at each `doc[i]` and looks each of its strings
up in the vocabulary at each read; the rules read a few words around every cue, so
on a text with a cue every few words that was most of their time. A `Word` holds
what they read, read once for the whole text (through `Doc.to_array`, in C). The
dependency tree is not here: rules that walk it take the Token (`Parsed.doc[i]`).
"""

from __future__ import annotations

from typing import Any


class Word:
    """One token: the attributes of spaCy's Token the rules read, under the same names
    (so a rule reads either). A rule that reads the words around one is given the
    list (a Word knows no Doc: a reference back would make a cycle of every text's
    words, freed only by the garbage collector's slowest pass)."""

    __slots__ = (
        "i",
        "idx",
        "text",
        "lower_",
        "lemma_",
        "pos_",
        "is_stop",
        "is_alpha",
        "is_punct",
        "like_num",
        "whitespace_",
        "is_sent_start",
    )

    def __init__(self, i: int, row: list[int], names: dict[int, str]):
        orth, lower, lemma, pos, idx, stop, alpha, punct, num, space, sent = row
        self.i, self.idx = i, idx
        self.text, self.lower_ = names[orth], names[lower]
        self.lemma_, self.pos_ = names[lemma], names[pos]  # a tag's id is a symbol's: "VERB"
        self.is_stop, self.is_alpha = bool(stop), bool(alpha)
        self.is_punct, self.like_num = bool(punct), bool(num)
        self.whitespace_ = " " if space else ""
        # Token.is_sent_start: True, False, or None where nothing set a boundary
        self.is_sent_start = True if sent == 1 else None if sent == 0 else False

    def __repr__(self) -> str:
        return f"Word({self.i}, {self.idx}, {self.text!r})"


def words_of(doc: Any) -> list[Word]:
    """The words of a Doc, in order (a list: `words[i]`, `len`, slices)."""
    columns = ["ORTH", "LOWER", "LEMMA", "POS", "IDX", "IS_STOP", "IS_ALPHA", "IS_PUNCT",
               "LIKE_NUM", "SPACY", "SENT_START"]  # fmt: skip
    if not len(doc):
        return []
    table = doc.to_array(columns)
    strings = doc.vocab.strings  # each string a text repeats looked up once
    names = {key: strings[key] for key in set(table[:, :4].ravel().tolist()) if key}
    names[0] = ""  # no lemma, no tag
    return [Word(i, row, names) for i, row in enumerate(table.tolist())]
