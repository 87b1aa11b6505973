"""Statement files built in the tests, in the layouts the real exports use (issue 11).

Where each layout comes from (learned from, not copied):

- Alipay, current export (支付宝 "电子客户回单", GBK CSV): a summary block (导出信息, 起始时间,
  共N笔记录, 特别提示…) then ``交易时间, 交易分类, 交易对方, 对方账号, 商品说明, 收/支, 金额,
  收/付款方式, 交易状态, 交易订单号, 商家订单号, 备注`` with cells padded by spaces and order
  numbers followed by a tab; as in deb-sig/double-entry-generator's
  example/alipay/example-alipay-records.csv and jiegec/china_bean_importers' alipay_mobile
  importer (花呗 repayments as 信用借还 / 不计收支).
- Alipay, older web export (交易记录明细查询): ``交易号, 商家订单号, 交易创建时间, 付款时间,
  最近修改时间, 交易来源地, 类型, 交易对方, 商品名称, 金额（元）, 收/支, 交易状态, 服务费（元）,
  成功退款（元）, 备注, 资金状态``, a line of dashes and a 共N笔记录 footer after the table; as
  china_bean_importers' alipay_web importer and the preciouss Alipay importer describe it.
- WeChat Pay (微信支付账单明细, CSV and xlsx): summary lines, a dashed title, then ``交易时间,
  交易类型, 交易对方, 商品, 收/支, 金额(元), 支付方式, 当前状态, 交易单号, 商户单号, 备注``, "/"
  for empty cells, amounts as ¥12.00, 信用卡还款 with 收/支 "/"; as in double-entry-generator's
  example/wechat/example-wechat-records.csv and china_bean_importers' wechat importer.
- OFX 1.0.2 (SGML: a colon header, unclosed leaf elements) and OFX 2.x (XML with an
  ``<?OFX ...?>`` processing instruction), bank (STMTRS) and card (CCSTMTRS) statements, as the
  OFX specification lays them out.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

ALIPAY_HEADER = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
                 "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]
ALIPAY_OLD_HEADER = ["交易号", "商家订单号", "交易创建时间", "付款时间", "最近修改时间",
                     "交易来源地", "类型", "交易对方", "商品名称", "金额（元）", "收/支",
                     "交易状态", "服务费（元）", "成功退款（元）", "备注", "资金状态"]
WECHAT_HEADER = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式",
                 "当前状态", "交易单号", "商户单号", "备注"]


@dataclass(frozen=True)
class Txn:
    """One transaction as a test writes it; each builder lays it out its export's way."""

    when: str                  # "2026-03-01 10:00:00"
    amount: str                # "1000.00", unsigned
    flow: str = "支出"          # 支出 / 收入 / 不计收支
    counterparty: str = ""
    description: str = ""
    category: str = ""
    method: str = "余额"
    status: str = "交易成功"
    txn_id: str = ""


def alipay_csv(txns: Sequence[Txn], *, encoding: str = "gbk", announce: int | None = None
               ) -> bytes:
    """The current Alipay export: summary block, padded cells, ids followed by a tab."""
    count = len(txns) if announce is None else announce
    summary = [
        "-" * 84, "导出信息：", "姓名：张三", "支付宝账户：zhang***@example.com",
        "起始时间：[2026-03-01 00:00:00]    终止时间：[2026-03-31 23:59:59]",
        "导出交易类型：[全部]", "导出时间：[2026-04-01 09:12:52]", f"共{count}笔记录",
        "收入：0笔 0.00元", "支出：1笔 55.00元", "不计收支：2笔 6000.00元", "", "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，以实际交易情况为准；",
        "9.本明细仅供个人对账使用。", "",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24]
    lines = [*summary, ",".join(f"{h:<20}" for h in ALIPAY_HEADER) + ","]
    for t in txns:
        cells = [t.when, t.category or "其他", t.counterparty, "/", t.description, t.flow,
                 t.amount, t.method, t.status, f"{t.txn_id}\t", "\t", ""]
        lines.append(",".join(f"{c:<20}" for c in cells) + ",")
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def alipay_old_csv(txns: Sequence[Txn], *, encoding: str = "gbk") -> bytes:
    """The older Alipay web export: 资金状态 beside 收/支, dashes and a count after the table."""
    lines = ["支付宝交易记录明细查询", "账号:[20880012345678900156]",
             "起始日期:[2019-03-01 00:00:00]    终止日期:[2019-04-01 00:00:00]",
             "---------------------------------交易记录明细列表------------------------------------",
             ",".join(ALIPAY_OLD_HEADER) + ","]
    for t in txns:
        fund = {"支出": "已支出", "收入": "已收入"}.get(t.flow, "资金转移")
        cells = [t.txn_id, "", t.when, t.when, t.when, "支付宝网站", t.category or "即时到账交易",
                 t.counterparty, t.description, t.amount,
                 t.flow if t.flow in ("支出", "收入") else "", t.status, "0.00", "0.00", "",
                 fund]
        lines.append(",".join(f"{c}  " for c in cells) + ",")
    lines += ["-" * 84, f"共{len(txns)}笔记录", "已收入:0笔,0.00元", "待收入:0笔,0.00元",
              "已支出:1笔,1000.00元", "导出时间:[2019-04-02 10:00:00]    用户:张三"]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def _wechat_cells(t: Txn) -> list[str]:
    flow = t.flow if t.flow in ("支出", "收入") else "/"
    return [t.when, t.category or "商户消费", t.counterparty or "/", t.description or "/",
            flow, f"¥{t.amount}", t.method, t.status or "支付成功", f"{t.txn_id}\t", "/\t", "/"]


