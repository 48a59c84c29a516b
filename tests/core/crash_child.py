"""Child process for the crash test: makes edits through the core edit path and
acknowledges each one on stdout only once it has been committed."""

import sys

from annotator.core import editing
from annotator.core.store import Store

project, document_id = sys.argv[1], int(sys.argv[2])
store = Store(project)
text_length = len(store.text(document_id))
number = 0
while True:
    number += 1
    start = number % (text_length - 10)
    uid = editing.create_claim(store, document_id, start, start + 5, "crash").focus
    editing.update_statement(store, uid, "crash", note=f"edit {number}", stance="supports")
    print(f"{uid} {number}", flush=True)
