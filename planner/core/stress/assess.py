"""Every stress rule run over a projection: the warnings found, the most severe first."""

from __future__ import annotations

from typing import Any

from planner.core.stress.credit_rules import RULES as CREDIT_RULES
from planner.core.stress.flow_rules import RULES as FLOW_RULES
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning


def assess(projection: Any, thresholds: Thresholds | None = None) -> tuple[StressWarning, ...]:
    """Every warning for ``projection``, the most severe first (then by code).

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from planner.core.portfolio import Household, Portfolio
    >>> from planner.core.stress.projection import project
    >>> calm = Portfolio(Household(monthly_income=Decimal(9000)), ())
    >>> assess(project(calm, date(2025, 6, 1)))
    ()
    """
    thresholds = thresholds or Thresholds()
    found: list[StressWarning] = []
    for rule in (*FLOW_RULES, *CREDIT_RULES):
        found.extend(rule(projection, thresholds))
    if projection.excluded:
        found.append(StressWarning(Code.OTHER_CURRENCY, Severity.INFO,
                                   items=projection.excluded,
                                   detail={"count": len(projection.excluded)},
                                   rule="item currency != household currency"))
    return tuple(sorted(found, key=lambda w: (-w.severity.rank, w.code.value, w.items)))
