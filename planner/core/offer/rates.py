"""What each percentage in the text is: a daily, monthly or annual rate, a fee per period on
the original principal, a total fee, a fee on the amount, a down payment, or nothing priced.

A percentage is read by the words bound to it: first the words right after it (``18% per
year``, ``0.5%/期``, ``9.99% APR``), which bind tightest, then the words before it in its own
clause since the previous percentage (``日利率0.05%``, ``每期手续费率0.75%``). Penalties,
discounts and cash-advance rates are not the price of the credit and are left unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from planner.core.offer.numbers import Percent, find_percents
from planner.core.offer.text import Claims, clause_at, clauses
from planner.core.offer.text import keyword_pattern as _re


class Stated(StrEnum):
    DAILY = "daily"
    MONTHLY = "monthly"
    MONTHLY_FEE = "monthly_fee"    # per period on the original principal
    TOTAL_FEE = "total_fee"        # over the whole term on the original principal
    ANNUAL = "annual"
    FLAT = "flat"                  # add-on annual rate on the original principal
    ZERO = "zero"                  # "interest-free", "免息": 0% in words
    FEE_PERCENT = "fee_percent"    # a one-off fee as a share of the amount
    DOWN_PERCENT = "down_percent"  # a down payment as a share of the price


@dataclass(frozen=True, slots=True)
class RateStatement:
    """One priced percentage. ``apr`` marks a legal true-rate figure (APR, APRC, 年化利率);
    ``derived`` a figure the text works out from another (``折合年化``, ``equivalent to``)."""

    kind: Stated
    value: Decimal
    start: int
    end: int
    apr: bool = False
    derived: bool = False

    @property
    def quoted(self) -> bool:
        """An annual figure the text states (what a borrower compares)."""
        return self.kind in (Stated.ANNUAL, Stated.FLAT, Stated.ZERO)


_IGNORED = _re(r"违约金|逾期|罚息|滞纳金|提前还款|取现|优惠|折扣|返现|打折|\blate\b|overdue|penalt|"
               r"default|prepay|cash\s+advance|balance\s+transfer|discount|cash\s?back|\boff\b|"
               r"foreign|最低还款|minimum|of\s+(?:the|your)\s+balance")
_DOWN = _re(r"首付|down\s*payment|deposit")
_DAILY = _re(r"日利率|日息|日费率|日综合费率|日利|日化|每日利息|每天利息|"
             r"daily\s+(?:periodic\s+|interest\s+)?rate")
_TOTAL = _re(r"总费率|总手续费|总利率|total\s+(?:fee|cost|charge|interest)s?(?:\s+rate)?")
_FEE = _re(r"手续费|费率|服务费|管理费|分期费|\bfees?\b|\bcharges?\b")
_CN_FEE = _re(r"手续费|分期费率|月费率|期费率")
_UPFRONT = _re(r"一次性|放款时|前置|upfront|up-front|one-time|origination|arrangement|"
               r"set-?up|processing")
_PERIOD = _re(r"每期|每月|月费率|月手续费|期费率|per\s+(?:month|installment|instalment|"
              r"payment|period)|monthly")
_MONTHLY = _re(r"月利率|月息|月利|monthly\s+(?:periodic\s+|interest\s+)?rate")
_FLAT = _re(r"\bflat\b|add-?on")
_APR = _re(r"\bAPRC?\b|annual\s+percentage\s+rate|年化")
_ANNUAL = _re(r"年化|年利率|年息|年率|annual\s+(?:interest\s+)?rate|\bAPRC?\b|"
              r"annual\s+percentage\s+rate|interest\s+rate|利率|\brate\b|representative|"
              r"\binterest\b|p\.?a\b")
_DERIVED = _re(r"折合|相当于|换算|equivalent|equates|works\s+out")

_POST_DAILY = _re(r"\s?(?:/天|/日|每天|每日|一天|per\s+day|a\s+day|daily)")
_POST_APR = _re(r"\s?(?:APRC?\b|annual\s+percentage\s+rate)")
_POST_ANNUAL = _re(r"\s?(?:p\.?\s?a\.?(?![a-z])|per\s+annum|per\s+year|a\s+year|annually|/年|"
                   r"每年|(?:fixed\s+|variable\s+)?interest\b|(?:fixed\s+)?rate\b)")
_POST_PERIOD = _re(r"\s?(?:/期|每期|per\s+(?:installment|instalment|payment|period))")
_POST_MONTH = _re(r"\s?(?:/月|每月|per\s+month|a\s+month|monthly|/mo\b)")
_POST_FLAT = _re(r"\s?(?:flat|add-?on)")
_POST_FEE = _re(r"\s?(?:[a-z-]+\s+)?(?:fee|charge)s?\b")
_POST_CN_FEE = _re(r"\s?(?:的)?(?:分期)?(?:手续费|服务费|费率)")
_ZERO_WORDS = _re(r"interest[- ]free|no\s+interest|zero\s+interest|免息(?!期)|无息|零利息|"
                  r"(?<![\d.])0利息|免利息|零息|"
                  # "0手续费" (a checkout's "no fee"), not the 0 ending "10手续费" or "0.6手续费"
                  r"(?<![\d.])0\s?(?:手续费|服务费)|[零免无](?:手续费|服务费)")


def find_rates(text: str, claims: Claims) -> list[RateStatement]:
    """Every priced percentage and every "interest-free" in ``text``, in text order; each
    claims its span (keyword to percentage to the words bound after it)."""
    spans = clauses(text)
    out: list[RateStatement] = []
    previous_end = 0
    for p in find_percents(text):
        if not claims.free(p.start, p.end):
            continue
        clause = clause_at(spans, p.start)
        # Keywords bind within the clause, after the previous percentage, and near: a word 24
        # characters back describes something else ("APR on a $10,000 loan of ... 9.99%").
        lo = max(clause.start, previous_end, p.start - 24)
        previous_end = p.end
        statement = _classify(text, p, lo, clause.end)
        if statement is not None and claims.free(statement.start, statement.end):
            claims.take(statement.start, statement.end)
            out.append(statement)
    for m in _ZERO_WORDS.finditer(text):
        if claims.free(m.start(), m.end()):
            claims.take(m.start(), m.end())
            out.append(RateStatement(Stated.ZERO, Decimal(0), m.start(), m.end()))
    out.sort(key=lambda s: s.start)
    return out


def _classify(text: str, p: Percent, lo: int, hi: int) -> RateStatement | None:
    before = text[lo:p.start]
    if _IGNORED.search(before) or _IGNORED.search(text, p.end, min(hi, p.end + 8)):
        return None
    after_end = min(hi, p.end + 32)

    def post(pattern: re.Pattern[str]) -> int | None:
        m = pattern.match(text, p.end, after_end)
        return m.end() if m else None

    def pre(pattern: re.Pattern[str]) -> int | None:
        m = pattern.search(text, lo, p.start)
        return m.start() if m else None

    def made(kind: Stated, start: int | None, end: int | None, **flags: bool) -> RateStatement:
        return RateStatement(kind, p.value, p.start if start is None else start,
                             p.end if end is None else end, **flags)

    fee = pre(_FEE)
    derived = pre(_DERIVED) is not None
    # Words right after the percentage bind tightest.
    if (end := post(_POST_DAILY)) is not None:
        return made(Stated.DAILY, pre(_DAILY), end)
    if (end := post(_POST_APR)) is not None:
        return made(Stated.ANNUAL, _first(pre(_DERIVED), pre(_ANNUAL)), end, apr=True,
                    derived=derived)
    if (end := post(_POST_FLAT)) is not None:
        return made(Stated.FLAT, pre(_ANNUAL), end)
    if (end := post(_POST_PERIOD)) is not None:
        return made(Stated.MONTHLY_FEE, fee, end)
    if (end := post(_POST_MONTH)) is not None:
        return made(Stated.MONTHLY_FEE if fee is not None else Stated.MONTHLY,
                    fee if fee is not None else pre(_MONTHLY), end)
    if (end := post(_POST_FEE)) is not None:
        return made(Stated.FEE_PERCENT, None, end)
    if (end := post(_POST_CN_FEE)) is not None:  # "每期0.6%手续费": a Chinese plan's fee
        kind = Stated.FEE_PERCENT if pre(_UPFRONT) is not None else Stated.MONTHLY_FEE
        return made(kind, _first(fee, pre(_PERIOD), pre(_UPFRONT)), end)
    if (end := post(_POST_ANNUAL)) is not None:
        if (start := pre(_FLAT)) is not None:
            return made(Stated.FLAT, start, end)
        return made(Stated.ANNUAL, _first(pre(_DERIVED), pre(_ANNUAL)), end,
                    apr=pre(_APR) is not None, derived=derived)
    # Then the words before it, in its clause.
    for pattern, kind in ((_DOWN, Stated.DOWN_PERCENT), (_DAILY, Stated.DAILY),
                          (_TOTAL, Stated.TOTAL_FEE)):
        if (start := pre(pattern)) is not None:
            return made(kind, start, None)
    if fee is not None:
        if pre(_PERIOD) is not None or (pre(_CN_FEE) is not None and pre(_UPFRONT) is None):
            return made(Stated.MONTHLY_FEE, min(fee, pre(_PERIOD) or fee), None)
        return made(Stated.FEE_PERCENT, _first(fee, pre(_UPFRONT)), None)
    if (start := pre(_MONTHLY)) is not None:
        return made(Stated.MONTHLY, start, None)
    if (start := pre(_FLAT)) is not None:
        return made(Stated.FLAT, start, None)
    if (start := pre(_ANNUAL)) is not None:
        return made(Stated.ANNUAL, _first(pre(_DERIVED), start), None,
                    apr=pre(_APR) is not None, derived=derived)
    return None


def _first(*starts: int | None) -> int | None:
    known = [s for s in starts if s is not None]
    return min(known) if known else None
