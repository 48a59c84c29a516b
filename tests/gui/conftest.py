"""Fixtures of the window's tests."""

import pytest


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the corpus actions' warning boxes, instead of the boxes."""
    said = []
    monkeypatch.setattr(
        "annotator.gui.actions.corpus.QMessageBox.warning", lambda *args: said.append(args[2])
    )
    return said
