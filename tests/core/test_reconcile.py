"""Reconciling statement rows with the plan (issue 11): which rows are repayments, which item and
due date each pays, what differs from the schedule, and nothing matched twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.core.portfolio import Payment, parse_item
from planner.core.reconcile import MatchStatus, Policy, RowKind, classify, reconcile
from planner.core.statement import Flow, Statement, StatementRow, row_keys

TODAY = date(2026, 4, 5)


def _item(**fields) -> object:
    return parse_item(fields)


def phone_plan(**extra):
    """花呗 pay-in-6, 1,000.00 on the 1st of each month from February."""
    return _item(**{**dict(id="hb", name="花呗分期 手机", lender="支付宝", kind="installment",
                           principal="6000", start="2026-01-01", term=6,
                           rate={"monthly_fee": "0"}), **extra})


def car_loan(**extra):
    """招商银行 car loan, 1,000.00 on the 10th from February."""
    return _item(**{**dict(id="car", name="车贷", lender="招商银行", kind="loan",
                           principal="36000", start="2026-01-10", term=36,
                           rate={"annual": "0"}), **extra})


def card(**extra):
    fields = dict(id="cmb-card", name="招行信用卡", lender="招商银行", kind="card",
                  card_last4="1234", balance="8000", start="2026-01-01",
                  rate={"daily": "0.0005"})
    return _item(**{**fields, **extra})


def row(line: int, day: str, amount: str, flow: Flow = Flow.OUT, **words) -> StatementRow:
    return StatementRow(line, date.fromisoformat(day), Decimal(amount), flow, **words)


def statement(*rows: StatementRow, source: str = "alipay") -> Statement:
    return Statement(source, rows)


def by_line(result) -> dict:
    return {m.row.line: m for m in result.matches}


def test_classify_reads_the_words_and_status_of_each_export():
    assert classify(row(1, "2026-03-01", "1", Flow.NONE, category="信用借还",
                        description="花呗主动还款-2026年03月账单")) is RowKind.REPAYMENT
    assert classify(row(1, "2026-03-01", "1", Flow.NONE, category="信用卡还款",
                        counterparty="建设银行信用卡还款")) is RowKind.REPAYMENT
    assert classify(row(1, "2026-03-01", "1", Flow.IN,
                        description="AUTOPAY PAYMENT - THANK YOU")) is RowKind.REPAYMENT
    assert classify(row(1, "2026-03-01", "1", Flow.NONE, counterparty="借呗",
                        description="借呗放款至余额")) is RowKind.DRAWDOWN
    assert classify(row(1, "2026-03-01", "1", Flow.OUT, description="超市购物")) \
        is RowKind.OTHER
    # A repayment that failed or was refunded moved no money.
    for status in ("交易关闭", "还款失败", "已全额退款", "Reversed"):
        assert classify(row(1, "2026-03-01", "1", description="花呗还款",
                            status=status)) is RowKind.OTHER


def test_a_named_repayment_matches_its_item_and_due_date():
    rows = (row(20, "2026-02-28", "1000.00", Flow.NONE, counterparty="花呗",
                description="花呗主动还款-2026年03月账单", category="信用借还",
                status="还款成功", txn_id="A1"),
            row(21, "2026-03-09", "1000.00", counterparty="招商银行", description="贷款还款"))
    result = reconcile(statement(*rows), [phone_plan(), car_loan()], TODAY)
    found = by_line(result)
    assert (found[20].status, found[20].item_id, found[20].due_date) == (
        MatchStatus.MATCHED, "hb", date(2026, 3, 1))
    assert (found[21].status, found[21].item_id, found[21].due_date) == (
        MatchStatus.MATCHED, "car", date(2026, 3, 10))
    assert found[20].difference is None and found[21].difference is None
    assert len(result.to_record) == 2 and result.rows == 2


def test_a_different_amount_is_matched_with_its_difference():
    """The lender took 1,015.50 where the schedule says 1,000.00: matched, +15.50 shown."""
    rows = (row(5, "2026-03-10", "1015.50", counterparty="招商银行", description="车贷还款"),
            row(6, "2026-04-09", "990.00", counterparty="招商银行", description="车贷还款"))
    found = by_line(reconcile(statement(*rows), [car_loan()], TODAY))
    assert found[5].status is MatchStatus.MATCHED and found[5].difference == Decimal("15.50")
    assert found[6].due_date == date(2026, 4, 10) and found[6].difference == Decimal("-10.00")


def test_without_a_name_only_a_close_amount_matches():
    policy = Policy()
    plan = phone_plan()
    near = row(1, "2026-02-27", "1000.40", Flow.NONE, description="还款")
    far = row(2, "2026-03-30", "1100.00", Flow.NONE, description="还款")
    found = by_line(reconcile(statement(near, far), [plan], TODAY, policy=policy))
    assert found[1].status is MatchStatus.MATCHED and found[1].difference == Decimal("0.40")
    assert found[2].status is MatchStatus.UNMATCHED and found[2].item_id is None
    # The same 1,100.00 naming 花呗 is within the loose tolerance of the plan.
    named = replace(far, counterparty="花呗")
    assert by_line(reconcile(statement(named), [plan], TODAY))[2].difference == Decimal("100.00")


def test_outside_the_date_window_nothing_matches():
    late = row(1, "2026-03-25", "1000.00", counterparty="花呗", description="花呗还款")
    result = reconcile(statement(late), [phone_plan()], TODAY,
                       policy=Policy(early_days=5, late_days=5))
    assert result.matches[0].status is MatchStatus.UNMATCHED
    wide = reconcile(statement(late), [phone_plan()], TODAY, policy=Policy(late_days=30))
    assert wide.matches[0].status is MatchStatus.MATCHED


def test_two_items_equally_likely_make_the_row_ambiguous_with_candidates():
    one = _item(id="bt-a", name="白条 冰箱", lender="京东", kind="installment",
                principal="3000", start="2026-01-15", term=6, rate={"monthly_fee": "0"})
    two = replace(one, id="bt-b", name="白条 电视")
    result = reconcile(statement(row(3, "2026-03-14", "500.00", counterparty="京东白条",
                                     description="白条还款")), [one, two], TODAY)
    match = result.matches[0]
    assert match.status is MatchStatus.AMBIGUOUS and match.item_id is None
    assert sorted(c.item_id for c in match.candidates) == ["bt-a", "bt-b"]
    assert {c.due_date for c in match.candidates} == {date(2026, 3, 15)}
    assert result.to_record == ()
    # Naming one of them by its item name settles it.
    named = reconcile(statement(row(3, "2026-03-14", "500.00", description="白条 电视 还款")),
                      [one, two], TODAY)
    assert named.matches[0].item_id == "bt-b"


def test_a_second_payment_takes_the_next_installment_not_the_same_one():
    rows = (row(1, "2026-03-08", "1000.00", counterparty="招商银行", description="车贷还款"),
            row(2, "2026-03-12", "1000.00", counterparty="招商银行", description="车贷还款"))
    found = by_line(reconcile(statement(*rows), [car_loan()], TODAY,
                              policy=Policy(early_days=31)))
    assert {found[1].due_date, found[2].due_date} == {date(2026, 3, 10), date(2026, 4, 10)}


def test_a_card_is_matched_by_its_digits_or_lender_with_no_difference():
    rows = (row(7, "2026-03-20", "3000.00", Flow.NONE, counterparty="招商银行信用卡还款",
                category="信用卡还款", method="零钱"),
            row(8, "2026-03-21", "120.00", Flow.NONE, description="信用卡还款 尾号1234"))
    found = by_line(reconcile(statement(*rows), [card(), car_loan()], TODAY))
    for line in (7, 8):
        assert found[line].status is MatchStatus.MATCHED
        assert found[line].item_id == "cmb-card" and found[line].difference is None
        assert found[line].due_date is not None
    # Digits inside a longer number are not the card's.
    other = row(9, "2026-03-21", "120.00", Flow.NONE, description="信用卡还款 6212341234560")
    result = reconcile(statement(other), [card(id="a", name="A 卡", lender="中信银行"),
                                          card(id="b", name="B 卡", lender="光大银行",
                                               card_last4="9999")], TODAY)
    assert result.matches[0].status is MatchStatus.UNMATCHED


def test_a_bank_short_name_finds_the_lender_written_in_full():
    loan = car_loan(lender="中国建设银行")
    found = reconcile(statement(row(1, "2026-03-10", "1000.00", description="建行 个人贷款还款")),
                      [loan], TODAY)
    assert found.matches[0].item_id == "car"


def test_purchases_are_not_repayments_even_with_a_due_amount():
    """A 1,000.00 purchase on a due date is not a payment to the plan."""
    result = reconcile(statement(row(1, "2026-03-01", "1000.00", description="手机壳")),
                       [phone_plan()], TODAY)
    assert result.matches == () and result.rows == 1


def test_a_payment_out_naming_the_lender_is_looked_at_without_repayment_words():
    result = reconcile(statement(row(1, "2026-03-10", "1000.00", counterparty="招商银行",
                                     description="个人消费贷 划扣")), [car_loan()], TODAY)
    assert result.matches[0].item_id == "car"


def test_keys_imported_before_are_duplicates_shown_where_they_went():
    rows = (row(1, "2026-03-01", "1000.00", Flow.NONE, counterparty="花呗",
                description="花呗还款", txn_id="T-1"),)
    first = reconcile(statement(*rows), [phone_plan()], TODAY)
    key = first.matches[0].key
    paid = phone_plan(payments=[{"date": "2026-03-01", "amount": "1000.00"}])
    again = reconcile(statement(*rows), [paid], TODAY, imported={key: "hb"})
    match = again.matches[0]
    assert match.duplicate and match.item_id == "hb" and match.status is MatchStatus.MATCHED
    assert again.to_record == () and again.duplicates == 1


def test_a_payment_typed_in_by_hand_is_not_recorded_again():
    typed = phone_plan(payments=[{"date": "2026-03-02", "amount": "1000.00"}])
    rows = (row(1, "2026-02-28", "1000.00", counterparty="花呗", description="花呗还款"),
            row(2, "2026-03-30", "1000.00", counterparty="花呗", description="花呗还款"))
    result = reconcile(statement(*rows), [typed], TODAY)
    found = by_line(result)
    assert found[1].duplicate and not found[2].duplicate
    assert [m.row.line for m in result.to_record] == [2]


def test_an_imported_row_owns_its_payment_before_a_new_equal_row_is_compared():
    """Row 2 was imported (its payment is in the item); row 1, new, of the same amount two
    days earlier, is a payment of its own and must not be absorbed by row 2's payment."""
    rows = (row(1, "2026-02-27", "1000.00", counterparty="花呗", description="花呗还款"),
            row(2, "2026-03-01", "1000.00", counterparty="花呗", description="花呗还款",
                txn_id="X2"))
    keys = row_keys(statement(*rows))
    paid = phone_plan(payments=[{"date": "2026-03-01", "amount": "1000.00"}])
    found = by_line(reconcile(statement(*rows), [paid], TODAY, imported={keys[1]: "hb"}))
    assert found[2].duplicate and not found[1].duplicate


