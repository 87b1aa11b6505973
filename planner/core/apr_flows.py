"""The words of the true-annual-rate equation that need no solver: a dated cash flow, the
rate found with how it was reached, and the named unit periods.

They live apart from the solver (:mod:`planner.core.apr`, vectorised with numpy) so that a
product's schedule and totals can be built, and a profile's figures shown, before numpy is
loaded: a schedule's rate is worked out when it is first asked for
(:attr:`planner.core.figures.Figures.apr`), which at start-up is after the Overview's figures
are on screen (issue 14).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from planner.core.convention import Convention


class UnitPeriod(StrEnum):
    """Standard intervals of 12 CFR 1026 Appendix J (b)(3)(iii) that have a name.

    Other standard intervals (a multiple of a week or of a month) travel as strings such as
    ``"3-week"`` or ``"5-month"``, and a single-payment term as ``"255-day term"``.
    """

    DAY = "day"
    WEEK = "week"
    BIWEEK = "biweek"
    FOUR_WEEK = "four-week"
    SEMIMONTH = "semimonth"
    MONTH = "month"
    BIMONTH = "bimonth"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class CashFlow:
    """Money that changes hands on one day: ``amount`` > 0, its direction given by the list
    it is in (advances to the borrower, payments by the borrower)."""

    date: datetime.date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class AprResult:
    """The annual rate as a fraction (0.1303 is 13.03%), with how it was reached.

    ``roots`` lists every annual rate that zeroes the equation (just ``rate`` when there is
    one); ``multiple_roots`` says the flows admit several and the root rule chose ``rate``.
    """

    rate: float
    convention: Convention
    unit_period: UnitPeriod | str
    periods_per_year: float
    periodic_rate: float
    effective_annual_rate: float
    multiple_roots: bool
    roots: tuple[float, ...]
