"""The core's codes and English in the interface's language: what an edit did (the undo
text), statuses and origins, and the names of the shipped taxonomy.

The core keeps codes and plain English for the project file, the history and the
command line; a person reads these words. A shipped taxonomy name is translated; a
name the team typed is shown as typed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from annotator.core import failures
from annotator.core.importing import ImportReport
from annotator.core.merge import MergeReport
from annotator.core.model import TaxonomyEntry
from annotator.core.store import Store

# The shipped taxonomy's names (resources/taxonomy.json; a test keeps both in step).
SHIPPED_NAMES = (
    QT_TRANSLATE_NOOP("Taxonomy", "Person"),
    QT_TRANSLATE_NOOP("Taxonomy", "Organisation"),
    QT_TRANSLATE_NOOP("Taxonomy", "Place"),
    QT_TRANSLATE_NOOP("Taxonomy", "Other"),
    QT_TRANSLATE_NOOP("Taxonomy", "Russian officials"),
    QT_TRANSLATE_NOOP("Taxonomy", "Russian state media"),
    QT_TRANSLATE_NOOP("Taxonomy", "Russian media (unspecified)"),
    QT_TRANSLATE_NOOP("Taxonomy", "Ukrainian officials"),
    QT_TRANSLATE_NOOP("Taxonomy", "Ukrainian media"),
    QT_TRANSLATE_NOOP("Taxonomy", "Western officials"),
    QT_TRANSLATE_NOOP("Taxonomy", "Mediator officials (e.g. Turkey)"),
    QT_TRANSLATE_NOOP("Taxonomy", "Third-country state media"),
    QT_TRANSLATE_NOOP("Taxonomy", "International organisations"),
    QT_TRANSLATE_NOOP("Taxonomy", "International independent media"),
    QT_TRANSLATE_NOOP("Taxonomy", "Experts and NGOs"),
    QT_TRANSLATE_NOOP("Taxonomy", "Anonymous source"),
    QT_TRANSLATE_NOOP("Taxonomy", "Unattributed (the article's own voice)"),
    QT_TRANSLATE_NOOP("Taxonomy", "Supports"),
    QT_TRANSLATE_NOOP("Taxonomy", "Refutes"),
    QT_TRANSLATE_NOOP("Taxonomy", "Reports (relays)"),
    QT_TRANSLATE_NOOP("Taxonomy", "Questions (doubts, hedges)"),
    QT_TRANSLATE_NOOP("Taxonomy", "Not applicable"),
    QT_TRANSLATE_NOOP("Taxonomy", "True"),
    QT_TRANSLATE_NOOP("Taxonomy", "Mostly true"),
    QT_TRANSLATE_NOOP("Taxonomy", "Misleading"),
    QT_TRANSLATE_NOOP("Taxonomy", "False"),
    QT_TRANSLATE_NOOP("Taxonomy", "Unverified"),
)
STATUSES = {
    "suggested": QT_TRANSLATE_NOOP("Wording", "suggested"),
    "accepted": QT_TRANSLATE_NOOP("Wording", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("Wording", "rejected"),
}
ORIGINS = {
    "model": QT_TRANSLATE_NOOP("Wording", "the language model"),
    "rule": QT_TRANSLATE_NOOP("Wording", "a rule"),
    "manual": QT_TRANSLATE_NOOP("Wording", "by hand"),
    "import": QT_TRANSLATE_NOOP("Wording", "imported"),
    "review": QT_TRANSLATE_NOOP("Wording", "review"),
}
FIELDS = {
    "speaker": QT_TRANSLATE_NOOP("Wording", "speaker"),
    "source category": QT_TRANSLATE_NOOP("Wording", "source category"),
    "stance": QT_TRANSLATE_NOOP("Wording", "stance"),
    "rating": QT_TRANSLATE_NOOP("Wording", "rating"),
    "note": QT_TRANSLATE_NOOP("Wording", "note"),
    "short claim": QT_TRANSLATE_NOOP("Wording", "short claim"),
    "guidelines": QT_TRANSLATE_NOOP("Wording", "guidelines"),
}
DOCUMENT_STATUSES = {
    "todo": QT_TRANSLATE_NOOP("Wording", "to do"),
    "in progress": QT_TRANSLATE_NOOP("Wording", "in progress"),
    "done": QT_TRANSLATE_NOOP("Wording", "done"),
    "reviewed": QT_TRANSLATE_NOOP("Wording", "reviewed"),
}
# What the core's edits say (editing.py, review.py, factcheck.py), word for word.
CHANGES = {
    "Mark claim": QT_TRANSLATE_NOOP("Wording", "Mark claim"),
    "Mark source": QT_TRANSLATE_NOOP("Wording", "Mark source"),
    "Link source": QT_TRANSLATE_NOOP("Wording", "Link source"),
    "Change boundaries": QT_TRANSLATE_NOOP("Wording", "Change boundaries"),
    "Delete statement": QT_TRANSLATE_NOOP("Wording", "Delete statement"),
    "Delete span": QT_TRANSLATE_NOOP("Wording", "Delete span"),
    "Delete document": QT_TRANSLATE_NOOP("Wording", "Delete document"),
    "Edit document details": QT_TRANSLATE_NOOP("Wording", "Edit document details"),
    "Edit lists and gazetteer": QT_TRANSLATE_NOOP("Wording", "Edit lists and gazetteer"),
    "Set the fact-checker": QT_TRANSLATE_NOOP("Wording", "Set the fact-checker"),
    "Review: reject the claim": QT_TRANSLATE_NOOP("Wording", "Review: reject the claim"),
}
# What the history's action column holds for edits without a description of their own.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Wording", "create"),
    "edit": QT_TRANSLATE_NOOP("Wording", "edit"),
    "delete": QT_TRANSLATE_NOOP("Wording", "delete"),
    "review": QT_TRANSLATE_NOOP("Wording", "review"),
}
# "Accept 3 statement(s)": one form for one, another for more (or none).
COUNTED = {
    ("Accept", "statement(s)"): (
        QT_TRANSLATE_NOOP("Wording", "Accept {n} statement"),
        QT_TRANSLATE_NOOP("Wording", "Accept {n} statements"),
    ),
    ("Reject", "statement(s)"): (
        QT_TRANSLATE_NOOP("Wording", "Reject {n} statement"),
        QT_TRANSLATE_NOOP("Wording", "Reject {n} statements"),
    ),
    ("Reset", "statement(s)"): (
        QT_TRANSLATE_NOOP("Wording", "Reset {n} statement"),
        QT_TRANSLATE_NOOP("Wording", "Reset {n} statements"),
    ),
    ("Accept", "entit(ies)"): (
        QT_TRANSLATE_NOOP("Wording", "Accept {n} entity"),
        QT_TRANSLATE_NOOP("Wording", "Accept {n} entities"),
    ),
    ("Reject", "entit(ies)"): (
        QT_TRANSLATE_NOOP("Wording", "Reject {n} entity"),
        QT_TRANSLATE_NOOP("Wording", "Reject {n} entities"),
    ),
    ("Reset", "entit(ies)"): (
        QT_TRANSLATE_NOOP("Wording", "Reset {n} entity"),
        QT_TRANSLATE_NOOP("Wording", "Reset {n} entities"),
    ),
}
IMPORTED = (
    (QT_TRANSLATE_NOOP("Wording", "{n} imported"), QT_TRANSLATE_NOOP("Wording", "{n} imported")),
    (
        QT_TRANSLATE_NOOP("Wording", "{n} already in the project"),
        QT_TRANSLATE_NOOP("Wording", "{n} already in the project"),
    ),
    (
        QT_TRANSLATE_NOOP("Wording", "{n} changed in another tool"),
        QT_TRANSLATE_NOOP("Wording", "{n} changed in another tool"),
    ),
    (QT_TRANSLATE_NOOP("Wording", "{n} failed"), QT_TRANSLATE_NOOP("Wording", "{n} failed")),
)
_COUNTED = re.compile(r"(Accept|Reject|Reset) (\d+) (statement\(s\)|entit\(ies\))")


def _words(context: str, text: object, count: int = -1) -> str:
    """A text in the interface's language (QT_TRANSLATE_NOOP's texts are typed object)."""
    return QCoreApplication.translate(context, str(text), None, count)


def name(entry_name: str) -> str:
    """A taxonomy name as shown: a shipped one in the interface's language."""
    return _words("Taxonomy", entry_name)


