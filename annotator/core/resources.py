"""Where the data files are: inside the package when installed, at the repo top in a checkout;
and where the user's own data lives."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from the installation ({_PACKAGE})")


def data_folder() -> Path:
    """The user's data folder (default project, log), created when first asked for."""
    import platformdirs

    folder = Path(platformdirs.user_data_dir("annotator", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resources_dir() -> Path:
    return _data_dir("resources")


def seeds_dir() -> Path:
    return _data_dir("seeds")


def seed_files() -> list[Path]:
    """The seed articles opened on first start, in name order."""
    return sorted(p for p in seeds_dir().iterdir() if p.suffix in {".txt", ".md", ".html"})


@cache
def load_json(name: str) -> dict:
    with (resources_dir() / name).open(encoding="utf-8") as handle:
        return json.load(handle)
