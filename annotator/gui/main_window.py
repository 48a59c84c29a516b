"""The main window: composes the article view, panels, menus and actions; no domain logic."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from annotator.core import list_edits
from annotator.core.changes import Change
from annotator.core.corpus import document_summaries
from annotator.core.store import Store
from annotator.gui.actions.annotation import AnnotationActions
from annotator.gui.actions.common import TypingFirst, make_action
from annotator.gui.actions.corpus import CorpusActions
from annotator.gui.actions.project import ProjectActions, document_key
from annotator.gui.actions.team import TeamActions
from annotator.gui.article.styles import StyleBook
from annotator.gui.article.view import ArticleView
from annotator.gui.dialogs.help import HelpDialog, about_text
from annotator.gui.dialogs.taxonomy import TaxonomyDialog
from annotator.gui.language.i18n import LANGUAGE_KEY, LANGUAGES, install_translations
from annotator.gui.palette import APPEARANCE_KEY, apply_appearance
from annotator.gui.panels.documents import DocumentsPanel
from annotator.gui.panels.guidelines import GuidelinesPanel
from annotator.gui.panels.legend import LegendPanel
from annotator.gui.panels.properties import PropertiesPanel
from annotator.gui.panels.review import ReviewPanel
from annotator.gui.panels.search import SearchPanel
from annotator.gui.panels.statements import StatementsPanel
from annotator.gui.panels.stats import StatsPanel
from annotator.gui.preferences import settings
from annotator.gui.presenter import DocumentPresenter
from annotator.gui.session import Session

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        store: Store,
        annotator: str,
        parent: QWidget | None = None,
        opener: Callable[[str], QMainWindow] | None = None,
    ):
        """`opener` opens another project in a window of its own (the window registry's
        open_window: passed in, so that the registry and the window import no circle)."""
        super().__init__(parent)
        TypingFirst.install()  # letters typed in a field are text, not one-key shortcuts
        self.session = Session(store, annotator, self)
        self.setWindowTitle(self.tr("annotator — {name}").format(name=store.path.name))
        self.resize(1360, 860)
        self._zoom = 0

        self.article_view = ArticleView(StyleBook([], []), self)
        self.setCentralWidget(self.article_view)
        self.documents_panel = DocumentsPanel(self)
        self.search_panel = SearchPanel(store, self)
        self.statements_panel = StatementsPanel(self)
        self.properties_panel = PropertiesPanel(self)
        self.legend_panel = LegendPanel(self)
        self.review_panel = ReviewPanel(self)
        self.stats_panel = StatsPanel(store, self)
        self.guidelines_panel = GuidelinesPanel(store, self)
        self._add_dock(self.tr("Documents"), self.documents_panel, LEFT)
        self.search_dock = self._add_dock(self.tr("Search"), self.search_panel, LEFT)
        legend_dock = self._add_dock(self.tr("Legend"), self.legend_panel, LEFT)
        self.tabifyDockWidget(self.search_dock, legend_dock)
        properties_dock = self._add_dock(self.tr("Statement"), self.properties_panel, RIGHT)
        self.stats_dock = self._add_dock(self.tr("Statistics"), self.stats_panel, RIGHT)
        self.tabifyDockWidget(properties_dock, self.stats_dock)
        self.guidelines_dock = self._add_dock(self.tr("Guidelines"), self.guidelines_panel, RIGHT)
        self.tabifyDockWidget(properties_dock, self.guidelines_dock)
        properties_dock.raise_()
        statements_dock = self._add_dock(self.tr("Statements"), self.statements_panel, BOTTOM)
        self.review_dock = self._add_dock(self.tr("Review"), self.review_panel, BOTTOM)
        self.tabifyDockWidget(statements_dock, self.review_dock)
        statements_dock.raise_()
        self.review_dock.hide()
        self.model_status = QLabel(self)
        self.statusBar().addPermanentWidget(self.model_status)

        self.presenter = DocumentPresenter(
            self.session,
            self.article_view,
            self.statements_panel,
            self.properties_panel,
            self.legend_panel,
        )
        self.actions_ = AnnotationActions(self, self.session, self.article_view, self.presenter)
        self.corpus = CorpusActions(self, self.session, self.documents_panel)
        self.project = ProjectActions(self, self.session, opener)
        self.team = TeamActions(
            self,
            self.session,
            self.presenter,
            self.review_dock,
            self.review_panel,
            self.corpus.run_job,
        )
        self.setAcceptDrops(True)
        self._create_menus()
        self._connect()
        self.refresh_documents()

    # composition ----------------------------------------------------------

    def _add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{widget.objectName()}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _menu_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = make_action(self, text, shortcut, slot)
        menu.addAction(action)
        return action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        project, corpus = self.project, self.corpus
        file_menu.addActions([project.new, project.open])
        file_menu.addMenu(project.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([corpus.import_files, corpus.import_folder, corpus.paste])
        file_menu.addActions([corpus.export, corpus.fact_checker])
        file_menu.addSeparator()
        file_menu.addActions([project.save_copy, project.close])
        self._menu_action(
            file_menu, self.tr("&Quit"), QApplication.closeAllWindows, QKeySequence.StandardKey.Quit
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self._menu_action(
            view_menu, self.tr("Zoom &in"), lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        self._menu_action(
            view_menu, self.tr("Zoom &out"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self._menu_action(view_menu, self.tr("&Actual size"), lambda: self.zoom(0), "Ctrl+0")
        appearance = view_menu.addMenu(self.tr("A&ppearance"))
        for mode, text in (
            ("system", self.tr("Follow the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            self._menu_action(appearance, text, partial(self.set_appearance, mode))
        language = view_menu.addMenu(self.tr("&Language"))
        for code, text in (("system", self.tr("Follow the &system")), *LANGUAGES.items()):
            self._menu_action(language, text, partial(self.set_language, code))
        view_menu.addSeparator()
        self._menu_action(view_menu, self.tr("&Statistics"), self.show_statistics, "F7")
        self._menu_action(view_menu, self.tr("&Guidelines"), self.show_guidelines, "F2")
        focus = view_menu.addMenu(self.tr("&Go to"))
        for number, (text, widget) in enumerate(
            (
                (self.tr("The &article"), self.article_view),
                (self.tr("The &documents"), self.documents_panel.table),
                (self.tr("The &statements"), self.statements_panel.table),
                (self.tr("The statement &editor"), self.properties_panel.category),
                (self.tr("The &search"), self.search_panel.query),
            ),
            start=1,
        ):
            self._menu_action(focus, text, partial(self.focus_widget, widget), f"Alt+{number}")
        self.docks_menu = view_menu.addMenu(self.tr("&Panels"))
        for dock in self.findChildren(QDockWidget):
            self.docks_menu.addAction(dock.toggleViewAction())

        document_menu = bar.addMenu(self.tr("&Document"))
        document_menu.addActions([corpus.next_document, corpus.previous_document])
        document_menu.addSeparator()
        document_menu.addActions(corpus.status_actions)
        document_menu.addActions(
            [corpus.edit_details, corpus.suggest_again, corpus.delete_document]
        )
        document_menu.addSeparator()
        self._menu_action(
            document_menu,
            self.tr("&Search the corpus"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self._menu_action(
            document_menu, self.tr("&Refresh (show others' changes)"), self.session.refresh, "F5"
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        actions = self.actions_
        edit_menu.addActions([actions.undo, actions.redo])
        edit_menu.addSeparator()
        self._menu_action(
            edit_menu, self.tr("&Taxonomy and gazetteer…"), self.edit_taxonomy, "Ctrl+T"
        )
        edit_menu.addAction(self.team.preferences)  # a typo at first start can be mended

        annotate = bar.addMenu(self.tr("&Annotate"))
        annotate.addActions(
            [actions.mark_claim, actions.mark_source, actions.link_source, actions.set_bounds]
        )
        annotate.addSeparator()
        annotate.addActions([actions.accept, actions.reject, actions.accept_all, actions.delete])
        annotate.addSeparator()
        annotate.addActions([actions.next_statement, actions.previous_statement])
        self.category_menu = annotate.addMenu(self.tr("Source &category"))
        self.stance_menu = annotate.addMenu(self.tr("S&tance"))
        self._fill_taxonomy_menus()
        # The keys 1–9 and 0 reach ten categories; Shift+C opens them all at the claim
        # (a key of the annotation actions: the taxonomy's own keys may not take it).
        self.choose_category = self._menu_action(
            annotate, self.tr("Choose the source cate&gory…"), self._popup_categories, "Shift+C"
        )
        self.actions_.all.append(self.choose_category)

        team_menu = bar.addMenu(self.tr("&Team"))
        team_menu.addActions([self.team.review_mode, self.team.history, self.team.agreement])
        team_menu.addSeparator()
        team_menu.addAction(self.team.merge)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._menu_action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self._menu_action(help_menu, self.tr("&About annotator"), self._show_about)

    def _popup_categories(self) -> None:
        """The source categories as a list at the current claim (or the cursor)."""
        view = self.article_view
        place = view.cursorRect().bottomLeft()
        if self.presenter.current_statement() is None:
            self.statusBar().showMessage(self.tr("Select a statement first."), 5000)
            return
        self.category_menu.popup(view.viewport().mapToGlobal(place))
        if self.category_menu.actions():
            self.category_menu.setActiveAction(self.category_menu.actions()[0])

    def _fill_taxonomy_menus(self) -> None:
        self.category_menu.clear()
        self.category_menu.addActions(self.actions_.category_actions)
        self.stance_menu.clear()
        self.stance_menu.addActions(self.actions_.stance_actions)

    def _connect(self) -> None:
        session = self.session
        session.document_opened.connect(self._refresh_statistics)
        session.annotations_changed.connect(lambda doc, _focus: self._refresh_statistics(doc))
        session.changed.connect(self._on_change)
        self._statistics_timer = QTimer(self)
        self._statistics_timer.setSingleShot(True)
        self._statistics_timer.setInterval(300)
        self._statistics_timer.timeout.connect(
            lambda: self._refresh_statistics(self.session.document_id)
        )
        self.stats_dock.visibilityChanged.connect(  # its tab brought to the front
            lambda shown: shown and QTimer.singleShot(0, self._statistics_timer.timeout.emit)
        )
        self.guidelines_panel.saved.connect(self._save_guidelines)
        self.stats_panel.saved.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Chart saved to {path}").format(path=path), 8000
            )
        )
        session.document_changed.connect(self._update_document_row)
        self.search_panel.hit_chosen.connect(self.show_hit)
        self.search_panel.statement_chosen.connect(self.show_statement)
        self.documents_panel.document_chosen.connect(session.open_document)
        session.document_opened.connect(self.documents_panel.select_document)
        session.documents_changed.connect(self.refresh_documents)
        session.model_status.connect(self.model_status.setText)
        session.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        session.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.properties_panel.accept_requested.connect(self.actions_.accept.trigger)
        self.properties_panel.reject_requested.connect(self.actions_.reject.trigger)

    # commands -------------------------------------------------------------

    def refresh_documents(self) -> None:
        documents = document_summaries(self.session.store)
        self.documents_panel.set_documents(documents)
        if self.session.document_id is None and documents:
            self.session.open_document(documents[0].id)
        elif self.session.document_id is not None:
            self.documents_panel.select_document(self.session.document_id)

    def import_paths(self, paths: list[str]) -> None:
        """Import at once (files named on the command line), reporting problems."""
        report = self.session.import_paths(paths)
        if report.failures:
            QMessageBox.warning(
                self,
                self.tr("Some files were not imported"),
                "\n".join(str(f) for f in report.failures),
            )

    def _update_document_row(self, document_id: int) -> None:
        for summary in document_summaries(self.session.store, document_id):
            self.documents_panel.update_document(summary)

    def focus_widget(self, widget: QWidget) -> None:
        """Bring a panel to the front and give it the keyboard focus."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.show()
            parent.raise_()
        widget.setFocus()

    def show_guidelines(self) -> None:
        self.guidelines_dock.show()
        self.guidelines_dock.raise_()
        self.guidelines_panel.show_text()

    def show_statistics(self) -> None:
        self.stats_dock.show()
        self.stats_dock.raise_()
        self.stats_panel.show_document(self.session.document_id)

    def _save_guidelines(self, text: str) -> None:
        self.session.edit_lists(
            lambda: list_edits.set_setting(
                self.session.store, "guidelines", text, self.session.annotator
            )
        )

    def _on_change(self, change: Change) -> None:
        """After an edit: the documents' rows it touched, the statistics if shown."""
        for document_id in change.document_ids:
            if document_id == self.presenter.document_id:  # counted in memory: no query
                self.documents_panel.update_counts(document_id, *self.presenter.status_counts())
            else:
                self._update_document_row(document_id)
        for row in change.rows:
            if row.table != "documents" or not row.after or row.document_id is None:
                continue
            if set(row.after) <= {"status", "document_id"}:
                self.documents_panel.update_status(row.document_id, row.after["status"])
            else:  # its details: title, outlet, date, language
                self._update_document_row(row.document_id)
        if self.session.document_id in change.document_ids:
            self._statistics_timer.start()  # statistics need not follow every key press
        if change.touches_taxonomy and not self.guidelines_panel.is_editing():
            self.guidelines_panel.show_text()
        if change.touches_taxonomy:
            self.actions_.rebuild_taxonomy_actions()
            self._fill_taxonomy_menus()
            self.search_panel.fill_filters()

    def _refresh_statistics(self, document_id: int | None) -> None:
        """Counted only when they can be seen: a tab behind another is 'visible' to Qt,
        and counting 100,000 spans after each key press delayed the next one."""
        if not self.stats_panel.visibleRegion().isEmpty():
            self.stats_panel.show_document(self.session.document_id)

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.setCurrentIndex(0)
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def show_hit(self, document_id: int, words: str) -> None:
        """Open a search hit's document with the first searched word selected."""
        self.session.open_document(document_id)
        self.article_view.find_words(words)

    def show_statement(self, document_id: int, statement_uid: str) -> None:
        self.session.open_document(document_id)
        self.presenter.focus_statement(statement_uid)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if self.corpus.accept_drop(paths):
            event.acceptProposedAction()

    def start_assistance(self) -> None:
        self.session.start_assistance()

    def edit_taxonomy(self) -> None:
        dialog = TaxonomyDialog(self.session.store, self, self.actions_.fixed_keys())
        if dialog.exec():  # an undoable edit: the session's `changed` updates the window
            self.session.edit_lists(
                lambda: list_edits.set_lists(
                    self.session.store, dialog.lists(), dialog.gazetteer(), self.session.annotator
                )
            )

    def show_help(self) -> None:
        HelpDialog(self.shortcut_actions(), self).exec()

    def shortcut_actions(self) -> list[QAction]:
        """Every action with a key, for the help."""
        return [a for a in self.actions() if not a.shortcut().isEmpty()]

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About annotator"), about_text())

    # layout, zoom, appearance ------------------------------------------------------

    def restore_layout(self) -> None:
        """Window size, docks and zoom as the person left them; the last document."""
        store = settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.zoom(int(store.value("view/zoom") or 0), absolute=True)
        last = store.value(document_key(self.session.store.path))
        if last is not None and int(last) in {d.id for d in self.session.store.documents()}:
            self.session.open_document(int(last))

    def save_layout(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("view/zoom", self._zoom)
        if self.session.document_id is not None:
            store.setValue(document_key(self.session.store.path), self.session.document_id)

    def zoom(self, step: int, absolute: bool = False) -> None:
        """Larger (1) or smaller (-1) article text, or back to normal (0)."""
        target = step if absolute else (0 if step == 0 else self._zoom + step)
        target = max(-6, min(12, target))
        self.article_view.zoomIn(target - self._zoom)
        self._zoom = target

    def set_language(self, code: str) -> None:
        settings().setValue(LANGUAGE_KEY, code)
        install_translations(code)
        self.statusBar().showMessage(
            self.tr("The language applies to windows opened from now on."), 8000
        )

    def set_appearance(self, mode: str) -> None:
        settings().setValue(APPEARANCE_KEY, mode)
        apply_appearance(mode)
        self.presenter.apply_taxonomy()  # highlights are rebuilt for the new base colour

    def closeEvent(self, event: QCloseEvent) -> None:
        self.properties_panel.flush()
        self.save_layout()
        self.session.shutdown()
        super().closeEvent(event)
        self.closed.emit()
