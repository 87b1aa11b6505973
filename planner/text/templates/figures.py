"""The sentences explaining a product's figures (payment, costs, the annual rates), in English
and Chinese, keyed by the formula and step codes of :mod:`planner.core.explain`.

Placeholders name the values of :class:`planner.core.explain.Explanation`; ``{name:.N}`` shows
N decimals. ``{share_words}`` is derived by the renderer. Kept in one table so that a
translator sees each English sentence beside its Chinese one.
"""

from __future__ import annotations

FIGURE_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- the regular payment --------------------------------------------------------------
    "payment.annuity": (
        "Equal installments (annuity): payment = P × r / (1 − (1 + r)^−n) with P = {principal}, "
        "r = {periodic_rate:.4} a period and n = {term}, which gives {unrounded}; rounded to "
        "the cent, with any per-payment fee, the payment is {payment}.",
        "等额本息：每期还款 = P × r / (1 − (1 + r)^−n)，本金 P = {principal}，每期利率 "
        "r = {periodic_rate:.4}，期数 n = {term}，算得 {unrounded}；四舍五入到分并加上每期费用后，"
        "每期还款 {payment}。"),
    "payment.annuity_actual_days": (
        "Equal installments at {annual_rate} a year, interest counted on the actual days of "
        "each period (the first is {first_days} days): the level payment that repays "
        "{principal} in {term} payments is {payment}.",
        "等额本息，年利率 {annual_rate}，按每期实际天数计息（首期 {first_days} 天）："
        "{term} 期还清 {principal} 的每期还款为 {payment}。"),
    "payment.equal_principal": (
        "Equal principal: each payment repays {principal} / {term} = {principal_part} of "
        "principal plus interest at {periodic_rate:.4} a period on what is still owed (and any "
        "fee), so payments fall: the first, shown, is {payment}, {first_interest} of it "
        "interest; each later one is a little less.",
        "等额本金：每期归还本金 {principal} / {term} = {principal_part}，另加按每期利率 "
        "{periodic_rate:.4} 计算的剩余本金利息（及每期费用），所以还款逐期减少：所示的是第一期 "
        "{payment}，其中利息 {first_interest}；以后每期略少。"),
    "payment.interest_only": (
        "Interest only, principal at the end: each payment is the interest on {principal} at "
        "{periodic_rate:.4} a period, {payment}; the last payment also repays the principal: "
        "{balloon}.",
        "先息后本：每期只付利息，{principal} × 每期利率 {periodic_rate:.4} = {payment}；"
        "最后一期连本金一起还：{balloon}。"),
    "payment.bullet": (
        "One payment at the end: {principal} plus {interest} of interest at {annual_rate} a "
        "year, {payment} due on {due}.",
        "到期一次还本付息：本金 {principal} 加年利率 {annual_rate} 的利息 {interest}，"
        "共 {payment}，{due} 到期。"),
    "payment.bullet_compound": (
        "One payment at the end, interest added to the balance every month (compounded "
        "monthly) at {annual_rate} a year: {principal} grows by {interest} to {payment}, due "
        "on {due}.",
        "到期一次还本付息，按月复利（利息每月计入本金），年利率 {annual_rate}：本金 {principal} "
        "滚存利息 {interest}，到期共 {payment}，{due} 到期。"),
    "payment.combined": (
        "A combined loan of {count} parts over the same {term} payments: each part is repaid "
        "as a loan of its own, at its own rate, and the payment is their sum: {payment} on "
        "{principal} in all.",
        "组合贷，共 {count} 部分，期数相同（{term} 期）：每部分按各自利率单独计算，每期还款为各部分"
        "之和：合计本金 {principal}，每期 {payment}。"),
    "payment.combined_equal_principal": (
        "A combined loan of {count} parts over the same {term} payments, by equal principal: "
        "each part is repaid as a loan of its own, at its own rate, so payments fall; the "
        "first, shown, is the sum of the parts' first payments: {payment} on {principal} in "
        "all; each later one is a little less.",
        "组合贷，共 {count} 部分，期数相同（{term} 期），等额本金：每部分按各自利率单独计算，"
        "还款逐期减少；所示的是第一期，为各部分首期之和：合计本金 {principal}，首期 {payment}；"
        "以后每期略少。"),
    "payment.fee_installment": (
        "Installments with a monthly fee: each payment repays {principal} / {term} = "
        "{principal_part} of principal plus a fee of {monthly_fee_rate} on the ORIGINAL "
        "{principal}, {fee_part}, every month however little is left: {payment}.",
        "分期手续费：每期归还本金 {principal} / {term} = {principal_part}，另按原始本金 "
        "{principal} 收取 {monthly_fee_rate} 的手续费 {fee_part}，无论还剩多少本金每月照收："
        "每期 {payment}。"),
    "payment.flat": (
        "Flat (add-on) rate: each payment repays {principal} / {term} = {principal_part} of "
        "principal plus interest at {flat_rate} a year on the ORIGINAL {principal}, "
        "{interest_part} each period: {payment}.",
        "固定（加收）利率：每期归还本金 {principal} / {term} = {principal_part}，另按原始本金 "
        "{principal} 的年利率 {flat_rate} 收利息，每期 {interest_part}：每期 {payment}。"),
    "payment.interest_free": (
        "No interest: {principal} in {term} equal parts of {principal_part}; the payment is "
        "{payment}.",
        "免息分期：{principal} 分 {term} 期，每期本金 {principal_part}；每期还款 {payment}。"),
    "payment.card_minimum": (
        "Paying only the minimum: {minimum_rate} of the statement balance{plus}, at least "
        "{floor}: {payment} on a balance of {balance}; at that pace it takes {months} months.",
        "只还最低还款额：账单余额的 {minimum_rate}{plus}，不低于 {floor}：余额 {balance} "
        "的最低还款为 {payment}；照此需要 {months} 个月还清。"),
    "payment.card_minimum_no_floor": (
        "Paying only the minimum: {minimum_rate} of the statement balance{plus}: {payment} on "
        "a balance of {balance}; at that pace it takes {months} months.",
        "只还最低还款额：账单余额的 {minimum_rate}{plus}：余额 {balance} 的最低还款为 "
        "{payment}；照此需要 {months} 个月还清。"),
    "payment.card_fixed": (
        "A fixed {payment} a month clears the balance of {balance} in {months} months.",
        "每月固定还 {payment}，{months} 个月还清余额 {balance}。"),
    "payment.card_months": (
        "The level payment that clears {balance} in {target_months} months is {payment} (a "
        "higher minimum due is paid instead); it takes {months} months.",
        "{target_months} 个月还清 {balance} 的每月等额还款为 {payment}（最低还款额更高时按最低"
        "还款额）；共需 {months} 个月。"),
    # -- totals ---------------------------------------------------------------------------
    "total_interest.sum": (
        "Total interest: the interest part of each of the {count} payments, added up: "
        "{total_interest}.",
        "总利息：{count} 期还款中利息部分之和：{total_interest}。"),
    "total_fees.sum": (
        "Fees: {upfront} at the start + {per_payment} with the payments + {financed} added "
        "to the loan = {total_fees}.",
        "费用：期初支付 {upfront} + 随还款支付 {per_payment} + 计入贷款 {financed} = "
        "{total_fees}。"),
    "total_paid.sum": (
        "Total paid: the {count} payments ({payments}) plus fees paid at the start "
        "({upfront}) = {total_paid}.",
        "总还款：{count} 期还款（{payments}）加期初支付的费用（{upfront}）= {total_paid}。"),
    "total_cost.difference": (
        "Cost of credit: everything paid ({total_paid}) minus the money received "
        "({advance}) = {total_cost}.",
        "借款成本：全部还款（{total_paid}）减去实际到手的钱（{advance}）= {total_cost}。"),
    "months_to_payoff.card": (
        "At {payment} a month the balance of {balance} is repaid after {months} months, "
        "with {total_interest} of interest.",
        "每月还 {payment}，余额 {balance} 需 {months} 个月还清，利息共 {total_interest}。"),
    # -- the true annual rate -------------------------------------------------------------
    "apr.fee_on_original": (
        "A {quoted_rate} {quote} on the original {principal} over {term} months is "
        "{total_charge} in charges; as principal is repaid along the way, only {share_words} "
        "of it is in use on average (average balance ≈ {average_balance}), so the true annual "
        "rate is about {apr:.1}, not {headline_rate:.1}.",
        "按原始本金 {principal} 收取 {quoted_rate} 的{quote}，{term} 个月共 {total_charge}；"
        "但本金是逐月归还的，平均只用到了其中的{share_words}（平均占用本金 ≈ "
        "{average_balance}），所以真实年化利率约为 {apr:.1}，而不是 {headline_rate:.1}。"),
    "apr.cn-irr": (
        "True annual rate (China, PBoC Announcement [2021] No. 3, IRR method): the rate at "
        "which the payments are worth exactly the money received, {apr}, against a quoted "
        "{headline_rate}; the cost of credit is {total_cost}.",
        "真实年化利率（中国人民银行公告〔2021〕第3号，内部收益率法）：使全部还款的现值恰好等于"
        "到手金额的利率，{apr}；名义报价 {headline_rate}；借款成本 {total_cost}。"),
    "apr.us-reg-z": (
        "APR (US Regulation Z, Appendix J actuarial method): {apr}, against a quoted "
        "{headline_rate}; the finance charge is {total_cost}.",
        "年利率（美国 Z 条例附录 J 精算法）：{apr}；名义报价 {headline_rate}；融资费用 "
        "{total_cost}。"),
    "apr.eu-aprc": (
        "APRC (EU Consumer Credit Directive 2008/48/EC, Annex I, compounded yearly): {apr}, "
        "against a quoted {headline_rate}; the total cost of credit is {total_cost}.",
        "年化总费率 APRC（欧盟消费信贷指令 2008/48/EC 附件 I，按年复利）：{apr}；名义报价 "
        "{headline_rate}；信贷总成本 {total_cost}。"),
    "ear.compound": (
        "Effective annual rate = (1 + {periodic_rate:.4})^{periods_per_year} − 1 = {ear}: "
        "the nominal {apr} with each period's interest charged on interest.",
        "实际年利率 = (1 + {periodic_rate:.4})^{periods_per_year} − 1 = {ear}：名义 {apr} "
        "按复利计算。"),
    "ear.aprc": (
        "The EU APRC already compounds yearly: the effective annual rate is the same, {ear}.",
        "欧盟 APRC 本身按年复利：实际年利率相同，{ear}。"),
    # -- steps ----------------------------------------------------------------------------
    "per_payment_fee": ("Each payment includes a fee of {fee}.", "每期还款含费用 {fee}。"),
    "last_payment": ("The last payment, {last_payment} on {last_date}, absorbs the rounding.",
                     "最后一期 {last_date} 还 {last_payment}，吸收了四舍五入的差额。"),
    "first_interest": ("The first period's interest is {first_interest} (due {first_date}).",
                       "第一期利息 {first_interest}（{first_date} 到期）。"),
    "charged_as_fees": ("No interest is charged: the price, {total_fees}, is in the fees.",
                        "不收利息：价格 {total_fees} 全在手续费里。"),
    "split": ("That is {total_interest} of interest plus {total_fees} of fees.",
              "即利息 {total_interest} 加费用 {total_fees}。"),
    "flows": ("The money: {advance} received; {count} payments totalling {total_paid}.",
              "现金流：到手 {advance}；{count} 笔还款共 {total_paid}。"),
    "flows_upfront": (
        "The money: {advance} received; {upfront} paid at the start and {count} payments, "
        "{total_paid} in all.",
        "现金流：到手 {advance}；期初支付 {upfront}，加 {count} 笔还款，共 {total_paid}。"),
    "convention.cn-irr": (
        "The IRR is {periodic_rate:.4} a {unit}; × {periods_per_year} a year = {apr}.",
        "每{unit}内部收益率 {periodic_rate:.4}，× 每年 {periods_per_year} 期 = {apr}。"),
    "convention.us-reg-z": (
        "The unit-period rate is {periodic_rate:.4} (unit period: {unit}); × "
        "{periods_per_year} unit periods a year = {apr}.",
        "单位期间（{unit}）利率 {periodic_rate:.4}，× 每年 {periods_per_year} 个单位期间 = "
        "{apr}。"),
    "convention.eu-aprc": (
        "X solves Σ advances × (1 + X)^−t = Σ payments × (1 + X)^−s, with t and s in years "
        "from the first drawdown: X = {apr}.",
        "X 满足 Σ 放款 × (1 + X)^−t = Σ 还款 × (1 + X)^−s，t、s 为距首次放款的年数：X = {apr}。"),
    "several_roots": (
        "{roots} rates solve these flows; the positive one nearest zero, {apr}, is shown "
        "(UK MCOB 10.3.1B(2)).",
        "这组现金流有 {roots} 个解；按英国 MCOB 10.3.1B(2) 取最接近零的正解 {apr}。"),
    "sources": ("Sources: {sources}.", "依据：{sources}。"),
    # -- rates that change, parts, deferred interest, day counts (issue 12) ----------------
    "part": ("{item}: {principal} at {new_rate}{per}, paying {part_payment}.",
             "{item}：本金 {principal}，利率 {new_rate}{per}，每期 {part_payment}。"),
    "part_equal_principal": (
        "{item}: {principal} at {new_rate}{per}, by equal principal: its first payment is "
        "{part_payment}, each later one a little less.",
        "{item}：本金 {principal}，利率 {new_rate}{per}，等额本金：首期 {part_payment}，"
        "以后每期略少。"),
    "lpr": (
        "The rate follows the {tenor}: the LPR in force on each reset date ({reset}) plus a "
        "spread of {spread_rate}; at the start the LPR was {lpr_rate}, so the rate was "
        "{first_rate}.",
        "利率随{tenor}浮动：每个重定价日（{reset}）适用的 LPR 加点差 {spread_rate}；起始时 LPR 为 "
        "{lpr_rate}，利率为 {first_rate}。"),
    "part_lpr": (
        "{item} follows the {tenor}: the LPR in force on each reset date ({reset}) plus a "
        "spread of {spread_rate}; at the start the LPR was {lpr_rate}, so the rate was "
        "{first_rate}.",
        "{item}随{tenor}浮动：每个重定价日（{reset}）适用的 LPR 加点差 {spread_rate}；起始时 "
        "LPR 为 {lpr_rate}，利率为 {first_rate}。"),
    "rate_from": ("From {since} the rate is {new_rate}{per}.",
                  "自 {since} 起利率为 {new_rate}{per}。"),
    "part_rate_from": ("{item}: from {since} the rate is {new_rate}{per}.",
                       "{item}：自 {since} 起利率为 {new_rate}{per}。"),
    "payment_from": (
        "The payment is computed again over the payments left at the new rate: {new_payment} "
        "from {since}.",
        "按新利率对剩余期数重新计算每期还款：自 {since} 起每期 {new_payment}。"),
    "part_payment_from": (
        "{item}: the payment is computed again over the payments left at the new rate: "
        "{new_payment} from {since}.",
        "{item}：按新利率对剩余期数重新计算每期还款：自 {since} 起每期 {new_payment}。"),
    "rates_by_days": (
        "A period in which the rate changes accrues each rate over its own days.",
        "利率调整所在的那一期，新旧利率各按所占天数计息。"),
    "deferred_charged": (
        "The promotion ends on {since} and is not cleared by then: the interest "
        "{later_rate}{per} would have charged since the start, {deferred_interest}, is "
        "charged with the payment of {charged_on}.",
        "优惠期于 {since} 结束时尚未还清：按 {later_rate}{per} 从起始日起本应收取的利息 "
        "{deferred_interest}，将随 {charged_on} 的还款一并收取。"),
    "deferred_cleared": (
        "The promotion ends on {since}; paid as scheduled it is cleared by then, so no "
        "deferred interest is charged.",
        "优惠期于 {since} 结束；按计划还款可在此之前还清，不收递延利息。"),
    "day_count.default": (
        "Interest over odd days (an odd first period, money repaid between due dates) counts "
        "{basis}, the rule for {currency_code}.",
        "零头天数（不足一期的首期、两个还款日之间的提前还款）的利息按{basis}计算，这是 "
        "{currency_code} 的规则。"),
    "day_count.stated": (
        "Interest over odd days (an odd first period, money repaid between due dates) counts "
        "{basis}, as the product states.",
        "零头天数（不足一期的首期、两个还款日之间的提前还款）的利息按{basis}计算，按产品约定。"),
}

