"""Reading JSON input exactly (numbers as ``Decimal``) and writing JSON with money as strings."""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from planner.core.errors import InputError


def read_json(source: str) -> Any:
    """The JSON value in file ``source`` (``-`` is standard input), numbers kept exact."""
    label = "stdin" if source == "-" else source
    try:
        # utf-8-sig: a byte-order mark (Windows Notepad writes one) is not part of the JSON.
        text = (sys.stdin.read().removeprefix("\ufeff") if source == "-"
                else Path(source).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(label, f"cannot be read: {error}") from None
    try:
        value = json.loads(text, parse_float=Decimal, parse_constant=_not_a_number(label))
    except InputError:
        raise
    except json.JSONDecodeError as error:
        raise InputError(label, f"is not valid JSON: {error.msg} at line {error.lineno} "
                                f"column {error.colno}") from None
    except RecursionError:
        raise InputError(label, f"is nested more than {MAX_NESTING} levels deep") from None
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        raise InputError(label, "holds a number with thousands of digits; no amount, rate or "
                                "count is that long") from None
    if _depth(value) > MAX_NESTING:
        raise InputError(label, f"is nested more than {MAX_NESTING} levels deep")
    return value


#: Planner's files nest a few levels (portfolio, item, late-fee rule); 64 is plenty.
MAX_NESTING = 64


def _not_a_number(label: str):  # noqa: ANN202 - json's parse_constant hook
    def refuse(name: str) -> None:
        raise InputError(label, f"{name} is not a JSON number (write a finite number)")
    return refuse


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, level = stack.pop()
        if isinstance(current, (list, dict)):
            deepest = max(deepest, level)
            if level <= MAX_NESTING:
                inner = current.values() if isinstance(current, dict) else current
                stack.extend((v, level + 1) for v in inner)
    return deepest


def to_jsonable(value: Any) -> Any:
    """Decimals as strings (money stays exact), dates ISO, enums by value; a rate too large to
    be a number (an infinite effective rate) is null, since JSON has no Infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def each_object(data: Any, parse, *, what: str = "input"):
    """Parse one object or a list of them; a problem in item i is named ``[i].field``."""
    if isinstance(data, list):
        if not data:
            raise InputError(what, "is an empty list")
        parsed = []
        for index, entry in enumerate(data):
            try:
                parsed.append(parse(entry))
            except InputError as error:
                raise error.within(f"[{index}]") from None
        return parsed, True
    return [parse(data)], False
