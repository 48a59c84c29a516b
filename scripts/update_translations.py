"""Rebuild the interface's translations from the tr() strings in annotator/gui.

    .venv/bin/python scripts/update_translations.py

pyside6-lupdate collects the strings into resources/translations/annotator_fr.ts
(keeping every translation already there: the .ts is the source of truth, edit it
in Qt Linguist), this fills in the strings not translated yet from
scripts/french.py, and pyside6-lrelease compiles the .qm that the app loads.
Strings without French are listed and stay English.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from core_texts import GENERATED, core_texts, module_text
from french import FRENCH

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "annotator_fr.ts"
TOOLS = Path(sys.executable).parent


def main() -> int:
    texts, unworded = core_texts(ROOT)
    (ROOT / GENERATED).write_text(module_text(texts), encoding="utf-8")
    subprocess.run([str(TOOLS / "ruff"), "format", "-q", str(ROOT / GENERATED)], check=True)
    sources = sorted(str(p) for p in (ROOT / "annotator" / "gui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], check=True
    )
    tree = ET.parse(TS)
    tree.getroot().set("language", "fr_FR")
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        done = (translation.text or len(translation)) and translation.get("type") != "unfinished"
        if done:  # the .ts is the source of truth: Qt Linguist's work is kept
            continue
        if source in FRENCH and message.get("numerus") == "yes":  # (one, more): French's forms
            for form in list(translation):
                translation.remove(form)
            for text in FRENCH[source]:
                ET.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
        elif source in FRENCH:
            translation.text = FRENCH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True
    )
    for source in missing:
        print(f"no French yet: {source!r}")
    for place in unworded:
        print(f"a message the window cannot translate (an f-string): {place}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
