"""The sentences explaining the answers to workshop questions that no other figure explains
(:mod:`planner.core.questions`: the cash running out, plans at once, a payoff plan...), in
English and Chinese, keyed by their formula codes."""

from __future__ import annotations

WORKSHOP_TEMPLATES: dict[str, tuple[str, str]] = {
    "workshop.quoted.annual": (
        "The rate is quoted as {quoted_rate} a year: the headline annual rate is "
        "{headline_rate}.",
        "报价为年利率 {quoted_rate}：名义年利率即 {headline_rate}。"),
    "workshop.quoted.monthly": (
        "The rate is quoted as {quoted_rate} a month: times 12, the headline annual rate is "
        "{headline_rate}.",
        "报价为月利率 {quoted_rate}：乘以 12，名义年利率为 {headline_rate}。"),
    "workshop.quoted.daily": (
        "The rate is quoted as {quoted_rate} a day: times 365, the headline annual rate is "
        "{headline_rate}.",
        "报价为日利率 {quoted_rate}：乘以 365，名义年利率为 {headline_rate}。"),
    "workshop.quoted.monthly_fee": (
        "The fee is quoted as {quoted_rate} a month: times 12 it sounds like {headline_rate} "
        "a year.",
        "报价为月手续费率 {quoted_rate}：乘以 12，听起来像年化 {headline_rate}。"),
    "workshop.quoted.flat": (
        "The rate is quoted as {quoted_rate} a year on the original amount (a flat rate): "
        "{headline_rate} is what it sounds like.",
        "报价为按初始本金计算的年利率 {quoted_rate}：听起来就是 {headline_rate}。"),
    "workshop.payments": (
        "The plan is repaid in {count} payments, the last on {last_date}.",
        "分 {count} 期还清，最后一期在 {last_date}。"),
    "workshop.balloon": (
        "The last payment, on {due}, is {balloon}, against {payment} in a regular month.",
        "最后一期在 {due}，要还 {balloon}，而平常每期只还 {payment}。"),
    "workshop.most_plans": (
        "{most_plans} installment plans are paid in {month}: {plans}.",
        "{month} 同时在还 {most_plans} 笔分期：{plans}。"),
    "workshop.debt_to_income": (
        "Over the next {months_ahead} months the heaviest is {worst_month}: payments of "
        "{payments} against an income of {income}, {worst_ratio} of it.",
        "未来 {months_ahead} 个月中还款最多的是 {worst_month}：还款 {payments}，收入 "
        "{income}，占 {worst_ratio}。"),
    "workshop.cash_runs_out": (
        "From the cash buffer of {cash_buffer}, each month adds the income of {income} and "
        "takes away {essentials} of essential spending and the payments due; by {month} "
        "({count} months) the payments due total {payments}, {month_payments} of them that "
        "month, and the cash falls to {cash}: it runs out in {month}.",
        "从备用金 {cash_buffer} 开始，每月加上收入 {income}，减去必要开支 {essentials} 和"
        "到期还款；到 {month}（第 {count} 个月），到期还款累计 {payments}，其中当月 "
        "{month_payments}，现金降到 {cash}：在 {month} 用完。"),
    "workshop.cash_never_runs_out": (
        "From the cash buffer of {cash_buffer}, with an income of {income} and {essentials} "
        "of essential spending a month, the cash never falls below zero in the "
        "{months_ahead} months projected; its lowest is {lowest_cash}, in {lowest_month}.",
        "从备用金 {cash_buffer} 开始，每月收入 {income}、必要开支 {essentials}，在预测的 "
        "{months_ahead} 个月里现金从未低于零；最低是{lowest_month}的 {lowest_cash}。"),
    "workshop.spare_cash": (
        "Savings of {cash_buffer} minus {months} months of essential spending at "
        "{essentials} leaves {spare}.",
        "存款 {cash_buffer} 减去 {months} 个月的必要开支（每月 {essentials}），剩下 "
        "{spare}。"),
    "workshop.payoff.avalanche": (
        "Paying {budget} a month, every minimum first and the rest to the highest true rate "
        "(avalanche), the debts are repaid in {months} months (by {debt_free}) with "
        "{total_interest} of interest.",
        "每月拿出 {budget}，先付每笔的最低还款，其余先还真实利率最高的（雪崩法），"
        "{months} 个月（到 {debt_free}）还清，利息共 {total_interest}。"),
    "workshop.payoff.snowball": (
        "Paying {budget} a month, every minimum first and the rest to the smallest balance "
        "(snowball), the debts are repaid in {months} months (by {debt_free}) with "
        "{total_interest} of interest.",
        "每月拿出 {budget}，先付每笔的最低还款，其余先还余额最小的（雪球法），{months} 个月"
        "（到 {debt_free}）还清，利息共 {total_interest}。"),
    "workshop.payoff_short": (
        "{budget} a month is {shortfall} short of the minimums: the debts cannot be paid as "
        "due.",
        "每月 {budget} 比最低还款合计少 {shortfall}：无法按时还款。"),
    "workshop.payoff_never": (
        "{budget} a month does not outrun the interest: the debts are never repaid.",
        "每月 {budget} 跑不赢利息：债务永远还不清。"),
}
