"""The stress thresholds in Settings: each line a warning is drawn at, with its default and where
that default comes from; checked as typed (``Thresholds.from_mapping`` is the judge), saved to the
household's ``extra["thresholds"]`` as one undoable step. Only values that differ from the
defaults are stored, so a profile follows better defaults when they come."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.stress import Thresholds
from planner.core.stress.caps import rate_caps
from planner.ui import undo
from planner.ui.dialogs.fields import FieldBox, amount_problem, read_decimal
from planner.ui.i18n import Formatter
from planner.ui.session import Session

#: How each threshold is typed: a percentage, money, or a whole number.
PERCENT = {"dti_caution", "dti_danger", "cluster_share", "apr_cap"}
MONEY = {"cash_floor"}
#: The whole-number thresholds and the largest value the engine takes for each (from 1).
WHOLE = {"cluster_window_days": 31, "stacking_plans": 100, "minimum_payoff_months": 1200,
         "balloon_months": 120, "deferred_interest_months": 24}
DEFAULTS = Thresholds()


def to_text(key: str, value: Any) -> str:
    """A threshold as the form shows it (36 for 36%)."""
    if value is None:
        return ""
    if key in PERCENT:
        return format((Decimal(value) * 100).normalize(), "f")
    return format(Decimal(value).normalize(), "f") if isinstance(value, Decimal) else str(value)


class ThresholdsBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Stress thresholds"))
        self.fmt = Formatter()
        self.edits: dict[str, tuple[QLineEdit, FieldBox]] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)
        for col, text in enumerate((self.tr("Warn when"), self.tr("Line"),
                                    self.tr("Default, and where it comes from"))):
            header = QLabel(text, self)
            header.setObjectName("figureCaption")
            grid.addWidget(header, 0, col)
        for row, (key, label, unit, source) in enumerate(self._specs(), start=1):
            edit = QLineEdit(self)
            edit.setAccessibleName(label)
            edit.setMaximumWidth(90)
            edit.setPlaceholderText(to_text(key, getattr(DEFAULTS, key)))
            edit.textChanged.connect(self.validate)
            box = FieldBox(edit, QLabel(unit, self))
            caption = QLabel(label, self)
            caption.setWordWrap(True)  # a long condition wraps rather than widen the page
            caption.setBuddy(edit)
            note = QLabel(source, self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            for text in (caption, note):  # level with the field's text, above its error line
                text.setMinimumHeight(edit.sizeHint().height())
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(note, row, 2, Qt.AlignmentFlag.AlignTop)
            self.edits[key] = (edit, box)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Save the &thresholds"), self)
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button = QPushButton(self.tr("Back to the &defaults"), self)
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, len(self.edits) + 1, 0, 1, 3)
        session.household_changed.connect(self.load)
        self.load()

    def _specs(self) -> list[tuple[str, str, str, str]]:
        d, fmt = DEFAULTS, self.fmt
        currency = self.session.currency
        caps = rate_caps(currency, self.session.today())
        if caps.caution is None and caps.danger is None:
            cap_source = self.tr("Empty: no line for {currency}; only a cap you set "
                                 "applies.").format(currency=currency)
        elif currency == "CNY":
            cap_source = self.tr("Empty: caution {caution} (4 × the one-year LPR, the Supreme "
                                 "People's Court line), danger {danger}.").format(
                caution=fmt.line(caps.caution), danger=fmt.line(caps.danger))
        else:
            cap_source = self.tr("Empty: the {currency} danger line, {danger}.").format(
                currency=currency, danger=fmt.line(caps.danger))
        mine = self.tr("this app's choice")
        return [
            ("dti_caution", self.tr("Debt payments take more than"), self.tr("% of income"),
             self.tr("Default {value}: the common caution line; the US qualified-mortgage rule "
                     "used 43%.").format(value="36%")),
            ("dti_danger", self.tr("…danger above"), self.tr("% of income"),
             self.tr("Default {value}: China's 银监发〔2004〕57号 (housing ≤ 50% of income, all "
                     "debts ≤ 55%).").format(value="50%")),
            ("cash_floor", self.tr("Cash falls below"), currency,
             self.tr("Default {value}: running out of money is the line itself.").format(
                 value=fmt.money(d.cash_floor, currency))),
            ("cluster_window_days", self.tr("Payments fall within"), self.tr("days"),
             self.tr("Default {value} days ({source}).").format(
                 value=d.cluster_window_days, source=mine)),
            ("cluster_share", self.tr("…and together exceed"), self.tr("% of income"),
             self.tr("Default {value}, about a week's income ({source}).").format(
                 value="25%", source=mine)),
            ("stacking_plans", self.tr("Installment plans at once exceed"), self.tr("plans"),
             self.tr("Default {value}, danger above twice that: the CFPB's 2022 BNPL report on "
                     "loan stacking.").format(value=d.stacking_plans)),
            ("apr_cap", self.tr("True annual rate exceeds"), self.tr("% a year"), cap_source),
            ("minimum_payoff_months", self.tr("Minimum payments take over"), self.tr("months"),
             self.tr("Default {value}: the CARD Act disclosure period, 12 CFR "
                     "1026.7(b)(12).").format(value=d.minimum_payoff_months)),
            ("balloon_months", self.tr("A balloon payment falls within"), self.tr("months"),
             self.tr("Default {value} months ({source}).").format(value=d.balloon_months,
                                                                   source=mine)),
            ("balloon_income_multiple", self.tr("…and is larger than"),
             self.tr("× monthly income"),
             self.tr("Default {value} month's income ({source}).").format(
                 value=to_text("", d.balloon_income_multiple), source=mine)),
            ("deferred_interest_months",
             self.tr("A promotion with deferred interest ends within"), self.tr("months"),
             self.tr("Default {value} months ({source}); before that a caution, from the "
                     "start, as 12 CFR 1026.7(b)(14) has every statement say.").format(
                 value=d.deferred_interest_months, source=mine)),
        ]

    # -- values -------------------------------------------------------------------------------

    def load(self) -> None:
        """The profile's thresholds in the fields (empty where the default applies)."""
        saved = self.session.household.extra.get("thresholds") or {}
        try:
            current = Thresholds.from_mapping(saved)
        except InputError:  # a hand-edited profile: start from the defaults, say nothing here
            current, saved = DEFAULTS, {}
        for key, (edit, _box) in self.edits.items():
            edit.blockSignals(True)
            edit.setText(to_text(key, getattr(current, key)) if key in saved else "")
            edit.blockSignals(False)
        self.validate()

    def saved(self) -> Thresholds:
        try:
            return Thresholds.from_mapping(self.session.household.extra.get("thresholds"))
        except InputError:
            return DEFAULTS

    def mapping(self) -> dict[str, Any] | None:
        """The values typed that differ from the defaults, as stored; None while one is
        refused (its field says why)."""
        out: dict[str, Any] = {}
        ok = True
        for key, (edit, box) in self.edits.items():
            text = edit.text().strip()
            box.set_error(None)
            if not text:
                continue
            value = self._read(key, text)
            if value is None:
                box.set_error(self._problem(key, text))
                ok = False
            elif value != getattr(DEFAULTS, key):
                out[key] = str(value) if isinstance(value, Decimal) else value
        if not ok:
            return None
        try:
            Thresholds.from_mapping(out)
        except InputError as error:
            key = error.field.rsplit(".", 1)[-1]
            if key in self.edits:
                self.edits[key][1].set_error(self.tr(
                    "The danger line must not be below the caution line.")
                    if key == "dti_danger" else self._problem(key, self.edits[key][0].text()))
            return None
        return out

    def _read(self, key: str, text: str) -> Decimal | int | None:
        number = read_decimal(text)
        if number is None:
            return None
        if key in WHOLE:
            return int(number) if number == number.to_integral_value() and \
                _valid(key, int(number)) else None
        if key in PERCENT:
            fraction = (number / 100).normalize()
            return fraction if _valid(key, str(fraction)) else None
        if key in MONEY and amount_problem(number, self.session.currency):
            return None
        return number if _valid(key, str(number)) else None

    def _problem(self, key: str, text: str) -> str:
        """Why ``text`` typed for ``key`` is refused, in one line."""
        if key in WHOLE:
            return self.tr("Enter a whole number from 1 to {most}.").format(most=WHOLE[key])
        if key in PERCENT:
            return self.tr("Enter a percentage above 0 (36 for 36%).")
        if key in MONEY:
            number = read_decimal(text)
            fine = amount_problem(number, self.session.currency) if number is not None \
                else None
            return fine or self.tr("Enter an amount.")
        return self.tr("Enter a number above 0.")

    def validate(self) -> bool:
        values = self.mapping()
        ok = values is not None
        self.apply_button.setEnabled(ok and Thresholds.from_mapping(values) != self.saved())
        self.defaults_button.setEnabled(any(e.text() for e, _b in self.edits.values()))
        return ok

    def apply(self) -> None:
        values = self.mapping()
        if values is not None:
            undo.set_thresholds(self.session, values)

    def restore_defaults(self) -> None:
        for edit, _box in self.edits.values():
            edit.clear()


def _valid(key: str, value: Any) -> bool:
    """Whether ``value`` is acceptable for ``key`` on its own (the danger line is checked
    against the caution line once every field is read)."""
    probe = {key: value, **({"dti_caution": value} if key == "dti_danger" else {})}
    try:
        Thresholds.from_mapping(probe)
    except InputError:
        return False
    return True

