"""A credit product as its lender quotes it: the typed form of the product JSON.

:func:`parse_product` turns the JSON object that ``planner calc`` reads (and that every portfolio
item holds) into a :class:`Product`; :func:`product_to_json` turns it back, so export and import
round-trip exactly. Every refusal names the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from planner.core.convention import Convention
from planner.core.dates import Frequency, parse_date
from planner.core.daycount import DayCount, default_day_count
from planner.core.errors import InputError, shown
from planner.core.lpr import DEFAULT_TABLE, LprTable, Tenor
from planner.core.money import MINOR_UNITS, ZERO, parse_amount, parse_decimal


class Kind(StrEnum):
    LOAN = "loan"
    INSTALLMENT = "installment"
    CARD = "card"
    CREDIT_LINE = "credit_line"


class Method(StrEnum):
    """Repayment methods (FINANCE.md, "Repayment methods")."""

    ANNUITY = "annuity"                  # 等额本息
    EQUAL_PRINCIPAL = "equal_principal"  # 等额本金
    INTEREST_ONLY = "interest_only"      # 先息后本
    BULLET = "bullet"                    # 到期一次还本付息
    FEE_INSTALLMENT = "fee_installment"  # 分期: principal/n plus a fee on the original principal
    INTEREST_FREE = "interest_free"      # pay-in-N, no charge beyond any stated fee


class RateQuote(StrEnum):
    """How the lender states the price (FINANCE.md, "How lenders quote a price")."""

    ANNUAL = "annual"            # nominal annual rate on the outstanding balance
    MONTHLY = "monthly"          # 月利率 on the outstanding balance
    DAILY = "daily"              # 日利率 x actual days on the outstanding principal
    MONTHLY_FEE = "monthly_fee"  # 月费率 on the ORIGINAL principal, every month
    FLAT = "flat"                # add-on annual rate on the original principal for the whole term


class FeeType(StrEnum):
    UPFRONT = "upfront"          # paid in cash at the start
    PER_PAYMENT = "per_payment"  # added to every payment
    FINANCED = "financed"        # added to the amount owed, repaid with it


class Compounding(StrEnum):
    """How interest that is not paid as it accrues grows (FINANCE.md, "Compounding")."""

    SIMPLE = "simple"    # 利随本清: simple interest on the principal, paid with it at the end
    MONTHLY = "monthly"  # interest added to the balance each month, paid at the end


class LprReset(StrEnum):
    """When an LPR-linked rate is set again (PBoC Announcement [2019] No. 30)."""

    JANUARY = "january"          # every 1 January
    ANNIVERSARY = "anniversary"  # every anniversary of the start


class StrategyKind(StrEnum):
    MINIMUM = "minimum"
    FIXED = "fixed"
    MONTHS = "months"


#: A rate above 1000% a year is refused as a typing error (the command-line contract).
MAX_ANNUAL_RATE = Decimal(10)
MAX_TERM = 1200
MAX_YEARS = 100  # the longest a schedule runs: 1,200 months

_CONVENTION_BY_CURRENCY = {"CNY": Convention.CN_IRR, "USD": Convention.US_REG_Z,
                           "EUR": Convention.EU_APRC, "GBP": Convention.EU_APRC}


#: How many of a quote's periods make a year: a quoted rate times this is its nominal yearly
#: figure (the form converts a rate between quotes of one family with it).
PERIODS_PER_YEAR = {RateQuote.ANNUAL: 1, RateQuote.FLAT: 1, RateQuote.MONTHLY: 12,
                    RateQuote.MONTHLY_FEE: 12, RateQuote.DAILY: 365}


@dataclass(frozen=True, slots=True)
class Rate:
    quote: RateQuote
    value: Decimal

    @property
    def annual_equivalent(self) -> Decimal:
        """The nominal yearly figure of the quote: 0.02%/day is 7.3% (x365), 0.5%/month is 6%."""
        return self.value * PERIODS_PER_YEAR[self.quote]


def over_rate_cap(rate: Rate) -> bool:
    """Whether ``rate`` is above :data:`MAX_ANNUAL_RATE` a year, its quote made yearly (x365
    for a daily rate, x12 for a monthly one): refused as a typing error.

    >>> over_rate_cap(Rate(RateQuote.DAILY, Decimal("0.03")))
    True
    >>> over_rate_cap(Rate(RateQuote.ANNUAL, Decimal("0.24")))
    False
    """
    return rate.annual_equivalent > MAX_ANNUAL_RATE


ZERO_RATE = Rate(RateQuote.ANNUAL, Decimal(0))
#: Quotes charged on the outstanding balance: the only ones that can change or follow the LPR.
BALANCE_QUOTES = (RateQuote.ANNUAL, RateQuote.MONTHLY, RateQuote.DAILY)


@dataclass(frozen=True, slots=True)
class RateChange:
    """From ``date`` on, ``rate`` accrues (a repricing, the end of a promotion)."""

    date: date
    rate: Rate


@dataclass(frozen=True, slots=True)
class LprSpread:
    """The rate is the LPR of ``tenor`` in force on each reset date plus ``spread``."""

    spread: Decimal
    tenor: Tenor = Tenor.FIVE_YEAR
    reset: LprReset = LprReset.JANUARY


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a combined loan (组合贷): its own principal and rate, the loan's term and
    method. ``rate`` is the rate from the start (for an LPR part, the LPR then plus the spread)."""

    name: str
    principal: Decimal
    rate: Rate
    rate_changes: tuple[RateChange, ...] = ()
    lpr_spread: LprSpread | None = None


