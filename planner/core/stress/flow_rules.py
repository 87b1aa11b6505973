"""Warnings about money over time: debt-to-income, cash shortfall, payment clusters,
installment stacking and balloons ahead. Each line and its source is in
:mod:`planner.core.stress.thresholds`; every comparison is strict, so a value exactly on a line
does not fire.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from planner.core.money import ZERO
from planner.core.product import Kind
from planner.core.stress.projection import MonthBucket, Projection
from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning

RATIO_PLACES = Decimal("0.0001")


def _biggest(by_item: Mapping[str, Decimal]) -> tuple[str, ...]:
    """Item ids by what they ask, largest first."""
    return tuple(sorted(by_item, key=lambda i: (-by_item[i], i)))


def debt_to_income(p: Projection, t: Thresholds) -> list[StressWarning]:
    """Months where payments / income > ``dti_caution`` (caution) or > ``dti_danger`` (danger);
    payments with no income at all are a danger."""
    hit: list[MonthBucket] = []
    over_danger = 0
    worst: MonthBucket | None = None
    for m in p.months:
        if m.payments <= 0:
            continue
        ratio = m.ratio
        if ratio is None or ratio > t.dti_caution:
            hit.append(m)
            over_danger += ratio is None or ratio > t.dti_danger
            if worst is None or m.payments > worst.payments:
                worst = m
    if worst is None:
        return []
    ratio = worst.ratio
    danger = over_danger > 0
    rule = ("income = 0 < payments" if ratio is None else
            "payments / income > dti_danger" if danger else "payments / income > dti_caution")
    return [StressWarning(
        Code.DEBT_TO_INCOME, Severity.DANGER if danger else Severity.CAUTION,
        months=tuple(m.month for m in hit), items=_biggest(worst.by_item),
        detail={"worst_month": worst.month, "worst_payments": worst.payments,
                "income": worst.income,
                "worst_ratio": None if ratio is None else ratio.quantize(RATIO_PLACES),
                "months_over_caution": len(hit), "months_over_danger": over_danger},
        rule=rule, threshold=t.dti_danger if danger else t.dti_caution,
        sources=("cn-cbrc-2004-57", "us-qm-43", "common-36"))]


def cash_shortfall(p: Projection, t: Thresholds) -> list[StressWarning]:
    """Buckets whose cash (buffer carried forward + income - essentials - payments) falls below
    ``cash_floor``: a danger when a whole month ends below it, a caution when only a week does
    (the timing can be bridged within the month).

    When paydays are known (:attr:`Projection.timed`), the 13 weeks are looked at day by day:
    each run of days below the floor is a gap, from the day a payment takes cash below it to
    the day money comes back (the payday), and the warning's dates are the gaps' first days.
    """
    months = [m for m in p.months if m.cash < t.cash_floor]
    weeks = [w for w in p.weeks if w.cash < t.cash_floor]
    gaps = payday_gaps(p, t) if p.timed else []
    if not months and not weeks and not gaps:
        return []
    lowest = min([*(m.cash for m in months), *(w.cash for w in weeks),
                  *(g["lowest_cash"] for g in gaps)])
    first = months[0].by_item if months else weeks[0].by_item if weeks else {}
    detail: dict[str, object] = {"lowest_cash": lowest, "cash_buffer": p.household.cash_buffer,
                                 "months_below": len(months), "weeks_below": len(weeks)}
    if months:
        detail["first_month"] = months[0].month
    if weeks:
        detail["first_week"] = weeks[0].start
    items: tuple[str, ...] = _biggest(first)
    dates = tuple(w.start for w in weeks)
    if gaps:
        detail.update({"gaps": gaps, "days_below": sum(g["days"] for g in gaps),
                       "first_gap_start": gaps[0]["start"], "first_gap_end": gaps[0]["end"],
                       "first_gap_payday": gaps[0]["payday"],
                       "first_gap_lowest": gaps[0]["lowest_cash"]})
        dates = tuple(g["start"] for g in gaps)
        if not months:
            items = tuple(gaps[0]["items"])
    return [StressWarning(
        Code.CASH_SHORTFALL, Severity.DANGER if months else Severity.CAUTION,
        months=tuple(m.month for m in months), dates=dates,
        items=items, detail=detail,
        rule="cash_buffer + income - essentials - payments < cash_floor",
        threshold=t.cash_floor, sources=())]


def payday_gaps(p: Projection, t: Thresholds) -> list[dict[str, object]]:
    """Runs of days whose cash ends below ``cash_floor``, each with its first day (``start``),
    the day cash is back at or above the floor (``end``, None when not within the 13 weeks),
    ``days`` below, the lowest cash, the next payday on or after its start, and the items
    due on its first day (those whose payments took cash below the floor), largest first.

    >>> from planner.core.portfolio import parse_portfolio
    >>> from planner.core.stress.projection import project
    >>> pf = parse_portfolio({"format": "planner-portfolio", "version": 1,
    ...     "profile": {"cash_buffer": "1000", "income_schedule": [
    ...         {"kind": "monthly", "amount": "8000", "day": 10}]},
    ...     "items": [{"id": "car", "name": "car", "kind": "loan", "principal": "30000",
    ...                "start": "2026-11-09", "term": 12, "rate": {"annual": "0"}}]})
    >>> g = payday_gaps(project(pf, date(2026, 12, 1)), Thresholds())[0]
    >>> [str(g[k]) for k in ("start", "end", "payday", "lowest_cash", "days", "items")]
    ['2026-12-09', '2026-12-10', '2026-12-10', '-1500.00', '1', "['car']"]
    """
    by_day: dict[date, dict[str, Decimal]] = defaultdict(dict)
    last = p.days[-1].day if p.days else p.today
    for ip in p.items:
        for o in ip.obligations:
            if o.date > last:
                continue
            due = by_day[o.date]
            due[ip.item_id] = due.get(ip.item_id, ZERO) + o.amount
    gaps: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for d in p.days:
        if d.cash < t.cash_floor:
            if current is None:
                payday = next((x for x in p.paydays if x >= d.day), None)
                current = {"start": d.day, "end": None, "days": 0, "lowest_cash": d.cash,
                           "payday": payday, "items": list(_biggest(by_day.get(d.day, {})))}
                gaps.append(current)
            current["days"] = int(current["days"]) + 1  # type: ignore[call-overload]
            current["lowest_cash"] = min(current["lowest_cash"], d.cash)  # type: ignore[type-var]
        elif current is not None:
            current["end"] = d.day
            current = None
    return gaps


def payment_cluster(p: Projection, t: Thresholds) -> list[StressWarning]:
    """Two or more payments within ``cluster_window_days`` calendar days (first to last day
    inclusive) that together exceed ``cluster_share`` x monthly income. Windows are taken
    greedily from the earliest date, so one cluster is counted once. When paydays are known a
    window stops at a payday (money arriving between two payments parts them; a payment due
    on a payday is paid from it), and ``next_payday`` is the payday after the largest
    cluster."""
    amounts: dict[date, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[date, int] = defaultdict(int)
    items: dict[date, set[str]] = defaultdict(set)
    for ip in p.items:
        for o in ip.obligations:
            amounts[o.date] += o.amount
            counts[o.date] += 1
            items[o.date].add(ip.item_id)
    days = sorted(amounts)
    line = t.cluster_share * p.household.monthly_income
    span = timedelta(days=t.cluster_window_days - 1)
    paydays = p.paydays
    clusters: list[tuple[date, date, Decimal]] = []
    i = 0
    cut = 0  # index of the first payday after days[i]
    while i < len(days):
        while cut < len(paydays) and paydays[cut] <= days[i]:
            cut += 1
        limit = days[i] + span
        if cut < len(paydays) and paydays[cut] <= limit:
            limit = paydays[cut] - timedelta(days=1)
        j, total, count = i, ZERO, 0
        while j < len(days) and days[j] <= limit:
            total += amounts[days[j]]
            count += counts[days[j]]
            j += 1
        if count >= 2 and total > line:
            clusters.append((days[i], days[j - 1], total))
            i = j
        else:
            i += 1
    if not clusters:
        return []
    start, end, total = max(clusters, key=lambda c: (c[2], -c[0].toordinal()))
    involved = set().union(*(items[d] for d in days if start <= d <= end))
    income = p.household.monthly_income
    return [StressWarning(
        Code.PAYMENT_CLUSTER, Severity.CAUTION,
        months=tuple(dict.fromkeys(f"{c[0].year:04d}-{c[0].month:02d}" for c in clusters)),
        dates=tuple(c[0] for c in clusters), items=tuple(sorted(involved)),
        detail={"clusters": len(clusters), "largest_total": total, "largest_start": start,
                "largest_end": end, "income": income,
                "largest_share": (total / income).quantize(RATIO_PLACES) if income else None,
                "window_days": t.cluster_window_days,
                "next_payday": next((d for d in paydays if d > end), None)},
        rule="payments within cluster_window_days > cluster_share x income",
        threshold=t.cluster_share, sources=("product-default",))]


def plans_running(p: Projection) -> list[tuple[MonthBucket, list[str]]]:
    """Each month of the projection with the installment plans paying in it."""
    plans = {ip.item_id for ip in p.items if ip.item.product.kind is Kind.INSTALLMENT}
    return [(m, sorted(plans.intersection(m.by_item))) for m in p.months]


def installment_stacking(p: Projection, t: Thresholds) -> list[StressWarning]:
    """Months with more than ``stacking_plans`` installment plans paying at once (caution), more
    than twice that many (danger)."""
    running = plans_running(p)
    hit = [(m, ids) for m, ids in running if len(ids) > t.stacking_plans]
    if not hit:
        return []
    worst, ids = max(hit, key=lambda h: len(h[1]))
    danger = len(ids) > 2 * t.stacking_plans
    return [StressWarning(
        Code.INSTALLMENT_STACKING, Severity.DANGER if danger else Severity.CAUTION,
        months=tuple(m.month for m, _ in hit), items=tuple(ids),
        detail={"most_plans": len(ids), "worst_month": worst.month,
                "months_over": len(hit), "plans_payments": sum(
                    (worst.by_item[i] for i in ids), ZERO)},
        rule="installment plans > 2 x stacking_plans" if danger
        else "installment plans > stacking_plans",
        threshold=2 * t.stacking_plans if danger else t.stacking_plans,
        sources=("cfpb-bnpl-2022",))]


def balloon_ahead(p: Projection, t: Thresholds) -> list[StressWarning]:
    """A balloon or bullet payment due within ``balloon_months`` (the day itself included)
    larger than ``balloon_income_multiple`` x monthly income: a caution, or a danger when it is
    larger than a month's income plus the whole cash buffer."""
    limit = p.today + relativedelta(months=t.balloon_months)
    income, buffer = p.household.monthly_income, p.household.cash_buffer
    line = t.balloon_income_multiple * income
    out = []
    for ip in p.items:
        b = ip.balloon
        if b is None or b.date > limit or b.amount <= line:
            continue
        danger = b.amount > income + buffer
        out.append(StressWarning(
            Code.BALLOON_AHEAD, Severity.DANGER if danger else Severity.CAUTION,
            months=(f"{b.date.year:04d}-{b.date.month:02d}",), dates=(b.date,),
            items=(ip.item_id,),
            detail={"amount": b.amount, "income": income, "cash_buffer": buffer,
                    "days_ahead": (b.date - p.today).days},
            rule="balloon > income + cash_buffer" if danger
            else "balloon > balloon_income_multiple x income",
            threshold=income + buffer if danger else t.balloon_income_multiple,
            sources=("product-default",)))
    return out


RULES = (debt_to_income, cash_shortfall, payment_cluster, installment_stacking, balloon_ahead)
