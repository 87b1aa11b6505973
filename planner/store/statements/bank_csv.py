"""Any bank's or card's CSV (or xlsx): the header row found by its column names, the date,
description and amount (or debit and credit) columns guessed from those names in Chinese or
English, else from what the columns hold, and confirmed once: the person gives the columns
(``--date-column`` and friends) where the guess fails, and the choice is remembered for files
with the same header (:func:`signature`).

Signs: one amount column is negative for money out (unless a 收/支 or 借贷 column says which
way); a debit column is money out and a credit column money in, whatever their signs.

A card's own export says whose card it is: a column of card or account numbers (卡号, 账号,
Card Number, Account) or a line above the header (``卡号：6225********4821``, ``Account
Number,XXXX4821``) gives each row the card's last four digits (never more), which a row naming
no card (``PAYMENT - THANK YOU``) is matched with.

No dated row is dropped without a word: a file with a money-out column and no money-in column
found (or the reverse) whose rows leave that column empty is refused naming the column it
could not find (:class:`ColumnsNeeded`); a row with nothing in either money column, or an
amount of 0, is listed in the statement's ``skipped`` with its reason.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from planner.core.statement import (
    DayOrder,
    Flow,
    SkippedRow,
    Statement,
    StatementRow,
    day_order_of,
    last4,
    looks_like_day,
    looks_like_money,
    masked_row,
    parse_day,
    parse_money,
)
from planner.store.statements.sheet import Row, Sheet, StatementError, column_name

#: Header names of each role (compared folded: no spaces, lower case, full-width folded).
NAMES: dict[str, tuple[str, ...]] = {
    "date": ("交易日期", "记账日期", "入账日期", "交易时间", "日期", "交易日", "记账日",
             "date", "transactiondate", "postingdate", "posteddate", "postdate", "transdate",
             "trans.date", "valuedate", "bookingdate", "completeddate"),
    "amount": ("交易金额", "金额", "发生额", "人民币金额", "交易金额(元)", "金额(元)", "amount",
               "transactionamount", "amount(cny)", "amount(usd)", "value"),
    "debit": ("支出", "支出金额", "借方金额", "借方发生额", "付款金额", "取出", "取出金额",
              "支取", "支取金额", "转出金额", "记账金额(支出)", "debit", "debits",
              "debitamount", "withdrawal", "withdrawals", "moneyout", "paidout"),
    "credit": ("收入", "收入金额", "贷方金额", "贷方发生额", "存入", "存入金额", "转入金额",
               "记账金额(收入)", "credit", "credits", "creditamount", "deposit", "deposits",
               "moneyin", "paidin"),
    "description": ("摘要", "交易摘要", "交易描述", "描述", "交易说明", "用途", "附言", "备注",
                    "交易类型", "description", "details", "transactiondetails", "memo",
                    "narrative", "particulars"),
    "counterparty": ("对方户名", "交易对方", "对方名称", "对方账户名", "收/付款方", "商户名称",
                     "对方", "payee", "name", "merchant", "counterparty", "payee/payer"),
    "txn_id": ("交易流水号", "流水号", "交易参考号", "参考号", "交易号", "transactionid",
               "referencenumber", "reference", "ref", "fitid"),
    "direction": ("收/支", "收支", "借贷标志", "借贷", "借贷方向", "dr/cr", "debit/credit",
                  "creditdebitindicator"),
}
#: Columns, and labels of the lines above the header, naming the statement's own card or
#: account (folded as :func:`column_name` folds; a label's colon dropped).
CARD_NAMES = ("卡号", "卡号后四位", "卡号末四位", "卡号后4位", "卡号末4位", "卡片号码", "卡片",
              "信用卡卡号", "信用卡号", "交易卡号", "本方卡号", "本方账号", "卡号/账号", "账号",
              "账户", "账户号码", "卡尾号", "卡号尾号", "尾号", "card", "cardnumber", "cardno",
              "cardno.", "card#", "cardlast4", "cardlastfour", "cardending", "cardendingin",
              "account", "accountnumber", "accountno", "accountno.", "account#", "acctno",
              "accountending", "accountendingin")
_OUT_WORDS = ("支", "借", "dr", "debit", "out", "出")
_IN_WORDS = ("收", "贷", "cr", "credit", "in", "入")


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column plays which part: a header name as written, or ``#N`` (1-based)."""

    date: str | None = None
    amount: str | None = None
    debit: str | None = None
    credit: str | None = None
    description: str | None = None
    counterparty: str | None = None
    txn_id: str | None = None
    direction: str | None = None

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_json(cls, data: Any) -> ColumnMap:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in known and v})

    def over(self, other: ColumnMap) -> ColumnMap:
        """These columns, the rest from ``other``."""
        return replace(other, **{k: v for k, v in asdict(self).items() if v})


