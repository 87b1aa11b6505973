"""The Overview's first list: what falls due this week (today and the six days after it), money
overdue first, each payment with its day (moved off a day off where the lender does so), item and
amount -- from the Overview's own figures (``Overview.upcoming``), nothing worked out again."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.overview import Upcoming
from planner.ui.charts.colours import SEVERITY_COLOURS
from planner.ui.i18n import Formatter
from planner.ui.models.upcoming_model import overdue_words, plan_words
from planner.ui.tables import fit_rows

DAYS = 7


def this_week(upcoming: Sequence[Upcoming], today: date) -> list[Upcoming]:
    """The payments of ``upcoming`` due from today to six days after it, by date."""
    end = today + timedelta(days=DAYS)
    return sorted((u for u in upcoming if u.date < end), key=lambda u: (u.date, u.item.name))


class DueThisWeek(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueThisWeek")
        self.setTitle(self.tr("Due this week"))
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Payments due this week"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Item"),
                                              self.tr("Amount")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move between cells
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing falls due this week."), self)
        self.empty.setObjectName("hint")
        self.total = QLabel(self)
        self.total.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.total)
        self.rows: list[Upcoming] = []

    def set_upcoming(self, upcoming: Sequence[Upcoming], today: date, currency: str) -> None:
        fmt = Formatter()
        self.rows = this_week(upcoming, today)
        self.table.setRowCount(len(self.rows))
        for row, u in enumerate(self.rows):
            late = overdue_words(u, fmt) if u.overdue_since else None
            when = late[0] if late else self.tr("Today") if u.date == today else fmt.date(u.date)
            cells = (when, u.item.name, fmt.money(u.amount, u.item.product.currency))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if late:
                    cell.setForeground(QColor(SEVERITY_COLOURS["danger"]))
                    cell.setToolTip(late[1])
                elif u.minimum is not None:
                    cell.setToolTip(plan_words(u, fmt))
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if self.rows:
            fit_rows(self.table)
            same = [u.amount for u in self.rows if u.item.product.currency == currency]
            self.total.setText(self.tr("{count} payments, {amount} in all, by {date}.").format(
                count=len(self.rows), amount=fmt.money(sum(same), currency),
                date=fmt.date(today + timedelta(days=DAYS - 1))))
        self.total.setVisible(bool(self.rows))