def taxonomy(store: Store, kind: str) -> list[TaxonomyEntry]:
    """A project list with its names as shown (codes, colours and keys unchanged)."""
    return [replace(entry, name=name(entry.name)) for entry in store.taxonomy(kind)]


def status_word(code: str) -> str:
    return _words("Wording", STATUSES[code]) if code in STATUSES else code


def document_status(code: str) -> str:
    """A document's status in words ("todo", "in_progress" as a person reads them)."""
    key = code.replace("_", " ")
    return _words("Wording", DOCUMENT_STATUSES[key]) if key in DOCUMENT_STATUSES else code


def origin_word(code: str) -> str:
    return _words("Wording", ORIGINS[code]) if code in ORIGINS else code


def change_text(description: str) -> str:
    """What an edit did, as its undo and redo (and the history) name it."""
    if description in CHANGES:
        return _words("Wording", CHANGES[description])
    if description in ACTIONS:
        return _words("Wording", ACTIONS[description])
    counted = _COUNTED.fullmatch(description)
    if counted:
        verb, number, what = counted.groups()
        return _counted(COUNTED[(verb, what)], int(number))
    if description.startswith("Set "):
        fields = [_field(f.strip()) for f in description[4:].split(",")]
        return _words("Wording", "Set {fields}").format(fields=", ".join(fields))
    if description.startswith("Mark document "):
        status = description.removeprefix("Mark document ")
        word = _words("Wording", DOCUMENT_STATUSES.get(status, status))
        return _words("Wording", "Mark document {status}").format(status=word)
    if description.startswith("Edit "):
        return _words("Wording", "Edit {what}").format(what=_field(description[5:]))
    if description.startswith("Learn speaker "):
        speaker = description.removeprefix("Learn speaker ")
        return _words("Wording", "Learn speaker {speaker}").format(speaker=speaker)
    kept = re.fullmatch(r"Review: keep (.+)'s version", description)
    if kept:
        return _words("Wording", "Review: keep {name}'s version").format(name=kept.group(1))
    merged = re.fullmatch(r"Review: merge (\d+) agreed claim\(s\) of (.+)", description)
    if merged:
        forms = (
            QT_TRANSLATE_NOOP("Wording", "Review: merge {n} agreed claim of {names}"),
            QT_TRANSLATE_NOOP("Wording", "Review: merge {n} agreed claims of {names}"),
        )
        count = int(merged.group(1))
        return _words("Wording", forms[0] if count == 1 else forms[1]).format(
            n=count, names=merged.group(2)
        )
    return description


