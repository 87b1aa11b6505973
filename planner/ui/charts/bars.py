"""Stacked bars of money per period (a month, a week), one band per item, with horizontal lines
(income, the caution and danger lines), painted with Qt alone.

The Overview's and the Stress page's obligations charts are this one painter: drawn without
matplotlib, the Overview's figures and its chart are on screen together at start-up, and the
two charts colour an item alike (:mod:`planner.ui.charts.colours`). Its numbers are also a table
(:meth:`BarChart.table_rows`), which :class:`planner.ui.charts.frame.ChartFrame` shows on
request for people who cannot see the bars.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.ui.i18n import Formatter


@dataclass(frozen=True, slots=True)
class Band:
    name: str
    values: tuple[Decimal, ...]   # one per period
    colour: str


@dataclass(frozen=True, slots=True)
class Line:
    name: str
    value: Decimal
    colour: str | None            # None: the text colour
    dashed: bool = False


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` ticks.

    >>> nice_step(18500), nice_step(9), nice_step(0)
    (5000.0, 2.0, 1.0)
    """
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if raw <= multiple * power:
            return float(multiple * power)
    return float(10 * power)


def tick_decimals(step: float) -> int:
    """The decimals a tick step needs to tell its ticks apart (0.25 needs two).

    >>> tick_decimals(5000.0), tick_decimals(0.5), tick_decimals(0.25)
    (0, 1, 2)
    """
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


