"""The glossary of credit terms the app and the workshops use, in English and Chinese.

It is user-facing text, so it lives outside ``core`` (which returns codes only); the app, the
command line and the reports read it through :func:`glossary` and :func:`term`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Term:
    code: str
    name_en: str
    name_zh: str
    definition_en: str
    definition_zh: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh_CN" else self.name_en

    def definition(self, lang: str) -> str:
        return self.definition_zh if lang == "zh_CN" else self.definition_en


_TERMS = (
    Term("apr", "APR (true annual rate)", "年化利率（APR）",
         "The yearly price of credit counting interest and every fee against the money "
         "actually in use over time. Its legal definition differs: US Regulation Z, the EU "
         "APRC and China's IRR-based annualised rate.",
         "把利息和所有费用都算进去、按实际占用资金的时间折算成的一年的价格。各地定义不同："
         "美国 Z 条例、欧盟 APRC、中国人民银行要求的按内部收益率法计算的年化利率。"),
    Term("ear", "EAR (effective annual rate)", "实际年利率（EAR）",
         "The annual rate with compounding: (1 + periodic rate)^(periods a year) − 1. "
         "A 1% monthly rate is 12% nominal but 12.68% effective.",
         "考虑复利后的年利率：(1 + 每期利率)^(每年期数) − 1。月利率 1% 名义年利率 12%，"
         "实际年利率 12.68%。"),
    Term("irr", "IRR (internal rate of return)", "内部收益率（IRR）",
         "The rate at which the payments, discounted back, are worth exactly the money "
         "received. China's rules annualise it (periodic IRR × periods a year).",
         "让全部还款折现后恰好等于实际到手金额的利率。中国的规定按“每期 IRR × 每年期数”年化。"),
    Term("annuity", "Equal installments (等额本息)", "等额本息",
         "Every payment is the same; early payments are mostly interest, later ones mostly "
         "principal. Interest is charged on the balance still owed.",
         "每期还款金额相同；前期还款大部分是利息，后期大部分是本金。按剩余本金计息。"),
    Term("equal_principal", "Equal principal (等额本金)", "等额本金",
         "The same principal every period plus interest on the balance, so payments start "
         "high and fall. Less total interest than equal installments.",
         "每期归还相同的本金，再加剩余本金的利息，所以还款先高后低。总利息比等额本息少。"),
    Term("interest_only", "Interest only, then balloon (先息后本)", "先息后本",
         "Only interest each period; all the principal is due in one large final payment.",
         "每期只付利息，全部本金在最后一期一次还清，尾款很大。"),
    Term("bullet", "Bullet (到期一次还本付息)", "到期一次还本付息",
         "Nothing until the end, then principal and all interest in one payment.",
         "期间不还款，到期时本金和全部利息一次付清。"),
    Term("interest_free_period", "Interest-free period (免息期)", "免息期",
         "The days between a card purchase and its due date; no interest if the whole "
         "statement is paid by the due date.",
         "信用卡从消费到还款日之间的天数；在到期还款日前全额还清账单就不收利息。"),
    Term("minimum_payment", "Minimum payment", "最低还款额",
         "The least a card accepts to stay current, often 10% of the statement in China or "
         "about 1-2% plus interest in the US. Paying only this can take years and cost more "
         "than the purchase.",
         "信用卡保持不逾期所需的最少还款，国内通常为账单的 10%。只还最低额可能要还很多年，"
         "利息甚至超过本金。"),
    Term("grace_period", "Grace period", "宽限期",
         "Time after a statement during which paying in full costs no interest; lost once a "
         "balance is carried over.",
         "账单出来后的一段时间，期内全额还款不计利息；一旦有欠款结转，就失去这个待遇。"),
    Term("monthly_fee_rate", "Monthly fee rate (月费率)", "月费率（分期手续费）",
         "A fee charged each month on the ORIGINAL amount, even as it is repaid: 0.6% a month "
         "looks like 7.2% a year but costs about 13% a year.",
         "每月按原始本金收取的手续费，即使本金已逐月归还也照收：月费率 0.6% 看似年化 7.2%，"
         "实际年化约 13%。"),
    Term("daily_rate", "Daily rate (日利率)", "日利率",
         "Interest = outstanding principal × daily rate × days. 0.05% a day is 18.25% a "
         "year.",
         "利息 = 剩余本金 × 日利率 × 天数。日利率 0.05% 相当于年利率 18.25%。"),
    Term("flat_rate", "Flat rate", "固定加收利率（平息）",
         "Interest on the original amount for the whole term, however much is left: roughly "
         "double the true annual rate for equal repayments.",
         "整个期限都按原始本金计息，不管还剩多少：按期等额还款时，真实年化约为报价的两倍。"),
    Term("debt_to_income", "Debt-to-income", "负债收入比",
         "Monthly debt payments ÷ monthly income. Above 36% is a common caution line; "
         "China's bank guideline keeps all debt payments at or below 55%.",
         "每月还款 ÷ 每月收入。超过 36% 是常见的警戒线；国内银行指引要求全部债务支出不超过收入的 "
         "55%。"),
)

_BY_CODE = {t.code: t for t in _TERMS}


def glossary() -> tuple[Term, ...]:
    """Every term, in the order the app lists them."""
    return _TERMS


def term(code: str) -> Term:
    """One term by its code (``apr``, ``annuity``, ``monthly_fee_rate``...)."""
    return _BY_CODE[code]


#: Formula keys (or their first parts) of ``planner.core.explain`` records and the terms a
#: reader of that explanation meets; the longest key the formula starts with wins.
_FORMULA_TERMS: dict[str, tuple[str, ...]] = {
    "payment.annuity": ("annuity",), "payment.annuity_actual_days": ("annuity", "daily_rate"),
    "payment.equal_principal": ("equal_principal",), "payment.interest_only": ("interest_only",),
    "payment.combined_equal_principal": ("equal_principal",),
    "payment.bullet": ("bullet",), "payment.fee_installment": ("monthly_fee_rate",),
    "payment.flat": ("flat_rate",), "payment.card_minimum": ("minimum_payment", "grace_period"),
    "payment.card": ("grace_period",), "months_to_payoff": ("minimum_payment",),
    "apr": ("apr",), "apr.cn-irr": ("apr", "irr"), "ear": ("ear",),
    "warning.debt_to_income": ("debt_to_income",), "warning.high_cost_credit": ("apr",),
    "warning.minimum_payment_trap": ("minimum_payment",),
    "warning.balloon_ahead": ("interest_only",), "stress_score": ("debt_to_income",),
    "overview.income_share": ("debt_to_income",),
}
_QUOTE_TERMS = {"monthly_fee": "monthly_fee_rate", "flat": "flat_rate"}


def terms_for(explanation: object) -> tuple[Term, ...]:
    """The glossary terms an explanation record uses (its formula, its quote, its convention).

    >>> from planner.core.explain import Explanation
    >>> [t.code for t in terms_for(Explanation("apr", "apr.fee_on_original", 0.13,
    ...                                        {"quote": "monthly_fee"}))]
    ['apr', 'monthly_fee_rate']
    """
    formula: str = getattr(explanation, "formula", "")
    values = getattr(explanation, "values", {}) or {}
    keys = [k for k in _FORMULA_TERMS if formula.startswith(k)]
    codes = list(_FORMULA_TERMS[max(keys, key=len)]) if keys else []
    codes.append(_QUOTE_TERMS.get(str(values.get("quote", "")), ""))
    if values.get("convention") == "cn-irr":
        codes.append("irr")
    unique = dict.fromkeys(c for c in codes if c in _BY_CODE)
    return tuple(_BY_CODE[c] for c in unique)
