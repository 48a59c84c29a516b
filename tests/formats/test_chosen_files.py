"""Imports stay inside what was chosen: a folder's links that leave it are not followed,
pipes, devices and sockets are left out by name, and none of them is waited on."""

import os
import socket
import threading

import pytest

from annotator.core.importing import KNOWN_SUFFIXES, import_files
from annotator.core.store import Store

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX only")
ARTICLE = "Selon TASS, Medinskiy a déclaré que la rencontre était utile.\n"
KNOWN = ", ".join(sorted(KNOWN_SUFFIXES))
SECRET = "root:x:0:0:root:/root:/bin/bash — nothing to import\n"


def finished_within(seconds, work):
    """`work()`'s result, or a failure if it is still waiting (on a pipe) after `seconds`."""
    result = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the import is waiting on something that never ends"
    return result[0]


@pytest.fixture
def hostile_folder(tmp_path):
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.md").write_text(SECRET, encoding="utf-8")
    (outside / "folder" / "inner.txt").write_text(SECRET, encoding="utf-8")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    (chosen / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (chosen / "passwd.md").symlink_to(outside / "secret.md")
    (chosen / "linked").symlink_to(outside / "folder", target_is_directory=True)
    (chosen / "same.md").symlink_to(chosen / "article.txt")  # inside: harmless
    os.mkfifo(chosen / "pipe.txt")
    (chosen / "brat.txt").write_text(ARTICLE.upper(), encoding="utf-8")
    os.mkfifo(chosen / "brat.ann")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(chosen / "socket.jsonl"))
    yield chosen
    listening.close()


def imported(project, paths):
    """Import into a project (opened on the importing thread, as SQLite wants)."""
    with Store(project) as store:
        return import_files(store, paths)


def test_a_folder_import_stays_inside_the_folder(tmp_path, hostile_folder):
    report = finished_within(20, lambda: imported(tmp_path / "p.db", [hostile_folder]))
    with Store(tmp_path / "p.db") as store:
        texts = [store.text(d.id) for d in store.documents()]
    assert texts == [ARTICLE]
    said = "\n".join(str(f) for f in report.failures)
    assert f"{hostile_folder / 'passwd.md'}: a link to a file outside the folder" in said
    assert f"{hostile_folder / 'pipe.txt'}: is a named pipe (FIFO)" in said
    assert f"{hostile_folder / 'socket.jsonl'}: is a socket" in said
    assert f"{hostile_folder / 'brat.ann'}: is a named pipe (FIFO)" in said
    assert "inner.txt" not in said  # a linked folder is not entered at all
    assert SECRET not in said


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_unread(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    report = finished_within(20, lambda: imported(tmp_path / "p.db", [device]))
    assert [str(f) for f in report.failures] == [f"{device}: is a device, not a regular file"]


def test_a_glob_over_a_received_folder_stays_inside_it(tmp_path, hostile_folder):
    """Reported: `annotator import hostile/*` named the link to the secret itself, and it
    came in (exit 0, no word). A link named on the command line that leads out of its
    own folder is left out as in a folder import; its target, named, is taken."""
    named = [hostile_folder / "article.txt", hostile_folder / "passwd.md",
             hostile_folder / "same.md"]  # fmt: skip
    report = imported(tmp_path / "p.db", named)
    with Store(tmp_path / "p.db") as store:
        texts = [store.text(d.id) for d in store.documents()]
    assert texts == [ARTICLE]
    said = "\n".join(str(f) for f in report.failures)
    assert f"{hostile_folder / 'passwd.md'}: a link to a file outside its folder" in said
    assert SECRET not in said
    report = imported(tmp_path / "p.db", [(hostile_folder / "passwd.md").resolve()])
    assert len(report.added) == 1  # the person named the file itself


def test_a_folder_import_names_the_files_it_cannot_read(tmp_path):
    """Reported: a folder of a .pdf, a .docx and articles said nothing of the first two
    (named one by one, each was refused with a message). Hidden files and brat's .ann
    beside their .txt are no news."""
    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "article.ann").write_text("", encoding="utf-8")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / ".DS_Store").write_bytes(b"\0")
    report = imported(tmp_path / "p.db", [folder])
    assert len(report.added) == 1
    said = sorted(str(f) for f in report.failures)
    assert said == [
        f"{folder / 'notes.docx'}: cannot import .docx files (known: {KNOWN}, brat .txt with .ann)",
        f"{folder / 'report.pdf'}: cannot import .pdf files (known: {KNOWN}, brat .txt with .ann)",
    ]
