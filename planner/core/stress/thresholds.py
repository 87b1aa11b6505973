"""The lines the stress warnings are drawn at: defaults with their sources, overridable from the
profile (``household.extra["thresholds"]``, edited in Settings).

Each default names where it comes from; the ones that are this product's own choice say so.
Every comparison is strict ("above"): a value exactly on a line does not fire.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal

from planner.core.errors import InputError
from planner.core.money import parse_decimal


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where each warning fires. Ratios and shares are fractions of monthly income."""

    #: debt_to_income, caution: payments / income above 36%, the common caution line (the
    #: "28/36" rule of US mortgage underwriting); the US qualified-mortgage rule used 43%
    #: (12 CFR 1026.43(e)(2)(vi), 2014 text).
    dti_caution: Decimal = Decimal("0.36")
    #: debt_to_income, danger: above 50%. China's 2004 guideline on commercial banks'
    #: real-estate lending risk (银监发〔2004〕57号) keeps housing payments at or below 50% of
    #: income and all debt payments at or below 55%; 50% is the stricter of the two.
    dti_danger: Decimal = Decimal("0.50")
    #: cash_shortfall: cash (buffer carried forward + income - essentials - payments) below
    #: this amount. Zero: running out of money is the line itself.
    cash_floor: Decimal = Decimal(0)
    #: payment_cluster: payments falling within this many calendar days of each other...
    cluster_window_days: int = 5
    #: ...that together exceed this share of monthly income. Product defaults (this app's own
    #: choice: about one week's income due in a few days), not a regulator's line.
    cluster_share: Decimal = Decimal("0.25")
    #: installment_stacking: more than this many installment plans running in one month is a
    #: caution, more than twice as many a danger. The CFPB's "Buy Now, Pay Later: Market trends
    #: and consumer impacts" (September 2022) names "loan stacking" -- several BNPL loans at
    #: once, with different lenders -- as a consumer-harm concern; the number is a product default.
    stacking_plans: int = 3
    #: high_cost_credit: the user's own cap on the true APR (a fraction). When set it replaces
    #: the caution line of the currency's defaults in :mod:`planner.core.stress.caps`.
    apr_cap: Decimal | None = None
    #: minimum_payment_trap: paying only a card's minimum takes more than this many months.
    #: 36 is the comparison period of the CARD Act repayment disclosure (12 CFR 1026.7(b)(12)(i)).
    minimum_payoff_months: int = 36
    #: balloon_ahead: a balloon or bullet payment within this many months...
    balloon_months: int = 6
    #: ...larger than this many months of income (product default: one month's income).
    balloon_income_multiple: Decimal = Decimal(1)
    #: deferred_interest: a "no interest if paid in full" promotion that the payments as
    #: planned do not clear is a caution from the start, and a danger within this many months
    #: of its end (product default: a quarter, time to save or move the balance).
    deferred_interest_months: int = 3

    @classmethod
    def from_mapping(cls, data: Mapping[str, object] | None,
                     where: str = "profile.thresholds") -> Thresholds:
        """The defaults with the entries of ``data`` put in; a bad entry names its field.

        >>> Thresholds.from_mapping({"dti_caution": "0.4"}).dti_caution
        Decimal('0.4')
        >>> Thresholds.from_mapping({"apr_cap": 0.15}).apr_cap
        Decimal('0.15')
        """
        if not data:
            return cls()
        if not isinstance(data, Mapping):
            raise InputError(where, "must be an object of threshold names and values")
        known = {f.name: f for f in fields(cls)}
        changes: dict[str, object] = {}
        for key, value in data.items():
            if key not in known:
                raise InputError(f"{where}.{key}", "is not a threshold (one of "
                                 + ", ".join(sorted(known)) + ")")
            changes[key] = _value(key, value, f"{where}.{key}")
        result = replace(cls(), **changes)
        if result.dti_danger < result.dti_caution:
            raise InputError(f"{where}.dti_danger", "must not be below dti_caution")
        return result


_WHOLE = {"cluster_window_days": (1, 31), "stacking_plans": (1, 100),
          "minimum_payoff_months": (1, 1200), "balloon_months": (1, 120),
          "deferred_interest_months": (1, 24)}
_FRACTIONS = {"dti_caution", "dti_danger", "cluster_share", "apr_cap"}


def _value(key: str, value: object, where: str) -> object:
    if key == "apr_cap" and value is None:
        return None
    if key in _WHOLE:
        low, high = _WHOLE[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InputError(where, f"must be a whole number from {low} to {high}")
        return value
    number = parse_decimal(value, where)
    if key in _FRACTIONS and not 0 < number <= 10:
        raise InputError(where, "must be a fraction above 0 (0.36 for 36%)")
    if key == "balloon_income_multiple" and number <= 0:
        raise InputError(where, "must be above 0")
    return number
