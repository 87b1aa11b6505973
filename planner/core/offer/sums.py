"""What each amount of money is: the amount borrowed (or price, or card balance), the payment,
a fee and when it is paid, a down payment, or a figure that is no part of the price (a credit
limit, a late fee, a total the lender worked out).

An amount is read by the nearest keyword before it in its clause (since the previous amount),
else by the words right after it (``$49 origination fee``, ``$115/mo``). Of two keywords ending
at the same place the longer wins, so ``total amount repayable`` is a total, not an amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.core.offer.numbers import Amount
from planner.core.offer.text import Claims, clause_at, clauses
from planner.core.offer.text import keyword_pattern as _re
from planner.core.product import FeeType


class Role(StrEnum):
    PRINCIPAL = "principal"
    PAYMENT = "payment"
    FEE = "fee"
    DOWN = "down"
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class Sum:
    """An amount with its role; ``fee_type`` for a fee, ``explicit`` when a keyword named the
    role (an unnamed amount is only a candidate for the principal)."""

    amount: Amount
    role: Role
    explicit: bool
    fee_type: FeeType | None = None
    start: int = 0   # the words and the amount together (``服务费500元``, ``$49 origination fee``)
    end: int = 0
    approximate: bool = False  # "约860元", "as low as $115/mo", "99元起"


_KEYWORDS = [
    (_re(r"违约金|逾期|罚息|滞纳金|年费|提前还款|额度|最高可借|最高|最多|可借|总还款|总利息|共需还款|"
         r"合计还款|应还总额|利息共|\blate\b|overdue|penalt|annual\s+fee|returned|prepay|"
         r"up\s+to|\blimit\b|credit\s+line\s+of|total\s+(?:amount\s+)?(?:repayable|payable|"
         r"to\s+(?:be\s+)?repa(?:y|id)|cost(?:\s+of\s+credit)?|interest|of\s+payments|repayment)|"
         r"income|salary|收入|工资|days?\b"), Role.IGNORED),
    (_re(r"首付|down\s*payment|deposit"), Role.DOWN),
    (_re(r"服务费|手续费|管理费|担保费|咨询费|审核费|平台费|会员费|\bfees?\b|\bcharges?\b"),
     Role.FEE),
    # Longest first: an alternation takes the first that matches, and "月还" must not end
    # the match before "还款额" can.
    (_re(r"每期还款额|每月还款额|月还款额|每期应还款|每期应还|每期还款|每月应还|每月还款|月供|"
         r"还款额|每期还|每月还|月还款|月还|每期|each\s+(?:re)?payment|(?:re)?payments?\s+of|"
         r"installments?\s+of|instalments?\s+of|monthly\s+(?:re)?payments?(?:\s+(?:is|are|of|"
         r"will\s+be))?|pay(?:ing)?\s+just|as\s+low\s+as"), Role.PAYMENT),
    (_re(r"借款|贷款|本金|金额|价格|售价|商品|借|账单|欠款|消费|透支|额|贷|"
         r"borrow(?:ing)?|\bloan\b|price|purchase|amount|financ\w*|balance|\bcosts?\b|"
         r"\bfor\s+a\b"), Role.PRINCIPAL),
]
_AFTER = [
    (_re(r"\s?(?:[a-z-]+\s+)?(?:fee|charge)s?\b|\s?(?:服务费|手续费|管理费)"), Role.FEE),
    (_re(r"\s?(?:/mo\b|/month|a\s+month|per\s+month|each\s+month|/期|/月|每期|每月)"),
     Role.PAYMENT),
    (_re(r"\s?(?:loan|balance|purchase|borrowed)\b|\s?(?:的)?(?:借款|贷款|账单)"), Role.PRINCIPAL),
    (_re(r"\s?(?:down\s*payment|deposit)|\s?首付"), Role.DOWN),
    (_re(r"\s?(?:late|overdue|annual|limit)|\s?(?:额度|违约金)"), Role.IGNORED),
]
_PER_PAYMENT = _re(r"每期|每月|per\s+(?:payment|installment|instalment|month)|each\s+(?:payment|"
                   r"installment|instalment|month)|a\s+month|monthly|/期|/月")
_FINANCED = _re(r"计入本金|加到本金|计入借款|计入贷款|added\s+to\s+(?:the\s+|your\s+)?(?:loan|"
                r"balance|amount)|financed|rolled\s+into")
_SPREAD = _re(r"分摊|spread|共|合计|总|in\s+total")
_UPFRONT = _re(r"放款时|一次性|前置|砍头|预扣|upfront|up-front|at\s+(?:signing|closing|checkout)|"
               r"deducted|one-?time|today")
_APPROXIMATE = _re(r"约|大约|低至|大概|about|approx\w*|around|as\s+low\s+as|from|roughly|~")
_APPROXIMATE_AFTER = _re(r"\s?(?:起|左右|上下|or\s+(?:less|more))")
_NOT_MONEY_AFTER = _re(r"\s?(?:年|月|日|号|期|个|天|次|笔|岁|周|%|/\d|-\d|:\d|"
                              r"(?:years?|months?|weeks?|days?|payments?|installments?)\b)")


def classify(text: str, amounts: list[Amount], claims: Claims) -> list[Sum]:
    """The role of every amount not inside an earlier finding; each accepted amount claims its
    characters. A bare number counts only when a keyword names its role."""
    spans = clauses(text)
    out = []
    previous_end = 0
    free = [a for a in amounts if claims.free(a.start, a.end)]
    for i, a in enumerate(free):
        clause = clause_at(spans, a.start)
        lo = max(clause.start, previous_end)
        previous_end = a.end
        if a.bare and _NOT_MONEY_AFTER.match(text, a.end):
            continue
        if a.bare and a.start > 0 and text[a.start - 1] in "-/:.":
            continue
        following = free[i + 1].start if i + 1 < len(free) else len(text)
        start, end = a.start, a.end
        role, keyword = _role_before(text, lo, a.start)
        if role is not None:
            start = keyword if claims.free(keyword, a.start) else a.start
        else:
            role, end = _role_after(text, a.end, min(clause.end, following))
            end = end if claims.free(a.end, end) else a.end
            # The words after this amount describe it, not the next one ("$49 fee: $500").
            previous_end = end
        if role is None and a.bare:
            continue
        fee_type = _fee_type(text, clause.start, clause.end) if role is Role.FEE else None
        claims.take(a.start, a.end)
        approximate = bool(_APPROXIMATE.search(text, max(lo, a.start - 8), a.start)
                           or _APPROXIMATE_AFTER.match(text, a.end, clause.end))
        out.append(Sum(a, role or Role.PRINCIPAL, role is not None, fee_type, start,
                       max(end, a.end), approximate))
    return out


def _role_before(text: str, lo: int, hi: int) -> tuple[Role | None, int]:
    """The role of the keyword nearest before ``hi`` and where that keyword starts."""
    best: tuple[int, int, Role, int] | None = None
    for pattern, role in _KEYWORDS:
        for m in pattern.finditer(text, lo, hi):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (key[0], key[1], role, m.start())
    return (best[2], best[3]) if best else (None, hi)


def _role_after(text: str, lo: int, hi: int) -> tuple[Role | None, int]:
    for pattern, role in _AFTER:
        m = pattern.match(text, lo, hi)
        if m:
            return role, m.end()
    return None, lo


def _fee_type(text: str, lo: int, hi: int) -> FeeType:
    """When a fee is paid: added to the amount owed when the text says so, at the start when
    it says so (放款时一次性收取, upfront), per payment (每期, per month), spread over the
    payments when it is a total (手续费共4500元: financed, repaid with the principal), else at
    the start (an origination or arrangement fee that says nothing more)."""
    if _FINANCED.search(text, lo, hi):
        return FeeType.FINANCED
    if _UPFRONT.search(text, lo, hi):
        return FeeType.UPFRONT
    if _PER_PAYMENT.search(text, lo, hi):
        return FeeType.PER_PAYMENT
    if _SPREAD.search(text, lo, hi):
        return FeeType.FINANCED
    return FeeType.UPFRONT


def fee_type_near(text: str, start: int) -> FeeType:
    """The fee timing of the clause holding ``start`` (a fee given as a percentage)."""
    clause = clause_at(clauses(text), start)
    return _fee_type(text, clause.start, clause.end)