@dataclass(frozen=True, slots=True)
class Fee:
    type: FeeType
    amount: Decimal


@dataclass(frozen=True, slots=True)
class MinimumPayment:
    """A card's minimum: ``percent`` of the statement balance (plus the interest and fees just
    charged when ``plus_interest``), never below ``floor``, never above the balance."""

    percent: Decimal
    plus_interest: bool = False
    floor: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class CardStrategy:
    kind: StrategyKind = StrategyKind.MINIMUM
    amount: Decimal | None = None   # FIXED
    months: int | None = None       # MONTHS


@dataclass(frozen=True, slots=True)
class Repayment:
    """Money paid early on a credit line (or any loan) on a date of the borrower's choosing."""

    date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Product:
    kind: Kind
    principal: Decimal
    start: date
    rate: Rate
    currency: str = "CNY"
    term: int = 0
    frequency: Frequency = Frequency.MONTHLY
    method: Method | None = None
    first_payment: date | None = None
    fees: tuple[Fee, ...] = ()
    convention: Convention | None = None
    minimum_payment: MinimumPayment | None = None
    strategy: CardStrategy = field(default_factory=CardStrategy)
    grace_days: int | None = None
    repayments: tuple[Repayment, ...] = ()
    late_fee: dict[str, Any] | None = None
    #: The rate follows a reference rate (an LPR-linked mortgage, a prime-linked card) and can
    #: be reset by the lender; a what-if rate change moves only such products.
    variable_rate: bool = False
    #: Known changes of the rate, in date order (a promotion's end is one).
    rate_changes: tuple[RateChange, ...] = ()
    #: The rate follows the LPR; ``rate`` is then the LPR on the start date plus the spread.
    lpr_spread: LprSpread | None = None
    #: "No interest if paid in full by" the first rate change: otherwise the interest the later
    #: rate would have charged since the start is charged when the promotion ends (a loan's
    #: with its first payment after it, a card's on its first statement after it).
    deferred_interest: bool = False
    #: A combined loan's parts; ``principal`` is their sum and ``rate`` their blended rate.
    parts: tuple[Part, ...] = ()
    compounding: Compounding | None = None   # None: simple
    day_count: DayCount | None = None        # None: the currency's basis
    #: The LPR fixings the rate follows (the shipped ones and the user's); None: the shipped.
    lpr: LprTable | None = None

    @property
    def apr_convention(self) -> Convention:
        """The stated convention, else the one the currency's law uses."""
        return self.convention or _CONVENTION_BY_CURRENCY.get(self.currency, Convention.CN_IRR)

    @property
    def day_basis(self) -> DayCount:
        """The stated day-count basis, else the currency's (FINANCE.md, "Day-count bases")."""
        return self.day_count or default_day_count(self.currency)

    @property
    def lpr_table(self) -> LprTable:
        return self.lpr or DEFAULT_TABLE

    @property
    def follows_lpr(self) -> bool:
        """The rate (or a part's) follows the LPR."""
        return self.lpr_spread is not None or any(p.lpr_spread for p in self.parts)

    def with_changes(self, **changes: Any) -> Product:
        return replace(self, **changes)


