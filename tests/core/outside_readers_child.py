"""Child process for the outside-readers test: holds a project open as the window
does, edits it, lets other handles and other programs read it between edits, and
acknowledges each edit on stdout once it is committed. Then it waits to be killed."""

import sqlite3
import subprocess
import sys
import time

from annotator.core import editing
from annotator.core.export import export
from annotator.core.importing import import_files
from annotator.core.store import Store

project, document_id, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
OUTSIDE_READERS = [
    # the command line, as a user would run it in a terminal beside the window
    [sys.executable, "-m", "annotator", "stats", "--project", project],
    # a plain SQLite reader, and a backup taken with SQLite's own API
    [
        sys.executable,
        "-c",
        f"import sqlite3; sqlite3.connect({project!r}).execute("
        "'SELECT count(*) FROM spans').fetchone()",
    ],
    [
        sys.executable,
        "-c",
        f"import sqlite3; sqlite3.connect({project!r}).backup("
        f"sqlite3.connect({output + '.backup'!r}))",
    ],
]

store = Store(project)
number = 0


def edit() -> None:
    global number
    number += 1
    uid = editing.create_claim(store, document_id, number, number + 5, "window").focus
    editing.update_statement(store, uid, "window", note=f"edit {number}", stance="supports")
    print(f"{uid} {number}", flush=True)


with open(output + ".txt", "w", encoding="utf-8") as article:
    article.write("Peskov a déclaré que rien n'était décidé.")
for reader in OUTSIDE_READERS:
    edit()
    with Store(project) as second:  # an export job's or a second window's handle
        export(second, "csv", output, None, None)
    edit()
    with Store(project) as second:  # an import job's handle
        import_files(second, [output + ".txt"])
    edit()
    subprocess.run(reader, check=True, capture_output=True)
    edit()
    plain = sqlite3.connect(project)  # another handle of this process, closed again
    plain.execute("SELECT count(*) FROM documents").fetchone()
    plain.close()
    edit()
print("waiting", flush=True)
time.sleep(60)
