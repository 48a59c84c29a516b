"""Web pages: the article's main text, extracted by trafilatura from the file alone.

Nothing is fetched and nothing runs: the HTML is parsed as data (no scripts,
stylesheets, images or links are followed), and only text comes out.

The parser (libxml2, through lxml) compares each attribute of an element with all
the others, so a crafted page with 80,000 attributes on one element takes minutes:
elements with more than MAX_ATTRIBUTES are refused before it sees them. Nesting is
cut by libxml2 itself (256 levels), and the rest of its work grows with the page.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.formats.opening import read_regular
from annotator.core.formats.text import MAX_BYTES, decode, normalize_newlines
from annotator.core.language import detect_language
from annotator.core.model import Document

MAX_ATTRIBUTES = 128  # on one element; pages have a few, an SVG path a few dozen
_TAG_OPEN = re.compile(r"<!--|<([A-Za-z][^\s/>]*)")
_RAW_TEXT = {"script", "style", "textarea", "title"}  # their text holds no tags
# One attribute, its value quoted or bare; a quote left open runs to the end of the
# page (so every character is read once).
_ATTRIBUTE = re.compile(
    r"""[\s/]*[^\s"'>/=][^\s"'>/=]*"""
    r"""(?:\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s"'>][^\s>]*))?"""
)


def _check_attributes(html: str, path: Path) -> None:
    """Refuse a page with an element of more than MAX_ATTRIBUTES attributes, read as
    the parser reads them (quoted values may hold '<' and '>'); in linear time."""
    position = 0
    while (tag := _TAG_OPEN.search(html, position)) is not None:
        if tag.group(1) is None:  # a comment, to its end
            position = _after(html, "-->", tag.end())
            continue
        position, count = tag.end(), 0
        while (attribute := _ATTRIBUTE.match(html, position)) is not None and (
            attribute.end() > position
        ):
            position, count = attribute.end(), count + 1
            if count > MAX_ATTRIBUTES:
                raise InputError(
                    "an element of this web page has more than {limit} attributes "
                    "(at character {offset:,}): not an article page",
                    path,
                    limit=MAX_ATTRIBUTES,
                    offset=tag.start(),
                )
        name = tag.group(1).lower()
        if name in _RAW_TEXT:  # a script's "i<n" opens no tag
            closing = re.compile(f"</{name}", re.IGNORECASE).search(html, position)
            position = closing.start() if closing else len(html)


def _after(html: str, mark: str, start: int) -> int:
    found = html.find(mark, start)
    return found + len(mark) if found >= 0 else len(html)


def read_html(path: str | Path, lang: str | None = None) -> Document:
    import trafilatura  # imported here: it is slow to load and only HTML needs it

    path = Path(path)
    try:
        html = decode(read_regular(path, MAX_BYTES), path)
    except OSError as error:
        raise InputError("cannot read: {reason}", path, reason=error.strerror or error) from error
    _check_attributes(html, path)
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
