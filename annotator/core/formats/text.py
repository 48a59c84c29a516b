"""Plain-text articles (.txt, .md): encoding detection and the outlet/date header."""

from __future__ import annotations

import re
from pathlib import Path

import charset_normalizer

from annotator.core.errors import InputError
from annotator.core.formats.opening import read_regular
from annotator.core.formats.records import AnnotatedDocument
from annotator.core.language import detect_language
from annotator.core.model import Document

# One document is shown whole in the window: past a few million characters it would
# freeze it, so such files are refused with the reason (and a corpus file is streamed).
MAX_DOCUMENT_CHARS = 5_000_000
MAX_BYTES = 24 * 1024 * 1024
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

_MONTHS = {
    # French
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# "Chas Pravdy - 02 juin 2025 21:24"
_UK_RU_MONTHS = (  # Ukrainian and Russian, as a dateline writes them (genitive) or not
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
    "грудень",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
)
_MONTHS.update(
    (name, number) for names in _UK_RU_MONTHS for number, name in enumerate(names.split(), start=1)
)
_HEADER = re.compile(
    r"^(?P<outlet>[^\n]{1,80}?)\s+[-–—]\s+(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\.?\s+"
    r"(?P<year>\d{4})(?:\s*(?:р\.|г\.|року|года))?,?"  # "2025 р.", "2025 г.", "2025 года"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2}))?\s*$"
)


MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guess is not trusted


def decode(data: bytes, path: str | Path) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else detected."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("looks like a binary file, not text", path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = error.start
    if _has_utf8_line(data):  # real UTF-8 here, something else there
        line = data.count(b"\n", 0, bad) + 1
        raise InputError(
            "mixes UTF-8 with another encoding: this line is not UTF-8; "
            "save the file as UTF-8 and import it again",
            path,
            line,
        )
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(
            "is not UTF-8, and its encoding cannot be told with confidence; "
            "save it as UTF-8 and import it again",
            path,
        )
    return str(best)


def _has_utf8_line(data: bytes) -> bool:
    """Whether a whole line is UTF-8 with letters beyond ASCII. A legacy encoding makes
    UTF-8 pairs by chance ("С»" in cp1251 is a valid pair), never a whole line of them."""
    return any(_UTF8_MULTIBYTE.search(line) and _is_utf8(line) for line in data.split(b"\n"))


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def normalize_newlines(text: str) -> str:
    """One newline character everywhere, so offsets mean the same in every tool."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


def parse_header(text: str) -> dict[str, str]:
    """Title (first line) and, from a line like the seed's, outlet and publication date."""
    lines = [line.strip() for line in text.split("\n")[:12]]
    fields: dict[str, str] = {}
    non_empty = [line for line in lines if line]
    if non_empty:
        fields["title"] = non_empty[0].lstrip("# ").strip()[:300]
    for line in non_empty[:4]:
        match = _HEADER.match(line)
        month = _MONTHS.get(match["month"].lower()) if match else None
        if match and month:
            fields["outlet"] = match["outlet"].strip()
            date = f"{int(match['year']):04d}-{month:02d}-{int(match['day']):02d}"
            if match["hour"]:
                date += f"T{int(match['hour']):02d}:{match['minute']}"
            fields["published"] = date
            break
    return fields


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
FRONT_MATTER_KEYS = {
    "title": "title",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "lang": "lang",
    "language": "lang",
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Markdown front matter ("---" lines of "key: value") as fields, and the body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).split("\n"):
        key, sep, value = line.partition(":")
        field = FRONT_MATTER_KEYS.get(key.strip().lower())
        if sep and field:
            fields[field] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def read_text(path: str | Path, lang: str | None = None) -> Document:
    """Read a .txt or .md article into a Document."""
    return read_article(path, lang).document


def read_article(path: str | Path, lang: str | None = None) -> AnnotatedDocument:
    """A .txt or .md article, as a record whose line is where its front matter names
    its language (what a message about that language points to)."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_BYTES)
    except OSError as error:
        raise InputError(
            "cannot read: {reason}", path, reason=error.strerror or str(error)
        ) from error
    whole = normalize_newlines(decode(data, path))
    front, text = split_front_matter(whole)
    if not text.strip():
        raise InputError("is empty", path)
    fields = {**parse_header(text), **front}
    document = Document(
        text=text,
        title=fields.get("title", path.stem),
        outlet=fields.get("outlet", ""),
        published=fields.get("published", ""),
        url=fields.get("url", ""),
        lang=lang or fields.get("lang") or detect_language(text),
        source_path=str(path),
    )
    return AnnotatedDocument(document, line=_declared_at(whole, "lang") if front else None)


def _declared_at(whole: str, field: str) -> int | None:
    """The line of the front matter that gives `field` (front matter starts on line 1)."""
    head = whole[: whole.find("\n---", 3) + 1]
    for number, line in enumerate(head.split("\n"), start=1):
        key = line.partition(":")[0].strip().lower()
        if FRONT_MATTER_KEYS.get(key) == field:
            return number
    return None