def _wechat_summary(count: int) -> list[list[str]]:
    return [["微信支付账单明细"], ["微信昵称：[测试]"],
            ["起始时间：[2026-03-01 00:00:00] 终止时间：[2026-03-31 23:59:59]"],
            ["导出类型：[全部]"], ["导出时间：[2026-04-01 16:05:22]"], [],
            [f"共{count}笔记录"], ["收入：0笔 0.00元"], ["支出：1笔 3000.00元"],
            ["中性交易：0笔 0.00元"], ["注："],
            ["1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易"], [],
            ["----------------------微信支付账单明细列表--------------------"]]


def wechat_csv(txns: Sequence[Txn], *, encoding: str = "utf-8-sig",
               announce: int | None = None) -> bytes:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    width = len(WECHAT_HEADER)
    for row in _wechat_summary(len(txns) if announce is None else announce):
        writer.writerow(row + [""] * (width - len(row)))
    writer.writerow(WECHAT_HEADER)
    for t in txns:
        writer.writerow(_wechat_cells(t))
    return out.getvalue().encode(encoding)


def wechat_xlsx(txns: Sequence[Txn], *, typed: bool = False) -> bytes:
    """The xlsx export (2023 on). ``typed``: dates and amounts as Excel values, not text."""
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in _wechat_summary(len(txns)):
        sheet.append(row or [None])
    sheet.append(WECHAT_HEADER)
    for t in txns:
        cells: list[object] = _wechat_cells(t)
        cells[8] = t.txn_id
        if typed:
            cells[0] = datetime.fromisoformat(t.when)
            cells[5] = float(t.amount)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bank_csv(header: Sequence[str] | None, rows: Sequence[Sequence[str]], *,
             delimiter: str = ",", encoding: str = "utf-8", preamble: Sequence[str] = ()
             ) -> bytes:
    import csv

    out = io.StringIO()
    for line in preamble:
        out.write(line + "\n")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


@dataclass(frozen=True)
class OfxTxn:
    posted: str        # 20260310 or 20260310120000[-5:EST]
    amount: str        # signed: -1000.00 out
    fitid: str
    name: str
    memo: str = ""
    trntype: str = "DEBIT"


def _ofx_txns(txns: Sequence[OfxTxn], close: bool) -> str:
    parts = []
    for t in txns:
        leaf = (lambda tag, v: f"<{tag}>{v}</{tag}>") if close else (lambda tag, v: f"<{tag}>{v}")
        body = "".join([leaf("TRNTYPE", t.trntype), leaf("DTPOSTED", t.posted),
                        leaf("TRNAMT", t.amount), leaf("FITID", t.fitid), leaf("NAME", t.name),
                        leaf("MEMO", t.memo) if t.memo else ""])
        parts.append(f"<STMTTRN>{body}</STMTTRN>")
    return "\n".join(parts)


