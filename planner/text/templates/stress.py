"""The sentences explaining stress warnings and the stress score, in English and Chinese, keyed
by the formula and step codes of :mod:`planner.core.explain_stress`; with them, the planning
figures' (:mod:`.planning`)."""

from __future__ import annotations

from planner.text.templates.planning import PLANNING_TEMPLATES

STRESS_TEMPLATES: dict[str, tuple[str, str]] = {
    "warning.debt_to_income.ratio": (
        "Debt payments reach {payments} in {worst_month}, {worst_ratio} of the income of "
        "{income}, above the {line_ratio} line; {months_over} month(s) are over the caution "
        "line, {months_over_danger} over the danger line. Largest: {items}.",
        "{worst_month}的还款达到 {payments}，占收入 {income} 的 {worst_ratio}，超过 "
        "{line_ratio} 的界线；共 {months_over} 个月超过警戒线，{months_over_danger} 个月超过"
        "危险线。最大的几项：{items}。"),
    "warning.debt_to_income.no_income": (
        "Payments of {payments} fall due in {worst_month} ({items}), but no income is "
        "recorded.",
        "{worst_month}有 {payments} 的还款到期（{items}），但没有记录任何收入。"),
    "warning.cash_shortfall.month": (
        "Starting from a buffer of {cash_buffer}, income minus essential spending minus "
        "payments runs below {floor}: cash falls to {lowest_cash} (first in {first}); "
        "{months_below} month(s) and {weeks_below} week(s) are short. Largest: {items}.",
        "从备用金 {cash_buffer} 开始，收入减去必要开支和还款后低于 {floor}：现金最低降到 "
        "{lowest_cash}（最早在 {first}）；共 {months_below} 个月、{weeks_below} 周不够。"
        "最大的几项：{items}。"),
    "warning.cash_shortfall.week": (
        "The timing within a month is tight: cash dips to {lowest_cash} in the week of "
        "{first}, below {floor}; {weeks_below} week(s) are short. Largest: {items}.",
        "月内资金时点紧张：{first} 那一周现金降到 {lowest_cash}，低于 {floor}；共 "
        "{weeks_below} 周不够。最大的几项：{items}。"),
    "warning.cash_shortfall.gap": (
        "Payments come before the money: on {gap_start} cash falls to {gap_lowest}, below "
        "{floor}, and stays short until payday on {payday}; the buffer of {cash_buffer} cannot "
        "carry the gap. {gaps} gap(s) and {days_below} day(s) short in the next 13 weeks; "
        "lowest {lowest_cash}. Due that day: {items}.",
        "还款先于收入：{gap_start} 现金降到 {gap_lowest}，低于 {floor}，直到 {payday} 发薪日"
        "才补上；备用金 {cash_buffer} 撑不过这段空档。未来 13 周共 {gaps} 段空档、{days_below} "
        "天不够；最低 {lowest_cash}。当天到期：{items}。"),
    "warning.cash_shortfall.gap_no_payday": (
        "On {gap_start} cash falls to {gap_lowest}, below {floor}, and no payday in the next "
        "13 weeks brings it back; the buffer of {cash_buffer} cannot carry it. {gaps} gap(s), "
        "{days_below} day(s) short; lowest {lowest_cash}. Due that day: {items}.",
        "{gap_start} 现金降到 {gap_lowest}，低于 {floor}，未来 13 周内没有发薪日补上；备用金 "
        "{cash_buffer} 撑不住。共 {gaps} 段空档、{days_below} 天不够；最低 {lowest_cash}。"
        "当天到期：{items}。"),
    "warning.payment_cluster.window_payday": (
        "{clusters} cluster(s) of payments fall within {window_days} days with no payday "
        "between them; the largest, {largest_total} from {largest_start} to {largest_end}, "
        "comes before payday on {next_payday} and is {largest_share} of a month's income "
        "({income}), above the {line_share} line. Items: {items}.",
        "有 {clusters} 组还款集中在 {window_days} 天内且中间没有发薪日；最大的一组 "
        "{largest_start} 至 {largest_end} 共 {largest_total}，在 {next_payday} 发薪日之前，"
        "占月收入（{income}）的 {largest_share}，超过 {line_share}。涉及：{items}。"),
    "warning.payment_cluster.window": (
        "{clusters} cluster(s) of payments fall within {window_days} days; the largest, "
        "{largest_total} from {largest_start} to {largest_end}, is {largest_share} of a "
        "month's income ({income}), above the {line_share} line. Items: {items}.",
        "有 {clusters} 组还款集中在 {window_days} 天内；最大的一组 {largest_start} 至 "
        "{largest_end} 共 {largest_total}，占月收入（{income}）的 {largest_share}，超过 "
        "{line_share}。涉及：{items}。"),
    "warning.installment_stacking.plans": (
        "{most_plans} installment plans run at once in {worst_month}, more than {line_plans}; "
        "together they ask {plans_payments} that month; {months_over} month(s) are over. "
        "Plans: {items}.",
        "{worst_month} 同时有 {most_plans} 笔分期在还，超过 {line_plans} 笔；当月合计 "
        "{plans_payments}；共 {months_over} 个月超过。分期：{items}。"),
    "warning.high_cost_credit.caution": (
        "{items}: the true annual rate is {apr}, above the {line_rate} line (caution "
        "{caution_rate}, danger {danger_rate}); {balance} is owed on it.",
        "{items}：真实年化利率 {apr}，超过 {line_rate}（警戒线 {caution_rate}，危险线 "
        "{danger_rate}）；尚欠 {balance}。"),
    "warning.high_cost_credit.danger": (
        "{items}: the true annual rate is {apr}, above the danger line of {line_rate} "
        "(caution {caution_rate}); {balance} is owed on it.",
        "{items}：真实年化利率 {apr}，超过 {line_rate} 的危险线（警戒线 {caution_rate}）；"
        "尚欠 {balance}。"),
    "warning.minimum_payment_trap.months": (
        "{items}: paying only the minimum takes {months_at_minimum} months and "
        "{total_at_minimum} in all for a balance of {balance}; paying "
        "{payment_for_comparison} a month (or the minimum due, when higher) clears it in "
        "{comparison_months} months.",
        "{items}：只还最低还款额，余额 {balance} 需要 {months_at_minimum} 个月、共还 "
        "{total_at_minimum}；每月还 {payment_for_comparison}（最低还款额更高时还最低额）则 "
        "{comparison_months} 个月还清。"),
    "warning.minimum_payment_trap.never": (
        "{items}: paying only the minimum never repays the balance of {balance}; paying "
        "{payment_for_comparison} a month (or the minimum due, when higher) clears it in "
        "{comparison_months} months.",
        "{items}：只还最低还款额永远还不清余额 {balance}；每月还 {payment_for_comparison} 则 "
        "{comparison_months} 个月还清。"),
    "warning.balloon_ahead.over_income": (
        "{items}: a final payment of {amount} is due on {due} (in {days_ahead} days), more "
        "than {line_multiple} × the monthly income of {income}.",
        "{items}：{due}（{days_ahead} 天后）有一笔 {amount} 的尾款到期，超过月收入 {income} 的 "
        "{line_multiple} 倍。"),
    "warning.balloon_ahead.over_buffer": (
        "{items}: a final payment of {amount} is due on {due} (in {days_ahead} days), more "
        "than a month's income ({income}) plus the whole cash buffer ({cash_buffer}).",
        "{items}：{due}（{days_ahead} 天后）有一笔 {amount} 的尾款到期，超过一个月收入"
        "（{income}）加全部备用金（{cash_buffer}）。"),
    "warning.deferred_interest.ahead": (
        "{items}: the promotion ends on {ends} (in {days_ahead} days) and, paid as planned, "
        "{owed_at_end} will still be owed then; the interest {later_rate} a year would have "
        "charged since the start, {deferred_interest}, is then charged with the payment of "
        "{charged_on}. Clearing the balance by {ends} avoids it (a danger within "
        "{months_line} months of the end).",
        "{items}：优惠期于 {ends}（{days_ahead} 天后）结束，按计划还款届时仍欠 {owed_at_end}；"
        "从起始日起按年利率 {later_rate} 本应收取的利息 {deferred_interest} 将随 {charged_on} "
        "的还款一并收取。在 {ends} 前还清即可避免（距结束 {months_line} 个月内为危险）。"),
    "warning.other_currency.excluded": (
        "{count} item(s) in another currency are left out (no exchange rate offline): "
        "{items}.",
        "{count} 项为其他币种，未计入（离线没有汇率）：{items}。"),
    "stress_score.sum": (
        "The stress score adds up seven factors' points, {total_points}, rounded: {score} of "
        "100 ({band}). Calm below {calm_below}, watch below {watch_below}, strained below "
        "{strained_below}, severe from there.",
        "压力分是七项因素得分之和 {total_points}，四舍五入为 {score}/100（{band}）。低于 "
        "{calm_below} 为平稳，低于 {watch_below} 需留意，低于 {strained_below} 为吃紧，"
        "再高为严重。"),
    "factor.debt_to_income": (
        "{factor}: {points} of {max_points} points; the worst month's payments are "
        "{worst_ratio} of income (points rise linearly from {from_ratio} to {full_ratio}).",
        "{factor}：{points}/{max_points} 分；最重月份还款占收入 {worst_ratio}（从 "
        "{from_ratio} 到 {full_ratio} 线性计分）。"),
    "factor.cash_shortfall": (
        "{factor}: {points} of {max_points} points; the deepest deficit is {deficit}, "
        "weighed against one month's income.",
        "{factor}：{points}/{max_points} 分；最大缺口 {deficit}，与一个月收入相比计分。"),
    "factor.high_cost_credit": (
        "{factor}: {points} of {max_points} points; {costly_share} of what is owed "
        "is above its rate cap.",
        "{factor}：{points}/{max_points} 分；欠款中有 {costly_share} 超过利率上限。"),
    "factor.minimum_payment_trap": (
        "{factor}: {points} of {max_points} points; {cards} card(s) (5 points "
        "when the minimum takes over 36 months, 10 when it never repays).",
        "{factor}：{points}/{max_points} 分；{cards} 张卡（最低还款超过36个月得5分，"
        "永远还不清得10分）。"),
    "factor.installment_stacking": (
        "{factor}: {points} of {max_points} points; at most {most_plans} plans "
        "at once against a line of {line_plans}.",
        "{factor}：{points}/{max_points} 分；最多同时 {most_plans} 笔分期，警戒线 "
        "{line_plans} 笔。"),
    "factor.payment_cluster": ("{factor}: {points} of {max_points} points ({present}).",
                               "{factor}：{points}/{max_points} 分（{present}）。"),
    "factor.balloon_ahead": ("{factor}: {points} of {max_points} points ({present}).",
                             "{factor}：{points}/{max_points} 分（{present}）。"),
}
STRESS_TEMPLATES.update(PLANNING_TEMPLATES)
