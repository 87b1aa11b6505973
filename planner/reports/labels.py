"""The words of the PDF reports, in English and Chinese, and the number formats they use.

Figures themselves are worded by :mod:`planner.text.explain` (topic titles, explanations);
this table holds the report's own headings, column names and captions.
"""

from __future__ import annotations

from decimal import Decimal

from planner.text.explain import format_money, format_percent

_LABELS: dict[str, tuple[str, str]] = {
    "title.portfolio": ("Portfolio report", "债务组合报告"),
    "title.schedule": ("Repayment schedule", "还款计划"),
    "title.compare": ("Offer comparison", "贷款方案比较"),
    "title.stress": ("Repayment stress report", "还款压力报告"),
    "as_of": ("as of {today}", "截至 {today}"),
    "currency": ("amounts in {currency}", "金额单位 {currency}"),
    "generated": ("Planner · computed offline from your own data",
                  "分期规划（Planner）· 用你自己的数据离线计算"),
    "page": ("page {page} of {pages}", "第 {page} / {pages} 页"),
    "key_figures": ("Key figures", "关键数字"),
    "how": ("How these figures are computed", "这些数字是怎么算出来的"),
    "schedule": ("Schedule", "还款明细"),
    "items": ("Items", "项目"),
    "household": ("Household", "家庭收支"),
    "income": ("Monthly income", "月收入"),
    "essentials": ("Essential spending", "必要开支"),
    "buffer": ("Cash buffer", "备用金"),
    "owed": ("Principal owed", "剩余本金"),
    "monthly_due": ("Due this month", "本月应还"),
    "open_items": ("Open items", "在还项目"),
    "score": ("Stress score", "压力分"),
    "warnings": ("Warnings", "预警"),
    "no_warnings": ("No caution or danger warnings.", "没有需要注意或危险的预警。"),
    "factors": ("How the score adds up", "压力分的构成"),
    "months": ("Month by month", "逐月情况"),
    "ranking": ("Ranked by true annual rate, cheapest first", "按真实年化利率排序，最便宜的在前"),
    "cheapest": ("cheapest", "最便宜"),
    "extra_cost": ("Extra cost", "多花"),
    "last_payment": ("Last payment", "最后还款日"),
    "offer": ("Offer", "方案"),
    "convention": ("Convention", "口径"),
    # columns
    "col.n": ("#", "期"), "col.date": ("Date", "日期"), "col.payment": ("Payment", "还款额"),
    "col.principal": ("Principal", "本金"), "col.interest": ("Interest", "利息"),
    "col.fee": ("Fee", "费用"), "col.balance": ("Balance", "余额"),
    "col.item": ("Item", "项目"), "col.kind": ("Kind", "类型"), "col.amount": ("Amount", "金额"),
    "col.apr": ("APR", "年化"), "col.ear": ("EAR", "实际年利率"), "col.left": ("Owed", "剩余"),
    "col.next": ("Next due", "下次还款"), "col.cost": ("Total cost", "总成本"),
    "col.month": ("Month", "月份"), "col.payments": ("Payments", "还款"),
    "col.income": ("Income", "收入"), "col.ratio": ("Of income", "占收入"),
    "col.cash": ("Cash left", "结余现金"), "col.factor": ("Factor", "因素"),
    "col.points": ("Points", "得分"), "col.severity": ("Level", "级别"),
    # charts
    "chart.balance": ("Balance owed over time", "剩余欠款变化"),
    "chart.split": ("Principal, interest and fees in each payment", "每期还款中的本金、利息和费用"),
    "chart.cumulative": ("Cumulative cost: paid so far minus received", "累计成本：已还减去到手"),
    "chart.obligations": ("Monthly debt payments against income", "每月还款与收入"),
    "chart.items_balance": ("Principal owed by item", "各项目剩余本金"),
    "line.income": ("income", "收入"), "line.caution": ("caution {ratio}", "提示线 {ratio}"),
    "line.danger": ("danger {ratio}", "危险线 {ratio}"),
    # kinds and factors
    "kind.loan": ("loan", "贷款"), "kind.installment": ("installment", "分期"),
    "kind.card": ("card", "信用卡"), "kind.credit_line": ("credit line", "信用贷"),
    "factor.debt_to_income": ("Debt-to-income", "负债收入比"),
    "factor.cash_shortfall": ("Cash shortfall", "现金缺口"),
    "factor.high_cost_credit": ("High-cost credit", "高成本借款"),
    "factor.minimum_payment_trap": ("Minimum-payment trap", "最低还款陷阱"),
    "factor.installment_stacking": ("Installment stacking", "分期叠加"),
    "factor.payment_cluster": ("Payment cluster", "还款扎堆"),
    "factor.balloon_ahead": ("Balloon ahead", "大额尾款"),
    "warning.debt_to_income": ("Debt-to-income", "负债收入比"),
    "warning.cash_shortfall": ("Cash shortfall", "现金缺口"),
    "warning.payment_cluster": ("Payment cluster", "还款扎堆"),
    "warning.installment_stacking": ("Installment stacking", "分期叠加"),
    "warning.high_cost_credit": ("High-cost credit", "高成本借款"),
    "warning.minimum_payment_trap": ("Minimum-payment trap", "最低还款陷阱"),
    "warning.balloon_ahead": ("Balloon ahead", "大额尾款"),
    "warning.other_currency": ("Other currency", "其他币种"),
}


def label(key: str, lang: str, **values: object) -> str:
    """The report's word for ``key`` in ``lang``, placeholders filled after choosing it."""
    pair = _LABELS[key]
    text = pair[1] if lang == "zh_CN" else pair[0]
    return text.format(**values) if values else text


def money(amount: Decimal) -> str:
    """Money in tables and key figures: always with its minor unit (``10,720.00``)."""
    return format_money(amount)


def percent(fraction: Decimal | float | None) -> str:
    return "—" if fraction is None else format_percent(fraction, 2)
