"""The window's look: Qt's Fusion style, a light or dark palette following the system's colour
scheme (and its changes while running), and the stylesheet in ``resources/qss``."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from planner.content.resources import RESOURCES

#: UI fonts with Latin and Chinese glyphs; Qt falls back through the list per character.
UI_FONTS = ["Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei UI", "PingFang SC",
            "Source Han Sans SC", "WenQuanYi Micro Hei"]
_SCHEME_ENV = "PLANNER_COLOR_SCHEME"  # light | dark: force one (screenshots, testing)


def icon(name: str) -> QIcon:
    """An SVG icon, with its white variant (``NAME-selected.svg``) for a selected item, which
    sits on the highlight colour. Qt renders SVG icons when they are first painted."""
    result = QIcon(os.path.join(RESOURCES, "icons", f"{name}.svg"))
    selected = os.path.join(RESOURCES, "icons", f"{name}-selected.svg")
    if os.path.exists(selected):
        result.addFile(selected, mode=QIcon.Mode.Selected)
    return result


def is_dark(app: QGuiApplication, *, precise: bool = False) -> bool:
    """Whether the system is in dark mode: its palette's window colour is dark, or (precise)
    Qt reports a dark colour scheme. ``precise`` loads Qt's whole ``Qt`` namespace (~25 ms),
    so start-up uses the palette and :func:`follow_system_scheme` checks again after the
    first paint."""
    forced = os.environ.get(_SCHEME_ENV, "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    if QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128:
        return True
    if precise:
        from PySide6.QtCore import Qt

        return app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return False


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e2227"), QColor("#272b31"), QColor("#e6e9ee")
    roles = QPalette.ColorRole
    p.setColor(roles.Window, window)
    p.setColor(roles.WindowText, text)
    p.setColor(roles.Base, base)
    p.setColor(roles.AlternateBase, QColor("#23272d"))
    p.setColor(roles.ToolTipBase, window)
    p.setColor(roles.ToolTipText, text)
    p.setColor(roles.Text, text)
    p.setColor(roles.Button, QColor("#30353c"))
    p.setColor(roles.ButtonText, text)
    p.setColor(roles.BrightText, QColor("#ff6b6b"))
    p.setColor(roles.Highlight, QColor("#3d7fd9"))
    p.setColor(roles.HighlightedText, QColor("#ffffff"))
    p.setColor(roles.Link, QColor("#6aa7ff"))
    p.setColor(roles.PlaceholderText, QColor("#9aa3ae"))
    p.setColor(roles.Mid, QColor("#3a4048"))
    p.setColor(roles.Midlight, QColor("#343a41"))
    p.setColor(roles.Dark, QColor("#15181b"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        p.setColor(disabled, role, QColor("#6b737d"))
    return p


def light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    roles = QPalette.ColorRole
    p.setColor(roles.Window, QColor("#f4f6f9"))
    p.setColor(roles.AlternateBase, QColor("#eef1f5"))
    p.setColor(roles.Highlight, QColor("#2f7ed8"))
    p.setColor(roles.HighlightedText, QColor("#ffffff"))
    p.setColor(roles.PlaceholderText, QColor("#6b7785"))
    p.setColor(roles.Mid, QColor("#d5dbe3"))
    p.setColor(roles.Midlight, QColor("#e3e8ee"))
    return p


_dark_applied: bool | None = None


def apply_theme(app: QApplication, *, precise: bool = False) -> None:
    """Style, palette and stylesheet; call again when the system switches light/dark."""
    global _dark_applied
    dark = is_dark(app, precise=precise)
    _dark_applied = dark
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette(app))
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    qss = os.path.join(RESOURCES, "qss", "app.qss")
    if os.path.exists(qss):
        with open(qss, encoding="utf-8") as file:
            app.setStyleSheet(file.read())


def follow_system_scheme(app: QApplication) -> None:
    """After the first paint: re-check the scheme precisely and follow its changes."""
    if is_dark(app, precise=True) != _dark_applied:
        apply_theme(app, precise=True)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: apply_theme(app, precise=True))
