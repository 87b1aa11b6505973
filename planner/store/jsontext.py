"""JSON text for the free-form parts of the store (late-fee rules, thresholds, settings).

Numbers read as ``Decimal`` (so money typed as 0.1 stays one tenth) and are written back as JSON
numbers, not strings, so a value stored and exported compares equal to what was imported.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def dumps(value: Any, *, indent: int | None = None) -> str:
    """JSON text of ``value``; ``Decimal`` becomes a JSON number with the same digits.

    >>> dumps({"rate": Decimal("0.10"), "days": 3})
    '{"rate": 0.1, "days": 3}'
    """
    return json.dumps(value, default=_number, ensure_ascii=False, indent=indent,
                      sort_keys=False)


def loads(text: str) -> Any:
    """The value of JSON ``text``, floats as ``Decimal``."""
    return json.loads(text, parse_float=Decimal)


def _number(value: object) -> int | float:
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and "E" not in str(value) and "." not in str(value):
            return int(value)
        as_float = float(value)
        # Shortest repr is exact for anything a person types (<= 15 significant digits).
        if Decimal(repr(as_float)) == value:
            return as_float
        raise ValueError(f"{value} has more digits than JSON numbers keep")
    raise TypeError(f"{type(value).__name__} is not JSON")
