"""Stress warnings: each a stable code, a severity, where and what it concerns, the numbers
behind it, and the rule and threshold that fired. Never a sentence: the interface words them.

:func:`assess` runs every rule over a :class:`~planner.core.stress.projection.Projection`.
Rules live in :mod:`~planner.core.stress.flow_rules` (money in and out over time) and
:mod:`~planner.core.stress.credit_rules` (the price and shape of single items).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planner.core.stress.thresholds import Thresholds


class Severity(StrEnum):
    INFO = "info"
    CAUTION = "caution"
    DANGER = "danger"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.CAUTION: 1, Severity.DANGER: 2}


class Code(StrEnum):
    DEBT_TO_INCOME = "debt_to_income"
    CASH_SHORTFALL = "cash_shortfall"
    PAYMENT_CLUSTER = "payment_cluster"
    INSTALLMENT_STACKING = "installment_stacking"
    HIGH_COST_CREDIT = "high_cost_credit"
    MINIMUM_PAYMENT_TRAP = "minimum_payment_trap"
    BALLOON_AHEAD = "balloon_ahead"
    OTHER_CURRENCY = "other_currency"   # info: items left out, no exchange rate offline


@dataclass(frozen=True, slots=True)
class StressWarning:
    """One finding. ``detail`` holds numbers (Decimal, int) and the month or date labels they
    belong to; ``rule`` is the comparison in terms of the threshold names of
    :class:`~planner.core.stress.thresholds.Thresholds`; ``threshold`` the line crossed;
    ``sources`` stable codes of the documents behind the line."""

    code: Code
    severity: Severity
    months: tuple[str, ...] = ()
    dates: tuple[date, ...] = ()
    items: tuple[str, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict)
    rule: str = ""
    threshold: Decimal | int | None = None
    sources: tuple[str, ...] = ()


#: The name the issue uses; ``StressWarning`` avoids shadowing the built-in ``Warning``.
Warning = StressWarning


def assess(projection: Any, thresholds: Thresholds | None = None) -> tuple[StressWarning, ...]:
    """Every warning for ``projection``, the most severe first (then by code).

    >>> from planner.core.portfolio import Household, Portfolio
    >>> from planner.core.stress.projection import project
    >>> calm = Portfolio(Household(monthly_income=Decimal(9000)), ())
    >>> assess(project(calm, date(2025, 6, 1)))
    ()
    """
    from planner.core.stress import credit_rules, flow_rules

    thresholds = thresholds or Thresholds()
    found: list[StressWarning] = []
    for rule in (*flow_rules.RULES, *credit_rules.RULES):
        found.extend(rule(projection, thresholds))
    if projection.excluded:
        found.append(StressWarning(Code.OTHER_CURRENCY, Severity.INFO,
                                   items=projection.excluded,
                                   detail={"count": len(projection.excluded)},
                                   rule="item currency != household currency"))
    return tuple(sorted(found, key=lambda w: (-w.severity.rank, w.code.value, w.items)))


def worst(warnings: tuple[StressWarning, ...] | list[StressWarning]) -> Severity | None:
    """The highest severity among ``warnings``."""
    return max((w.severity for w in warnings), key=lambda s: s.rank, default=None)
