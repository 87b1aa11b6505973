"""``planner import-statement`` (issue 11): the JSON contract, dry run and apply, nothing recorded
twice, files it cannot read, and CSV columns asked for and remembered."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from planner.cli import main
from tests.statement_files import (
    MARCH_ALIPAY,
    PORTFOLIO,
    TODAY,
    OfxTxn,
    Txn,
    alipay_csv,
    bank_csv,
    ofx_xml,
    wechat_xlsx,
)

PHRASE = "correct horse battery staple"
FIELDS = {"row", "date", "amount", "counterparty", "status", "item_id", "due_date",
          "difference"}


@pytest.fixture
def cli(data_dir: Path, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def household(cli, tmp_path: Path):
    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(PORTFOLIO, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(path))[0] == 0
    return cli


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def payments(cli) -> dict[str, list]:
    code, out, _ = cli("list", "--json", "--today", TODAY)
    assert code == 0
    return {item["id"]: item["payments"] for item in json.loads(out)}


def statement_json(cli, *args: str) -> dict:
    code, out, err = cli("import-statement", *args, "--today", TODAY, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_dry_run_reports_every_repayment_and_records_nothing(household, tmp_path):
    bill = write(tmp_path, "alipay.csv", alipay_csv(MARCH_ALIPAY))
    before = payments(household)
    report = statement_json(household, bill)
    assert set(report) == {"source", "rows", "repayments", "recorded", "duplicates",
                           "proposed_items", "skipped"}
    assert (report["source"], report["rows"], report["recorded"], report["duplicates"]) == (
        "alipay", 4, 0, 0)
    assert all(set(entry) == FIELDS for entry in report["repayments"])
    by_row = {entry["row"]: entry for entry in report["repayments"]}
    assert by_row[19] == {"row": 19, "date": "2026-03-01", "amount": "1000.00",
                          "counterparty": "花呗", "status": "matched", "item_id": "hb",
                          "due_date": "2026-03-01", "difference": None}
    # The car loan's lender took 12.40 more than the 1,000.00 the schedule says.
    assert by_row[21]["item_id"] == "car" and by_row[21]["difference"] == "12.40"
    assert by_row[21]["due_date"] == "2026-03-10"
    assert 20 not in by_row                       # a purchase is no repayment
    (proposal,) = report["proposed_items"]
    assert (proposal["row"], proposal["kind"], proposal["principal"], proposal["lender"]) == (
        22, "credit_line", "5000.00", "借呗")
    assert payments(household) == before


def test_apply_records_the_matched_rows_once(household, tmp_path):
    bill = write(tmp_path, "alipay.csv", alipay_csv(MARCH_ALIPAY))
    first = statement_json(household, bill, "--apply")
    assert (first["recorded"], first["duplicates"]) == (2, 0)
    paid = payments(household)
    assert {"date": "2026-03-01", "amount": "1000.00"} in paid["hb"]
    assert {"date": "2026-03-09", "amount": "1012.40"} in paid["car"]
    again = statement_json(household, bill, "--apply")
    assert (again["recorded"], again["duplicates"]) == (0, 2)
    assert payments(household) == paid
    assert all(e["status"] == "matched" for e in again["repayments"])


def test_overlapping_files_record_nothing_twice(household, tmp_path):
    """A February-March bill, then a March-April bill: March's repayments are in both."""
    feb = Txn("2026-02-01 09:00:00", "1000.00", "不计收支", "花呗", "花呗主动还款-2026年02月账单",
              "信用借还", "余额", "还款成功", "2026020122001477000")
    apr = Txn("2026-04-01 09:00:00", "1000.00", "不计收支", "花呗", "花呗主动还款-2026年04月账单",
              "信用借还", "余额", "还款成功", "2026040122001477009")
    first = write(tmp_path, "feb-mar.csv", alipay_csv([feb, *MARCH_ALIPAY]))
    second = write(tmp_path, "mar-apr.csv", alipay_csv([*MARCH_ALIPAY, apr]))
    assert statement_json(household, first, "--apply")["recorded"] == 3
    report = statement_json(household, second, "--apply")
    assert (report["recorded"], report["duplicates"]) == (1, 2)
    assert len(payments(household)["hb"]) == 3


def test_rows_without_an_id_are_kept_apart_by_a_stable_hash(household, tmp_path):
    rows = [["2026-03-10", "招商银行 车贷还款", "-1000.00"],
            ["2026-04-10", "招商银行 车贷还款", "-1000.00"]]
    header = ["交易日期", "摘要", "交易金额"]
    march = write(tmp_path, "march.csv", bank_csv(header, rows[:1]))
    both = write(tmp_path, "both.csv", bank_csv(header, rows, encoding="gbk", delimiter=";"))
    assert statement_json(household, march, "--apply")["recorded"] == 1
    report = statement_json(household, both, "--apply")
    assert (report["recorded"], report["duplicates"]) == (1, 1)


