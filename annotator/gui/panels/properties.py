"""Edit the current statement: source category, speaker, stance, rating, short claim,
note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.formats.claimreview import SHORT_CLAIM, default_short_claim
from annotator.core.model import Statement, TaxonomyEntry
from annotator.gui.language import wording


def _fill(combo: QComboBox, entries: list[TaxonomyEntry], empty: str) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, "")
    for entry in entries:
        shortcut = f"  [{entry.shortcut}]" if entry.shortcut else ""
        combo.addItem(f"{entry.name}{shortcut}", entry.code)
    combo.blockSignals(False)


def _choose(combo: QComboBox, code: str) -> None:
    combo.blockSignals(True)
    index = combo.findData(code)
    if index < 0 and code:  # a code no longer in the taxonomy still shows
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class Summary(QPlainTextEdit):
    """The claim's text and status: selectable, wrapped, and of a fixed height, so
    that showing another claim repaints these lines and lays nothing out again (a
    wrapped label asked the whole window for a new layout at each key press)."""

    LINES = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        margins = 2 * (self.document().documentMargin() + self.frameWidth())
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * self.LINES + margins))

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


class SpeakerBox(QComboBox):
    """An editable list of names that fills itself when it is first used: reading the
    people of a long article (45,000 mentions) cost a tenth of a second."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._names: Callable[[], list[str]] = list
        self._stale = False

    def offer(self, names: Callable[[], list[str]]) -> None:
        self._names, self._stale = names, True
        if self.hasFocus():
            self._fill()

    def names(self) -> list[str]:
        """The names offered (found now if they were not yet)."""
        self._fill()
        return [self.itemText(i) for i in range(self.count())]

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._fill()  # before the first letter typed is completed
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()

    def _fill(self) -> None:
        if not self._stale:
            return
        self._stale = False
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(self._names())
        self.setEditText(current)
        self.blockSignals(False)