_COMMON = {"kind", "principal", "start", "rate", "currency", "fees", "convention", "day_count"}
_SCHEDULED = {"term", "frequency", "method", "first_payment", "rate_changes",
              "deferred_interest", "compounding"}
_ALLOWED = {
    Kind.LOAN: _COMMON | _SCHEDULED | {"repayments", "variable_rate", "lpr_spread", "parts"},
    Kind.INSTALLMENT: _COMMON | _SCHEDULED | {"late_fee"},
    Kind.CREDIT_LINE: _COMMON | _SCHEDULED | {"repayments", "variable_rate", "lpr_spread"},
    Kind.CARD: (_COMMON - {"principal"}) | {"balance", "minimum_payment", "strategy",
                                             "grace_days", "variable_rate", "rate_changes",
                                             "deferred_interest"},
}


def parse_product(data: object, lpr: LprTable | None = None) -> Product:
    """Validate the product JSON object and build its :class:`Product`; an LPR-linked rate
    follows ``lpr`` (the shipped fixings when None, the profile's when it has its own).

    >>> p = parse_product({"kind": "loan", "principal": "200000", "start": "2025-01-15",
    ...                    "term": 360, "rate": {"annual": "0.065"}})
    >>> p.method, p.rate.value, p.apr_convention.value, p.day_basis.value
    (<Method.ANNUITY: 'annuity'>, Decimal('0.065'), 'cn-irr', 'act/360')
    """
    if not isinstance(data, dict):
        raise InputError("product", "must be a JSON object")
    kind = _enum(Kind, _required(data, "kind"), "kind")
    if kind is Kind.INSTALLMENT and "variable_rate" in data:
        raise InputError("variable_rate", "an installment plan's price is fixed when it is "
                                          "bought; only a loan, credit line or card can have "
                                          "a variable rate")
    unknown = sorted(set(data) - _ALLOWED[kind])
    if unknown:
        raise InputError(shown(unknown[0]).strip("'"), f"is not a field of a {kind.value} "
                                                         "product")
    currency = parse_currency(data.get("currency", "CNY"))
    start = parse_date(_required(data, "start"), "start")
    table = lpr if lpr is not None and lpr != DEFAULT_TABLE else None
    parts: tuple[Part, ...] = ()
    lpr_spread = None
    if data.get("parts") is not None:
        parts = _parts(data, start, currency, table or DEFAULT_TABLE)
        principal = sum((part.principal for part in parts), ZERO)
        if data.get("principal") is not None:
            stated = parse_amount(data["principal"], "principal", currency)
            if stated != principal:
                raise InputError("principal", f"{stated} is not the sum of the parts, "
                                              f"{principal}")
        rate = blended_rate(parts)
    else:
        money_field = "balance" if kind is Kind.CARD else "principal"
        principal = parse_amount(_required(data, money_field), money_field, currency)
        if data.get("lpr_spread") is not None:
            if data.get("rate") is not None:
                raise InputError("rate", "a rate that follows the LPR is the LPR plus "
                                         "lpr_spread: leave rate out")
            lpr_spread = _lpr_spread(data["lpr_spread"], "lpr_spread", currency)
            rate = lpr_rate(lpr_spread, start, table or DEFAULT_TABLE)
        else:
            rate = _rate(data.get("rate"), kind)
    convention = _enum(Convention, data["convention"], "convention") if "convention" in data \
        else None
    day_count = _enum(DayCount, data["day_count"], "day_count") \
        if data.get("day_count") is not None else None
    fees = tuple(_fee(f, f"fees[{i}]", currency) for i, f in enumerate(_list(data, "fees")))
    variable = _variable(data.get("variable_rate"), rate)
    if lpr_spread is not None or any(part.lpr_spread for part in parts):
        if data.get("variable_rate") is False:
            raise InputError("variable_rate", "a rate that follows the LPR is variable")
        variable = True
    if kind is Kind.CARD:
        product = _card(data, principal, start, rate, currency, fees, convention, variable)
        changes = _rate_changes(data.get("rate_changes"), "rate_changes", start, rate, None)
        if changes and changes[0].date == start:  # the rate from the start
            product, changes = product.with_changes(rate=changes[0].rate), changes[1:]
        deferred = _deferred(data.get("deferred_interest"), product.rate, changes)
        return product.with_changes(day_count=day_count, rate_changes=changes,
                                    deferred_interest=deferred)
    term = _term(_required(data, "term"))
    frequency = _enum(Frequency, data.get("frequency", "monthly"), "frequency")
    if term > MAX_YEARS * frequency.per_year:
        raise InputError("term", f"{term} {frequency.value} payments run past {MAX_YEARS} "
                                 "years")
    method = _method(data.get("method"), kind, rate)
    if variable and method is Method.INTEREST_FREE:
        raise InputError("variable_rate", "an interest_free product has no rate to vary")
    first_payment = None
    if data.get("first_payment") is not None:
        first_payment = parse_date(data["first_payment"], "first_payment")
        if first_payment < start:
            raise InputError("first_payment", f"{first_payment} is before the start {start}")
    repayments = tuple(
        Repayment(parse_date(_required(r, "date", f"repayments[{i}]"), f"repayments[{i}].date"),
                  parse_amount(_required(r, "amount", f"repayments[{i}]"),
                               f"repayments[{i}].amount", currency))
        for i, r in enumerate(_list(data, "repayments")))
    for i, r in enumerate(repayments):
        if r.date <= start:
            raise InputError(f"repayments[{i}].date", f"{r.date} is not after the start {start}")
    late_fee = data.get("late_fee")
    if late_fee is not None and not isinstance(late_fee, dict):
        raise InputError("late_fee", "must be an object describing the lender's late-fee rule")
    changes = _rate_changes(data.get("rate_changes"), "rate_changes", start, rate, method)
    if changes and changes[0].date == start:  # a change on the start: the rate from the start
        rate, changes = changes[0].rate, changes[1:]
    if changes and lpr_spread is not None:
        raise InputError("rate_changes", "a rate that follows the LPR changes with it: give "
                                         "rate_changes or lpr_spread, not both")
    deferred = _deferred(data.get("deferred_interest"), rate, changes)
    compounding = _compounding(data.get("compounding"), method)
    if parts:
        _check_combined(method, fees)
    return Product(kind=kind, principal=principal, start=start, rate=rate, currency=currency,
                   term=term, frequency=frequency, method=method, first_payment=first_payment,
                   fees=fees, convention=convention, repayments=repayments, late_fee=late_fee,
                   variable_rate=variable, rate_changes=changes, lpr_spread=lpr_spread,
                   deferred_interest=deferred, parts=parts, compounding=compounding,
                   day_count=day_count,
                   lpr=table if (lpr_spread is not None or
                                 any(part.lpr_spread for part in parts)) else None)


