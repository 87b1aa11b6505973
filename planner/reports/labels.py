"""The words only the PDF reports use, in English and Chinese: their headings, column names
and captions. Names of kinds, warnings and factors come from :mod:`planner.text.names`, figures
are formatted by :mod:`planner.text.format` and explained by :mod:`planner.text.explain`, as
on every other surface.
"""

from __future__ import annotations

from planner.text import names

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
    "parts_note": ("A combined loan: the schedule above is the sum of its parts' schedules, "
                   "each shown below.",
                   "组合贷：上面的还款明细是各部分还款明细之和，各部分的明细见下。"),
    "part_schedule": ("Schedule of {name} ({principal} of the loan)",
                      "{name}的还款明细（本金 {principal}）"),
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
    "col.n": ("#", "期"), "col.rank": ("#", "#"), "col.date": ("Date", "日期"),
    "col.payment": ("Payment", "还款额"),
    "col.principal": ("Principal", "本金"), "col.interest": ("Interest", "利息"),
    "col.fee": ("Fee", "费用"),
    "col.item": ("Item", "项目"), "col.kind": ("Kind", "类型"), "col.amount": ("Amount", "金额"),
    # the figures keep the one name they have on every surface
    "col.apr": names.TOPICS["apr"], "col.ear": names.TOPICS["ear"], "col.left": ("Owed", "剩余"),
    "col.next": ("Next due", "下次还款"), "col.cost": names.TOPICS["total_cost"],
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
    "line.income": ("income", "收入"),
}


def label(key: str, lang: str, **values: object) -> str:
    """The report's word for ``key`` in ``lang``, placeholders filled after choosing it."""
    pair = _LABELS[key]
    text = pair[1] if lang == "zh_CN" else pair[0]
    return text.format(**values) if values else text

