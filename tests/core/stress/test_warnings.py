"""Each warning fires on a constructed case at its threshold's first step past the line and not
on the line itself (every rule is strict: "above"); a calm household gets none."""

from __future__ import annotations

import pytest

from planner.core.dates import add_months
from planner.core.figures import analyse
from planner.core.obligations import project_item
from planner.core.portfolio import parse_item
from planner.core.stress.credit_rules import apr_is_quoted, item_apr
from planner.core.stress.warnings import Severity
from tests.core.stress.cases import TODAY, D, card, codes, household, one_payment, plan, report

# -- debt_to_income: income 10,000; one payment in July; caution > 36%, danger > 50% ----------


@pytest.mark.parametrize(("amount", "severity"), [
    ("3600.00", None),                 # 3,600 / 10,000 = 36% exactly: on the line
    ("3600.01", Severity.CAUTION),     # 36.0001%
    ("5000.00", Severity.CAUTION),     # 50% exactly: not yet danger
    ("5000.01", Severity.DANGER),
])
def test_debt_to_income_boundaries(amount, severity):
    r = report(household([one_payment("tv", amount, "2025-07-05")]))
    found = codes(r, "debt_to_income")
    if severity is None:
        assert found == []
        return
    (w,) = found
    assert w.severity is severity
    assert w.months == ("2025-07",) and w.items == ("tv",)
    assert w.detail["worst_payments"] == D(amount)
    assert w.threshold == (D("0.50") if severity is Severity.DANGER else D("0.36"))
    assert "cn-cbrc-2004-57" in w.sources


def test_debt_to_income_with_no_income_is_danger():
    r = report(household([one_payment("tv", "100", "2025-07-05")], income="0"))
    (w,) = codes(r, "debt_to_income")
    assert w.severity is Severity.DANGER and w.detail["worst_ratio"] is None
    assert codes(report(household([], income="0")), "debt_to_income") == []


def test_debt_to_income_lines_come_from_the_profile():
    items = [one_payment("tv", "3000", "2025-07-05")]
    assert codes(report(household(items)), "debt_to_income") == []
    r = report(household(items, thresholds={"dti_caution": "0.29"}))
    assert codes(r, "debt_to_income")[0].threshold == D("0.29")


# -- cash_shortfall ---------------------------------------------------------------------------

@pytest.mark.parametrize(("buffer", "fires"), [("4000.00", False), ("3999.99", True)])
def test_cash_shortfall_month_boundary(buffer, fires):
    # income = essentials, so June ends at buffer - 4,000 (and so does the week of June 20)
    items = [one_payment("rent", "4000", "2025-06-20")]
    r = report(household(items, income="10000", essentials="10000", buffer=buffer))
    found = codes(r, "cash_shortfall")
    assert bool(found) is fires
    if fires:
        (w,) = found
        assert w.severity is Severity.DANGER and w.months[0] == "2025-06"
        assert w.detail["lowest_cash"] == D("-0.01")


@pytest.mark.parametrize(("amount", "fires"), [("2769.21", False), ("2769.22", True)])
def test_cash_shortfall_week_only_is_a_caution(amount, fires):
    # a week nets 10,000 x 12/52 - 6,000 x 12/52 = 2,307.69 - 1,384.62 = 923.07; June 20 falls
    # in week 2 (June 15-21), after three weeks: 3 x 923.07 = 2,769.21. June itself ends at
    # 10,000 - 6,000 - amount > 0, so only the week is short.
    items = [one_payment("tv", amount, "2025-06-20")]
    r = report(household(items, income="10000", essentials="6000", buffer="0"))
    found = codes(r, "cash_shortfall")
    assert bool(found) is fires
    if fires:
        (w,) = found
        assert w.severity is Severity.CAUTION and w.months == ()
        assert [d.isoformat() for d in w.dates] == ["2025-06-15"]


# -- payment_cluster: line 25% of 10,000 = 2,500 within 5 calendar days ---------------------

@pytest.mark.parametrize(("second", "fires"), [("1250.00", False), ("1250.01", True)])
def test_payment_cluster_amount_boundary(second, fires):
    items = [one_payment("a", "1250", "2025-06-10"), one_payment("b", second, "2025-06-14")]
    found = codes(report(household(items)), "payment_cluster")
    assert bool(found) is fires
    if fires:
        (w,) = found
        assert w.items == ("a", "b") and w.detail["largest_total"] == D("2500.01")
        assert w.severity is Severity.CAUTION and "product-default" in w.sources


def test_payment_cluster_window_is_five_calendar_days():
    near = [one_payment("a", "2000", "2025-06-10"), one_payment("b", "2000", "2025-06-14")]
    apart = [one_payment("a", "2000", "2025-06-10"), one_payment("b", "2000", "2025-06-15")]
    assert codes(report(household(near)), "payment_cluster")
    assert codes(report(household(apart)), "payment_cluster") == []


