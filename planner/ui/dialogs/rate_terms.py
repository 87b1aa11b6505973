"""The product form's terms of a rate over time (issue 12): a rate that follows the LPR, the
dates on which it changes (a promotion's end, with deferred interest), a combined loan's parts
(组合贷), the day-count basis and how interest paid at the end grows.

Each part is a small widget of its own; :class:`RateTerms` holds them, says which apply to the
kind and method chosen, shows a product's terms and writes them into the product JSON the form
reads (the engine then judges them: an ``InputError`` names ``rate_changes[0].date`` or
``parts[1].principal``, which maps back to the row, see ``product_checks.field_key``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.daycount import default_day_count
from planner.core.lpr import Tenor
from planner.core.product import (
    Compounding,
    Kind,
    LprReset,
    LprSpread,
    Method,
    Part,
    Product,
    RateChange,
    RateQuote,
)
from planner.ui import labels
from planner.ui.dialogs.fields import FieldBox, read_decimal, shrinkable
from planner.ui.i18n import from_qdate, to_qdate


def _percent(value: Decimal) -> str:
    """A fraction as the form types it, in percent: 0.0365 -> "3.65"."""
    return format(value.scaleb(2).normalize(), "f")


def _combo(parent: QWidget, name: str, choices: dict[Any, str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value, text in choices.items():
        combo.addItem(text, value.value if hasattr(value, "value") else value)
    return shrinkable(combo)


class RateChangesEditor(QWidget):
    """The dates from which the rate changes, one row each: the date and the new rate (quoted
    as the product's rate is); and whether interest is deferred until the first of them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[FieldBox, QDateEdit, QLineEdit, QPushButton]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add a rate change"), self)
        self.add_button.setAccessibleName(self.tr("Add a rate change"))
        self.add_button.setToolTip(self.tr(
            "From the date given the new rate accrues: a repricing, or the end of a "
            "promotion (0% for 12 months, then 24.99%). An equal-installment payment is "
            "computed again from the first period that starts on or after it."))
        self.add_button.clicked.connect(lambda: self.add_change())
        self.box = FieldBox(self.add_button, parent=self)
        self.deferred = QCheckBox(self.tr("Deferred interest"), self)
        self.deferred.setAccessibleName(self.tr("Deferred interest"))
        self.deferred.setToolTip(self.tr(
            "Interest deferred, charged from the start if not paid in full by the first change. "
            "\"No interest if paid in full by …\": if anything is still owed when the "
            "promotion ends, the interest the later rate would have charged since the start "
            "is charged with the next payment (a card's, on its next statement)."))
        self.deferred.toggled.connect(self.changed)
        self.deferred_box = FieldBox(self.deferred, parent=self)
        self._layout.addWidget(self.box)
        self._layout.addWidget(self.deferred_box)
        self._sync()

    def add_change(self, when: date | None = None, percent: str = "") -> FieldBox:
        day = QDateEdit(self)
        day.setCalendarPopup(True)
        day.setDisplayFormat("yyyy-MM-dd")
        day.setDateRange(QDate(1970, 1, 1), QDate(2199, 12, 31))
        day.setAccessibleName(self.tr("Date of the rate change"))
        day.setDate(to_qdate(when) if when else QDate.currentDate().addYears(1))
        rate = QLineEdit(self)
        rate.setPlaceholderText(self.tr("new rate, %"))
        rate.setAccessibleName(self.tr("New rate in percent"))
        rate.setText(percent)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove this rate change"))
        box = FieldBox(day, rate, remove, parent=self, framed=(rate, day))
        entry = (box, day, rate, remove)
        self.rows.append(entry)
        self._layout.insertWidget(len(self.rows) - 1, box)
        day.dateChanged.connect(self.changed)
        rate.textChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_change(entry))
        rate.setFocus()
        self._sync()
        self.changed.emit()
        return box

    def remove_change(self, entry: tuple) -> None:
        self.rows.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()
        self._sync()
        self.changed.emit()

    def set_changes(self, changes: tuple[RateChange, ...], deferred: bool) -> None:
        for entry in list(self.rows):
            self.rows.remove(entry)
            entry[0].setParent(None)
            entry[0].deleteLater()
        for change in changes:
            self.add_change(change.date, _percent(change.rate.value))
        self.deferred.setChecked(deferred)
        self._sync()

    def values(self) -> list[tuple[date, str]]:
        return [(from_qdate(day.date()), rate.text()) for _, day, rate, _ in self.rows]

    def _sync(self) -> None:
        self.deferred.setEnabled(bool(self.rows))


