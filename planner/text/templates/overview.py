"""The sentences explaining the overview's headline figures, in English and Chinese, keyed by
the formula and step codes of :mod:`planner.core.explain_overview`."""

from __future__ import annotations

OVERVIEW_TEMPLATES: dict[str, tuple[str, str]] = {
    "overview.total_owed": (
        "Total owed: the principal still to repay on each of the {count} open items, added "
        "up: {total_owed}. A loan or plan counts what the payments recorded leave; a card, its "
        "balance as its repayment plan stands today. Interest and fees still to come are not "
        "in it.",
        "总欠款：{count} 笔未结清项目各自尚未归还的本金之和：{total_owed}。贷款和分期按已记录"
        "的还款计算剩余本金；信用卡按当前还款计划下的余额计算。今后的利息和费用不计在内。"),
    "overview.total_owed.none": (
        "No item is open, so nothing is owed: {total_owed}.",
        "没有未结清的项目，所以没有欠款：{total_owed}。"),
    "overview.item_owed": ("{item}: {owed} still to repay.", "{item}：尚欠本金 {owed}。"),
    "overview.due_in_month": (
        "Due in {month}: every payment dated in that month, item by item ({count} items), "
        "added up: {due}.",
        "{month} 应还：该月内到期的每一笔还款，逐项（共 {count} 项）相加：{due}。"),
    "overview.due_in_month.none": (
        "No payment falls due in {month}: {due}.",
        "{month} 没有到期的还款：{due}。"),
    "overview.item_due": ("{item}: {due}.", "{item}：{due}。"),
    "overview.debt_free": (
        "Debt-free on {debt_free}: the last scheduled payment of any of the {count} open "
        "items, that of {item}.",
        "还清日期 {debt_free}：{count} 笔未结清项目中最晚的一笔计划还款，属于 {item}。"),
    "overview.debt_free.none": (
        "No open item has a payment scheduled, so there is no debt-free date to show.",
        "没有未结清项目安排了还款，所以没有还清日期。"),
    "overview.item_last": ("{item}: last payment on {last_date}.",
                           "{item}：最后一期还款在 {last_date}。"),
    "overview.income_share": (
        "Payments take {income_share} of income: next month's payments ({month}), "
        "{payments}, divided by the monthly income, {income}.",
        "还款占收入 {income_share}：下个月（{month}）的还款 {payments} 除以月收入 {income}。"),
    "overview.income_share.no_income": (
        "No monthly income is recorded, so the share of income cannot be worked out; next "
        "month's payments ({month}) are {payments}. Enter your income in Settings.",
        "没有记录月收入，无法计算还款占收入的比例；下个月（{month}）的还款为 {payments}。"
        "请在设置中填写收入。"),
}