def test_one_large_payment_is_not_a_cluster():
    assert codes(report(household([one_payment("a", "4000", "2025-06-10")])),
                 "payment_cluster") == []


# -- installment_stacking: more than 3 plans at once, danger above 6 -------------------------

@pytest.mark.parametrize(("plans", "severity"), [
    (3, None), (4, Severity.CAUTION), (6, Severity.CAUTION), (7, Severity.DANGER)])
def test_installment_stacking_boundaries(plans, severity):
    items = [plan(f"p{k}", "200", "2025-05-20", 2) for k in range(plans)]  # June and July
    found = codes(report(household(items)), "installment_stacking")
    if severity is None:
        assert found == []
        return
    (w,) = found
    assert w.severity is severity and w.months == ("2025-06", "2025-07")
    assert w.detail["most_plans"] == plans and "cfpb-bnpl-2022" in w.sources


def test_cards_and_loans_do_not_stack():
    items = [plan(f"p{k}", "200", "2025-05-20", 2) for k in range(3)]
    items.append({"id": "loan", "name": "loan", "kind": "loan", "principal": "400",
                  "start": "2025-05-20", "term": 2, "rate": {"annual": "0"}})
    assert codes(report(household(items)), "installment_stacking") == []


# -- high_cost_credit --------------------------------------------------------------------------

@pytest.mark.parametrize(("currency", "rate"), [
    ("CNY", "0.11"), ("CNY", "0.118"), ("CNY", "0.2"), ("CNY", "0.236"), ("CNY", "0.3"),
    ("USD", "0.2"), ("USD", "0.3601"), ("EUR", "0.3601"),
])
def test_high_cost_credit_judges_a_card_on_its_true_annual_rate(currency, rate):
    """Issue 19: a card is judged on the true annual rate its page shows (the IRR of its
    payments under its strategy, ``planner calc``'s figure), not on the quoted rate: the
    caution line is 4 x the one-year LPR (3.0% from 2025-05-20: 12%) for CNY, the danger line
    24%; USD and EUR have the 36% line. A card whose minimum never repays it has no true
    annual rate: it is judged on its quoted rate and the warning says so."""
    items = [card("c", "1000", {"annual": rate}, currency=currency)]
    item = parse_item(items[0])
    ip = project_item(item, TODAY, add_months(TODAY, 36))
    apr, quoted = item_apr(ip), apr_is_quoted(ip)
    if not quoted:
        assert apr == D(repr(analyse(item.product).apr.rate)).quantize(D("0.000001"))
    caution, danger = (D("0.12"), D("0.24")) if currency == "CNY" else (None, D("0.36"))
    found = codes(report(household(items, currency=currency)), "high_cost_credit")
    expected = (Severity.DANGER if apr > danger else
                Severity.CAUTION if caution is not None and apr > caution else None)
    if expected is None:
        assert found == []
        return
    (w,) = found
    assert w.severity is expected and w.items == ("c",) and w.detail["apr"] == apr
    assert w.detail["quoted"] is quoted


def test_high_cost_caution_line_follows_the_lpr_at_the_start_date():
    # started 2024-11-01: LPR 3.1% -> a 12.4% line; a card whose true rate is under it is not
    # flagged, one above it is, against that line
    under = card("c", "1000", {"annual": "0.118"}, start="2024-11-01")
    assert item_apr(project_item(parse_item(under), TODAY, add_months(TODAY, 36))) < D("0.124")
    assert codes(report(household([under])), "high_cost_credit") == []
    over = card("c", "1000", {"annual": "0.125"}, start="2024-11-01")
    assert codes(report(household([over])), "high_cost_credit")[0].threshold == D("0.1240")


def test_high_cost_fee_plan_is_judged_on_its_true_rate():
    # 12 installments at a 0.6% monthly fee: 7.2% quoted, true APR about 13.03% (FINANCE.md)
    fee_plan = plan("bt", "10000", "2025-06-01", 12, rate={"monthly_fee": "0.006"})
    (w,) = codes(report(household([fee_plan])), "high_cost_credit")
    assert w.severity is Severity.CAUTION
    assert D("0.1302") < w.detail["apr"] < D("0.1304")
    assert codes(report(household([fee_plan], thresholds={"apr_cap": "0.14"})),
                 "high_cost_credit") == []