class BarChart(QWidget):
    """Call :meth:`show_bars`; the widget paints itself at any size."""

    shown = Signal()  # new figures to draw (and to list, in the table view)

    def __init__(self, parent: QWidget | None = None, *, height: int = 240) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.bands: list[Band] = []
        self.lines: list[Line] = []
        self.currency = "CNY"
        self.every = 3
        self.setMinimumHeight(height)
        self.setMinimumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, max(self.minimumHeight(), 260))

    def show_bars(self, title: str, labels: Sequence[str], bands: Sequence[Band],
                  lines: Sequence[Line], currency: str, *, every: int = 3) -> None:
        """``labels`` name the periods (a second line, after ``\\n``, is drawn under the
        first); every ``every``-th is written on the axis."""
        self.title = title
        self.labels = list(labels)
        self.bands = [b for b in bands if any(b.values)]
        self.lines = [line for line in lines if line.value > 0]
        self.currency = currency
        self.every = max(1, every)
        self.setAccessibleDescription(self._description())
        self.update()
        self.shown.emit()

    def empty_text(self) -> str:
        return self.tr("Nothing to show: no payments fall in these months.")

    # -- the numbers as a table --------------------------------------------------------------

    def table_headers(self) -> list[str]:
        return [self.tr("Period"), *(b.name for b in self.bands), self.tr("Total"),
                *(line.name for line in self.lines)]

    def table_rows(self) -> list[list[str]]:
        fmt = Formatter()
        rows = []
        for k, label in enumerate(self.labels):
            values = [b.values[k] for b in self.bands]
            rows.append([label.replace("\n", " "), *(fmt.money(v, self.currency) for v in values),
                         fmt.money(sum(values, Decimal(0)), self.currency),
                         *(fmt.money(line.value, self.currency) for line in self.lines)])
        return rows

    def _description(self) -> str:
        fmt = Formatter()
        totals = [sum((b.values[k] for b in self.bands), Decimal(0))
                  for k in range(len(self.labels))]
        if not totals:
            return self.title
        highest = max(range(len(totals)), key=totals.__getitem__)
        return self.tr("{title}: highest {amount} in {period}.").format(
            title=self.title, amount=fmt.money(totals[highest], self.currency),
            period=self.labels[highest].replace("\n", " "))

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        line_height = metrics.lineSpacing()
        title_font = QFont(font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, line_height + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(font)
        if not self.labels or not (self.bands or self.lines):
            # nothing to draw: say so rather than show an empty frame
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        fmt = Formatter()
        totals = [float(sum((b.values[k] for b in self.bands), Decimal(0)))
                  for k in range(len(self.labels))]
        top = max([*totals, *(float(line.value) for line in self.lines)]) * 1.06
        step = nice_step(top)
        top = math.ceil(top / step) * step
        ticks = [step * k for k in range(int(round(top / step)) + 1)]
        places = tick_decimals(step)
        axis_width = max(metrics.horizontalAdvance(fmt.number(t, places)) for t in ticks) + 10
        legend = self._legend_entries()
        legend_width = min(max((metrics.horizontalAdvance(n) for n, _, _ in legend), default=0)
                           + 34, int(self.width() * 0.42))
        side_legend = self.width() >= 480
        lines_below = 2 if any("\n" in label for label in self.labels) else 1
        plot = QRectF(8 + axis_width, line_height + 16,
                      self.width() - 16 - axis_width - (legend_width if side_legend else 0),
                      self.height() - line_height - 34 - lines_below * line_height
                      - (0 if side_legend else self._legend_rows(legend, metrics) * line_height))
        if plot.width() < 40 or plot.height() < 40:
            return
        to_y = lambda value: plot.bottom() - plot.height() * value / top  # noqa: E731
        painter.setPen(QPen(grid, 0.6))
        for tick in ticks:
            y = to_y(tick)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(4, y - line_height / 2, axis_width - 6, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             fmt.number(tick, places))
            painter.setPen(QPen(grid, 0.6))
        slot = plot.width() / len(self.labels)
        width = slot * 0.75
        painter.setPen(Qt.PenStyle.NoPen)
        for k in range(len(self.labels)):
            bottom = 0.0
            x = plot.left() + slot * k + (slot - width) / 2
            for band in self.bands:
                value = float(band.values[k])
                if value <= 0:
                    continue
                painter.setBrush(QColor(band.colour))
                painter.drawRect(QRectF(x, to_y(bottom + value), width,
                                        to_y(bottom) - to_y(bottom + value)))
                bottom += value
        for line in self.lines:
            pen = QPen(QColor(line.colour) if line.colour else text, 1.4)
            if line.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = to_y(float(line.value))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(),
                                                                      plot.bottom()))
        self._draw_ticks(painter, plot, slot, QFontMetrics(painter.font()), text)
        if side_legend:
            self._draw_legend(painter, legend, QRectF(plot.right() + 12, plot.top(),
                                                     legend_width - 12, plot.height()),
                              metrics, text)
        else:
            self._draw_legend(painter, legend, QRectF(8, plot.bottom() + (lines_below + 0.5)
                                                     * line_height, self.width() - 16,
                                                     self.height()), metrics, text, flow=True)

    def _draw_ticks(self, painter: QPainter, plot: QRectF, slot: float, metrics: QFontMetrics,
                    text: QColor) -> None:
        """Period names under the axis, every ``every``-th or sparser when they would touch;
        a second line (the year under a month) only where it changes."""
        names = [label.split("\n")[0] for label in self.labels]
        groups = [label.split("\n")[1] if "\n" in label else "" for label in self.labels]
        widest = max(metrics.horizontalAdvance(n) for n in [*names, *groups]) + 8
        step = self.every
        while step * slot < widest and step < len(self.labels):
            step += self.every
        height = metrics.lineSpacing()
        shown_group = None
        painter.setPen(text)
        for k in range(0, len(self.labels), step):
            x = plot.left() + slot * k + slot / 2
            box = QRectF(x - slot * step / 2, plot.bottom() + 2, slot * step, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             names[k])
            if groups[k] and groups[k] != shown_group:
                painter.drawText(box.translated(0, height),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 groups[k])
                shown_group = groups[k]

    def _legend_entries(self) -> list[tuple[str, str | None, str]]:
        """(name, colour, kind) of each line then each band, top band first."""
        out: list[tuple[str, str | None, str]] = [
            (line.name, line.colour, "dash" if line.dashed else "line") for line in self.lines]
        out += [(band.name, band.colour, "box") for band in reversed(self.bands)]
        return out

    def _legend_rows(self, entries, metrics: QFontMetrics) -> int:
        width, rows, x = self.width() - 16, 1, 0
        for name, _, _ in entries:
            needed = metrics.horizontalAdvance(name) + 34
            if x and x + needed > width:
                rows, x = rows + 1, 0
            x += needed
        return rows if entries else 0

    def _draw_legend(self, painter: QPainter, entries, area: QRectF, metrics: QFontMetrics,
                     text: QColor, *, flow: bool = False) -> None:
        x, y = area.left(), area.top()
        height = metrics.height()
        for name, colour, kind in entries:
            needed = metrics.horizontalAdvance(name) + 34
            if flow and x > area.left() and x + needed > area.right():
                x, y = area.left(), y + height
            mark = QColor(colour) if colour else text
            if kind == "box":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark)
                painter.drawRect(QRectF(x, y + height * 0.25, 16, height * 0.5))
            else:
                pen = QPen(mark, 1.6)
                if kind == "dash":
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + height / 2), QPointF(x + 16, y + height / 2))
            painter.setPen(text)
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                       int(area.right() - x - 22) if not flow else needed)
            painter.drawText(QRectF(x + 22, y, area.right() - x - 22, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            if flow:
                x += needed
            else:
                y += height + 2
