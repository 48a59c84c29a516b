"""The suggestion rules on blank pipelines (no parse): English, Ukrainian and Russian
news with dashes, datelines, colons and quotes. spaCy 3.8 segfaults when a dependency
tree is walked on a document without one, so this runs in a child process and checks
how it ended."""

import subprocess
import sys
import textwrap

TEXTS = {
    "en": [
        "WASHINGTON (AP) — The Latest on the race (all times EDT):\n\n"
        "Officials said on Monday that nothing was agreed. The ministry said: no.",
        "KYIV — Officials said the talks would resume. “We are ready,” he told reporters.",
        "MOSCOW, June 2 (Reuters) - Russia's delegation said: the memorandum is final.",
        'According to TASS, Medinsky said that "nothing was agreed". Peskov added: no.',
    ],
    "uk": [
        "КИЇВ — Посадовці заявили, що переговори продовжаться.",
        "Умєров повідомив: «Ми готові до обміну». За словами Зеленського, це — крок.",
    ],
    "ru": [
        "МОСКВА, 2 июня — Мединский заявил: «Меморандум передан».",
        "Как сообщает ТАСС, Песков сказал, что «ничего не решено».",
    ],
}

CHILD = textwrap.dedent(
    """
    import json, sys
    from annotator.core.gazetteer import Gazetteer, default_entries
    from annotator.core.nlp import suggest_texts
    texts = {lang: items * 20 for lang, items in json.loads(sys.argv[1]).items()}
    found = 0
    for lang, items in texts.items():
        for spans, statements in suggest_texts(lang, items, Gazetteer(default_entries())):
            found += len(statements)
    print(found)
    """
)


def test_rules_on_blank_pipelines_end_normally():
    import json

    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(TEXTS)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"exit status {result.returncode}: {result.stderr[-2000:]}"
    assert int(result.stdout) >= 6  # most of these sentences are attributed statements


TREE_ATTRIBUTES = {
    "children",
    "subtree",
    "left_edge",
    "right_edge",
    "ancestors",
    "noun_chunks",
    "head",
    "lefts",
    "rights",
    "conjuncts",
}
# Functions that walk a tree, each only behind a `has_dep` check (read and kept so).
CHECKED_WALKERS = {"_subject_of", "subject_of"}


def test_tree_walks_only_where_the_parse_is_checked():
    import ast
    from pathlib import Path

    import annotator

    walkers = set()
    for path in Path(annotator.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                for node in ast.walk(function):
                    if isinstance(node, ast.Attribute) and node.attr in TREE_ATTRIBUTES:
                        walkers.add(function.name)
    assert walkers <= CHECKED_WALKERS


def test_a_blank_pipeline_says_which_lemmatizer_it_has():
    from annotator.core.nlp import load_pipeline, pipeline_id

    assert pipeline_id(load_pipeline("uk")) == "blank:uk+pymorphy3"
    assert pipeline_id(load_pipeline("ru")) == "blank:ru+pymorphy3"
    assert pipeline_id(load_pipeline("en")) == "blank:en"
