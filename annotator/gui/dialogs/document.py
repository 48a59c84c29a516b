"""Document ▸ Edit details: a document's title, outlet, date, web address and language
(its text never changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from annotator.core.store import StoredDocument

FIELDS = ("title", "outlet", "published", "url", "lang")


class DocumentDialog(QDialog):
    def __init__(self, document: StoredDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document details"))
        self.document = document
        self.fields = {name: QLineEdit(getattr(document, name) or "", self) for name in FIELDS}
        self.fields["published"].setPlaceholderText("2025-06-02T21:24")
        self.fields["url"].setPlaceholderText("https://…")
        self.fields["lang"].setPlaceholderText("fr, uk, ru, en…")
        self.fields["lang"].setMaxLength(3)
        form = QFormLayout(self)
        labels = (
            self.tr("&Title"),
            self.tr("&Outlet"),
            self.tr("&Published"),
            self.tr("&Web address"),
            self.tr("&Language"),
        )
        for label, name in zip(labels, FIELDS, strict=True):
            form.addRow(label, self.fields[name])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changed(self) -> dict[str, str]:
        """The details typed that differ from the document's."""
        typed = {name: field.text().strip() for name, field in self.fields.items()}
        return {k: v for k, v in typed.items() if v != (getattr(self.document, k) or "")}
