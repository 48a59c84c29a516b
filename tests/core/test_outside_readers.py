"""Other programs on the project file while the window holds it: nothing is lost.

On Linux, closing any descriptor of a file drops every POSIX lock the process holds
on it; if we ever open the project file outside SQLite, an outside reader believes
it is the last user, checkpoints and deletes the WAL under the window, and every
later edit of the window goes to a deleted file."""

import signal
import subprocess
import sys
from pathlib import Path

from helpers import assert_acknowledged_edits_kept

from annotator.core.model import Document
from annotator.core.store import Store

CHILD = Path(__file__).with_name("outside_readers_child.py")


def test_outside_readers_between_edits_lose_nothing(tmp_path):
    project = tmp_path / "p.db"
    with Store(project) as store:
        document_id, _ = store.add_document(Document(text="Selon TASS, la rencontre. " * 20))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(project), str(document_id), str(tmp_path / "out.csv")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acked = []
    for line in child.stdout:
        if line.strip() == "waiting":
            break
        uid, number = line.split()
        acked.append((uid, int(number)))
    child.send_signal(signal.SIGKILL)
    _, errors = child.communicate()
    assert len(acked) == 15, errors

    assert_acknowledged_edits_kept(project, acked)
