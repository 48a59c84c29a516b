"""Take the README's screenshots under a real X display (e.g. xvfb-run):

    ANNOTATOR_NAME=Olena xvfb-run -s "-screen 0 1360x860x24" \\
        .venv/bin/python docs/screenshot.py docs/main-window.png [main|review|stats] \\
        [light|dark] [en|fr]

`main` opens the default project (the seed article on first start; set HOME to a
scratch folder for a clean one), waits for the language model, selects a
statement and grabs the screen. `review` builds a two-annotator project from the
seed, merges it and shows the review of the article; `stats` shows the statistics
of that project.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.core import editing
from annotator.core.assistance import suggest_documents
from annotator.core.importing import import_files
from annotator.core.merge import merge_projects
from annotator.core.model import SpanStatus
from annotator.core.resources import seed_files
from annotator.core.store import Store
from annotator.gui.app import application, create_window
from annotator.gui.language.i18n import LANGUAGE_KEY
from annotator.gui.palette import APPEARANCE_KEY
from annotator.gui.preferences import settings


def team_project(folder: Path) -> Path:
    """The seed, suggested once, then annotated apart by two people and merged."""
    base = folder / "base.db"
    with Store(base) as store:
        import_files(store, seed_files())
        suggest_documents(store)
    people = {"alice": ("ru_official", "supports"), "bob": ("ru_media", "reports")}
    for name, (category, stance) in people.items():
        shutil.copy(base, folder / f"{name}.db")
        with Store(folder / f"{name}.db") as store:
            statements = store.statements(1)
            editing.set_status(store, [s.uid for s in statements], SpanStatus.ACCEPTED, name)
            for statement in statements[3:6]:
                editing.update_statement(
                    store, statement.uid, name, source_category=category, stance=stance
                )
    merge_projects(folder / "team.db", [folder / "alice.db", folder / "bob.db"])
    return folder / "team.db"


def main() -> None:
    output = sys.argv[1] if len(sys.argv) > 1 else "docs/main-window.png"
    mode = sys.argv[2] if len(sys.argv) > 2 else "main"
    appearance = sys.argv[3] if len(sys.argv) > 3 else "light"
    language = sys.argv[4] if len(sys.argv) > 4 else "en"
    app = application()
    settings().setValue(APPEARANCE_KEY, appearance)
    settings().setValue(LANGUAGE_KEY, language)
    folder = Path(tempfile.mkdtemp())
    window = create_window(str(team_project(folder)) if mode != "main" else None, [])
    window.setGeometry(0, 0, 1360, 860)

    def shoot() -> None:
        if window.session.worker.pending() and shoot.tries < 120:  # type: ignore[attr-defined]
            shoot.tries += 1  # type: ignore[attr-defined]
            QTimer.singleShot(500, shoot)
            return
        if mode == "review":
            window.team.show_review()
            window.review_panel.table.setCurrentCell(3, 0)
        elif mode == "stats":
            window.show_statistics()
            window.stats_panel.scope.setCurrentIndex(1)
        else:
            rows = window.statements_panel.model.rows
            speaking = [r.statement.uid for r in rows if r.statement.speaker == "Vladimir Medinsky"]
            if speaking:  # a statement selected, as a person would see it mid-work
                window.statements_panel.select_statement(speaking[0])
        QApplication.processEvents()
        app.primaryScreen().grabWindow(0).save(output)
        print(f"saved {output}")
        window.close()
        shutil.rmtree(folder, ignore_errors=True)

    shoot.tries = 0  # type: ignore[attr-defined]
    QTimer.singleShot(1500, shoot)
    app.exec()


if __name__ == "__main__":
    main()