def product_to_json(product: Product) -> dict[str, Any]:
    """The product JSON of ``product``; :func:`parse_product` reads it back to an equal value
    (given the same LPR fixings)."""
    out: dict[str, Any] = {"kind": product.kind.value}
    out["balance" if product.kind is Kind.CARD else "principal"] = str(product.principal)
    out["start"] = product.start.isoformat()
    out["currency"] = product.currency
    if product.parts:
        out["parts"] = [_part_to_json(part) for part in product.parts]
    elif product.lpr_spread is not None:
        out["lpr_spread"] = _spread_to_json(product.lpr_spread)
    elif product.rate != ZERO_RATE or product.kind is not Kind.INSTALLMENT:
        out["rate"] = _rate_to_json(product.rate)
    if product.rate_changes:
        out["rate_changes"] = _changes_to_json(product.rate_changes)
    if product.deferred_interest:
        out["deferred_interest"] = True
    if product.convention is not None:
        out["convention"] = product.convention.value
    if product.day_count is not None:
        out["day_count"] = product.day_count.value
    if product.compounding is not None:
        out["compounding"] = product.compounding.value
    if product.fees:
        out["fees"] = [{"type": f.type.value, "amount": str(f.amount)} for f in product.fees]
    if product.variable_rate:
        out["variable_rate"] = True
    if product.kind is Kind.CARD:
        if product.minimum_payment is not None:
            mp = product.minimum_payment
            out["minimum_payment"] = {"percent": str(mp.percent), "plus_interest": mp.plus_interest,
                                      "floor": str(mp.floor)}
        s = product.strategy
        out["strategy"] = ("minimum" if s.kind is StrategyKind.MINIMUM else
                           {"fixed": str(s.amount)} if s.kind is StrategyKind.FIXED else
                           {"months": s.months})
        if product.grace_days is not None:
            out["grace_days"] = product.grace_days
        return out
    out["term"] = product.term
    out["frequency"] = product.frequency.value
    if product.method is not None:
        out["method"] = product.method.value
    if product.first_payment is not None:
        out["first_payment"] = product.first_payment.isoformat()
    if product.repayments:
        out["repayments"] = [{"date": r.date.isoformat(), "amount": str(r.amount)}
                             for r in product.repayments]
    if product.late_fee is not None:
        out["late_fee"] = product.late_fee
    return out


