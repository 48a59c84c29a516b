"""How good the attribution suggestions are, on gold data nobody here wrote.

Scores what `annotator suggest` would suggest (the same code: `nlp.suggest_texts`)
against (a) the PolNeAR dev split (English news, brat Source/Cue/Content), (b) the
Russian sentences of the adaq set (token tags source/cue/content), both read with
the loader of the evaluation folder given as argument (the texts stay there and
are never copied here), and (c) our own small French and Ukrainian set in
`tests/data/attribution/` (texts we composed, see its README).

Per set and pipeline (blank: the language's blank spaCy pipeline; model: an
installed spaCy pipeline for the language, if there is one) it prints:
- content recall: gold attributions whose content a suggested claim overlaps;
- claim precision: suggested claims that overlap some gold content;
- content character F1: characters of suggested claims against gold content;
- source accuracy: gold attributions with a source whose source a suggested
  source mention (of a claim overlapping the content) overlaps; a missed
  attribution counts as wrong;
- source token F1 (adaq, as published): tokens of suggested source mentions
  against gold source tokens;
- cue accuracy: gold attributions with a cue for which the overlapping claim's
  reasons name a cue that is a word of the gold cue, or its lemma (cues are not
  spans yet).

Run: .venv/bin/python bench/bench_attribution.py ../shared/eval [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core import nlp
from annotator.core.gazetteer import Gazetteer, default_entries
from annotator.core.model import Span, SpanKind, Statement

OWN_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "attribution"
WORD = re.compile(r"\w+")


@dataclass
class Score:
    """Counts summed over a set's documents."""

    gold: int = 0
    covered: int = 0
    claims: int = 0
    precise: int = 0
    gold_chars: int = 0
    claim_chars: int = 0
    common_chars: int = 0
    with_source: int = 0
    source_right: int = 0
    with_cue: int = 0
    cue_right: int = 0
    source_tokens: list[int] = field(default_factory=lambda: [0, 0, 0])  # common, gold, ours

    def line(self, name: str, seconds: float) -> str:
        common, gold_tokens, our_tokens = self.source_tokens
        token_f1 = _f1(common, gold_tokens, our_tokens)
        return (
            f"{name:<30} {_ratio(self.covered, self.gold):>7}"
            f" {_ratio(self.precise, self.claims):>9}"
            f" {_f1(self.common_chars, self.gold_chars, self.claim_chars):>8.2f}"
            f" {_ratio(self.source_right, self.with_source):>7} {token_f1:>9.2f}"
            f" {_ratio(self.cue_right, self.with_cue):>6}   {self.gold:>5} {seconds:>6.1f} s"
        )


HEADER = (
    f"{'set / pipeline':<30} {'recall':>7} {'precision':>9} {'char F1':>8} {'source':>7}"
    f" {'src tok F1':>9} {'cue':>6}   {'gold':>5} {'time':>8}"
)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "—"


def _f1(common: int, gold: int, ours: int) -> float:
    return 2 * common / (gold + ours) if gold + ours else 0.0


def _chars(stretches: Iterable[tuple[int, int]]) -> set[int]:
    return {i for start, end in stretches for i in range(start, end)}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(doc: dict, spans: list[Span], statements: list[Statement], into: Score) -> None:
    """Add one document's suggestions against its gold attributions."""
    claims = [s for s in spans if s.kind == SpanKind.CLAIM]
    mentions = {s.uid: s for s in spans if s.kind == SpanKind.SOURCE_MENTION}
    sources: dict[str, list[tuple[int, int]]] = {}
    for statement in statements:
        mention = mentions.get(statement.source_uid or "")
        if mention is not None:
            sources.setdefault(statement.claim_uid, []).append((mention.start, mention.end))
    gold_content = [span for item in doc["items"] for span in item["quote_spans"]]
    into.claims += len(claims)
    into.precise += sum(any(_overlaps((c.start, c.end), g) for g in gold_content) for c in claims)
    gold_chars, claim_chars = _chars(gold_content), _chars((c.start, c.end) for c in claims)
    into.gold_chars += len(gold_chars)
    into.claim_chars += len(claim_chars)
    into.common_chars += len(gold_chars & claim_chars)
    text = doc["text"]
    for item in doc["items"]:
        into.gold += 1
        content = item["quote_spans"]
        over = [c for c in claims if any(_overlaps((c.start, c.end), g) for g in content)]
        into.covered += bool(over)
        if item["speaker_spans"]:
            into.with_source += 1
            found = [s for c in over for s in sources.get(c.uid, [])]
            into.source_right += any(_overlaps(s, g) for s in found for g in item["speaker_spans"])
        if item["cue_spans"]:
            into.with_cue += 1
            words = {w.casefold() for a, b in item["cue_spans"] for w in WORD.findall(text[a:b])}
            named = {r.split(":", 1)[1].casefold() for c in over for r in c.reasons
                     if r.startswith("cue:")}  # fmt: skip
            into.cue_right += any(_same_word(w, n) for w in words for n in named)
    gold_tokens = _tokens(text, [s for item in doc["items"] for s in item["speaker_spans"]])
    our_tokens = _tokens(text, [(m.start, m.end) for m in mentions.values()])
    into.source_tokens[0] += len(gold_tokens & our_tokens)
    into.source_tokens[1] += len(gold_tokens)
    into.source_tokens[2] += len(our_tokens)


