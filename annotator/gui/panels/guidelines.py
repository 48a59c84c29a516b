"""The project's annotation guidelines (Markdown): read them, edit them, save them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.store import Store

KEY = "guidelines"


class GuidelinesPanel(QWidget):
    saved = Signal(str)  # the new text: the window saves it as an undoable edit

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidelines")
        self.store = store
        self.reader = QTextBrowser(self)
        self.reader.setOpenLinks(False)  # nothing is fetched, not even from a link
        self.editor = QPlainTextEdit(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.reader)
        self.pages.addWidget(self.editor)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"), self)
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.show_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.edit_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)
        self.show_text()

    def show_text(self) -> None:
        self.reader.setMarkdown(self.store.setting(KEY))
        self.pages.setCurrentWidget(self.reader)
        self.edit_button.show()
        self.save_button.hide()
        self.cancel_button.hide()

    def start_editing(self) -> None:
        self.editor.setPlainText(self.store.setting(KEY))
        self.pages.setCurrentWidget(self.editor)
        self.editor.setFocus()
        self.edit_button.hide()
        self.save_button.show()
        self.cancel_button.show()

    def save(self) -> None:
        self.saved.emit(self.editor.toPlainText())
        self.show_text()

    def is_editing(self) -> bool:
        return self.pages.currentWidget() is self.editor
