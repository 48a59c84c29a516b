"""Budgets: imports and exports stream, so memory stays flat on 100,000 documents;
with 100 spans a document (10,000,000 in all) a document's spans load in < 50 ms and a
full-text search answers in < 100 ms.

Each phase runs in a fresh process and reports its peak resident memory; the same
phases on a corpus ten times smaller are the baseline, measured in the same run.
Run: .venv/bin/python bench/bench_corpus.py [DOCUMENTS] [SPANS_PER_DOCUMENT]
(defaults 100000 and 100)
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "les délégations russes et ukrainiennes ont discuté à Istanbul selon TASS Medinskiy "
    "a déclaré que la rencontre était importante pour la paix Umerov a précisé que "
    "l'échange de prisonniers aurait lieu"
).split()


def make_corpus(path: Path, count: int, spans: int) -> None:
    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = f"Article {i}. " + " ".join(rng.choice(WORDS) for _ in range(150)) + "."
            step = max(1, (len(text) - 10) // spans)
            labels = [[k * step, k * step + 4, "MISC"] for k in range(spans)]
            out.write(json.dumps({"text": text, "label": labels}, ensure_ascii=False) + "\n")


def phase(name: str, project: str, corpus: str, output: str) -> None:
    """One measured step, in this (fresh) process; prints seconds and peak RSS in MB."""
    from annotator.core.export import export
    from annotator.core.importing import import_files
    from annotator.core.store import Store

    if name == "query":
        query(project)
        return
    start = time.perf_counter()
    with Store(project) as store:
        if name == "import":
            report = import_files(store, [corpus])
            assert not report.failures, report.failures
        else:
            export(store, name, output)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak}))


def query(project: str) -> None:
    """Times of loading one document's spans, and of full-text searches."""
    from annotator.core.corpus import search
    from annotator.core.store import Store

    with Store(project) as store:
        count = store.db.execute("SELECT max(id) FROM documents").fetchone()[0]
        rng = random.Random(1)
        loads = []
        for document_id in rng.sample(range(1, count + 1), 200):
            start = time.perf_counter()
            store.spans(document_id)
            loads.append(time.perf_counter() - start)
        searches = []
        for words in (
            "Istanbul",
            "prisonniers Umerov",
            '"la rencontre"',
            "Medinsk*",
            "Article 4242",
        ):
            start = time.perf_counter()
            search(store, words)
            searches.append(time.perf_counter() - start)
        spans = store.db.execute("SELECT count(*) FROM spans").fetchone()[0]
    print(
        json.dumps(
            {
                "spans": spans,
                "load_median_ms": sorted(loads)[100] * 1000,
                "load_max_ms": max(loads) * 1000,
                "search_median_ms": sorted(searches)[2] * 1000,
                "search_max_ms": max(searches) * 1000,
                "seconds": 0,
                "peak_mb": 0,
            }
        )
    )


def run_phase(name: str, project: Path, corpus: Path, output: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--phase", name, str(project), str(corpus), str(output)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    large = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    spans = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    sizes = (large // 10, large)
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            corpus = Path(folder) / f"corpus-{size}.jsonl"
            project = Path(folder) / f"project-{size}.db"
            make_corpus(corpus, size, spans)
            results[size] = {
                name: run_phase(name, project, corpus, Path(folder) / f"out-{size}-{name}")
                for name in ("import", "doccano", "csv", "query")
            }
    small, big = sizes
    print(
        f"documents: {small:,} (baseline) and {big:,}; ~1,000 characters and {spans} "
        f"spans each ({results[big]['query']['spans']:,} spans in all)"
    )
    for name in ("import", "doccano", "csv"):
        a, b = results[small][name], results[big][name]
        print(
            f"{name:8} {big / b['seconds']:8,.0f} docs/s; peak memory {b['peak_mb']:6.0f} MB "
            f"at {big:,} vs {a['peak_mb']:6.0f} MB at {small:,} "
            f"(ratio {b['peak_mb'] / a['peak_mb']:.2f}; flat = close to 1)"
        )
    q = results[big]["query"]
    print(
        f"one document's spans: median {q['load_median_ms']:.1f} ms, worst "
        f"{q['load_max_ms']:.1f} ms (budget 50); full-text search: median "
        f"{q['search_median_ms']:.1f} ms, worst {q['search_max_ms']:.1f} ms (budget 100)"
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--phase":
        phase(*sys.argv[2:6])
    else:
        main()
