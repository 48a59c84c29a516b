"""Budget: `annotator suggest` runs at >= 0.9 times the throughput of plain
`nlp.pipe` with the same model on the same texts, measured in the same run.

Run: .venv/bin/python bench/bench_suggest.py [DOCUMENTS]
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
import time
from pathlib import Path

from annotator.core.assistance import Job, LanguageWorker, suggest_documents
from annotator.core.model import Document
from annotator.core.nlp import BATCH_SIZE, load_pipeline
from annotator.core.resources import seed_files
from annotator.core.store import Store


def corpus(count: int) -> list[str]:
    """Distinct articles made of the seed's sentences in shuffled orders."""
    seed = seed_files()[0].read_text(encoding="utf-8")
    sentences = re.split(r"(?<=[.!?])\s+", seed.split("\n\n", 2)[2])
    texts = []
    for i in range(count):
        rng = random.Random(i)
        picked = rng.sample(sentences, k=len(sentences))
        texts.append(f"Article {i}\n\n" + " ".join(picked))
    return texts


def time_raw(texts: list[str]) -> float:
    nlp = load_pipeline("fr")
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def time_suggest(texts: list[str], worker: LanguageWorker) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        for text in texts:
            store.add_document(Document(text=text, lang="fr"))
        start = time.perf_counter()
        suggest_documents(store, worker=worker)
        elapsed = time.perf_counter() - start
        store.close()
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    texts = corpus(count)
    words = sum(len(t.split()) for t in texts)
    time_raw(texts[:10])  # load and warm the model for both
    worker = LanguageWorker()  # as `annotator suggest` runs it: in a worker process
    list(worker.process([Job(0, "fr", t) for t in texts[:10]], []))
    raw, ours = [], []
    for _ in range(2):  # alternate, keep the best of each
        raw.append(time_raw(texts))
        ours.append(time_suggest(texts, worker))
    best_raw, best_ours = min(raw), min(ours)
    print(
        f"corpus: {count} documents, {words:,} words; model fr_core_news_sm, "
        f"batch_size {BATCH_SIZE}; suggestions in a worker process, as the app runs them"
    )
    print(f"plain nlp.pipe:    {words / best_raw:,.0f} words/s ({best_raw:.2f} s)")
    print(
        f"annotator suggest: {words / best_ours:,.0f} words/s ({best_ours:.2f} s), "
        f"entities, claims, sources and storing included"
    )
    print(f"ratio: {best_raw / best_ours:.3f}   budget >= 0.9")
    worker.stop()


if __name__ == "__main__":
    main()
