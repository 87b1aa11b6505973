"""A bank, card or wallet statement as the engine reads it: dated rows of money in or out, with
the words the export put beside them. The readers in ``planner.store.statements`` build these
from Alipay and WeChat Pay bills, bank CSV and OFX; :mod:`planner.core.reconcile` matches them.

Also here, because every reader needs them the same way: amounts and dates written the way
these exports write them (``¥1,200.00``, ``-1200.00``, ``2026/3/28``, ``2026-03-28 10:00:00``),
the masking of account and card numbers in a row's text, and the key that makes an import
idempotent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from planner.core.privacy import find_card_number


class Flow(StrEnum):
    """Which way the money went, as the statement's holder sees it."""

    OUT = "out"    # money left (支出, a debit, a negative amount)
    IN = "in"      # money came in (收入, a credit, a positive amount)
    NONE = "none"  # moved between the holder's own accounts (不计收支, "/")


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One transaction of a statement. ``amount`` is positive; ``flow`` says its direction.
    ``line`` is where the row is in the file (the line of a CSV, the row of a sheet), so a person
    can find it there. Text fields are already masked (:func:`mask_numbers`)."""

    line: int
    date: date
    amount: Decimal
    flow: Flow
    counterparty: str = ""
    description: str = ""
    category: str = ""      # 交易分类 / 交易类型 / an OFX TRNTYPE
    method: str = ""        # 收/付款方式 / 支付方式: the account or card the money moved through
    status: str = ""        # 交易状态 / 当前状态
    txn_id: str = ""        # the export's own transaction id; "" when it has none
    currency: str = ""      # "" when the export does not say
    #: The last four digits of the account this is a statement of, when the reader knows it
    #: (a card issuer's own statement: the card, from an OFX ACCTID or a CSV's 卡号 column or
    #: header lines): a row on card 4821's statement names card 4821 (never more digits).
    account_last4: str = ""

    @property
    def text(self) -> str:
        """The words that say whom the row paid and why, for matching names against. Not the
        method: that is the account the money came from (招商银行储蓄卡(1234) pays 花呗)."""
        return " ".join(part for part in (self.counterparty, self.description, self.category)
                        if part)


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A dated row of the file that a reader left out, and why (a bank CSV's row with nothing
    in its money columns, or an amount of 0), so that no row goes without a word."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Statement:
    """The rows of one statement file and where they come from (``alipay``, ``wechat``,
    ``csv`` or ``ofx``); ``account`` is the statement's own account, masked, when it says;
    ``skipped`` the dated rows read and left out, each with its reason."""

    source: str
    rows: tuple[StatementRow, ...]
    account: str = ""
    skipped: tuple[SkippedRow, ...] = ()


# -- amounts and dates ----------------------------------------------------------------------

_CURRENCY_MARKS = re.compile(r"^(?:[A-Z]{3}|RMB)\s*|\s*(?:[A-Z]{3}|RMB|元)$")


def parse_money(text: object) -> Decimal:
    """A signed amount as statements write it; ``ValueError`` when it is not one.

    >>> [str(parse_money(t)) for t in ("¥1,200.00", "-1200.00", "￥12.5", "(30.00)", "+8",
    ...                                 "CNY 1 200.00", "12.00元", "1,234,567.89", "1.200,50",
    ...                                 "-12,30", "1,200")]
    ['1200.00', '-1200.00', '12.5', '-30.00', '8', '1200.00', '12.00', '1234567.89', \
'1200.50', '-12.30', '1200']
    >>> parse_money("12,3x")
    Traceback (most recent call last):
    ...
    ValueError: '12,3x' is not an amount
    """
    if isinstance(text, bool):
        raise ValueError(f"{text!r} is not an amount")
    if isinstance(text, int | Decimal):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    raw = str(text)
    value = unicodedata.normalize("NFKC", raw).strip()
    value = value.replace("¥", "").replace("$", "").replace("€", "").replace("£", "").strip()
    value = _CURRENCY_MARKS.sub("", value).strip()
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1].strip()
    if value.endswith("-") and not value.startswith("-"):  # "1,200.00-": some banks' debits
        negative, value = True, value[:-1].strip()
    if value[:1] in "+-":
        negative, value = negative ^ (value[0] == "-"), value[1:].strip()
    value = value.replace("¥", "").strip()
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", value):
        value = value.replace(",", "").replace(" ", "")
    elif re.fullmatch(r"\d{1,3}(?:[. ]\d{3})*,\d{2}|\d+,\d{2}", value):
        value = value.replace(".", "").replace(" ", "").replace(",", ".")  # 1.200,00
    if not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", value):
        raise ValueError(f"{raw.strip()!r} is not an amount")
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        raise ValueError(f"{raw.strip()!r} is not an amount") from None
    return -number if negative else number


class DayOrder(StrEnum):
    """How a date with slashes and the year last is read: 03/04/2026."""

    MONTH_FIRST = "mdy"
    DAY_FIRST = "dmy"


_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\d{6})?")
_YEAR_LAST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_TIME = r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?)?"


def parse_day(value: object, order: DayOrder = DayOrder.MONTH_FIRST) -> date:
    """The calendar day of a statement's date or date-time; ``ValueError`` if it is none.

    >>> [parse_day(t).isoformat() for t in ("2026-03-28 10:00:00", "2026/3/28", "20260328",
    ...                                     "2026年3月28日", "2026.03.28", "03/28/2026",
    ...                                     "2026-03-28T10:00:00+08:00")]
    ['2026-03-28', '2026-03-28', '2026-03-28', '2026-03-28', '2026-03-28', '2026-03-28', \
'2026-03-28']
    >>> parse_day("28/03/2026", DayOrder.DAY_FIRST)
    datetime.date(2026, 3, 28)
    >>> parse_day("2026-02-30")
    Traceback (most recent call last):
    ...
    ValueError: '2026-02-30' is not a real date
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    text = unicodedata.normalize("NFKC", raw)
    try:
        if match := re.fullmatch(_YMD.pattern + _TIME, text):
            y, m, d = (int(g) for g in match.groups())
        elif match := re.fullmatch(_COMPACT.pattern, text):
            y, m, d = (int(g) for g in match.groups())
        elif match := re.fullmatch(_YEAR_LAST.pattern + _TIME, text):
            first, second, y = (int(g) for g in match.groups())
            m, d = (first, second) if order is DayOrder.MONTH_FIRST else (second, first)
        else:
            raise ValueError(f"{raw!r} is not a date")
        return date(y, m, d)
    except ValueError as error:
        if "is not a date" in str(error):
            raise
        raise ValueError(f"{raw!r} is not a real date") from None


