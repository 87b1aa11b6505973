"""The figures of any product: regular payment, schedule, totals and the true annual rate.

total paid = every payment + every fee paid in cash at the start; total cost of credit =
total paid - principal received; the APR counts every fee (FINANCE.md, "The true annual rate").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from planner.core.apr_flows import AprResult, CashFlow, UnitPeriod
from planner.core.convention import Convention
from planner.core.dates import Frequency
from planner.core.money import ZERO
from planner.core.product import Kind, Method, Product, RateQuote
from planner.core.schedule import Schedule, build_schedule


@dataclass(frozen=True, slots=True)
class Figures:
    product: Product
    schedule: Schedule
    payment: Decimal
    total_interest: Decimal
    total_fees: Decimal
    total_paid: Decimal
    total_cost: Decimal
    #: the convention the true annual rate is worked out under (None: the product's own)
    convention: Convention | None = None
    months_to_payoff: int | None = None
    _apr: AprResult | None = field(default=None, compare=False, repr=False)

    @property
    def apr(self) -> AprResult:
        """The true annual rate, worked out when first asked for and kept.

        :func:`analyse` works it out at once unless told not to: building a schedule and its
        totals needs no solver, the rate needs numpy, and the Overview's first figures are
        shown before numpy is loaded (issue 14). It depends on nothing but ``product``,
        ``schedule`` and ``convention``, so working it out later gives the same rate.
        """
        if self._apr is None:
            object.__setattr__(self, "_apr", schedule_apr(self.product, self.schedule,
                                                          self.convention))
        return self._apr

    @property
    def principal(self) -> Decimal:
        return self.product.principal

    @property
    def part_payments(self) -> tuple[tuple[str, Decimal], ...]:
        """A combined loan's parts, each with its payment quoted as the whole loan's is
        (:func:`quoted_payment`): an equal-principal part's is its first payment, not its
        share of principal; the parts' payments add up to :attr:`payment`."""
        return tuple((name, quoted_payment(self.product, schedule))
                     for name, schedule in self.schedule.parts)


def analyse(product: Product, convention: Convention | None = None, *,
            rate_now: bool = True) -> Figures:
    """Schedule, totals and APR of ``product`` under ``convention`` (default: its own).

    ``rate_now=False`` leaves the rate to be worked out when :attr:`Figures.apr` is first
    read, which then raises the :class:`InputError` a rate that cannot be found raises here
    (an upfront fee as large as the loan): for the window's first figures, shown before
    numpy is loaded, whose rates the session checks right after (issue 14).

    >>> from planner.core.product import parse_product
    >>> plan = parse_product({"kind": "installment", "principal": "10000", "start": "2025-01-10",
    ...                       "term": 12, "rate": {"monthly_fee": "0.006"}})
    >>> f = analyse(plan)
    >>> f.payment, f.total_fees, f.total_cost, round(f.apr.rate * 100, 2)
    (Decimal('893.33'), Decimal('720.00'), Decimal('720.00'), 13.03)
    """
    if product.kind is Kind.CARD:
        return _card_figures(product, convention, rate_now)
    schedule = build_schedule(product)
    return summarise(product, schedule, convention, rate_now=rate_now)


def summarise(product: Product, schedule: Schedule, convention: Convention | None = None, *,
              rate_now: bool = True, **extra: object) -> Figures:
    """Totals and APR of an already built schedule (a what-if, a card simulation); the rate
    is worked out here unless ``rate_now`` is False (see :func:`analyse`)."""
    total_interest = row_fees = paid = ZERO
    for row in schedule.rows:  # one pass (the sums are exact in Decimal, in any order)
        total_interest += row.interest
        row_fees += row.fee
        paid += row.payment
    total_fees = row_fees + schedule.upfront_fees + schedule.financed_fees
    total_paid = paid + schedule.upfront_fees
    figures = Figures(product, schedule, quoted_payment(product, schedule), total_interest,
                      total_fees, total_paid, total_paid - schedule.advance, convention,
                      **extra)  # type: ignore[arg-type]
    if rate_now:
        figures.apr  # noqa: B018 - worked out now: a rate that cannot be found is refused here
    return figures