def ofx_sgml(txns: Sequence[OfxTxn], *, card: bool = False, currency: str = "USD",
             account: str = "1234567890123", charset: str = "1252") -> bytes:
    """OFX 1.0.2: the colon header, then SGML whose leaf elements are never closed."""
    header = ("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
              f"CHARSET:{charset}\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n")
    account_from = (f"<CCACCTFROM><ACCTID>{account}</CCACCTFROM>" if card else
                    f"<BANKACCTFROM><BANKID>121000248<ACCTID>{account}<ACCTTYPE>CHECKING"
                    "</BANKACCTFROM>")
    wrapper, rs = ("CREDITCARDMSGSRSV1", "CCSTMT") if card else ("BANKMSGSRSV1", "STMT")
    body = (f"<OFX>\n<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<DTSERVER>20260401120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n"
            f"<{wrapper}><{rs}TRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>\n"
            f"<{rs}RS><CURDEF>{currency}{account_from}\n"
            f"<BANKTRANLIST><DTSTART>20260301<DTEND>20260331\n{_ofx_txns(txns, False)}\n"
            f"</BANKTRANLIST><LEDGERBAL><BALAMT>1500.00<DTASOF>20260331</LEDGERBAL>"
            f"</{rs}RS></{rs}TRNRS></{wrapper}>\n</OFX>\n")
    encoding = {"1252": "cp1252", "936": "gbk"}.get(charset, "ascii")
    return (header + body).replace("\n", "\r\n").encode(encoding)


def ofx_xml(txns: Sequence[OfxTxn], *, card: bool = True, currency: str = "CNY",
            account: str = "6225881234567890") -> bytes:
    """OFX 2.x: an XML declaration and <?OFX?> instruction, every element closed."""
    account_from = (f"<CCACCTFROM><ACCTID>{account}</ACCTID></CCACCTFROM>" if card else
                    f"<BANKACCTFROM><BANKID>0001</BANKID><ACCTID>{account}</ACCTID>"
                    "<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>")
    wrapper, rs = ("CREDITCARDMSGSRSV1", "CCSTMT") if card else ("BANKMSGSRSV1", "STMT")
    text = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" '
            'NEWFILEUID="NONE"?>\n<OFX>\n'
            "  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY>"
            "</STATUS><DTSERVER>20260401120000</DTSERVER><LANGUAGE>CHI</LANGUAGE></SONRS>"
            "</SIGNONMSGSRSV1>\n"
            f"  <{wrapper}><{rs}TRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE>"
            "<SEVERITY>INFO</SEVERITY></STATUS>\n"
            f"    <{rs}RS><CURDEF>{currency}</CURDEF>{account_from}\n"
            "      <BANKTRANLIST><DTSTART>20260301</DTSTART><DTEND>20260331</DTEND>\n"
            f"{_ofx_txns(txns, True)}\n"
            "      </BANKTRANLIST>\n"
            "      <LEDGERBAL><BALAMT>-500.00</BALAMT><DTASOF>20260331</DTASOF></LEDGERBAL>\n"
            f"    </{rs}RS></{rs}TRNRS></{wrapper}>\n</OFX>\n")
    return text.encode("utf-8")


# -- a household and a month of its statements ---------------------------------------------

PORTFOLIO = {"format": "planner-portfolio", "version": 1, "items": [
    {"id": "hb", "name": "花呗分期 手机", "lender": "支付宝", "kind": "installment",
     "principal": "6000", "start": "2026-01-01", "term": 6, "rate": {"monthly_fee": "0"}},
    {"id": "car", "name": "车贷", "lender": "招商银行", "kind": "loan", "principal": "36000",
     "start": "2026-01-10", "term": 36, "rate": {"annual": "0"}},
    {"id": "cmb", "name": "招行信用卡", "lender": "招商银行", "kind": "card",
     "card_last4": "8888", "balance": "8000", "start": "2026-01-01",
     "rate": {"daily": "0.0005"}},
]}
TODAY = "2026-04-05"

MARCH_ALIPAY = [
    Txn("2026-03-01 10:00:00", "1000.00", "不计收支", "花呗", "花呗主动还款-2026年03月账单",
        "信用借还", "招商银行储蓄卡(1234)", "还款成功", "2026030122001477001"),
    Txn("2026-03-05 12:00:00", "55.00", "支出", "超市", "购物", "日用百货", "余额", "交易成功",
        "2026030522001477002"),
    Txn("2026-03-09 08:30:00", "1012.40", "不计收支", "招商银行", "车贷还款", "信用借还", "余额",
        "还款成功", "2026030922001477004"),
    Txn("2026-03-22 09:00:00", "5000.00", "不计收支", "借呗", "借呗放款至余额", "信用借还",
        "余额", "交易成功", "2026032222001477003"),
]
