"""Edits of the project's lists, not of a document: its taxonomy, its gazetteer (a
speaker learned from an accepted statement), its settings. Undoable and in history
like every edit (see `core.editing`)."""

from __future__ import annotations

from dataclasses import astuple

from annotator.core.editing import Change, Wanted, commit_change, one_transaction
from annotator.core.gazetteer import Gazetteer, GazetteerEntry, gazetteer_for
from annotator.core.model import SpanStatus, Statement, TaxonomyEntry
from annotator.core.store import Store


@one_transaction
def set_lists(
    store: Store,
    taxonomy: dict[str, list[TaxonomyEntry]],
    gazetteer: list[GazetteerEntry] | None,
    annotator: str,
) -> Change:
    """Replace some of the project's lists (entity labels, source categories, stances,
    ratings: by kind) and its gazetteer, as one edit."""
    wanted: Wanted = {"taxonomy": {}}
    for kind, entries in taxonomy.items():
        wanted["taxonomy"][kind] = {
            "value": [
                [e.code, e.name, e.color, e.shortcut, e.description, position]
                for position, e in enumerate(entries)
            ]
        }
    if gazetteer is not None:
        wanted["gazetteer"] = {"gazetteer": {"value": [list(astuple(e)) for e in gazetteer]}}
    return commit_change(store, "Edit lists and gazetteer", wanted, annotator)


@one_transaction
def set_setting(store: Store, key: str, value: str, annotator: str) -> Change:
    """Set a project-wide setting, such as the annotation guidelines."""
    name = key.replace("_", " ")
    return commit_change(
        store, f"Edit {name}", {"project_settings": {key: {"value": value}}}, annotator
    )


def unknown_speaker(
    store: Store, statement: Statement, gazetteer: Gazetteer | None = None
) -> tuple[str, str] | None:
    """(speaker, category) of an accepted statement the gazetteer does not know yet,
    to offer to learn for the whole project; None if there is nothing to learn (not
    accepted, no speaker or category, an anonymous source, or a known name).
    `gazetteer`: the project's, if the caller keeps it built."""
    speaker, category = statement.speaker.strip(), statement.source_category
    if statement.status != SpanStatus.ACCEPTED or not speaker or not category:
        return None
    if category == "anonymous":
        return None
    known = gazetteer or gazetteer_for(tuple(store.gazetteer()), dictionary_forms=False)
    entry = known.lookup(speaker)
    if entry is not None and entry.category == category:
        return None
    return speaker, category


@one_transaction
def learn_speaker(store: Store, speaker: str, category: str, annotator: str) -> Change:
    """Add a speaker to the project's gazetteer as learned (undoable): the next
    documents' suggestions find the name and give it this category."""
    entries = store.gazetteer()
    entries.append(GazetteerEntry(speaker, category, speaker, origin="learned"))
    wanted: Wanted = {"gazetteer": {"gazetteer": {"value": [list(astuple(e)) for e in entries]}}}
    return commit_change(store, f"Learn speaker {speaker}", wanted, annotator)