def test_a_payment_typed_in_by_hand_is_a_duplicate(household, tmp_path):
    assert household("pay", "hb", "--date", "2026-03-02", "--amount", "1000")[0] == 0
    report = statement_json(household, write(tmp_path, "a.csv", alipay_csv(MARCH_ALIPAY)),
                            "--apply")
    assert report["duplicates"] == 1 and report["recorded"] == 1
    assert len(payments(household)["hb"]) == 1


def test_an_unreadable_file_exits_2_naming_file_and_line_and_records_nothing(household,
                                                                               tmp_path):
    data = alipay_csv(MARCH_ALIPAY)
    cut = write(tmp_path, "cut.csv", data[:data.index("借呗放款".encode("gbk"))])
    before = payments(household)
    code, out, err = household("import-statement", cut, "--apply", "--json")
    assert code == 2 and out == ""
    assert err.startswith("planner: cut.csv, line 22: ") and err.count("\n") == 1
    assert payments(household) == before
    code, _, err = household("import-statement", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv: no such file" in err


def test_csv_columns_it_cannot_guess_ask_for_the_option_then_are_remembered(household,
                                                                           tmp_path):
    header = ["A", "B", "C", "D"]
    data = bank_csv(header, [["2026-03-10", "招商银行 车贷还款", "-1000.00", "-3.50"]])
    path = write(tmp_path, "odd.csv", data)
    code, out, err = household("import-statement", path, "--json")
    assert code == 2 and out == ""
    assert "--amount-column" in err and err.count("\n") == 1
    report = statement_json(household, path, "--amount-column", "C")
    assert report["repayments"][0]["item_id"] == "car"
    # Remembered for files with the same header: no option needed next time.
    later = write(tmp_path, "odd-april.csv",
                  bank_csv(header, [["2026-04-10", "招商银行 车贷还款", "-1000.00", "-1.00"]]))
    assert statement_json(household, later)["repayments"][0]["due_date"] == "2026-04-10"


def test_wechat_xlsx_and_ofx_are_read_by_content_whatever_their_names(household, tmp_path):
    card_payment = Txn("2026-03-20 08:00:00", "3000.00", "/", "招商银行信用卡还款", "",
                       "信用卡还款", "零钱", "支付成功", "4200000069202603201234567890")
    report = statement_json(household, write(tmp_path, "export.dat",
                                             wechat_xlsx([card_payment])))
    assert report["source"] == "wechat"
    assert report["repayments"][0]["item_id"] == "cmb"
    assert report["repayments"][0]["difference"] is None     # a card has no fixed amount
    ofx = ofx_xml([OfxTxn("20260320", "3000.00", "CC-1", "还款 - 谢谢 尾号8888", "",
                          "CREDIT")])
    report = statement_json(household, write(tmp_path, "card.csv", ofx))
    assert report["source"] == "ofx" and report["repayments"][0]["item_id"] == "cmb"


def test_format_forces_the_reader(household, tmp_path):
    path = write(tmp_path, "a.csv", alipay_csv(MARCH_ALIPAY))
    code, _, err = household("import-statement", path, "--format", "ofx")
    assert code == 2 and err.startswith("planner: a.csv: has no <OFX> element")
    code, _, err = household("import-statement", path, "--format", "pdf")
    assert code == 2


def test_ambiguous_rows_list_their_candidates_in_the_text_output(household, tmp_path):
    twin = dict(PORTFOLIO["items"][0], id="hb2", name="花呗分期 电脑")
    path = tmp_path / "twin.json"
    path.write_text(json.dumps({"format": "planner-portfolio", "version": 1, "items": [twin]},
                               ensure_ascii=False), encoding="utf-8")
    assert household("import", str(path))[0] == 0
    bill = write(tmp_path, "a.csv", alipay_csv(MARCH_ALIPAY[:1]))
    report = statement_json(household, bill, "--apply")
    (entry,) = report["repayments"]
    assert (entry["status"], entry["item_id"], report["recorded"]) == ("ambiguous", None, 0)
    code, out, _ = household("import-statement", bill, "--today", TODAY)
    assert code == 0 and "hb (2026-03-01) or hb2 (2026-03-01)" in out


def test_the_text_output_says_what_a_dry_run_would_record(household, tmp_path):
    bill = write(tmp_path, "alipay.csv", alipay_csv([replace(MARCH_ALIPAY[2])]))
    code, out, _ = household("import-statement", bill, "--today", TODAY)
    assert code == 0
    assert "+12.40" in out and "--apply records 1 payments" in out


# A card's own export (the layout of a Chinese bank's card CSV): spending in 支出, the
# repayment in 存入, which the reader did not know; the repayment vanished ("1 rows,
# 0 repayments", exit 0).
CARD_HEADER = ["交易日期", "记账日期", "摘要", "对方户名", "支出", "存入", "余额"]
CARD_ROWS = [["2026-03-05", "2026-03-06", "消费", "超市", "55.00", "", "-55.00"],
             ["2026-03-20", "2026-03-20", "还款", "招商银行信用卡还款 尾号8888", "", "3000.00",
              "2945.00"]]


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_card_csv_with_its_repayments_in_a_cun_ru_column(household, tmp_path, encoding):
    path = write(tmp_path, "card.csv", bank_csv(CARD_HEADER, CARD_ROWS, encoding=encoding))
    report = statement_json(household, path)
    assert (report["rows"], report["skipped"]) == (2, [])
    (repayment,) = report["repayments"]
    assert (repayment["row"], repayment["amount"], repayment["item_id"]) == (3, "3000.00",
                                                                            "cmb")
    code, out, _ = household("import-statement", path, "--today", TODAY)
    assert code == 0 and "columns (guessed): date=交易日期, debit=支出, credit=存入" in out


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig"])
def test_a_money_in_column_it_cannot_find_is_named_not_dropped(household, tmp_path,
                                                                encoding):
    header = [*CARD_HEADER[:5], "进账", CARD_HEADER[6]]   # a heading no bank list has
    path = write(tmp_path, "card.csv", bank_csv(header, CARD_ROWS, encoding=encoding))
    code, out, err = household("import-statement", path, "--today", TODAY)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("planner: card.csv: found money out in column 支出 but no column "
                          "of money in, and 1 row (line 3) has nothing in it: give "
                          "--credit-column (columns: #1 交易日期,")
    report = statement_json(household, path, "--credit-column", "进账")
    assert [r["item_id"] for r in report["repayments"]] == ["cmb"]


def test_rows_with_no_amount_are_counted_and_said_not_dropped(household, tmp_path):
    rows = [*CARD_ROWS, ["2026-03-25", "2026-03-25", "预授权", "酒店", "", "", "2945.00"],
            ["2026-03-26", "2026-03-26", "调整", "", "0.00", "", "2945.00"]]
    path = write(tmp_path, "card.csv", bank_csv(CARD_HEADER, rows, encoding="gbk"))
    report = statement_json(household, path)
    assert report["rows"] == 2
    assert report["skipped"] == [{"row": 4, "reason": "no amount in 支出 or 存入"},
                                 {"row": 5, "reason": "no amount in 支出 or 存入"}]
    code, out, _ = household("import-statement", path, "--today", TODAY)
    assert code == 0 and "skipped 2 rows (no amount in 支出 or 存入): lines 4, 5" in out


def test_card_says_whose_statement_a_card_csv_is(household, tmp_path):
    """A card's CSV that does not name its card: --card 8888 makes its PAYMENT - THANK YOU
    the 招行 card's (not the car loan's or 花呗's, due the same 1,000.00); another card's
    digits leave it to the amount alone; a file's card number column says it without the
    flag."""
    text = ("Transaction Date,Post Date,Description,Category,Type,Amount\n"
            "03/05/2026,03/06/2026,GROCERY OUTLET,Groceries,Sale,-42.10\n"
            "03/10/2026,03/10/2026,PAYMENT - THANK YOU,,Payment,1000.00\n")
    csv_file = write(tmp_path, "activity.csv", text.encode("utf-8"))
    (alone,) = statement_json(household, csv_file)["repayments"]
    assert (alone["status"], alone["item_id"]) == ("ambiguous", None)
    (on_card,) = statement_json(household, csv_file, "--card", "8888")["repayments"]
    assert (on_card["status"], on_card["item_id"], on_card["difference"]) == (
        "matched", "cmb", None)
    (other,) = statement_json(household, csv_file, "--card", "4821")["repayments"]
    assert (other["status"], other["item_id"]) == ("ambiguous", None)
    named = text.replace(",Amount\n", ",Amount,Card Number\n").replace("\n03/", ",XXXX8888\n03/")
    named_file = write(tmp_path, "named.csv", (named.rstrip("\n") + ",XXXX8888\n")
                       .encode("utf-8"))
    (from_file,) = statement_json(household, named_file)["repayments"]
    assert from_file["item_id"] == "cmb"
    code, _, err = household("import-statement", csv_file, "--card", "48210")
    assert code == 2 and "'48210' is not a card's last four digits" in err
