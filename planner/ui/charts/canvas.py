"""A chart area that loads matplotlib only when it first draws, with a CJK-capable font and
colours taken from the window's palette (light or dark)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure



_configured = False
#: Dots per inch of a chart's figure: presenter mode raises it, so chart text grows with the rest.
chart_dpi = 100


def configure_matplotlib() -> None:
    """Import matplotlib's Qt canvas and set fonts; done once, on the first chart."""
    global _configured
    if _configured:
        return
    import matplotlib

    from planner.reports.fonts import CJK_FAMILIES, LATIN_FAMILY, find_cjk_font

    matplotlib.use("QtAgg", force=False)
    find_cjk_font()  # a CJK font installed since matplotlib's font cache was made is learnt
    # Fonts with Chinese glyphs, the reports' order; DejaVu Sans is matplotlib's last resort.
    preferred = [*CJK_FAMILIES, LATIN_FAMILY]
    rc = matplotlib.rcParams
    rc["font.family"] = "sans-serif"
    rc["font.sans-serif"] = preferred + [f for f in rc["font.sans-serif"] if f not in preferred]
    rc["axes.unicode_minus"] = False  # CJK fonts lack U+2212; a hyphen reads the same
    rc["figure.dpi"] = 100
    _configured = True


class ChartView(QWidget):
    """Holds a matplotlib figure; :meth:`draw` clears it and calls ``paint(figure, colours)``."""

    def __init__(self, parent: QWidget | None = None, *, height: int = 240,
                 fixed_margins: bool = False) -> None:
        super().__init__(parent)
        # Constrained layout fits labels and legends but costs half of every redraw; a chart
        # redrawn at each keystroke (the form's preview) uses fixed margins instead.
        self.fixed_margins = fixed_margins
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: Any = None
        self.figure: Figure | None = None
        self._pending: Callable[[Figure, dict[str, str]], None] | None = None
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _ensure_canvas(self) -> None:
        if self._canvas is not None:
            return
        configure_matplotlib()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(dpi=chart_dpi, layout=None if self.fixed_margins else "constrained")
        self._canvas = FigureCanvasQTAgg(self.figure)
        self._canvas.setParent(self)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._canvas.setAccessibleName(self.accessibleName())
        self._layout.addWidget(self._canvas)
        if self.fixed_margins:  # margins in pixels follow the canvas's size
            self._canvas.mpl_connect("resize_event", lambda _event: self._fit_margins())

    def _fit_margins(self) -> None:
        """Fixed margins in pixels, not shares of the size: a narrow preview keeps room for
        "100,000" beside its axis, a wide one does not waste it."""
        if self.figure is None:
            return
        width = max(self.figure.get_figwidth() * self.figure.dpi, 1.0)
        height = max(self.figure.get_figheight() * self.figure.dpi, 1.0)
        self.figure.subplots_adjust(left=min(0.4, 64 / width), right=1 - min(0.2, 28 / width),
                                    top=1 - min(0.3, 24 / height),
                                    bottom=min(0.4, 30 / height))

    def colours(self) -> dict[str, str]:
        palette = self.palette()
        return {"background": palette.color(QPalette.ColorRole.Base).name(),
                "text": palette.color(QPalette.ColorRole.WindowText).name(),
                "grid": palette.color(QPalette.ColorRole.Mid).name(),
                "accent": palette.color(QPalette.ColorRole.Highlight).name()}

    def draw(self, paint: Callable[[Figure, dict[str, str]], None], *, now: bool = False) -> None:
        """Draw ``paint`` now if the chart can be seen, else when it is first shown: a page
        built behind the one on screen (the payoff plan at start-up) costs nothing until then.
        ``now`` draws at once regardless (a screenshot, a timing)."""
        if not now and not self.isVisible() and self.window().isVisible():
            self._pending = paint
            return
        self._pending = None
        self._paint(paint, now=now)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending is not None:
            paint, self._pending = self._pending, None
            self._paint(paint, now=False)

    def _paint(self, paint: Callable[[Figure, dict[str, str]], None], *, now: bool) -> None:
        self._ensure_canvas()
        assert self.figure is not None
        import matplotlib

        colours = self.colours()
        self.figure.clear()
        self.figure.set_facecolor(colours["background"])
        with matplotlib.rc_context({"text.color": colours["text"],
                                    "axes.labelcolor": colours["text"],
                                    "xtick.color": colours["text"],
                                    "ytick.color": colours["text"]}):
            paint(self.figure, colours)
        if self.fixed_margins:
            self._fit_margins()
        if now:
            self._canvas.draw()
        else:
            self._canvas.draw_idle()

    @property
    def canvas(self) -> Any:
        return self._canvas

    def set_dpi(self, dpi: float) -> None:
        """Draw at ``dpi`` from now on: the same pixels, larger or smaller text and lines."""
        if self.figure is None or self._canvas is None:
            return
        # matplotlib's Qt canvas multiplies the figure's original dpi by the screen's pixel
        # ratio whenever that changes; the original is kept on the figure, so set it too.
        self.figure._original_dpi = dpi
        self.figure.set_dpi(dpi * self._canvas.device_pixel_ratio)
        self.figure.set_size_inches(self._canvas.width() / dpi, self._canvas.height() / dpi,
                                    forward=False)
        self._canvas.draw_idle()


def style_axes(ax: Any, colours: dict[str, str]) -> None:
    """Quiet axes: no top/right spines, a light grid behind the data, palette text."""
    ax.set_facecolor(colours["background"])
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(colours["grid"])
    ax.tick_params(colors=colours["text"], labelsize=8)
    ax.yaxis.label.set_color(colours["text"])
    ax.xaxis.label.set_color(colours["text"])
    ax.title.set_color(colours["text"])
    ax.grid(axis="y", color=colours["grid"], alpha=0.35, linewidth=0.6)
    ax.set_axisbelow(True)


def money_axis(ax: Any, fmt: Any) -> None:
    """Y tick labels as whole money amounts in the locale's digits (12,000)."""
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt.number(value, 0)))


def month_axis(ax: Any, fmt: Any) -> None:
    """X tick labels as months ("Oct 2027", "2027年10月"), as many as fit side by side: the
    charts that run along a calendar (a balance, a cost of credit paid so far) share it."""
    from matplotlib.dates import AutoDateLocator, num2date
    from matplotlib.ticker import FuncFormatter

    # as many month labels as fit side by side ("2027年10月" is some 70 pixels wide)
    width = ax.figure.get_figwidth() * ax.figure.dpi * ax.get_position().width
    most = max(2, min(7, int(width // 90)))
    locator = AutoDateLocator(minticks=min(3, most), maxticks=most)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: fmt.month(num2date(value).date())))