class PropertiesPanel(QWidget):
    """Emits field_edited(uid, field, value) for each change a person makes."""

    field_edited = Signal(str, str, str)
    accept_requested = Signal()
    reject_requested = Signal()
    learn_requested = Signal(str, str)  # speaker, source category

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("properties")
        self.statement_uid: str | None = None
        self._shown_note = ""
        self._shown_short_claim = ""
        self.summary = Summary(self)
        self.category = QComboBox(self)
        self.speaker = SpeakerBox(self)
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.stance = QComboBox(self)
        self.rating = QComboBox(self)
        # The claim in a line, as a fact check names it (ClaimReview); empty: the quote.
        self.short_claim = QLineEdit(self)
        self.short_claim.setClearButtonEnabled(True)
        self.short_claim.setToolTip(
            self.tr(
                "The claim in one line, as your fact check names it (ClaimReview); "
                "{count} characters or fewer fit a phone's line. Empty: the quote, shortened."
            ).format(count=SHORT_CLAIM)
        )
        self.short_count = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Note (saved as you type)"))
        self.note.setMaximumHeight(90)
        accept = QPushButton(self.tr("Accept"), self)
        reject = QPushButton(self.tr("Reject"), self)
        accept.clicked.connect(self.accept_requested)
        reject.clicked.connect(self.reject_requested)
        # An accepted speaker the gazetteer does not know: learned for the whole project.
        self.learn = QPushButton(self)
        self.learn.hide()
        self._learnable: tuple[str, str] | None = None
        self.learn.clicked.connect(
            lambda: self._learnable and self.learn_requested.emit(*self._learnable)
        )

        form = QFormLayout()
        form.addRow(self.tr("Source &category"), self.category)
        form.addRow(self.tr("S&peaker"), self.speaker)
        form.addRow(self.tr("S&tance"), self.stance)
        form.addRow(self.tr("&Rating"), self.rating)
        short = QHBoxLayout()
        short.addWidget(self.short_claim, 1)
        short.addWidget(self.short_count)
        short_label = QLabel(self.tr("&Short claim"), self)
        short_label.setBuddy(self.short_claim)  # a row holding a layout gets no buddy itself
        form.addRow(short_label, short)
        form.addRow(self.tr("&Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(accept)
        buttons.addWidget(reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.learn)
        layout.addStretch(1)

        self.category.activated.connect(
            lambda _: self._emit("source_category", self.category.currentData())
        )
        self.stance.activated.connect(lambda _: self._emit("stance", self.stance.currentData()))
        self.rating.activated.connect(lambda _: self._emit("rating", self.rating.currentData()))
        speaker_line = self.speaker.lineEdit()
        assert speaker_line is not None  # the speaker box is editable
        speaker_line.editingFinished.connect(
            lambda: self._emit("speaker", self.speaker.currentText().strip())
        )
        self.speaker.activated.connect(
            lambda _: self._emit("speaker", self.speaker.currentText().strip())
        )
        self.short_claim.editingFinished.connect(self._short_claim_edited)
        self.short_claim.textChanged.connect(self._count_short_claim)
        self.note.installEventFilter(self)
        self._note_timer = QTimer(self)  # a pause in typing saves the note, too
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(800)
        self._note_timer.timeout.connect(self.flush)
        self.note.textChanged.connect(self._note_timer.start)
        self.show_statement(None)

    def set_taxonomy(
        self,
        sources: list[TaxonomyEntry],
        stances: list[TaxonomyEntry],
        ratings: list[TaxonomyEntry],
    ) -> None:
        for combo, entries, empty in (
            (self.category, sources, self.tr("(not set)")),
            (self.stance, stances, self.tr("(not set)")),
            (self.rating, ratings, self.tr("(no rating)")),
        ):
            shown = combo.currentData()
            _fill(combo, entries, empty)
            _choose(combo, shown or "")  # the statement shown keeps its values on screen

    def offer_learning(self, speaker: str | None, category: str = "", name: str = "") -> None:
        """Show the offer to add `speaker` to the gazetteer as `category` (its `name`
        shown), or hide it (None)."""
        self._learnable = (speaker, category) if speaker else None
        if speaker:
            self.learn.setText(
                self.tr("Add “{speaker}” to the gazetteer as {category}").format(
                    speaker=speaker, category=name
                )
            )
            self.learn.setToolTip(
                self.tr(
                    "Later suggestions in this project find this name"
                    " and give it this source category"
                )
            )
        self.learn.setVisible(bool(speaker))

    def offer_speakers(self, names: Callable[[], list[str]]) -> None:
        """Names to offer for the speaker (the article's people and organisations),
        found when the speaker field is first used, not at each edit or opening."""
        self.speaker.offer(names)

    def show_statement(self, statement: Statement | None, claim_text: str = "") -> None:
        another = statement is None or statement.uid != self.statement_uid
        if another:
            self.flush()  # what was typed for the previous statement is kept
        self.statement_uid = statement.uid if statement else None
        self._shown_note = statement.note if statement else ""
        editors = (self.category, self.speaker, self.stance, self.rating, self.short_claim)
        for widget in (*editors, self.note):
            widget.setEnabled(statement is not None)
        if statement is None:
            self.summary.setText(
                self.tr("Select a statement, or select text and press C to mark a claim.")
            )
            self._clear()
            return
        self.summary.setText(
            f"“{' '.join(claim_text.split())[:300]}”\n"
            + self.tr("Status: {status} · origin: {origin}").format(
                status=wording.status_word(statement.status),
                origin=wording.origin_word(statement.origin),
            )
            + (
                self.tr(" · by {name}").format(name=statement.annotator)
                if statement.annotator
                else ""
            )
        )
        _choose(self.category, statement.source_category)
        _choose(self.stance, statement.stance)
        _choose(self.rating, statement.rating)
        self._shown_short_claim = statement.short_claim
        self.short_claim.setPlaceholderText(default_short_claim(claim_text))
        if self.short_claim.text() != statement.short_claim:
            self.short_claim.blockSignals(True)
            self.short_claim.setText(statement.short_claim)
            self.short_claim.blockSignals(False)
        self._count_short_claim()
        if self.speaker.currentText() != statement.speaker:
            self.speaker.blockSignals(True)
            self.speaker.setEditText(statement.speaker)
            self.speaker.blockSignals(False)
        if self.note.toPlainText() != statement.note:  # set alike, it is laid out again
            self.note.blockSignals(True)
            self.note.setPlainText(statement.note)
            self.note.blockSignals(False)
        elif another:  # the field's own Ctrl+Z must not bring back another statement's note
            self.note.document().clearUndoRedoStacks()

    def _clear(self) -> None:
        """Nothing shown: no other statement's (or document's) values left greyed out."""
        for combo in (self.category, self.stance, self.rating):
            _choose(combo, "")
        for field in (self.speaker, self.note, self.short_claim):
            field.blockSignals(True)
        if self.speaker.currentText():  # each set lays a field out again: only if needed
            self.speaker.setEditText("")
        if self.note.toPlainText():
            self.note.setPlainText("")
        if self.short_claim.text() or self.short_claim.placeholderText():
            self.short_claim.clear()
            self.short_claim.setPlaceholderText("")
        for field in (self.speaker, self.note, self.short_claim):
            field.blockSignals(False)
        self._shown_note = self._shown_short_claim = ""
        self.short_count.clear()

    def flush(self) -> None:
        """Save the note and the short claim being typed, if they changed."""
        self._short_claim_edited()
        self._note_timer.stop()
        if self.statement_uid and self.note.toPlainText() != self._shown_note:
            self._shown_note = self.note.toPlainText()
            self._emit("note", self._shown_note)

    def _short_claim_edited(self) -> None:
        typed = " ".join(self.short_claim.text().split())
        if self.statement_uid and typed != self._shown_short_claim:
            self._shown_short_claim = typed
            self._emit("short_claim", typed)

    def _count_short_claim(self) -> None:
        """How long the short claim is (the one shown when the field is empty)."""
        length = len(self.short_claim.text() or self.short_claim.placeholderText())
        over = length > SHORT_CLAIM  # told by a sign, not by a colour alone
        self.short_count.setText(f"{length}/{SHORT_CLAIM}" + (" ⚠" if over else ""))
        self.short_count.setToolTip(
            self.tr("Longer than a phone's line in Google's results") if over else ""
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _emit(self, field: str, value: str) -> None:
        if self.statement_uid:
            self.field_edited.emit(self.statement_uid, field, value or "")
