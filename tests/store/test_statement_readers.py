"""Reading statement files (issue 11): each export's layout recognised by its content, in its
encodings, with reordered columns; truncated, re-encoded and malformed files refused naming the
file and line. The files are built by ``tests/statement_files.py`` (its docstring says where
each layout comes from)."""

from __future__ import annotations

import codecs
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from planner.core.statement import Flow, find_card_number
from planner.store.statements import (
    ColumnMap,
    ColumnsNeeded,
    StatementError,
    read_statement,
)
from tests.statement_files import (
    ALIPAY_HEADER,
    MARCH_ALIPAY,
    OfxTxn,
    Txn,
    alipay_csv,
    alipay_old_csv,
    bank_csv,
    ofx_sgml,
    ofx_xml,
    wechat_csv,
    wechat_xlsx,
)


def read(data: bytes, name: str = "statement.csv", **kw):
    return read_statement(data, name, **kw)


def summary(statement) -> list[tuple]:
    return [(r.date, r.amount, r.flow, r.counterparty, r.description, r.txn_id)
            for r in statement.rows]


# -- Alipay ---------------------------------------------------------------------------------

def test_the_current_alipay_export_in_gbk_is_read_past_its_summary_block():
    read_file = read(alipay_csv(MARCH_ALIPAY), "账单.csv")
    statement = read_file.statement
    assert statement.source == "alipay" and read_file.columns is None
    first = statement.rows[0]
    assert (first.date, first.amount, first.flow) == (date(2026, 3, 1), Decimal("1000.00"),
                                                      Flow.NONE)
    assert (first.counterparty, first.category, first.status) == ("花呗", "信用借还", "还款成功")
    assert first.description == "花呗主动还款-2026年03月账单"
    assert first.txn_id == "2026030122001477001"     # the tab after it is gone
    assert first.method == "招商银行储蓄卡(1234)" and first.currency == "CNY"
    assert statement.rows[1].flow is Flow.OUT and statement.rows[1].amount == Decimal("55.00")
    # The line is the file's: 18 summary lines, the header, then the rows.
    assert [r.line for r in statement.rows] == [19, 20, 21, 22]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8", "utf-8-sig"])
def test_a_re_encoded_alipay_export_reads_the_same(encoding):
    assert summary(read(alipay_csv(MARCH_ALIPAY, encoding=encoding)).statement) == summary(
        read(alipay_csv(MARCH_ALIPAY)).statement)


def test_alipay_columns_in_another_order_read_the_same():
    data = alipay_csv(MARCH_ALIPAY).decode("gbk").splitlines()
    header_at = next(k for k, line in enumerate(data) if line.startswith("交易时间"))
    order = [6, 0, 9, 2, 1, 4, 5, 3, 7, 8, 10, 11]   # 金额 first, 交易订单号 third…
    shuffled = []
    for k, line in enumerate(data):
        cells = line.split(",")
        if k >= header_at:
            cells = [cells[i] for i in order]
        shuffled.append(",".join(cells))
    again = read("\n".join(shuffled).encode("gbk"))
    assert again.statement.source == "alipay"
    assert summary(again.statement) == summary(read(alipay_csv(MARCH_ALIPAY)).statement)


def test_the_older_alipay_export_reads_its_fund_state_and_stops_at_the_dashes():
    txns = [Txn("2019-03-10 09:00:00", "1000.00", "", "花呗", "花呗还款", "即时到账交易",
                status="交易成功", txn_id="20190310200040011100040012345678"),
            Txn("2019-03-11 10:00:00", "12.50", "支出", "便利店", "饮料",
                txn_id="20190311200040011100040012345679")]
    statement = read(alipay_old_csv(txns)).statement
    assert statement.source == "alipay" and len(statement.rows) == 2
    assert statement.rows[0].flow is Flow.NONE        # 资金转移
    assert statement.rows[1].flow is Flow.OUT and statement.rows[1].amount == Decimal("12.50")
    assert statement.rows[0].txn_id == "20190310200040011100040012345678"


