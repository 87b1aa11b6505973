"""Text in, product out: :func:`read_offer` runs the readers in order and assembles what they
found into the product JSON that :func:`planner.core.product.parse_product` reads.

Order matters: each reader claims the characters it reads, so a vaguer one after it cannot read
them again. The minimum-payment rule goes first (its "or $25" is no principal), then rates
(``日息万五`` is no amount), terms (the ``12`` of ``12期``), methods, and last the amounts.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from planner.core.dates import Frequency
from planner.core.errors import InputError
from planner.core.money import MINOR_UNITS, round_money
from planner.core.offer.cards import MinimumRule, find_minimum
from planner.core.offer.methods import (
    INSTALLMENT_WORDS,
    LOAN_WORDS,
    MethodWord,
    find_methods,
    infer_kind,
)
from planner.core.offer.numbers import find_amounts
from planner.core.offer.pricing import NOTHING, PER_PERIOD, Pricing, price
from planner.core.offer.rates import RateStatement, Stated, find_rates
from planner.core.offer.reading import OfferReading, Span, quotes
from planner.core.offer.sums import Role, Sum, classify, fee_type_near
from planner.core.offer.terms import Term, find_frequencies, find_terms, payments_of
from planner.core.offer.text import FLAGS, Claims, fold
from planner.core.product import FeeType, Method, parse_product

#: A paste box holds an offer, not a book: longer text is refused before any reading.
MAX_TEXT = 100_000

_CJK = re.compile(r"[\u4e00-\u9fff]")
_DUE_TODAY = re.compile(r"first\s+(?:payment|installment|instalment)\s+(?:is\s+)?(?:due\s+)?"
                        r"(?:today|at\s+checkout|at\s+purchase)|due\s+today|pay\s+(?:the\s+)?"
                        r"first\s+\S+\s+today|首期(?:款)?(?:于)?下单时支付", FLAGS)


def read_offer(text: str, start: date) -> OfferReading:
    """Read a lender's offer text into a product starting on ``start``.

    >>> r = read_offer("借款10000元，分12期，每期手续费率0.6%，折合年化仅7.2%", date(2025, 1, 10))
    >>> r.product["rate"], r.product["term"], r.complete
    ({'monthly_fee': '0.006'}, 12, True)
    >>> [(s.field, s.text) for s in r.found][:2]
    [('principal', '借款10000元'), ('term', '分12期')]
    >>> [str(q.percent) for q in r.quoted]
    ['7.2']

    Raises :class:`InputError` (field ``text``) when the text states no credit terms at all.
    """
    if not isinstance(text, str):
        raise InputError("text", "must be text")
    if len(text) > MAX_TEXT:
        raise InputError("text", f"is longer than {MAX_TEXT} characters")
    folded = fold(text)
    claims = Claims(len(folded))
    minimum = find_minimum(folded, claims)
    rates = find_rates(folded, claims)
    terms = find_terms(folded, claims)
    methods = find_methods(folded, claims)
    sums = classify(folded, find_amounts(folded), claims)
    return _Assembly(text, folded, start, minimum, rates, terms, methods, sums).reading()


class _Assembly:
    """The findings of one text, turned into a product and its spans."""

    def __init__(self, text: str, folded: str, start: date, minimum: MinimumRule | None,
                 rates: list[RateStatement], terms: list[Term], methods: list[MethodWord],
                 sums: list[Sum]) -> None:
        self.text, self.folded, self.start = text, folded, start
        self.minimum, self.rates, self.terms, self.methods = minimum, rates, terms, methods
        self.sums = sums
        self.found: list[Span] = []
        self.currency: str | None = None

    def span(self, field: str, start: int, end: int) -> None:
        self.found.append(Span(field, self.text[start:end], start, end))

    def reading(self) -> OfferReading:
        currency = self.currency = self._currency()
        principal_sum = self._first(Role.PRINCIPAL, explicit=True) or self._first(Role.PRINCIPAL)
        principal = principal_sum.amount.value if principal_sum else None
        principal = self._less_down_payment(principal)
        payment_sum = self._first(Role.PAYMENT)
        # An approximate payment ("约860元", "as low as") is shown, never solved or checked.
        payment = payment_sum.amount.value if payment_sum and not payment_sum.approximate \
            else None
        frequency = self._frequency()
        term = self.terms[0] if self.terms else None
        payments = payments_of(term, frequency) if term else None
        pay_in = bool(term and term.pay_in)
        fee_each = sum((s.amount.value for s in self.sums
                        if s.role is Role.FEE and s.fee_type is FeeType.PER_PAYMENT), Decimal(0))
        pricing = price(self.rates, principal=principal, payment=payment, payments=payments,
                        frequency=frequency, currency=currency, fee_each=fee_each)
        if (pricing is NOTHING and pay_in) or (
                self._priced_by_fees() and not pricing.implied
                and (pricing.source is None or pricing.source.kind not in PER_PERIOD)):
            # "Pay in 4" is interest-free by definition; a purchase plan priced by a fee each
            # period ("每期手续费60元") charges no interest beside it, and a 年化 figure beside
            # the fee is its claim about that fee.
            pricing = Pricing(None, None, True, None)
        if principal is None and pricing.zero and payment is not None and payments:
            principal = payment * payments  # four payments of $25 buy a $100 purchase
        quote = pricing.source.kind if pricing.source else None
        kind = infer_kind(self.folded, quote, has_term=bool(self.terms),
                          has_payment=payment is not None, pay_in=pay_in, zero=pricing.zero)
        product: dict[str, Any] = {"kind": kind}
        money_field = "balance" if kind == "card" else "principal"
        if principal is not None:
            product[money_field] = str(principal)
        if currency:
            product["currency"] = currency
        product["start"] = self.start.isoformat()
        if kind != "card":
            self._loan_fields(product, payments, frequency, pricing, kind)
        elif pricing.rate is not None:
            product["rate"] = pricing.rate
        elif pricing.zero:
            product["rate"] = {"annual": "0"}
        fees = self._fees(principal, currency)
        if fees:
            product["fees"] = fees
        if kind == "card" and self.minimum is not None:
            product["minimum_payment"] = self._minimum_json()
        self._spans(principal_sum, money_field, payment_sum, pricing)
        missing = self._missing(product, kind, pricing)
        if not any(s.field != "frequency" for s in self.found):
            raise InputError("text", "no credit terms found: no amount, rate, term or "
                                     "repayment method")
        complete = not missing
        if complete:
            try:
                parse_product(product)
            except InputError as error:
                complete, missing = False, (re.split(r"[.\[]", error.field)[0],)
        self.found.sort(key=lambda s: (s.start, s.end))
        return OfferReading(product, complete, tuple(missing), tuple(self.found),
                            quotes(self.text, self.rates), payment)

    # -- pieces ------------------------------------------------------------------------------

    def _first(self, role: Role, explicit: bool = False) -> Sum | None:
        return next((s for s in self.sums if s.role is role and (s.explicit or not explicit)),
                    None)

    def _currency(self) -> str | None:
        for s in self.sums:
            if s.amount.currency in MINOR_UNITS and s.role is not Role.IGNORED:
                return s.amount.currency
        if self.minimum is not None and self.minimum.floor_currency in MINOR_UNITS:
            return self.minimum.floor_currency
        return "CNY" if _CJK.search(self.folded) else None

    def _less_down_payment(self, principal: Decimal | None) -> Decimal | None:
        down = self._first(Role.DOWN)
        if principal is not None and down is not None and down.amount.value < principal:
            self.span("down_payment", down.start, down.end)
            return principal - down.amount.value
        share = next((r for r in self.rates if r.kind is Stated.DOWN_PERCENT), None)
        if principal is not None and share is not None and share.value < 1:
            self.span("down_payment", share.start, share.end)
            return round_money(principal * (1 - share.value), self.currency or "CNY")
        return principal

    def _priced_by_fees(self) -> bool:
        fees = any(s.role is Role.FEE and s.fee_type is FeeType.PER_PAYMENT for s in self.sums)
        return fees and INSTALLMENT_WORDS.search(self.folded) is not None \
            and LOAN_WORDS.search(self.folded) is None

    def _frequency(self) -> Frequency:
        words = find_frequencies(self.folded)
        other = [w for w in words if w.frequency is not Frequency.MONTHLY]
        if other:
            self.span("frequency", other[0].start, other[0].end)
            return other[0].frequency
        if self.terms and self.terms[0].pay_in and self.terms[0].count == 4 and not words:
            # Pay in 4 falls due every two weeks (Klarna, Afterpay, PayPal in the US); Pay in
            # 3 monthly (Klarna and PayPal in the UK).
            return Frequency.BIWEEKLY
        return Frequency.MONTHLY

    def _loan_fields(self, product: dict[str, Any], payments: int | None,
                     frequency: Frequency, pricing: Pricing, kind: str) -> None:
        if payments is not None:
            product["term"] = payments
        product["frequency"] = frequency.value
        said = self.methods[0].method if self.methods else None
        method = pricing.method or said or Method.ANNUITY
        if pricing.zero:
            if kind == "installment" and said in (None, Method.ANNUITY):
                method = Method.INTEREST_FREE
            else:
                product["rate"] = {"annual": "0"}
        product["method"] = method.value
        if pricing.rate is not None:
            product["rate"] = pricing.rate
        m = _DUE_TODAY.search(self.folded) if kind == "installment" else None
        if m is not None:
            product["first_payment"] = self.start.isoformat()
            self.span("first_payment", m.start(), m.end())

    def _fees(self, principal: Decimal | None, currency: str | None) -> list[dict[str, str]]:
        fees = [{"type": s.fee_type.value, "amount": str(s.amount.value)}
                for s in self.sums if s.role is Role.FEE and s.fee_type is not None]
        for r in self.rates:
            if r.kind is Stated.FEE_PERCENT and principal is not None:
                amount = round_money(principal * r.value, currency or "CNY")
                if amount > 0:
                    fees.append({"type": fee_type_near(self.folded, r.start).value,
                                 "amount": str(amount)})
        return fees

    def _minimum_json(self) -> dict[str, Any]:
        rule = self.minimum
        out: dict[str, Any] = {"percent": str(rule.percent), "plus_interest": rule.plus_interest}
        if rule.floor is not None:
            out["floor"] = str(rule.floor)
        return out

    def _spans(self, principal_sum: Sum | None, money_field: str, payment_sum: Sum | None,
               pricing: Pricing) -> None:
        if principal_sum is not None:
            self.span(money_field, principal_sum.start, principal_sum.end)
        if payment_sum is not None:
            self.span("payment", payment_sum.start, payment_sum.end)
        for s in self.sums:
            if s.role is Role.FEE:
                self.span("fees", s.start, s.end)
        for t in self.terms[:1]:
            self.span("term", t.start, t.end)
        for w in self.methods[:1]:
            self.span("method", w.start, w.end)
        if self.minimum is not None:
            self.span("minimum_payment", self.minimum.start, self.minimum.end)
        for r in self.rates:
            field = ("fees" if r.kind is Stated.FEE_PERCENT else
                     "down_payment" if r.kind is Stated.DOWN_PERCENT else
                     "rate" if r is pricing.source or r.kind in PER_PERIOD
                     or (r.kind is Stated.ANNUAL and not r.apr and not r.derived) else "quoted")
            if field != "down_payment":
                self.span(field, r.start, r.end)

    def _missing(self, product: dict[str, Any], kind: str, pricing: Pricing) -> list[str]:
        needed = (["balance", "rate"] if kind == "card" else
                  ["principal", "term"] + ([] if pricing.zero else ["rate"]))
        missing = [f for f in needed if f not in product]
        if "currency" not in product:
            missing.append("currency")
        return missing
