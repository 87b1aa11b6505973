"""One item in detail: its key figures, the schedule, the balance and payment-split charts, the
payments recorded, and the prepayment what-if. Charts draw only when their tab is shown.

A combined loan (组合贷) has a picker above its schedule: all parts (the loan's schedule, the sum
of the parts', FINANCE.md "Combined loans") or one part's own schedule."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.figures import Figures
from planner.core.overview import ItemPosition
from planner.core.product import Kind
from planner.ui import labels
from planner.ui.charts.balance import BalanceChart
from planner.ui.charts.split import SplitChart
from planner.ui.explainers import attach_figure_explanations
from planner.ui.i18n import Formatter
from planner.ui.models.payments_model import PaymentsModel
from planner.ui.models.schedule_model import ScheduleModel
from planner.ui.pages.prepayment_panel import PrepaymentPanel
from planner.ui.tables import Table, spread_columns


class ItemDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position: ItemPosition | None = None
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = [("owed", self.tr("Owed today")), ("payment", labels.topic("payment")),
                 ("total_cost", labels.topic("total_cost")), ("apr", labels.topic("apr")),
                 ("ear", labels.topic("ear")), ("last", self.tr("Last payment")),
                 ("paid", self.tr("Paid so far"))]
        for k, (key, text) in enumerate(names):
            caption = QLabel(text, self)
            caption.setObjectName("figureCaption")
            value = QLabel("—", self)
            value.setObjectName("figureValue")
            value.setAccessibleName(text)
            grid.addWidget(caption, 0, k)
            grid.addWidget(value, 1, k)
            self.values[key] = value
        attach_figure_explanations(self.values, lambda: self.position.figures
                                   if self.position is not None else None)
        self.schedule_model = ScheduleModel(self)
        self.schedule_view = _table(self, self.schedule_model, self.tr("Repayment schedule"))
        schedule_tab = QWidget(self)
        self.part_picker = QComboBox(schedule_tab)
        self.part_picker.setAccessibleName(self.tr("Schedule of which part"))
        self.part_picker.setToolTip(self.tr(
            "A combined loan's schedule is the sum of its parts' schedules: show the whole "
            "loan's or one part's."))
        self.part_picker.currentIndexChanged.connect(self._show_part)
        self.part_label = QLabel(self.tr("Part:"), schedule_tab)
        self.part_label.setBuddy(self.part_picker)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.part_label)
        picker_row.addWidget(self.part_picker)
        picker_row.addStretch(1)
        schedule_layout = QVBoxLayout(schedule_tab)
        schedule_layout.setContentsMargins(0, 0, 0, 0)
        schedule_layout.addLayout(picker_row)
        schedule_layout.addWidget(self.schedule_view, 1)
        self.balance_chart = BalanceChart(self)
        self.balance_chart.setAccessibleName(self.tr("Remaining balance chart"))
        self.split_chart = SplitChart(self)
        self.split_chart.setAccessibleName(self.tr("Principal and interest chart"))
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.balance_chart)
        charts_layout.addWidget(self.split_chart)
        self.payments_model = PaymentsModel(self)
        self.payments_view = _table(self, self.payments_model, self.tr("Payments made"))
        self.prepayment = PrepaymentPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("The item in detail"))
        self.tabs.addTab(schedule_tab, self.tr("Schedule"))
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(self.payments_view, self.tr("Payments made"))
        self.tabs.addTab(self.prepayment, self.tr("Repay early?"))
        self.tabs.setAccessibleName(self.tr("Item details"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)
        self._charts_stale = True
        self.today = date.today()

    def show_position(self, position: ItemPosition | None, today: date) -> None:
        self.position = position
        self.today = today
        fmt = Formatter()
        if position is None:
            self.title.setText(self.tr("Select an item to see its schedule"))
            self.subtitle.setText("")
            for label in self.values.values():
                label.setText("—")
            self._set_parts(None)
            self.payments_model.set_payments([], "CNY")
            self.prepayment.set_figures(None, today)
            return
        item, figures = position.item, position.figures
        c = item.product.currency
        self.title.setText(item.name)
        rate = item.product.rate
        parts = [labels.kind_names()[item.product.kind]]
        if item.lender:
            parts.append(item.lender)
        parts.append(labels.quoted_rate(rate))
        if item.product.kind is not Kind.CARD and item.product.method is not None:
            parts.append(labels.method_names()[item.product.method])
        if position.overdue > 0:  # said here too, not only in a column that may be off screen
            parts.append(self.tr("Overdue {amount} since {date}").format(
                amount=fmt.money(position.overdue, c), date=fmt.date(position.overdue_since)))
        else:
            parts.append(labels.status_names()[item.status])
        if position.paid_ahead > 0:  # as planner list says it: money paid before it is due
            parts.append(self.tr("{paid_ahead} {amount}").format(
                paid_ahead=labels.word("paid_ahead"), amount=fmt.money(position.paid_ahead, c)))
        self.subtitle.setText(" · ".join(parts))
        self.values["owed"].setText(fmt.money(position.owed, c))
        self.values["paid"].setText(fmt.money(position.paid_so_far, c))
        if figures is None:
            for key in ("payment", "total_cost", "apr", "ear", "last"):
                self.values[key].setText("—")
        else:
            self.values["payment"].setText(fmt.money(figures.payment, c))
            self.values["total_cost"].setText(fmt.money(figures.total_cost, c))
            self.values["apr"].setText(fmt.rate(figures.apr.rate))
            self.values["ear"].setText(fmt.rate(figures.apr.effective_annual_rate))
            self.values["last"].setText(fmt.date(figures.schedule.last_date))
        self._set_parts(figures)
        self.payments_model.set_payments(item.payments, c)
        self.prepayment.set_figures(figures, today)
        self._charts_stale = True
        self._tab_changed(self.tabs.currentIndex())

    def _set_parts(self, figures: Figures | None) -> None:
        """Offer the parts of a combined loan above its schedule (the picker is hidden for any
        other item), keeping the part shown when the same loan is shown again."""
        names = [name for name, _ in figures.schedule.parts] if figures is not None else []
        shown = self.part_picker.currentData()
        self.part_picker.blockSignals(True)
        self.part_picker.clear()
        if names:
            self.part_picker.addItem(self.tr("All parts (the whole loan)"), None)
            for name in names:
                self.part_picker.addItem(name, name)
            self.part_picker.setCurrentIndex(max(self.part_picker.findData(shown), 0))
        self.part_picker.blockSignals(False)
        self.part_picker.setVisible(bool(names))
        self.part_label.setVisible(bool(names))
        self._show_part()

    def _show_part(self, _index: int = 0) -> None:
        """The schedule picked: the whole item's, or the part's chosen in the picker."""
        position = self.position
        figures = position.figures if position is not None else None
        if figures is None:
            currency = position.item.product.currency if position is not None else "CNY"
            self.schedule_model.set_schedule([], currency)
            return
        schedule = dict(figures.schedule.parts).get(self.part_picker.currentData(),
                                                    figures.schedule)
        self.schedule_model.set_schedule(schedule.rows, figures.product.currency,
                                         card=figures.product.kind is Kind.CARD)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._charts_stale:
            self.draw_charts()

    def draw_charts(self) -> None:
        position = self.position
        self._charts_stale = False
        if position is None or position.figures is None:
            return
        figures = position.figures
        rows = figures.schedule.rows
        if not rows:
            return
        opening = rows[0].balance + rows[0].principal
        self.balance_chart.show_balance(figures.product.start, opening, [r.date for r in rows],
                                        [r.balance for r in rows])
        self.split_chart.show_rows(rows)


def _table(parent: QWidget, model, name: str) -> QTableView:
    view = Table(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    spread_columns(view)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return view