def test_the_source_is_told_by_content_not_by_the_file_name():
    assert read(alipay_csv(MARCH_ALIPAY), "wechat_2026.csv").statement.source == "alipay"
    assert read(wechat_csv([]), "alipay_record.csv").statement.source == "wechat"


def test_a_card_number_in_a_row_is_masked():
    txn = replace(MARCH_ALIPAY[0], description="还款到信用卡 4111 1111 1111 1111")
    row = read(alipay_csv([txn])).statement.rows[0]
    assert not find_card_number(row.description) and row.description.endswith("****1111")


def test_a_row_cut_short_is_refused_naming_its_line():
    data = alipay_csv(MARCH_ALIPAY)
    cut = data[:data.index("借呗放款".encode("gbk"))]
    with pytest.raises(StatementError) as caught:
        read(cut, "cut.csv")
    assert str(caught.value).startswith("cut.csv, line 22:") and "cut short" in str(caught.value)


def test_a_file_cut_between_rows_is_refused_by_its_announced_count():
    data = alipay_csv(MARCH_ALIPAY)
    cut = data[:data.index("2026-03-22".encode("gbk"))]
    with pytest.raises(StatementError) as caught:
        read(cut, "cut.csv")
    assert "announces 4 records but holds 3" in str(caught.value)
    assert str(caught.value).startswith("cut.csv, line 21:")


def test_a_file_cut_inside_a_character_is_refused_naming_its_line():
    data = alipay_csv(MARCH_ALIPAY)
    at = data.index("借呗放款".encode("gbk")) + 1      # inside the first character
    with pytest.raises(StatementError) as caught:
        read(data[:at], "cut.csv")
    assert str(caught.value).startswith("cut.csv, line 22:")


def test_a_malformed_amount_or_date_is_refused_naming_its_line():
    bad_amount = [MARCH_ALIPAY[0], replace(MARCH_ALIPAY[1], amount="55.0x")]
    with pytest.raises(StatementError) as caught:
        read(alipay_csv(bad_amount), "bill.csv")
    assert str(caught.value) == "bill.csv, line 20: 金额: '55.0x' is not an amount"
    bad_date = [replace(MARCH_ALIPAY[0], when="2026-02-30 10:00:00")]
    with pytest.raises(StatementError, match=r"bill.csv, line 19: 交易时间: .*not a real date"):
        read(alipay_csv(bad_date), "bill.csv")


def test_a_format_that_does_not_fit_the_content_is_refused():
    with pytest.raises(StatementError, match="no wechat bill header row"):
        read(alipay_csv(MARCH_ALIPAY), format="wechat")
    with pytest.raises(StatementError, match="not an OFX statement"):
        read(alipay_csv(MARCH_ALIPAY), format="ofx")


def test_an_unreadable_or_empty_file_is_refused():
    with pytest.raises(StatementError, match="is empty"):
        read(b"  \n", "empty.csv")
    with pytest.raises(StatementError, match="binary data"):
        read(b"\x00\x01\x02garbage", "blob.bin")


# -- WeChat Pay -----------------------------------------------------------------------------

WECHAT = [Txn("2026-03-20 08:00:00", "3000.00", "/", "招商银行信用卡还款", "", "信用卡还款",
              "零钱", "支付成功", "4200000069202603201234567890"),
          Txn("2026-03-21 12:45:27", "28.16", "支出", "米线店", "总共消费:28.16", "商户消费",
              "中国银行(1234)", "支付成功", "4200000069202603211234567891")]


def test_the_wechat_csv_export_is_read_with_its_slashes_and_yuan_signs():
    statement = read(wechat_csv(WECHAT)).statement
    assert statement.source == "wechat"
    repayment, meal = statement.rows
    assert (repayment.flow, repayment.amount, repayment.category) == (
        Flow.NONE, Decimal("3000.00"), "信用卡还款")
    assert repayment.description == "" and repayment.txn_id == "4200000069202603201234567890"
    assert (meal.flow, meal.amount, meal.method) == (Flow.OUT, Decimal("28.16"),
                                                     "中国银行(1234)")


