"""When the money arrives (or goes): a household's income or essential-spending schedule as a
table of rules -- the kind, the amount, when, a label -- read by the engine's own parser
(:func:`planner.core.income.parse_schedule`), so the app accepts exactly what a portfolio file
does and names the row of any problem.

"When" by kind: monthly "10" (empty: the day is not known); twice a month "10, 25"; every two
weeks one payday "2027-01-08"; once a year "1-20" (month-day); irregular months the day "15",
with the amounts by month in the amount column, "2027-01: 3000; 2027-02: 5200".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import InputError
from planner.core.income import Flow, FlowKind, parse_schedule
from planner.ui import labels

_SPLIT = re.compile(r"[,，、;；\s]+")
_ROW = re.compile(r"\[(\d+)\]")
_MONTH_AMOUNT = re.compile(r"^\s*(\S+?)\s*[:：=]\s*(\S+)\s*$")


def flow_to_cells(flow: Flow) -> tuple[str, str, str]:
    """(amount, when, label) as the table shows a rule."""
    if flow.kind is FlowKind.MONTHS:
        amount = "; ".join(f"{m}: {a}" for m, a in flow.amounts)
    else:
        amount = str(flow.amount)
    if flow.kind is FlowKind.SEMIMONTHLY:
        when = ", ".join(str(d) for d in flow.days)
    elif flow.kind is FlowKind.BIWEEKLY:
        when = flow.first.isoformat() if flow.first else ""
    elif flow.kind is FlowKind.YEARLY:
        when = f"{flow.month}-{flow.day}"
    else:
        when = "" if flow.day is None else str(flow.day)
    return amount, when, flow.label


def cells_to_json(kind: str, amount: str, when: str, label: str) -> dict[str, Any]:
    """One row as the portfolio JSON's rule (the parser checks it)."""
    rule: dict[str, Any] = {"kind": kind}
    when = when.strip()
    if label.strip():
        rule["label"] = label.strip()
    if kind == FlowKind.MONTHS:
        amounts: dict[str, str] = {}
        for part in re.split(r"[;；\n]+", amount):
            if part.strip():
                found = _MONTH_AMOUNT.match(part)
                month, value = found.groups() if found else (part.strip(), "")
                amounts[month] = value
        rule["amounts"] = amounts
    else:
        rule["amount"] = amount.strip() or "0"
    numbers = [int(p) for p in _SPLIT.split(when) if p.isdigit()]
    if kind in (FlowKind.MONTHLY, FlowKind.MONTHS):
        if when:
            rule["day"] = numbers[0] if len(numbers) == 1 else when
    elif kind == FlowKind.SEMIMONTHLY:
        rule["days"] = numbers if numbers else when
    elif kind == FlowKind.BIWEEKLY:
        rule["first"] = when
    elif kind == FlowKind.YEARLY:
        parts = [int(p) for p in re.split(r"[-/月日.\s]+", when) if p.isdigit()]
        if len(parts) == 2:
            rule["month"], rule["day"] = parts
        else:
            rule["month"] = when
    return rule


class ScheduleEditor(QWidget):
    """A schedule's rules in a table; :meth:`schedule` is None (and the problem shown) while a
    row does not read."""

    changed = Signal()

    def __init__(self, currency: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(what)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Amount"),
                                              self.tr("When"), self.tr("Label")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.add_button = QPushButton(self.tr("Add a rule"), self)
        self.add_button.clicked.connect(lambda: self.add_rule())
        self.remove_button = QPushButton(self.tr("Remove the rule"), self)
        self.remove_button.clicked.connect(self.remove_rule)
        self.hint = QLabel(self.tr(
            "When: monthly, the day (10; empty when the day is not known); twice a month, "
            "the two days (10, 25); every two weeks, one payday (2027-01-08); once a year, "
            "month-day (1-20); irregular, the day, with the amounts by month in Amount "
            "(2027-01: 3000; 2027-02: 5200)."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self._loading = False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Never squeezed below its natural height: the wrapped hint would slide the buttons
        over the table (a form layout gives a row its minimum)."""
        return self.sizeHint()

    # -- rows ---------------------------------------------------------------------------------

    def set_schedule(self, schedule: Sequence[Flow]) -> None:
        self._loading = True
        self.table.setRowCount(0)
        for flow in schedule:
            self.add_rule(flow.kind.value, *flow_to_cells(flow))
        self._loading = False
        self._edited()

    def add_rule(self, kind: str = "monthly", amount: str = "", when: str = "",
                 label: str = "") -> None:
        row = self.table.rowCount()
        loading = self._loading
        self._loading = True
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setAccessibleName(self.tr("Kind of rule {row}").format(row=row + 1))
        for code, name in labels.schedule_kind_names().items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.table.setCellWidget(row, 0, combo)
        for column, text in ((1, amount), (2, when), (3, label)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self._loading = loading
        if not loading:
            self.table.setCurrentCell(row, 1)
            self._edited()

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def rows(self) -> list[tuple[str, str, str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            cells = [self.table.item(row, c) for c in (1, 2, 3)]
            out.append((combo.currentData(), *(c.text() if c else "" for c in cells)))
        return out

    # -- reading ------------------------------------------------------------------------------

    def schedule(self) -> tuple[Flow, ...] | None:
        """The rules as a schedule; None while one does not read (the problem is shown)."""
        data = [cells_to_json(*row) for row in self.rows()]
        try:
            schedule = parse_schedule(data, "rules", self.currency)
        except (InputError, ValueError, IndexError) as error:
            self._show_error(error)
            return None
        self.error.hide()
        return schedule

    def _show_error(self, error: Exception) -> None:
        if isinstance(error, InputError):
            found = _ROW.search(error.field)
            row = int(found.group(1)) + 1 if found else 1
            self.error.setText(self.tr("Rule {row}: {problem}").format(
                row=row, problem=error.problem))
        else:
            self.error.setText(self.tr("A rule does not read: {problem}").format(
                problem=str(error)))
        self.error.show()

    def _edited(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        view = self.table  # as tall as its rules (at least two), no band beneath
        view.resizeRowsToContents()  # a row as tall as its kind's drop-down
        rows = max(view.rowCount(), 2)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + sum(view.rowHeight(r) for r in range(view.rowCount()))
                            + (rows - view.rowCount()) * view.verticalHeader()
                            .defaultSectionSize() + 2)
        if not self._loading:
            self.changed.emit()
