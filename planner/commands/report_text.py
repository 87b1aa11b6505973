"""Plain-text renderings of engine results for the terminal; kinds, methods, conventions and
quotes named in English as ``planner.text.names`` names them for every surface."""

from __future__ import annotations

from decimal import Decimal

from planner.core.figures import Figures
from planner.core.product import Kind
from planner.core.rate_path import Path, paths
from planner.core.schedule import Installment
from planner.text import names


def money(amount: Decimal) -> str:
    return f"{amount:,}"


def _deferred_lines(f: Figures) -> list[str]:
    """A promotion's deferred interest: what is charged after its end, or that it is cleared."""
    if not f.product.deferred_interest:
        return []
    end = f.product.rate_changes[0].date
    charged = f.schedule.deferred_interest
    return [f"deferred interest {money(charged)} charged after {end}" if charged
            else f"deferred interest none: cleared by {end}"]


def figures_text(f: Figures) -> str:
    """A readable schedule with its totals and true rate."""
    p = f.product
    head = [f"{names.name(p.kind, 'en')}: {money(p.principal)} {p.currency} from {p.start}"
            + ("" if p.kind is Kind.CARD else
               f", {p.term} {p.frequency.value} payments ({names.name(p.method or '', 'en')})")
            + (f", in {len(p.parts)} parts" if p.parts else "")]
    lines = _table(f.schedule.rows)
    totals = [
        f"regular payment   {money(f.payment)}",
        f"total interest    {money(f.total_interest)}",
        f"total fees        {money(f.total_fees)}",
        f"total paid        {money(f.total_paid)}",
        f"cost of credit    {money(f.total_cost)}",
        f"true annual rate  {f.apr.rate * 100:.2f}%  under {names.name(f.apr.convention, 'en')}",
        f"effective annual  {f.apr.effective_annual_rate * 100:.2f}%",
    ]
    if f.apr.multiple_roots:
        totals.append("note: several rates solve these flows; the positive one nearest zero "
                      "is shown (UK MCOB 10.3.1B(2))")
    if f.months_to_payoff is not None:
        totals.append(f"months to pay off {f.months_to_payoff}")
    named = dict(paths(p, f.schedule.last_date))
    if len(named.get("", ())) > 1:
        totals.append("rates             " + _path_text(named[""]))
    if p.kind is Kind.CARD:
        from planner.core.card import payment_for_months

        totals += _deferred_lines(f)
        totals.append(f"pays off in 36 months with {money(payment_for_months(p, 36))} a month")
        return "\n".join(head + [""] + lines + [""] + totals)
    totals.append(f"day count         {p.day_basis.value}"
                  + ("" if p.day_count else f" (the {p.currency} default)"))
    totals += _deferred_lines(f)
    parts = []
    payments = dict(f.part_payments)  # an equal-principal part's first payment
    for part, (name, schedule) in zip(p.parts, f.schedule.parts, strict=True):
        parts += ["", f"part {name}: {money(part.principal)} {p.currency}, payment "
                      f"{money(payments[name])}, rates {_path_text(named[name])}",
                  *_table(schedule.rows)]
    return "\n".join(head + [""] + lines + [""] + totals + parts)


def _table(rows: tuple[Installment, ...]) -> list[str]:
    widths = (4, 10, 12, 12, 11, 10, 14)
    titles = ("n", "date", "payment", "principal", "interest", "fee", "balance")
    lines = ["  ".join(t.rjust(w) for t, w in zip(titles, widths, strict=True))]
    for r in rows:
        cells = (str(r.n), r.date.isoformat(), money(r.payment), money(r.principal),
                 money(r.interest), money(r.fee), money(r.balance))
        lines.append("  ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)))
    return lines


def _path_text(path: Path) -> str:
    """``3.30% from 2025-01-15, 3.20% from 2026-01-01``."""
    return ", ".join(f"{(rate.value * 100).normalize():f}%"
                     f"{names.name(rate.quote, 'en', names.QUOTE_UNITS)} from {day}"
                     for day, rate in path)
