"""Test configuration: offscreen Qt, and every test in its own HOME and data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# A short fuzzing profile runs in CI; HYPOTHESIS_PROFILE=long runs the long one.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parent.parent
SEED = next((REPOSITORY / "seeds").glob("*.txt"))


def pytest_configure(config: pytest.Config) -> None:
    """The tests test this checkout, never an installed copy of annotator."""
    import annotator

    found = Path(annotator.__file__).resolve()
    if not found.is_relative_to(REPOSITORY):
        raise pytest.UsageError(
            f"the tests would import annotator from {found.parent}, not from this checkout "
            f"({REPOSITORY}); install it editable: bash install.sh --test"
        )


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs and QSettings write under a per-test HOME, never the real one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    from PySide6.QtCore import QSettings

    # Qt reads the config folder once per process: start each test with no preferences.
    settings = QSettings("annotator", "annotator")
    settings.clear()
    settings.sync()
    return home


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_path() -> Path:
    return SEED
