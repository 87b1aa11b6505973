"""A card issuer's own statement names its card once, not in each row (issue 11): an OFX file's
ACCTID, a CSV's card column or the lines above its header. Its ``PAYMENT - THANK YOU`` rows
name no card, yet they pay the card ending in those digits; a card with other digits is not
theirs. Only the last four digits are kept."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.portfolio import parse_item
from planner.core.reconcile import MatchStatus, reconcile
from planner.core.statement import Flow
from planner.store.statements import read_statement

TODAY = date(2026, 4, 5)
FULL_NUMBER = "4417123456784821"

SGML_CARD = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1>
<SONRS>
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<DTSERVER>20260401120000[0:GMT]
<LANGUAGE>ENG
<FI>
<ORG>B1
<FID>10898
</FI>
</SONRS>
</SIGNONMSGSRSV1>
<CREDITCARDMSGSRSV1>
<CCSTMTTRNRS>
<TRNUID>1
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<CCSTMTRS>
<CURDEF>USD
<CCACCTFROM>
<ACCTID>{acctid}
</CCACCTFROM>
<BANKTRANLIST>
<DTSTART>20260301120000[0:GMT]
<DTEND>20260331120000[0:GMT]
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20260305120000[0:GMT]
<TRNAMT>-42.10
<FITID>2026030524692163
<NAME>GROCERY OUTLET
</STMTTRN>
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20260318120000[0:GMT]
<TRNAMT>650.00
<FITID>2026031824692164
<NAME>PAYMENT - THANK YOU
</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL>
<BALAMT>-1234.56
<DTASOF>20260331120000[0:GMT]
</LEDGERBAL>
</CCSTMTRS>
</CCSTMTTRNRS>
</CREDITCARDMSGSRSV1>
</OFX>
"""

XML_CARD = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1>
    <SONRS>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <DTSERVER>20260401120000.000[-5:EST]</DTSERVER>
      <LANGUAGE>ENG</LANGUAGE>
    </SONRS>
  </SIGNONMSGSRSV1>
  <CREDITCARDMSGSRSV1>
    <CCSTMTTRNRS>
      <TRNUID>0</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <CCSTMTRS>
        <CURDEF>USD</CURDEF>
        <CCACCTFROM><ACCTID>{acctid}</ACCTID></CCACCTFROM>
        <BANKTRANLIST>
          <DTSTART>20260301</DTSTART>
          <DTEND>20260331</DTEND>
          <STMTTRN>
            <TRNTYPE>DEBIT</TRNTYPE>
            <DTPOSTED>20260305000000.000[-5:EST]</DTPOSTED>
            <TRNAMT>-42.10</TRNAMT>
            <FITID>320260305000001</FITID>
            <NAME>GROCERY OUTLET</NAME>
          </STMTTRN>
          <STMTTRN>
            <TRNTYPE>CREDIT</TRNTYPE>
            <DTPOSTED>20260318000000.000[-5:EST]</DTPOSTED>
            <TRNAMT>650.00</TRNAMT>
            <FITID>320260318000002</FITID>
            <NAME>PAYMENT - THANK YOU</NAME>
          </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>-1234.56</BALAMT><DTASOF>20260331</DTASOF></LEDGERBAL>
      </CCSTMTRS>
    </CCSTMTTRNRS>
  </CREDITCARDMSGSRSV1>
</OFX>
"""

CHECKING = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20260401<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>021000021<ACCTID>000123454821<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20260301<DTEND>20260331
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260318<TRNAMT>-650.00<FITID>CK-1
<NAME>ONLINE PAYMENT THANK YOU</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>3000.00<DTASOF>20260331</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""


def card(id: str, last4: str, currency: str = "USD"):
    return parse_item(dict(id=id, name=f"Visa {id}", lender="First Bank", kind="card",
                           card_last4=last4, balance="2000", start="2026-01-01",
                           currency=currency, rate={"daily": "0.0005"}))


def loan(currency: str = "USD"):
    """Due 650.00 on the 15th: the payment's amount alone would fit it."""
    return parse_item(dict(id="auto", name="Auto loan", lender="Credit Union", kind="loan",
                           principal="7800", start="2026-01-15", term=12, currency=currency,
                           rate={"annual": "0"}))


def profile(currency: str = "USD"):
    return [card("visa", "4821", currency), card("other", "7777", currency), loan(currency)]


def matches_of(data: bytes, name: str, items=None):
    statement = read_statement(data, name).statement
    result = reconcile(statement, profile() if items is None else items, TODAY)
    return statement, {m.row.line: m for m in result.matches}


def the_payment(found: dict, name: str = "PAYMENT - THANK YOU"):
    (match,) = found.values()    # the purchase is no repayment and names no item
    assert match.row.counterparty == name
    return match