def test_user_cap_replaces_the_caution_line():
    # a card quoted at 9.5% costs about 9.7% a year in truth: under a 10% cap; at 10%, above
    items = [card("c", "1000", {"annual": "0.095"})]
    assert codes(report(household(items, thresholds={"apr_cap": "0.10"})),
                 "high_cost_credit") == []
    items = [card("c", "1000", {"annual": "0.10"})]
    (w,) = codes(report(household(items, thresholds={"apr_cap": "0.10"})), "high_cost_credit")
    assert w.rule == "apr > apr_cap" and w.threshold == D("0.10")


def test_card_paid_in_full_is_not_high_cost():
    items = [card("c", "1000", {"annual": "0.30"}, strategy={"months": 1})]
    assert codes(report(household(items)), "high_cost_credit") == []


# -- minimum_payment_trap: at 0% a minimum of max(1%, 100) repays 3,600 in exactly 36 months ---

@pytest.mark.parametrize(("balance", "fires"), [("3600.00", False), ("3600.01", True)])
def test_minimum_payment_trap_boundary(balance, fires):
    items = [card("c", balance, {"annual": "0"},
                  minimum_payment={"percent": "0.01", "floor": "100"})]
    found = codes(report(household(items)), "minimum_payment_trap")
    assert bool(found) is fires
    if fires:
        (w,) = found
        assert w.severity is Severity.CAUTION
        assert w.detail["months_at_minimum"] == 37 and w.detail["total_at_minimum"] == D(balance)
        # 3,600.01 / 36 = 100.0003: the level payment rounded up to the cent is 100.01
        assert w.detail["payment_for_comparison"] == D("100.01")


def test_minimum_that_never_repays_is_danger():
    # 1% minimum against 2% interest a month: the balance grows
    items = [card("c", "1000", {"annual": "0.24"}, minimum_payment={"percent": "0.01"})]
    (w,) = codes(report(household(items)), "minimum_payment_trap")
    assert w.severity is Severity.DANGER and w.detail["months_at_minimum"] is None


def test_card_on_a_fixed_plan_is_not_trapped():
    items = [card("c", "3600.01", {"annual": "0"}, strategy={"fixed": "500"},
                  minimum_payment={"percent": "0.01", "floor": "100"})]
    assert codes(report(household(items)), "minimum_payment_trap") == []


# -- balloon_ahead: within 6 months (limit 2025-12-01), above one month's income ----------------

def _balloon(principal: str, start: str, method: str = "interest_only") -> dict:
    return {"id": "b", "name": "b", "kind": "loan", "principal": principal, "start": start,
            "term": 6, "method": method, "rate": {"annual": "0"}}


@pytest.mark.parametrize(("principal", "start", "fires"), [
    ("10000.00", "2025-06-01", False),     # due 2025-12-01, equal to the income
    ("10000.01", "2025-06-01", True),      # due 2025-12-01: the last day inside the window
    ("50000.00", "2025-06-02", False),     # due 2025-12-02: outside the window
])
def test_balloon_ahead_boundaries(principal, start, fires):
    found = codes(report(household([_balloon(principal, start)], buffer="100000")),
                  "balloon_ahead")
    assert bool(found) is fires
    if fires:
        (w,) = found
        assert w.severity is Severity.CAUTION and w.dates[0].isoformat() == "2025-12-01"


def test_bullet_larger_than_income_and_buffer_is_danger():
    found = codes(report(household([_balloon("20000.01", "2025-06-01", "bullet")],
                                   buffer="10000")), "balloon_ahead")
    assert found[0].severity is Severity.DANGER


# -- a calm household ------------------------------------------------------------------------

def test_calm_household_has_no_caution_or_danger():
    items = [
        {"id": "home", "name": "home", "kind": "loan", "principal": "300000",
         "start": "2024-04-15", "term": 360, "rate": {"annual": "0.041"},
         "payments": [{"date": f"{2024 + (m + 4) // 12}-{(m + 4) % 12 + 1:02d}-15",
                       "amount": "1449.60"} for m in range(13)]},  # May 2024 to May 2025
        plan("phone", "3000", "2025-05-10", 3),
        card("visa", "4000", {"daily": "0.0005"}, strategy={"months": 1}),
        {"id": "line", "name": "line", "kind": "credit_line", "principal": "5000",
         "start": "2025-05-20", "term": 12, "rate": {"daily": "0.0002"}},
    ]
    r = report(household(items, income="20000", essentials="6000", buffer="20000"))
    assert [w for w in r.warnings if w.severity is not Severity.INFO] == []
    assert r.score.band.value == "calm"


def test_items_in_another_currency_are_left_out_with_an_info():
    items = [card("usd", "1000", {"annual": "0.30"}, currency="USD")]
    r = report(household(items))
    (w,) = r.warnings
    assert w.code == "other_currency" and w.severity is Severity.INFO and w.items == ("usd",)
