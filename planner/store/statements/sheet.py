"""A statement file as rows of cells with their line numbers, whatever it was: text in UTF-8
(with or without a byte-order mark), UTF-16 or GBK/GB18030, any of the usual delimiters, or an
xlsx workbook. The readers of each export work on these rows and find their header row by its
column names, never by counting lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from planner.core.errors import InputError


class StatementError(InputError):
    """A statement file that cannot be read; names the file and, where known, the line.
    Nothing is recorded from a file that raises this."""

    def __init__(self, name: str, line: int | None, problem: str) -> None:
        super().__init__(f"{name}, line {line}" if line else name, problem)
        self.name = name
        self.line = line


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: tuple[str, ...]

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]


@dataclass(frozen=True, slots=True)
class Sheet:
    """The rows of a file: ``name`` for messages, ``text`` the whole decoded text (empty for a
    workbook), ``raw`` the cells as the workbook holds them (dates and numbers typed)."""

    name: str
    rows: tuple[Row, ...]
    text: str = ""
    workbook: bool = False


XLSX_MAGIC = b"PK\x03\x04"


def decode(data: bytes, name: str) -> str:
    """The text of a statement file: UTF-8 with or without a byte-order mark, UTF-16 with one,
    else GBK/GB18030 (what Alipay and Chinese banks export). A byte sequence none of them
    reads is refused naming its line (a file cut short inside a character, or another
    encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name, offset=3, whole=data)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name, whole=data)
    if b"\x00" in data[:4096]:
        raise StatementError(name, _line_at(data, data.index(b"\x00")),
                             "holds binary data: it is not a text statement")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as as_utf8:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as as_gbk:
            where = max(as_utf8.start, as_gbk.start)
            raise StatementError(name, _line_at(data, where),
                                 "is neither UTF-8 nor GBK text there (the file is cut short "
                                 "inside a character, or in another encoding)") from None


def _strict(data: bytes, encoding: str, name: str, *, offset: int = 0,
            whole: bytes) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise StatementError(name, _line_at(whole, error.start + offset),
                             f"is not valid {encoding.upper()} there (cut short?)") from None


def _line_at(data: bytes, position: int) -> int:
    return data[:position].count(b"\n") + 1


DELIMITERS = (",", "\t", ";", "|")


def sniff_delimiter(text: str) -> str:
    """The delimiter under which the most lines split into two cells or more, then the one
    giving the most cells; summary lines above a table do not count. Ties go to the comma.

    >>> sniff_delimiter("账号:[x]\\n日期;摘要;金额\\n2026-03-01;还款;-1,00\\n")
    ';'
    """
    sample = [line for line in text.splitlines()[:80] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        rows = cells = 0
        for line in sample:
            try:
                parts = next(csv.reader([line], delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            while parts and not parts[-1].strip():
                parts.pop()
            if len(parts) >= 2:
                rows += 1
                cells += len(parts)
        if (rows, cells) > best_score:
            best, best_score = delimiter, (rows, cells)
    return best


def text_rows(text: str, name: str, delimiter: str | None = None) -> tuple[Row, ...]:
    """The rows of delimited text, each cell stripped (Alipay pads cells with spaces and
    writes order numbers followed by a tab), trailing empty cells dropped, empty rows left
    out. A quote never closed is refused with its line."""
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    start = 1
    try:
        for cells in reader:
            stripped = [c.strip() for c in cells]
            while stripped and not stripped[-1]:
                stripped.pop()
            if stripped:
                rows.append(Row(start, tuple(stripped)))
            start = reader.line_num + 1
    except csv.Error as error:
        raise StatementError(name, start, f"is not well-formed CSV ({error}): a quote is "
                                          "never closed, or the file is cut short") from None
    return tuple(rows)


def workbook_rows(data: bytes, name: str) -> tuple[Row, ...]:
    """The rows of the first worksheet that has any (WeChat Pay exports its bills as xlsx),
    numbered as the sheet numbers them. Dates and numbers are written out the way the CSV
    exports write them."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as error:
        raise StatementError(name, None, f"cannot be opened as an xlsx workbook (cut short or "
                                         f"damaged: {error})") from None
    try:
        for sheet in book.worksheets:
            rows = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    rows.append(Row(number, tuple(cells)))
            if rows:
                return tuple(rows)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as error:
        raise StatementError(name, None, f"cannot be read as an xlsx workbook (cut short or "
                                         f"damaged: {error})") from None
    finally:
        book.close()
    raise StatementError(name, None, "the workbook has no rows")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value) if value != int(value) else f"{int(value)}"
    return str(value).strip()


def load_sheet(data: bytes, name: str) -> Sheet:
    if data.startswith(XLSX_MAGIC):
        return Sheet(name, workbook_rows(data, name), workbook=True)
    text = decode(data, name)
    return Sheet(name, text_rows(text, name), text=text)


# -- header rows ----------------------------------------------------------------------------

def column_name(cell: str) -> str:
    """A header cell as compared: full-width forms folded (金额（元） is 金额(元)), no spaces,
    lower case.

    >>> column_name(" 金额（元） "), column_name("Transaction  Date")
    ('金额(元)', 'transactiondate')
    """
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell)).lower()


def find_header(rows: Sequence[Row], fits: Callable[[set[str]], bool],
                limit: int = 200) -> int | None:
    """The index of the first row (among the first ``limit``) whose column names ``fits``."""
    for index, row in enumerate(rows[:limit]):
        if fits({column_name(c) for c in row.cells}):
            return index
    return None


def columns(header: Row) -> dict[str, int]:
    """Column name -> index (the first of equal names)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header.cells):
        found.setdefault(column_name(cell), index)
    return found


def first_of(named: dict[str, int], *names: str) -> int | None:
    for name in names:
        if name in named:
            return named[name]
    return None


def announced_count(lines: Iterable[str]) -> int | None:
    """The record count a bill's summary announces (共66笔记录), if it does."""
    for line in lines:
        match = re.search(r"共\s*(\d+)\s*笔记录", line)
        if match:
            return int(match.group(1))
    return None
