"""spaCy pipelines per language, loaded lazily. The only module that imports spaCy.

Nothing here runs in the window's or the command line's process: both run `serve`
in a spawned worker process (see `assistance`), which may crash without harm.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn, cast

from annotator.core.claims import suggest_claims
from annotator.core.errors import ModelError
from annotator.core.gazetteer import Gazetteer, GazetteerEntry, gazetteer_for
from annotator.core.language import ANY_LANGUAGE, known_language
from annotator.core.long_runs import PrefixAtTheStart, SuffixAtTheEnd, run_cuts
from annotator.core.model import Origin, Span, SpanKind, Statement
from annotator.core.parsed import Parsed
from annotator.core.pieces import pieces_of, shifted
from annotator.core.suggested import to_records

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc


# batch_size 16-64 is fastest for the small models on this hardware; spaCy's
# default of 256 is slower and holds ~2 GB.
BATCH_SIZE = 32
BATCH_CHARS = 200_000
PREFERRED = {"fr": "fr_core_news_sm"}
# Blank pipelines of these languages get spaCy's lemmatizer in this mode (pymorphy3
# with its dictionaries, installed with us): cue verbs are then found in any inflection.
BLANK_LEMMATIZERS = {"ru": "pymorphy3", "uk": "pymorphy3"}


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

    code = known_language(lang or ANY_LANGUAGE)
    if code is None:  # "fr.lex_attrs" would have spaCy import that module
        raise ModelError(
            "no language pipeline for {lang!r}: it is no language code annotator knows; "
            "set the document's language in its details",
            lang=lang[:40],
        )
    lang = code
    name = installed_pipelines().get(lang)
    try:
        if name:
            return _linear(spacy.load(name))
        nlp = _linear(spacy.blank(lang))
    except (OSError, ImportError, KeyError, ValueError) as error:
        raise ModelError(
            "cannot load a spaCy pipeline for '{lang}': {error}", lang=lang, error=error
        ) from error
    nlp.add_pipe("sentencizer")
    if lang in BLANK_LEMMATIZERS:
        try:
            nlp.add_pipe("lemmatizer", config={"mode": BLANK_LEMMATIZERS[lang]})
            nlp.initialize()
        except (ImportError, ValueError, KeyError):  # no dictionaries: cues by word stems
            if nlp.has_pipe("lemmatizer"):
                nlp.remove_pipe("lemmatizer")
    return nlp


def _linear(nlp: Language) -> Language:
    """The pipeline with a tokenizer whose time grows with the text, whatever it
    holds (see `long_runs`)."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (its module has no type stub)
    if tokenizer.prefix_search is not None:
        tokenizer.prefix_search = PrefixAtTheStart(tokenizer.prefix_search)
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = SuffixAtTheEnd(tokenizer.suffix_search)
    nlp.tokenizer = _RunsInPieces(tokenizer)
    return nlp


class _RunsInPieces:
    """spaCy's tokenizer, given runs of more than LONG_RUN characters without a space
    in pieces; the tokens of the pieces make one Doc of the same text."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        cuts = run_cuts(text)
        if not cuts:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
            for token in self.tokenizer(text[start:end]):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))  # one space or none: others are tokens
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)


def pipeline_id(nlp: Language) -> str:
    """What a project records as having made a document's suggestions:
    'fr_core_news_sm-3.8.0', 'blank:en', or 'blank:uk+pymorphy3' for a blank one with
    a lemmatizer (its cues are then found on lemmas)."""
    if nlp.meta.get("name") and nlp.meta.get("version") and nlp.has_pipe("ner"):
        return f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}"
    if nlp.has_pipe("lemmatizer"):
        lemmatizer = cast("Lemmatizer", nlp.get_pipe("lemmatizer"))  # spaCy's, added above
        return f"blank:{nlp.lang}+{lemmatizer.mode}"
    return f"blank:{nlp.lang}"


def entity_spans(parsed: Parsed) -> list[Span]:
    """The model's named entities as suggested spans, in code-point offsets."""
    return [
        Span(start, end, label, kind=SpanKind.ENTITY, origin=Origin.MODEL)
        for start, end, label in parsed.ents
        if start < end
    ]