@pytest.mark.parametrize("text", [SGML_CARD, XML_CARD], ids=["sgml", "xml"])
def test_an_ofx_card_statement_pays_the_card_ending_in_its_acctid(text):
    data = text.format(acctid=FULL_NUMBER).encode("ascii")
    statement, found = matches_of(data, "card.qfx")
    assert statement.account == "****4821"
    payment = the_payment(found)
    assert payment.row.account_last4 == "4821" and payment.row.flow is Flow.IN
    assert payment.status is MatchStatus.MATCHED and payment.item_id == "visa"
    assert payment.difference is None and payment.due_date is not None
    assert FULL_NUMBER not in repr(statement)


@pytest.mark.parametrize("text", [SGML_CARD, XML_CARD], ids=["sgml", "xml"])
def test_an_ofx_card_statement_of_other_digits_pays_no_card(text):
    data = text.format(acctid="4417123456789999").encode("ascii")
    _, found = matches_of(data, "card.ofx")
    payment = the_payment(found)
    assert payment.row.account_last4 == "9999"
    # Neither card, nor the loan due the same 650.00 (the card's statement pays the card).
    assert payment.status is MatchStatus.MATCHED and payment.item_id == "auto"


def test_without_a_loan_of_that_amount_a_card_statement_of_other_digits_is_unmatched():
    data = SGML_CARD.format(acctid="4417123456789999").encode("ascii")
    _, found = matches_of(data, "card.ofx", profile()[:2])
    assert the_payment(found).status is MatchStatus.UNMATCHED


def test_a_checking_account_ending_in_the_same_digits_is_not_the_card():
    _, found = matches_of(CHECKING.encode("ascii"), "checking.qfx", profile()[:2])
    payment = the_payment(found, "ONLINE PAYMENT THANK YOU")
    assert payment.row.account_last4 == ""
    assert payment.status is MatchStatus.UNMATCHED


def test_a_card_csv_with_a_card_number_column():
    text = ("Date,Description,Amount,Card No.\n"
            "03/05/2026,GROCERY OUTLET,-42.10,XXXX-XXXX-XXXX-4821\n"
            "03/18/2026,PAYMENT - THANK YOU,650.00,XXXX-XXXX-XXXX-4821\n")
    statement, found = matches_of(text.encode("utf-8"), "activity.csv",
                                  profile("CNY")[:2])
    payment = the_payment(found)
    assert payment.row.account_last4 == "4821"
    assert payment.status is MatchStatus.MATCHED and payment.item_id == "visa"
    other = text.replace("XXXX-4821", "XXXX-9999").encode("utf-8")
    assert the_payment(matches_of(other, "activity.csv", profile("CNY")[:2])[1]).status \
        is MatchStatus.UNMATCHED


def test_a_chinese_card_csv_names_its_card_in_a_column_of_full_numbers():
    text = ("交易日期,卡号,交易摘要,交易金额\n"
            f"2026-03-05,{FULL_NUMBER},超市消费,88.50\n"
            f"2026-03-18,{FULL_NUMBER},PAYMENT - THANK YOU,-650.00\n")
    statement, found = matches_of(text.encode("gbk"), "明细.csv", profile("CNY"))
    payment = the_payment(found)
    assert payment.status is MatchStatus.MATCHED and payment.item_id == "visa"
    assert FULL_NUMBER not in repr(statement)


@pytest.mark.parametrize("label", ["卡号：4417 **** **** 4821", "Card Number,4417********4821",
                                   "Account Number:,XXXX4821", "Card ending in 4821"])
def test_a_card_csv_names_its_card_above_the_header(label):
    text = ("First Bank card activity\n"
            f"{label}\n"
            "Statement period,03/01/2026 - 03/31/2026\n"
            "Date,Description,Amount\n"
            "03/05/2026,GROCERY OUTLET,-42.10\n"
            "03/18/2026,PAYMENT - THANK YOU,650.00\n")
    statement, found = matches_of(text.encode("utf-8"), "activity.csv", profile("CNY")[:2])
    assert [r.account_last4 for r in statement.rows] == ["4821", "4821"]
    payment = the_payment(found)
    assert payment.status is MatchStatus.MATCHED and payment.item_id == "visa"
    other = text.replace("4821", "9999").encode("utf-8")
    assert the_payment(matches_of(other, "activity.csv", profile("CNY")[:2])[1]).status \
        is MatchStatus.UNMATCHED


def test_two_cards_above_the_header_name_neither():
    text = ("Card Number,XXXX4821\nCard Number,XXXX7777\n"
            "Date,Description,Amount\n03/18/2026,PAYMENT - THANK YOU,650.00\n")
    statement = read_statement(text.encode("utf-8"), "activity.csv").statement
    assert statement.rows[0].account_last4 == ""


def test_a_csv_without_a_card_says_no_account():
    text = "Date,Description,Amount\n03/18/2026,PAYMENT - THANK YOU,650.00\n"
    statement, found = matches_of(text.encode("utf-8"), "activity.csv", profile("CNY")[:2])
    assert statement.rows[0].account_last4 == ""
    assert the_payment(found).status is MatchStatus.UNMATCHED
