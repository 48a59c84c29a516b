"""spaCy pipelines per language, loaded lazily. The only module that imports spaCy.

Nothing here runs on the GUI thread: the window calls `serve` in a spawned
worker process, the command line calls `suggest_documents` directly.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from annotator.core.claims import suggest_claims, to_records
from annotator.core.errors import ModelError
from annotator.core.gazetteer import Gazetteer, GazetteerEntry
from annotator.core.model import Origin, Span, SpanKind, Statement

if TYPE_CHECKING:
    from spacy.language import Language

    from annotator.core.store import Store

# batch_size 16-64 is fastest for the small models on this hardware; spaCy's
# default of 256 is slower and holds ~2 GB.
BATCH_SIZE = 32
PREFERRED = {"fr": "fr_core_news_sm"}


def installed_pipelines() -> dict[str, str]:
    """Language code -> name of an installed spaCy pipeline package for it."""
    import spacy.util

    found: dict[str, str] = {}
    for name in sorted(spacy.util.get_installed_models()):
        found.setdefault(name.split("_", 1)[0], name)
    for lang, name in PREFERRED.items():
        if name in spacy.util.get_installed_models():
            found[lang] = name
    return found


@cache
def load_pipeline(lang: str) -> Language:
    """The pipeline for `lang`: an installed model, else a blank one with a sentencizer."""
    import spacy

    name = installed_pipelines().get(lang)
    try:
        if name:
            return spacy.load(name)
        nlp = spacy.blank(lang or "xx")
    except (OSError, ImportError, KeyError, ValueError) as error:
        raise ModelError(f"cannot load a spaCy pipeline for '{lang}': {error}") from error
    nlp.add_pipe("sentencizer")
    return nlp


def pipeline_id(nlp: Language) -> str:
    """What a project records as having made a document's suggestions."""
    if nlp.meta.get("name") and nlp.meta.get("version") and nlp.has_pipe("ner"):
        return f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
    return f"blank:{nlp.lang}"


def entity_spans(doc: Any) -> list[Span]:
    """The model's named entities as suggested spans, in code-point offsets."""
    return [
        Span(
            start=ent.start_char,
            end=ent.end_char,
            label=ent.label_,
            kind=SpanKind.ENTITY,
            origin=Origin.MODEL,
        )
        for ent in doc.ents
        if ent.start_char < ent.end_char
    ]


@cache
def _gazetteer(entries: tuple[GazetteerEntry, ...]) -> Gazetteer:
    return Gazetteer(entries)


def suggest_doc(doc: Any, lang: str, gazetteer: Gazetteer) -> tuple[list[Span], list[Statement]]:
    """Entities, claims and their sources for one parsed text."""
    claim_spans, statements = to_records(suggest_claims(doc, lang, gazetteer))
    return entity_spans(doc) + claim_spans, statements


def suggest_texts(
    lang: str, texts: Iterable[str], gazetteer: Gazetteer
) -> Iterator[tuple[list[Span], list[Statement]]]:
    """Suggestions for each text, in order, streaming through `nlp.pipe`."""
    nlp = load_pipeline(lang)
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        yield suggest_doc(doc, lang, gazetteer)


def suggest_documents(
    store: Store, progress: Callable[[int], None] | None = None, lang: str | None = None
) -> int:
    """Run the assistance on every document that lacks it; returns how many were done."""
    gazetteer = Gazetteer(store.gazetteer())
    by_lang: dict[str, list[int]] = {}
    for document in store.documents_needing_suggestions():
        by_lang.setdefault(lang or document.lang or "fr", []).append(document.id)
    done = 0
    for doc_lang, ids in by_lang.items():
        made_by = pipeline_id(load_pipeline(doc_lang))
        texts = (store.text(i) for i in ids)
        results = suggest_texts(doc_lang, texts, gazetteer)
        for document_id, (spans, statements) in zip(ids, results, strict=True):
            store.save_suggestions(document_id, spans, statements, made_by)
            done += 1
            if progress:
                progress(1)
    return done


def forbid_network() -> None:
    """Cut this process off the network: spaCy and our rules never need it, and a
    worker that reads untrusted articles should not be able to reach anything."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("annotator's language worker has no network access")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def serve(requests: Any, results: Any) -> None:
    """Worker-process loop: (job_id, lang, text, gazetteer) in, suggestions out.

    Runs until it receives None. Messages out: ("loaded", job_id, made_by, None)
    once the pipeline is ready, then ("done", job_id, made_by, (spans, statements))
    or ("failed", job_id, "", message).
    """
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    forbid_network()
    while (job := requests.get()) is not None:
        job_id, lang, text, entries = job
        try:
            nlp = load_pipeline(lang)
            results.put(("loaded", job_id, pipeline_id(nlp), None))
            found = next(suggest_texts(lang, [text], _gazetteer(tuple(entries))))
            results.put(("done", job_id, pipeline_id(nlp), found))
        except Exception as error:  # reported to the window, never lost in the worker
            results.put(("failed", job_id, "", f"{type(error).__name__}: {error}"))


def blank(lang: str) -> Language:
    """A tokenizer-only pipeline, for building Doc objects (exports) without a model."""
    import spacy

    try:
        return spacy.blank(lang or "xx")
    except (ImportError, KeyError, ValueError):
        return spacy.blank("xx")


def doc_bin(data: bytes | None = None) -> Any:
    """A spaCy DocBin that keeps user_data (statements travel there)."""
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=True)
    return bin_.from_bytes(data) if data is not None else bin_


def filter_spans(spans: Iterable[Any]) -> list[Any]:
    """The longest non-overlapping spans, as doc.ents requires."""
    from spacy.util import filter_spans as keep_longest

    return keep_longest(spans)
