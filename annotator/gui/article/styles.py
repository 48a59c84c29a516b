"""How spans look: text formats per display key, from the project's taxonomy colours.

Display keys: "entity:PER:<status>", "claim:<category>:<status>", "source:<category>:<status>",
"cue::<status>". Claims tint their words lightly and underline them in their source
category's colour (dashed while suggested, solid once accepted); entities get a
stronger tint; source mentions are bold; cue words ("said", "selon") get a grey
dotted underline. Overlaps merge: claim, then source, then cue, then entity.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from annotator.core.model import Span, SpanKind, SpanStatus, Statement, TaxonomyEntry
from annotator.gui.language.wording import status_word

ENTITY_ALPHA = 72  # light enough that text stays legible and no category line is mistaken for it
CLAIM_ALPHA = 40
UNKNOWN_COLOR = "#BF5959"  # "category not set": a muted red, apart from every category
CUE_COLOR = "#767676"  # 4.5:1 on white: a mark, not a category
PRIORITY = {"claim": 0, "source": 1, "cue": 2, "entity": 3}
KINDS = {
    "entity": QT_TRANSLATE_NOOP("StyleBook", "Entity: {label}"),
    "claim": QT_TRANSLATE_NOOP("StyleBook", "Claim: {label}"),
    "source": QT_TRANSLATE_NOOP("StyleBook", "Source: {label}"),
}
_TEXTS = (
    QT_TRANSLATE_NOOP("StyleBook", "Cue: the words that report a statement"),
    QT_TRANSLATE_NOOP("StyleBook", "category not set"),
)


def _words(text: object) -> str:
    return QCoreApplication.translate("StyleBook", str(text))


class StyleBook:
    """Formats and names for display keys, from taxonomy entries (entity and source kinds)."""

    def __init__(self, entities: Iterable[TaxonomyEntry], sources: Iterable[TaxonomyEntry]):
        self.entities = list(entities)
        self.sources = list(sources)
        self._colors = {("entity", e.code): e.color for e in self.entities}
        self._colors.update({("source", e.code): e.color for e in self.sources})
        self._names = {e.code: e.name for e in [*self.entities, *self.sources]}
        self._formats: dict[str, QTextCharFormat] = {}

    def color(self, kind: str, code: str) -> str:
        if kind == "cue":
            return CUE_COLOR
        taxonomy_kind = "entity" if kind == "entity" else "source"
        return self._colors.get((taxonomy_kind, code), UNKNOWN_COLOR)

    def name(self, code: str) -> str:
        return self._names.get(code, code)

    def describe(self, key: str) -> str:
        """A tooltip line for a display key, in the interface's language."""
        kind, code, *status = key.split(":")
        if kind == "cue":
            line = _words("Cue: the words that report a statement")
        else:
            label = self.name(code) if code else _words("category not set")
            line = _words(KINDS[kind]).format(label=label)
        return line + (f" ({status_word(status[0])})" if status else "")

    def format(self, key: str) -> QTextCharFormat:
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = _format_for(key, self.color(*key.split(":")[:2]))
        return found

    def merged(self, keys: tuple[str, ...]) -> QTextCharFormat:
        """One format for overlapping spans, the higher priority painted last."""
        joined = "|".join(keys)
        found = self._formats.get(joined)
        if found is None:
            found = QTextCharFormat()
            for key in sorted(keys, key=lambda k: PRIORITY[k.split(":")[0]]):
                found.merge(self.format(key))
            self._formats[joined] = found
        return found


def _format_for(key: str, color: str) -> QTextCharFormat:
    kind, _code, *status = key.split(":")
    fmt = QTextCharFormat()
    if kind == "entity":
        fmt.setBackground(entity_tint(color))
        return fmt
    accepted = status and status[0] == SpanStatus.ACCEPTED
    line = QTextCharFormat.UnderlineStyle
    fmt.setUnderlineColor(QColor(color))
    if kind == "claim":
        fmt.setBackground(_tint(color, CLAIM_ALPHA))
        fmt.setUnderlineStyle(line.SingleUnderline if accepted else line.DashUnderline)
    elif kind == "cue":
        fmt.setUnderlineStyle(line.DotLine)
    else:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(line.SingleUnderline if accepted else line.DotLine)
    return fmt


def entity_tint(color: str) -> QColor:
    """An entity's colour as its words are tinted (translucent, over the page)."""
    return _tint(color, ENTITY_ALPHA)


@cache
def _tint(color: str, alpha: int) -> QColor:
    tint = QColor(color)
    tint.setAlpha(alpha)
    return tint


def display_key(kind: str, label: str, status: str, category: str = "") -> str | None:
    """How a span is painted (see StyleBook), or None when it is not (rejected ones)."""
    if status == SpanStatus.REJECTED:
        return None
    if kind == SpanKind.ENTITY:  # the status shows in the tooltip; the tint is the label's
        return f"entity:{label}:{status}"
    if kind == SpanKind.CLAIM:
        return f"claim:{category}:{status}"
    if kind == SpanKind.SOURCE_MENTION:
        return f"source:{'' if label == 'source' else label}:{status}"
    if kind == SpanKind.CUE:
        return f"cue::{status}"
    return None


def display_spans(
    spans: Iterable[Span], statements: Iterable[Statement]
) -> list[tuple[int, int, str]]:
    """The spans to paint, each with its display key; rejected ones are not painted."""
    category_of: dict[str, str] = {}
    for statement in statements:
        if statement.status != SpanStatus.REJECTED and statement.relay_of is None:
            category_of.setdefault(statement.claim_uid, statement.source_category)
    shown = []
    for span in spans:
        key = display_key(span.kind, span.label, span.status, category_of.get(span.uid, ""))
        if key is not None:
            shown.append((span.start, span.end, key))
    return shown
