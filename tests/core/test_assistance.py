"""The assistance in its worker process: long articles in pieces, and a worker that
dies on a document (killed with SIGSEGV or SIGKILL while it is in flight) is
survived: that document is marked failed with the reason, the others go on."""

import os
import signal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.cli import main
from annotator.core import assistance
from annotator.core.assistance import Failed, Job, LanguageWorker, Started, Suggested
from annotator.core.model import Document
from annotator.core.pieces import PIECE_CHARS, piece_ranges
from annotator.core.store import Store

NEWS = "KYIV — Officials said on Monday that the talks would resume in Istanbul.\n\n"
POISON = "MOSCOW — Nothing here is special, but this worker dies on it. " * 6000


class KillingWorker(LanguageWorker):
    """A real worker whose child is killed by a signal whenever the poison is in flight."""

    def __init__(self, poison_key: int, signal_number: int):
        super().__init__()
        self.poison_key, self.signal_number = poison_key, signal_number

    def process(self, jobs, gazetteer):
        for event in super().process(jobs, gazetteer):
            if isinstance(event, Started) and self.poison_key in event.keys:
                os.kill(self.pid, self.signal_number)
            yield event


@given(st.text(alphabet="ab .\n", max_size=400), st.integers(min_value=4, max_value=60))
def test_pieces_cover_the_text_in_order_and_within_the_limit(text, limit):
    ranges = piece_ranges(text, limit)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert all(0 < end - start <= limit for start, end in ranges if text)


def test_pieces_are_cut_after_a_paragraph():
    text = ("word " * 30 + "\n\n") * 40_000  # 6.4 M characters
    ranges = piece_ranges(text)
    assert len(ranges) > 60
    assert all(text[end - 2 : end] == "\n\n" for _, end in ranges[:-1])


def test_an_article_longer_than_the_pipeline_takes_gets_suggestions():
    text = NEWS * (1_100_000 // len(NEWS))  # over spaCy's max_length of 1,000,000
    worker = LanguageWorker()
    try:
        events = list(worker.process([Job(1, "en", text)], []))
    finally:
        worker.stop()
    done = [e for e in events if isinstance(e, Suggested)]
    assert len(done) == 1, events
    claims = [s for s in done[0].spans if s.kind == "claim"]
    assert len(claims) == text.count("Officials said")  # one a paragraph, across every cut
    assert {text[c.start : c.end] for c in claims} == {"the talks would resume in Istanbul"}
    assert max(c.end for c in claims) > len(text) - len(NEWS)
    cuts = {end for _, end in piece_ranges(text)}
    assert not any(c.start < cut < c.end for c in claims for cut in cuts)


@pytest.mark.parametrize("signal_number", [signal.SIGSEGV, signal.SIGKILL])
def test_a_worker_that_dies_on_a_document_is_survived(signal_number):
    worker = KillingWorker(2, signal_number)
    jobs = [Job(1, "en", NEWS), Job(2, "en", POISON), Job(3, "en", NEWS * 2)]
    try:
        events = list(worker.process(jobs, []))
    finally:
        worker.stop()
    assert sorted(e.key for e in events if isinstance(e, Suggested)) == [1, 3]
    failed = [e for e in events if isinstance(e, Failed)]
    assert [(f.key, f.reason) for f in failed] == [
        (2, f"the language worker stopped on it (killed by {signal_number.name})")
    ]
    assert worker.restarts >= 1


@pytest.fixture
def poisoned(tmp_path):
    project = tmp_path / "p.db"
    with Store(project) as store:
        for title, text in (("before", NEWS), ("poison", POISON), ("after", NEWS * 3)):
            store.add_document(Document(text=text, title=title, lang="en"))
    return project


def test_suggest_marks_the_document_that_killed_the_worker(poisoned, monkeypatch, capsys):
    monkeypatch.setattr(assistance, "LanguageWorker", lambda: KillingWorker(2, signal.SIGSEGV))
    assert main(["suggest", "--project", str(poisoned)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"{poisoned}: poison: suggestions failed, skipped: "
        "the language worker stopped on it (killed by SIGSEGV)"
    )
    assert captured.out.strip() == "2 document(s) given suggestions, 1 failed"
    with Store(poisoned) as store:
        listed = {d.title: d for d in store.documents()}
        assert listed["poison"].suggestion_error.endswith("(killed by SIGSEGV)")
        assert listed["before"].suggested_by and listed["after"].suggested_by
        assert store.spans(listed["after"].id)

    monkeypatch.undo()  # a later run skips it, and says so; --retry-failed tries again
    assert main(["suggest", "--project", str(poisoned)]) == 0
    assert "1 skipped after an earlier failure" in capsys.readouterr().out
    assert main(["suggest", "--project", str(poisoned), "--retry-failed"]) == 0
    with Store(poisoned) as store:
        assert all(d.suggested_by and d.suggestion_error is None for d in store.documents())


def test_a_document_in_no_language_we_know_stops_no_other(tmp_path, capfd):
    """Codes that came in before they were checked at import, or by hand: "zz" has no
    spaCy language, and spaCy would import "fr.lex_attrs" as a module and die."""
    project = tmp_path / "p.db"
    with Store(project) as store:
        for copies, title in enumerate(("before", "klingon", "module", "after"), start=1):
            store.add_document(Document(text=NEWS * copies, title=title, lang="en"))
        with store.transaction():
            store.db.execute("UPDATE documents SET lang = 'zz' WHERE title = 'klingon'")
            store.db.execute("UPDATE documents SET lang = 'fr.lex_attrs' WHERE title = 'module'")
    assert main(["suggest", "--project", str(project)]) == 1
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.splitlines() == [
        f"{project}: {title}: suggestions failed, skipped: no language pipeline for "
        f"'{lang}': it is no language code annotator knows; set the document's language in "
        "its details"
        for title, lang in (("klingon", "zz"), ("module", "fr.lex_attrs"))
    ]
    with Store(project) as store:
        listed = {d.title: d for d in store.documents()}
        assert listed["before"].suggested_by and listed["after"].suggested_by
        assert store.spans(listed["after"].id)
        assert "no language pipeline" in listed["module"].suggestion_error


def test_pieces_limit_matches_the_import_limit():
    from annotator.core.formats.text import MAX_DOCUMENT_CHARS

    assert PIECE_CHARS < 1_000_000 <= MAX_DOCUMENT_CHARS  # pieces make any import fit


PARENT = """
import sys, time
from annotator.core.assistance import Job, LanguageWorker, Started
worker = LanguageWorker()
for event in worker.process([Job(1, "en", sys.argv[1] * 40_000)], []):
    if isinstance(event, Started):
        print(worker.pid, flush=True)
        time.sleep(60)
"""


def test_the_worker_ends_when_its_parent_is_killed():
    import subprocess
    import sys
    import time

    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, NEWS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    worker_pid = int(parent.stdout.readline())
    parent.kill()
    parent.wait()

    def running() -> bool:  # a zombie (ended, not yet reaped) counts as ended
        stat = Path(f"/proc/{worker_pid}/stat")
        try:
            return stat.read_text().split()[2] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and running():
        time.sleep(0.1)
    assert not running(), "the language worker outlived the process that started it"
    assert "Traceback" not in parent.stderr.read()
