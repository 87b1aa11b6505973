"""The sentences explaining the planning figures -- a schedule's average month, a refinance's
verdict, the budget that is debt-free by a date -- in English and Chinese, keyed by the formula
and step codes of :mod:`planner.core.explain_planning`. (Merged into the stress templates'
table, which the renderer looks in.)"""

from __future__ import annotations

PLANNING_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- income and spending schedules --------------------------------------------------------
    "schedule.average": (
        "An average month: each of the {rules} rule(s) below counted over a year, then divided "
        "by 12 (twice a month counts 24 times, every two weeks 26, once a year once; "
        "irregular months their average): {average}.",
        "平均每月：下面 {rules} 条规则各按一年计算后除以 12（每月两次算 24 次，每两周算 26 次，"
        "每年一次算 1 次；不固定的月份取平均）：{average}。"),
    "schedule.none": ("Nothing is entered: {average} a month.", "未填写：每月 {average}。"),
    "schedule.monthly": ("{item}: {amount} on day {day} of every month (× 12).",
                         "{item}：每月 {day} 日 {amount}（× 12）。"),
    "schedule.monthly_spread": (
        "{item}: {amount} a month, its day not known: spread evenly over the month's weeks "
        "(× 12).",
        "{item}：每月 {amount}，日期未定：平均分摊到当月各周（× 12）。"),
    "schedule.semimonthly": ("{item}: {amount} on days {day} and {second_day} (× 24).",
                             "{item}：每月 {day} 日和 {second_day} 日各 {amount}（× 24）。"),
    "schedule.biweekly": ("{item}: {amount} every two weeks from {first} (× 26).",
                          "{item}：自 {first} 起每两周 {amount}（× 26）。"),
    "schedule.yearly": ("{item}: {amount} once a year, in month {month_number} on day {day} "
                        "(× 1).",
                        "{item}：每年 {month_number} 月 {day} 日 {amount}（× 1）。"),
    "schedule.months": (
        "{item}: {months_listed} month(s) listed, {total} in all, on day {day}: {amount} a "
        "month on average.",
        "{item}：列出 {months_listed} 个月，共 {total}，每月 {day} 日：平均每月 {amount}。"),
    # -- refinance and consolidation ----------------------------------------------------------
    "refinance.saves": (
        "It pays: replacing {count} item(s) with {item} costs {saving} less in all — "
        "{paid_after} instead of {paid_before} from today.",
        "划算：用 {item} 替换 {count} 笔欠款，总共少花 {saving}——从今天起共付 {paid_after}，"
        "而不是 {paid_before}。"),
    "refinance.costs_more": (
        "It does not pay: replacing {count} item(s) with {item} costs {saving} more in all — "
        "{paid_after} instead of {paid_before} from today.",
        "不划算：用 {item} 替换 {count} 笔欠款，总共多花 {saving}——从今天起共付 "
        "{paid_after}，而不是 {paid_before}。"),
    "refinance.longer_dearer": (
        "A longer term that costs more: {item} lowers the monthly payment from "
        "{payment_before} to {payment_after}, but runs to {last_after} instead of "
        "{last_before} and costs {saving} more in all ({paid_after} instead of "
        "{paid_before}).",
        "期限更长、总花费更多：{item} 把每月还款从 {payment_before} 降到 {payment_after}，但要"
        "还到 {last_after}（原来到 {last_before}），总共多花 {saving}（{paid_after}，而不是 "
        "{paid_before}）。"),
    "refinance.same": (
        "Replacing {count} item(s) with {item} costs the same in all: {paid_after}.",
        "用 {item} 替换 {count} 笔欠款，总花费相同：{paid_after}。"),
    "refinance.item": (
        "{item}: repaid on {day} with {payoff} (principal, money overdue and interest to the "
        "day) plus a prepayment penalty of {penalty}; kept, it would still ask {remaining}.",
        "{item}：{day} 一次还清需 {payoff}（本金、逾期款和截至当天的利息），另加提前还款违约金 "
        "{penalty}；若不还清，今后还要付 {remaining}。"),
    "refinance.cash_left": (
        "The new loan pays out {advance} for {to_repay} to repay: {cash_difference} is left "
        "over in cash (counted against its cost).",
        "新贷款到手 {advance}，需还清 {to_repay}：多出的 {cash_difference} 留作现金（从成本中"
        "扣除）。"),
    "refinance.cash_needed": (
        "The new loan pays out {advance} for {to_repay} to repay: {cash_difference} comes "
        "from your own cash that day (counted in its cost).",
        "新贷款到手 {advance}，需还清 {to_repay}：差额 {cash_difference} 当天要用自己的现金"
        "补上（计入成本）。"),
    "refinance.totals": (
        "Before: every payment the items still ask, {paid_before} (interest and fees "
        "{cost_before} on the {balance} owed). After: {item}'s payments over {term} "
        "installments at a true annual rate of {apr}, with its fees and the cash above, "
        "{paid_after} (interest and fees {cost_after}).",
        "替换前：这些欠款今后的全部还款 {paid_before}（在欠款 {balance} 之上的利息和费用 "
        "{cost_before}）。替换后：{item} 分 {term} 期、真实年化利率 {apr}，连同其费用和上面的"
        "现金差额共 {paid_after}（利息和费用 {cost_after}）。"),
    "refinance.break_even": (
        "Break-even in {break_even}: from that month on, the money paid the new way, added up "
        "month by month, stays at or below the old way's.",
        "{break_even} 回本：从那个月起，新方式逐月累计付出的钱一直不超过旧方式。"),
    "refinance.no_break_even": (
        "No break-even month: added up month by month, the new way ends up costing more than "
        "the old one.",
        "没有回本的月份：逐月累计，新方式最终比旧方式花得多。"),
    "refinance.score": ("Stress score: {score_before} now, {score_after} with the change.",
                        "压力分：现在 {score_before}，替换后 {score_after}。"),
    # -- debt-free by a date ------------------------------------------------------------------
    "debt_free_by.found": (
        "To be debt-free by {by} ({months_allowed} month(s) from this one, each month's "
        "payments made by its end), the smallest monthly budget is {budget}: paying by the "
        "{strategy} order, the last payment falls in {debt_free}, with {total_interest} of "
        "interest. The minimum payments alone ({minimums}) are not enough.",
        "要在 {by} 前还清（从本月起 {months_allowed} 个月，每月的还款在月底前付清），每月最少"
        "需要 {budget}：按{strategy}顺序还，最后一笔在 {debt_free}，利息共 {total_interest}。"
        "只还最低还款额（{minimums}）不够。"),
    "debt_free_by.minimums": (
        "The minimum payments, {minimums} a month, already make you debt-free by {by}: the "
        "last payment falls in {debt_free}.",
        "只还最低还款额（每月 {minimums}）就能在 {by} 前还清：最后一笔在 {debt_free}。"),
    "debt_free_by.one_less": (
        "The next amount down, {less}, finishes in {later}: too late.",
        "再少一点（{less}）要到 {later} 才还清：来不及。"),
    "debt_free_by.one_less_never": (
        "The next amount down, {less}, never repays the debts.",
        "再少一点（{less}）就永远还不清。"),
}
