"""Review mode: each claim's decisions by annotator side by side, what differs named, and
the reviewer's settlement; agreements merge themselves (a setting, the rule shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.review import ReviewUnit, Version, disputed

NOT_SET = "–"  # a part of a statement nobody set (not "?", which reads as a stance)
DISAGREE = QColor("#F4C7C3")  # light red, with dark text on it in either palette
DISAGREE_TEXT = QColor("#1A1A1A")
DIFFERENCES = {
    "one-sided": QT_TRANSLATE_NOOP("ReviewPanel", "only some kept it"),
    "claim": QT_TRANSLATE_NOOP("ReviewPanel", "the words"),
    "source_category": QT_TRANSLATE_NOOP("ReviewPanel", "category"),
    "stance": QT_TRANSLATE_NOOP("ReviewPanel", "stance"),
    "speaker": QT_TRANSLATE_NOOP("ReviewPanel", "speaker"),
    "rating": QT_TRANSLATE_NOOP("ReviewPanel", "rating"),
    "relay": QT_TRANSLATE_NOOP("ReviewPanel", "relay"),
}
# core.review.AGREEMENT_RULE, word for word (a test keeps them in step)
RULE = QT_TRANSLATE_NOOP(
    "ReviewPanel",
    "everyone who annotated the document kept the same claim: the same words, source category, stance, speaker, rating and relays; or nobody kept it",  # noqa: E501  (one literal: lupdate reads no concatenation)
)
REJECTED = QT_TRANSLATE_NOOP("ReviewPanel", "rejected")


def _words(text: object) -> str:
    return QCoreApplication.translate("ReviewPanel", str(text))


def describe(version: Version | None, names: dict[str, str], text: str, words: bool) -> str:
    """A decision as the table shows it: a line per statement, names not codes, and the
    claim's words first when the annotators marked different ones."""
    if version is None:
        return "—"
    if version.rejected:
        return _words(REJECTED)
    lines = []
    if words:
        lines.append("« " + " ".join(text[version.claim.start : version.claim.end].split()) + " »")
    for s in version.statements:
        speaker = (s.speaker or NOT_SET) + (" ↪" if s.relay_of else "")
        category, stance = (
            names.get(code, code) or NOT_SET for code in (s.source_category, s.stance)
        )
        rating = names.get(s.rating, s.rating)
        lines.append(" · ".join([category, stance, speaker]) + (f" · {rating}" if rating else ""))
    return "\n".join(lines)


