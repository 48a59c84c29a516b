"""The core's messages reach a French reader in French: listed for lupdate (in step with
the core's source), worded by the window, the file named as the core named it."""

import errno
import importlib.util
import zipfile
from pathlib import Path

import pytest

from annotator.core.errors import EditError, InputError
from annotator.core.formats import inception
from annotator.gui.language import wording
from annotator.gui.language.core_texts import TEXTS
from annotator.gui.language.i18n import install_translations

ROOT = Path(__file__).resolve().parents[2]


def scan():
    spec = importlib.util.spec_from_file_location("core_texts", ROOT / "scripts" / "core_texts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.core_texts(ROOT)


def test_every_core_message_is_listed_for_translation():
    texts, unworded = scan()
    assert list(TEXTS) == texts  # run scripts/update_translations.py after changing one
    assert unworded == []  # an f-string message cannot be translated: a template, please


def test_core_messages_in_french(qapp):
    install_translations("fr")
    try:
        gone = EditError("this statement no longer exists (deleted in another window?)")
        assert wording.explain(gone) == (
            "cette déclaration n’existe plus (supprimée dans une autre fenêtre ?)"
        )
        full = OSError(errno.ENOSPC, "No space left on device")
        assert wording.explain(full, "/tmp/out.csv", "write") == (
            "/tmp/out.csv: écriture impossible : le disque est plein"
        )
        empty = InputError("is empty", "notes.txt", 3)
        assert wording.explain(empty) == "notes.txt:3: est vide"
    finally:
        install_translations("en")
    assert wording.explain(empty) == "notes.txt:3: is empty"


def test_a_reader_error_in_french(qapp, tmp_path, monkeypatch):
    crowded = tmp_path / "crowded.zip"
    with zipfile.ZipFile(crowded, "w") as archive:
        for number in range(5):
            archive.writestr(f"{number}.xmi", "<xmi/>")
    monkeypatch.setattr(inception, "MAX_MEMBERS", 4)
    with pytest.raises(InputError) as refused:
        list(inception.read_inception(crowded))
    install_translations("fr")
    try:
        assert wording.explain(refused.value) == (
            f"{crowded}: contient 5 membres ; la limite est de 4"
        )
    finally:
        install_translations("en")
    assert wording.explain(refused.value) == f"{crowded}: has 5 members; the limit is 4"
