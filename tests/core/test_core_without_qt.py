"""annotator.core must never import Qt: it runs in scripts and worker processes."""

import subprocess
import sys

PROBE = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is not allowed in annotator.core: ' + name)
sys.meta_path.insert(0, NoQt())
import pkgutil, importlib, annotator.core
for info in pkgutil.walk_packages(annotator.core.__path__, 'annotator.core.'):
    importlib.import_module(info.name)
import annotator.cli
print('ok')
"""


def test_core_and_cli_import_without_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
