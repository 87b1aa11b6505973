"""How long, and how often: ``分12期``, ``十二期``, ``期限5年``, ``36个月``, ``30-year``, ``over 36
months``, ``24 monthly payments``, ``Pay in 4``; every two weeks, weekly, twice a month.

A term is read with its unit (payments, months or years) so the reader can turn it into a
number of payments once it knows the frequency: 5 years is 60 monthly payments, 130 biweekly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.dates import Frequency
from planner.core.offer.numbers import COUNT, count
from planner.core.offer.text import FLAGS, Claims

PAYMENTS, MONTHS, YEARS = "payments", "months", "years"


@dataclass(frozen=True, slots=True)
class Term:
    """``count`` units; ``pay_in`` marks a buy-now-pay-later "Pay in N" (every two weeks
    unless the text says otherwise, as Klarna, Afterpay and PayPal schedule it)."""

    count: int
    unit: str
    start: int
    end: int
    pay_in: bool = False


@dataclass(frozen=True, slots=True)
class FrequencyWord:
    frequency: Frequency
    start: int
    end: int


_N = rf"(?P<n>{COUNT})"
_TERMS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(rf"期限[:：]?\s?(?:为|是)?\s?{_N}\s?(?P<u>年|个月|期)"), None),
    (re.compile(rf"{_N}\s?年期"), YEARS),
    (re.compile(rf"(?:贷款|借款|还款|按揭|分)\s?{_N}\s?年(?![化利费息度])"), YEARS),
    (re.compile(rf"(?<![第前后])(?:分|共)?\s?{_N}\s?期(?![间限])"), PAYMENTS),
    (re.compile(rf"(?<![前后])(?:分|共)?\s?{_N}\s?个月"), MONTHS),
    (re.compile(rf"\bpay\s+in\s+{_N}\b", FLAGS), PAYMENTS),
    (re.compile(rf"\b{_N}\s?(?:-\s?|\s)(?P<u>month|year)s?\b", FLAGS), None),
    (re.compile(rf"\b{_N}\s+(?:(?:monthly|weekly|bi-?weekly|fortnightly|semi-?monthly|equal|"
                rf"interest[- ]free|fixed|regular|level)\s+)*(?:payments|installments|"
                rf"instalments|repayments)\b", FLAGS), PAYMENTS),
]
_UNITS = {"年": YEARS, "个月": MONTHS, "期": PAYMENTS, "month": MONTHS, "year": YEARS}

_FREQUENCIES = [
    (re.compile(r"bi-?weekly|every\s+(?:2|two)\s+weeks|fortnightly|every\s+other\s+week|"
                r"每两周|每2周|双周", FLAGS), Frequency.BIWEEKLY),
    (re.compile(r"semi-?monthly|twice\s+(?:a|per)\s+month|每半月|每半个月", FLAGS),
     Frequency.SEMIMONTHLY),
    (re.compile(r"(?<!bi-)(?<!bi)\bweekly\b|every\s+week|每周|每星期", FLAGS),
     Frequency.WEEKLY),
    (re.compile(r"(?<!semi-)(?<!semi)\bmonthly\b|every\s+month|per\s+month|a\s+month|/mo\b|"
                r"每月|月供|按月", FLAGS), Frequency.MONTHLY),
]


def find_terms(text: str, claims: Claims) -> list[Term]:
    """Every term statement not inside an earlier finding, in text order; each claims its
    characters. Counts outside 1..1200 payments are not terms."""
    out = []
    for pattern, fixed in _TERMS:
        for m in pattern.finditer(text):
            if not claims.free(m.start(), m.end()):
                continue
            n = count(m["n"])
            unit = fixed or _UNITS[m["u"].lower()]
            if n is None or not 1 <= n * (12 if unit == YEARS else 1) <= 1200:
                continue
            claims.take(m.start(), m.end())
            out.append(Term(n, unit, m.start(), m.end(),
                            pay_in=m.group(0).lower().startswith("pay")))
    out.sort(key=lambda t: t.start)
    return out


def find_frequencies(text: str) -> list[FrequencyWord]:
    """Words naming how often payments fall due, in text order (they claim nothing: "monthly"
    also describes a payment or a rate)."""
    out = [FrequencyWord(freq, m.start(), m.end())
           for pattern, freq in _FREQUENCIES for m in pattern.finditer(text)]
    out.sort(key=lambda f: f.start)
    return out


def payments_of(term: Term, frequency: Frequency) -> int | None:
    """The number of payments a term makes at ``frequency``: 5 years monthly is 60, 12 months
    biweekly is 26; None when months do not divide into whole payments."""
    per_year = frequency.per_year
    if term.unit == PAYMENTS:
        return term.count
    if term.unit == YEARS:
        return term.count * per_year
    payments, left = divmod(term.count * per_year, 12)
    return payments if not left else None
