"""The names of the engine's codes in English and Chinese: kinds of credit, repayment methods,
rate quotes, frequencies, fees, statuses, APR conventions, warnings (and the score factors
that carry the same codes), severities, score bands and explained figures.

One table per kind of code, each entry ``code: (English, 中文)``; :func:`name` looks one up.
The app, the command line and the PDF reports call it, so a warning, a kind or a convention
has one name wherever it is shown (``tests/text/test_names.py`` checks each surface).
"""

from __future__ import annotations

from enum import Enum

from planner.core.convention import Convention
from planner.core.dates import Frequency
from planner.core.daycount import DayCount
from planner.core.lpr import Tenor
from planner.core.portfolio import Status
from planner.core.product import Compounding, FeeType, Kind, LprReset, Method, RateQuote
from planner.text.format import pick

Pair = tuple[str, str]

KINDS: dict[str, Pair] = {
    Kind.CARD: ("Credit card", "信用卡"),
    Kind.INSTALLMENT: ("Installment plan", "分期付款"),
    Kind.LOAN: ("Loan", "贷款"),
    Kind.CREDIT_LINE: ("Credit line draw", "信用借款"),
}
METHODS: dict[str, Pair] = {
    Method.ANNUITY: ("Equal installments (annuity)", "等额本息"),
    Method.EQUAL_PRINCIPAL: ("Equal principal", "等额本金"),
    Method.INTEREST_ONLY: ("Interest only, then balloon", "先息后本"),
    Method.BULLET: ("Principal and interest at maturity", "到期一次还本付息"),
    Method.FEE_INSTALLMENT: ("Installments with a monthly fee", "分期（按月收手续费）"),
    Method.INTEREST_FREE: ("Interest free", "免息"),
}
QUOTES: dict[str, Pair] = {
    RateQuote.ANNUAL: ("Annual rate", "年利率"),
    RateQuote.MONTHLY: ("Monthly rate", "月利率"),
    RateQuote.DAILY: ("Daily rate", "日利率"),
    RateQuote.MONTHLY_FEE: ("Monthly fee rate", "月手续费率"),
    RateQuote.FLAT: ("Flat (add-on) annual rate", "按初始本金计息的年利率"),
}
#: The kinds of rule of an income or spending schedule (planner.core.income.FlowKind).
SCHEDULE_KINDS: dict[str, Pair] = {
    "monthly": ("Monthly", "每月"),
    "semimonthly": ("Twice a month", "每半月"),
    "biweekly": ("Every two weeks", "每两周"),
    "yearly": ("Once a year (a bonus)", "每年一次（奖金）"),
    "months": ("Irregular, month by month", "不固定（逐月）"),
}
#: What follows a quoted percentage: ``0.05% a day`` / ``0.05%/日``.
QUOTE_UNITS: dict[str, Pair] = {
    RateQuote.ANNUAL: (" a year", "/年"),
    RateQuote.MONTHLY: (" a month", "/月"),
    RateQuote.DAILY: (" a day", "/日"),
    RateQuote.MONTHLY_FEE: (" of the amount a month", "/月（按初始本金）"),
    RateQuote.FLAT: (" flat a year", "/年（按初始本金）"),
}
FREQUENCIES: dict[str, Pair] = {
    Frequency.MONTHLY: ("Monthly", "每月"),
    Frequency.SEMIMONTHLY: ("Twice a month", "每半月"),
    Frequency.BIWEEKLY: ("Every two weeks", "每两周"),
    Frequency.WEEKLY: ("Weekly", "每周"),
    Frequency.QUARTERLY: ("Quarterly", "每季度"),
    Frequency.YEARLY: ("Yearly", "每年"),
}
#: Day-count bases for interest over odd days (planner.core.daycount).
DAY_COUNTS: dict[str, Pair] = {
    DayCount.ACT_365: ("Actual days over 365", "实际天数 / 365"),
    DayCount.ACT_360: ("Actual days over 360 (a daily rate is the annual rate / 360)",
                       "实际天数 / 360（日利率 = 年利率 / 360）"),
    DayCount.ACT_ACT: ("Actual days over the days of the year back from their end (365 or 366)",
                       "实际天数 / 自其截止日往前一整年的天数（365 或 366 天）"),
}
#: How interest paid at the end grows.
COMPOUNDINGS: dict[str, Pair] = {
    Compounding.SIMPLE: ("Simple interest, paid with the principal", "单利，利随本清"),
    Compounding.MONTHLY: ("Compounded monthly", "按月复利"),
}
#: The LPR a rate follows, and when it is set again (planner.core.lpr).
LPR_TENORS: dict[str, Pair] = {
    Tenor.ONE_YEAR: ("One-year LPR", "1 年期 LPR"),
    Tenor.FIVE_YEAR: ("Over-five-year LPR", "5 年期以上 LPR"),
}
LPR_RESETS: dict[str, Pair] = {
    LprReset.JANUARY: ("Every 1 January", "每年 1 月 1 日"),
    LprReset.ANNIVERSARY: ("Each anniversary of the start", "每个放款周年日"),
}
FEE_TYPES: dict[str, Pair] = {
    FeeType.UPFRONT: ("Paid at signing", "签约时一次付清"),
    FeeType.PER_PAYMENT: ("With every payment", "每期随还款支付"),
    FeeType.FINANCED: ("Added to the loan", "计入借款本金"),
}
STATUSES: dict[str, Pair] = {
    Status.ACTIVE: ("Active", "未结清"),
    Status.PAID_OFF: ("Paid off", "已结清"),
    Status.ARCHIVED: ("Archived", "已归档"),
    Status.DISPUTED: ("In dispute", "有争议"),
}
CONVENTIONS: dict[str, Pair] = {
    Convention.CN_IRR: ("China (PBoC, IRR method)", "中国（人民银行，IRR法）"),
    Convention.US_REG_Z: ("US (Regulation Z)", "美国（Z条例）"),
    Convention.EU_APRC: ("EU (APRC)", "欧盟（APRC）"),
}
#: The convention in a label beside a rate: ``13.03% (IRR)``.
CONVENTIONS_SHORT: dict[str, Pair] = {
    Convention.CN_IRR: ("IRR", "IRR 法"),
    Convention.US_REG_Z: ("Reg Z", "Z 条例"),
    Convention.EU_APRC: ("APRC", "APRC"),
}
#: The convention named in full inside a sentence of an explanation.
CONVENTIONS_LONG: dict[str, Pair] = {
    Convention.CN_IRR: ("annualised IRR (PBoC 2021 No. 3)",
                        "年化内部收益率（人民银行2021年第3号公告）"),
    Convention.US_REG_Z: ("US Regulation Z APR", "美国 Z 条例 APR"),
    Convention.EU_APRC: ("EU APRC", "欧盟 APRC"),
}
#: Stress warnings; the score's factors carry the same codes and so the same names.
WARNINGS: dict[str, Pair] = {
    "debt_to_income": ("Debt-to-income", "负债收入比"),
    "cash_shortfall": ("Cash shortfall", "现金缺口"),
    "payment_cluster": ("Payments bunched together", "还款扎堆"),
    "installment_stacking": ("Installment stacking", "分期叠加"),
    "high_cost_credit": ("High-cost credit", "高成本借贷"),
    "minimum_payment_trap": ("Minimum-payment trap", "最低还款陷阱"),
    "balloon_ahead": ("Balloon payment ahead", "尾款临近"),
    "deferred_interest": ("Deferred interest ahead", "递延利息将至"),
    "other_currency": ("Other currencies left out", "其他币种未计入"),
}
SEVERITIES: dict[str, Pair] = {
    "info": ("Note", "提示"),
    "caution": ("Caution", "注意"),
    "danger": ("Danger", "危险"),
}
BANDS: dict[str, Pair] = {
    "calm": ("Calm", "平稳"),
    "watch": ("Watch", "留意"),
    "strained": ("Strained", "吃紧"),
    "severe": ("Severe", "严重"),
}
#: The figures an explanation is about (its heading).
TOPICS: dict[str, Pair] = {
    "payment": ("Regular payment", "每期还款"),
    "total_interest": ("Total interest", "总利息"),
    "total_fees": ("Total fees", "总费用"),
    "total_paid": ("Total paid", "总还款"),
    "total_cost": ("Cost of credit", "借款成本"),
    "apr": ("True annual rate", "真实年化利率"),
    "ear": ("Effective annual rate", "实际年利率"),
    "months_to_payoff": ("Months to pay off", "还清月数"),
    "warning": ("Warning", "预警"),
    "stress_score": ("Stress score", "压力分"),
    "total_owed": ("Total owed", "总欠款"),
    "due_this_month": ("Due this month", "本月应还"),
    "due_next_month": ("Due next month", "下月应还"),
    "debt_free": ("Debt-free on", "还清日期"),
    "income_share": ("Payments' share of income", "还款占收入比例"),
    "monthly_income": ("Income, an average month", "平均月收入"),
    "monthly_essentials": ("Essential spending, an average month", "平均月必要开支"),
    "refinance": ("Refinancing", "债务置换"),
    "debt_free_by": ("Budget to be debt-free by a date", "按期还清所需预算"),
}
#: Words that several surfaces put beside figures.
WORDS: dict[str, Pair] = {
    "true_rate": ("True annual rate", "真实年化利率"),
    "quoted_rate": ("Quoted rate", "标称利率"),
    "caution_line": ("caution line", "警戒线"),
    "danger_line": ("danger line", "危险线"),
    "owed": ("Owed", "尚欠"),
    "paid_ahead": ("Paid ahead", "已提前还"),
    "payoff": ("Pays it off", "一次还清需"),
    "balance": ("Principal left", "剩余本金"),
    # a card's row: what is left of the statement after the payment, interest included
    "card_balance": ("Owed after payment", "还款后欠款（含利息）"),
}

_TABLES: dict[type, dict[str, Pair]] = {
    Kind: KINDS, Method: METHODS, RateQuote: QUOTES, Frequency: FREQUENCIES,
    FeeType: FEE_TYPES, Status: STATUSES, Convention: CONVENTIONS, DayCount: DAY_COUNTS,
    Compounding: COMPOUNDINGS, Tenor: LPR_TENORS, LprReset: LPR_RESETS,
}


def name(code: Enum | str, lang: str, table: dict[str, Pair] | None = None) -> str:
    """The name of ``code`` in ``lang``: an enum member of the engine (its table is known), or
    a string code looked up in ``table``; an unknown code is shown as it is.

    >>> name(Kind.CARD, "zh_CN"), name("payment_cluster", "en", WARNINGS)
    ('信用卡', 'Payments bunched together')
    """
    if table is None:
        table = _TABLES.get(type(code), {})
    pair = table.get(code.value if isinstance(code, Enum) and code not in table else code)
    if pair is None:
        return str(code.value if isinstance(code, Enum) else code)
    return pick(pair, lang)


def word(key: str, lang: str) -> str:
    """One of :data:`WORDS`."""
    return pick(WORDS[key], lang)
