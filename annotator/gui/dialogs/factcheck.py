"""Who publishes the project's fact checks, and where: asked at the first ClaimReview
export (File ▸ Fact-checking organisation… changes it later)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from annotator.core.factcheck import FactChecker


class FactCheckDialog(QDialog):
    def __init__(self, checker: FactChecker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fact-checking organisation"))
        explanation = QLabel(
            self.tr(
                "ClaimReview tells search engines who checked a claim and where the fact "
                "check is published. Google reads it only from that page, and names your "
                "organisation as its author. The project keeps these for every export."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.organisation = QLineEdit(checker.organisation, self)
        self.organisation.setPlaceholderText("StopFake")
        self.organisation_url = QLineEdit(checker.organisation_url, self)
        self.organisation_url.setPlaceholderText("https://www.stopfake.org")
        self.page_url = QLineEdit(checker.page_url, self)
        self.page_url.setPlaceholderText("https://www.stopfake.org/fr/…")
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Its &web site"), self.organisation_url)
        form.addRow(self.tr("Fact-check &page"), self.page_url)
        form.addRow(self.problems)
        form.addRow(self.buttons)
        for field in (self.organisation, self.organisation_url, self.page_url):
            field.textChanged.connect(self._check)
        self._check()

    def checker(self) -> FactChecker:
        return FactChecker(
            self.organisation.text().strip(),
            self.organisation_url.text().strip(),
            self.page_url.text().strip(),
        )

    def _check(self) -> None:
        """OK only once ClaimReview can use what is typed; else what is missing, said."""
        problems = self.checker().problems()
        self.problems.setText("\n".join(p[0].upper() + p[1:] + "." for p in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
