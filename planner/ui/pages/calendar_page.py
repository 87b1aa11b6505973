"""Calendar: the due dates of the coming months marked on a month calendar (with the day's total),
the payments of the chosen day or month listed beside it, and an export of those due dates to an
iCalendar (.ics) file for a phone or desktop calendar (the store's writer, with the reminders
chosen in Settings as alarms)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.money import ZERO
from planner.core.portfolio import Portfolio
from planner.core.stress.calendar import DueDate, due_dates
from planner.ui import folders
from planner.ui.i18n import Formatter, from_qdate, to_qdate
from planner.ui.models.due_dates_model import DueDatesModel
from planner.ui.models.month_totals_model import MonthTotalsModel, month_totals
from planner.ui.session import Session
from planner.ui.tables import Table, spread_columns
from planner.ui.worker import run_off_thread

HORIZONS = (3, 6, 12, 24, 36)
#: Mark colours: overdue money, a final (balloon) payment, a regular one.
MARKS = {"overdue": "#d64545", "balloon": "#d98a1c", "regular": "#2f7ed8"}


class DueCalendar(QCalendarWidget):
    """A month calendar with each due date marked by a dot and the day's total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dues: dict[date, list[DueDate]] = {}
        self.fmt = Formatter()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:  # the weekday names keep one line's height; the weeks share the rest
            view.verticalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().resizeSection(0, 30)
            view.setAccessibleName(self.tr("Days of the month"))
        year = self.findChild(QSpinBox, "qt_calendar_yearedit")
        if year is not None:
            year.setAccessibleName(self.tr("Year"))
            year.lineEdit().setAccessibleName(self.tr("Year"))

    def set_dues(self, dues: dict[date, list[DueDate]]) -> None:
        self.dues = dues
        self.fmt = Formatter()
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, day)
        found = self.dues.get(from_qdate(day))
        if not found:
            return
        worst = next((k for k in ("overdue", "balloon", "regular")
                      if any(str(d.kind) == k for d in found)), "regular")
        total = sum((d.amount for d in found), ZERO)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(MARKS[worst])
        tint = QColor(colour)
        tint.setAlpha(28)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), tint)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect.left() + 6, rect.top() + 6, 8, 8)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.5))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        text = self.fmt.number(total, 0)
        if len(found) > 1:
            text = self.tr("{amount} ({count})").format(amount=text, count=len(found))
        painter.drawText(rect.adjusted(2, 0, -5, -4),
                         int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight), text)
        painter.restore()


class CalendarPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("page_calendar")
        self.fmt = Formatter()
        self.dues: tuple[DueDate, ...] = ()
        self._moved = False
        self._generation = 0
        heading = QLabel(self.page_title(), self)
        heading.setObjectName("pageTitle")
        self.horizon = QComboBox(self)
        self.horizon.setAccessibleName(self.tr("How many months to show"))
        for months in HORIZONS:
            self.horizon.addItem(self.tr("Next {count} months").format(count=months), months)
        self.horizon.setCurrentIndex(HORIZONS.index(12))
        self.horizon.currentIndexChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("E&xport to a calendar (.ics)…"), self)
        self.export_button.setObjectName("primaryButton")
        self.export_button.clicked.connect(lambda: self.export_ics())
        self.calendar = DueCalendar(self)
        self.calendar.setAccessibleName(self.tr("Due dates"))
        self.calendar.selectionChanged.connect(self.show_selection)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.show_selection())
        legend = QLabel(self.tr("Dots mark payments due, with the day's total: blue a regular "
                                "payment, orange a final (balloon) payment, red money overdue."),
                        self)
        legend.setObjectName("hint")
        legend.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setObjectName("detailTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.model = DueDatesModel(self)
        self.table = Table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Payments due"))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DueDatesModel.Column.ITEM, QHeaderView.ResizeMode.Stretch)
        self.totals_model = MonthTotalsModel(self)
        self.totals = Table(self)
        self.totals.setModel(self.totals_model)
        self.totals.setAccessibleName(self.tr("Due month by month"))
        self.totals.verticalHeader().hide()
        self.totals.setAlternatingRowColors(True)
        self.totals.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        spread_columns(self.totals)  # equal columns cut "2026年12月" to "2026年1…"
        self.totals.clicked.connect(self._month_chosen)
        totals_caption = QLabel(self.tr("Month by month"), self)
        totals_caption.setObjectName("detailTitle")
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.horizon)
        head.addWidget(self.export_button)
        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(legend)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.summary)
        right.addWidget(self.table, 1)
        right.addWidget(totals_caption)
        right.addWidget(self.totals, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addLayout(body, 1)
        session.items_changed.connect(self.refresh)
        self.refresh()

    def page_title(self) -> str:
        return self.tr("Calendar")

    def months(self) -> int:
        return int(self.horizon.currentData())

    def until(self) -> date:
        return self.session.today() + relativedelta(months=self.months())

    def refresh(self) -> None:
        """Work out the due dates (off the window's thread for a large profile), then show
        them."""
        today, months = self.session.today(), self.months()
        portfolio = Portfolio(self.session.household, self.session.items())
        self._generation += 1
        generation = self._generation

        def done(dues: tuple[DueDate, ...]) -> None:
            if generation == self._generation:  # a newer request has its own answer coming
                self._show_dues(dues)

        run_off_thread(self, lambda: due_dates(portfolio, today, months), done, self._failed,
                       size=len(portfolio.items))

    def _show_dues(self, dues: tuple[DueDate, ...]) -> None:
        today = self.session.today()
        self.dues = dues
        by_day: dict[date, list[DueDate]] = defaultdict(list)
        for d in self.dues:
            by_day[d.date].append(d)
        self.calendar.setMinimumDate(to_qdate(date(today.year, today.month, 1)))
        self.calendar.setMaximumDate(to_qdate(self.until()))
        self.calendar.set_dues(dict(by_day))
        self.export_button.setEnabled(bool(self.dues))
        household = self.session.household
        self.totals_model.set_totals(month_totals(self.dues, today, self.until()),
                                     household.currency, household.monthly_income)
        if self.dues and not self._moved:  # open on the first month with something due
            first = self.dues[0].date
            self.calendar.setCurrentPage(first.year, first.month)
            self._moved = True
        self.show_selection()

    def _failed(self, error: Exception) -> None:
        self.dues = ()
        self.calendar.set_dues({})
        self.summary.setText(self.tr("The due dates cannot be worked out: {problem}").format(
            problem=str(error)))

    def _month_chosen(self, index) -> None:
        month = self.totals_model.row_at(index.row()).month
        self.calendar.setCurrentPage(month.year, month.month)

    def show_selection(self) -> None:
        """The chosen day's payments; on a day with none (or off the month shown), the whole
        month shown."""
        day = from_qdate(self.calendar.selectedDate())
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        shown = (day.year, day.month) == (year, month)
        on_day = [d for d in self.dues if d.date == day] if shown else []
        if on_day:
            rows = on_day
            self.caption.setText(self.tr("Due on {date}").format(date=self.fmt.date(day)))
        else:
            rows = [d for d in self.dues if (d.date.year, d.date.month) == (year, month)]
            self.caption.setText(self.tr("Due in {month}").format(
                month=self.fmt.month(date(year, month, 1))))
        totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for d in rows:
            totals[d.currency] += d.amount
        amount = self.tr(", ").join(self.fmt.money(v, c) for c, v in totals.items())
        self.summary.setText(self.tr("Payments due: {count} · Total: {amount}").format(
            count=len(rows), amount=amount) if rows else self.tr("Nothing falls due."))
        self.model.set_due(rows, {i.id: i for i in self.session.items()})
        # A day's list needs no date column (its heading says the day): the room goes to the
        # items' names, which a 1024-pixel window cut to one character ("借…").
        self.table.setColumnHidden(DueDatesModel.Column.DATE, bool(on_day))

    def export_ics(self, path: Path | None = None) -> Path | None:
        """Write the due dates shown (from today for the chosen months) as iCalendar."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the due dates"),
                folders.start_path(self, "planner-due-dates.ics"),
                self.tr("iCalendar files (*.ics)"))
            if not name:
                return None
            folders.remember(self, name)
            path = Path(name)
        try:
            count = write_ics(self.session, path, self.until())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr(
                "The due dates could not be written to {path}: {problem}").format(
                path=str(path), problem=error.strerror or str(error)))
            return None
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Exported {count} due dates to {path}.")
                                           .format(count=count, path=str(path)), 6000)
        return path


def write_ics(session: Session, path: Path, until: date) -> int:
    """The store's iCalendar of every payment still due up to ``until`` (stable UIDs, so a
    newer export updates a calendar rather than duplicating it), with an alarm on each of the
    reminder days chosen in Settings; the number of events."""
    from planner.store.importexport import write_due_dates_ics
    from planner.ui.reminders import reminder_days

    return write_due_dates_ics(path, list(session.items()), session.today(), until,
                               remind_days=reminder_days(session.backend))
