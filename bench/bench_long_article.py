"""Budget: an article of any size the importer accepts (up to 5,000,000 characters) gets
suggestions, in bounded memory. Prints the worker process's peak memory (VmHWM) on a
5,000,000-character article beside a 50,000-character one, each in a fresh worker, the
time taken, and how many claims came back.

Run: .venv/bin/python bench/bench_long_article.py [CHARACTERS] [LANG]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from annotator.core.assistance import Job, LanguageWorker, Suggested
from annotator.core.formats.text import MAX_DOCUMENT_CHARS
from annotator.core.resources import seed_files


def article(characters: int) -> str:
    """The seed's paragraphs, repeated up to the length asked for."""
    seed = seed_files()[0].read_text(encoding="utf-8")
    paragraphs = [p for p in re.split(r"\n\s*\n", seed) if len(p) > 80]
    text, i = [], 0
    size = 0
    while size < characters:
        paragraph = paragraphs[i % len(paragraphs)]
        text.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    return "\n\n".join(text)[:characters]


def peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def run(text: str, lang: str) -> tuple[float, int, int]:
    """Seconds, peak KiB of the worker, claims found: a fresh worker each time."""
    worker = LanguageWorker()
    try:
        list(worker.process([Job(0, lang, "Un mot.")], []))  # load the model first
        start = time.perf_counter()
        events = list(worker.process([Job(1, lang, text)], []))
        elapsed = time.perf_counter() - start
        peak = peak_kib(worker.pid)
    finally:
        worker.stop()
    done = [e for e in events if isinstance(e, Suggested)]
    if not done:
        raise SystemExit(f"no suggestions: {events}")
    return elapsed, peak, sum(1 for s in done[0].spans if s.kind == "claim")


def main() -> None:
    characters = int(sys.argv[1]) if len(sys.argv) > 1 else MAX_DOCUMENT_CHARS
    lang = sys.argv[2] if len(sys.argv) > 2 else "fr"
    small_seconds, small_peak, small_claims = run(article(50_000), lang)
    seconds, peak, claims = run(article(characters), lang)
    print(f"pipeline for '{lang}', worker process, pieces of at most 100,000 characters")
    print(
        f"   50,000 characters: {small_seconds:6.1f} s, peak {small_peak / 1024:6.0f} MiB, "
        f"{small_claims} claims"
    )
    print(
        f"{characters:>9,} characters: {seconds:6.1f} s, peak {peak / 1024:6.0f} MiB, "
        f"{claims} claims"
    )
    print(f"peak memory ratio: {peak / small_peak:.2f} for {characters / 50_000:.0f}x the text")


if __name__ == "__main__":
    main()
