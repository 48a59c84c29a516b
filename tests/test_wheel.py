"""The package as users install it: built into a wheel, the data files go along."""

import subprocess
import sys
import zipfile
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_resources_and_seeds_and_finds_them(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path), str(REPOSITORY)],
        check=True,
    )  # fmt: skip
    wheel = next(tmp_path.glob("annotator-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("resources", "seeds"):
        expected = {
            f"annotator/{folder}/{p.relative_to(REPOSITORY / folder).as_posix()}"
            for p in (REPOSITORY / folder).rglob("*")
            if p.is_file()
        }
        assert expected and expected <= names, expected - names
    assert "annotator/core/store.py" in names and not any(n.startswith("tests/") for n in names)

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site),
         str(wheel)],
        check=True,
    )  # fmt: skip
    probe = (
        "import annotator.core.resources as r; print(r.__file__); "
        "print(r.resources_dir()); print(r.seed_files()[0])"
    )
    found = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in found), found