class LprEditor(QWidget):
    """A rate that follows the LPR: the spread over it, its tenor and when it is set again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follows = QCheckBox(self.tr("Follows the LPR"), self)
        self.follows.setAccessibleName(self.tr("The rate follows the LPR"))
        self.follows.setToolTip(self.tr(
            "A renminbi loan priced as the LPR plus a spread: the LPR in force on each reset "
            "date plus the spread; the rate above is then not used. Newer LPR fixings can be "
            "added in Settings."))
        self.spread = QLineEdit(self)
        self.spread.setPlaceholderText(self.tr("e.g. {value}").format(value="-0.30"))
        self.spread.setAccessibleName(self.tr("Spread over the LPR in percent"))
        self.tenor = _combo(self, self.tr("LPR tenor"), labels.lpr_tenor_names())
        self.tenor.setCurrentIndex(self.tenor.findData(Tenor.FIVE_YEAR.value))
        self.reset = _combo(self, self.tr("Reset"), labels.lpr_reset_names())
        # The box and the spread on one line, the tenor and the reset beneath: all on one line
        # they made the product form's fields scroll sideways.
        self.box = FieldBox(self.follows, QLabel(self.tr("spread %"), self), self.spread,
                            parent=self, framed=(self.spread,))
        terms = QHBoxLayout()
        terms.setContentsMargins(0, 0, 0, 0)
        terms.addWidget(self.tenor)
        terms.addWidget(self.reset)
        terms.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.box)
        layout.addLayout(terms)
        self.follows.toggled.connect(self._sync)
        for signal in (self.follows.toggled, self.spread.textChanged,
                       self.tenor.currentIndexChanged, self.reset.currentIndexChanged):
            signal.connect(self.changed)
        self._sync()

    def set_spread(self, spread: LprSpread | None) -> None:
        self.follows.setChecked(spread is not None)
        self.spread.setText(_percent(spread.spread) if spread is not None else "")
        if spread is not None:
            self.tenor.setCurrentIndex(self.tenor.findData(spread.tenor.value))
            self.reset.setCurrentIndex(self.reset.findData(spread.reset.value))
        self._sync()

    def _sync(self) -> None:
        on = self.follows.isChecked()
        for widget in (self.spread, self.tenor, self.reset):
            widget.setEnabled(on)


class PartsEditor(QWidget):
    """A combined loan's parts: each its name, amount and rate a year, or the LPR plus a spread
    (the LPR row's tenor and reset), over the loan's term and method."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[FieldBox, QLineEdit, QLineEdit, QLineEdit, QCheckBox,
                              QPushButton]] = []
        self.kept: dict[FieldBox, tuple[RateChange, ...]] = {}
        self.combined = QCheckBox(self.tr("A combined loan (组合贷): parts at their own rates"),
                                  self)
        self.combined.setAccessibleName(self.tr("Combined loan"))
        self.combined.setToolTip(self.tr(
            "A provident-fund loan and a commercial loan on one home, say: each part is repaid "
            "as a loan of its own, over the same term; the payment is their sum. The amount "
            "borrowed is then the parts' sum."))
        self.combined.toggled.connect(self._toggled)
        self.box = FieldBox(self.combined, parent=self)
        self.add_button = QPushButton(self.tr("Add a part"), self)
        self.add_button.setAccessibleName(self.tr("Add a part"))
        self.add_button.clicked.connect(lambda: self.add_part())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.box)
        self._layout.addWidget(self.add_button)
        self._sync()

    def add_part(self, name: str = "", amount: str = "", percent: str = "",
                 lpr: bool = False, changes: tuple[RateChange, ...] = ()) -> FieldBox:
        name_edit = QLineEdit(self)
        name_edit.setPlaceholderText(self.tr("e.g. {value}").format(value="公积金"))
        name_edit.setAccessibleName(self.tr("Name of the part"))
        name_edit.setText(name)
        amount_edit = QLineEdit(self)
        amount_edit.setPlaceholderText(self.tr("amount"))
        amount_edit.setAccessibleName(self.tr("Amount of the part"))
        amount_edit.setText(amount)
        rate = QLineEdit(self)
        rate.setPlaceholderText(self.tr("% a year"))
        rate.setAccessibleName(self.tr("Rate of the part in percent a year, or its spread "
                                       "over the LPR"))
        rate.setText(percent)
        follows = QCheckBox(self.tr("LPR +"), self)
        follows.setAccessibleName(self.tr("The part follows the LPR; its rate is the spread"))
        follows.setChecked(lpr)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove this part"))
        box = FieldBox(name_edit, amount_edit, follows, rate, remove, parent=self,
                       framed=(amount_edit, rate, name_edit))
        entry = (box, name_edit, amount_edit, rate, follows, remove)
        self.rows.append(entry)
        self.kept[box] = changes  # a part's own known rate changes, kept as they were
        if changes:
            box.setToolTip(self.tr("This part's own rate changes are kept: {dates}").format(
                dates=", ".join(c.date.isoformat() for c in changes)))
        self._layout.insertWidget(len(self.rows), box)
        for signal in (name_edit.textChanged, amount_edit.textChanged, rate.textChanged,
                       follows.toggled):
            signal.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_part(entry))
        self._sync()
        self.changed.emit()
        return box

    def remove_part(self, entry: tuple) -> None:
        self.rows.remove(entry)
        self.kept.pop(entry[0], None)
        entry[0].setParent(None)
        entry[0].deleteLater()
        self.changed.emit()

    def set_parts(self, parts: tuple[Part, ...]) -> None:
        for entry in list(self.rows):
            self.rows.remove(entry)
            entry[0].setParent(None)
            entry[0].deleteLater()
        self.kept.clear()
        self.combined.blockSignals(True)
        self.combined.setChecked(bool(parts))
        self.combined.blockSignals(False)
        for part in parts:
            spread = part.lpr_spread
            self.add_part(part.name, format(part.principal, "f"),
                          _percent(spread.spread if spread else part.rate.value),
                          spread is not None, part.rate_changes)
        self._sync()

    def values(self) -> list[tuple[str, str, str, bool, tuple[RateChange, ...]]]:
        return [(name.text().strip(), amount.text(), rate.text(), follows.isChecked(),
                 self.kept.get(box, ())) for box, name, amount, rate, follows, _ in self.rows]

    def _toggled(self, on: bool) -> None:
        if on and not self.rows:  # a combined loan starts with its two usual parts
            self.add_part(self.tr("Provident fund"))
            self.add_part(self.tr("Commercial"), lpr=True)
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        on = self.combined.isChecked()
        self.add_button.setVisible(on)
        for entry in self.rows:
            entry[0].setVisible(on)


