"""Every benchmark script still runs against the code: each is imported as its own run
would import it (a moved class broke bench_view and bench_edit once, unseen, since
no test ran them)."""

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize("name", sorted(p.stem for p in BENCH.glob("bench_*.py")))
def test_a_benchmark_imports(name, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module(name)
    assert callable(module.main)
    sys.modules.pop(name, None)