@dataclass(frozen=True, slots=True)
class CsvColumns:
    """The columns used to read a bank CSV, and how they were settled."""

    signature: str
    columns: ColumnMap
    how: str            # "given", "remembered" or "guessed"
    header: tuple[str, ...]


class ColumnsNeeded(StatementError):
    """The columns of a bank CSV could not be guessed: the message says which option to give;
    ``header`` lists the columns (empty names for a table without a header row)."""

    def __init__(self, name: str, line: int | None, problem: str,
                 header: tuple[str, ...] = ()) -> None:
        super().__init__(name, line, problem)
        self.header = header


OPTIONS = {"date": "--date-column", "amount": "--amount-column", "debit": "--debit-column",
           "credit": "--credit-column", "description": "--description-column",
           "counterparty": "--counterparty-column", "txn_id": "--id-column",
           "direction": "--direction-column"}


def signature(header: tuple[str, ...]) -> str:
    """What identifies a source's layout: its column names (or its width, without a header).

    >>> signature(("交易日期", "摘要", "金额")) == signature((" 交易日期 ", "摘要", "金额"))
    True
    """
    material = "|".join(column_name(c) for c in header)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def _role_of(name: str) -> str | None:
    folded = column_name(name)
    for role, names in NAMES.items():
        if folded in names:
            return role
    for role, names in NAMES.items():  # 交易金额(人民币) and the like
        if any(folded.startswith(n) for n in names if len(n) >= 2):
            return role
    return None


