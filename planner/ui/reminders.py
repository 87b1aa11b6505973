"""Reminders while the app runs: the payments due within the largest of the reminder days chosen
in Settings (overdue money included), each told once per session -- as a message from the
system tray where the system has one that shows messages, else as a banner across the top of
the window (dismissed with its button). Checked a moment after the window opens, hourly, and
when the items or the reminder settings change. Nothing is told for the demo or a workshop
scenario (their dates are made up)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from planner.core import reminders
from planner.core.errors import InputError
from planner.core.portfolio import Portfolio
from planner.core.stress.calendar import DueDate, due_dates
from planner.ui.i18n import Formatter
from planner.ui.worker import run_off_thread

#: How often the check runs while the app is open (ms).
INTERVAL = 60 * 60 * 1000
#: The first check, after the window's first paint (ms).
FIRST = 1500
SHOWN_AT_ONCE = 3


def reminder_days(backend) -> tuple[int, ...]:  # noqa: ANN001 - a session backend
    """The days chosen in Settings (the default when none are, or they do not read)."""
    saved = backend.setting("reminder_days")
    if saved is None:
        return reminders.DEFAULT_DAYS
    try:
        return reminders.parse_days(saved, "reminder_days")
    except InputError:
        return reminders.DEFAULT_DAYS


def due_soon(portfolio: Portfolio, today: date, days: tuple[int, ...]) -> list[DueDate]:
    """Payments due from today up to ``max(days)`` days ahead (overdue money is due today)."""
    if not days:
        return []
    _start, end = reminders.window(today, max(days))
    months = 2 if max(days) > 27 else 1
    return [d for d in due_dates(portfolio, today, months) if d.date < end]


class Reminders(QObject):
    def __init__(self, window: QMainWindow, session) -> None:  # noqa: ANN001 - a Session
        super().__init__(window)
        self.setObjectName("reminders")
        self.window = window
        self.session = session
        self.told: set[tuple[str, date]] = set()
        self.tray: QSystemTrayIcon | None = None
        self.banner: QToolBar | None = None
        self.message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL)
        self.timer.timeout.connect(self.check)
        if self.active:
            self.timer.start()
            QTimer.singleShot(FIRST, self.check)
            session.items_changed.connect(self.check)
            session.settings_changed.connect(self.check)

    @property
    def active(self) -> bool:
        """A real profile (the demo and workshop scenarios are demo sessions)."""
        return not getattr(self.session, "demo", False)

    def enabled(self) -> bool:
        return bool(self.session.backend.setting("reminder_notify", True))

    def check(self) -> None:
        """Work out what is due soon (off the window's thread for a large profile), then tell
        what has not been told yet."""
        if not self.enabled():
            return
        session = self.session
        portfolio = Portfolio(session.household, session.items())
        today, days = session.today(), reminder_days(session.backend)
        run_off_thread(self, lambda: due_soon(portfolio, today, days), self._tell,
                       lambda _error: None, size=len(portfolio.items))

    def _tell(self, dues: list[DueDate]) -> None:
        new = [d for d in dues if (d.item_id, d.date) not in self.told]
        if not new:
            return
        self.told.update((d.item_id, d.date) for d in new)
        self.message = self.words(new)
        title = self.tr("Payments due soon")
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.setToolTip(title)
                self.tray.messageClicked.connect(self._bring_forward)
            self.tray.show()
            self.tray.showMessage(title, self.message, QSystemTrayIcon.MessageIcon.Information,
                                  15000)
        else:
            self.show_banner(self.message)

    def words(self, dues: list[DueDate]) -> str:
        fmt = Formatter()
        names = {i.id: i.name for i in self.session.items()}
        today = self.session.today()
        lines = []
        for d in dues[:SHOWN_AT_ONCE]:
            name = names.get(d.item_id, d.item_id)
            amount = fmt.money(d.amount, d.currency)
            if str(d.kind) == "overdue":
                lines.append(self.tr("{name}: {amount} is overdue").format(name=name,
                                                                          amount=amount))
            elif d.date == today:
                lines.append(self.tr("{name}: {amount} due today").format(name=name,
                                                                         amount=amount))
            else:
                lines.append(self.tr("{name}: {amount} due on {date}").format(
                    name=name, amount=amount, date=fmt.date(d.date)))
        if len(dues) > SHOWN_AT_ONCE:
            lines.append(self.tr("and {count} more").format(count=len(dues) - SHOWN_AT_ONCE))
        return self.tr("; ").join(lines)

    def show_banner(self, text: str) -> None:
        if self.banner is None:
            bar = QToolBar(self.tr("Reminders"), self.window)
            bar.setObjectName("reminderBanner")
            bar.setMovable(False)
            bar.setFloatable(False)
            label = QLabel(bar)
            label.setObjectName("reminderText")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            spacer = QWidget(bar)
            dismiss = QPushButton(self.tr("&Dismiss"), bar)
            dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
            dismiss.clicked.connect(self.dismiss)
            bar.addWidget(label)
            bar.addWidget(spacer)
            bar.addWidget(dismiss)
            self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
            self.banner = bar
        label = self.banner.findChild(QLabel, "reminderText")
        label.setText(self.tr("Payments due soon: {list}").format(list=text))
        label.setAccessibleName(label.text())
        self.banner.show()

    def dismiss(self) -> None:
        if self.banner is not None:
            self.banner.hide()

    def _bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if hasattr(self.window, "show_page"):
            self.window.show_page("calendar")


def attach_reminders(window: QMainWindow, session) -> Reminders:  # noqa: ANN001 - a Session
    """The window's reminders for ``session`` (the previous session's are dropped)."""
    old = window.findChild(Reminders, "reminders")
    if old is not None:
        old.timer.stop()
        if old.banner is not None:
            window.removeToolBar(old.banner)
            old.banner.deleteLater()
        if old.tray is not None:
            old.tray.hide()
        old.deleteLater()
        old.setObjectName("")
    return Reminders(window, session)
