"""The article view alone (no project file, no window): a 1,000,000-character article
with 100,000 spans shown and painted, and scrolled.

A view-only benchmark: what a person waits for is measured in the real window by
`bench_edit.py`. Prints our figures and, as a baseline measured in the same run,
the same text in a plain QPlainTextEdit without highlights.
Run: .venv/bin/python bench/bench_view.py
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from annotator.core.model import TaxonomyEntry  # noqa: E402
from annotator.gui.article.styles import StyleBook  # noqa: E402
from annotator.gui.article.view import ArticleView  # noqa: E402

CHARS = 1_000_000
SPANS = 100_000
WORDS = (
    "les délégations russes et ukrainiennes ont discuté à Istanbul selon TASS Medinskiy a "
    "déclaré que la rencontre 😀 était importante pour la paix"
).split(" ")
COLORS = {"PER": "#E69F00", "ORG": "#56B4E9", "LOC": "#009E73", "MISC": "#CC79A7"}


def make_text(rng: random.Random) -> str:
    paragraphs, size = [], 0
    while size < CHARS:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 160))) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs)[:CHARS]


def make_spans(text: str, rng: random.Random) -> list[tuple[int, int, str]]:
    """Entities, and every tenth span a claim over them, so overlaps are painted too."""
    step = len(text) // SPANS
    labels = list(COLORS)
    spans = []
    for i in range(SPANS):
        if i % 10 == 9:
            spans.append((i * step - 5 * step, i * step + step // 2, "claim:ru_official:accepted"))
        else:
            spans.append((i * step, i * step + rng.randint(2, step - 1), f"entity:{labels[i % 4]}"))
    return spans


def paint(widget: QPlainTextEdit) -> None:
    widget.viewport().repaint()


def open_and_paint(widget: QPlainTextEdit, load) -> float:
    start = time.perf_counter()
    load()
    widget.show()
    QApplication.processEvents()
    paint(widget)
    return time.perf_counter() - start


def scroll_frames(widget: QPlainTextEdit, frames: int = 60) -> list[float]:
    bar = widget.verticalScrollBar()
    times = []
    for i in range(frames):
        bar.setValue(int(bar.maximum() * i / frames))
        start = time.perf_counter()
        paint(widget)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    text = make_text(rng)
    spans = make_spans(text, rng)

    plain = QPlainTextEdit()
    plain.resize(1000, 800)
    plain_open = open_and_paint(plain, lambda: plain.setPlainText(text))
    plain_scroll = scroll_frames(plain)

    styles = StyleBook(
        [TaxonomyEntry("entity", code, code, color, "", "", 0) for code, color in COLORS.items()],
        [TaxonomyEntry("source", "ru_official", "Russian officials", "#D55E00", "1", "", 0)],
    )
    view = ArticleView(styles)
    view.resize(1000, 800)
    ours_open = open_and_paint(view, lambda: view.set_article(text, spans))
    ours_scroll = scroll_frames(view)

    print(
        f"article: {len(text):,} characters, {text.count(chr(10)) + 1:,} paragraphs, "
        f"{len(spans):,} spans"
    )
    print(
        f"open and first paint: {ours_open * 1000:.0f} ms "
        f"(plain QPlainTextEdit, no highlights: {plain_open * 1000:.0f} ms; "
        f"ratio {ours_open / plain_open:.2f})"
    )
    print(
        f"scroll frame: median {statistics.median(ours_scroll) * 1000:.1f} ms, "
        f"worst {max(ours_scroll) * 1000:.1f} ms (plain: worst "
        f"{max(plain_scroll) * 1000:.1f} ms)   budget 50 ms"
    )
    app.quit()


if __name__ == "__main__":
    main()
