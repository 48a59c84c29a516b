"""Take the README's screenshot: run under a real X display (e.g. xvfb-run) with
    xvfb-run -s "-screen 0 1360x860x24" .venv/bin/python docs/screenshot.py docs/main-window.png

It opens the default project (seed article on first start; set HOME to a scratch
folder for a clean one), waits for the language model, and grabs the screen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.app import application, create_window


def main() -> None:
    output = sys.argv[1] if len(sys.argv) > 1 else "docs/main-window.png"
    app = application()
    window = create_window(None, [])
    window.setGeometry(0, 0, 1360, 860)

    def shoot() -> None:
        if window.session.worker.pending() and shoot.tries < 120:  # type: ignore[attr-defined]
            shoot.tries += 1  # type: ignore[attr-defined]
            QTimer.singleShot(500, shoot)
            return
        rows = window.statements_panel.model.rows
        speaking = [r.statement.uid for r in rows if r.statement.speaker == "Vladimir Medinsky"]
        if speaking:  # show a statement selected, as a person would see it mid-work
            window.statements_panel.select_statement(speaking[0])
        QApplication.processEvents()
        app.primaryScreen().grabWindow(0).save(output)
        print(f"saved {output}")
        window.close()

    shoot.tries = 0  # type: ignore[attr-defined]
    QTimer.singleShot(1500, shoot)
    app.exec()


if __name__ == "__main__":
    main()