def _named_roles(cells: tuple[str, ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = _role_of(cell)
        if role and role not in roles:
            roles[role] = index
    return roles


def _header_index(rows: tuple[Row, ...]) -> int | None:
    """The first row naming a date and an amount (or debit/credit) column; else the first row
    of plain words that a row holding a date follows; None when the table has no header."""
    for index, row in enumerate(rows[:60]):
        roles = _named_roles(row.cells)
        if "date" in roles and ({"amount", "debit", "credit"} & roles.keys()):
            return index
    for index, row in enumerate(rows[:60]):
        if len(row.cells) < 2 or any(looks_like_day(c) or looks_like_money(c)
                                     for c in row.cells if c):
            continue
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and len(following.cells) >= 2 and any(
                looks_like_day(c) for c in following.cells):
            return index
    return None


def _resolve(ref: str | None, header: tuple[str, ...], name: str, option: str) -> int | None:
    if not ref:
        return None
    text = ref.strip()
    if text.lstrip("#").isdigit():
        index = int(text.lstrip("#")) - 1
        if 0 <= index < max(len(header), 1) or not header:
            return index
    wanted = column_name(text)
    for index, cell in enumerate(header):
        if column_name(cell) == wanted:
            return index
    raise ColumnsNeeded(name, None, f"{option} {ref!r} is not a column of it (columns: "
                                    f"{_listing(header)})", header)


def _listing(header: tuple[str, ...]) -> str:
    return ", ".join(f"#{k + 1} {c}" if c else f"#{k + 1}" for k, c in enumerate(header))


def _guess_by_content(data: list[Row], width: int, taken: set[int]) -> dict[str, int]:
    """Columns guessed from what they hold: the one column of dates, the one of amounts
    (decimals or signs, not bare ids), the longest words as the description."""
    sample = data[:200]
    roles: dict[str, int] = {}
    dates, amounts, texts = [], [], []
    for index in range(width):
        if index in taken:
            continue
        values = [r.cell(index) for r in sample if r.cell(index)]
        if not values:
            continue
        if sum(looks_like_day(v) for v in values) >= 0.9 * len(values):
            dates.append(index)
        elif (sum(looks_like_money(v) for v in values) >= 0.9 * len(values)
              and sum(("." in v or v.strip()[:1] in "+-(¥$") for v in values)
              >= 0.5 * len(values)):
            amounts.append(index)
        else:
            texts.append((sum(len(v) for v in values) / len(values), index))
    if len(dates) == 1:
        roles["date"] = dates[0]
    if len(amounts) == 1:
        roles["amount"] = amounts[0]
    if texts:
        roles["description"] = max(texts)[1]
    return roles


def read_bank_csv(sheet: Sheet, given: ColumnMap = ColumnMap(),
                  remembered: dict[str, Any] | None = None) -> tuple[Statement, CsvColumns]:
    rows = sheet.rows
    if not rows:
        raise StatementError(sheet.name, None, "is empty")
    header_index = _header_index(rows)
    if header_index is None:
        width = max(len(r.cells) for r in rows)
        header: tuple[str, ...] = ("",) * width
        data = list(rows)
        sign = signature(tuple(f"#{k + 1}" for k in range(width)))
    else:
        header = rows[header_index].cells
        data = list(rows[header_index + 1:])
        sign = signature(header)
    stored = ColumnMap.from_json((remembered or {}).get(sign))
    name = sheet.name
    card_at = [k for k, cell in enumerate(header) if column_name(cell) in CARD_NAMES]
    resolved: dict[str, int] = {}
    how = "guessed"
    for source, label in ((given, "given"), (stored, "remembered")):
        for role, ref in source.to_json().items():
            if role not in resolved:
                resolved[role] = _resolve(ref, header, name, OPTIONS[role])
                how = label if how == "guessed" else how
    if "date" not in resolved or not ({"amount", "debit", "credit"} & resolved.keys()):
        named = _named_roles(header)
        for role, index in named.items():
            resolved.setdefault(role, index)
        if "date" not in resolved or not ({"amount", "debit", "credit"} & resolved.keys()):
            guessed = _guess_by_content(data, len(header) or 0,
                                        set(resolved.values()) | set(card_at))
            for role, index in guessed.items():
                resolved.setdefault(role, index)
    else:
        for role, index in _named_roles(header).items():  # description, id… by their names
            if index not in resolved.values():
                resolved.setdefault(role, index)
    if "date" not in resolved:
        raise ColumnsNeeded(name, None, "cannot tell which column holds the date: give "
                                        f"--date-column (columns: {_listing(header)})", header)
    if not ({"amount", "debit", "credit"} & resolved.keys()):
        raise ColumnsNeeded(name, None, "cannot tell which column holds the amount: give "
                                        "--amount-column, or --debit-column and "
                                        f"--credit-column (columns: {_listing(header)})",
                            header)
    _check_both_ways(name, data, resolved, header)
    used = ColumnMap(**{role: (header[i] if i < len(header) and header[i] else f"#{i + 1}")
                        for role, i in resolved.items()})
    # Other columns of words (交易备注 beside 交易类型, a second memo) say whom a row paid too.
    extra = [k for k, cell in enumerate(header) if k not in resolved.values()
             and any(word in column_name(cell) for word in _WORDS)]
    card_at = [k for k in card_at if k not in resolved.values()]
    card = _card_above(rows[:header_index] if header_index else ())
    rows, skipped = _rows(name, data, resolved, extra, header,
                          card_at[0] if card_at else None, card)
    statement = Statement("csv", tuple(rows), skipped=tuple(skipped))
    return statement, CsvColumns(sign, used, how, header)


def _column(header: tuple[str, ...], index: int) -> str:
    return header[index] if index < len(header) and header[index] else f"#{index + 1}"


def _dated(data: list[Row], at: dict[str, int]):
    """The rows of the table: those with a date, up to a footer (合计, Total, 共 N 笔)."""
    for row in data:
        when = row.cell(at["date"])
        if not any(ch.isdigit() for ch in when):
            if when:
                return   # a footer
            continue     # a row with no date: a continuation or a blank line
        yield row


def _blank(text: str) -> bool:
    if not text or text in _EMPTY:
        return True
    try:
        return parse_money(text) == 0
    except ValueError:
        return False


def _check_both_ways(name: str, data: list[Row], at: dict[str, int],
                     header: tuple[str, ...]) -> None:
    """A money-out column without a money-in column (or the reverse), when rows leave it
    empty: those rows' money is in a column not found (a card's 存入 beside its 支出), so the
    file is refused naming the column to give rather than read without them."""
    if "amount" in at or ("debit" in at) == ("credit" in at):
        return
    found = "debit" if "debit" in at else "credit"
    missing = "credit" if found == "debit" else "debit"
    empty = [row.line for row in _dated(data, at) if _blank(row.cell(at[found]))]
    if not empty:
        return
    ways = {"debit": "money out", "credit": "money in"}
    lines = ", ".join(str(n) for n in empty[:5]) + (", …" if len(empty) > 5 else "")
    rows = (f"1 row (line {lines}) has" if len(empty) == 1
            else f"{len(empty)} rows (lines {lines}) have")
    raise ColumnsNeeded(name, None, f"found {ways[found]} in column "
                                    f"{_column(header, at[found])} but no column of "
                                    f"{ways[missing]}, and {rows} nothing in it: give "
                                    f"{OPTIONS[missing]} (columns: {_listing(header)})", header)


_EMPTY = ("-", "--", "/")
_WORDS = ("备注", "摘要", "附言", "用途", "说明", "描述", "对方", "商户", "memo", "description",
          "details", "narrative", "payee", "merchant", "reference")


_LABELLED = re.compile(r"^\s*(?P<label>[^\d:]*?)\s*:?\s*"
                       r"(?P<number>[\dXx*•·][\dXx*•· \-]*)?\s*$")


def _card_above(rows: tuple[Row, ...]) -> str:
    """The last four digits of the card named in the lines above the header (卡号：…,
    ``Account Number,XXXX4821``), or "" when none is, or more than one card is."""
    found: set[str] = set()
    for row in rows:
        cells = [unicodedata.normalize("NFKC", c).strip() for c in row.cells]
        for k, cell in enumerate(cells):
            match = _LABELLED.match(cell)
            if match is None or column_name(match.group("label")) not in CARD_NAMES:
                continue
            number = match.group("number")
            if not number:
                number = next((c for c in cells[k + 1:] if c), "")
            if digits := last4(number):
                found.add(digits)
    return found.pop() if len(found) == 1 else ""


def _rows(name: str, data: list[Row], at: dict[str, int], extra: list[int],
          header: tuple[str, ...], card_at: int | None = None,
          card: str = "") -> tuple[list[StatementRow], list[SkippedRow]]:
    order = day_order_of([r.cell(at["date"]) for r in data[:500]])
    needed = max(i for role, i in at.items() if role in ("date", "amount"))
    money_columns = " or ".join(_column(header, index) for index in
                                sorted(at[role] for role in ("amount", "debit", "credit")
                                       if role in at))
    rows, skipped = [], []
    for row in _dated(data, at):
        when = row.cell(at["date"])
        if "amount" in at and len(row.cells) <= needed:
            raise StatementError(name, row.line, f"the row has {len(row.cells)} columns, too "
                                                 "few for its amount: it is cut short")
        try:
            day = parse_day(when, order)
        except ValueError as error:
            raise StatementError(name, row.line, f"date: {error}") from None
        amount, flow = _amount(name, row, at)
        if amount == 0:
            skipped.append(SkippedRow(row.line, f"no amount in {money_columns}"))
            continue
        description = " ".join(part for part in (row.cell(at.get("description")),
                                                 *(row.cell(k) for k in extra)) if part)
        counterparty = row.cell(at.get("counterparty"))
        rows.append(masked_row(StatementRow(
            row.line, day, amount, flow, counterparty=counterparty or description,
            description=description if counterparty else "",
            txn_id=row.cell(at.get("txn_id")),
            account_last4=last4(row.cell(card_at)) or card)))
    return rows, skipped


def _amount(name: str, row: Row, at: dict[str, int]) -> tuple:
    def money(role: str):
        text = row.cell(at.get(role))
        if not text or text in _EMPTY:
            return None
        try:
            return parse_money(text)
        except ValueError as error:
            raise StatementError(name, row.line, f"{role}: {error}") from None

    if "amount" in at:
        value = money("amount")
        if value is None:
            raise StatementError(name, row.line, "amount: the cell is empty")
        direction = column_name(row.cell(at.get("direction")))
        if direction:
            if any(direction.startswith(w) for w in _OUT_WORDS):
                return abs(value), Flow.OUT
            if any(direction.startswith(w) for w in _IN_WORDS):
                return abs(value), Flow.IN
        return abs(value), Flow.OUT if value < 0 else Flow.IN
    debit, credit = money("debit"), money("credit")
    if debit:
        return abs(debit), Flow.OUT
    if credit:
        return abs(credit), Flow.IN
    return 0, Flow.NONE


__all__ = ["ColumnMap", "ColumnsNeeded", "CsvColumns", "DayOrder", "read_bank_csv",
           "signature"]
