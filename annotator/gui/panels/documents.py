"""The project's documents; choosing one opens it in the article view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from annotator.core.store import StoredDocument


class DocumentsPanel(QListWidget):
    document_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documents")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.currentItemChanged.connect(self._on_current_changed)

    def set_documents(self, documents: list[StoredDocument]) -> None:
        self.blockSignals(True)
        self.clear()
        for document in documents:
            details = " · ".join(
                x for x in (document.outlet, document.published[:10], document.lang) if x
            )
            item = QListWidgetItem(f"{document.title}\n{details}" if details else document.title)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setToolTip(document.title)
            self.addItem(item)
        self.blockSignals(False)

    def select_document(self, document_id: int) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == document_id:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)
                return

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.document_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
