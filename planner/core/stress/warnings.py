"""Stress warnings: each a stable code, a severity, where and what it concerns, the numbers
behind it, and the rule and threshold that fired. Never a sentence: the interface words them.

The types the rules produce, below them: the rules live in
:mod:`~planner.core.stress.flow_rules` (money in and out over time) and
:mod:`~planner.core.stress.credit_rules` (the price and shape of single items), and
:mod:`~planner.core.stress.assess` runs them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any


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
    DEFERRED_INTEREST = "deferred_interest"  # a promotion not cleared by its end
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


def worst(warnings: tuple[StressWarning, ...] | list[StressWarning]) -> Severity | None:
    """The highest severity among ``warnings``."""
    return max((w.severity for w in warnings), key=lambda s: s.rank, default=None)