def day_order_of(values: list[str]) -> DayOrder:
    """The reading of year-last dates that fits a whole column: day first when some first
    part is above 12, else month first (the US bank export's usual order).

    >>> day_order_of(["03/04/2026", "28/03/2026"]), day_order_of(["03/04/2026", "03/28/2026"])
    (<DayOrder.DAY_FIRST: 'dmy'>, <DayOrder.MONTH_FIRST: 'mdy'>)
    """
    for value in values:
        match = re.match(_YEAR_LAST.pattern, unicodedata.normalize("NFKC", str(value)).strip())
        if match and int(match.group(1)) > 12:
            return DayOrder.DAY_FIRST
    return DayOrder.MONTH_FIRST


def looks_like_day(value: object) -> bool:
    try:
        parse_day(value)
    except ValueError:
        try:
            parse_day(value, DayOrder.DAY_FIRST)
        except ValueError:
            return False
    return True


def looks_like_money(value: object) -> bool:
    try:
        parse_money(value)
    except ValueError:
        return False
    return True


# -- privacy --------------------------------------------------------------------------------

#: Runs of digits in groups of three or more (so dates and times are left alone), separated by
#: a space, a dash or the spaces a Chinese input method types.
_LONG_NUMBER = re.compile(r"(?<!\d)\d{3,}(?:[ \-\u3000\u00a0]\d{3,})*(?!\d)")


def mask_numbers(text: str) -> str:
    """``text`` with every account or card number (ten digits or more) cut to its last four,
    so the last four still say which card it was.

    >>> mask_numbers("招商银行信用卡 6225 8812 3456 7890 还款")
    '招商银行信用卡 ****7890 还款'
    >>> mask_numbers("交通银行信用卡(7449) 2026-03-28 10:00 ¥1,200.00")
    '交通银行信用卡(7449) 2026-03-28 10:00 ¥1,200.00'
    """
    if not text:
        return text
    masked = _LONG_NUMBER.sub(_mask_run, text)
    if find_card_number(masked):  # written some other way: no digit run survives
        masked = re.sub(r"\d", "*", masked)
    return masked


def _mask_run(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group())
    return match.group() if len(digits) < 10 else "****" + digits[-4:]


def last4(text: str) -> str:
    """The last four digits of an account or card number as statements write it (in full,
    masked, with spaces or dashes), or "" when it holds fewer than four digits.

    >>> [last4(t) for t in ("6225 8812 3456 4821", "XXXXXXXXXXXX4821", "****-4821", "4821",
    ...                     "卡号：6225********4821", "12-3", "")]
    ['4821', '4821', '4821', '4821', '4821', '', '']
    """
    runs = re.findall(r"\d+", unicodedata.normalize("NFKC", text or ""))
    return runs[-1][-4:] if runs and len(runs[-1]) >= 4 else ""


def on_account(statement: Statement, digits: str) -> Statement:
    """The statement with ``digits`` (a card's last four) as the account of every row whose
    reader did not find one: the person says whose statement it is."""
    return replace(statement, rows=tuple(row if row.account_last4 else
                                         replace(row, account_last4=digits)
                                         for row in statement.rows))


def masked_row(row: StatementRow) -> StatementRow:
    """The row with its text fields masked (the transaction id is kept: it is no account)."""
    return replace(row, counterparty=mask_numbers(row.counterparty),
                   description=mask_numbers(row.description), category=mask_numbers(row.category),
                   method=mask_numbers(row.method), status=mask_numbers(row.status))


# -- idempotence ----------------------------------------------------------------------------

def row_keys(statement: Statement) -> list[str]:
    """One key per row, the same each time the same transaction is read, from this file or an
    overlapping one: the export's transaction id where it has one, else the day, amount,
    direction and counterparty (with a count, so two equal rows of one day stay two). Keys are
    SHA-256 digests: what the store keeps says nothing about the transaction.

    >>> row = StatementRow(3, date(2026, 3, 9), Decimal("1200.00"), Flow.OUT, "花呗")
    >>> a, b = row_keys(Statement("csv", (row, replace(row, line=4))))
    >>> a != b and len(a) == 64
    True
    >>> row_keys(Statement("csv", (replace(row, line=9),)))[0] == a
    True
    """
    seen: Counter[tuple] = Counter()
    keys = []
    for row in statement.rows:
        if row.txn_id:
            material = f"{statement.source}|id|{statement.account}|{row.txn_id}"
        else:
            who = " ".join(unicodedata.normalize("NFKC", row.counterparty or row.description)
                           .lower().split())
            identity = (row.date.isoformat(), f"{row.amount:.2f}", row.flow.value, who)
            material = (f"{statement.source}|row|{statement.account}|{'|'.join(identity)}"
                        f"|{seen[identity]}")
            seen[identity] += 1
        keys.append(hashlib.sha256(material.encode("utf-8")).hexdigest())
    return keys