def error_words(template: str) -> str:
    """A core message (an English template) in the interface's language; the texts
    are listed for lupdate in gui/language/core_texts.py."""
    return QCoreApplication.translate("Errors", template)


def explain(error: BaseException, path: object = None, doing: str = "read") -> str:
    """What failed and where, in one sentence in the interface's language."""
    where = str(path) if path is not None else None
    return failures.explain(error, where, doing, words=error_words)


def import_summary(report: ImportReport) -> str:
    """What an import did: "2 imported, 1 already in the project, …"."""
    counts = (len(report.added), len(report.duplicates), len(report.edited),
              len(report.failures))  # fmt: skip
    parts = [
        _counted(forms, n)
        for forms, n in zip(IMPORTED, counts, strict=True)
        if n or forms is IMPORTED[0]
    ]
    if report.cancelled:
        parts.append(_words("Wording", "cancelled"))
    return ", ".join(parts)


def _counted(forms: tuple[object, object], count: int) -> str:
    return _words("Wording", forms[0] if count == 1 else forms[1]).format(n=count)


MERGED = QT_TRANSLATE_NOOP(
    "Wording",
    "{documents} document(s), {spans} span(s), {statements} statement(s), {history} "
    "history row(s) added; {replaced} older version(s) replaced; {to_review} claim(s) "
    "to review (the annotators differ, or a decision changed since its review); "
    "{reopened} reviewed document(s) back to review",
)


def merge_summary(report: MergeReport) -> str:
    return _words("Wording", MERGED).format(
        documents=report.documents_added,
        spans=report.spans_added,
        statements=report.statements_added,
        history=report.history_added,
        replaced=report.replaced,
        to_review=report.to_review,
        reopened=report.reopened,
    )


def _field(field: str) -> str:
    return _words("Wording", FIELDS[field]) if field in FIELDS else field


# lupdate reads these formats here, where they are used through _words().
_FORMATS = (
    QT_TRANSLATE_NOOP("Wording", "Set {fields}"),
    QT_TRANSLATE_NOOP("Wording", "Mark document {status}"),
    QT_TRANSLATE_NOOP("Wording", "Edit {what}"),
    QT_TRANSLATE_NOOP("Wording", "Learn speaker {speaker}"),
    QT_TRANSLATE_NOOP("Wording", "Review: keep {name}'s version"),
    QT_TRANSLATE_NOOP("Wording", "cancelled"),
)
