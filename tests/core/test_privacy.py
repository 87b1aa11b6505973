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