class ReviewPanel(QWidget):
    """Emits version_chosen(unit index, annotator), rejected(unit index),
    unit_selected(start, end), mark_reviewed and auto_merge_changed(on)."""

    version_chosen = Signal(int, str)
    rejected = Signal(int)
    unit_selected = Signal(int, int)
    mark_reviewed = Signal()
    auto_merge_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review")
        self.units: list[ReviewUnit] = []
        self.annotators: list[str] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.key = QLabel(
            self.tr(
                "Each cell: source category · stance · speaker (· rating), a line per "
                "statement, ↪ a relay; – not set; red: the annotators differ"
            ),
            self,
        )
        self.key.setWordWrap(True)
        self.auto_merge = QCheckBox(self.tr("Merge agreements automatically"), self)
        self.auto_merge.setChecked(True)
        self.auto_merge.setToolTip(self.tr("Agreed: {rule}.").format(rule=_words(RULE)))
        self.auto_merge.toggled.connect(self.auto_merge_changed)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(self._on_row)
        self.choice = QComboBox(self)
        self.choice.setToolTip(self.tr("The annotators who kept a version of this claim"))
        self.keep = QPushButton(self.tr("&Keep this version"), self)
        self.keep.clicked.connect(self._choose)
        self.reject = QPushButton(self.tr("Re&ject the claim"), self)
        self.reject.setToolTip(self.tr("Settle it as no claim: it is not exported as reviewed"))
        self.reject.clicked.connect(self._reject)
        done = QPushButton(self.tr("Mark document reviewed"), self)
        done.clicked.connect(self.mark_reviewed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choice, 1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.reject)
        buttons.addWidget(done)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.auto_merge)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._on_row(-1)

    def show_units(self, units: list[ReviewUnit], text: str, names: dict[str, str]) -> None:
        """The units of a document; `names`: the taxonomy's names by code. The row and
        the annotator chosen stay where they were."""
        row, chosen = self.table.currentRow(), self.choice.currentText()
        self.units = units
        self.annotators = sorted({a for u in units for a in u.annotators})
        headers = [self.tr("Claim"), self.tr("What differs"), *self.annotators]
        headers.append(self.tr("Reviewed"))
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(units))
        for number, unit in enumerate(units):
            self._fill(number, unit, text, names)
        self._fit_columns()
        self.table.resizeRowsToContents()  # a version of two statements takes two lines
        if 0 <= row < len(units):
            self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._on_row(self.table.currentRow(), chosen)
        agreed = sum(1 for u in units if u.agreed)
        self.summary.setText(
            self.tr("{n} claims: {a} agreed, {d} to decide, {s} settled").format(
                n=len(units), a=agreed, d=len(disputed(units)), s=sum(u.settled for u in units)
            )
        )

    def _fit_columns(self) -> None:
        """Every annotator's column and the reviewed one share the width left by the
        claim and what differs, so that the versions stand side by side on screen."""
        header = self.table.horizontalHeader()
        self.table.setWordWrap(True)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, max(160, self.table.viewport().width() // 4))
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        for column in range(2, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _fill(self, row: int, unit: ReviewUnit, text: str, names: dict[str, str]) -> None:
        claim = " ".join(text[unit.start : unit.end].split())
        item = QTableWidgetItem(claim[:80] + ("…" if len(claim) > 80 else ""))
        item.setToolTip(claim)
        self.table.setItem(row, 0, item)
        differing = unit.disagreements
        self.table.setItem(row, 1, QTableWidgetItem(self._what_differs(unit)))
        words = "claim" in differing
        for column, annotator in enumerate(self.annotators, start=2):
            version = unit.versions.get(annotator)
            item = QTableWidgetItem(describe(version, names, text, words))
            item.setToolTip(f"{annotator}: {item.text()}")
            if differing:
                item.setBackground(DISAGREE)
                item.setForeground(DISAGREE_TEXT)
            self.table.setItem(row, column, item)
        reviewed = describe(unit.reviewed, names, text, words)
        if unit.changed_since_review:
            reviewed = self.tr("changed since: {was}").format(was=reviewed)
        self.table.setItem(row, len(self.annotators) + 2, QTableWidgetItem(reviewed))

    def _what_differs(self, unit: ReviewUnit) -> str:
        if not unit.versions:
            return self.tr("added in review")
        if unit.changed_since_review:
            return self.tr("changed since its review")
        if unit.agreed:
            return self.tr("agreed") if unit.kept else self.tr("agreed: no claim")
        words = [_words(DIFFERENCES[d]) for d in unit.disagreements]
        if "one-sided" in unit.disagreements:
            words[0] = self.tr("only {names} kept it").format(names=", ".join(unit.kept))
        return ", ".join(words)

    def _on_row(self, row: int, *rest: object) -> None:
        """The chooser lists who kept a version of this claim; the name chosen before
        stays chosen when it is there."""
        wanted = rest[0] if rest and isinstance(rest[0], str) else self.choice.currentText()
        unit = self.units[row] if 0 <= row < len(self.units) else None
        kept = sorted(unit.kept) if unit else []
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(kept)
        if wanted in kept:
            self.choice.setCurrentText(wanted)
        self.choice.blockSignals(False)
        self.keep.setEnabled(bool(kept))
        self.reject.setEnabled(bool(unit and unit.versions))
        if unit is not None and not rest[1:]:
            self.unit_selected.emit(unit.start, unit.end)

    def select_next_undecided(self) -> None:
        """Move to the next unit that still needs the reviewer (after a decision)."""
        start = self.table.currentRow()
        for offset in range(1, len(self.units) + 1):
            row = (start + offset) % len(self.units)
            if self.units[row] in disputed([self.units[row]]):
                self.table.setCurrentCell(row, 0)
                return

    def _choose(self) -> None:
        row = self.table.currentRow()
        annotator = self.choice.currentText()
        if 0 <= row < len(self.units) and annotator in self.units[row].kept:
            self.version_chosen.emit(row, annotator)

    def _reject(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.units) and self.units[row].versions:
            self.rejected.emit(row)
