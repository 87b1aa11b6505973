"""What a product really costs, shown beside its form as it is typed: the payment, interest,
fees, total cost, the true APR and EAR (each with its "how is this computed" view), a note on
the quote, the balance chart and the schedule. Dashes while the terms are refused."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.core.figures import Figures
from planner.core.product import Kind
from planner.ui import labels
from planner.ui.charts.balance import BalanceChart
from planner.ui.dialogs.product_fields import PER_ORIGINAL
from planner.ui.explainers import attach_figure_explanations
from planner.ui.i18n import Formatter
from planner.ui.models.schedule_model import ScheduleModel
from planner.ui.tables import Table


class ProductPreview(QGroupBox):
    """The figures, chart and schedule of the product the form describes."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What it really costs"))
        self.currency = currency
        self.fmt = Formatter()
        self.figures: Figures | None = None
        grid = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        names = [(key, labels.topic(key)) for key in ("payment", "total_interest", "total_fees",
                                                       "total_cost", "apr", "ear")]
        names.append(("last", self.tr("Last payment")))
        for k, (key, text) in enumerate(names):
            caption = QLabel(text, self)
            caption.setObjectName("figureCaption")
            value = QLabel("—", self)
            value.setObjectName("figureValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text)
            grid.addWidget(caption, (k // 2) * 2, k % 2)
            grid.addWidget(value, (k // 2) * 2 + 1, k % 2)
            self.figure_labels[key] = value
        attach_figure_explanations(self.figure_labels, lambda: self.figures)
        self.apr_note = QLabel(self)
        self.apr_note.setObjectName("hint")
        self.apr_note.setWordWrap(True)
        self.schedule_model = ScheduleModel(self)
        self.schedule_view = Table(self)
        self.schedule_view.setModel(self.schedule_model)
        self.schedule_view.setAccessibleName(self.tr("Schedule preview"))
        self.schedule_view.verticalHeader().hide()
        # each column as wide as its figures (a narrow preview scrolls sideways rather than
        # cutting "¥893.33" to "¥89…")
        header = self.schedule_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.schedule_view.setAlternatingRowColors(True)
        self.chart = BalanceChart(self, height=170, fixed_margins=True)
        self.chart.setAccessibleName(self.tr("Balance chart"))
        inner = QVBoxLayout(self)
        inner.addLayout(grid)
        inner.addWidget(self.apr_note)
        inner.addWidget(self.chart, 2)
        inner.addWidget(self.schedule_view, 3)

    def show_figures(self, figures: Figures | None) -> None:
        """Show ``figures``, or dashes and an empty schedule and chart for None."""
        self.figures = figures
        fmt = self.fmt
        values = self.figure_labels
        if figures is None:
            for label in values.values():
                label.setText("—")
            self.apr_note.setText("")
            self.schedule_model.set_schedule([], self.currency)
            if self.chart.figure is not None:  # no stale curve beside dashes
                self.chart.draw(lambda figure, colours: None)
            return
        c = figures.product.currency
        values["payment"].setText(fmt.money(figures.payment, c))
        values["total_interest"].setText(fmt.money(figures.total_interest, c))
        values["total_fees"].setText(fmt.money(figures.total_fees, c))
        values["total_cost"].setText(fmt.money(figures.total_cost, c))
        values["apr"].setText(fmt.rate(figures.apr.rate))
        values["ear"].setText(fmt.rate(figures.apr.effective_annual_rate))
        values["last"].setText(fmt.date(figures.schedule.last_date))
        self.apr_note.setText(self._note(figures))
        rows = figures.schedule.rows
        self.schedule_model.set_schedule(rows, c, card=figures.product.kind is Kind.CARD)
        self.chart.show_balance(figures.product.start,
                                rows[0].balance + rows[0].principal if rows else Decimal(0),
                                [r.date for r in rows], [r.balance for r in rows])

    def _note(self, figures: Figures) -> str:
        """The convention, and what the quote hides: a fee on the original amount, the months
        a card takes, several solving rates."""
        fmt = self.fmt
        quoted = figures.product.rate.annual_equivalent
        note = labels.convention_names()[figures.apr.convention]
        if figures.product.rate.quote in PER_ORIGINAL and quoted > 0:
            note = self.tr("{convention}. The quoted fee looks like {quoted} a year; charged on "
                           "the original amount it really costs {apr}.").format(
                convention=note, quoted=fmt.line(quoted), apr=fmt.rate(figures.apr.rate))
        if figures.months_to_payoff is not None:
            note += " " + self.tr("Paid this way, the card is clear after {months} months."
                                  ).format(months=figures.months_to_payoff)
        if figures.apr.multiple_roots:
            note += " " + self.tr("Several rates solve these payments; the lowest positive one "
                                  "is shown.")
        return note