def schedule_apr(product: Product, schedule: Schedule,
                 convention: Convention | None = None) -> AprResult:
    """The true annual rate of an already built schedule under ``convention`` (default: the
    product's own): :func:`summarise`'s, for a caller that needs the rate and not the totals
    (the stress warnings rate a thousand items)."""
    rows = schedule.rows
    # cash_flows' flows as two lists each, read without a CashFlow apiece
    dates, amounts = [], []
    if schedule.upfront_fees:
        dates.append(product.start)
        amounts.append(schedule.upfront_fees)
    for row in rows:
        if row.payment > 0:
            dates.append(row.date)
            amounts.append(row.payment)
    # A schedule of several payments has its frequency as the unit period (the most common
    # interval, Reg Z Appendix J (b)(3)); naming it spares the solver detecting it again.
    unit = _UNIT_OF[product.frequency] if len(dates) > 2 else None  # a card pays monthly
    convention = convention or product.apr_convention
    if convention is Convention.CN_IRR and product.rate.quote is RateQuote.DAILY \
            and product.kind is not Kind.CARD and len(rows) == 1 \
            and rows[0].date > product.start:
        # A single repayment of a product priced by the day: its term in days, 365/days a
        # year, so 0.1% a day for 31 days is 36.5% whatever the month (FINANCE.md).
        unit = f"{(rows[0].date - product.start).days}-day term"
    from planner.core.apr import annual_percentage_rate_of  # the solver: numpy, when needed

    return annual_percentage_rate_of([product.start], [schedule.advance], dates, amounts,
                                     convention, unit)


def quoted_payment(product: Product, schedule: Schedule) -> Decimal:
    """The payment a borrower sees quoted: the level payment, except for equal principal,
    whose payments fall, where it is the first one (首月月供), not its principal part.

    >>> from planner.core.product import parse_product
    >>> loan = parse_product({"kind": "loan", "principal": "120000", "start": "2025-01-10",
    ...     "term": 72, "rate": {"annual": "0.03"}, "method": "equal_principal"})
    >>> quoted_payment(loan, build_schedule(loan))  # 1,666.67 principal + 300.00 interest
    Decimal('1966.67')

    A part of a combined loan is quoted the same way, from its own schedule (its method is
    the loan's).
    """
    if product.method is Method.EQUAL_PRINCIPAL:
        return next((r.payment for r in schedule.rows if not r.prepayment),
                    schedule.regular_payment)
    return schedule.regular_payment


def cash_flows(product: Product, schedule: Schedule) -> tuple[list[CashFlow], list[CashFlow]]:
    """The dated flows of the APR equation: the money received, then every payment made
    (an upfront fee is a payment on the day of the advance, Reg Z Appendix J (b)(1))."""
    advances = [CashFlow(product.start, schedule.advance)]
    payments = []
    if schedule.upfront_fees:
        payments.append(CashFlow(product.start, schedule.upfront_fees))
    payments.extend(CashFlow(r.date, r.payment) for r in schedule.rows if r.payment > 0)
    return advances, payments


def _card_figures(product: Product, convention: Convention | None,
                  rate_now: bool = True) -> Figures:
    from planner.core.card import simulate

    result = simulate(product)
    return summarise(product, result.schedule, convention, rate_now=rate_now,
                     months_to_payoff=result.months_to_payoff)


_UNIT_OF = {Frequency.MONTHLY: UnitPeriod.MONTH, Frequency.SEMIMONTHLY: UnitPeriod.SEMIMONTH,
            Frequency.BIWEEKLY: UnitPeriod.BIWEEK, Frequency.WEEKLY: UnitPeriod.WEEK,
            Frequency.QUARTERLY: UnitPeriod.QUARTER, Frequency.YEARLY: UnitPeriod.YEAR}
