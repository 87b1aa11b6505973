"""The product JSON's variable-rate mark: accepted where a rate on the balance can move, refused
(naming the field) where it cannot, and written back only when set."""

from __future__ import annotations

import pytest

from planner.core.errors import InputError
from planner.core.product import parse_product, product_to_json

LOAN = {"kind": "loan", "principal": "300000", "start": "2025-01-15", "term": 300,
        "rate": {"annual": "0.031"}}
LINE = {"kind": "credit_line", "principal": "20000", "start": "2025-01-15", "term": 12,
        "rate": {"daily": "0.0003"}, "method": "equal_principal"}
CARD = {"kind": "card", "balance": "5000", "start": "2025-01-05", "rate": {"annual": "0.2299"}}
PLAN = {"kind": "installment", "principal": "6000", "start": "2025-01-10", "term": 12,
        "rate": {"monthly_fee": "0.006"}}


@pytest.mark.parametrize("data", [LOAN, LINE, CARD], ids=["loan", "credit_line", "card"])
def test_variable_rate_is_read_and_written_back_only_when_true(data):
    assert parse_product(data).variable_rate is False
    assert parse_product({**data, "variable_rate": False}).variable_rate is False
    assert parse_product({**data, "variable_rate": None}).variable_rate is False
    variable = parse_product({**data, "variable_rate": True})
    assert variable.variable_rate is True
    assert product_to_json(variable)["variable_rate"] is True
    assert "variable_rate" not in product_to_json(parse_product(data))
    assert parse_product(product_to_json(variable)) == variable


@pytest.mark.parametrize("value", [True, False])
def test_an_installment_plan_cannot_be_variable(value):
    with pytest.raises(InputError) as error:
        parse_product({**PLAN, "variable_rate": value})
    assert error.value.field == "variable_rate"
    assert "installment" in error.value.problem


@pytest.mark.parametrize("value", ["true", 1, 0, "yes", {}])
def test_a_non_boolean_mark_is_refused(value):
    with pytest.raises(InputError, match="must be true or false") as error:
        parse_product({**LOAN, "variable_rate": value})
    assert error.value.field == "variable_rate"


@pytest.mark.parametrize("data", [
    {**LOAN, "rate": {"flat": "0.05"}, "method": "fee_installment"},
    {**LOAN, "rate": {"monthly_fee": "0.005"}, "method": "fee_installment"},
    {**LOAN, "rate": {"annual": "0"}, "method": "interest_free"},
], ids=["flat", "monthly_fee", "interest_free"])
def test_a_price_fixed_at_purchase_cannot_be_variable(data):
    parse_product(data)  # the product itself is fine
    with pytest.raises(InputError) as error:
        parse_product({**data, "variable_rate": True})
    assert error.value.field == "variable_rate"
