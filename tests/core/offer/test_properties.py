"""Properties of the offer reader on generated text: every span points at the text it claims,
unrelated words change nothing, and the only error it raises is InputError."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.errors import InputError
from planner.core.offer import read_offer
from tests.core.offer.corpus import CORPUS

START = date(2025, 1, 10)

# Pieces lenders' texts are made of, to build texts the reader finds something in.
FRAGMENTS = ["借款", "10000元", "１００００", "壹万元整", "二十万", "分12期", "十二期", "期限5年",
             "36个月", "日利率0.05%", "日息万五", "月费率0.6%", "每期手续费率0.75%", "总费率7.5%",
             "年化利率（单利）18%", "折合年化仅7.2%", "百分之四点九", "等额本息", "先息后本",
             "服务费500元（放款时一次性收取）", "最低还款额为账单金额的10%", "信用卡", "月供888元",
             "$2,499", "£99.00", "15000 EUR", "9.99% APR", "1.5% per month", "0% interest",
             "interest-free", "Pay in 4", "over 36 months", "24 monthly payments of $115.25",
             "origination fee $49", "arrangement fee 1%", "2% of the balance or $25, whichever "
             "is greater", "30-year", "，", "。", ", ", ". ", " ", "\n", "%", "万", "元", "$",
             "0", "7", ".", "期", "年化", "fee", "APR", "万分之", "千分之"]
offer_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=25).map("".join)

#: Words with nothing to do with credit, in each language, inserted as clauses of their own.
UNRELATED_ZH = ["您好", "欢迎使用本产品", "祝您生活愉快", "新用户专享", "详情请咨询客服"]
UNRELATED_EN = ["Hello", "Thank you for choosing us", "See our website", "Apply online",
                "Terms apply"]
# A comma grouping digits in threes (５，０００) is inside a number, not between clauses.
_BOUNDARY = re.compile(r"(?<!\d)，|，(?!\d{3}(?!\d))|[。；;\n]|[,.](?=\s)")


def _check_spans(text: str) -> None:
    try:
        reading = read_offer(text, START)
    except InputError as error:
        assert error.field == "text"
        return
    for span in reading.found:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
    for quote in reading.quoted:
        assert text[quote.start:quote.end] == quote.text


@settings(max_examples=300, deadline=None)
@given(offer_like)
def test_every_span_points_at_the_text_it_claims(text: str):
    _check_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_raises_nothing_but_input_error(text: str):
    _check_spans(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12).map("".join),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=20))
def test_fragments_with_noise_raise_nothing_but_input_error(text: str, noise: str):
    _check_spans(text + noise)
    _check_spans(noise + text)


def _summary(text: str) -> tuple:
    reading = read_offer(text, START)
    return (reading.product, reading.complete, reading.missing,
            [str(q.percent) for q in reading.quoted], [s.field for s in reading.found])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CORPUS), st.data())
def test_unrelated_words_do_not_change_the_product(case, data):
    text = case.text
    chinese = re.search(r"[\u4e00-\u9fff]", text) is not None
    words = data.draw(st.sampled_from(UNRELATED_ZH if chinese else UNRELATED_EN))
    # Clause boundaries (the start, the end, right after each separator) that do not cut a
    # phrase the reader found ("按月付息，到期还本" is one method).
    spans = read_offer(text, START).found
    places = sorted(at for at in {0, len(text), *(m.end() for m in _BOUNDARY.finditer(text))}
                    if not any(s.start < at < s.end for s in spans))
    at = data.draw(st.sampled_from(places))
    piece = f"{words}，" if chinese else f"{words}. "
    if at == len(text):
        piece = ("，" if chinese else ". ") + words
    changed = text[:at] + piece + text[at:]
    assert _summary(changed) == _summary(text), changed
