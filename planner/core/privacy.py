"""Refusing full card numbers: the app keeps only a card's last four digits.

A number written the way card numbers are (one block of 12 to 19 digits, ISO/IEC 7812 lengths,
or groups of four, or 4-6-5) that passes the Luhn check is refused wherever text is entered.
Digits may be full-width (as a Chinese input method types them) and groups may be separated by
up to three spaces of any kind (the ideographic space U+3000, a pasted no-break space), dashes,
dots or slashes. Other runs of numbers (dates, amounts) are left alone.
"""

from __future__ import annotations

import re

from planner.core.errors import InputError

_SEPARATOR = r"[\s\-./\u3000\u00a0\u2007\u202f\uff0d]{1,3}"
#: Runs of digit groups; which groupings count as a card number is decided in _card_like.
_RUN = re.compile(rf"(?<!\d)\d+(?:{_SEPARATOR}\d+)*(?!\d)")
_SPLIT = re.compile(_SEPARATOR)


def _card_like(groups: list[str]) -> bool:
    """The ways card numbers are written: one block of 12 to 19 digits, groups of four (the last
    may be shorter), or the 4-6-5 / 4-6-4 grouping of American Express and Diners cards.
    Other runs of numbers ("2025 01 10 5000") are ordinary text."""
    total = sum(len(g) for g in groups)
    if not 12 <= total <= 19:
        return False
    if len(groups) == 1:
        return True
    sizes = [len(g) for g in groups]
    if all(size == 4 for size in sizes[:-1]) and 1 <= sizes[-1] <= 4:
        return True
    return sizes in ([4, 6, 5], [4, 6, 4])


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
    >>> find_card_number("卡号 6222\u30000212\u30003456\u30007890\u3000128")
    True
    >>> find_card_number("paid 2025 01 10 10000 5000 300")
    False
    >>> find_card_number("４１１１ １１１１ １１１１ １１１１")
    True
    """
    for match in _RUN.finditer(text):
        groups = _SPLIT.split(match.group())
        # A long run may hold a card number among other numbers: try every span of groups.
        for first in range(len(groups)):
            for last in range(first + 1, min(len(groups), first + 6) + 1):
                span = groups[first:last]
                if _card_like(span):
                    digits = "".join(str(int(c)) for c in "".join(span))
                    if luhn_valid(digits):
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