def _rate_to_json(rate: Rate) -> dict[str, str]:
    return {rate.quote.value: str(rate.value)}


def _changes_to_json(changes: tuple[RateChange, ...]) -> list[dict[str, Any]]:
    return [{"date": c.date.isoformat(), "rate": _rate_to_json(c.rate)} for c in changes]


def _spread_to_json(spread: LprSpread) -> dict[str, str]:
    return {"spread": str(spread.spread), "tenor": spread.tenor.value,
            "reset": spread.reset.value}


def _part_to_json(part: Part) -> dict[str, Any]:
    out: dict[str, Any] = {"name": part.name, "principal": str(part.principal)}
    if part.lpr_spread is not None:
        out["lpr_spread"] = _spread_to_json(part.lpr_spread)
    else:
        out["rate"] = _rate_to_json(part.rate)
    if part.rate_changes:
        out["rate_changes"] = _changes_to_json(part.rate_changes)
    return out


def with_lpr_table(product: Product, table: LprTable) -> Product:
    """``product`` following the LPR fixings of ``table`` (a profile's): an LPR-linked rate
    from the start is set again from them; any other product is returned as it is."""
    if not product.follows_lpr:
        return product
    lpr = table if table != DEFAULT_TABLE else None
    if product.parts:
        parts = tuple(replace(p, rate=lpr_rate(p.lpr_spread, product.start, table))
                      if p.lpr_spread is not None else p for p in product.parts)
        return product.with_changes(parts=parts, rate=blended_rate(parts), lpr=lpr)
    assert product.lpr_spread is not None
    return product.with_changes(rate=lpr_rate(product.lpr_spread, product.start, table),
                                lpr=lpr)


def lpr_rate(spread: LprSpread, on: date, table: LprTable = DEFAULT_TABLE) -> Rate:
    """The annual rate of an LPR-linked loan set on ``on``: the LPR then plus the spread,
    never below zero.

    >>> lpr_rate(LprSpread(Decimal("-0.003")), date(2025, 6, 1)).value
    Decimal('0.0320')
    """
    return Rate(RateQuote.ANNUAL, max(table.rate(spread.tenor, on) + spread.spread, ZERO))


def _lpr_spread(value: object, where: str, currency: str) -> LprSpread:
    if not isinstance(value, dict):
        raise InputError(where, 'must be an object like {"spread": "-0.003", "tenor": "5y", '
                                '"reset": "january"}')
    unknown = sorted(set(value) - {"spread", "tenor", "reset"})
    if unknown:
        raise InputError(f"{where}.{unknown[0]}", "is not a field of an LPR spread (spread, "
                                                  "tenor, reset)")
    if currency != "CNY":
        raise InputError(where, "the LPR prices renminbi loans: the currency must be CNY")
    spread = parse_decimal(_required(value, "spread", where), f"{where}.spread")
    if not Decimal(-1) < spread < 1:
        raise InputError(f"{where}.spread", "must be a fraction between -1 and 1 "
                                            "(-0.003 for 30 basis points below the LPR)")
    tenor = _enum(Tenor, value.get("tenor", "5y"), f"{where}.tenor")
    reset = _enum(LprReset, value.get("reset", "january"), f"{where}.reset")
    return LprSpread(spread, tenor, reset)


def _rate_changes(value: object, where: str, start: date, rate: Rate,
                  method: Method | None) -> tuple[RateChange, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(where, 'must be a list like [{"date": "2026-07-15", "rate": '
                                '{"annual": "0.036"}}]')
    if value and (rate.quote not in BALANCE_QUOTES or method in (Method.FEE_INSTALLMENT,
                                                                  Method.INTEREST_FREE)):
        raise InputError(where, "only a rate on the outstanding balance (annual, monthly or "
                                "daily) can change; a fee or flat rate is fixed when bought")
    out: list[RateChange] = []
    for index, entry in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict):
            raise InputError(at, 'must be an object like {"date": "2026-07-15", "rate": '
                                 '{"annual": "0.036"}}')
        unknown = sorted(set(entry) - {"date", "rate"})
        if unknown:
            raise InputError(f"{at}.{unknown[0]}", "is not a field of a rate change")
        day = parse_date(_required(entry, "date", at), f"{at}.date")
        if day < start:
            raise InputError(f"{at}.date", f"{day} is before the start {start}")
        if out and day <= out[-1].date:
            raise InputError(f"{at}.date", f"{day} is not after the change before it "
                                           f"({out[-1].date})")
        raw = _required(entry, "rate", at)
        try:
            new = _rate(raw, Kind.LOAN)
        except InputError as error:
            raise error.within(at) from None
        if new.quote is not rate.quote:
            raise InputError(f"{at}.rate", f"must be quoted as the product's rate is "
                                           f"({rate.quote.value})")
        out.append(RateChange(day, new))
    return tuple(out)


