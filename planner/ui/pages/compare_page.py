"""Compare 2 to 6 offers side by side under one APR convention, cheapest first, with the cost of
credit paid over time. Offers are typed the way each lender quotes them, taken from items, or
opened from a file (and saved to one)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.compare import MAX_OFFERS, MIN_OFFERS, Comparison, Offer, compare_offers
from planner.core.convention import Convention
from planner.core.errors import InputError
from planner.core.explain import Explanation
from planner.core.product import Kind, parse_product
from planner.ui import labels
from planner.ui.charts.cumulative import CumulativeCostChart
from planner.ui.charts.frame import ChartFrame
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.explainers import FIGURE_EXPLANATIONS, attach_cell_explanations
from planner.ui.i18n import Formatter
from planner.ui.models.compare_model import CompareModel
from planner.ui.pages.compare_files import OfferFiles
from planner.ui.pages.compare_saved import SavedComparisons
from planner.ui.pages.compare_stress import StressEffectPanel
from planner.ui.pages.scrolling import scrolling_layout
from planner.ui.session import Session
from planner.ui.tables import Table, fit_rows, sorted_by

_C = CompareModel.Column
_EXPLAINED = {_C.PAYMENT: FIGURE_EXPLANATIONS["payment"],
              _C.TOTAL_COST: FIGURE_EXPLANATIONS["total_cost"],
              _C.APR: FIGURE_EXPLANATIONS["apr"], _C.EAR: FIGURE_EXPLANATIONS["ear"]}


class ComparePage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_compare")
        self.offers: list[Offer] = []
        self.comparison: Comparison | None = None
        heading = QLabel(self.page_title(), self)
        heading.setObjectName("pageTitle")
        intro = QLabel(self.tr("Each lender quotes its price its own way. Enter the offers "
                               "as quoted; they are ranked by their true annual rate."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Offers to compare"))
        self.list.setMaximumHeight(150)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_offer())
        self.add_button = QPushButton(self.tr("&Add an offer…"), self)
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.add_offer)
        self.paste_button = QPushButton(self.tr("&Paste an offer…"), self)
        self.paste_button.setToolTip(self.tr("Add an offer from the lender's own text"))
        self.paste_button.clicked.connect(lambda: self.add_offer(paste=True))
        self.from_items = QPushButton(self.tr("From my &items"), self)
        self.from_items.clicked.connect(self._items_menu)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_offer)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_offer)
        self.example_button = QPushButton(self.tr("Load an e&xample"), self)
        self.example_button.clicked.connect(self.load_example)
        self.convention = QComboBox(self)
        self.convention.setAccessibleName(self.tr("APR convention"))
        for convention, name in labels.convention_names().items():
            self.convention.addItem(name, convention.value)
        default = session.convention or Convention.CN_IRR
        self.convention.setCurrentIndex(self.convention.findData(default.value))
        self.convention.currentIndexChanged.connect(self.recompute)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.paste_button, self.from_items, self.edit_button,
                       self.remove_button, self.example_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.saved = SavedComparisons(session, lambda: list(self.offers), self)
        self.saved.opened.connect(self._open_saved)
        self.files = OfferFiles(session, lambda: list(self.offers), self)
        self.files.opened.connect(self._open_file)
        offers_box = QGroupBox(self.tr("Offers"), self)
        offers_layout = QVBoxLayout(offers_box)
        # the comparisons kept in the profile, then the offer files on their own line: side by
        # side they do not fit 1024 pixels in Chinese
        offers_layout.addWidget(self.saved)
        files_row = QHBoxLayout()
        files_row.addStretch(1)
        files_row.addWidget(self.files)
        offers_layout.addLayout(files_row)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        offers_layout.addLayout(row)
        self.model = CompareModel(self)
        self.table = Table(self, self.tr("Offers ranked"))
        self.proxy = sorted_by(self.table, self.model, CompareModel.Column.RANK)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompareModel.Column.NAME, QHeaderView.ResizeMode.Stretch)
        attach_cell_explanations(self.table, self._cell_explanation)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("outcome")
        self.verdict.setWordWrap(True)
        self.chart = CumulativeCostChart(self, height=150)
        self.chart.setAccessibleName(self.tr("Cost of credit over time"))
        self.stress = StressEffectPanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("The offers compared"))
        self.chart_frame = ChartFrame(self.chart, self)  # its numbers one click away
        self.tabs.addTab(self.chart_frame, self.tr("Cost over time"))
        self.tabs.addTab(self.stress, self.tr("Effect on my stress"))
        self.tabs.setAccessibleName(self.tr("Cost over time and effect on my stress"))
        for signal in (session.items_changed, session.household_changed):
            signal.connect(self.stress.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        label = QLabel(self.tr("APR &convention"), self)
        label.setBuddy(self.convention)
        top.addWidget(label)
        top.addWidget(self.convention)
        # The ranking shows every offer's row (up to six) and the page scrolls when the window
        # is short: at 1024 x 700 the table was squeezed to one row of three offers.
        layout = scrolling_layout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(offers_box)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table)
        self.tabs.setMinimumHeight(280)
        layout.addWidget(self.tabs, 1)  # the chart gets the room left
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(lambda *_: fit_rows(self.table, 2, 6))
        fit_rows(self.table, 2, 6)
        self.recompute()

    def page_title(self) -> str:
        return self.tr("Compare offers")

    def _form(self, offer: Offer | None) -> ProductForm:
        from planner.core.portfolio import Item

        item = Item("offer", offer.name, offer.product) if offer else None
        return ProductForm(offer.product.kind if offer else Kind.LOAN, item=item, offer=True,
                           currency=self.session.currency, convention=self._convention(),
                           today=self.session.today(), parent=self)

    def add_offer(self, paste: bool = False) -> None:
        """A new offer from the form; ``paste``: the form filled from the lender's text
        first (nothing added when the paste box is cancelled)."""
        if len(self.offers) >= MAX_OFFERS:
            return
        form = self._form(None)
        if paste and not form.paste_offer():
            return
        if form.exec() == QDialog.DialogCode.Accepted and form.item() is not None:
            item = form.item()
            self.offers.append(Offer(item.name, item.product))
            self.recompute()

    def edit_offer(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.offers):
            return
        form = self._form(self.offers[row])
        if form.exec() == QDialog.DialogCode.Accepted and form.item() is not None:
            item = form.item()
            self.offers[row] = Offer(item.name, item.product)
            self.recompute()

    def remove_offer(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.offers):
            del self.offers[row]
            self.recompute()

    def _items_menu(self) -> None:
        menu = QMenu(self)
        for item in self.session.items():
            if item.product.kind is Kind.CARD:
                continue
            action = menu.addAction(item.name)
            action.triggered.connect(lambda _c=False, i=item: self._add_item(i))
        menu.exec(self.from_items.mapToGlobal(self.from_items.rect().bottomLeft()))

    def _add_item(self, item) -> None:
        if len(self.offers) < MAX_OFFERS:
            self.offers.append(Offer(item.name, item.product))
            self.recompute()

    def _open_saved(self, _name: str, offers: list[Offer]) -> None:
        self.offers = list(offers[:MAX_OFFERS])
        self.recompute()

    def _open_file(self, offers: list[Offer]) -> None:
        self.offers = list(offers)
        self.recompute()

    def _cell_explanation(self, index: QModelIndex) -> Explanation | None:
        """The payment, total cost, APR and EAR cells of an offer, explained."""
        source = self.proxy.mapToSource(index)
        explain = _EXPLAINED.get(source.column())
        if explain is None or not 0 <= source.row() < self.model.rowCount():
            return None
        return explain(self.model.row_at(source.row()).figures)

    def load_example(self) -> None:
        """Three ways to borrow 10,000 for a year, as each is advertised."""
        start = self.session.today().isoformat()
        examples = [
            (self.tr("Card installment, 0.6% a month fee"),
             {"kind": "installment", "rate": {"monthly_fee": "0.006"}}),
            (self.tr("Cash loan, 0.03% a day"),
             {"kind": "credit_line", "rate": {"daily": "0.0003"}, "method": "annuity"}),
            (self.tr("Bank loan, 6% a year, 300 fee"),
             {"kind": "loan", "rate": {"annual": "0.06"},
              "fees": [{"type": "upfront", "amount": "300"}]}),
        ]
        self.offers = [Offer(name, parse_product({"principal": "10000", "start": start,
                                                  "term": 12, **spec}))
                       for name, spec in examples]
        self.recompute()

    def _convention(self) -> Convention:
        return Convention(self.convention.currentData())

    def recompute(self) -> None:
        self.list.clear()
        fmt = Formatter()
        for offer in self.offers:
            p = offer.product
            text = self.tr("{name} — {amount}, {rate}, {term} payments").format(
                name=offer.name, amount=fmt.money(p.principal, p.currency),
                rate=labels.quoted_rate(p.rate),
                term=p.term)
            QListWidgetItem(text, self.list)
        self.add_button.setEnabled(len(self.offers) < MAX_OFFERS)
        self.paste_button.setEnabled(len(self.offers) < MAX_OFFERS)
        self.saved.set_can_save(bool(self.offers))
        self.files.set_can_save(bool(self.offers))
        self.stress.show_offers(self.offers)
        self.comparison = None
        if len(self.offers) < MIN_OFFERS:
            self.model.set_rows([])
            self.verdict.setText(self.tr("Add at least two offers (up to six) to compare them."))
            self.chart_frame.setVisible(False)
            return
        try:
            self.comparison = compare_offers(self.offers, self._convention())
        except InputError as error:
            self.model.set_rows([])
            self.verdict.setText(self.tr("These offers cannot be compared: {problem}").format(
                problem=str(error)))
            return
        ranked = self.comparison.ranked
        self.model.set_rows(ranked)
        best, worst = ranked[0], ranked[-1]
        c = best.offer.product.currency
        self.verdict.setText(self.tr("Cheapest: {best} at {apr} a year. The dearest, {worst}, "
                                     "costs {extra} more.").format(
            best=best.offer.name, apr=fmt.rate(best.figures.apr.rate),
            worst=worst.offer.name, extra=fmt.money(worst.extra_cost, c)))
        self.chart_frame.setVisible(True)
        if self.isVisible():
            self.chart.show_series(self.cost_series(), c)

    def cost_series(self):
        """For each offer, interest and fees paid so far by date (fees at signing first)."""
        series = []
        for entry in self.comparison.ranked if self.comparison else ():
            schedule = entry.figures.schedule
            running = schedule.upfront_fees
            points = [(entry.offer.product.start, running)]
            for row in schedule.rows:
                running += row.interest + row.fee
                points.append((row.date, running))
            series.append((entry.offer.name, points))
        return series

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.comparison is not None:
            self.chart.show_series(self.cost_series(),
                                   self.comparison.ranked[0].offer.product.currency)

