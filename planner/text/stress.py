"""Stress warnings and the score in words, English and Chinese: for each warning its one figure,
the line it crossed, one sentence with its numbers, when it applies and the rule that fired;
and what each score factor measured.

The app's Stress page and Overview, ``planner stress`` and the stress PDF all word a warning
here, with the names of :mod:`planner.text.names` and the formats of :mod:`planner.text.format`.
The longer "why" is the warning's explanation (:mod:`planner.text.explain`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from planner.core.stress.thresholds import Thresholds
from planner.core.stress.warnings import Code, Severity, StressWarning
from planner.text import format as fmt
from planner.text.names import BANDS, SEVERITIES, WARNINGS, name, word

#: How many item names a line lists before "and N more".
FEW = 3

_T: dict[str, tuple[str, str]] = {
    "plans": ("{count} plans", "{count} 笔分期"),
    "never_repaid": ("never repaid", "永远还不清"),
    "months": ("{count} months", "{count} 个月"),
    "left_out": ("left out: {count}", "未计入 {count} 项"),
    "times_income": ("{multiple} × income", "{multiple} 倍收入"),
    "dti.no_income": ("Payments of {amount} fall due in {month}, and no income is recorded.",
                      "{month}有 {amount} 的还款到期，但没有记录任何收入。"),
    "dti": ("Debt payments take {ratio} of income in {month}, above the {line} {which}.",
            "{month}的还款占收入的 {ratio}，超过 {line} 的{which}。"),
    "week_of": ("the week of {date}", "{date} 那一周"),
    "shortfall.gap": ("Cash runs short before payday: it falls to {amount} on {start}, "
                      "payday is {payday}.",
                      "发薪日前现金不够：{start} 降到 {amount}，{payday} 才发薪。"),
    "shortfall.gap_no_payday": ("Cash runs short: it falls to {amount} on {start}, with no "
                                "payday in the next 13 weeks.",
                                "现金不够：{start} 降到 {amount}，未来 13 周内没有发薪日。"),
    "shortfall": ("Cash runs out: it falls to {amount}, first in {when}.",
                  "现金不够用：最低降到 {amount}，最早出现在{when}。"),
    "cluster": ("{amount} falls due between {start} and {end}: {share} of a month's income.",
                "{start} 至 {end} 之间有 {amount} 到期，占月收入的 {share}。"),
    "cluster.one_day": ("{amount} falls due on {start}: {share} of a month's income.",
                        "{start} 有 {amount} 到期，占月收入的 {share}。"),
    "stacking": ("{count} installment plans run at once in {month}, more than {line}.",
                 "{month}同时有 {count} 笔分期在还，超过 {line} 笔。"),
    "high_cost": ("{item}: true annual rate {apr}, above the {line} {which}, on {balance} "
                  "owed.", "{item}：真实年化利率 {apr}，超过 {line} 的{which}，尚欠 {balance}。"),
    "high_cost.quoted": ("{item}: quoted rate {apr} (its minimum never repays it, so no true "
                         "annual rate ends), above the {line} {which}, on {balance} owed.",
                         "{item}：标称利率 {apr}（只还最低额永远还不清，算不出真实年化利率），超过 "
                         "{line} 的{which}，尚欠 {balance}。"),
    "trap.never": ("{item}: paying only the minimum never clears the balance; {payment} a "
                   "month clears it in {months} months.",
                   "{item}：只还最低还款额永远还不清；每月还 {payment} 则 {months} 个月还清。"),
    "trap": ("{item}: paying only the minimum takes {count} months and {total} in all; "
             "{payment} a month clears it in {months}.",
             "{item}：只还最低还款额需要 {count} 个月、共还 {total}；每月还 {payment} 则 "
             "{months} 个月还清。"),
    "balloon": ("{item}: a final payment of {amount} is due on {date}, more than a month's "
                "income of {income}.",
                "{item}：{date} 有一笔 {amount} 的尾款到期，超过一个月的收入 {income}。"),
    "deferred": ("{item}: the promotion ends on {date} with {owed} still owed as planned: "
                 "{amount} of deferred interest is then charged.",
                 "{item}：优惠期于 {date} 结束，按计划届时仍欠 {owed}：将收取递延利息 {amount}。"),
    "rule.deferred": ("A deferred-interest promotion the planned payments do not clear by its "
                      "end (a danger within {line})",
                      "递延利息优惠期结束前按计划还不清（距结束 {line}内为危险）"),
    "other": ("{count} items in another currency are left out (no exchange rate offline): "
              "{items}.", "{count} 项为其他币种，未计入（离线没有汇率）：{items}。"),
    "since": ("since {date}", "自 {date} 起"),
    "range_full": ("{first} to {last} ({count} months)", "{first}至{last}（{count} 个月）"),
    "range": ("{first} – {last}", "{first}–{last}"),
    "rule.dti": ("Debt payments in a month above {line} of monthly income",
                 "一个月的还款超过月收入的 {line}"),
    "rule.shortfall": ("Cash buffer + income − essential spending − payments below {line}, at "
                       "a month's or a week's end",
                       "备用金 + 收入 − 必要开支 − 还款，在月末或周末低于 {line}"),
    "rule.cluster": ("Payments due within {days} days above {line} of monthly income",
                     "{days} 天内到期的还款超过月收入的 {line}"),
    "rule.stacking": ("More than {line} installment plans running in one month",
                      "同一个月在还的分期超过 {line} 笔"),
    "rule.high_cost": ("True annual rate above {line}", "真实年化利率超过 {line}"),
    "rule.trap.never": ("Paying only the minimum never repays the card",
                        "只还最低还款额永远还不清这张卡"),
    "rule.trap": ("Paying only the minimum takes more than {line}",
                  "只还最低还款额需要超过 {line}"),
    "rule.balloon.buffer": ("A balloon payment larger than a month's income plus the whole cash "
                            "buffer ({line})", "尾款超过一个月收入加全部备用金（{line}）"),
    "rule.balloon": ("A balloon payment within {months} months larger than {line}",
                     "{months} 个月内到期的尾款超过 {line}"),
    "rule.other": ("Items in another currency than the household's", "与家庭币种不同的账目"),
    "found": ("found", "有"),
    "none": ("none", "无"),
    "no_income": ("no income", "无收入"),
    "cards_caught": ("cards caught: {count}", "{count} 张卡"),
    "plans_at_most": ("{count} plans at most", "最多 {count} 笔"),
}


class StressText:
    """Warnings and score factors in ``lang``, amounts in ``currency``, items by their names
    (``names``: item id -> name)."""

    def __init__(self, lang: str, currency: str = "CNY",
                 names: Mapping[str, str] | None = None) -> None:
        self.lang = fmt.check_language(lang)
        self.currency = currency
        self.names = dict(names or {})

    def _(self, key: str, **values: Any) -> str:
        return fmt.pick(_T[key], self.lang).format(**values)

    # -- names --------------------------------------------------------------------------------

    def code_name(self, code: str) -> str:
        return name(str(code), self.lang, WARNINGS)

    def severity_name(self, severity: Severity | str) -> str:
        return name(str(severity), self.lang, SEVERITIES)

    def band_name(self, band: str) -> str:
        return name(str(band), self.lang, BANDS)

    def item_names(self, ids: Sequence[str], few: int = FEW) -> str:
        return fmt.listing([self.names.get(i, i) for i in ids], self.lang, few)

    # -- numbers ------------------------------------------------------------------------------

    def money(self, amount: Decimal | None) -> str:
        return fmt.money(amount, self.currency)

    def ratio(self, fraction: Decimal | None) -> str:
        return fmt.ratio(fraction)

    def month(self, label: str) -> str:
        return fmt.month(label, self.lang)

    def figure(self, w: StressWarning) -> tuple[Any, str]:
        """The one number that sums the warning up: its raw value and its text."""
        d = w.detail
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            ratio = d["worst_ratio"]
            return ratio, (self.ratio(ratio) if ratio is not None
                           else self.money(d["worst_payments"]))
        if code is Code.CASH_SHORTFALL:
            return d["lowest_cash"], self.money(d["lowest_cash"])
        if code is Code.PAYMENT_CLUSTER:
            return d["largest_total"], self.money(d["largest_total"])
        if code is Code.INSTALLMENT_STACKING:
            return d["most_plans"], self._("plans", count=d["most_plans"])
        if code is Code.HIGH_COST_CREDIT:
            quoted = d.get("quoted", False)
            return d["apr"], fmt.exact_percent(d["apr"]) if quoted else fmt.rate(d["apr"])
        if code is Code.MINIMUM_PAYMENT_TRAP:
            months = d["months_at_minimum"]
            return months, (self._("never_repaid") if months is None
                            else self._("months", count=months))
        if code is Code.BALLOON_AHEAD:
            return d["amount"], self.money(d["amount"])
        if code is Code.DEFERRED_INTEREST:
            return d["deferred_interest"], self.money(d["deferred_interest"])
        count = d.get("count", len(w.items))
        return count, self._("left_out", count=count)

    def line(self, w: StressWarning) -> str:
        """The threshold crossed, as a figure."""
        t = w.threshold
        if t is None:
            return fmt.NOTHING
        if w.code in (Code.DEBT_TO_INCOME, Code.PAYMENT_CLUSTER, Code.HIGH_COST_CREDIT):
            return fmt.exact_percent(Decimal(t))
        if w.code is Code.CASH_SHORTFALL or w.rule.startswith("balloon > income + cash"):
            return self.money(Decimal(t))
        if w.code is Code.BALLOON_AHEAD:
            return self._("times_income", multiple=fmt.number(t, 1))
        if w.code in (Code.MINIMUM_PAYMENT_TRAP, Code.DEFERRED_INTEREST):
            return self._("months", count=t)
        return str(t)

    # -- sentences ----------------------------------------------------------------------------

    def headline(self, w: StressWarning) -> str:
        """One line with the warning's numbers."""
        d = w.detail
        items = self.item_names(w.items)
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            if d["worst_ratio"] is None:
                return self._("dti.no_income", amount=self.money(d["worst_payments"]),
                              month=self.month(d["worst_month"]))
            return self._("dti", ratio=self.ratio(d["worst_ratio"]),
                          month=self.month(d["worst_month"]), line=self.line(w),
                          which=self.which_line(w))
        if code is Code.CASH_SHORTFALL and d.get("gaps") and not d.get("months_below"):
            payday = d.get("first_gap_payday")
            return self._("shortfall.gap" if payday else "shortfall.gap_no_payday",
                          amount=self.money(d["first_gap_lowest"]),
                          start=fmt.day(d["first_gap_start"]),
                          payday=fmt.day(payday) if payday else "")
        if code is Code.CASH_SHORTFALL:
            first = d.get("first_month")
            when = self.month(first) if first else self._(
                "week_of", date=fmt.day(d.get("first_week")))
            return self._("shortfall", amount=self.money(d["lowest_cash"]), when=when)
        if code is Code.PAYMENT_CLUSTER:
            one_day = d["largest_start"] == d["largest_end"]
            return self._("cluster.one_day" if one_day else "cluster",
                          amount=self.money(d["largest_total"]),
                          start=fmt.day(d["largest_start"]), end=fmt.day(d["largest_end"]),
                          share=self.ratio(d["largest_share"]))
        if code is Code.INSTALLMENT_STACKING:
            return self._("stacking", count=d["most_plans"], month=self.month(d["worst_month"]),
                          line=w.threshold)
        if code is Code.HIGH_COST_CREDIT:
            quoted = d.get("quoted", False)
            return self._("high_cost.quoted" if quoted else "high_cost", item=items,
                          apr=fmt.exact_percent(d["apr"]) if quoted else fmt.rate(d["apr"]),
                          line=self.line(w), which=self.which_line(w),
                          balance=self.money(d["balance"]))
        if code is Code.MINIMUM_PAYMENT_TRAP:
            if d["months_at_minimum"] is None:
                return self._("trap.never", item=items,
                              payment=self.money(d["payment_for_comparison"]),
                              months=d["comparison_months"])
            return self._("trap", item=items, count=d["months_at_minimum"],
                          total=self.money(d["total_at_minimum"]),
                          payment=self.money(d["payment_for_comparison"]),
                          months=d["comparison_months"])
        if code is Code.BALLOON_AHEAD:
            return self._("balloon", item=items, amount=self.money(d["amount"]),
                          date=fmt.day(w.dates[0]), income=self.money(d["income"]))
        if code is Code.DEFERRED_INTEREST:
            return self._("deferred", item=items, date=fmt.day(w.dates[0]),
                          owed=self.money(d["owed_at_end"]),
                          amount=self.money(d["deferred_interest"]))
        return self._("other", count=d.get("count", len(w.items)), items=items)

    def when(self, w: StressWarning, *, full: bool = False) -> str:
        """The months or dates the warning concerns (``full``: with the count of months)."""
        if w.code in (Code.HIGH_COST_CREDIT, Code.MINIMUM_PAYMENT_TRAP):
            return self._("since", date=fmt.day(w.dates[0])) if w.dates else fmt.NOTHING
        if w.code is Code.PAYMENT_CLUSTER or (w.dates and not w.months):
            joiner = "、" if self.lang == "zh_CN" else ", "
            return joiner.join(fmt.day(d) for d in w.dates[:FEW]) + (
                "…" if len(w.dates) > FEW else "")
        if not w.months:
            return fmt.NOTHING
        if len(w.months) == 1:
            return self.month(w.months[0])
        first, last = self.month(w.months[0]), self.month(w.months[-1])
        if full:
            return self._("range_full", first=first, last=last, count=len(w.months))
        return self._("range", first=first, last=last)

    def rule(self, w: StressWarning, t: Thresholds) -> str:
        """The rule that fired, with its line, in words."""
        line = self.line(w)
        code = w.code
        if code is Code.DEBT_TO_INCOME:
            return self._("rule.dti", line=line)
        if code is Code.CASH_SHORTFALL:
            return self._("rule.shortfall", line=line)
        if code is Code.PAYMENT_CLUSTER:
            return self._("rule.cluster", days=t.cluster_window_days, line=line)
        if code is Code.INSTALLMENT_STACKING:
            return self._("rule.stacking", line=line)
        if code is Code.HIGH_COST_CREDIT:
            return self._("rule.high_cost", line=line)
        if code is Code.MINIMUM_PAYMENT_TRAP:
            if w.detail.get("months_at_minimum") is None:
                return self._("rule.trap.never")
            return self._("rule.trap", line=line)
        if code is Code.BALLOON_AHEAD:
            if w.rule.startswith("balloon > income + cash"):
                return self._("rule.balloon.buffer", line=line)
            return self._("rule.balloon", months=t.balloon_months, line=line)
        if code is Code.DEFERRED_INTEREST:
            return self._("rule.deferred", line=line)
        return self._("rule.other")

    def factor_measure(self, code: str, measure: Any, points: Decimal) -> str:
        """What a score factor measured, in words."""
        if code in ("payment_cluster", "balloon_ahead"):
            return self._("found") if points > 0 else self._("none")
        if measure is None:
            return self._("no_income") if code == "debt_to_income" else fmt.NOTHING
        if code == "debt_to_income":
            return self.ratio(measure)
        if code == "high_cost_credit":
            return fmt.rate(measure)
        if code == "cash_shortfall":
            return self.money(measure) if measure else self._("none")
        if code in ("minimum_payment_trap", "installment_stacking") and not measure:
            return self._("none")
        if code == "minimum_payment_trap":
            return self._("cards_caught", count=measure)
        if code == "installment_stacking":
            return self._("plans_at_most", count=measure)
        return str(measure)

    def which_line(self, w: StressWarning) -> str:
        """The line the warning crossed, by its severity: the caution or the danger line."""
        return word("danger_line" if w.severity is Severity.DANGER else "caution_line",
                    self.lang)