def _deferred(value: object, rate: Rate, changes: tuple[RateChange, ...]) -> bool:
    if value is None or value is False:
        return False
    if value is not True:
        raise InputError("deferred_interest", "must be true or false")
    if not changes:
        raise InputError("deferred_interest", "needs the promotion's end: a rate_changes entry "
                                              "with the rate after it")
    if changes[0].rate.value <= rate.value:
        raise InputError("deferred_interest", "the promotional rate must be below the rate "
                                              "after it (the first of rate_changes)")
    return True


def _compounding(value: object, method: Method | None) -> Compounding | None:
    if value is None:
        return None
    compounding = _enum(Compounding, value, "compounding")
    if compounding is Compounding.MONTHLY and method is not Method.BULLET:
        raise InputError("compounding", "interest is capitalised only when it is all paid at "
                                        "the end: monthly compounding needs method bullet")
    return compounding


def _parts(data: dict, start: date, currency: str, table: LprTable) -> tuple[Part, ...]:
    if _enum(Kind, data["kind"], "kind") is not Kind.LOAN:
        raise InputError("parts", "only a loan is combined from parts")
    for single in ("rate", "lpr_spread", "rate_changes", "deferred_interest"):
        if data.get(single) is not None:
            raise InputError(single, "a combined loan gives it for each of its parts")
    raw = data["parts"]
    if not isinstance(raw, list) or len(raw) < 2:
        raise InputError("parts", 'must be a list of two or more parts like {"name": "公积金", '
                                  '"principal": "600000", "rate": {"annual": "0.026"}}')
    out: list[Part] = []
    for index, entry in enumerate(raw):
        at = f"parts[{index}]"
        if not isinstance(entry, dict):
            raise InputError(at, "must be an object with name, principal and rate or "
                                 "lpr_spread")
        unknown = sorted(set(entry) - {"name", "principal", "rate", "lpr_spread",
                                       "rate_changes"})
        if unknown:
            raise InputError(f"{at}.{unknown[0]}", "is not a field of a part")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"{at}.name", "is missing")
        name = name.strip()
        if any(p.name == name for p in out):
            raise InputError(f"{at}.name", f"{shown(name)} names another part too")
        principal = parse_amount(_required(entry, "principal", at), f"{at}.principal", currency)
        spread = None
        if entry.get("lpr_spread") is not None:
            if entry.get("rate") is not None:
                raise InputError(f"{at}.rate", "a rate that follows the LPR is the LPR plus "
                                               "lpr_spread: leave rate out")
            spread = _lpr_spread(entry["lpr_spread"], f"{at}.lpr_spread", currency)
            rate = lpr_rate(spread, start, table)
        else:
            if entry.get("rate") is None:
                raise InputError(f"{at}.rate", 'is missing; give rate (e.g. {"annual": '
                                               '"0.026"}) or lpr_spread')
            try:
                rate = _rate(entry["rate"], Kind.LOAN)
            except InputError as error:
                raise error.within(at) from None
            if rate.quote is not RateQuote.ANNUAL:
                raise InputError(f"{at}.rate", "a part's rate is an annual rate")
        changes = _rate_changes(entry.get("rate_changes"), f"{at}.rate_changes", start, rate,
                                Method.ANNUITY)
        if changes and changes[0].date == start:
            rate, changes = changes[0].rate, changes[1:]
        if changes and spread is not None:
            raise InputError(f"{at}.rate_changes", "a rate that follows the LPR changes with "
                                                   "it: give rate_changes or lpr_spread")
        out.append(Part(name, principal, rate, changes, spread))
    return tuple(out)