def _same_word(written: str, lemma: str) -> bool:
    """A word of the text and a cue named by its lemma (or as written): the same word
    when they share all but their last two letters ("annoncé", "annoncer"; "dit",
    "dire"; "said", "say")."""
    common = 0
    for a, b in zip(written, lemma, strict=False):
        if a != b:
            break
        common += 1
    return written == lemma or common >= max(2, min(len(written), len(lemma)) - 2)


def _tokens(text: str, stretches: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The words of a text (as offsets) that some stretch overlaps."""
    return {
        (m.start(), m.end())
        for m in WORD.finditer(text)
        if any(_overlaps((m.start(), m.end()), s) for s in stretches)
    }


def own_set(lang: str) -> Iterator[dict]:
    """Our composed documents of one language, items as the evaluation loader gives them."""
    for path in sorted(OWN_SET.glob(f"{lang}_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["text"]
        items = []
        for item in data["items"]:
            items.append({
                "quote_spans": [_find(text, item["content"])],
                "speaker_spans": [_find(text, item["source"])] if item.get("source") else [],
                "cue_spans": [_find(text, item["cue"])] if item.get("cue") else [],
            })  # fmt: skip
        yield {"text": text, "items": items, "doc_id": path.stem, "lang": lang}


def _find(text: str, quoted: dict | str) -> tuple[int, int]:
    """A gold stretch given by its words (and which occurrence, from 1)."""
    words, nth = (quoted, 1) if isinstance(quoted, str) else (quoted["text"], quoted["nth"])
    start = -1
    for _ in range(nth):
        start = text.index(words, start + 1)
    return start, start + len(words)


def run(name: str, lang: str, docs: list[dict], pipeline: str) -> str:
    """Suggest on every document with the blank or the installed pipeline, and score."""
    nlp.load_pipeline.cache_clear()
    installed = nlp.installed_pipelines()
    if pipeline == "blank":
        saved = dict(installed)
        nlp.installed_pipelines = lambda: {k: v for k, v in saved.items() if k != lang}  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        into = Score()
        gazetteer = Gazetteer(default_entries())
        found = nlp.suggest_texts(lang, [d["text"] for d in docs], gazetteer)
        for doc, (spans, statements) in zip(docs, found, strict=True):
            score(doc, spans, statements, into)
        label = "blank" if pipeline == "blank" else installed.get(lang, "")
        return into.line(f"{name} / {label}", time.perf_counter() - start)
    finally:
        nlp.installed_pipelines = _INSTALLED
        nlp.load_pipeline.cache_clear()


_INSTALLED = nlp.installed_pipelines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_folder", type=Path, help="the shared evaluation folder")
    parser.add_argument("--limit", type=int, default=0, help="at most this many documents")
    args = parser.parse_args()
    sys.path.insert(0, str(args.eval_folder.resolve()))
    from load import iter_adaq, iter_polnear  # the evaluation folder's own loader

    sets = [
        ("PolNeAR dev (en)", "en", list(iter_polnear("dev"))),
        ("adaq (ru)", "ru", list(iter_adaq("ru"))),
        ("own set (fr)", "fr", list(own_set("fr"))),
        ("own set (uk)", "uk", list(own_set("uk"))),
    ]
    installed = nlp.installed_pipelines()
    print(HEADER)
    for name, lang, docs in sets:
        docs = docs[: args.limit] if args.limit else docs
        if not docs:
            print(f"{name:<30} (no documents)")
            continue
        print(run(name, lang, docs, "blank"), flush=True)
        if lang in installed:
            print(run(name, lang, docs, "model"), flush=True)


if __name__ == "__main__":
    main()
