"""Refinance or consolidate (``planner.core.refinance``), from the Stress page's what-if: tick the
debts a new loan would repay, give the offer -- typed in, pasted as the lender's text (read by
the offer reader) or chosen from the saved comparisons -- and see what is repaid (with each
prepayment penalty), the totals before and after, the break-even month, a longer term that costs
more called out, the new schedule, and the stress score before and after. The verdict carries
its "how is this computed?" explanation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.explain import Explanation
from planner.core.explain_planning import explain_refinance
from planner.core.portfolio import Portfolio
from planner.core.product import Kind, Product
from planner.core.refinance import Refinance, refinance
from planner.text.explain import render
from planner.ui import labels
from planner.ui.dialogs.fields import read_decimal
from planner.ui.explainers import attach_explanation
from planner.ui.i18n import Formatter, current_language
from planner.ui.session import Session
from planner.ui.worker import run_off_thread

_ID = Qt.ItemDataRole.UserRole
#: The kinds of credit an offer typed in can be (an installment plan: paste or save it).
OFFER_KINDS = (Kind.LOAN, Kind.CREDIT_LINE)


class RefinanceDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result_: Refinance | None = None
        self.explanation: Explanation | None = None
        self.fmt = Formatter()
        self.setWindowTitle(self.tr("Replace debts with one loan"))
        self.setObjectName("refinanceDialog")
        self.debts = QListWidget(self)
        self.debts.setAccessibleName(self.tr("Debts the new loan repays"))
        for item in session.items():
            if item.is_open and item.product.currency == session.currency:
                entry = QListWidgetItem(item.name, self.debts)
                entry.setData(_ID, item.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
        debts_box = QGroupBox(self.tr("Debts to repay"), self)
        QVBoxLayout(debts_box).addWidget(self.debts)

        # -- the offer: typed, pasted, or saved ----------------------------------------------
        self.tabs = QTabWidget(self)
        typed = QWidget(self.tabs)
        form = QFormLayout(typed)
        self.kind = QComboBox(typed)
        self.kind.setAccessibleName(self.tr("Kind of loan"))
        names = labels.kind_names()
        for kind in OFFER_KINDS:
            self.kind.addItem(names[kind], kind.value)
        self.name = QLineEdit(typed)
        self.name.setPlaceholderText(self.tr("New loan"))
        self.amount = QLineEdit(typed)
        self.amount.setPlaceholderText(self.tr("what the debts need"))
        self.term = QSpinBox(typed)
        self.term.setRange(1, 360)
        self.term.setValue(24)
        self.term.setSuffix(self.tr(" months"))
        self.rate = QLineEdit(typed)
        self.rate.setPlaceholderText("7.2")
        self.fee = QLineEdit(typed)
        self.fee.setPlaceholderText("0")
        for text, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Name"), self.name),
                             (self.tr("A&mount"), self.amount), (self.tr("&Term"), self.term),
                             (self.tr("Annual &rate (%)"), self.rate),
                             (self.tr("&Fee at signing"), self.fee)):
            label = QLabel(text, typed)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        self.tabs.addTab(typed, self.tr("Type it"))
        self.pasted = QPlainTextEdit(self.tabs)
        self.pasted.setAccessibleName(self.tr("The lender's offer text"))
        self.pasted.setPlaceholderText(self.tr("Paste the lender's offer: the amount, the "
                                               "number of payments and the rate or fee."))
        self.tabs.addTab(self.pasted, self.tr("Paste it"))
        saved = QWidget(self.tabs)
        saved_form = QFormLayout(saved)
        self.comparison = QComboBox(saved)
        self.comparison.setAccessibleName(self.tr("Saved comparison"))
        self.offer = QComboBox(saved)
        self.offer.setAccessibleName(self.tr("Offer"))
        self.comparison.currentIndexChanged.connect(lambda _i: self._load_offers())
        saved_form.addRow(self.tr("Comparison"), self.comparison)
        saved_form.addRow(self.tr("Offer"), self.offer)
        self.tabs.addTab(saved, self.tr("From a saved comparison"))
        for name in session.comparison_names():
            self.comparison.addItem(name, name)
        self._load_offers()
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setObjectName("primaryButton")
        self.compare_button.clicked.connect(self.compare)
        offer_box = QGroupBox(self.tr("The new loan"), self)
        offer_layout = QVBoxLayout(offer_box)
        offer_layout.addWidget(self.tabs)
        offer_layout.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignRight)

        # -- the answer ----------------------------------------------------------------------
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setText(self.tr("Tick the debts, describe the new loan, then Compare."))
        attach_explanation(self.verdict, lambda: self.explanation, self.tr("Refinancing"))
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        rows = (("to_repay", self.tr("Repaid today")), ("cash", self.tr("Cash")),
                ("paid", self.tr("Paid from today")), ("payment", self.tr("Monthly payment")),
                ("last", self.tr("Last payment")), ("break_even", self.tr("Break-even")),
                ("score", self.tr("Stress score")))
        for row, (key, caption) in enumerate(rows):
            title = QLabel(caption, self)
            value = QLabel("—", self)
            value.setAccessibleName(caption)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        self.repaid = self._table(self.tr("What is repaid"),
                                  [self.tr("Debt"), self.tr("Pays it off"), self.tr("Penalty"),
                                   self.tr("Still to pay if kept")])
        self.schedule = self._table(self.tr("The new schedule"),
                                    [self.tr("No."), self.tr("Date"), self.tr("Payment"),
                                     self.tr("Principal"), self.tr("Interest"),
                                     self.tr("Balance")])
        answer = QTabWidget(self)
        answer.addTab(self.repaid, self.tr("What is repaid"))
        answer.addTab(self.schedule, self.tr("The new schedule"))
        right = QVBoxLayout()
        right.addWidget(self.verdict)
        right.addLayout(grid)
        right.addWidget(answer, 1)
        left = QVBoxLayout()
        left.addWidget(debts_box, 1)
        left.addWidget(offer_box)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _load_offers(self) -> None:
        self.offer.clear()
        name = self.comparison.currentData()
        if not name:
            return
        try:
            offers = self.session.comparison(name)
        except Exception:  # noqa: BLE001 - a damaged saved comparison: nothing to choose
            offers = []
        for k, offer in enumerate(offers):
            if offer.product.kind is not Kind.CARD:
                self.offer.addItem(offer.name, k)

    # -- inputs -------------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        return [self.debts.item(k).data(_ID) for k in range(self.debts.count())
                if self.debts.item(k).checkState() == Qt.CheckState.Checked]

    def choose(self, ids: list[str]) -> None:
        for k in range(self.debts.count()):
            entry = self.debts.item(k)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(_ID) in ids
                                else Qt.CheckState.Unchecked)

    def offer_data(self) -> tuple[dict[str, Any] | Product, str]:
        """The offer as product JSON (or a saved product) and its name; InputError naming what
        is missing."""
        tab = self.tabs.currentIndex()
        if tab == 1:
            from planner.core.offer import read_offer

            reading = read_offer(self.pasted.toPlainText(), self.session.today())
            missing = [m for m in reading.missing if m != "principal"]
            if missing:
                raise InputError("offer", self.tr("the text does not say: {fields}")
                                 .format(fields=", ".join(missing)))
            return dict(reading.product), self.tr("Pasted offer")
        if tab == 2:
            name = self.comparison.currentData()
            if not name or self.offer.currentIndex() < 0:
                raise InputError("offer", self.tr("no saved comparison has an offer "
                                                           "to choose"))
            offer = self.session.comparison(name)[self.offer.currentData()]
            return offer.product, offer.name
        rate = read_decimal(self.rate.text())
        if rate is None or rate < 0:
            raise InputError("rate", self.tr("enter the annual rate in percent, "
                                                      "like 7.2"))
        data: dict[str, Any] = {"kind": self.kind.currentData(), "term": self.term.value(),
                                "rate": {"annual": str(rate / 100)}}
        amount = read_decimal(self.amount.text()) if self.amount.text().strip() else None
        if amount is not None:
            data["principal"] = str(amount)
        fee = read_decimal(self.fee.text()) if self.fee.text().strip() else None
        if fee:
            data["fees"] = [{"type": "upfront", "amount": str(fee)}]
        return data, self.name.text().strip() or self.tr("New loan")

    # -- the answer ---------------------------------------------------------------------------

    def compare(self) -> None:
        ids = self.chosen()
        if not ids:
            self.verdict.setText(self.tr("Tick at least one debt for the new loan to repay."))
            return
        try:
            offer, name = self.offer_data()
        except InputError as error:
            self.verdict.setText(self.tr("The offer cannot be used: {problem}").format(
                problem=error.problem))
            return
        session = self.session
        portfolio = Portfolio(session.household, session.items())
        today = session.today()
        run_off_thread(self, lambda: refinance(portfolio, today, ids, offer, name=name),
                       self.show_result, self._failed, size=len(portfolio.items))

    def _failed(self, error: Exception) -> None:
        self.result_ = None
        self.explanation = None
        problem = error.problem if isinstance(error, InputError) else str(error)
        self.verdict.setText(self.tr("The comparison cannot be worked out: {problem}").format(
            problem=problem))

    def show_result(self, r: Refinance) -> None:
        self.result_ = r
        self.explanation = explain_refinance(r)
        lang = current_language()
        self.verdict.setText(render(self.explanation, lang).splitlines()[0])
        fmt, c = self.fmt, r.figures.product.currency
        money = lambda v: fmt.money(v, c)  # noqa: E731
        arrow = self.tr("{before} → {after}")
        self.figures["to_repay"].setText(money(r.to_repay))
        if r.cash_difference > 0:
            cash = self.tr("{amount} left over").format(amount=money(r.cash_difference))
        elif r.cash_difference < 0:
            cash = self.tr("{amount} from your own cash").format(
                amount=money(-r.cash_difference))
        else:
            cash = self.tr("none needed, none left over")
        self.figures["cash"].setText(cash)
        self.figures["paid"].setText(arrow.format(before=money(r.paid_before),
                                                  after=money(r.paid_after)))
        self.figures["payment"].setText(arrow.format(before=money(r.payment_before),
                                                     after=money(r.payment_after)))
        self.figures["last"].setText(arrow.format(before=fmt.date(r.last_before),
                                                  after=fmt.date(r.last_after)))
        if r.break_even is None:
            self.figures["break_even"].setText(self.tr("never: the new loan costs more"))
        else:
            from planner.core.dates import month_of

            self.figures["break_even"].setText(fmt.month(month_of(r.break_even)))
        self.figures["score"].setText(arrow.format(before=r.whatif.before.score.score,
                                                   after=r.whatif.after.score.score))
        self._fill(self.repaid, [(x.name, money(x.payoff), money(x.penalty),
                                  money(x.remaining)) for x in r.repaid])
        self._fill(self.schedule, [(str(row.n), fmt.date(row.date), money(row.payment),
                                    money(row.principal), money(row.interest),
                                    money(row.balance)) for row in r.figures.schedule.rows])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)


__all__ = ["RefinanceDialog"]