def blended_rate(parts: tuple[Part, ...]) -> Rate:
    """The parts' rates from the start, weighted by their principal (a combined loan's quoted
    rate, to ten decimal places)."""
    total = sum((p.principal for p in parts), ZERO)
    blended = sum((p.principal * p.rate.value for p in parts), ZERO) / total
    return Rate(RateQuote.ANNUAL, blended.quantize(Decimal("1e-10")).normalize()
                if blended else Decimal(0))


def _check_combined(method: Method | None, fees: tuple[Fee, ...]) -> None:
    if method in (Method.FEE_INSTALLMENT, Method.INTEREST_FREE):
        raise InputError("method", "a combined loan's parts charge interest on the balance: "
                                   "annuity, equal_principal, interest_only or bullet")
    for index, fee in enumerate(fees):
        if fee.type is not FeeType.UPFRONT:
            raise InputError(f"fees[{index}].type", "a combined loan's fees are paid at "
                                                    "signing (upfront)")


def _card(data: dict, balance: Decimal, start: date, rate: Rate, currency: str,
          fees: tuple[Fee, ...], convention: Convention | None, variable: bool) -> Product:
    if rate.quote not in (RateQuote.ANNUAL, RateQuote.DAILY, RateQuote.MONTHLY):
        raise InputError("rate", "a card is quoted with an annual, monthly or daily rate")
    minimum = _minimum(data.get("minimum_payment"), currency)
    strategy = _strategy(data.get("strategy", "minimum"), currency)
    grace = data.get("grace_days")
    if grace is not None and (not isinstance(grace, int) or isinstance(grace, bool)
                              or not 0 <= grace <= 60):
        raise InputError("grace_days", "must be a whole number of days from 0 to 60")
    return Product(kind=Kind.CARD, principal=balance, start=start, rate=rate, currency=currency,
                   fees=fees, convention=convention, minimum_payment=minimum,
                   strategy=strategy, grace_days=grace, variable_rate=variable)


def _variable(value: object, rate: Rate) -> bool:
    """The ``variable_rate`` mark; only a rate on the outstanding balance can move (a fee or
    flat rate on the original principal is a price fixed when the product is bought)."""
    if value is None:  # absent, or null as other optional fields may be
        return False
    if not isinstance(value, bool):
        raise InputError("variable_rate", "must be true or false")
    if value and rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT):
        raise InputError("variable_rate", f"a {rate.quote.value} rate is fixed on the original "
                                          "principal; only an annual, monthly or daily rate "
                                          "can be variable")
    return value


def default_minimum(currency: str) -> MinimumPayment:
    """The minimum payment rule of a card that does not state one: most Chinese cards ask 10%
    of the statement balance (FINANCE.md, "Credit cards"); elsewhere 2%, at least 20 (2,000
    yen). The form shows it, and the engine uses it.

    >>> default_minimum("CNY").percent, default_minimum("USD").floor
    (Decimal('0.10'), Decimal('20'))
    """
    if currency == "CNY":
        return MinimumPayment(Decimal("0.10"))
    return MinimumPayment(Decimal("0.02"), floor=Decimal(20 if currency != "JPY" else 2000))


def _minimum(value: object, currency: str) -> MinimumPayment:
    if value is None:
        return default_minimum(currency)
    if not isinstance(value, dict):
        raise InputError("minimum_payment", "must be an object with percent, plus_interest, floor")
    unknown = sorted(set(value) - {"percent", "plus_interest", "floor"})
    if unknown:
        raise InputError(f"minimum_payment.{unknown[0]}", "is not a field of a minimum payment")
    percent = parse_decimal(_required(value, "percent", "minimum_payment"),
                            "minimum_payment.percent")
    if not 0 < percent <= 1:
        raise InputError("minimum_payment.percent", "must be a fraction above 0 and at most 1")
    plus = value.get("plus_interest", False)
    if not isinstance(plus, bool):
        raise InputError("minimum_payment.plus_interest", "must be true or false")
    floor = parse_amount(value.get("floor", "0"), "minimum_payment.floor", currency,
                         allow_zero=True)
    return MinimumPayment(percent, plus, floor)