def test_closed_items_and_rows_before_an_item_started_are_not_matched():
    closed = replace(phone_plan(), status=phone_plan().status.PAID_OFF)
    result = reconcile(statement(row(1, "2026-03-01", "1000.00", counterparty="花呗",
                                     description="花呗还款")), [closed], TODAY)
    assert result.matches[0].status is MatchStatus.UNMATCHED
    early = reconcile(statement(row(1, "2025-12-30", "1000.00", counterparty="花呗",
                                    description="花呗还款")),
                      [phone_plan()], TODAY, policy=Policy(early_days=40))
    assert early.matches[0].status is MatchStatus.UNMATCHED


def test_drawdowns_are_proposed_unless_the_draw_is_already_an_item():
    draw = row(4, "2026-03-22", "5000.00", Flow.NONE, counterparty="借呗",
               description="借呗放款至余额")
    result = reconcile(statement(draw), [phone_plan()], TODAY)
    (proposal,) = result.proposals
    assert proposal.lender == "借呗"
    item = proposal.item_json("CNY")
    assert item == {"kind": "credit_line", "name": "借呗 2026-03-22", "lender": "借呗",
                    "principal": "5000.00", "currency": "CNY", "start": "2026-03-22"}
    entered = _item(id="jb", name="借呗 3月", kind="credit_line", principal="5000",
                    start="2026-03-22", term=12, rate={"daily": "0.0003"})
    assert reconcile(statement(draw), [entered], TODAY).proposals == ()


