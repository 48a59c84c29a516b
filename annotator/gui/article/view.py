"""The article's text with its spans highlighted; scales to long articles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from annotator.gui.article.highlighter import LineTable, ListSource, Marks, Source, SpanPainter
from annotator.gui.article.offsets import OffsetMap
from annotator.gui.article.styles import StyleBook

Shown = list[tuple[int, int, str]]  # (start, end, display key) in code points


class ArticleView(QPlainTextEdit):
    """Read-only text; offsets in and out are code points, as in the project file."""

    clicked = Signal(int)  # a code-point offset clicked without selecting text

    def __init__(self, styles: StyleBook, parent: QWidget | None = None):
        super().__init__(parent)
        self._offsets = OffsetMap("")
        self._highlighter = SpanPainter(self.document(), styles)
        self._listed = ListSource([])  # the spans of set_article, if it was used
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self._context_actions: list[QAction | None] = []
        self._current: tuple[int, int] | None = None  # the outlined claim, in UTF-16

    @property
    def styles(self) -> StyleBook:
        return self._highlighter.styles

    def set_styles(self, styles: StyleBook) -> None:
        self._highlighter.styles = styles
        self._highlighter.restyle()
        self.viewport().update()

    def set_article(self, text: str, shown: Shown) -> None:
        """Show a text and a list of spans (code points), which patch_spans changes."""
        self._listed = ListSource(shown)
        self.show_article(text, self._listed)

    def show_article(self, text: str, source: Source) -> None:
        """Show a text whose spans a source gives a stretch at a time (code points in,
        code points out); the view asks for the paragraphs it paints."""
        self._offsets = OffsetMap(text)
        self._highlighter.set_source(self._in_utf16(source))
        self.setPlainText(text)

    def patch_spans(self, removed: Shown, added: Shown) -> None:
        """Take some listed spans away and add others; only their paragraphs repaint."""
        self._listed.patch(removed, added)
        self.refresh_stretches([(s, e) for s, e, _ in removed + added])

    def refresh_stretches(self, stretches: list[tuple[int, int]]) -> None:
        """The spans over these stretches (code points) changed: their paragraphs ask
        the source again, and those on screen repaint, nothing else."""
        to_utf16 = self._offsets.to_utf16
        touched = self._highlighter.refresh([(to_utf16(s), to_utf16(e)) for s, e in stretches])
        for block, rect in self._on_screen():  # formatted now, outside a paint event
            if block.blockNumber() in touched:
                if self._highlighter.ensure(block):  # taller or shorter: the rest moved
                    self.viewport().update()
                    return
                self.viewport().update(rect.toAlignedRect())  # only that paragraph repaints

    def format_at(self, offset: int) -> QTextCharFormat:
        """The look painted on the character at a code-point offset (its spans' formats
        merged: tint, underline, weight)."""
        return self._highlighter.format_at(self._offsets.to_utf16(offset))

    def keys_at(self, offset: int) -> list[str]:
        """Display keys of the spans covering a code-point offset, in start order."""
        return self._highlighter.keys_at(self._offsets.to_utf16(offset))

    def offset_at(self, x: int, y: int) -> int:
        """The code-point offset of the character under a viewport point."""
        return self._offsets.to_code_point(self.cursorForPosition(QPoint(x, y)).position())

    def find_words(self, words: str) -> bool:
        """Select the first place where one of the searched words occurs, and show it."""
        text = self.toPlainText()  # a Python str: its indices are code points
        for word in (w.strip('"*()') for w in words.split()):
            if word and word.upper() not in ("AND", "OR", "NOT", "NEAR"):
                found = re.search(re.escape(word), text, re.IGNORECASE)
                if found:
                    self.select_range(found.start(), found.end())
                    self.centerCursor()
                    return True
        return False

    def cursor_offset(self) -> int:
        """Where the text cursor is, in code points."""
        return self._offsets.to_code_point(self.textCursor().position())

    def selected_range(self) -> tuple[int, int] | None:
        """The selected text as code points, trimmed of surrounding spaces, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_code_point(cursor.selectionStart())
        end = self._offsets.to_code_point(cursor.selectionEnd())
        selected = cursor.selectedText().replace("\u2029", "\n")
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select a stretch (code points), as if dragged over with the mouse."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def mark_current(self, start: int | None, end: int | None) -> None:
        """Outline the current claim and scroll to it; None clears the outline. The
        outline is drawn around the text, so the claim's own colour stays visible."""
        old = self._current
        if start is None or end is None:
            self._current = None
        else:
            self._current = (self._offsets.to_utf16(start), self._offsets.to_utf16(end))
        if old != self._current:
            for stretch in (old, self._current):
                if stretch is not None:
                    self._update_stretch(*stretch)
        if self._current is None:
            return
        visible = QTextCursor(self.document())
        visible.setPosition(self._current[0])
        in_sight = self.viewport().rect().contains(self.cursorRect(visible))
        if in_sight and not self.textCursor().hasSelection():
            return  # the text cursor stays: moving it repaints, and this is a key press
        self.setTextCursor(visible)  # the selection that made the claim goes
        if not in_sight:
            self.centerCursor()  # scroll only when the claim is out of sight (a full repaint)

    def current_claim(self) -> tuple[int, int] | None:
        """The outlined stretch, in code points."""
        if self._current is None:
            return None
        return self._offsets.to_code_point(self._current[0]), self._offsets.to_code_point(
            self._current[1]
        )

    def current_outline(self, on_screen: list[tuple[QTextBlock, QRectF]] | None = None
                        ) -> list[QRectF]:  # fmt: skip
        """The rectangles (viewport coordinates) outlining the current claim on screen,
        one per line of text it covers."""
        if self._current is None:
            return []
        start, end = self._current
        rects = []
        for block, rect in self._on_screen() if on_screen is None else on_screen:
            first = block.position()
            if first < end and start < first + block.length():
                lines = LineTable(block.layout()).rects(start - first, end - first)
                rects += [line.translated(rect.topLeft()) for line in lines]
        return rects

    def _update_stretch(self, start: int, end: int) -> None:
        """Repaint the paragraphs on screen that hold a stretch (UTF-16)."""
        for block, rect in self._on_screen():
            if block.position() < end and block.position() + block.length() > start:
                self.viewport().update(rect.toAlignedRect().adjusted(-2, -2, 2, 2))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Tints under the text, the text, then underlines and the current claim's
        outline over it; paragraphs get their bold stretches before being placed."""
        moved = False
        for block, _ in self._on_screen():
            moved = self._highlighter.ensure(block) or moved
        if moved:  # a paragraph got bold and another height as it came into view
            self.viewport().update()
        on_screen = list(self._on_screen())  # placed after any height changed above
        area = QRectF(event.rect())
        shown = [(block, rect) for block, rect in on_screen if rect.intersects(area)]
        painter = QPainter(self.viewport())
        painter.setClipRect(event.rect())
        painter.setPen(Qt.PenStyle.NoPen)
        for marks in self._placed_on(painter, shown):
            for color, rects in marks.tints:
                painter.setBrush(color)
                painter.drawRects(rects)
        painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setClipRect(event.rect())
        for marks in self._placed_on(painter, shown):
            for pen, lines in marks.lines:
                painter.setPen(pen)
                painter.drawLines(lines)
        rects = self.current_outline(on_screen)
        if rects:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().highlight().color(), 1.5))
            for rect in rects:
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()

    def _placed_on(self, painter: QPainter, shown: list) -> Iterator[Marks]:
        """Each paragraph's marks, with the painter moved to the paragraph's corner."""
        for block, rect in shown:
            painter.translate(rect.topLeft())
            yield self._highlighter.marks(block)
            painter.resetTransform()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._highlighter.forget_geometry()  # the lines break elsewhere
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoomed: the lines break elsewhere
            self._highlighter.forget_geometry()
        super().changeEvent(event)

    def _on_screen(self) -> Iterator[tuple[QTextBlock, QRectF]]:
        """The paragraphs on screen, and the one just below (for a scroll by a line),
        each with its rectangle in the viewport. One geometry query for the first;
        the others follow from the heights (a query per paragraph walks from the top
        of the view, and cost a third of an edit). A paragraph may be laid out again
        by the caller before the next one is placed."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return
        geometry = self.document().documentLayout()
        rect = self.blockBoundingGeometry(block).translated(self.contentOffset())
        bottom = self.viewport().rect().bottom()
        while True:
            yield block, rect
            if rect.top() > bottom:
                return
            below = rect.top() + geometry.blockBoundingRect(block).height()
            block = block.next()
            if not block.isValid():
                return
            height = geometry.blockBoundingRect(block).height()
            rect = QRectF(rect.left(), below, rect.width(), height)

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """Actions for the right-click menu (None is a separator)."""
        self._context_actions = actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(
                self.offset_at(event.position().toPoint().x(), event.position().toPoint().y())
            )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            keys = self.keys_at(self.offset_at(event.pos().x(), event.pos().y()))
            if keys:
                text = "\n".join(self.styles.describe(key) for key in keys)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _in_utf16(self, source: Source) -> Source:
        """A source in code points, asked and answering in Qt's UTF-16 units."""

        def in_utf16(start: int, end: int) -> Shown:
            offsets = self._offsets
            if offsets.is_identity:  # no character outside the BMP: nothing to convert
                return source(start, end)
            found = source(offsets.to_code_point(start), offsets.to_code_point(end))
            return [(offsets.to_utf16(s), offsets.to_utf16(e), k) for s, e, k in found]

        return in_utf16