def _strategy(value: object, currency: str) -> CardStrategy:
    if value == "minimum":
        return CardStrategy()
    if isinstance(value, dict) and len(value) == 1:
        (key, amount), = value.items()
        if key == "fixed":
            return CardStrategy(StrategyKind.FIXED,
                                amount=parse_amount(amount, "strategy.fixed", currency))
        if key == "months":
            return CardStrategy(StrategyKind.MONTHS, months=_term(amount, "strategy.months"))
    raise InputError("strategy", 'must be "minimum", {"fixed": AMOUNT} or {"months": N}')


def _rate(value: object, kind: Kind) -> Rate:
    if value is None and kind is Kind.INSTALLMENT:
        return ZERO_RATE
    if value is None:
        raise InputError("rate", 'is missing; give one of annual, monthly, daily, monthly_fee, '
                                 'flat, e.g. {"annual": "0.065"}')
    if not isinstance(value, dict) or len(value) != 1:
        raise InputError("rate", "must hold exactly one of annual, monthly, daily, monthly_fee, "
                                 "flat")
    (key, raw), = value.items()
    quote = _enum(RateQuote, key, "rate")
    number = parse_decimal(raw, f"rate.{key}")
    rate = Rate(quote, number)
    if number < 0:
        raise InputError(f"rate.{key}", "must not be negative")
    if over_rate_cap(rate):
        raise InputError(f"rate.{key}", f"{shown(raw)} is over 1000% a year; write rates as "
                                        "fractions (0.065 for 6.5%)")
    return rate


def _method(value: object, kind: Kind, rate: Rate) -> Method:
    per_original = rate.quote in (RateQuote.MONTHLY_FEE, RateQuote.FLAT)
    if value is None and kind is Kind.INSTALLMENT:
        # An installment plan repays principal/n each period: with a fee on the original
        # principal that is fee_installment; with a rate on the balance, equal principal
        # (what a fee_installment quoted that way always computed); no charge, interest free.
        method = (Method.INTEREST_FREE if rate.value == 0 else
                  Method.FEE_INSTALLMENT if per_original else Method.EQUAL_PRINCIPAL)
    elif value is None:
        method = Method.ANNUITY
    else:
        method = _enum(Method, value, "method")
    if method is Method.FEE_INSTALLMENT and not per_original:
        raise InputError("rate", "a fee_installment is quoted as monthly_fee or flat")
    if per_original and rate.value != 0 and method is not Method.FEE_INSTALLMENT:
        raise InputError("method", f"a {rate.quote.value} rate is charged on the original "
                                   "principal: use method fee_installment")
    if method is Method.INTEREST_FREE and rate.value != 0:
        raise InputError("rate", "an interest_free plan has no rate; put its charge in fees")
    return method


def _fee(value: object, where: str, currency: str) -> Fee:
    if not isinstance(value, dict):
        raise InputError(where, 'must be an object like {"type": "upfront", "amount": "45"}')
    unknown = sorted(set(value) - {"type", "amount"})
    if unknown:
        raise InputError(f"{where}.{unknown[0]}", "is not a field of a fee")
    fee_type = _enum(FeeType, _required(value, "type", where), f"{where}.type")
    return Fee(fee_type, parse_amount(_required(value, "amount", where), f"{where}.amount",
                                      currency))


def _term(value: object, name: str = "term") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        text = str(value).strip() if isinstance(value, (str, float)) else ""
        # ASCII digits only: "²" and other Unicode digits are not a number of payments.
        if text.isascii() and text.isdigit() and len(text) <= 10:
            value = int(text)
        else:
            raise InputError(name, "must be a whole number of payments")
    if not 1 <= value <= MAX_TERM:
        raise InputError(name, f"{shown(value)} is outside 1 to {MAX_TERM}")
    return value


def parse_currency(value: object) -> str:
    if not isinstance(value, str) or value.upper() not in MINOR_UNITS:
        raise InputError("currency", f"{shown(value)} is not a supported currency "
                                     f"({', '.join(sorted(MINOR_UNITS))})")
    return value.upper()


def _enum(enum: type, value: object, name: str):
    try:
        return enum(value)
    except (ValueError, TypeError):  # TypeError: a list or object is not hashable
        choices = ", ".join(m.value for m in enum)
        raise InputError(name, f"{shown(value)} is not one of {choices}") from None


def _required(data: dict, key: str, where: str = "") -> object:
    if not isinstance(data, dict):
        raise InputError(where or key, "must be a JSON object")
    if key not in data or data[key] is None:
        raise InputError(f"{where}.{key}" if where else key, "is missing")
    return data[key]


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InputError(key, "must be a list")
    return value