def test_a_row_in_another_currency_does_not_match():
    result = reconcile(statement(row(1, "2026-03-10", "1000.00", counterparty="招商银行",
                                     description="车贷还款", currency="USD")),
                       [car_loan()], TODAY)
    assert result.matches[0].status is MatchStatus.UNMATCHED


@pytest.mark.parametrize("paid", ["1000.00", "999.50"])
def test_early_payments_still_match_the_installment_they_pay(paid):
    found = reconcile(statement(row(1, "2026-02-20", paid, counterparty="花呗",
                                    description="花呗还款")), [phone_plan()], TODAY)
    assert found.matches[0].due_date == date(2026, 3, 1)


def test_row_keys_are_stable_across_overlapping_files():
    a = row(1, "2026-03-01", "10.00", counterparty="Shop")
    b = row(2, "2026-03-01", "10.00", counterparty="shop ")
    c = row(3, "2026-03-02", "10.00", counterparty="Shop")
    first = row_keys(Statement("csv", (a, b, c)))
    second = row_keys(Statement("csv", (replace(b, line=7), replace(c, line=8))))
    assert first[0] != first[1]           # two equal rows of a day stay two
    assert second[0] == first[0]          # the first of the day in both files
    assert second[1] == first[2]
    with_ids = row_keys(Statement("alipay", (replace(a, txn_id="1"), replace(b, txn_id="1"))))
    assert with_ids[0] == with_ids[1]     # the export's id decides when there is one


