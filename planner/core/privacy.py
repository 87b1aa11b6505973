"""Refusing full card numbers: the app keeps only a card's last four digits.

A number written the way card numbers are (one block of 12 to 19 digits, ISO/IEC 7812 lengths,
or groups of four, or 4-6-5) that passes the Luhn check is refused wherever text is entered.
Digits may be full-width (as a Chinese input method types them) or of any script; groups may be
separated by any short run of characters that are not letters or digits (spaces of any kind,
dashes of any length, dots, slashes, commas, underscores), and invisible characters (zero-width
spaces, soft hyphens) are ignored wherever they are. Other runs of numbers (dates, amounts,
phone numbers that fail the Luhn check) are left alone.
"""

from __future__ import annotations

import re

from planner.core.errors import InputError

#: Between the digit groups of a card number: any run of up to eight characters that are
#: neither letters nor digits -- spaces of any kind (ideographic, no-break, several in a row),
#: dashes (en, em, minus, full-width), dots, slashes, commas, underscores, symbols.
_SEPARATOR = r"[\W_]{1,8}"
#: Characters that show nothing (zero-width spaces and joiners, the soft hyphen, the word
#: joiner, byte-order marks): removed before looking, wherever they sit, even inside a group.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f"
                        "\ufeff\uffa0]")
#: Runs of digit groups; which groupings count as a card number is decided in _card_like.
_RUN = re.compile(rf"(?<!\d)\d+(?:{_SEPARATOR}\d+)*(?!\d)")
_SPLIT = re.compile(_SEPARATOR)
_MOST_GROUPS = 19  # one digit per group


def _card_like(groups: list[str]) -> bool:
    """The ways card numbers are written: one block of 12 to 19 digits; groups of four, of
    eight (8+8) or of one digit each, the last group possibly shorter; the 4-6-5 / 4-6-4
    grouping of American Express and Diners cards. Other runs of numbers ("2025 01 10 5000",
    "10,000.00") are ordinary text."""
    total = sum(len(g) for g in groups)
    if not 12 <= total <= 19:
        return False
    if len(groups) == 1:
        return True
    sizes = [len(g) for g in groups]
    for size in (1, 4, 8):
        if all(s == size for s in sizes[:-1]) and 1 <= sizes[-1] <= size:
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
    # Invisible characters are looked at both ways: as nothing (hidden inside a group) and as
    # a separator (put between groups).
    return _has_card_number(text) or _has_card_number(_INVISIBLE.sub("", text))


def _has_card_number(text: str) -> bool:
    for match in _RUN.finditer(text):
        groups = _SPLIT.split(match.group())
        # A long run may hold a card number among other numbers: try every span of groups.
        for first in range(len(groups)):
            total = 0
            for last in range(first, min(len(groups), first + _MOST_GROUPS)):
                total += len(groups[last])
                if total > 19:
                    break
                span = groups[first:last + 1]
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
            where = f"{field}.{key}" if field else str(key)
            if isinstance(key, str) and find_card_number(key):
                raise InputError(field or "key", "a name in it looks like a full card number; "
                                                 "keep only its last four digits")
            refuse_card_numbers(inner, where)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            refuse_card_numbers(inner, f"{field}[{index}]")