def suggest_doc(doc: Any, lang: str, gazetteer: Gazetteer) -> tuple[list[Span], list[Statement]]:
    """Entities, claims and their sources for one parsed text."""
    with _collector_paused():
        parsed = Parsed(doc)
        claim_spans, statements = to_records(suggest_claims(parsed, lang, gazetteer))
        return entity_spans(parsed) + claim_spans, statements


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the rules run: they make no reference cycles
    (what they make is freed as soon as it is dropped), but the several objects they
    make per cue set the collector off again and again, each pass reading every object
    of the process (a loaded model's too): up to a seventh of their time on a text
    dense with cues. Back on after, as it was (another thread may have paused it)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def suggest_texts(
    lang: str, texts: Iterable[str], gazetteer: Gazetteer
) -> Iterator[tuple[list[Span], list[Statement]]]:
    """Suggestions for each text, in order, streaming through `nlp.pipe`.

    Texts of any length: a long one is parsed in pieces (see `pieces`), and the
    pipeline is given at most BATCH_SIZE pieces or BATCH_CHARS characters at once,
    which bounds its memory."""
    nlp = load_pipeline(lang)
    spans: list[Span] = []
    statements: list[Statement] = []
    current = None
    for batch in _batches(pieces_of(texts)):
        docs = nlp.pipe([piece for _, _, piece in batch], batch_size=len(batch))
        for (index, offset, _), doc in zip(batch, docs, strict=True):
            if current is not None and index != current:
                yield spans, statements
                spans, statements = [], []
            current = index
            found_spans, found_statements = suggest_doc(doc, lang, gazetteer)
            spans.extend(shifted(found_spans, offset))
            statements.extend(found_statements)
    if current is not None:
        yield spans, statements


def _batches(pieces: Iterable[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    batch: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece[2])
        if len(batch) >= BATCH_SIZE or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def forbid_network() -> None:
    """Cut this process off the network: spaCy and our rules never need it, and a
    worker that reads untrusted articles should not be able to reach anything."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise PermissionError("annotator's language worker has no network access")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def serve(connection: Any) -> None:
    """Worker-process loop (see `language_worker`): batches in, one message per document out.

    A batch is (gazetteer entries, [(key, lang, text), ...]) in one language; None
    stops the loop. Out: ("started", keys), then ("loaded", made_by) once the
    pipeline is ready, then ("done", key, made_by, (spans, statements)) or ("failed",
    key, message) for each document, then ("finished",). Each message is written to
    the pipe before the next document is started, so a crash loses none of them.
    """
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    forbid_network()
    _end_with_parent()
    try:
        while (batch := connection.recv()) is not None:
            entries, jobs = batch
            connection.send(("started", [key for key, _, _ in jobs]))
            for message in _answer(entries, jobs):
                connection.send(message)
            connection.send(("finished",))
    except (EOFError, OSError):  # the window or the command line went away: so do we
        return


def _end_with_parent() -> None:
    """Exit as soon as the process that started us is gone (killed, crashed): a worker
    left alone would go on parsing a long article for nobody."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _answer(entries: Iterable[GazetteerEntry], jobs: list[tuple[int, str, str]]) -> Iterator[tuple]:
    lang = jobs[0][1]
    try:
        nlp = load_pipeline(lang)
    except ModelError as error:
        yield from (("failed", key, str(error)) for key, _, _ in jobs)
        return
    made_by = pipeline_id(nlp)
    yield ("loaded", made_by)
    gazetteer = gazetteer_for(tuple(entries))
    texts = (text for _, _, text in jobs)
    answered = set()
    try:
        for (key, _, _), found in zip(jobs, suggest_texts(lang, texts, gazetteer), strict=True):
            yield ("done", key, made_by, found)
            answered.add(key)
    except Exception:  # one document broke the batch: the rest go one by one
        for key, _, text in jobs:
            if key in answered:
                continue
            try:
                yield ("done", key, made_by, next(suggest_texts(lang, [text], gazetteer)))
            except Exception as error:  # reported with the document, never lost here
                yield ("failed", key, f"{type(error).__name__}: {error}")


def blank(lang: str) -> Language:
    """A tokenizer-only pipeline, for building Doc objects (exports) without a model."""
    import spacy

    try:
        return _linear(spacy.blank(known_language(lang) or ANY_LANGUAGE))
    except (ImportError, KeyError, ValueError):
        return _linear(spacy.blank(ANY_LANGUAGE))


def doc_bin(data: bytes | None = None) -> Any:
    """A spaCy DocBin that keeps user_data (statements travel there)."""
    from spacy.tokens import DocBin

    bin_ = DocBin(store_user_data=True)
    return bin_.from_bytes(data) if data is not None else bin_


def filter_spans(spans: Iterable[Any]) -> list[Any]:
    """The longest non-overlapping spans, as doc.ents requires."""
    from spacy.util import filter_spans as keep_longest

    return keep_longest(spans)
