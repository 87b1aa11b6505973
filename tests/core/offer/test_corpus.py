"""The corpus: every offer text gives its product, completeness, missing fields, quoted annual
figures and (priced as ``calc`` prices it) its understatement warnings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.core.errors import InputError
from planner.core.figures import analyse
from planner.core.offer import payment_mismatch, read_offer, understatements
from planner.core.product import parse_product
from planner.core.tvm import periodic_rate_for
from tests.core.offer.corpus import CORPUS, NO_TERMS, Case

START = date(2025, 1, 10)


def test_the_corpus_is_large_and_varied():
    assert len(CORPUS) >= 80
    texts = [c.text for c in CORPUS]
    assert len(set(texts)) == len(texts)
    kinds = {c.product.get("kind") for c in CORPUS}
    assert {"loan", "installment", "credit_line", "card"} <= kinds
    assert sum(1 for c in CORPUS if c.warnings) >= 15
    assert sum(1 for c in CORPUS if not c.complete) >= 10


@pytest.mark.parametrize("case", CORPUS, ids=lambda c: c.text[:40])
def test_offer_text_gives_its_product(case: Case):
    reading = read_offer(case.text, START)
    for key, expected in case.product.items():
        assert reading.product.get(key) == expected, key
    assert reading.product["start"] == START.isoformat()
    assert reading.complete is case.complete, reading.missing
    assert reading.missing == case.missing
    assert tuple(str(q.percent) for q in reading.quoted) == case.quoted
    for span in reading.found:
        assert case.text[span.start:span.end] == span.text
    if not case.complete:
        return
    figures = analyse(parse_product(reading.product))
    codes = tuple(u.code for u in understatements(reading.quoted, figures.apr.rate * 100))
    fee_each = sum((Decimal(f["amount"]) for f in reading.product.get("fees", [])
                    if f["type"] == "per_payment"), Decimal(0))
    mismatch = payment_mismatch(reading.payment, figures.payment, reading.product.get("method"),
                                fee_each)
    assert codes + ((mismatch.code,) if mismatch else ()) == case.warnings


@pytest.mark.parametrize("text", NO_TERMS)
def test_text_without_terms_is_refused(text: str):
    with pytest.raises(InputError) as caught:
        read_offer(text, START)
    assert caught.value.field == "text"


def test_text_longer_than_a_paste_box_is_refused():
    with pytest.raises(InputError, match="longer"):
        read_offer("借款10000元，" * 20_000, START)


# -- golden figures, hand-checkable ---------------------------------------------------------

def _figures(text: str):
    reading = read_offer(text, START)
    assert reading.complete, reading.missing
    return reading, analyse(parse_product(reading.product))


def test_fee_plan_matches_the_engine_example():
    """10,000 over 12 months at 0.6% a month on the original amount: 833.33 principal + 60 fee
    = 893.33 a payment; APR (IRR x 12) 13.03% per PBoC 2021 No. 3 (FINANCE.md's example)."""
    reading, f = _figures("借款10000元，分12期，每期手续费率0.6%，折合年化仅7.2%")
    assert f.payment == Decimal("893.33")
    assert f.total_cost == Decimal("720.00")
    assert round(f.apr.rate * 100, 2) == 13.03
    (u,) = understatements(reading.quoted, f.apr.rate * 100)
    assert u.quote.text == "折合年化仅7.2%" and u.quote.percent == Decimal("7.2")


def test_total_fee_rate_is_spread_over_the_term():
    """7.5% over 12 periods is 0.625% a period: 10,000 / 12 = 833.33 + 62.50 = 895.83."""
    _, f = _figures("分期金额10000元，分12期，总费率7.5%")
    assert f.payment == Decimal("895.83")
    assert f.total_cost == Decimal("750.00")


def test_daily_rate_and_its_365_times_annual_figure_are_honest():
    """0.05% a day is 18.25% a year by the lender's own arithmetic; the IRR of the schedule is
    a little below it (months average 30.4 days), so no warning."""
    reading, f = _figures("日利率0.05%，借款10000元，分12期，等额本息，年化利率18.25%")
    assert 18.0 < f.apr.rate * 100 < 18.25
    assert understatements(reading.quoted, f.apr.rate * 100) == []


@pytest.mark.parametrize("text, payment", [
    ("商品价格20000元，月供888元，共24期", Decimal("888.00")),
    ("$2,499 purchase, 24 monthly payments of $115.25", Decimal("115.25")),
    ("借款10000元，分12期，每月还款900元，年化利率仅5%", Decimal("900.00")),
])
def test_a_quoted_payment_prices_the_product_to_the_cent(text: str, payment: Decimal):
    reading, f = _figures(text)
    assert reading.payment == payment
    assert f.payment == payment
    assert all(r.payment == payment for r in f.schedule.rows[:-1])


def test_payment_implied_rate_is_the_annuity_rate():
    """888 x 24 = 21,312 on 20,000: the monthly rate r with 20000 = 888 (1 - (1+r)^-24) / r
    is 0.5147% (by hand: at r = 0.5147% the annuity factor (1 - 1.005147^-24) / 0.005147 is
    22.523, and 20000 / 888 = 22.523). The true rate of the schedule is that IRR x 12, up to
    the cents the last payment absorbs."""
    reading, f = _figures("商品价格20000元，月供888元，共24期")
    annual = Decimal(reading.product["rate"]["annual"])
    assert abs(annual / 12 - Decimal("0.005147")) < Decimal("0.000005")
    irr = periodic_rate_for(24, Decimal(888), Decimal(20000))
    assert abs(f.apr.rate - irr * 12) < 1e-5  # 0.001 point: the last payment is 888 less cents
    assert abs(f.schedule.rows[-1].payment - Decimal(888)) < Decimal("0.50")


def test_interest_free_with_a_fee_is_called_out():
    reading, f = _figures("0% interest! $600 laptop, pay in 4, $29 fee")
    assert f.apr.convention.value == "us-reg-z"
    assert f.total_cost == Decimal("29")
    (u,) = understatements(reading.quoted, f.apr.rate * 100)
    assert u.quote.percent == 0 and u.true_percent > 40


def test_uk_representative_apr_is_the_aprc_of_the_product():
    """A UK APR is an effective annual rate: the product's nominal rate is the one whose APRC
    is 19.9%, so calc shows 19.9% back and nothing is called out."""
    reading, f = _figures("Borrow £10,000 over 36 months. Representative 19.9% APR.")
    assert f.apr.convention.value == "eu-aprc"
    assert f.apr.rate * 100 == pytest.approx(19.9, abs=0.001)  # the pence the payment rounds
    assert Decimal(reading.product["rate"]["annual"]) < Decimal("0.199")
