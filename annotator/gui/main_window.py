"""The main window: composes the article view, panels, actions and the NLP worker."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from annotator import __version__
from annotator.core.importing import import_files
from annotator.core.model import Span, SpanKind
from annotator.core.store import Store
from annotator.gui.article_view import ArticleView
from annotator.gui.panels.documents import DocumentsPanel
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.workers import NlpWorker

LANGUAGE_NAMES = {
    "fr": "French",
    "en": "English",
    "uk": "Ukrainian",
    "ru": "Russian",
    "de": "German",
    "es": "Spanish",
}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.current_document_id: int | None = None
        self._requested: set[int] = set()  # documents already sent to the worker
        self.setWindowTitle(self.tr("annotator — {name}").format(name=store.path.name))
        self.resize(1200, 780)

        self.article_view = ArticleView(self)
        self.setCentralWidget(self.article_view)
        self.documents_panel = DocumentsPanel(self)
        self.legend_panel = LegendPanel(self)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self._add_dock(self.tr("Documents"), self.documents_panel, left)
        self._add_dock(self.tr("Legend"), self.legend_panel, right)
        self.model_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.model_status)

        entities = store.taxonomy("entity")
        self.article_view.set_labels(
            {e.code: e.color for e in entities}, {e.code: e.name for e in entities}
        )
        self.legend_panel.set_entries(entities)

        self.worker = NlpWorker(self)
        self.worker.model_loaded.connect(self._on_model_loaded)
        self.worker.suggested.connect(self._on_suggested)
        self.worker.failed.connect(self._on_suggestion_failed)
        self.documents_panel.document_chosen.connect(self.open_document)
        self._create_menus()
        self.refresh_documents()

    # composition ----------------------------------------------------------

    def _add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{widget.objectName()}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import articles…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_with_dialog)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About annotator"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    # documents ------------------------------------------------------------

    def refresh_documents(self) -> None:
        documents = self.store.documents()
        self.documents_panel.set_documents(documents)
        if self.current_document_id is None and documents:
            self.open_document(documents[0].id)

    def open_document(self, document_id: int) -> None:
        self.current_document_id = document_id
        self.article_view.set_article(self.store.text(document_id), self._entity_spans(document_id))
        self.documents_panel.select_document(document_id)
        self._show_counts()

    def import_with_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "", self.tr("Articles (*.txt *.md);;All files (*)")
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        report = import_files(self.store, paths)
        self.refresh_documents()
        if report.added:
            self.open_document(report.added[-1])
        self.statusBar().showMessage(report.summary(), 8000)
        if report.failures:
            QMessageBox.warning(
                self,
                self.tr("Some files were not imported"),
                "\n".join(str(f) for f in report.failures),
            )
        self.start_assistance()

    # assistance -----------------------------------------------------------

    def start_assistance(self) -> None:
        """Send every document without suggestions to the worker, the open one first."""
        pending = [
            d for d in self.store.documents_needing_suggestions() if d.id not in self._requested
        ]
        pending.sort(key=lambda d: d.id != self.current_document_id)
        queued = 0
        for document in pending:
            self.worker.request(
                document.id,
                document.lang or "fr",
                self.store.text(document.id),
                self.store.gazetteer(),
            )
            self._requested.add(document.id)
            queued += 1
        if queued and not self.model_status.text():
            language = LANGUAGE_NAMES.get(pending[0].lang, pending[0].lang)
            self.model_status.setText(
                self.tr("Loading the {language} language model…").format(language=language)
            )

    def _on_model_loaded(self, made_by: str) -> None:
        self.model_status.setText(self.tr("Model ready: {name}").format(name=made_by))

    def _on_suggested(self, document_id: int, made_by: str, found: list) -> None:
        spans, statements = found
        count = self.store.save_suggestions(document_id, spans, statements, made_by)
        if document_id == self.current_document_id:
            self.article_view.show_spans(self._entity_spans(document_id))
            self._show_counts()
            self.statusBar().showMessage(
                self.tr("{count} entities suggested by {name}").format(count=count, name=made_by)
            )

    def _on_suggestion_failed(self, document_id: int, message: str) -> None:
        self.model_status.setText(self.tr("Suggestions failed"))
        QMessageBox.warning(
            self,
            self.tr("Suggestions failed"),
            self.tr("Document {id}: {message}").format(id=document_id, message=message),
        )

    def _entity_spans(self, document_id: int) -> list[Span]:
        return self.store.spans(document_id, kinds=[SpanKind.ENTITY])

    def _show_counts(self) -> None:
        if self.current_document_id is not None:
            spans = self._entity_spans(self.current_document_id)
            self.legend_panel.show_counts(Counter(s.label for s in spans))

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About annotator"),
            self.tr("annotator {version}\nWho said what, and how, claim by claim.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.shutdown()
        super().closeEvent(event)
