"""Light and dark appearance, and a check that highlights stay legible in both."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

APPEARANCE_KEY = "view/appearance"
MODES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2B2B2B",
    QPalette.ColorRole.WindowText: "#E8E8E8",
    QPalette.ColorRole.Base: "#1E1E1E",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#E8E8E8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#E8E8E8",
    QPalette.ColorRole.Highlight: "#3D7ACC",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#E8E8E8",
    QPalette.ColorRole.PlaceholderText: "#9A9A9A",
    QPalette.ColorRole.Link: "#7FB2F0",
}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == scheme().__class__.Dark)


def apply_appearance(mode: str) -> None:
    """'system' follows the desktop (light or dark); 'light' and 'dark' force one."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    dark = mode == "dark" or (mode == "system" and system_is_dark())
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = app.style().standardPalette()
    if dark:
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.WindowText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A7A"))
    app.setPalette(palette)


def blend(over: QColor, base: QColor) -> QColor:
    """The colour seen when `over` (with its alpha) is painted on `base`."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        *(
            alpha * a + (1 - alpha) * b
            # PySide6's stub types getRgbF() as object; it returns (r, g, b, a) floats.
            for a, b in zip(over.getRgbF()[:3], base.getRgbF()[:3], strict=True)  # type: ignore[index]
        )
    )


def contrast(one: QColor, two: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        channels = []
        # PySide6's stub types getRgbF() as object; it returns (r, g, b, a) floats.
        for c in color.getRgbF()[:3]:  # type: ignore[index]
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)
