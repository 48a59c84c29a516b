"""Budget: an article of any size the importer accepts (up to 5,000,000 characters) gets
suggestions, in bounded memory. Prints, for articles of 50,000, 1,000,000 and
5,000,000 characters (each in a fresh worker process, as the app runs it), the time
taken, the worker's peak memory (VmHWM) and how many claims came back; memory is
bounded when the last two peaks are close.

Run: .venv/bin/python bench/bench_long_article.py [LANG] [CHARACTERS ...]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from annotator.core.assistance import Job, LanguageWorker, Suggested
from annotator.core.formats.text import MAX_DOCUMENT_CHARS
from annotator.core.pieces import PIECE_CHARS
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
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    sizes = [int(n) for n in sys.argv[2:]] or [50_000, 1_000_000, MAX_DOCUMENT_CHARS]
    print(f"pipeline for '{lang}' in a worker process, pieces of at most {PIECE_CHARS:,} chars")
    baseline = None
    for size in sizes:
        seconds, peak, claims = run(article(size), lang)
        baseline = baseline or peak
        print(
            f"{size:>9,} characters: {seconds:6.1f} s, worker peak {peak / 1024:5.0f} MiB "
            f"({peak / baseline:.2f} x the first), {claims:,} claims"
        )


if __name__ == "__main__":
    main()
