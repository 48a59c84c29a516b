"""Budget: time in proportion to the input, whatever a hostile file holds. For each
crafted input, at two sizes (n and 2n characters), prints the time of each and their
ratio (budget: at most 2.5 for twice the input) and the seconds per megabyte at 2n
(budget: at most 10 s/MB).

Texts go through what `annotator suggest` runs (pieces, the language's pipeline,
our rules), timed in three parts: spaCy's tokenizer, the rest of the pipeline (an
installed model's tagger, parser and recogniser, linear in the number of tokens and
measured on ordinary text by bench_long_article.py), and our rules. The s/MB budget
is on the tokenizer and the rules; the ratio on everything. Web pages go through
the HTML reader (`read_html`), all of it.

Each figure is the best of RUNS runs: on a shared machine a run can take up to twice
as long as the next one, and the slower runs measure the neighbours, not the code.

Run: .venv/bin/python bench/bench_hostile.py [SCALE] [NAME ...]
(SCALE multiplies every size, 1 by default; words pick the inputs whose name holds one)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import InputError
from annotator.core.formats.html import MAX_ATTRIBUTES, read_html
from annotator.core.gazetteer import default_entries, gazetteer_for
from annotator.core.nlp import load_pipeline, suggest_doc
from annotator.core.pieces import piece_ranges

MAX_RATIO = 2.5
MAX_SECONDS_PER_MB = 10.0
RUNS = 3


@dataclass(frozen=True)
class Hostile:
    name: str
    lang: str  # "html" for a web page
    size: int  # n, in characters
    make: Callable[[int], str]


def repeated(words: str) -> Callable[[int], str]:
    return lambda size: (words * (size // len(words) + 1))[:size]


def mixed(marks: str) -> Callable[[int], str]:
    """Marks in a random order (the same each run): spaCy's tokenizer caches what it has
    seen, so a run repeated would be tokenized once."""
    return lambda size: "".join(random.Random(size).choice(marks) for _ in range(size))


def page(body: Callable[[int], str]) -> Callable[[int], str]:
    return lambda size: f"<html><body><article>{body(size)}</article></body></html>"


def attributes(size: int) -> str:
    count = size // 8
    listed = " ".join(f"a{i}=v" for i in range(count))
    return f"<p {listed}>Le ministre a dit que la guerre était finie hier soir.</p>"


def attributed(size: int) -> str:
    """Paragraphs with as many attributes as a page may have on one element."""
    listed = " ".join(f"a{i}=v" for i in range(MAX_ATTRIBUTES))
    one = f"<p {listed}>Le ministre {{}} a dit que la guerre était finie.</p>\n"
    return "".join(one.format(i) for i in range(size // len(one)))


def nested(size: int) -> str:
    depth = size // 11
    words = "Le ministre a dit que la guerre était finie."
    return "<div><p>" * depth + words + "</p></div>" * depth


def paragraphs(size: int) -> str:
    one = "<p>Le ministre {} a dit que la guerre était finie, selon TASS.</p>\n"
    return "".join(one.format(i) for i in range(size // len(one)))


INPUTS = [
    Hostile("'mot ' without a stop (fr)", "fr", 20_000, repeated("mot ")),
    Hostile("'selon ' (fr)", "fr", 20_000, repeated("selon ")),
    Hostile("'TASS a dit ' (fr)", "fr", 20_000, repeated("TASS a dit ")),
    Hostile("'TASS said ' (en)", "en", 50_000, repeated("TASS said ")),
    Hostile("'TASS said that ' chain (en)", "en", 50_000, repeated("TASS said that ")),
    Hostile("'who said ' (en)", "en", 50_000, repeated("Peskov, who said ")),
    Hostile("'TASS said it. ' sentences (en)", "en", 50_000, repeated("TASS said it was so. ")),
    Hostile(
        "'Peskov a dit. Il a dit ' pronouns (fr)",
        "fr",
        20_000,
        repeated("Peskov a dit que non. Il a dit que oui. "),
    ),  # fmt: skip
    Hostile("'of the ' chains before a cue (en)", "en", 50_000, repeated("of the " * 50 + "said ")),
    Hostile("'mot. ' lower-case fragments (en)", "en", 50_000, repeated("mot. ")),
    Hostile("'«' without a closing one (fr)", "fr", 20_000, repeated("« mot ")),
    Hostile("'« ' nested quotes (en)", "en", 50_000, repeated("«")),
    Hostile("'“x” said ' scare quotes (en)", "en", 50_000, repeated("“mot” said ")),
    Hostile("'\"' without spaces (en)", "en", 5_000, repeated('"')),
    Hostile("')' without spaces (en)", "en", 5_000, repeated(")")),
    Hostile("'!' without spaces (en)", "en", 5_000, repeated("!")),
    Hostile("'\"' without spaces (fr)", "fr", 5_000, repeated('"')),
    Hostile("'\"!)' mixed, without spaces (en)", "en", 5_000, mixed('"!)')),
    Hostile("'.' without spaces (en)", "en", 5_000, repeated(".")),
    Hostile("'a\"' without spaces (en)", "en", 5_000, repeated('a"')),
    Hostile("'word ' x 5 MB, no stop (en)", "en", 2_500_000, repeated("word ")),
    Hostile("<p> with many attributes", "html", 160_000, page(attributes)),
    Hostile("<p>s with the most attributes allowed", "html", 500_000, page(attributed)),
    Hostile("<div><p> nested", "html", 160_000, page(nested)),
    Hostile("<p> many paragraphs", "html", 500_000, page(paragraphs)),
]


def timed_text(lang: str, text: str) -> tuple[float, float, float]:
    """Seconds in the tokenizer, in the rest of the pipeline, in our rules: each the
    best of RUNS runs."""
    runs = [_timed_text(lang, text) for _ in range(RUNS)]
    return min(r[0] for r in runs), min(r[1] for r in runs), min(r[2] for r in runs)


def _timed_text(lang: str, text: str) -> tuple[float, float, float]:
    nlp = load_pipeline(lang)
    gazetteer = gazetteer_for(tuple(default_entries()))
    tokenizer = model = rules = 0.0
    for start, end in piece_ranges(text):
        began = time.perf_counter()
        doc = nlp.make_doc(text[start:end])
        tokenized = time.perf_counter()
        for _, component in nlp.pipeline:
            doc = component(doc)
        parsed = time.perf_counter()
        suggest_doc(doc, lang, gazetteer)
        done = time.perf_counter()
        tokenizer += tokenized - began
        model += parsed - tokenized
        rules += done - parsed
    return tokenizer, model, rules


def timed_page(html: str) -> tuple[float, str]:
    """Seconds to read the page (the best of RUNS runs), and what came of it."""
    runs = [_timed_page(html) for _ in range(RUNS)]
    return min(seconds for seconds, _ in runs), runs[0][1]


def _timed_page(html: str) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(html, encoding="utf-8")
        began = time.perf_counter()
        try:
            document = read_html(path)
            outcome = f"{len(document.text):,} chars of text"
        except InputError as error:
            outcome = f"refused: {error.message}"
        return time.perf_counter() - began, outcome


def report(item: Hostile, scale: float) -> bool:
    """One line per size and a verdict; True when within budget."""
    sizes = [int(item.size * scale), 2 * int(item.size * scale)]
    totals, budgeted = [], []
    print(item.name)
    for size in sizes:
        text = item.make(size)
        megabytes = len(text.encode("utf-8")) / 1e6
        if item.lang == "html":
            seconds, outcome = timed_page(text)
            totals.append(seconds)
            budgeted.append(seconds / megabytes)
            print(f"  {size:>10,} chars: {seconds:7.2f} s ({outcome})")
            continue
        tokenizer, model, rules = timed_text(item.lang, text)
        totals.append(tokenizer + model + rules)
        budgeted.append((tokenizer + rules) / megabytes)
        print(
            f"  {size:>10,} chars: {totals[-1]:7.2f} s (tokenizer {tokenizer:.2f}, "
            f"pipeline {model:.2f}, rules {rules:.2f})"
        )
    ratio = totals[1] / max(totals[0], 1e-3)
    within = ratio <= MAX_RATIO and budgeted[1] <= MAX_SECONDS_PER_MB
    print(
        f"  ratio {ratio:.2f} (budget {MAX_RATIO}), {budgeted[1]:.2f} s/MB "
        f"(budget {MAX_SECONDS_PER_MB:g}): {'ok' if within else 'OVER BUDGET'}",
        flush=True,
    )
    return within


def main() -> None:
    args = sys.argv[1:]
    scale = float(args.pop(0)) if args and args[0].replace(".", "", 1).isdigit() else 1.0
    chosen = [i for i in INPUTS if not args or any(a in i.name for a in args)]
    timed_page(page(paragraphs)(1000))  # trafilatura loaded before anything is timed
    over = [item.name for item in chosen if not report(item, scale)]
    print(f"\n{len(chosen) - len(over)} of {len(chosen)} inputs within budget")
    for name in over:
        print(f"  over budget: {name}")


if __name__ == "__main__":
    main()
