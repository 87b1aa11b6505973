"""The household's stress report as the pages share it: worked out once per change of the items,
the household (income, thresholds) or the day, and handed to the Overview and the Stress page.

A small profile is analysed at once (the demo takes a few milliseconds); a large one (more than
``planner.ui.worker.SYNC_ITEMS`` open items, where the projection may pass 100 ms) on a worker
thread, so the window keeps painting; ``updated`` says when a new report is ready.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from planner.core.portfolio import Portfolio
from planner.core.stress import Code, StressReport, stress_report
from planner.ui.session import Session
from planner.ui.worker import Worker, run_off_thread

#: The warnings that weigh payments against income.
INCOME_CODES = frozenset({Code.DEBT_TO_INCOME, Code.CASH_SHORTFALL, Code.PAYMENT_CLUSTER})


class StressState(QObject):
    """The current :class:`StressReport` of a session (None until the first one is ready)."""

    updated = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName("stressState")
        self.session = session
        self._report: StressReport | None = None
        self._error: Exception | None = None
        self._key: tuple | None = None
        self._worker: Worker | None = None
        session.items_changed.connect(self.refresh)
        session.household_changed.connect(self.refresh)

    def portfolio(self) -> Portfolio:
        return Portfolio(self.session.household, self.session.items())

    def names(self) -> dict[str, str]:
        return {i.id: i.name for i in self.session.items()}

    @property
    def error(self) -> Exception | None:
        """Why the last analysis failed (the thresholds saved in the profile, say)."""
        return self._error

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def report(self) -> StressReport | None:
        """The report for the session as it is now (worked out if it is small and stale).

        With no income recorded, the warnings that weigh payments against income are left
        out (zero income would make every payment "too much" and the cash "run out"): the
        pages ask for the income instead of scoring its absence (:attr:`income_missing`)."""
        if self._key != self._current_key() and self._worker is None:
            self.refresh()
        report = self._report
        if report is not None and self.income_missing:
            report = replace(report, warnings=tuple(
                w for w in report.warnings if w.code not in INCOME_CODES))
        return report

    @property
    def income_missing(self) -> bool:
        """Items to weigh, and no income to weigh them against."""
        household = self.session.household
        return household.monthly_income <= 0 and any(i.is_open for i in self.session.items())

    def _current_key(self) -> tuple:
        return (self.session.today(), tuple(map(id, self.session.items())),
                id(self.session.household))

    def refresh(self) -> None:
        key = self._current_key()
        portfolio, today = self.portfolio(), self.session.today()
        self._key = key

        def done(report: StressReport) -> None:
            if key == self._key:  # a report for an older state is dropped
                self._worker = None
                self._report, self._error = report, None
                self.updated.emit()

        def failed(error: Exception) -> None:
            if key == self._key:
                self._worker = None
                self._report, self._error = None, error
                self.updated.emit()

        self._worker = run_off_thread(self, lambda: stress_report(portfolio, today), done,
                                      failed, size=len(portfolio.items))


def stress_state(session: Session) -> StressState:
    """The session's one :class:`StressState` (made on first use)."""
    found = session.findChild(StressState, "stressState")
    return found if found is not None else StressState(session)
