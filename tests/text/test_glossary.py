"""The glossary (``planner.text.glossary``): the terms the explanations rely on are defined,
in English and in Chinese."""

from __future__ import annotations

import re

from planner.text.glossary import glossary


def test_glossary_defines_every_term_in_both_languages() -> None:
    codes = {t.code for t in glossary()}
    assert {"apr", "ear", "irr", "annuity", "equal_principal", "interest_only", "bullet",
            "interest_free_period", "minimum_payment", "grace_period", "monthly_fee_rate",
            "daily_rate", "flat_rate", "debt_to_income"} <= codes
    for t in glossary():
        assert t.definition("en") and re.search(r"[\u4e00-\u9fff]", t.definition("zh_CN"))
    assert any(t.name("zh_CN") == "等额本息" for t in glossary())