class RateTerms(QWidget):
    """All of a rate's terms over time, for the product form (see the module notes)."""

    changed = Signal()

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.lpr = LprEditor(self)
        self.changes = RateChangesEditor(self)
        self.parts = PartsEditor(self)
        self.day_count = shrinkable(QComboBox(self))
        self.day_count.setAccessibleName(self.tr("Day count for odd days"))
        self.day_count.setToolTip(self.tr(
            "How interest over odd days counts: an odd first period, money repaid between due "
            "dates, a day's interest from an annual rate."))
        self.compounding = _combo(self, self.tr("Interest paid at the end"),
                                  labels.compounding_names())
        self.compounding.setToolTip(self.tr(
            "Simple: interest on the amount borrowed, paid with it at the end (利随本清). "
            "Compounded monthly: each month's interest is added to what is owed."))
        self._fill_day_counts()
        self._visible = {"lpr_spread": True, "parts": True, "compounding": True}
        self.boxes: dict[str, FieldBox] = {
            "lpr_spread": self.lpr.box, "rate_changes": self.changes.box,
            "deferred_interest": self.changes.deferred_box, "parts": self.parts.box,
            "day_count": FieldBox(self.day_count, parent=self),
            "compounding": FieldBox(self.compounding, parent=self)}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        self._rows: dict[str, QLabel] = {}
        for key, widget, text in (
                ("lpr_spread", self.lpr, self.tr("LPR")),
                ("rate_changes", self.changes, self.tr("Rate changes")),
                ("parts", self.parts, self.tr("Parts")),
                ("day_count", self.boxes["day_count"], self.tr("Odd days")),
                ("compounding", self.boxes["compounding"], self.tr("Interest at the end"))):
            label = QLabel(text, self)
            self._rows[key] = label
            form.addRow(label, widget)
        for signal in (self.lpr.changed, self.changes.changed, self.parts.changed,
                       self.day_count.currentIndexChanged,
                       self.compounding.currentIndexChanged):
            signal.connect(self.changed)

    def _fill_day_counts(self) -> None:
        self.day_count.blockSignals(True)
        self.day_count.clear()
        names = labels.day_count_names()
        self.day_count.addItem(self.tr("By currency: {basis}").format(
            basis=names[default_day_count(self.currency)]), "")
        for basis, name in names.items():
            self.day_count.addItem(name, basis.value)
        shrinkable(self.day_count)
        self.day_count.blockSignals(False)

    def set_currency(self, currency: str) -> None:
        chosen = self.day_count.currentData()
        self.currency = currency
        self._fill_day_counts()
        self.day_count.setCurrentIndex(max(self.day_count.findData(chosen), 0))

    # -- which terms apply ----------------------------------------------------------------------

    def show_for(self, kind: Kind, method: Method | None) -> None:
        """Only the terms the kind and method can have: a combined loan is a loan, the LPR
        prices loans and credit lines, a card's rate can change (a promotion, with deferred
        interest or not) but has no parts, and only a bullet's interest can compound."""
        card = kind is Kind.CARD
        self._show("lpr_spread", kind in (Kind.LOAN, Kind.CREDIT_LINE))
        self._show("parts", kind is Kind.LOAN)
        self._show("compounding", not card and method is Method.BULLET)

    def _show(self, key: str, visible: bool) -> None:
        widget = {"lpr_spread": self.lpr, "parts": self.parts,
                  "compounding": self.boxes["compounding"]}[key]
        self.form.setRowVisible(widget, visible)
        self._visible[key] = visible

    def all_boxes(self) -> dict[str, FieldBox]:
        """Every box that can be in error, keyed as the engine names the fields."""
        boxes = dict(self.boxes)
        for k, entry in enumerate(self.changes.rows):
            boxes[f"rate_changes[{k}]"] = entry[0]
        for k, entry in enumerate(self.parts.rows):
            boxes[f"parts[{k}]"] = entry[0]
        return boxes

    # -- showing and reading --------------------------------------------------------------------

    def clear(self) -> None:
        self.lpr.set_spread(None)
        self.changes.set_changes((), False)
        self.parts.set_parts(())
        self.day_count.setCurrentIndex(0)
        self.compounding.setCurrentIndex(0)

    def set_product(self, product: Product) -> None:
        self.lpr.set_spread(product.lpr_spread or next(
            (p.lpr_spread for p in product.parts if p.lpr_spread), None))
        if product.parts and product.lpr_spread is None:
            self.lpr.follows.setChecked(False)  # the parts say which follow it
        self.changes.set_changes(product.rate_changes, product.deferred_interest)
        self.parts.set_parts(product.parts)
        self.day_count.setCurrentIndex(max(self.day_count.findData(
            product.day_count.value if product.day_count else ""), 0))
        self.compounding.setCurrentIndex(max(self.compounding.findData(
            (product.compounding or Compounding.SIMPLE).value), 0))

    def write(self, data: dict[str, Any], problems: dict[str, str], checks: Any,
              quote: str) -> None:
        """Put these terms into the product JSON ``data``; typing mistakes go to
        ``problems`` under their box's key (the engine judges the rest)."""
        kind = Kind(data["kind"])
        tenor = Tenor(self.lpr.tenor.currentData())
        reset = LprReset(self.lpr.reset.currentData())
        if self._visible["lpr_spread"] and self.lpr.follows.isChecked() \
                and not self.parts.combined.isChecked():
            data.pop("rate", None)
            problems.pop("rate", None)
            data["lpr_spread"] = {"spread": self._spread(self.lpr.spread.text(), "lpr_spread",
                                                         problems),
                                  "tenor": tenor.value, "reset": reset.value}
        changes = []
        for k, (day, text) in enumerate(self.changes.values()):
            changes.append({"date": day.isoformat(),
                            "rate": {quote: checks.percent(text, f"rate_changes[{k}]",
                                                           problems, RateQuote(quote))}})
        if changes:
            data["rate_changes"] = changes
            if self.changes.deferred.isChecked():
                data["deferred_interest"] = True
        if self._visible["parts"] and self.parts.combined.isChecked():
            for key in ("principal", "rate", "lpr_spread"):
                data.pop(key, None)
            problems.pop("amount", None)
            problems.pop("rate", None)
            parts = []
            for k, (name, amount, rate, follows, kept) in enumerate(self.parts.values()):
                part: dict[str, Any] = {"name": name, "principal": checks.money(
                    amount, f"parts[{k}]", problems, positive=True)}
                if follows:
                    part["lpr_spread"] = {"spread": self._spread(rate, f"parts[{k}]", problems),
                                          "tenor": tenor.value, "reset": reset.value}
                else:
                    part["rate"] = {"annual": checks.percent(rate, f"parts[{k}]", problems)}
                    if kept:
                        part["rate_changes"] = [
                            {"date": c.date.isoformat(),
                             "rate": {c.rate.quote.value: str(c.rate.value)}} for c in kept]
                parts.append(part)
            data["parts"] = parts
        if self.day_count.currentData():
            data["day_count"] = self.day_count.currentData()
        if self._visible["compounding"] and kind is not Kind.CARD \
                and self.compounding.currentData() == Compounding.MONTHLY.value:
            data["compounding"] = Compounding.MONTHLY.value

    def _spread(self, text: str, key: str, problems: dict[str, str]) -> str:
        number = read_decimal(text)
        if number is None:
            problems.setdefault(key, self.tr("Enter the spread over the LPR in percent, "
                                             "e.g. -0.30."))
            return "0"
        return format(number.scaleb(-2), "f")
