"""OFX and QFX statements, version 1.x (SGML) and 2.x (XML), read by ofxparse (MIT).

ofxparse reads the body of both versions (it closes SGML's unclosed tags itself), but takes the
text's encoding from the SGML header alone, so an XML file with Chinese names would be read as
ASCII and fail. This module therefore decodes the file itself (the SGML ``CHARSET``/``ENCODING``
header, the XML declaration, else UTF-8 or GBK) and hands ofxparse the body under a plain
UTF-8 SGML header. A file cut short (no ``</OFX>``) or whose transaction cannot be read is
refused naming its line.

A credit card statement's (``CCSTMTRS``, or a bank statement of a ``CREDITLINE``) rows carry the
last four digits of its ``ACCTID`` (:attr:`StatementRow.account_last4`): the issuer's own file
says whose card a ``PAYMENT - THANK YOU`` paid. A checking or savings account's digits are not
a card's and are left out.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import date
from decimal import Decimal

from planner.core.statement import (
    Flow,
    Statement,
    StatementRow,
    last4,
    mask_numbers,
    masked_row,
)
from planner.store.statements.sheet import StatementError, decode

_BODY = re.compile(r"<OFX>", re.IGNORECASE)
_UTF8_HEADER = ("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\n"
                "ENCODING:UTF-8\r\nCHARSET:NONE\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\n"
                "NEWFILEUID:NONE\r\n\r\n")
_CHARSETS = {"1252": "cp1252", "8859-1": "latin-1", "ISO-8859-1": "latin-1", "936": "gb18030",
             "GBK": "gb18030", "GB2312": "gb18030", "GB18030": "gb18030", "UTF-8": "utf-8",
             "65001": "utf-8"}


def is_ofx(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096].upper()
    return start.startswith(b"OFXHEADER") or b"<OFX>" in start or b"<?OFX" in start


def _text(data: bytes, name: str) -> str:
    head = data[:2048].decode("ascii", "replace").upper()
    encoding = None
    if match := re.search(r"ENCODING=[\"']([A-Z0-9_-]+)[\"']", head):    # <?xml encoding=?>
        encoding = _CHARSETS.get(match.group(1), match.group(1).lower())
    elif re.search(r"^ENCODING:\s*(UTF-8|UNICODE)", head, re.MULTILINE):
        encoding = "utf-8"
    elif match := re.search(r"^CHARSET:\s*([A-Z0-9-]+)", head, re.MULTILINE):
        encoding = _CHARSETS.get(match.group(1))
    if encoding is None:
        return decode(data, name)
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except (UnicodeDecodeError, LookupError):
        return decode(data, name)


def read_ofx(data: bytes, name: str) -> Statement:
    from ofxparse import OfxParser
    from ofxparse.ofxparse import OfxParserException

    text = _text(data, name)
    body = _BODY.search(text)
    if body is None:
        raise StatementError(name, None, "has no <OFX> element: it is not an OFX statement")
    line_of = _line_counter(text)
    if not re.search(r"</OFX>", text, re.IGNORECASE):
        raise StatementError(name, text.count("\n") + 1,
                             "ends before </OFX>: the file is cut short")
    try:
        with warnings.catch_warnings():
            # ofxparse 0.21 calls BeautifulSoup's old findAll, deprecated since bs4 4.0.
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = OfxParser.parse(io.BytesIO((_UTF8_HEADER + text[body.start():])
                                                .encode("utf-8")))
    except (OfxParserException, ValueError, TypeError, IndexError, AttributeError,
            KeyError, ArithmeticError) as error:
        line = _bad_line(text) or line_of(body.start())
        raise StatementError(name, line, f"cannot be read as OFX ({error})") from None
    blocks = list(re.finditer(r"<STMTTRN>(.*?)(?=</STMTTRN>|<STMTTRN>|</BANKTRANLIST>)", text,
                              re.IGNORECASE | re.DOTALL))
    starts = [line_of(m.start()) for m in blocks]
    # The day as the bank wrote it: ofxparse moves a time with a zone to UTC, which can turn
    # an evening's payment into the next day's.
    posted = [re.search(r"<DTPOSTED>\s*(\d{8})", m.group(1), re.IGNORECASE) for m in blocks]
    rows = []
    account_id = ""
    number = 0
    for account in parsed.accounts or [parsed.account]:
        if account is None or account.statement is None:
            continue
        account_id = account_id or mask_numbers(str(account.account_id or ""))
        currency = str(getattr(account.statement, "currency", "") or "").upper()
        card = last4(str(account.account_id or "")) if _is_card(account) else ""
        for txn in account.statement.transactions:
            line = starts[number] if number < len(starts) else line_of(body.start())
            day = txn.date.date()
            if number < len(posted) and posted[number] is not None:
                written = posted[number].group(1)
                try:
                    day = date(int(written[:4]), int(written[4:6]), int(written[6:]))
                except ValueError:
                    raise StatementError(name, line, f"DTPOSTED {written} is not a real "
                                                     "date") from None
            number += 1
            amount = Decimal(txn.amount)
            if amount == 0:
                continue
            payee = (txn.payee or "").strip()
            memo = (txn.memo or "").strip()
            rows.append(masked_row(StatementRow(
                line, day, abs(amount), Flow.OUT if amount < 0 else Flow.IN,
                counterparty=payee or memo, description=memo if payee else "",
                category=str(txn.type or "").lower(), txn_id=str(txn.id or "").strip(),
                currency=currency, account_last4=card)))
    return Statement("ofx", tuple(rows), account_id)


def _is_card(account) -> bool:
    """A credit card account (CCACCTFROM), or a bank account of type CREDITLINE."""
    from ofxparse.ofxparse import AccountType

    return (account.type == AccountType.CreditCard
            or str(account.account_type or "").strip().upper() == "CREDITLINE")


def _line_counter(text: str):
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line_of(position: int) -> int:
        import bisect

        return bisect.bisect_right(breaks, position - 1) + 1
    return line_of


def _bad_line(text: str) -> int | None:
    """The line of the first amount or date that is not one (what ofxparse fails on)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if match := re.search(r"<TRNAMT>\s*([^<\r\n]*)", line, re.IGNORECASE):
            if not re.fullmatch(r"[+-]?\d+(?:[.,]\d+)?", match.group(1).strip()):
                return number
        if match := re.search(r"<DTPOSTED>\s*([^<\r\n]*)", line, re.IGNORECASE):
            if not re.match(r"\d{8}", match.group(1).strip()):
                return number
    return None
