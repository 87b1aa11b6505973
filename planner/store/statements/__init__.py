"""Reading statement files: Alipay and WeChat Pay bills, any bank or card CSV (or xlsx), and
OFX/QFX. The source is recognised by what the file holds, never by its name:

- ``ofx``: an OFX header or an ``<OFX>`` element (:mod:`.ofx`);
- ``alipay`` / ``wechat``: a header row with their column names (:mod:`.wallets`);
- ``csv``: anything else that is a table (:mod:`.bank_csv`), its columns guessed or given.

Every reader gives a :class:`planner.core.statement.Statement` with its text masked; a file that
cannot be read raises :class:`StatementError` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.core.statement import Statement
from planner.store.statements.bank_csv import ColumnMap, ColumnsNeeded, CsvColumns, read_bank_csv
from planner.store.statements.ofx import is_ofx, read_ofx
from planner.store.statements.sheet import StatementError, load_sheet
from planner.store.statements.wallets import ALIPAY, WECHAT, header_of, read_wallet

FORMATS = ("alipay", "wechat", "csv", "ofx")
#: The profile setting holding each CSV source's columns, by :func:`bank_csv.signature`.
COLUMNS_SETTING = "statement_columns"


@dataclass(frozen=True, slots=True)
class StatementFile:
    statement: Statement
    columns: CsvColumns | None = None   # how a bank CSV's columns were settled


def read_statement_file(path: Path, *, format: str | None = None,
                        columns: ColumnMap | None = None,
                        remembered: dict[str, Any] | None = None) -> StatementFile:
    """Read the statement at ``path`` (see :func:`read_statement`)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StatementError(str(path), None, "no such file") from None
    except OSError as error:
        raise StatementError(str(path), None, f"cannot be read: {error.strerror}") from None
    return read_statement(data, path.name, format=format, columns=columns,
                          remembered=remembered)


def read_statement(data: bytes, name: str, *, format: str | None = None,
                   columns: ColumnMap | None = None,
                   remembered: dict[str, Any] | None = None) -> StatementFile:
    """The statement in ``data`` (the file called ``name``), of the ``format`` given or else
    recognised by its content; ``columns`` and ``remembered`` settle a bank CSV's columns."""
    if format is not None and format not in FORMATS:
        raise StatementError(name, None, f"--format must be one of {', '.join(FORMATS)}")
    if not data.strip():
        raise StatementError(name, None, "is empty")
    if format == "ofx" or (format is None and is_ofx(data)):
        return StatementFile(read_ofx(data, name))
    sheet = load_sheet(data, name)
    if format == "alipay" or (format is None and header_of(sheet, ALIPAY) is not None):
        return StatementFile(read_wallet(sheet, ALIPAY))
    if format == "wechat" or (format is None and header_of(sheet, WECHAT) is not None):
        return StatementFile(read_wallet(sheet, WECHAT))
    statement, used = read_bank_csv(sheet, columns or ColumnMap(), remembered)
    return StatementFile(statement, used)


__all__ = ["COLUMNS_SETTING", "FORMATS", "ColumnMap", "ColumnsNeeded", "CsvColumns",
           "StatementError", "StatementFile", "read_statement", "read_statement_file"]
