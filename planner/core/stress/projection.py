"""The household's obligations month by month (36 months), week by week (13 weeks) and day by
day (the same 91 days) from ``today``, against its income, essential spending and cash buffer.

- Income and essential spending come from the household's schedules (``planner.core.income``:
  paydays, a year-end bonus, rent on its day); a single monthly figure is that much a month,
  its day not known.
- Month 0 is today's calendar month; every month gets all the income and essential spending of
  its calendar month (a bonus month more), and the payments dated in it from today on (overdue
  money counts as due today, so it lands in month 0, week 0 and day 0).
- Week k runs from today + 7k days for seven days; its income and essentials are those dated
  in it plus, for money whose day is not known, the monthly amount x 12 / 52, rounded half up
  to the minor unit.
- Day d: the money dated on it (from today on: the buffer is today's cash), the week's share of
  undated money on the first day of each week, the payments due; ``cash`` at the day's end.
  ``paydays`` are the days dated income arrives, to the horizon.
- ratio = payments / income (None when the income is zero).
- cash = the cash buffer carried forward + income - essentials - payments, cumulatively: the
  money left at the end of the bucket if nothing else came in or went out.
Only open items (active or disputed) in the household's currency count; items in another
currency are listed in ``excluded`` (there is no exchange rate offline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from planner.core.income import dated, has_days, in_month, spread_monthly
from planner.core.money import ZERO, round_money
from planner.core.obligations import ItemProjection, project_item
from planner.core.portfolio import Household, Portfolio

MONTHS, WEEKS = 36, 13


@dataclass(frozen=True, slots=True)
class MonthBucket:
    month: str                      # YYYY-MM
    payments: Decimal
    by_item: dict[str, Decimal]     # item id -> payments due in the month
    income: Decimal
    essentials: Decimal
    cash: Decimal                   # at the month's end

    @property
    def ratio(self) -> Decimal | None:
        """Debt payments over income (None when there is no income)."""
        return self.payments / self.income if self.income else None


@dataclass(frozen=True, slots=True)
class WeekBucket:
    start: date
    end: date                       # exclusive
    payments: Decimal
    by_item: dict[str, Decimal]
    income: Decimal
    essentials: Decimal
    cash: Decimal


@dataclass(frozen=True, slots=True)
class DayCash:
    day: date
    income: Decimal
    essentials: Decimal
    payments: Decimal
    cash: Decimal                   # at the day's end


@dataclass(frozen=True, slots=True)
class Projection:
    today: date
    household: Household
    items: tuple[ItemProjection, ...]
    months: tuple[MonthBucket, ...]
    weeks: tuple[WeekBucket, ...]
    excluded: tuple[str, ...]       # open items in another currency than the household's
    days: tuple[DayCash, ...] = ()  # the weeks' days, one by one
    paydays: tuple[date, ...] = ()  # days dated income arrives, today to the horizon

    @property
    def currency(self) -> str:
        return self.household.currency

    @property
    def timed(self) -> bool:
        """Some income or spending has its day (paydays known): the day line is meaningful."""
        h = self.household
        return has_days(h.income_flows()) or has_days(h.expense_flows())


def month_label(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def horizon_end(today: date, months: int = MONTHS) -> date:
    """The first day after the last projected month.

    >>> horizon_end(date(2025, 6, 15), 36)
    datetime.date(2028, 6, 1)
    """
    year, month0 = divmod(today.year * 12 + today.month - 1 + months, 12)
    return date(year, month0 + 1, 1)


def project(portfolio: Portfolio, today: date, *, months: int = MONTHS,
            weeks: int = WEEKS) -> Projection:
    """Project every open item and bucket the payments by month and by week.

    >>> from planner.core.portfolio import parse_portfolio
    >>> p = project(parse_portfolio({"format": "planner-portfolio", "version": 1,
    ...     "profile": {"monthly_income": "10000", "essential_expenses": "4000",
    ...                 "cash_buffer": "500"},
    ...     "items": [{"id": "tv", "name": "TV", "kind": "installment", "principal": "3000",
    ...                "start": "2025-05-10", "term": 3}]}), date(2025, 6, 1), months=3)
    >>> [(m.month, m.payments, m.ratio, m.cash) for m in p.months]  # doctest: +NORMALIZE_WHITESPACE
    [('2025-06', Decimal('1000.00'), Decimal('0.1'), Decimal('5500.00')),
     ('2025-07', Decimal('1000.00'), Decimal('0.1'), Decimal('10500.00')),
     ('2025-08', Decimal('1000.00'), Decimal('0.1'), Decimal('15500.00'))]
    """
    household = portfolio.household
    currency = household.currency
    end = horizon_end(today, months)
    open_items = [i for i in portfolio.items if i.is_open]
    excluded = tuple(i.id for i in open_items if i.product.currency != currency)
    items = tuple(project_item(i, today, end) for i in open_items
                  if i.product.currency == currency)
    return assemble(household, today, items, excluded, months=months, weeks=weeks)


def assemble(household: Household, today: date, items: tuple[ItemProjection, ...],
             excluded: tuple[str, ...] = (), *, months: int = MONTHS,
             weeks: int = WEEKS) -> Projection:
    """Bucket already projected items (a what-if swaps some of them) against ``household``.
    Their obligations must lie before ``horizon_end(today, months)``."""
    currency = household.currency
    zero = round_money(ZERO, currency)
    month_items: list[dict[str, Decimal]] = [{} for _ in range(months)]
    week_items: list[dict[str, Decimal]] = [{} for _ in range(weeks)]
    base, day0, week_end = today.year * 12 + today.month, today.toordinal(), 7 * weeks
    day_payments: list[Decimal] = [zero] * week_end
    for projection in items:
        item_id = projection.item_id
        for o in projection.obligations:
            day, amount = o.date, o.amount
            by_item = month_items[day.year * 12 + day.month - base]
            by_item[item_id] = by_item.get(item_id, zero) + amount
            offset = day.toordinal() - day0
            if offset < week_end:
                by_item = week_items[offset // 7]
                by_item[item_id] = by_item.get(item_id, zero) + amount
                day_payments[offset] += amount
    month_totals = [sum(m.values(), zero) for m in month_items]
    week_totals = [sum(w.values(), zero) for w in week_items]
    income_flows, expense_flows = household.income_flows(), household.expense_flows()
    cash = household.cash_buffer
    month_buckets = []
    for m in range(months):
        first = horizon_end(today, m)
        income = in_month(income_flows, first.year, first.month) if income_flows \
            else household.monthly_income
        essentials = in_month(expense_flows, first.year, first.month) if expense_flows \
            else household.essential_expenses
        cash = cash + income - essentials - month_totals[m]
        month_buckets.append(MonthBucket(month_label(first), month_totals[m],
                                         month_items[m], income, essentials, cash))
    days_end = today + timedelta(days=week_end)
    day_income: list[Decimal] = [zero] * week_end
    day_essentials: list[Decimal] = [zero] * week_end
    for flows, into in ((income_flows, day_income), (expense_flows, day_essentials)):
        for day, amount in dated(flows, today, days_end):
            into[day.toordinal() - day0] += amount
    week_income = round_money(spread_monthly(income_flows) * 12 / 52, currency)
    week_essentials = round_money(spread_monthly(expense_flows) * 12 / 52, currency)
    for w in range(weeks):  # money whose day is not known: the week's share on its first day
        day_income[7 * w] += week_income
        day_essentials[7 * w] += week_essentials
    cash = household.cash_buffer
    day_cash = []
    for d in range(week_end):
        cash = cash + day_income[d] - day_essentials[d] - day_payments[d]
        day_cash.append(DayCash(today + timedelta(days=d), day_income[d], day_essentials[d],
                                day_payments[d], cash))
    cash = household.cash_buffer
    week_buckets = []
    for w in range(weeks):
        income = sum(day_income[7 * w:7 * w + 7], zero)
        essentials = sum(day_essentials[7 * w:7 * w + 7], zero)
        cash = cash + income - essentials - week_totals[w]
        start = today + timedelta(days=7 * w)
        week_buckets.append(WeekBucket(start, start + timedelta(days=7), week_totals[w],
                                       week_items[w], income, essentials, cash))
    paydays = tuple(dict.fromkeys(day for day, amount in dated(income_flows, today,
                                                               horizon_end(today, months))
                                  if amount > 0))
    return Projection(today, household, items, tuple(month_buckets), tuple(week_buckets),
                      excluded, tuple(day_cash), paydays)
