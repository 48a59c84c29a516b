"""The fields of a brat line, written so that no word of a project can break brat's
syntax, and read back as they were.

brat splits a .ann line at tabs and spaces and a file at line ends; annotation.conf
gives |, commas, colons, = and < their meanings. The words in a project may come from
an adversary: a label or a note with a line end and a tab in it would otherwise add a
line of its own to the file (a forged `A77\tRating T1 true`).
"""

from __future__ import annotations

import re

# Where Python's str.splitlines breaks a line (brat breaks at "\n" only), and the tab.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_COVERED = str.maketrans(dict.fromkeys(LINE_BREAKS + "\t", " "))
OUR_TYPES = ("Claim", "Source", "Cue")  # an entity label spelt so is not one of them
NOTE_JOIN = " ‖ "  # the parts of one span's note: "speaker: Peskov ‖ note: checked"
_NOTE_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NOTE_ESCAPED = re.compile(r"\\(\\|n|r|t|u[0-9a-fA-F]{4})")


def covered_text(words: str) -> str:
    """The words a span covers, for the T line: brat shows them; line ends as spaces."""
    return words.translate(_COVERED)


def label_word(label: str) -> str:
    """A label or attribute value as one word of brat's syntax (letters, digits, _ and
    -, as bratly reads it): any other character is written _xHHHH_ as XML names escape
    them ("New label" is `New_x0020_label`), and so is an underscore before an x (every
    _x written starts one); an entity label spelt like one of our types has its first
    letter so written (`_x0043_laim`)."""
    word = _ESCAPE_LOOKALIKE.sub("_x005F_", label)
    word = "".join(c if c.isalnum() or c in "_-" else _escaped(c) for c in word)
    return _escaped(word[0]) + word[1:] if word in OUR_TYPES else word


def label_text(word: str) -> str:
    """The label a word of `label_word` stands for (brat's own names hold no _xHHHH_)."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), word)


_ESCAPE = re.compile(r"_x([0-9A-F]{4,6})_")
_ESCAPE_LOOKALIKE = re.compile(r"_(?=x)")


def _escaped(character: str) -> str:
    return f"_x{ord(character):04X}_"


def note_text(value: str) -> str:
    """A speaker or a note as one part of an AnnotatorNotes line: backslash escapes for
    a backslash, line ends, tabs and the parts' separator."""
    return "".join(_NOTE_ESCAPES.get(c) or _unicode_escape(c) for c in value)


def _unicode_escape(character: str) -> str:
    if character in LINE_BREAKS or character == NOTE_JOIN.strip():
        return f"\\u{ord(character):04x}"
    return character


def note_value(text: str) -> str:
    """The speaker or note a part of `note_text` stands for."""

    def unescaped(match: re.Match[str]) -> str:
        code = match.group(1)
        return {"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}.get(code) or chr(int(code[1:], 16))

    return _NOTE_ESCAPED.sub(unescaped, text)


def note_parts(note: str) -> dict[str, str]:
    """The speaker and the note in an AnnotatorNotes line: ours exactly as written, a
    note without our keys (one typed in brat) as its words."""
    parts: dict[str, str] = {}
    for part in re.split(f" ?{NOTE_JOIN.strip()} ?", note):
        key, separator, value = part.partition(": ")
        if separator and key in ("speaker", "note"):
            parts[key] = note_value(value)
        elif part.strip():
            parts["note"] = part.strip()
    return parts
