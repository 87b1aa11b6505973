"""Repayment stress (issue 5): the household's obligations against its income, warnings with
their reasons, and a transparent stress score.

:func:`stress_report` is the one call the command line and the app make; the parts are
:mod:`.projection` (obligations by month and week), :mod:`.warnings` (with :mod:`.flow_rules`,
:mod:`.credit_rules`, :mod:`.thresholds`, :mod:`.caps`), :mod:`.score` and :mod:`.calendar`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.core.portfolio import Portfolio
from planner.core.stress.assess import assess
from planner.core.stress.projection import Projection, project
from planner.core.stress.score import Band, Factor, StressScore, stress_score
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning

__all__ = ["Band", "Code", "Factor", "Projection", "Severity", "StressReport", "StressScore",
           "StressWarning", "Thresholds", "stress_report", "thresholds_of"]


@dataclass(frozen=True, slots=True)
class StressReport:
    projection: Projection
    warnings: tuple[StressWarning, ...]
    score: StressScore
    thresholds: Thresholds


def thresholds_of(portfolio: Portfolio) -> Thresholds:
    """The profile's thresholds (``household.extra["thresholds"]``) over the defaults."""
    return Thresholds.from_mapping(portfolio.household.extra.get("thresholds"))


def stress_report(portfolio: Portfolio, today: date,
                  thresholds: Thresholds | None = None) -> StressReport:
    """Projection, warnings and score of ``portfolio`` as of ``today``; thresholds default to
    the profile's own.

    >>> from decimal import Decimal
    >>> from planner.core.portfolio import Household
    >>> r = stress_report(Portfolio(Household(monthly_income=Decimal(5000)), ()),
    ...                   date(2025, 6, 1))
    >>> r.score.score, r.score.band.value, r.warnings, len(r.projection.months)
    (0, 'calm', (), 36)
    """
    t = thresholds or thresholds_of(portfolio)
    projection = project(portfolio, today)
    warnings = assess(projection, t)
    return StressReport(projection, warnings, stress_score(projection, warnings, t), t)
