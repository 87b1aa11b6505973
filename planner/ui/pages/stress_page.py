"""Repayment stress: the stress score with each factor's share, the warnings each with its numbers,
rule and "why", the obligations against income and the debt-to-income lines by month or by
week, and "can I afford this?" (issue 5). The analysis is ``planner.core.stress``'s, shared
with the Overview through :mod:`planner.ui.stress_state`."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.stress import StressReport
from planner.ui.charts.colours import item_colours
from planner.ui.charts.frame import ChartFrame
from planner.ui.charts.stress import StressChart
from planner.ui.i18n import Formatter
from planner.ui.pages.scrolling import scrolling_layout
from planner.ui.pages.stress_score import ScoreCard
from planner.ui.pages.stress_warnings import WarningsPanel
from planner.ui.pages.stress_whatif import WhatIfPanel
from planner.ui.session import Session
from planner.ui.stress_state import stress_state
from planner.ui.stress_words import StressWords


class StressPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = stress_state(session)
        self.setObjectName("page_stress")
        heading = QLabel(self.page_title(), self)
        heading.setObjectName("pageTitle")
        self.as_of = QLabel(self)
        self.as_of.setObjectName("hint")
        self.status = QLabel(self)
        self.status.setObjectName("fieldError")
        self.status.setWordWrap(True)
        self.status.hide()
        self.score = ScoreCard(self)
        self.warnings = WarningsPanel(self)
        self.warnings.thresholds_asked.connect(self.open_thresholds)
        # after the new words are laid out: their height is known only then
        self.warnings.resized.connect(lambda: QTimer.singleShot(0, self, self._fit_top))
        top = QWidget(self)
        self.top_layout = top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(12)
        top_layout.addWidget(self.score, 2)
        top_layout.addWidget(self.warnings, 3)
        self.top = top

        self.chart = StressChart(self, height=180)
        self.chart.setAccessibleName(self.tr("Debt payments against income"))
        self.monthly = QRadioButton(self.tr("&Monthly, 36 months"), self)
        self.weekly = QRadioButton(self.tr("&Weekly, 13 weeks"), self)
        self.monthly.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.monthly)
        group.addButton(self.weekly)
        self.monthly.toggled.connect(lambda _on: self.draw_chart())
        chart_tab = QWidget(self)
        switch = QHBoxLayout()
        switch.addWidget(self.monthly)
        switch.addWidget(self.weekly)
        switch.addStretch(1)
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.setContentsMargins(8, 6, 8, 4)
        chart_layout.addLayout(switch)
        self.chart_frame = ChartFrame(self.chart, chart_tab)
        chart_layout.addWidget(self.chart_frame, 1)
        self.whatif = WhatIfPanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Obligations and what-ifs"))
        self.tabs.addTab(chart_tab, self.tr("Obligations against income"))
        self.tabs.addTab(self.whatif, self.tr("What if… (can I afford this?)"))
        self.tabs.currentChanged.connect(self._tab_changed)

        head = QHBoxLayout()
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.as_of)
        layout = scrolling_layout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)
        self._whatif_stale = False  # the panel worked itself out when it was made
        self.state.updated.connect(self.refresh)
        session.items_changed.connect(self._mark_whatif_stale)
        session.household_changed.connect(self._mark_whatif_stale)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Stress")

    @property
    def report(self) -> StressReport | None:
        return self.state.report()

    def words(self) -> StressWords:
        return StressWords(self.session.currency, self.state.names())

    def refresh(self) -> None:
        report = self.state.report()
        words = self.words()
        error = self.state.error
        self.status.setVisible(error is not None)
        if error is not None:
            self.status.setText(self.tr("The stress analysis cannot be worked out: "
                                        "{problem}").format(problem=str(error)))
        self.as_of.setText(self.tr("As of {date}, {currency}").format(
            date=Formatter().date(self.session.today()), currency=self.session.currency))
        missing = self.state.income_missing
        self.score.set_report(report, words, income_missing=missing)
        if missing and error is None:
            self.status.setVisible(True)
            self.status.setText(self.tr(
                "No income is recorded: the score and the warnings that weigh payments "
                "against income wait for it. Enter your monthly income in Settings."))
        self.warnings.set_report(report, words)
        QTimer.singleShot(0, self, self._fit_top)
        self.draw_chart()

    def _fit_top(self) -> None:
        """Keep the score and the chosen warning's words whole: the box layout would squeeze
        wrapped text to give the tabs below more room (it under-counts height-for-width), so
        the top is held at what its parts need at the widths they have."""
        panel = self.warnings
        # side by side where both fit, else the score above the warnings (presenter mode's
        # larger type, a narrow window): never squeezed below what their tables need
        table = panel.table  # the warnings whole, not scrolled sideways
        needed = (self.score.minimumSizeHint().width() + self.top_layout.spacing()
                  + max(panel.minimumSizeHint().width(),
                        table.horizontalHeader().length() + 2 * table.frameWidth() + 4))
        room = self.width() - 32 - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        stacked = needed > room  # the page's own width: its content grows to its minimum
        self.top_layout.setDirection(QBoxLayout.Direction.TopToBottom if stacked
                                     else QBoxLayout.Direction.LeftToRight)
        width = self.top.width() if stacked else panel.width()
        words = panel.heightForWidth(width) if width > 200 else panel.sizeHint().height()
        score = self.score.sizeHint().height()
        self.top.setMinimumHeight(score + self.top_layout.spacing() + words if stacked
                                  else max(words, score))
        # The scroll area learns of a new minimum only through the content's own size.
        content = self.top.parentWidget()
        content.layout().activate()
        content.setMinimumHeight(content.layout().minimumSize().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_top)  # once the styled fonts are in

    def draw_chart(self) -> None:
        report = self.state.report()
        if report is None or not self.isVisible():
            self._chart_pending = True
            return
        self._chart_pending = False
        colours = item_colours(i.id for i in self.session.items())
        self.chart.show_projection(report.projection, self.state.names(), colours,
                                   report.thresholds, weekly=self.weekly.isChecked())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_top)
        if getattr(self, "_chart_pending", True):
            self.draw_chart()
        if self._whatif_stale and self.tabs.currentWidget() is self.whatif:
            self._tab_changed(self.tabs.currentIndex())

    def _mark_whatif_stale(self) -> None:
        self._whatif_stale = True
        if self.isVisible() and self.tabs.currentWidget() is self.whatif:
            self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.whatif and self._whatif_stale:
            self._whatif_stale = False
            self.whatif.recompute()

    def select_warning(self, row: int) -> None:
        """Show the warning at ``row`` of the report (most severe first)."""
        self.warnings.select(row)

    def open_thresholds(self) -> None:
        window = self.window()
        if hasattr(window, "show_page") and "settings" in getattr(window, "pages", {}):
            page = window.show_page("settings")
            if hasattr(page, "thresholds"):
                page.thresholds.setFocus()
