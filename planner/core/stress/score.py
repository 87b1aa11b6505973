"""The stress score: 0 to 100, higher is more strain, from a transparent formula whose every
factor's contribution is returned -- the local, explainable counterpart of a credit score.

    factor          points  measure                                                  full at
    debt_to_income    35    worst payments / income over the next 12 months, linear  60%
                            from 20% (0 points) -- the 36% caution line scores 14,
                            the 50% danger line 26.25; no income with payments: 35
    cash_shortfall    25    deepest deficit (cash below the floor, by month, week,   1 month's
                            or day when paydays are known) / monthly income,         income
                            linear from 0
    high_cost_credit  15    share of the debt owed on items above their APR caps     100%
    min_payment_trap  10    5 if a card's minimum takes over 36 months, 10 if it
                            never repays
    stacking           5    (most plans in a month - threshold) / threshold, linear  2 x
    payment_cluster    5    any cluster of payments
    balloon_ahead      5    any balloon ahead
The weights follow what each says about the ability to pay: payments against income and
running out of cash carry most (the debt-service ratios of FINANCE.md); price, the card trap
and the behavioural patterns less. Each factor's points are rounded half up to one decimal;
the score is their sum (at most 100) rounded half up to a whole number.
Bands: calm < 20, watch < 50, strained < 75, else severe.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from planner.core.money import ZERO
from planner.core.stress.flow_rules import plans_running
from planner.core.stress.projection import Projection
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning

DTI_FROM, DTI_FULL = Decimal("0.20"), Decimal("0.60")
NEAR_MONTHS = 12
WEIGHTS: dict[str, int] = {"debt_to_income": 35, "cash_shortfall": 25, "high_cost_credit": 15,
                           "minimum_payment_trap": 10, "installment_stacking": 5,
                           "payment_cluster": 5, "balloon_ahead": 5}
_TENTH = Decimal("0.1")


class Band(StrEnum):
    CALM = "calm"
    WATCH = "watch"
    STRAINED = "strained"
    SEVERE = "severe"


@dataclass(frozen=True, slots=True)
class Factor:
    code: str
    points: Decimal             # to one decimal
    max_points: int
    measure: Decimal | int | None  # the input: a ratio, a share or a count


@dataclass(frozen=True, slots=True)
class StressScore:
    score: int
    band: Band
    factors: tuple[Factor, ...]


def band_of(score: int) -> Band:
    """The band of a score.

    >>> [band_of(s).value for s in (19, 20, 49, 50, 74, 75)]
    ['calm', 'watch', 'watch', 'strained', 'strained', 'severe']
    """
    return (Band.CALM if score < 20 else Band.WATCH if score < 50 else
            Band.STRAINED if score < 75 else Band.SEVERE)


def _linear(value: Decimal, low: Decimal, full: Decimal) -> Decimal:
    """0 at ``low`` or below, 1 at ``full`` or above, linear between."""
    return min(max((value - low) / (full - low), ZERO), Decimal(1))


def stress_score(p: Projection, warnings: tuple[StressWarning, ...],
                 thresholds: Thresholds | None = None) -> StressScore:
    """The score of a projection and its warnings.

    >>> from datetime import date
    >>> from planner.core.portfolio import Household, Portfolio
    >>> from planner.core.stress.projection import project
    >>> p = project(Portfolio(Household(monthly_income=Decimal(8000)), ()), date(2025, 6, 1))
    >>> stress_score(p, ()).score
    0
    """
    t = thresholds or Thresholds()
    by_code: dict[Code, list[StressWarning]] = {}
    for w in warnings:
        by_code.setdefault(w.code, []).append(w)
    shares = {
        "debt_to_income": _dti_share(p),
        "cash_shortfall": _cash_share(p, t),
        "high_cost_credit": _high_cost_share(p, by_code.get(Code.HIGH_COST_CREDIT, [])),
        "minimum_payment_trap": _trap_share(by_code.get(Code.MINIMUM_PAYMENT_TRAP, [])),
        "installment_stacking": _stacking_share(p, bool(by_code.get(Code.INSTALLMENT_STACKING)),
                                                t),
        "payment_cluster": (Decimal(1) if Code.PAYMENT_CLUSTER in by_code else ZERO, None),
        "balloon_ahead": (Decimal(1) if Code.BALLOON_AHEAD in by_code else ZERO, None),
    }
    factors = tuple(Factor(code, (WEIGHTS[code] * share).quantize(_TENTH, ROUND_HALF_UP),
                           WEIGHTS[code], measure)
                    for code, (share, measure) in shares.items())
    total = sum((f.points for f in factors), ZERO)  # the shown points add up to the score
    score = int(total.quantize(Decimal(1), ROUND_HALF_UP))
    return StressScore(score, band_of(score), factors)


def _dti_share(p: Projection) -> tuple[Decimal, Decimal | None]:
    near = [m for m in p.months[:NEAR_MONTHS] if m.payments > 0]
    if any(m.ratio is None for m in near):
        return Decimal(1), None
    worst = max((m.ratio for m in near if m.ratio is not None), default=ZERO)
    return _linear(worst, DTI_FROM, DTI_FULL), worst.quantize(Decimal("0.0001"))


def _cash_share(p: Projection, t: Thresholds) -> tuple[Decimal, Decimal]:
    days = p.days if p.timed else ()  # paydays known: the day line (else weeks, as before)
    lowest = min([*(m.cash for m in p.months), *(w.cash for w in p.weeks),
                  *(d.cash for d in days)], default=t.cash_floor)
    deficit = max(t.cash_floor - lowest, ZERO)
    income = p.household.monthly_income
    if not deficit:
        return ZERO, deficit
    return (min(deficit / income, Decimal(1)) if income else Decimal(1)), deficit


def _high_cost_share(p: Projection, found: list[StressWarning]) -> tuple[Decimal, Decimal]:
    total = sum((ip.balance for ip in p.items), ZERO)
    flagged = {w.items[0] for w in found}
    costly = sum((ip.balance for ip in p.items if ip.item_id in flagged), ZERO)
    share = costly / total if total else ZERO
    return share, share.quantize(Decimal("0.0001"))


def _trap_share(found: list[StressWarning]) -> tuple[Decimal, int]:
    if any(w.severity is Severity.DANGER for w in found):
        return Decimal(1), len(found)
    return (Decimal("0.5") if found else ZERO), len(found)


def _stacking_share(p: Projection, found: bool, t: Thresholds) -> tuple[Decimal, int]:
    """Points once the warning fires; the measure is the most plans running in one month
    either way (two plans under a line of three are two, not none)."""
    most = max((len(ids) for _, ids in plans_running(p)), default=0)
    over = Decimal(most - t.stacking_plans) / t.stacking_plans if found else ZERO
    return min(max(over, ZERO), Decimal(1)), most
