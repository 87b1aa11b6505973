""""Can I afford this?": income up or down by a percentage, variable rates up or down by some
points, and a new purchase on an installment plan (described in the product form) -- the stress
score and warnings now and with the changes, side by side (``planner.core.whatif``); and
"replace debts with one loan" (refinance or consolidate: :mod:`.refinance_dialog`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.portfolio import Item
from planner.core.product import Kind
from planner.core.whatif import WhatIf, what_if
from planner.ui.models.whatif_model import WhatIfModel, warning_changes
from planner.ui.pages.stress_score import BAND_COLOURS
from planner.ui.session import Session
from planner.ui.stress_words import StressWords
from planner.ui.tables import Table
from planner.ui.worker import run_off_thread

_PURCHASE_ID = "what-if-purchase"


class WhatIfPanel(QWidget):
    computed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: WhatIf | None = None
        self.purchase: Item | None = None
        self.income = QDoubleSpinBox(self)
        self.income.setRange(-100, 200)
        self.income.setDecimals(0)
        self.income.setSingleStep(5)
        self.income.setSuffix(self.tr(" %"))
        self.income.setAccessibleName(self.tr("Income change in percent"))
        self.rate = QDoubleSpinBox(self)
        self.rate.setRange(-10, 10)
        self.rate.setDecimals(2)
        self.rate.setSingleStep(0.25)
        self.rate.setSuffix(self.tr(" points"))
        self.rate.setAccessibleName(self.tr("Variable rate change in percentage points"))
        for spin in (self.income, self.rate):  # screen readers land on the inner editor
            spin.lineEdit().setAccessibleName(spin.accessibleName())
        self.purchase_label = QLabel(self)
        self.purchase_label.setObjectName("hint")
        self.purchase_label.setWordWrap(True)
        self.purchase_button = QPushButton(self.tr("Describe a &purchase…"), self)
        self.purchase_button.clicked.connect(self.describe_purchase)
        self.clear_button = QPushButton(self.tr("&Remove it"), self)
        self.clear_button.clicked.connect(lambda: self.set_purchase(None))
        self.reset_button = QPushButton(self.tr("Start &over"), self)
        self.reset_button.clicked.connect(self.reset)
        # Two rows, so the panel fits a 1024 px window: the changes, then the purchase.
        changes = QHBoxLayout()
        changes.setSpacing(8)
        for widget in (QLabel(self.tr("Income changes by"), self), self.income,
                       QLabel(self.tr("Variable rates change by"), self), self.rate):
            changes.addWidget(widget)
        changes.addStretch(1)
        purchase = QHBoxLayout()
        purchase.setSpacing(8)
        purchase.addWidget(self.purchase_button)
        purchase.addWidget(self.clear_button)
        purchase.addStretch(1)
        purchase.addWidget(self.reset_button)
        inputs = QVBoxLayout()
        inputs.addLayout(changes)
        inputs.addLayout(purchase)
        self.rate_note = QLabel(self)  # said while no item has a variable rate
        self.rate_note.setObjectName("hint")
        self.rate_note.setWordWrap(True)
        self.rate_note.hide()
        self.now_tile, self.now_value = self._tile(self.tr("Now"))
        self.after_tile, self.after_value = self._tile(self.tr("With the changes"))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.model = WhatIfModel(self)
        self.table = Table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Warnings now and with the changes"))
        self.table.setMinimumHeight(90)  # it scrolls; the page above keeps its room
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WhatIfModel.Column.ITEMS, QHeaderView.ResizeMode.Stretch)
        words = QVBoxLayout()
        words.addWidget(self.purchase_label)
        words.addWidget(self.verdict)
        words.addStretch(1)
        results = QHBoxLayout()
        results.addWidget(self.now_tile)
        results.addWidget(self.after_tile)
        results.addLayout(words, 1)
        self.refinance_button = QPushButton(self.tr("Replace debts with one &loan…"), self)
        self.refinance_button.setAccessibleName(self.tr("Refinance or consolidate debts"))
        self.refinance_button.clicked.connect(lambda: self.open_refinance())
        self.refinance_dialog = None
        refinance_row = QHBoxLayout()
        refinance_row.addWidget(self.refinance_button)
        refinance_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(inputs)
        layout.addLayout(refinance_row)
        layout.addWidget(self.rate_note)
        layout.addLayout(results)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one analysis after a burst of spin-box steps
        self._timer.timeout.connect(self.recompute)
        self.income.valueChanged.connect(self._timer.start)
        self.rate.valueChanged.connect(self._timer.start)
        self.set_purchase(None)

    def _tile(self, caption: str) -> tuple[QFrame, QLabel]:
        tile = QFrame(self)
        tile.setObjectName("tile")
        tile.setMinimumWidth(170)
        title = QLabel(caption, tile)
        title.setObjectName("tileCaption")
        value = QLabel("—", tile)
        value.setObjectName("tileValue")
        value.setAccessibleName(caption)
        box = QVBoxLayout(tile)
        box.setContentsMargins(14, 8, 14, 8)
        box.addWidget(title)
        box.addWidget(value)
        return tile, value

    # -- inputs -------------------------------------------------------------------------------

    def describe_purchase(self) -> None:
        from planner.ui.dialogs.product_form import ProductForm

        form = ProductForm(Kind.INSTALLMENT, item=self.purchase, currency=self.session.currency,
                           convention=self.session.convention, today=self.session.today(),
                           parent=self)
        form.setWindowTitle(self.tr("A new purchase"))
        if form.exec() == QDialog.DialogCode.Accepted and form.item() is not None:
            item = form.item()
            # its due dates moved as the lender moves them (the form's day-off choice)
            self.set_purchase(Item(_PURCHASE_ID, item.name or self.tr("New purchase"),
                                   item.product, lender=item.lender, due_shift=item.due_shift,
                                   prepayment_penalty=item.prepayment_penalty))

    def open_refinance(self):  # noqa: ANN201 - the dialog, shown (not modal to the tests)
        """The refinance and consolidation what-if, in its own window."""
        from planner.ui.pages.refinance_dialog import RefinanceDialog

        self.refinance_dialog = RefinanceDialog(self.session, self)
        self.refinance_dialog.open()
        return self.refinance_dialog

    def set_purchase(self, item: Item | None) -> None:
        self.purchase = item
        self.clear_button.setEnabled(item is not None)
        if item is None:
            self.purchase_label.setText(self.tr("No new purchase: describe one to see if you "
                                                "can afford it."))
        else:
            p = item.product
            self.purchase_label.setText(self.tr("New purchase: {name}, {amount} in {term} "
                                                "payments").format(
                name=item.name, amount=StressWords(p.currency).money(p.principal),
                term=p.term or "—"))
        self.recompute()

    def reset(self) -> None:
        self.income.setValue(0)
        self.rate.setValue(0)
        self.set_purchase(None)

    # -- results ------------------------------------------------------------------------------

    def recompute(self) -> None:
        income = Decimal(str(self.income.value())) / 100
        rate = Decimal(str(self.rate.value())) / 100
        add = [self.purchase] if self.purchase is not None else []
        session = self.session
        from planner.core.portfolio import Portfolio

        portfolio = Portfolio(session.household, session.items())
        today = session.today()
        run_off_thread(self, lambda: what_if(portfolio, today, income_change=income or None,
                                             rate_change=rate or None, add=add),
                       self._show, self._failed, size=len(portfolio.items))

    def _words(self) -> StressWords:
        names = {i.id: i.name for i in self.session.items()}
        if self.purchase is not None:
            names[self.purchase.id] = self.purchase.name
        return StressWords(self.session.currency, names)

    def _score_text(self, value: QLabel, report) -> None:
        words = self._words()
        band = report.score.band.value
        value.setText(self.tr("{score} · {band}").format(score=report.score.score,
                                                         band=words.band_name(band)))
        value.setStyleSheet(f"color: {BAND_COLOURS[band]};")

    def _show(self, result: WhatIf) -> None:
        self.result = result
        words = self._words()
        self._score_text(self.now_value, result.before)
        self._score_text(self.after_value, result.after)
        changes = warning_changes(result.before.warnings, result.after.warnings)
        self.model.set_changes(changes, words)
        self.verdict.setText(self._verdict(result, changes))
        self._show_rate_note(result)
        self.computed.emit()

    def _show_rate_note(self, result: WhatIf) -> None:
        self.rate_note.setVisible(result.no_variable_items)
        if result.no_variable_items:
            self.rate_note.setText(self.tr(
                'No variable-rate items: a rate rise changes nothing. Tick "Variable rate" on '
                'a loan, credit line or card whose rate follows the LPR or another reference '
                'rate.'))

    def _verdict(self, result: WhatIf, changes) -> str:
        if not (self.purchase or result.income_change or result.rate_change):
            return self.tr("Change the income, the rates or add a purchase above: the score "
                           "and warnings with the change appear beside today's.")
        words = self._words()
        worse = [c for c in changes if c.change in ("new", "worse")
                 and c.after is not None and c.after.severity.rank > 0]
        delta = f"{result.after.score.score - result.before.score.score:+d}"
        if not worse:
            text = self.tr("No new or worse warning, and the score moves by {delta}: on these "
                           "figures it looks affordable.").format(delta=delta)
        else:
            text = self.tr("{count} warnings are new or worse and the score moves by {delta}: "
                           "{names}.").format(
                count=len(worse), delta=delta,
                names=self.tr(", ").join(words.code_name(c.shown.code) for c in worse[:3]))
        if result.rate_change and result.repriced:
            text += " " + self.tr("The rate change applies to the variable-rate items "
                                  "{items}; fixed-rate items keep their rate.").format(
                items=words.item_names(result.repriced))
        elif result.rate_change and result.variable:
            text += " " + self.tr("The variable-rate items {items} have nothing left to "
                                  "re-price.").format(items=words.item_names(result.variable))
        return text  # with no variable item, the note under the inputs says it

    def _failed(self, error: Exception) -> None:
        self.result = None
        self.rate_note.hide()
        self.model.set_changes([], self._words())
        self.verdict.setText(self.tr("The what-if cannot be worked out: {problem}").format(
            problem=str(error)))
