"""How the money is repaid, and what kind of product the words describe.

Methods: 等额本息 (annuity), 等额本金 (equal principal), 先息后本 (interest only, principal at the
end), 到期一次还本付息 (bullet) and their English names. Kinds: the words of a cash credit line
(借呗, 微粒贷, 随借随还, line of credit), of a purchase in installments (分期, 白条, 花呗, price,
checkout, Pay in N) and of a loan (借款, 贷款, loan, borrow, mortgage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.offer.cards import CARD_WORDS
from planner.core.offer.rates import Stated
from planner.core.offer.text import FLAGS, Claims
from planner.core.product import Method

_METHODS = [
    (re.compile(r"等额本息|等额还款|level\s+(?:monthly\s+)?payments?|fully\s+amortizing|annuity",
                FLAGS), Method.ANNUITY),
    (re.compile(r"等额本金|equal\s+principal(?:\s+payments?)?", FLAGS),
     Method.EQUAL_PRINCIPAL),
    (re.compile(r"先息后本|按月付息[,，]?\s?到期还本|每月付息[,，]?\s?到期还本|"
                r"interest[- ]only", FLAGS), Method.INTEREST_ONLY),
    (re.compile(r"到期一次性?还本付息|一次性还本付息|利随本清|到期还本付息|bullet\s+(?:loan|repayment)|"
                r"(?:repaid|repay|pay)\s+(?:in\s+)?(?:one\s+)?(?:a\s+)?lump\s+sum|"
                r"single\s+repayment\s+at\s+(?:the\s+end|maturity)", FLAGS),
     Method.BULLET),
]

CREDIT_LINE_WORDS = re.compile(r"借呗|微粒贷|随借随还|循环额度|信用额度|现金贷|credit\s+line|"
                               r"line\s+of\s+credit|cash\s+loan", FLAGS)
INSTALLMENT_WORDS = re.compile(r"分期|白条|花呗|商品|售价|价格|购物|消费|购买|installment\s+plan|"
                               r"instalment\s+plan|\bprice\b|purchase|checkout|\bpay\s+in\s+\d|"
                               r"\bpay\s+in\s+(?:two|three|four|six)\b|\bBNPL\b|buy\s+now",
                               FLAGS)
LOAN_WORDS = re.compile(r"借款|贷款|房贷|车贷|按揭|\bloan\b|\bborrow|mortgage", FLAGS)


@dataclass(frozen=True, slots=True)
class MethodWord:
    method: Method
    start: int
    end: int


def find_methods(text: str, claims: Claims) -> list[MethodWord]:
    """Every repayment-method phrase, in text order, each claimed."""
    out = []
    for pattern, method in _METHODS:
        for m in pattern.finditer(text):
            if claims.free(m.start(), m.end()):
                claims.take(m.start(), m.end())
                out.append(MethodWord(method, m.start(), m.end()))
    out.sort(key=lambda w: w.start)
    return out


def infer_kind(text: str, quote: Stated | None, *, has_term: bool, has_payment: bool,
               pay_in: bool, zero: bool) -> str:
    """The product kind the words describe. A card: card words and no term, payment or fee
    plan (信用卡账单分期 is an installment plan). A credit line: a daily rate or its words. An
    installment plan: a fee on the original amount, Pay in N, interest-free, or purchase words
    without loan words. Otherwise a loan. ``quote`` is how the pricing rate is stated."""
    fee_priced = quote in (Stated.MONTHLY_FEE, Stated.TOTAL_FEE, Stated.FLAT)
    if CARD_WORDS.search(text) and not has_term and not has_payment and not fee_priced:
        return "card"
    if quote is Stated.DAILY or CREDIT_LINE_WORDS.search(text):
        return "credit_line"
    loan_words = LOAN_WORDS.search(text) is not None
    if fee_priced or pay_in or (zero and not loan_words) or (
            INSTALLMENT_WORDS.search(text) and not loan_words):
        return "installment"
    return "loan"
