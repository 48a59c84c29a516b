"""A person's edits of a document itself: its details, its deletion (each one edit,
in history, undone like any other)."""

from __future__ import annotations

import re

from annotator.core.addresses import is_web_address
from annotator.core.changes import Change
from annotator.core.editing import Wanted, commit_change, one_transaction
from annotator.core.errors import EditError
from annotator.core.language import known_language
from annotator.core.store import Store


@one_transaction
def delete_document(store: Store, document_id: int, annotator: str) -> Change:
    """Remove a document with its spans and statements, as one edit: its undo brings
    them all back (the history keeps the document whole until then)."""
    uid = store.document(document_id).uid
    after: Wanted = {
        "statements": dict.fromkeys(store.uids_of("statements", document_id)),
        "spans": dict.fromkeys(store.uids_of("spans", document_id)),
        "documents": {uid: None},
    }
    return commit_change(store, "Delete document", after, annotator, action="delete")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")
_LANG = re.compile(r"[a-z]{2,3}")
DETAILS = ("title", "outlet", "published", "url", "lang")


@one_transaction
def set_document_details(store: Store, document_id: int, annotator: str, **details: str) -> Change:
    """Change a document's title, outlet, publication date (ISO 8601), web address or
    language code; its text never changes."""
    unknown = set(details) - set(DETAILS)
    if unknown:
        raise ValueError(f"documents have no detail {', '.join(sorted(unknown))}")
    details = {k: v.strip() for k, v in details.items()}
    published, url, lang = (details.get(k, "") for k in ("published", "url", "lang"))
    if published and not _DATE.fullmatch(published):
        raise EditError(
            "'{published}' is no date: write it as 2025-06-02 or 2025-06-02T21:24",
            published=published,
        )
    if url and not is_web_address(url):
        raise EditError("'{url}' is no web address (http:// or https://)", url=url)
    if "lang" in details and not (_LANG.fullmatch(lang) and known_language(lang)):
        raise EditError(
            "'{lang}' is no language code: two or three letters (fr, uk, ru)", lang=lang
        )
    uid = store.document(document_id).uid
    after: Wanted = {"documents": {uid: {**details, "document_id": document_id}}}
    return commit_change(store, "Edit document details", after, annotator)