@pytest.mark.parametrize("typed", [False, True])
def test_the_wechat_xlsx_export_reads_like_its_csv(typed):
    from_xlsx = read(wechat_xlsx(WECHAT, typed=typed), "微信支付账单.xlsx").statement
    from_csv = read(wechat_csv(WECHAT)).statement
    assert from_xlsx.source == "wechat"
    assert summary(from_xlsx) == summary(from_csv)
    assert [r.line for r in from_xlsx.rows] == [16, 17]    # sheet rows, summary first


def test_a_truncated_workbook_is_refused_naming_the_file():
    data = wechat_xlsx(WECHAT)
    with pytest.raises(StatementError, match=r"^bill.xlsx: cannot be .* xlsx workbook"):
        read(data[: len(data) // 2], "bill.xlsx")


def test_a_wechat_csv_missing_announced_rows_is_cut_short():
    with pytest.raises(StatementError, match="announces 5 records but holds 2"):
        read(wechat_csv(WECHAT, announce=5))


# -- bank and card CSV ----------------------------------------------------------------------

CMB_HEADER = ["交易日期", "交易时间", "收入", "支出", "余额", "交易类型", "交易备注"]


def test_a_chinese_bank_export_in_gbk_with_debit_and_credit_columns():
    data = bank_csv(CMB_HEADER, [["20260310", "08:00:01", "", "1000.00", "500.00", "贷款还款",
                                  "招商银行 个人贷款"],
                                 ["20260312", "09:00:00", "8,000.00", "", "8500.00", "代发工资",
                                  "公司"]],
                    encoding="gbk", preamble=["# 招商银行交易记录", "# 账号: [6225881234567890]",
                                              ""])
    read_file = read(data, "cmb.csv")
    out, salary = read_file.statement.rows
    assert (out.date, out.amount, out.flow) == (date(2026, 3, 10), Decimal("1000.00"), Flow.OUT)
    assert (salary.amount, salary.flow) == (Decimal("8000.00"), Flow.IN)
    used = read_file.columns
    assert used.how == "guessed"
    assert (used.columns.date, used.columns.debit, used.columns.credit) == ("交易日期", "支出",
                                                                            "收入")
    assert used.columns.description == "交易类型"
    # The other column of words (交易备注) is read too: it says whom the row paid.
    assert out.counterparty == "贷款还款 招商银行 个人贷款"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_delimiters_and_encodings_are_sniffed(delimiter, encoding):
    data = bank_csv(["交易日期", "摘要", "对方户名", "交易金额", "余额"],
                    [["2026-03-10", "贷款还款", "招商银行", "-1000.00", "500.00"],
                     ["2026/3/12", "工资", "某公司", "8000.00", "8500.00"]],
                    delimiter=delimiter, encoding=encoding)
    statement = read(data).statement
    assert summary(statement) == [
        (date(2026, 3, 10), Decimal("1000.00"), Flow.OUT, "招商银行", "贷款还款", ""),
        (date(2026, 3, 12), Decimal("8000.00"), Flow.IN, "某公司", "工资", "")]


@pytest.mark.parametrize(("date_name", "debit", "credit"), [
    ("交易日期", "支出", "存入"), ("记账日期", "支出金额", "存入金额"),
    ("交易日期", "借方金额", "贷方金额"), ("记账日期", "借方发生额", "贷方发生额"),
    ("交易日期", "支取", "收入金额"), ("记账日期", "取出", "存入"),
    ("交易日期", "记账金额(支出)", "记账金额(收入)")])
@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_chinese_money_out_and_money_in_headings(date_name, debit, credit, encoding):
    # issue 11: a card export with its repayment under 存入 lost that row without a word
    data = bank_csv([date_name, "摘要", "对方户名", debit, credit, "余额"],
                    [["2026-03-05", "消费", "超市", "55.00", "", "-55.00"],
                     ["2026-03-20", "还款", "招商银行", "", "3,000.00", "2945.00"]],
                    encoding=encoding)
    read_file = read(data, "card.csv")
    assert summary(read_file.statement) == [
        (date(2026, 3, 5), Decimal("55.00"), Flow.OUT, "超市", "消费", ""),
        (date(2026, 3, 20), Decimal("3000.00"), Flow.IN, "招商银行", "还款", "")]
    used = read_file.columns.columns
    assert (used.date, used.debit, used.credit) == (date_name, debit, credit)
    assert read_file.statement.skipped == ()


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_one_signed_amount_column_under_its_chinese_heading(encoding):
    data = bank_csv(["记账日期", "交易金额", "摘要", "对方户名"],
                    [["2026-03-20", "-1,000.00", "贷款还款", "招商银行"]], encoding=encoding)
    assert summary(read(data).statement) == [
        (date(2026, 3, 20), Decimal("1000.00"), Flow.OUT, "招商银行", "贷款还款", "")]


def test_money_in_a_column_not_found_is_refused_naming_the_column():
    data = bank_csv(["交易日期", "摘要", "支出", "进账", "余额"],
                    [["2026-03-05", "消费", "55.00", "", "-55.00"],
                     ["2026-03-20", "还款", "", "3000.00", "2945.00"],
                     ["2026-03-21", "还款", "0.00", "10.00", "2955.00"]], encoding="gbk")
    with pytest.raises(ColumnsNeeded) as caught:
        read(data, "card.csv")
    assert str(caught.value) == (
        "card.csv: found money out in column 支出 but no column of money in, and 2 rows "
        "(lines 3, 4) have nothing in it: give --credit-column (columns: #1 交易日期, #2 摘要, "
        "#3 支出, #4 进账, #5 余额)")
    given = read(data, "card.csv", columns=ColumnMap(credit="进账"))
    assert [(r.amount, r.flow) for r in given.statement.rows] == [
        (Decimal("55.00"), Flow.OUT), (Decimal("3000.00"), Flow.IN),
        (Decimal("10.00"), Flow.IN)]
    # a file of money out alone, every row with its amount, needs nothing more
    spending = bank_csv(["交易日期", "摘要", "支出"], [["2026-03-05", "消费", "55.00"]])
    assert [r.amount for r in read(spending).statement.rows] == [Decimal("55.00")]


def test_a_row_with_no_amount_is_skipped_with_its_reason():
    data = bank_csv(["交易日期", "摘要", "收入", "支出"],
                    [["2026-03-05", "预授权", "", ""], ["2026-03-06", "消费", "", "55.00"],
                     ["2026-03-07", "调整", "0.00", "-"]])
    statement = read(data).statement
    assert [r.line for r in statement.rows] == [3]
    assert [(s.line, s.reason) for s in statement.skipped] == [
        (2, "no amount in 收入 or 支出"), (4, "no amount in 收入 or 支出")]


def test_an_english_card_export_with_decimal_commas_and_day_first_dates():
    data = bank_csv(["Date", "Description", "Debit", "Credit"],
                    [["28/03/2026", "LOAN PAYMENT", "1.200,00", ""],
                     ["03/04/2026", "Salary", "", "5.000,00"]], delimiter=";")
    first, second = read(data).statement.rows
    assert (first.date, first.amount, first.flow) == (date(2026, 3, 28), Decimal("1200.00"),
                                                      Flow.OUT)
    assert second.date == date(2026, 4, 3)


def test_an_amount_with_a_direction_column():
    data = bank_csv(["记账日期", "摘要", "金额", "借贷标志"],
                    [["2026-03-10", "还款", "1000.00", "借"], ["2026-03-11", "利息", "1.20", "贷"]])
    out, interest = read(data).statement.rows
    assert (out.flow, interest.flow) == (Flow.OUT, Flow.IN)


def test_a_footer_ends_the_table_and_ids_are_kept():
    data = bank_csv(["Transaction Date", "Reference", "Details", "Amount"],
                    [["2026-03-10", "R-1", "CARD AUTOPAY", "-1000.00"],
                     ["合计", "", "", "-1000.00"]])
    (row,) = read(data).statement.rows
    assert row.txn_id == "R-1" and row.counterparty == "CARD AUTOPAY"


def test_columns_that_cannot_be_guessed_ask_for_the_option():
    data = bank_csv(["A", "B", "C", "D"],
                    [["2026-03-10", "还款", "1000.00", "3.50"],
                     ["2026-03-11", "工资", "20.00", "8000.00"]])
    with pytest.raises(ColumnsNeeded) as caught:
        read(data, "odd.csv")
    message = str(caught.value)
    assert message.startswith("odd.csv: cannot tell which column holds the amount")
    assert "--amount-column" in message and "#3 C" in message
    given = read(data, "odd.csv", columns=ColumnMap(amount="C"))
    assert [r.amount for r in given.statement.rows] == [Decimal("1000.00"), Decimal("20.00")]
    assert given.columns.how == "given" and given.columns.columns.date == "A"
    by_number = read(data, "odd.csv", columns=ColumnMap(amount="#4"))
    assert [r.amount for r in by_number.statement.rows] == [Decimal("3.50"),
                                                            Decimal("8000.00")]


def test_remembered_columns_apply_to_a_file_with_the_same_header():
    data = bank_csv(["A", "B", "C", "D"], [["2026-03-10", "还款", "1000.00", "3.50"]])
    first = read(data, columns=ColumnMap(amount="C", description="B"))
    stored = {first.columns.signature: first.columns.columns.to_json()}
    later = read(bank_csv(["A", "B", "C", "D"], [["2026-04-10", "还款", "990.00", "1.00"]]),
                 remembered=stored)
    assert later.columns.how == "remembered"
    assert later.statement.rows[0].amount == Decimal("990.00")
    with pytest.raises(ColumnsNeeded):       # another header: not remembered for it
        read(bank_csv(["A", "B", "C", "E"], [["2026-04-10", "还款", "990.00", "1.00"]]),
             remembered=stored)


def test_a_column_that_is_not_there_is_refused_with_the_columns():
    data = bank_csv(["日期", "摘要", "金额"], [["2026-03-10", "还款", "-10.00"]])
    with pytest.raises(ColumnsNeeded, match=r"--amount-column 'Betrag' is not a column"):
        read(data, columns=ColumnMap(amount="Betrag"))


def test_a_headerless_csv_is_read_by_what_its_columns_hold():
    data = bank_csv(None, [["2026-03-10", "LOAN PAYMENT ACME BANK", "-1000.00"],
                           ["2026-03-12", "GROCERIES", "-55.20"]])
    read_file = read(data)
    assert [r.amount for r in read_file.statement.rows] == [Decimal("1000.00"),
                                                           Decimal("55.20")]
    assert read_file.columns.columns.date == "#1"


def test_an_unclosed_quote_and_a_bad_date_are_refused_naming_their_lines():
    data = b'Date,Description,Amount\n2026-03-10,"LOAN PAYMENT,-1000.00\n'
    with pytest.raises(StatementError, match=r"^q.csv, line 2: is not well-formed CSV"):
        read(data, "q.csv")
    data = bank_csv(["Date", "Description", "Amount"],
                    [["2026-03-10", "A", "-1.00"], ["2026-13-40", "B", "-2.00"],
                     ["2026-03-12", "C", "-3.00"]])
    with pytest.raises(StatementError, match=r"^d.csv, line 3: date: '2026-13-40'"):
        read(data, "d.csv")


def test_a_bank_row_cut_short_is_refused():
    data = bank_csv(["Date", "Description", "Amount", "Balance"],
                    [["2026-03-10", "A", "-1.00", "5.00"]])
    with pytest.raises(StatementError, match=r"line 3: .*cut short"):
        read(data + b"2026-03-11,B", "b.csv")


# -- OFX ------------------------------------------------------------------------------------

BANK_OFX = [OfxTxn("20260310120000[-5:EST]", "-1000.00", "2026031001", "CHASE AUTO LOAN",
                   "LOAN PAYMENT"),
            OfxTxn("20260315", "2500.00", "2026031501", "PAYROLL", trntype="CREDIT"),
            OfxTxn("20260320233000[-5:EST]", "-75.25", "2026032001", "UTILITY")]


def _lines_of(data: bytes, marker: bytes) -> list[int]:
    return [k for k, line in enumerate(data.splitlines(), start=1) if marker in line]


def test_an_ofx_1_sgml_bank_statement():
    data = ofx_sgml(BANK_OFX)
    statement = read(data, "download.qfx").statement
    assert statement.source == "ofx" and statement.account == "****0123"
    loan, pay, late = statement.rows
    assert (loan.date, loan.amount, loan.flow, loan.currency) == (
        date(2026, 3, 10), Decimal("1000.00"), Flow.OUT, "USD")
    assert (loan.counterparty, loan.description, loan.txn_id, loan.category) == (
        "CHASE AUTO LOAN", "LOAN PAYMENT", "2026031001", "debit")
    assert pay.flow is Flow.IN
    # 23:30 in New York is still the 20th (ofxparse's UTC would say the 21st).
    assert late.date == date(2026, 3, 20)
    assert [r.line for r in statement.rows] == _lines_of(data, b"<STMTTRN>")


def test_an_ofx_2_xml_card_statement_with_chinese_names():
    txns = [OfxTxn("20260320", "3000.00", "CC-1", "还款 - 谢谢", "信用卡还款", "CREDIT"),
            OfxTxn("20260321", "-88.50", "CC-2", "超市")]
    statement = read(ofx_xml(txns), "card.ofx").statement
    assert statement.account == "****7890"
    assert [(r.counterparty, r.amount, r.flow) for r in statement.rows] == [
        ("还款 - 谢谢", Decimal("3000.00"), Flow.IN), ("超市", Decimal("88.50"), Flow.OUT)]


def test_an_sgml_statement_in_gbk_is_decoded_by_its_charset():
    txns = [OfxTxn("20260310", "-1000.00", "1", "招商银行 贷款还款")]
    statement = read(ofx_sgml(txns, currency="CNY", charset="936")).statement
    assert statement.rows[0].counterparty == "招商银行 贷款还款"


def test_a_cut_ofx_file_is_refused():
    data = ofx_xml([OfxTxn("20260320", "3000.00", "CC-1", "PAYMENT")])
    with pytest.raises(StatementError, match=r"^card.ofx, line \d+: ends before </OFX>"):
        read(data[: data.index(b"</BANKTRANLIST>")], "card.ofx")


def test_a_malformed_ofx_amount_is_refused_naming_its_line():
    data = ofx_sgml([BANK_OFX[0], OfxTxn("20260311", "12,3x", "X", "BAD")])
    with pytest.raises(StatementError) as caught:
        read(data, "bad.ofx")
    (line,) = _lines_of(data, b"12,3x")
    assert str(caught.value).startswith(f"bad.ofx, line {line}: cannot be read as OFX")


def test_ofx_is_recognised_with_a_byte_order_mark_and_leading_blank_lines():
    data = codecs.BOM_UTF8 + b"\r\n\r\n" + ofx_xml([OfxTxn("20260320", "1.00", "1", "A")])
    assert read(data, "x.txt").statement.source == "ofx"


def test_no_reader_needs_the_fixed_line_count_of_a_layout():
    """Extra summary lines above the header (a newer export) change nothing but lines."""
    data = alipay_csv(MARCH_ALIPAY).decode("gbk").replace("特别提示：",
                                                          "特别提示：\r\n0.新增的一行说明；")
    statement = read(data.encode("gbk")).statement
    assert summary(statement) == summary(read(alipay_csv(MARCH_ALIPAY)).statement)
    assert statement.rows[0].line == 20
    assert ALIPAY_HEADER[0] == "交易时间"
