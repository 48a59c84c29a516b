"""Text formats for highlighted spans, from taxonomy colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

TINT_ALPHA = 96  # light enough that black or white text stays legible on it


def span_format(color: str) -> QTextCharFormat:
    """A tinted background in the label's colour with a solid underline of it."""
    fmt = QTextCharFormat()
    background = QColor(color)
    background.setAlpha(TINT_ALPHA)
    fmt.setBackground(background)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(color))
    return fmt