def test_payments_recorded_are_payments_on_the_item():
    """What reconcile hands back to record is the row's own date and amount."""
    result = reconcile(statement(row(1, "2026-03-10", "1015.50", counterparty="招商银行",
                                     description="车贷还款")), [car_loan()], TODAY)
    (match,) = result.to_record
    assert Payment(match.row.date, match.row.amount) == Payment(date(2026, 3, 10),
                                                                Decimal("1015.50"))


def test_the_account_the_money_came_from_does_not_name_the_payee():
    """招商银行储蓄卡(1234) paid 花呗: the row is 花呗's, not the 招商银行 card ending 1234."""
    paid_from = row(1, "2026-03-01", "1000.00", Flow.NONE, counterparty="花呗",
                    description="花呗主动还款", category="信用借还",
                    method="招商银行储蓄卡(1234)")
    result = reconcile(statement(paid_from), [phone_plan(), card()], TODAY)
    assert result.matches[0].item_id == "hb"


def test_a_row_naming_an_item_that_cannot_take_it_goes_to_no_other_item():
    """尾号1234 paid before that card existed: not given to a plan that happens to be due
    the same amount."""
    early = row(1, "2025-12-20", "1000.00", Flow.NONE, description="信用卡还款 尾号1234")
    plan = phone_plan(start="2025-11-20")
    result = reconcile(statement(early), [plan, card()], TODAY)
    assert result.matches[0].status is MatchStatus.UNMATCHED
    unnamed = reconcile(statement(replace(early, description="还款")), [plan, card()], TODAY)
    assert unnamed.matches[0].item_id == "hb"


def test_a_row_on_a_cards_own_statement_names_that_card():
    """The issuer's statement of card 1234: its PAYMENT - THANK YOU names no card, yet pays
    card 1234 (any amount, as a row naming the digits would), before the loan due the same
    amount; on another card's statement it is the amount's alone."""
    paid = row(1, "2026-03-10", "1000.00", Flow.IN, counterparty="PAYMENT - THANK YOU",
               account_last4="1234")
    items = [card(), car_loan(), card(id="other", name="B 卡", lender="光大银行",
                                      card_last4="9999")]
    (match,) = reconcile(statement(paid, source="ofx"), items, TODAY).matches
    assert (match.status, match.item_id, match.difference) == (MatchStatus.MATCHED,
                                                               "cmb-card", None)
    elsewhere = replace(paid, account_last4="5555")
    assert reconcile(statement(elsewhere), items, TODAY).matches[0].item_id == "car"
    odd = replace(elsewhere, amount=Decimal("730.00"))
    assert reconcile(statement(odd), items, TODAY).matches[0].status is MatchStatus.UNMATCHED


def test_a_cards_statement_does_not_make_its_purchases_or_other_repayments_the_cards():
    """A purchase on card 1234 pays nothing; 花呗还款 charged to it pays 花呗; a row naming
    the card's lender (招商银行, also the car loan's, due the same 1,000.00) is the card's."""
    purchase = row(1, "2026-03-05", "1000.00", Flow.OUT, counterparty="超市",
                   account_last4="1234")
    hb = row(2, "2026-03-01", "1000.00", Flow.OUT, counterparty="花呗还款",
             account_last4="1234")
    lender = row(3, "2026-03-10", "1000.00", Flow.IN, counterparty="招商银行 还款",
                 account_last4="1234")
    found = by_line(reconcile(statement(purchase, hb, lender), [phone_plan(), card(),
                                                                car_loan()], TODAY))
    assert 1 not in found
    assert found[2].item_id == "hb"
    assert found[3].item_id == "cmb-card"
