"""Kill the edit path with SIGKILL at random moments: no acknowledged edit may be lost.

ANNOTATOR_CRASH_KILLS sets how many kills (default 12 here; run with 300 for the
long profile)."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import assert_acknowledged_edits_kept

from annotator.core.model import Document
from annotator.core.store import Store

CHILD = Path(__file__).with_name("crash_child.py")


def run_and_kill(project: Path, document_id: int, rng: random.Random) -> list[tuple[str, int]]:
    """Start the child, let it edit for a random moment, kill it; return what it acked."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(project), str(document_id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(rng.uniform(0.3, 1.2))  # start-up included: some kills land before any edit
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    acked = []
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 2:  # a line cut by the kill was never acknowledged
            acked.append((parts[0], int(parts[1])))
    return acked


def test_no_acknowledged_edit_is_lost(tmp_path, capsys):
    kills = int(os.environ.get("ANNOTATOR_CRASH_KILLS", "12"))
    rng = random.Random(kills)
    project = tmp_path / "crash.db"
    with Store(project) as store:
        document_id, _ = store.add_document(Document(text="Selon TASS, la rencontre. " * 40))
    checked = 0
    for _ in range(kills):
        acked = run_and_kill(project, document_id, rng)
        assert_acknowledged_edits_kept(project, acked)
        checked += len(acked)
    with capsys.disabled():
        print(
            f"\ncrash safety: {kills} kills (SIGKILL), {checked} acknowledged edits checked, "
            f"none lost, integrity_check ok after each"
        )
    assert checked > 0
