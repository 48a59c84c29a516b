"""A .spacy file is one zlib stream: one that would unpack past the limit is refused
while it is unpacked, at the cost of one chunk of memory, with the limit in words."""

import time
import tracemalloc
import zlib

import pytest

from annotator.core.errors import InputError
from annotator.core.formats import spacy_docbin
from annotator.core.formats.spacy_docbin import read_spacy

MB = 2**20


def bomb(path, unpacked_mb):
    """About 1 MB of zlib that unpacks to `unpacked_mb` MB of zeros."""
    packer = zlib.compressobj(9)
    zeros = bytes(MB)
    with path.open("wb") as out:
        for _ in range(unpacked_mb):
            out.write(packer.compress(zeros))
        out.write(packer.flush())
    return path


def test_a_decompression_bomb_is_refused_in_little_memory_and_time(tmp_path):
    path = bomb(tmp_path / "bomb.spacy", 1024)
    assert path.stat().st_size < 1.1 * MB
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(InputError) as caught:
            list(read_spacy(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == (
        f"{path}: larger than 200 MB once unpacked, the limit for a .spacy file (room for the "
        "largest article annotator imports, twice); split the corpus into smaller files"
    )
    assert peak < 8 * MB, f"{peak / MB:.0f} MB held to refuse it"
    assert time.monotonic() - started < 30  # a bound, not a timing: unpacking stops early


def test_the_limit_is_counted_in_unpacked_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(spacy_docbin, "MAX_UNPACKED_BYTES", 3 * MB)
    with pytest.raises(InputError, match="larger than 3 MB once unpacked"):
        list(read_spacy(bomb(tmp_path / "four.spacy", 4)))
    with pytest.raises(InputError, match="not a spaCy DocBin file"):  # within: read as usual
        list(read_spacy(bomb(tmp_path / "two.spacy", 2)))
    noise = tmp_path / "noise.spacy"
    noise.write_bytes(b"PK\x03\x04 not zlib at all")
    with pytest.raises(InputError, match="not a spaCy DocBin file"):
        list(read_spacy(noise))
