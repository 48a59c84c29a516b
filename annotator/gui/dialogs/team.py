"""Team dialogs: the agreement report and a statement's history."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement import Agreement, PairScore
from annotator.gui.language import wording


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    return table


def _score_row(name: str, score: PairScore) -> list[str]:
    return [
        name,
        f"{score.exact_f1:.3f}",
        f"{score.overlap_f1:.3f}",
        str(score.matched),
        _number(score.kappa["source_category"]),
        _number(score.kappa["stance"]),
    ]


class AgreementDialog(QDialog):
    def __init__(self, result: Agreement, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement between annotators"))
        headers = [
            self.tr("Annotators"),
            self.tr("Claims exact F1"),
            self.tr("Claims overlap F1"),
            self.tr("Matched claims"),
            self.tr("κ category"),
            self.tr("κ stance"),
        ]
        layout = QVBoxLayout(self)
        if len(result.annotators) < 2:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Agreement needs the work of two annotators or more "
                        "in this project (merge their files first)."
                    ),
                    self,
                )
            )
        self.corpus = _table(
            self, headers, [_score_row(k.replace("|", " / "), v) for k, v in result.pairs.items()]
        )
        self.alpha = QLabel(
            self.tr("Krippendorff's α over all annotators: category {c}, stance {s}").format(
                c=_number(result.alpha["source_category"]), s=_number(result.alpha["stance"])
            ),
            self,
        )
        documents = [
            [_short(title), *_score_row(pair.replace("|", " / "), score)]
            for title, pairs in result.documents.items()
            for pair, score in pairs.items()
        ]
        self.per_document = _table(self, [self.tr("Document"), *headers], documents)
        self.as_json = json.dumps(result.as_dict(), indent=2, ensure_ascii=False)
        layout.addWidget(QLabel(self.tr("Corpus"), self))
        layout.addWidget(self.corpus)
        layout.addWidget(self.alpha)
        layout.addWidget(QLabel(self.tr("Per document"), self))
        layout.addWidget(self.per_document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 560)


def _short(title: str, most: int = 60) -> str:
    """A document's title in a table cell (an untitled document's is its first lines)."""
    line = " ".join(title.split())
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"


class HistoryDialog(QDialog):
    """Who changed what and when, for a statement and its claim span."""

    def __init__(self, rows: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        lines = []
        for row in rows:
            before = json.loads(row["before"] or "null") or {}
            after = json.loads(row["after"] or "null") or {}
            changed = [
                f"{k}: {before.get(k)!r} → {after.get(k)!r}"
                for k in sorted(set(before) | set(after))
                if k not in ("id", "updated", "created", "annotator")
                and before.get(k) != after.get(k)
            ]
            lines.append(
                [
                    row["at"],
                    row["annotator"] or self.tr("(machine)"),
                    wording.change_text(row["action"]),
                    row["item"],
                    "; ".join(changed)
                    if before and after
                    else (self.tr("created") if after else self.tr("deleted")),
                ]
            )
        self.table = _table(
            self,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("What"),
                self.tr("Changes"),
            ],
            lines,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)
