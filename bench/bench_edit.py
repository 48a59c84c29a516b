"""Budgets, on the path the app uses: key presses in the real window, from the key to
the edit saved in the project file and painted.

On a 1,000,000-character article with 100,000 spans (entities, and a claim with a
statement every tenth span): opening it, then marking a claim (C), setting a source
category (1), accepting (A), undo (Ctrl+Z) and redo (Ctrl+Y). On a 10,000-document
corpus: next document (Ctrl+PgDown). Prints median and worst of each.
Budgets: each edit median <= 16 ms, worst <= 50 ms; opening <= 500 ms; next document
<= 50 ms.

Run: .venv/bin/python bench/bench_edit.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_NAME", "bench")

from bench_view import WORDS, make_text  # noqa: E402  (the same article as the view bench)
from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.model import (  # noqa: E402
    Document,
    Origin,
    Span,
    SpanKind,
    Statement,
)
from annotator.core.store import Store  # noqa: E402
from annotator.gui.app import application, create_window  # noqa: E402

CHARS = 1_000_000
SPANS = 100_000
DOCUMENTS = 10_000
REPEATS = 15
OPENINGS = 5


def annotations(text: str, rng: random.Random) -> tuple[list[Span], list[Statement]]:
    step = len(text) // SPANS
    spans, statements = [], []
    for i in range(SPANS):
        if i % 10 == 9:
            claim = Span(i * step - 5 * step, i * step + step // 2, "claim", kind=SpanKind.CLAIM,
                         origin=Origin.RULE)  # fmt: skip
            spans.append(claim)
            statements.append(Statement(claim.uid, origin=Origin.RULE))
        else:
            label = ("PER", "ORG", "LOC", "MISC")[i % 4]
            spans.append(Span(i * step, i * step + rng.randint(2, step - 1), label,
                              kind=SpanKind.ENTITY, origin=Origin.MODEL))  # fmt: skip
    return spans, statements


def make_projects(folder: Path) -> tuple[Path, Path]:
    rng = random.Random(7)
    article = folder / "article.db"
    with Store(article) as store:
        store.add_document(Document(text="A short first document.", title="first", lang="fr"))
        store.save_suggestions(1, [], [], "bench")
        text = make_text(rng)
        document_id, _ = store.add_document(Document(text=text, title="long", lang="fr"))
        store.save_suggestions(document_id, *annotations(text, rng), "bench")
    corpus = folder / "corpus.db"
    with Store(corpus) as store, store.transaction():
        for n in range(DOCUMENTS):
            text = f"Article {n}. " + " ".join(rng.choice(WORDS) for _ in range(150))
            document_id, _ = store.add_document(Document(text=text, title=f"a{n}", lang="fr"))
            spans = [Span(k * 40, k * 40 + 8, "LOC", kind=SpanKind.ENTITY) for k in range(10)]
            store.save_suggestions(document_id, spans, [], "bench")
    return article, corpus


class PaintCounter(QObject):
    """Counts the article view's paint events, to check that a timing includes one."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(window) -> None:
    """Until what the key did is on screen: queued events handled, the repaint among them."""
    QApplication.processEvents()


def timed(window, action, painted: bool = True) -> float:
    counter = window.paint_counter
    paints = counter.paints
    start = time.perf_counter()
    action()
    settle(window)
    elapsed = (time.perf_counter() - start) * 1000
    if painted and counter.paints == paints:
        raise SystemExit("the view was not repainted: the timing would not include painting")
    return elapsed


def watched(window):
    window.paint_counter = PaintCounter()
    window.article_view.viewport().installEventFilter(window.paint_counter)
    return window


def key(window, name: str, modifier=Qt.KeyboardModifier.NoModifier):
    return lambda: QTest.keyClick(window.article_view, name, modifier)


def report(name: str, times: list[float], budget: str) -> None:
    print(f"{name:<26} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms"
          f"   {budget}")  # fmt: skip


def edits(window) -> dict[str, list[float]]:
    view, session = window.article_view, window.session
    results: dict[str, list[float]] = {
        k: [] for k in ("baseline", "mark", "category", "accept", "undo", "redo")
    }
    control = Qt.KeyboardModifier.ControlModifier
    suggested = [r.statement.uid for r in window.statements_panel.model.rows]
    for n in range(REPEATS):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() * (n + 1) // 20)
        settle(window)
        offset = view.offset_at(100, 100)
        view.select_range(offset, offset + 40)
        # The baseline: a key that saves nothing, and repaints the view all the same.
        results["baseline"].append(timed(window, lambda: view.viewport().update()))
        results["mark"].append(timed(window, key(window, Qt.Key.Key_C)))
        results["category"].append(timed(window, key(window, Qt.Key.Key_1)))
        window.presenter.focus_statement(suggested[n * 500])
        settle(window)
        results["accept"].append(timed(window, key(window, Qt.Key.Key_A)))
        results["undo"].append(timed(window, key(window, Qt.Key.Key_Z, control)))
        results["redo"].append(timed(window, key(window, Qt.Key.Key_Y, control)))
    assert session.store.statement(suggested[0]).status == "accepted", "accept did not land"
    return results


def main() -> None:
    application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HOME"] = folder  # preferences and the data folder stay in here
        article, corpus = make_projects(Path(folder))
        window = watched(create_window(str(article), []))
        window.resize(1200, 800)
        window.show()
        settle(window)
        openings = []
        for _ in range(OPENINGS):  # from the short document to the long one
            window.session.open_document(1)
            settle(window)
            openings.append(timed(window, lambda: window.session.open_document(2)))
            assert len(window.article_view.toPlainText()) == CHARS
        window.article_view.setFocus()
        results = edits(window)
        window.close()

        start = time.perf_counter()
        window = watched(create_window(str(corpus), []))
        window.show()
        window.session.open_document(1)
        settle(window)
        corpus_opening = (time.perf_counter() - start) * 1000
        window.article_view.setFocus()
        steps = [
            timed(window, key(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier))
            for _ in range(30)
        ]
        assert window.session.document_id == 31, window.session.document_id
        window.close()

    print(
        f"article: {CHARS:,} characters, {SPANS:,} spans ({SPANS // 10:,} claims); corpus: "
        f"{DOCUMENTS:,} documents; real window, offscreen, {REPEATS} times each "
        f"(opening {OPENINGS} times)"
    )
    report("open the article", openings, "budget 500 ms")
    report("baseline: a repaint alone", results["baseline"], "(this machine, this run)")
    floor = statistics.median(results["baseline"])
    for name, label in (("mark", "mark a claim (C)"), ("category", "source category (1)"),
                        ("accept", "accept (A)"), ("undo", "undo (Ctrl+Z)"),
                        ("redo", "redo (Ctrl+Y)")):  # fmt: skip
        ratio = statistics.median(results[name]) / floor
        report(label, results[name], f"{ratio:4.1f} x baseline; budget median 16, worst 50 ms")
    report("next document (Ctrl+PgDn)", steps, "budget 50 ms")
    print(f"{'open the corpus window':<26} {corpus_opening:7.1f} ms   (10,000 documents listed)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
