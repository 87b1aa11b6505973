"""The stress analysis in the app's words: translated names of warning codes, severities, score
bands and factors, and for each warning one line with its numbers, when it applies and the rule
that fired (the command line's ``describe`` in English; here through ``tr()``). The longer
"why" is :func:`planner.text.explain.render` of the warning's explanation record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject

from planner.core.stress import Code, Severity, StressWarning, Thresholds
from planner.ui.i18n import Formatter

#: How many item names a line lists before "and N more".
FEW = 3


def month_of(label: str) -> date:
    """``2026-12`` as the first day of that month."""
    year, month = label.split("-")
    return date(int(year), int(month), 1)


class StressWords(QObject):
    """Words for one currency, in the language in force when it was made."""

    def __init__(self, currency: str = "CNY", names: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.names = dict(names or {})
        self.fmt = Formatter()

    # -- names --------------------------------------------------------------------------------

    def code_name(self, code: str) -> str:
        return {
            "debt_to_income": self.tr("Debt-to-income"),
            "cash_shortfall": self.tr("Cash shortfall"),
            "payment_cluster": self.tr("Payments bunched together"),
            "installment_stacking": self.tr("Installment stacking"),
            "high_cost_credit": self.tr("High-cost credit"),
            "minimum_payment_trap": self.tr("Minimum-payment trap"),
            "balloon_ahead": self.tr("Balloon payment ahead"),
            "other_currency": self.tr("Other currencies left out"),
        }.get(str(code), str(code))

    def severity_name(self, severity: Severity | str) -> str:
        return {"info": self.tr("Note"), "caution": self.tr("Caution"),
                "danger": self.tr("Danger")}.get(str(severity), str(severity))

    def band_name(self, band: str) -> str:
        return {"calm": self.tr("Calm"), "watch": self.tr("Watch"),
                "strained": self.tr("Strained"), "severe": self.tr("Severe")}.get(band, band)

    def item_names(self, ids: Sequence[str], few: int = FEW) -> str:
        names = [self.names.get(i, i) for i in ids]
        shown = self.tr(", ").join(names[:few])
        if len(names) > few:
            return self.tr("{names} and {count} more").format(names=shown,
                                                              count=len(names) - few)
        return shown

    # -- numbers ------------------------------------------------------------------------------

    def money(self, amount: Decimal | None) -> str:
        return self.fmt.money(amount, self.currency)

    def percent(self, fraction: Decimal | None) -> str:
        return self.fmt.percent(fraction, 1)

    def line_percent(self, fraction: Decimal) -> str:
        """A line as its setting reads: 36%, 12%, 13.4% (no needless decimals)."""
        exponent = (Decimal(fraction) * 100).normalize().as_tuple().exponent
        return self.fmt.percent(fraction, max(0, min(2, -int(exponent))))

    def month(self, label: str) -> str:
        return self.fmt.month(month_of(label))

    def figure(self, w: StressWarning) -> tuple[Any, str]:
        """The one number that sums the warning up: its raw value and its text."""
        d = w.detail
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            ratio = d["worst_ratio"]
            return ratio, (self.percent(ratio) if ratio is not None
                           else self.money(d["worst_payments"]))
        if code is Code.CASH_SHORTFALL:
            return d["lowest_cash"], self.money(d["lowest_cash"])
        if code is Code.PAYMENT_CLUSTER:
            return d["largest_total"], self.money(d["largest_total"])
        if code is Code.INSTALLMENT_STACKING:
            return d["most_plans"], self.tr("{count} plans").format(count=d["most_plans"])
        if code is Code.HIGH_COST_CREDIT:
            return d["apr"], self.percent(d["apr"])
        if code is Code.MINIMUM_PAYMENT_TRAP:
            months = d["months_at_minimum"]
            return months, (self.tr("never repaid") if months is None
                            else self.tr("{count} months").format(count=months))
        if code is Code.BALLOON_AHEAD:
            return d["amount"], self.money(d["amount"])
        count = d.get("count", len(w.items))
        return count, self.tr("left out: {count}").format(count=count)

    def line(self, w: StressWarning) -> str:
        """The threshold crossed, as a figure."""
        t = w.threshold
        if t is None:
            return "—"
        if w.code in (Code.DEBT_TO_INCOME, Code.PAYMENT_CLUSTER, Code.HIGH_COST_CREDIT):
            return self.line_percent(Decimal(t))
        if w.code is Code.CASH_SHORTFALL or w.rule.startswith("balloon > income + cash"):
            return self.money(Decimal(t))
        if w.code is Code.BALLOON_AHEAD:
            return self.tr("{multiple} × income").format(multiple=self.fmt.number(t, 1))
        if w.code is Code.MINIMUM_PAYMENT_TRAP:
            return self.tr("{count} months").format(count=t)
        return str(t)

    # -- sentences ----------------------------------------------------------------------------

    def headline(self, w: StressWarning) -> str:
        """One line with the warning's numbers."""
        d = w.detail
        items = self.item_names(w.items)
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            if d["worst_ratio"] is None:
                return self.tr("Payments of {amount} fall due in {month}, and no income is "
                               "recorded.").format(amount=self.money(d["worst_payments"]),
                                                   month=self.month(d["worst_month"]))
            return self.tr("Debt payments take {ratio} of income in {month}, above the {line} "
                           "line.").format(ratio=self.percent(d["worst_ratio"]),
                                           month=self.month(d["worst_month"]),
                                           line=self.line(w))
        if code is Code.CASH_SHORTFALL:
            first = d.get("first_month")
            when = self.month(first) if first else self.tr("the week of {date}").format(
                date=self.fmt.date(d.get("first_week")))
            return self.tr("Cash runs out: it falls to {amount}, first in {when}.").format(
                amount=self.money(d["lowest_cash"]), when=when)
        if code is Code.PAYMENT_CLUSTER:
            return self.tr("{amount} falls due between {start} and {end}: {share} of a "
                           "month's income.").format(
                amount=self.money(d["largest_total"]), start=self.fmt.date(d["largest_start"]),
                end=self.fmt.date(d["largest_end"]), share=self.percent(d["largest_share"]))
        if code is Code.INSTALLMENT_STACKING:
            return self.tr("{count} installment plans run at once in {month}, more than "
                           "{line}.").format(count=d["most_plans"],
                                             month=self.month(d["worst_month"]),
                                             line=w.threshold)
        if code is Code.HIGH_COST_CREDIT:
            return self.tr("{item}: true annual rate {apr}, above the {line} line, on "
                           "{balance} owed.").format(item=items, apr=self.percent(d["apr"]),
                                                     line=self.line(w),
                                                     balance=self.money(d["balance"]))
        if code is Code.MINIMUM_PAYMENT_TRAP:
            if d["months_at_minimum"] is None:
                return self.tr("{item}: paying only the minimum never clears the balance; "
                               "{payment} a month clears it in {months} months.").format(
                    item=items, payment=self.money(d["payment_for_comparison"]),
                    months=d["comparison_months"])
            return self.tr("{item}: paying only the minimum takes {count} months and {total} "
                           "in all; {payment} a month clears it in {months}.").format(
                item=items, count=d["months_at_minimum"],
                total=self.money(d["total_at_minimum"]),
                payment=self.money(d["payment_for_comparison"]),
                months=d["comparison_months"])
        if code is Code.BALLOON_AHEAD:
            return self.tr("{item}: a final payment of {amount} is due on {date}, more than a "
                           "month's income of {income}.").format(
                item=items, amount=self.money(d["amount"]), date=self.fmt.date(w.dates[0]),
                income=self.money(d["income"]))
        return self.tr("{count} items in another currency are left out (no exchange rate "
                       "offline): {items}.").format(count=d.get("count", len(w.items)),
                                                    items=items)

    def when(self, w: StressWarning, *, full: bool = False) -> str:
        """The months or dates the warning concerns (``full``: with the count of months)."""
        if w.code in (Code.HIGH_COST_CREDIT, Code.MINIMUM_PAYMENT_TRAP):
            return self.tr("since {date}").format(date=self.fmt.date(w.dates[0])) \
                if w.dates else "—"
        if w.code is Code.PAYMENT_CLUSTER or (w.dates and not w.months):
            return self.tr(", ").join(self.fmt.date(d) for d in w.dates[:FEW]) + (
                "…" if len(w.dates) > FEW else "")
        if not w.months:
            return "—"
        if len(w.months) == 1:
            return self.month(w.months[0])
        if full:
            return self.tr("{first} to {last} ({count} months)").format(
                first=self.month(w.months[0]), last=self.month(w.months[-1]),
                count=len(w.months))
        return self.tr("{first} – {last}").format(first=self.month(w.months[0]),
                                                  last=self.month(w.months[-1]))

    def rule(self, w: StressWarning, t: Thresholds) -> str:
        """The rule that fired, with its line, in words."""
        line = self.line(w)
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            return self.tr("Debt payments in a month above {line} of monthly income").format(
                line=line)
        if code is Code.CASH_SHORTFALL:
            return self.tr("Cash buffer + income − essential spending − payments below {line}, "
                           "at a month's or a week's end").format(line=line)
        if code is Code.PAYMENT_CLUSTER:
            return self.tr("Payments due within {days} days above {line} of monthly "
                           "income").format(days=t.cluster_window_days, line=line)
        if code is Code.INSTALLMENT_STACKING:
            return self.tr("More than {line} installment plans running in one month").format(
                line=line)
        if code is Code.HIGH_COST_CREDIT:
            return self.tr("True annual rate above {line}").format(line=line)
        if code is Code.MINIMUM_PAYMENT_TRAP:
            if w.detail.get("months_at_minimum") is None:
                return self.tr("Paying only the minimum never repays the card")
            return self.tr("Paying only the minimum takes more than {line}").format(line=line)
        if code is Code.BALLOON_AHEAD:
            if w.rule.startswith("balloon > income + cash"):
                return self.tr("A balloon payment larger than a month's income plus the whole "
                               "cash buffer ({line})").format(line=line)
            return self.tr("A balloon payment within {months} months larger than "
                           "{line}").format(months=t.balloon_months, line=line)
        return self.tr("Items in another currency than the household's")

    def factor_measure(self, code: str, measure: Any, points: Decimal) -> str:
        """What a score factor measured, in words."""
        if code in ("payment_cluster", "balloon_ahead"):
            return self.tr("found") if points > 0 else self.tr("none")
        if measure is None:
            return self.tr("no income") if code == "debt_to_income" else "—"
        if code in ("debt_to_income", "high_cost_credit"):
            return self.percent(measure)
        if code == "cash_shortfall":
            return self.money(measure) if measure else self.tr("none")
        if code in ("minimum_payment_trap", "installment_stacking") and not measure:
            return self.tr("none")  # the score counts them only when the warning fires
        if code == "minimum_payment_trap":
            return self.tr("cards caught: {count}").format(count=measure)
        if code == "installment_stacking":
            return self.tr("{count} plans at most").format(count=measure)
        return str(measure)
