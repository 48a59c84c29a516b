"""File ▸ Export: which format, which annotations, where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from annotator.core.export import SUFFIXES
from annotator.core.model import SpanStatus
from annotator.gui.preferences import settings

REMEMBERED = "export/"  # format, status, folder and the Excel box, as last chosen

FORMAT_NAMES = {
    "doccano": QT_TRANSLATE_NOOP("ExportDialog", "doccano JSONL (entities and relations)"),
    "doccano-flat": QT_TRANSLATE_NOOP("ExportDialog", "doccano JSONL (labels only)"),
    "prodigy": QT_TRANSLATE_NOOP("ExportDialog", "Prodigy spans JSONL"),
    "brat": QT_TRANSLATE_NOOP("ExportDialog", "brat standoff (folder)"),
    "spacy": QT_TRANSLATE_NOOP("ExportDialog", "spaCy DocBin (.spacy)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV, one row per statement"),
    "webanno": QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON-LD)"),
    "claimreview": QT_TRANSLATE_NOOP("ExportDialog", "schema.org ClaimReview (JSON-LD)"),
    "labelstudio": QT_TRANSLATE_NOOP(
        "ExportDialog", "Label Studio tasks and labeling config (folder)"
    ),
    "inception": QT_TRANSLATE_NOOP("ExportDialog", "INCEpTION: UIMA CAS XMI files (.zip)"),
}
FOLDERS = {"brat": "-brat", "labelstudio": "-labelstudio"}  # formats written as a folder


class ExportDialog(QDialog):
    def __init__(self, project_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the corpus"))
        self.project_name = project_name
        self.format = QComboBox(self)
        for code, name in FORMAT_NAMES.items():
            self.format.addItem(self.tr(str(name)), code)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Suggested and accepted"), None)
        names = {
            SpanStatus.SUGGESTED: self.tr("Suggested only"),
            SpanStatus.ACCEPTED: self.tr("Accepted only"),
            SpanStatus.REJECTED: self.tr("Rejected only"),
        }
        for status, name in names.items():
            self.status.addItem(name, status)
        self.reviewed = QCheckBox(self.tr("Reviewed versions only"), self)
        self.excel = QCheckBox(self.tr("For Excel (UTF-8 with a byte-order mark)"), self)
        self.excel.setChecked(True)
        self.annotator = QLineEdit(self)
        self.annotator.setPlaceholderText(self.tr("everyone"))
        self.output = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose)
        self.format.currentIndexChanged.connect(self._suggest_name)
        self.format.currentIndexChanged.connect(
            lambda: self.excel.setVisible(self.format.currentData() == "csv")
        )
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Annotations"), self.status)
        form.addRow(self.tr("Annotator"), self.annotator)
        form.addRow("", self.reviewed)
        form.addRow("", self.excel)
        save_to = QLabel(self.tr("&Save to"), self)
        save_to.setBuddy(self.output)  # a row holding a layout gets no buddy by itself
        form.addRow(save_to, where)
        form.addRow(buttons)
        self._recall()
        self._suggest_name()
        self.excel.setVisible(self.format.currentData() == "csv")

    def _recall(self) -> None:
        """The choices made last time; else accepted annotations only (decisions, not
        the machine's suggestions)."""
        stored = settings()
        # value(key, default, type) returns that type; PySide6's stub says object.
        folder: str = stored.value(REMEMBERED + "folder", "", str)  # type: ignore[assignment]
        if folder:
            self.project_name = str(Path(folder) / Path(self.project_name).name)
        code = stored.value(REMEMBERED + "format", "", str)
        if self.format.findData(code) >= 0:
            self.format.setCurrentIndex(self.format.findData(code))
        status: str = stored.value(REMEMBERED + "status", SpanStatus.ACCEPTED.value, str)  # type: ignore[assignment]
        found = self.status.findData(SpanStatus(status) if status else None)
        self.status.setCurrentIndex(max(found, 0))
        excel: bool = stored.value(REMEMBERED + "excel", True, bool)  # type: ignore[assignment]
        self.excel.setChecked(excel)

    def accept(self) -> None:
        stored = settings()
        stored.setValue(REMEMBERED + "format", self.format.currentData())
        status = self.status.currentData()
        stored.setValue(REMEMBERED + "status", str(status) if status else "")
        stored.setValue(REMEMBERED + "excel", self.excel.isChecked())
        folder = Path(self.output.text().strip()).parent if self.output.text().strip() else None
        if folder is not None and str(folder):
            stored.setValue(REMEMBERED + "folder", str(folder.resolve()))
        super().accept()

    def choice(self) -> tuple[str, str, SpanStatus | None, str | None, bool, bool]:
        """(format, output path, status filter, annotator filter, reviewed only, a CSV
        for Excel)."""
        return (
            self.format.currentData(),
            self.output.text().strip(),
            self.status.currentData(),
            self.annotator.text().strip() or None,
            self.reviewed.isChecked(),
            self.format.currentData() == "csv" and self.excel.isChecked(),
        )

    def _suggest_name(self) -> None:
        code = self.format.currentData()
        stem = self.output.text().rsplit(".", 1)[0] if self.output.text() else self.project_name
        for ending in FOLDERS.values():
            stem = stem.removesuffix(ending)
        self.output.setText(f"{stem}{FOLDERS.get(code, SUFFIXES[code])}")

    def _choose(self) -> None:
        if self.format.currentData() in FOLDERS:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to an empty folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text())
        if path:
            self.output.setText(path)
