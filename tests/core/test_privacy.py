"""Full card numbers are refused in any text, however they are typed; other numbers are not.

Test numbers: 4111 1111 1111 1111 (Visa test number), 378282246310005 (American Express test
number), both published by payment processors as Luhn-valid test cards; 6222 0212 3456 7890 128
is a 19-digit UnionPay-style number made Luhn-valid for this test.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.privacy import find_card_number, luhn_valid, refuse_card_numbers


@pytest.mark.parametrize("text", [
    "4111111111111111",
    "Visa 4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "4111.1111.1111.1111",
    "4111  1111  1111  1111",
    "4111\u00a01111\u00a01111\u00a01111",          # pasted with no-break spaces
    "卡号6222\u30000212\u30003456\u30007890\u3000128",  # ideographic spaces from a Chinese IME
    "４１１１ １１１１ １１１１ １１１１",              # full-width digits
    "Amex 3782 822463 10005",
    "378282246310005",
])
def test_card_numbers_are_found(text):
    assert find_card_number(text)


@pytest.mark.parametrize("text", [
    "4111 1111 1111 1112",          # fails the Luhn check
    "last four 1111",
    "paid 2025-01-10, 10,000.00 at 0.05% a day",
    "2025 01 10 10000 5000 300",    # numbers in a note, not grouped like a card
    "order 123456789012345678901",  # longer than any card number
])
def test_other_numbers_are_left_alone(text):
    assert not find_card_number(text)


def test_refusal_names_the_field_inside_nested_values():
    with pytest.raises(InputError) as caught:
        refuse_card_numbers({"rule": ["ok", "card 4111 1111 1111 1111"]}, "late_fee")
    assert caught.value.field == "late_fee.rule[1]"


@given(st.lists(st.integers(0, 9), min_size=11, max_size=18))
def test_a_luhn_check_digit_always_makes_a_number_valid(digits):
    body = "".join(map(str, digits))
    check = next(d for d in range(10) if luhn_valid(body + str(d)))
    assert find_card_number(body + str(check))


# -- issue 16: every way of writing a card number found --------------------------------------

@pytest.mark.parametrize("text", [
    "4111\u20131111\u20131111\u20131111",               # en dashes
    "4111\u20141111\u20141111\u20141111",               # em dashes
    "4111\u200b1111\u200b1111\u200b1111",               # zero-width spaces between groups
    "41\u200b11 1111 11\u200b11 1111",                  # ... and inside them
    "4111\u00ad1111\u00ad1111\u00ad1111",               # soft hyphens
    "4111      1111      1111      1111",              # runs of spaces
    "4111,1111,1111,1111",                              # commas
    "4111_1111_1111_1111",                              # underscores
    "41111111 11111111",                                # 8 + 8
    "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1",                  # one digit per group
    "4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1",
    "card: 4111 \u2212 1111 \u2212 1111 \u2212 1111",   # minus signs with spaces
])
def test_card_numbers_written_any_way_are_found(text):
    assert find_card_number(text)


@pytest.mark.parametrize("text", [
    "paid 2025-01-10, 2025-02-10, 2025-03-10",         # dates
    "due 01/10, 02/10, 03/10, 04/10, 05/10, 06/10",
    "10,000.00 + 2,500.50 + 1,234,567.89",               # amounts
    "tel +86 138 0013 8000",                             # a phone number (not Luhn-valid)
    "call 138-0013-8000 or 010-6552-9988",
    "4111 1111 1111 1112",                               # fails the Luhn check
    "1 2 3 4 5 6 7 8 9 10 11 12",
])
def test_ordinary_numbers_are_still_left_alone(text):
    assert not find_card_number(text)


def _separator_chars():
    import re

    return st.characters(exclude_categories=("Cs",)).filter(
        lambda c: re.fullmatch(r"[\W_]", c) is not None)


_DIGIT_SCRIPTS = [ord("0"), 0xFF10, 0x0660, 0x0966, 0x09E6, 0x0E50, 0x1040]  # ASCII, full-width,
# Arabic-Indic, Devanagari, Bengali, Thai, Myanmar


@st.composite
def _written_card_number(draw):
    length = draw(st.integers(12, 19))
    body = "".join(str(draw(st.integers(0, 9))) for _ in range(length - 1))
    number = body + next(str(d) for d in range(10) if luhn_valid(body + str(d)))
    grouping = draw(st.sampled_from(["block", "1", "4", "8", "465"]))
    if grouping == "465" and length in (14, 15):
        sizes = [4, 6, length - 10]
    elif grouping in ("1", "4", "8"):
        size = int(grouping)
        sizes = [size] * (length // size) + ([length % size] if length % size else [])
    else:
        sizes = [length]
    groups, at = [], 0
    for size in sizes:
        groups.append(number[at:at + size])
        at += size
    script = draw(st.sampled_from(_DIGIT_SCRIPTS))
    groups = ["".join(chr(script + int(d)) for d in g) for g in groups]
    separators = [draw(st.text(_separator_chars(), min_size=1, max_size=8))
                  for _ in groups[1:]]
    written = groups[0] + "".join(s + g for s, g in zip(separators, groups[1:], strict=True))
    before = draw(st.sampled_from(["", "card ", "卡号", "Visa: ", "x"]))
    after = draw(st.sampled_from(["", " exp", "。", " ok"]))
    return before + written + after


@given(_written_card_number())
def test_a_luhn_valid_number_with_any_separators_and_grouping_is_found(text):
    assert find_card_number(text), ascii(text)
