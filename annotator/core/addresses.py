"""Web addresses a person types (an article's, a fact-checker's): http or https only, so
that no exported file carries a `javascript:` or `file:` link."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_address(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value
