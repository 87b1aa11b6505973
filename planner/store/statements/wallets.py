"""Alipay (支付宝) and WeChat Pay (微信支付) bill exports.

Both start with a block of summary lines (who, which period, how many records) and then a
table; the header row is found by its column names. Layouts read (as the public descriptions of
these exports and the open-source importers that read them show them: deb-sig's
double-entry-generator, jiegec's china_bean_importers):

- Alipay, the current export (电子客户回单, GBK CSV): 交易时间, 交易分类, 交易对方, 对方账号,
  商品说明, 收/支, 金额, 收/付款方式, 交易状态, 交易订单号, 商家订单号, 备注; cells padded with
  spaces, order numbers followed by a tab.
- Alipay, the older export (交易记录明细查询): 交易号, 商家订单号, 交易创建时间, 付款时间,
  最近修改时间, 交易来源地, 类型, 交易对方, 商品名称, 金额（元）, 收/支, 交易状态, 服务费（元）,
  成功退款（元）, 备注, 资金状态; a line of dashes ends the table.
- WeChat Pay (CSV, and xlsx since 2023): 交易时间, 交易类型, 交易对方, 商品, 收/支, 金额(元),
  支付方式, 当前状态, 交易单号, 商户单号, 备注; "/" for an empty cell, amounts as ¥12.00.

A summary that announces more records than the table holds means the file was cut short: it is
refused, like a row cut short or a cell that is not a date or an amount.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.core.statement import (
    Flow,
    Statement,
    StatementRow,
    masked_row,
    parse_day,
    parse_money,
)
from planner.store.statements.sheet import (
    Row,
    Sheet,
    StatementError,
    announced_count,
    column_name,
    columns,
    find_header,
    first_of,
)


@dataclass(frozen=True, slots=True)
class _Layout:
    source: str
    dates: tuple[str, ...]
    amount: tuple[str, ...]
    flow: tuple[str, ...]
    counterparty: tuple[str, ...]
    description: tuple[str, ...]
    category: tuple[str, ...]
    method: tuple[str, ...]
    status: tuple[str, ...]
    txn_id: tuple[str, ...]
    fund_state: tuple[str, ...] = ()    # the older Alipay's 资金状态 (已支出 / 已收入)

    def fits(self, names: set[str]) -> bool:
        return all(any(column_name(n) in names for n in group) for group in
                   (self.dates, self.amount, self.counterparty, self.txn_id, self.category))


ALIPAY = _Layout(
    "alipay", dates=("交易时间", "付款时间", "交易创建时间"), amount=("金额", "金额（元）"),
    flow=("收/支",), counterparty=("交易对方",), description=("商品说明", "商品名称"),
    category=("交易分类", "类型"), method=("收/付款方式",), status=("交易状态",),
    txn_id=("交易订单号", "交易号"), fund_state=("资金状态",))
WECHAT = _Layout(
    "wechat", dates=("交易时间",), amount=("金额(元)", "金额"), flow=("收/支",),
    counterparty=("交易对方",), description=("商品",), category=("交易类型",),
    method=("支付方式",), status=("当前状态",), txn_id=("交易单号",))

_FLOWS = {"支出": Flow.OUT, "收入": Flow.IN, "已支出": Flow.OUT, "已收入": Flow.IN}


def header_of(sheet: Sheet, layout: _Layout) -> int | None:
    return find_header(sheet.rows, layout.fits)


def read_wallet(sheet: Sheet, layout: _Layout) -> Statement:
    header_index = header_of(sheet, layout)
    if header_index is None:
        raise StatementError(sheet.name, None, f"has no {layout.source} bill header row "
                                               f"(交易时间, 金额, 交易对方…)")
    header = sheet.rows[header_index]
    named = columns(header)

    def pick(names: tuple[str, ...]) -> int | None:
        return first_of(named, *(column_name(n) for n in names))

    dates = [named[column_name(n)] for n in layout.dates if column_name(n) in named]
    at = {"amount": pick(layout.amount), "flow": pick(layout.flow),
          "counterparty": pick(layout.counterparty), "description": pick(layout.description),
          "category": pick(layout.category), "method": pick(layout.method),
          "status": pick(layout.status), "txn_id": pick(layout.txn_id),
          "fund_state": pick(layout.fund_state)}
    needed = max(i for i in (*dates, at["amount"], at["counterparty"], at["txn_id"])
                 if i is not None)
    rows = []
    last_line = header.line
    for row in sheet.rows[header_index + 1:]:
        first = row.cells[0] if row.cells else ""
        if first.startswith("---") or (len(row.cells) == 1 and not _is_day(first)):
            break  # the footer (a line of dashes, 共N笔记录…)
        last_line = row.line
        if len(row.cells) <= needed:
            raise StatementError(sheet.name, row.line,
                                 f"the row has {len(row.cells)} of the {len(header.cells)} "
                                 "columns of the header: it is cut short")
        rows.append(_wallet_row(sheet.name, row, dates, at, layout))
    _check_count(sheet, header_index, len(rows), last_line)
    return Statement(layout.source, tuple(rows))


def _is_day(text: str) -> bool:
    try:
        parse_day(text)
    except ValueError:
        return False
    return True


def _wallet_row(name: str, row: Row, dates: list[int], at: dict[str, int | None],
                layout: _Layout) -> StatementRow:
    def text(key: str) -> str:
        value = row.cell(at[key])
        return "" if value == "/" else value

    when = next((row.cell(i) for i in dates if row.cell(i)), "")
    try:
        day = parse_day(when)
    except ValueError as error:
        raise StatementError(name, row.line, f"交易时间: {error}") from None
    try:
        amount = parse_money(row.cell(at["amount"]))
    except ValueError as error:
        raise StatementError(name, row.line, f"金额: {error}") from None
    flow = _FLOWS.get(text("flow"))
    if flow is None:
        flow = _FLOWS.get(text("fund_state"), Flow.NONE)
    if amount < 0:
        amount, flow = -amount, Flow.OUT if flow is Flow.NONE else flow
    return masked_row(StatementRow(
        row.line, day, amount, flow, counterparty=text("counterparty"),
        description=text("description"), category=text("category"), method=text("method"),
        status=text("status"), txn_id=text("txn_id"), currency="CNY"))


def _check_count(sheet: Sheet, header_index: int, read: int, last_line: int) -> None:
    summary = [" ".join(r.cells) for r in sheet.rows[:header_index]]
    footer = [" ".join(r.cells) for r in sheet.rows[header_index + 1 + read:]]
    announced = announced_count(summary + footer)
    if announced is not None and read < announced:
        raise StatementError(sheet.name, last_line,
                             f"the bill announces {announced} records but holds {read}: the "
                             "file is cut short")
