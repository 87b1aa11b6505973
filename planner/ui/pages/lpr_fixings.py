"""The LPR fixings in Settings (issue 12): the Loan Prime Rates Planner ships (with their
sources, :mod:`planner.core.lpr`) end at a date; the newer ones the user reads from the
National Interbank Funding Center are added here, one row each (date, tenor, rate), checked as
typed (``parse_fixings`` is the judge) and saved to the profile's ``lpr_fixings`` as one
undoable step. The LPR-linked loans follow them at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.lpr import SHIPPED, Tenor, parse_fixings
from planner.ui import labels, undo
from planner.ui.dialogs.fields import FieldBox, read_decimal
from planner.ui.i18n import Formatter, from_qdate, to_qdate
from planner.ui.session import Session


class LprFixingsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("LPR fixings"))
        self.rows: list[tuple[FieldBox, QDateEdit, QComboBox, QLineEdit, QPushButton]] = []
        last = max(f.date for f in SHIPPED)
        rates = {f.tenor: f.rate for f in SHIPPED if f.date == last}
        fmt, names = Formatter(), labels.lpr_tenor_names()
        self.shipped = QLabel(self.tr(
            "Planner knows the LPR up to {date}: {one} {one_rate}, {five} {five_rate} (the "
            "National Interbank Funding Center's fixings). Add newer ones as they are "
            "published, on the 20th of each month; LPR-linked loans follow them.").format(
            date=fmt.date(last), one=names[Tenor.ONE_YEAR],
            one_rate=fmt.line(rates[Tenor.ONE_YEAR]), five=names[Tenor.FIVE_YEAR],
            five_rate=fmt.line(rates[Tenor.FIVE_YEAR])), self)
        self.shipped.setObjectName("hint")
        self.shipped.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a fixing"), self)
        self.add_button.setAccessibleName(self.tr("Add an LPR fixing"))
        self.add_button.clicked.connect(lambda: self.add_fixing())
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Save the &fixings"), self)
        self.apply_button.clicked.connect(self.apply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.apply_button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.shipped)
        self._layout.addLayout(buttons)
        session.household_changed.connect(self.load)
        self.load()

    def add_fixing(self, day: date | None = None, tenor: Tenor = Tenor.FIVE_YEAR,
                   percent: str = "") -> FieldBox:
        when = QDateEdit(self)
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd")
        when.setDateRange(QDate(2019, 8, 20), QDate(2199, 12, 31))
        when.setAccessibleName(self.tr("Date of the fixing"))
        when.setDate(to_qdate(day) if day else QDate.currentDate())
        kind = QComboBox(self)
        kind.setAccessibleName(self.tr("LPR tenor"))
        for value, name in labels.lpr_tenor_names().items():
            kind.addItem(name, value.value)
        kind.setCurrentIndex(kind.findData(tenor.value))
        rate = QLineEdit(self)
        rate.setAccessibleName(self.tr("LPR in percent"))
        rate.setPlaceholderText(self.tr("e.g. {value}").format(value="3.5"))
        rate.setMaximumWidth(90)
        rate.setText(percent)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove this fixing"))
        box = FieldBox(when, kind, rate, QLabel("%", self), remove, parent=self,
                       framed=(rate, when))
        entry = (box, when, kind, rate, remove)
        self.rows.append(entry)
        self._layout.insertWidget(len(self.rows), box)
        when.dateChanged.connect(self.validate)
        kind.currentIndexChanged.connect(self.validate)
        rate.textChanged.connect(self.validate)
        remove.clicked.connect(lambda: self._remove(entry))
        self.validate()
        return box

    def _remove(self, entry: tuple) -> None:
        self.rows.remove(entry)
        entry[0].setParent(None)
        entry[0].deleteLater()
        self.validate()

    def load(self) -> None:
        """The profile's own fixings in the rows."""
        for entry in list(self.rows):
            self.rows.remove(entry)
            entry[0].setParent(None)
            entry[0].deleteLater()
        try:
            saved = parse_fixings(self.session.household.extra.get("lpr_fixings"))
        except InputError:  # a hand-edited profile: start empty, the file is not changed
            saved = ()
        for fixing in saved:
            self.add_fixing(fixing.date, fixing.tenor,
                            format((fixing.rate * 100).normalize(), "f"))
        self.validate()

    def fixings(self) -> list[dict[str, Any]] | None:
        """The fixings typed, as stored; None while one is refused (its row says why)."""
        out = []
        ok = True
        for box, when, kind, rate, _remove in self.rows:
            box.set_error(None)
            number = read_decimal(rate.text())
            if number is None:
                box.set_error(self.tr("Enter the LPR in percent, e.g. 3.5."))
                ok = False
                continue
            out.append({"date": from_qdate(when.date()).isoformat(), "tenor": kind.currentData(),
                        "rate": format((number / 100).normalize(), "f")})
        if not ok:
            return None
        try:
            parse_fixings(out, "lpr_fixings")
        except InputError as error:
            index = int(error.field.split("[")[1].split("]")[0]) if "[" in error.field else 0
            if self.rows:
                self.rows[min(index, len(self.rows) - 1)][0].set_error(
                    self.tr("Not accepted: {problem}").format(problem=error.problem))
            return None
        return out

    def validate(self) -> bool:
        values = self.fixings()
        saved = self.session.household.extra.get("lpr_fixings") or []
        self.apply_button.setEnabled(values is not None and _normal(values) != _normal(saved))
        self.problem.setText("" if values is not None else self.tr(
            "Correct the marked fixing to save."))
        return values is not None

    def apply(self) -> None:
        values = self.fixings()
        if values is not None:
            undo.set_lpr_fixings(self.session, values)


def _normal(fixings: list) -> list:
    """Fixings compared by value, whatever their order or the way a rate is written."""
    try:
        return sorted((f.date, f.tenor.value, Decimal(f.rate)) for f in parse_fixings(fixings))
    except InputError:
        return []
