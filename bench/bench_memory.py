"""Budget: memory is bounded for any input annotator accepts, whoever made it.

For each format it imports, the largest input it accepts (an article of
MAX_DOCUMENT_CHARS, 5 million characters) is imported into a fresh project in a
fresh process, and the peak resident memory printed, with the same input at a
tenth of the size as the baseline measured in the same run (the ratio says whether
memory grows with the input: reading streams, so it should stay well under 10).
A decompression bomb (a 1 MB .spacy that unpacks to 1 GB) must be refused with
memory flat.

Run: .venv/bin/python bench/bench_memory.py [CHARACTERS]   (default 5,000,000)
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

SENTENCE = (
    "Selon TASS, Vladimir Medinsky a déclaré à Istanbul que la rencontre était utile, "
    "tandis que Rustem Umerov a précisé que l'échange de prisonniers aurait lieu. "
)


def article(characters: int) -> str:
    """Sentences of the seed's words in a random order: text that compresses as an
    article does (a sentence repeated would pass for a zip bomb)."""
    rng = random.Random(characters)
    words = SENTENCE.split()
    parts, length = [], 0
    while length < characters:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + ". "
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:characters].rstrip() + "."


def make_inputs(folder: Path, characters: int) -> dict[str, Path]:
    """One file per format, each holding one article of `characters` characters."""
    from annotator.core.export import export
    from annotator.core.model import Document
    from annotator.core.store import Store

    text = article(characters - 100)  # the title and the blank lines count too
    inputs = {"text": folder / "article.txt", "html": folder / "article.html"}
    inputs["text"].write_text(f"Istanbul\n\n{text}\n", encoding="utf-8")
    shorter = text[: len(text) - characters // 500]  # its paragraphs are parted by lines
    paragraphs = "".join(f"<p>{shorter[i : i + 2000]}</p>\n" for i in range(0, len(shorter), 2000))
    inputs["html"].write_text(
        f"<html><head><title>Istanbul</title></head><body><article>{paragraphs}"
        "</article></body></html>",
        encoding="utf-8",
    )
    project = folder / "source.db"
    with Store(project) as store:
        store.add_document(Document(text=text, title="Istanbul", lang="fr"))
        for name, suffix in (("doccano", ".jsonl"), ("inception", ".zip"), ("spacy", ".spacy")):
            inputs[name] = folder / f"article{suffix}"
            export(store, name, inputs[name])
    return inputs


def make_bomb(path: Path) -> Path:
    """A zlib stream of zeros: 1 GB once unpacked, about 1 MB packed."""
    packer = zlib.compressobj(9)
    block = bytes(2**20)
    packed = b"".join(packer.compress(block) for _ in range(1024)) + packer.flush()
    path.write_bytes(packed)
    return path


def peak_mb() -> float:
    """This process's peak resident memory since it started. (ru_maxrss would count the
    parent's memory at the fork: Linux keeps it across exec.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(path: str) -> None:
    """Import one file into a fresh project, in this process: seconds, peak MB, outcome."""
    from annotator.core.importing import import_files
    from annotator.core.store import Store

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "p.db") as store:
        report = import_files(store, [path])
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - start,
                "peak_mb": peak_mb(),
                "imported": len(report.added),
                "refused": [str(f) for f in report.failures][:1],
            }
        )
    )


def measure(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", str(path)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{path}: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    if sys.argv[1:2] == ["--phase"]:
        phase(sys.argv[2])
        return 0
    characters = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "big").mkdir()
        (root / "small").mkdir()
        big = make_inputs(root / "big", characters)
        small = make_inputs(root / "small", characters // 10)
        print(f"one article of {characters:,} characters (baseline: {characters // 10:,})")
        print(
            f"{'input':10} {'MB on disk':>10} {'peak MB':>8} {'baseline':>8} {'ratio':>6} {'s':>6}"
        )
        for name, path in big.items():
            found, base = measure(path), measure(small[name])
            assert found["imported"] == 1, (name, found)
            size = path.stat().st_size / 2**20
            print(
                f"{name:10} {size:10.1f} {found['peak_mb']:8.0f} {base['peak_mb']:8.0f} "
                f"{found['peak_mb'] / base['peak_mb']:6.1f} {found['seconds']:6.1f}"
            )
        bomb = measure(make_bomb(root / "bomb.spacy"))
        assert bomb["imported"] == 0, bomb
        print(
            f"{'bomb':10} {1.0:10.1f} {bomb['peak_mb']:8.0f} {'':>8} {'':>6} "
            f"{bomb['seconds']:6.1f}  refused: {bomb['refused'][0][:70]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
