"""Presenter mode, for a workshop's projector: the whole window full screen, every font about
1.6 times as large (the stylesheet's pixel sizes too), and a high-contrast palette -- black on
white, a deep blue highlight. Turning it off restores the window's state, the system's palette
and the usual stylesheet (``planner.ui.theme.apply_theme``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from planner.content.resources import RESOURCES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

SCALE = 1.6
_PX = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
# Extra rules: table lines in black, so the rows read from the back of the room.
_EXTRA = """
QTableView { gridline-color: #000000; }
"""


def high_contrast_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (roles.Window, roles.Base, roles.Button, roles.ToolTipBase):
        p.setColor(role, white)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.ToolTipText):
        p.setColor(role, black)
    p.setColor(roles.AlternateBase, QColor("#ececec"))
    p.setColor(roles.Highlight, QColor("#0b3d91"))
    p.setColor(roles.HighlightedText, white)
    p.setColor(roles.Link, QColor("#0b3d91"))
    p.setColor(roles.PlaceholderText, QColor("#333333"))
    p.setColor(roles.Mid, QColor("#000000"))
    p.setColor(roles.Midlight, QColor("#d0d0d0"))
    p.setColor(roles.BrightText, QColor("#b00000"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        p.setColor(disabled, role, QColor("#555555"))
    return p


def scaled_stylesheet(qss: str, scale: float = SCALE) -> str:
    """``qss`` with every ``font-size: Npx`` multiplied by ``scale``.

    >>> scaled_stylesheet("QLabel { font-size: 10px; }", 1.6)
    'QLabel { font-size: 16px; }'
    """
    return _PX.sub(lambda m: f"font-size: {round(float(m.group(1)) * scale)}px", qss)


class Presenter(QObject):
    """Owned by the main window (``MainWindow.presenter``)."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._state = Qt.WindowState.WindowNoState
        self._font: QFont | None = None
        self._sidebar_width: int | None = None

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if on:
            self._state = self.window.windowState()
            self._font = QFont(app.font())
            font = QFont(app.font())
            font.setPointSizeF(font.pointSizeF() * SCALE)
            app.setFont(font)
            app.setPalette(high_contrast_palette())
            path = Path(RESOURCES, "qss", "app.qss")
            qss = path.read_text(encoding="utf-8") if path.exists() else ""
            app.setStyleSheet(scaled_stylesheet(qss) + _EXTRA)
            self._set_sidebar_width(SCALE)
            self.window.showFullScreen()
        else:
            from planner.ui.theme import apply_theme

            if self._font is not None:  # first: the stylesheet applied next takes it up
                app.setFont(self._font)
            apply_theme(app, precise=True)
            self._set_sidebar_width(1.0)
            self.window.setWindowState(self._state)
            self.window.show()
        self.active = on
        self._scale_docks(SCALE if on else 1 / SCALE)
        self._scale_charts(SCALE if on else 1)
        self._redraw_charts()
        self.toggled.emit(on)

    def _set_sidebar_width(self, scale: float) -> None:
        """The sidebar has a fixed width (its pane and list), which larger names need."""
        sidebar = getattr(self.window, "sidebar", None)
        if sidebar is None:
            return
        if self._sidebar_width is None:
            self._sidebar_width = sidebar.width() or 190
        width = round(self._sidebar_width * scale)
        for widget in (sidebar, sidebar.parentWidget()):
            widget.setFixedWidth(width)

    def _scale_docks(self, scale: float) -> None:
        """Side panels (the scenario guide) grow with their text."""
        from PySide6.QtWidgets import QDockWidget

        docks = [d for d in self.window.findChildren(QDockWidget) if d.isVisible()]
        if docks:
            self.window.resizeDocks(docks, [round(d.width() * scale) for d in docks],
                                    Qt.Orientation.Horizontal)

    def _scale_charts(self, scale: float) -> None:
        from planner.ui.charts import canvas

        canvas.chart_dpi = round(100 * scale)  # charts made from now on
        for chart in self.window.findChildren(canvas.ChartView):
            chart.set_dpi(canvas.chart_dpi)

    def _redraw_charts(self) -> None:
        """Charts take their colours from the palette when drawn: draw the shown ones again;
        tables sized to their contents are sized again for the new font."""
        from PySide6.QtWidgets import QHeaderView, QTableView

        for view in self.window.findChildren(QTableView):
            header = view.horizontalHeader()
            if header.count() and header.sectionResizeMode(0) == \
                    QHeaderView.ResizeMode.Interactive:
                view.resizeColumnsToContents()
        page = getattr(self.window, "stack", None)
        current = page.currentWidget() if page is not None else None
        for method in ("draw_chart", "draw_charts"):
            if current is not None and hasattr(current, method):
                getattr(current, method)()

