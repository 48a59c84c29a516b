"""Why the machine suggested a claim, in words: the core keeps codes ("cue:déclarer",
"number"), a person reads sentences in the interface's language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WORDS = {  # code -> words; "{word}" is what follows the colon in the code
    "cue": QT_TRANSLATE_NOOP("Reasons", "reporting word “{word}”"),
    "according": QT_TRANSLATE_NOOP("Reasons", "attributed with “{word}”"),
    "negated": QT_TRANSLATE_NOOP("Reasons", "denied with “{word}”"),
    "relay": QT_TRANSLATE_NOOP("Reasons", "passed on: “{word}”"),
    "pronoun": QT_TRANSLATE_NOOP("Reasons", "speaker named by the pronoun “{word}”"),
    "label": QT_TRANSLATE_NOOP("Reasons", "a speaker's name before a colon"),
    "announced": QT_TRANSLATE_NOOP("Reasons", "words announced with a colon"),
    "continues": QT_TRANSLATE_NOOP("Reasons", "a quotation that goes on"),
    "hedge": QT_TRANSLATE_NOOP("Reasons", "hedged (may, reportedly)"),
    "quote": QT_TRANSLATE_NOOP("Reasons", "in quotation marks"),
    "scare_quote": QT_TRANSLATE_NOOP("Reasons", "words held at a distance by quotation marks"),
    "number": QT_TRANSLATE_NOOP("Reasons", "a number"),
    "comparison": QT_TRANSLATE_NOOP("Reasons", "a comparison"),
    "prediction": QT_TRANSLATE_NOOP("Reasons", "a prediction"),
    # an imported annotation's origin as its file gave it (it is an import here)
    "claimed_origin": QT_TRANSLATE_NOOP("Reasons", "marked “{word}” in the imported file"),
}


def reason_words(code: str) -> str:
    """One reason in words (a code nobody wrote words for is shown as it is)."""
    kind, _, word = code.partition(":")
    text = WORDS.get(kind)
    if text is None:
        return code
    # PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns the message.
    return QCoreApplication.translate("Reasons", text).format(word=word)  # type: ignore[arg-type]


def why(reasons: Iterable[str]) -> str:
    """The reasons of a suggestion as a line: "Why: reporting word “said”; a number"."""
    found = [reason_words(code) for code in reasons]
    if not found:
        return ""
    return QCoreApplication.translate("Reasons", "Why: {reasons}").format(reasons="; ".join(found))
