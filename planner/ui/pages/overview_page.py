"""The household at a glance: total owed, this month's and next month's payments, the date the
last debt ends, what payments take of income (each with its "how is this computed" view), the
next 30 days, 24 months of obligations, and the warnings: money overdue, then the stress score
and the most severe stress warnings, each a link to the Stress page.

The page the app opens on is built in steps (issue 14): the figures and the next 30 days first,
painted before anything they do not need is loaded; then the warnings, which need the stress
rules and the true annual rates, so numpy (:meth:`OverviewPage.add_warnings`); then the chart
(:meth:`OverviewPage.finish`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.explain import Explanation
from planner.core.overview import explain_tiles
from planner.ui.charts.colours import item_colours
from planner.ui.explainers import attach_explanation
from planner.ui.i18n import Formatter
from planner.ui.models.upcoming_model import UpcomingModel
from planner.ui.pages.due_this_week import DueThisWeek
from planner.ui.pages.scrolling import fit_boxes_again, scrolling_layout
from planner.ui.pages.welcome import Welcome
from planner.ui.session import Session
from planner.ui.tables import Table

CHART_HEIGHT = 300


class Tile(QFrame):
    """One headline figure: a caption, a large value, a small note."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        self.value.setAccessibleName(caption)
        self.note = QLabel(self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)  # five fit side by side at 1024 pixels
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)  # values line up across tiles whose notes wrap

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class OverviewPage(QWidget):
    #: the window may build it figures first (``figures_first=True``), then call
    #: :meth:`add_warnings` and :meth:`finish`
    shows_figures_first = True

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 figures_first: bool = False) -> None:
        """``figures_first``: leave the warnings and the chart for :meth:`add_warnings` and
        :meth:`finish`, which the window calls once these figures are on screen; otherwise the
        page is built whole."""
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_overview")
        self.heading = QLabel(self.page_title(), self)
        self.heading.setObjectName("pageTitle")
        self.household = QLabel(self)
        self.household.setObjectName("hint")
        self.tiles = {
            "owed": Tile(self.tr("Total owed"), self),
            "this_month": Tile(self.tr("Due this month"), self),
            "next_month": Tile(self.tr("Due next month"), self),
            "debt_free": Tile(self.tr("Debt-free on"), self),
            "share": Tile(self.tr("Payments take of income"), self),
        }
        tiles = QGridLayout()
        tiles.setSpacing(12)
        for k, (key, tile) in enumerate(self.tiles.items()):
            tiles.addWidget(tile, 0, k)
            tiles.setColumnStretch(k, 1)
            attach_explanation(tile.value, lambda key=key: self.explanation(key),
                               tile.caption.text())
        self.upcoming_model = UpcomingModel(self)
        self.upcoming = Table(self)
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.setAccessibleName(self.tr("Payments due in the next 30 days"))
        self.upcoming.verticalHeader().hide()
        self.upcoming.setAlternatingRowColors(True)
        self.upcoming.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.upcoming.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.upcoming.horizontalHeader().setSectionResizeMode(
            UpcomingModel.Column.ITEM, QHeaderView.ResizeMode.Stretch)
        upcoming_box = QGroupBox(self.tr("Due in the next 30 days"), self)
        QVBoxLayout(upcoming_box).addWidget(self.upcoming)
        self.upcoming_empty = QLabel(self.tr("Nothing falls due in the next 30 days."), self)
        self.upcoming_empty.setObjectName("hint")
        upcoming_box.layout().addWidget(self.upcoming_empty)
        self.warnings_box = QGroupBox(self.tr("Warnings"), self)
        QVBoxLayout(self.warnings_box)
        self.chart_box = QGroupBox(self.tr("Obligations"), self)
        QVBoxLayout(self.chart_box)
        # the chart's room, kept while it is built, so nothing moves when it appears
        self.chart_room = QWidget(self.chart_box)
        self.chart_room.setMinimumHeight(CHART_HEIGHT)
        self.chart_box.layout().addWidget(self.chart_room)
        middle = QHBoxLayout()
        middle.addWidget(self.chart_box, 3)
        middle.addWidget(upcoming_box, 2)
        layout = scrolling_layout(self, fit_boxes=True)
        layout.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.household)
        layout.addLayout(head)
        self.welcome = Welcome(self)  # a profile with nothing in it: how to start
        self.welcome.add_item.connect(lambda: self._add_item(paste=False))
        self.welcome.paste_offer.connect(lambda: self._add_item(paste=True))
        self.welcome.import_statement.connect(lambda: self._window_does("import_statement"))
        self.welcome.import_portfolio.connect(lambda: self._window_does("import_portfolio"))
        layout.addWidget(self.welcome)
        self.due_week = DueThisWeek(self)  # what is due this week, first
        layout.addWidget(self.due_week)
        self.body = QWidget(self)  # everything that is zero or empty without items
        figures = QVBoxLayout(self.body)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setSpacing(12)
        figures.addLayout(tiles)
        figures.addLayout(middle, 1)
        figures.addWidget(self.warnings_box)
        layout.addWidget(self.body, 1)
        # Without items the body is hidden: the welcome stays at the top, the room left below
        # it (shared out among the heading and the welcome, it floated them mid-page).
        layout.addStretch(0)
        self._overdue: list[str] = []
        self.alerts = None  # the warnings, then the chart: add_warnings(), finish()
        self.chart = None
        session.items_changed.connect(self.refresh)
        session.figures_updated.connect(self.refresh)
        session.household_changed.connect(self.refresh)
        self.refresh()
        if not figures_first:
            self.finish()

    @property
    def finished(self) -> bool:
        return self.alerts is not None and self.chart is not None

    def add_warnings(self) -> None:
        """Add the warnings (once): the stress assessment and the rates it reads are loaded
        here, after the figures are on screen, and before the chart and the menus."""
        if self.alerts is not None:
            return
        from planner.ui.pages.overview_warnings import OverviewWarnings
        from planner.ui.stress_state import stress_state

        self.alerts = OverviewWarnings(self)
        self.alerts.warning_opened.connect(self.open_warning)
        self.alerts.stress_opened.connect(lambda: self.open_warning(-1))
        self.alerts.settings_opened.connect(self.open_settings)
        self.warnings = self.alerts.overdue  # money overdue, or the all-clear line
        self.warnings_box.layout().addWidget(self.alerts)
        self.stress = stress_state(self.session)
        self.stress.updated.connect(self._show_warnings)
        self._show_warnings()
        self._shown_now(self.alerts)

    def finish(self) -> None:
        """Add the warnings, if they are not there yet, and the chart (once)."""
        self.add_warnings()
        if self.chart is not None:
            return
        from planner.ui.charts.frame import ChartFrame
        from planner.ui.charts.obligations import ObligationsChart

        self.chart = ObligationsChart(self, height=CHART_HEIGHT)
        self.chart.setAccessibleName(self.tr("Monthly payments for the next 24 months"))
        self.chart_frame = ChartFrame(self.chart, self.chart_box)
        self.chart_box.layout().replaceWidget(self.chart_room, self.chart_frame)
        self.chart_room.deleteLater()
        self.draw_chart()
        self._shown_now(self.chart_frame)

    def _shown_now(self, widget: QWidget) -> None:
        """A widget added to a page already on screen: shown now (not after the next event),
        so the boxes are fitted to it at once."""
        if self.isVisible():
            widget.show()
            fit_boxes_again(self)

    def page_title(self) -> str:
        return self.tr("Overview")

    def _show_warnings(self) -> None:
        from planner.ui.stress_words import StressWords

        words = StressWords(self.session.currency, self.stress.names())
        self.alerts.set_warnings(self._overdue, self.stress.report(), words,
                                 income_missing=self.stress.income_missing)

    def _window_does(self, command: str) -> None:
        window = self.window()
        if hasattr(window, command):
            getattr(window, command)()

    def _add_item(self, paste: bool) -> None:
        """The product form for a first item (a loan until its kind is chosen in the form, or
        read from the offer's text); saved, it is shown on its own page."""
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("loans").add_item(paste=paste)

    def open_settings(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("settings")

    def open_warning(self, row: int) -> None:
        """Show the Stress page with the warning at ``row`` of the report chosen (-1: the page
        as it is)."""
        window = self.window()
        if not hasattr(window, "show_page") or "stress" not in getattr(window, "pages", {}):
            return
        page = window.show_page("stress")
        if row >= 0 and hasattr(page, "select_warning"):
            page.select_warning(row)

    def refresh(self, draw_chart: bool = True) -> None:
        session = self.session
        fmt = Formatter()
        household = session.household
        c = session.currency
        view = session.overview()
        self._overdue = [
            self.tr("{name}: {amount} was due on {date} and is not paid.").format(
                name=p.item.name, amount=fmt.money(p.overdue, p.item.product.currency),
                date=fmt.date(p.overdue_since))
            for p in session.positions() if p.item.is_open and p.overdue > 0]
        if self.alerts is not None:
            self._show_warnings()
        open_count = sum(1 for i in session.items() if i.is_open)
        name = household.name or self.tr("My household")
        self.household.setText(self.tr("{name} · 1 open item").format(name=name)
                               if open_count == 1 else
                               self.tr("{name} · {count} open items").format(
                                   name=name, count=open_count))
        empty = not session.items()
        self.welcome.setVisible(empty)
        self.body.setVisible(not empty)
        self.due_week.setVisible(not empty)
        self.tiles["owed"].set(fmt.money(view.total_owed, c),
                               self.tr("principal still to repay"))
        self.tiles["this_month"].set(fmt.money(view.this_month, c),
                                     fmt.month(session.today()))
        nxt = view.months[1] if len(view.months) > 1 else session.today()
        self.tiles["next_month"].set(fmt.money(view.next_month, c), fmt.month(nxt))
        self.tiles["debt_free"].set(fmt.date(view.debt_free) if view.debt_free else "—",
                                    self.tr("when the last payment falls due"))
        income = household.monthly_income
        if income > 0:
            share = view.next_month / income
            self.tiles["share"].set(fmt.ratio(share), self.tr(
                "next month, of {income} income").format(income=fmt.money(income, c)))
        else:
            self.tiles["share"].set("—", self.tr("enter your income in Settings"))
        self.upcoming_model.set_rows(view.upcoming)
        self.due_week.set_upcoming(view.upcoming, session.today(), c)
        self.upcoming.setVisible(bool(view.upcoming))
        self.upcoming_empty.setVisible(not view.upcoming)
        self._view = view
        if draw_chart:
            self.draw_chart()

    def explanation(self, tile: str) -> Explanation | None:
        """How the figure on ``tile`` is computed, from the numbers it shows."""
        return explain_tiles(self._view, self.session.household.monthly_income).get(tile)

    def draw_chart(self) -> None:
        if self.chart is None:  # presenter mode switched on before the chart is built
            return
        view = self._view
        household = self.session.household
        series = [(item.id, item.name, amounts) for item, amounts in view.by_item
                  if any(amounts)]
        spare = household.monthly_income - household.essential_expenses \
            if household.essential_expenses > 0 else None
        colours = item_colours(i.id for i in self.session.items())
        self.chart.show_obligations(view.months, series, colours, household.monthly_income,
                                    self.session.currency,
                                    spare if spare is None or spare > 0 else Decimal(0))
