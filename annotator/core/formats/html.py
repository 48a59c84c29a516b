"""Web pages: the article's main text, extracted by trafilatura from the file alone.

Nothing is fetched and nothing runs: the HTML is parsed as data (no scripts,
stylesheets, images or links are followed), and only text comes out.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.formats.opening import read_regular
from annotator.core.formats.text import MAX_BYTES, decode, normalize_newlines
from annotator.core.language import detect_language
from annotator.core.model import Document


def read_html(path: str | Path, lang: str | None = None) -> Document:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    path = Path(path)
    try:
        html = decode(read_regular(path, MAX_BYTES), path)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path) from error
    text = trafilatura.extract(
        html,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    if not text or not text.strip():
        raise InputError("no article text found in this web page", path)
    meta = trafilatura.extract_metadata(html)
    text = normalize_newlines(text)
    return Document(
        text=text,
        title=(meta.title if meta and meta.title else text.split("\n", 1)[0])[:300],
        outlet=(meta.sitename or "") if meta else "",
        published=(meta.date or "") if meta else "",
        url=(meta.url or "") if meta else "",
        lang=lang or detect_language(text),
        source_path=str(path),
    )
