"""Refusing full card numbers: the app keeps only a card's last four digits.

Any run of 12 to 19 digits (spaces or dashes between groups allowed) that passes the Luhn check
is treated as a payment card number (ISO/IEC 7812 lengths) and refused wherever text is entered.
"""

from __future__ import annotations

import re

from planner.core.errors import InputError

_CANDIDATE = re.compile(r"(?<![\d])(?:\d[ -]?){11,18}\d(?![\d])")


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check of ISO/IEC 7812-1.

    >>> luhn_valid("4111111111111111"), luhn_valid("4111111111111112")
    (True, False)
    """
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def find_card_number(text: str) -> bool:
    """Whether ``text`` holds something that looks like a full card number.

    >>> find_card_number("Visa 4111 1111 1111 1111"), find_card_number("tail 1111")
    (True, False)
    """
    for match in _CANDIDATE.finditer(text):
        digits = re.sub(r"[ -]", "", match.group())
        if 12 <= len(digits) <= 19 and luhn_valid(digits):
            return True
    return False


def refuse_card_numbers(value: object, field: str) -> None:
    """Raise :class:`InputError` naming ``field`` if any text inside ``value`` (a string, or
    lists and objects of them, walked recursively) holds a full card number."""
    if isinstance(value, str):
        if find_card_number(value):
            raise InputError(field, "looks like a full card number; keep only its last four "
                                    "digits")
    elif isinstance(value, dict):
        for key, inner in value.items():
            refuse_card_numbers(inner, f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            refuse_card_numbers(inner, f"{field}[{index}]")
