"""Credit-card words: the minimum-payment rule and the signs that a text describes a card.

``最低还款额为账单金额的10%`` (the common rule of Chinese issuers) and the US/UK forms ``2% of
the balance or $25, whichever is greater``, ``1% of the balance plus interest and fees``,
``the greater of £5 or 3% of the balance``. These are read on the whole text before anything
else, since the rule runs across a comma and its amounts are no principal or fee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from planner.core.offer.numbers import arabic, find_amounts, find_percents
from planner.core.offer.text import FLAGS, Claims


@dataclass(frozen=True, slots=True)
class MinimumRule:
    percent: Decimal
    plus_interest: bool
    floor: Decimal | None
    floor_currency: str | None
    start: int
    end: int


_PCT = (r"(?P<pct>(?<![\d.])\d++(?:\.\d++)?\s?%|百分之[零〇一二两三四五六七八九十点]+|"
        r"(?:one|two|three|five)\s+percent)")
_MONEY = r"(?P<floor>(?:US\$|[$£€¥])\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:元|dollars?|pounds?))"
_BALANCE = (r"of\s+(?:the|your)\s+(?:new\s+|statement\s+|outstanding\s+|total\s+)?"
            r"balance(?:\s+due)?")
_PLUS_EN = r"(?P<plus>,?\s+plus\s+(?:any\s+)?(?:new\s+)?interest(?:,?\s+(?:and\s+)?fees?)*)?"
_RULES = [
    re.compile(r"最低还款(?:额|金额)?\s?(?:为|是|[:：])?\s?(?:本期)?(?:账单金额|账单|应还金额|"
               r"消费金额|透支金额)?的?\s?" + _PCT
               + r"(?P<plus>\s?(?:\+|加上?|及|和)\s?(?:全部)?(?:利息|费用|其他费用)+)?"),
    re.compile(_PCT + r"\s+" + _BALANCE + _PLUS_EN + r"(?:,?\s+or\s+" + _MONEY
               + r"(?:,?\s+whichever\s+is\s+(?:greater|higher|more|larger))?)?",
               FLAGS),
    re.compile(r"(?:the\s+)?(?:greater|higher|larger)\s+of\s+" + _MONEY + r"\s+or\s+" + _PCT
               + r"\s+" + _BALANCE + _PLUS_EN, FLAGS),
]
_WORD_PERCENT = {"one": 1, "two": 2, "three": 3, "five": 5}

CARD_WORDS = re.compile(r"信用卡|贷记卡|credit\s+card|最低还款|minimum\s+(?:payment|due)|"
                        r"statement\s+balance|card\s+balance|账单金额|本期账单|purchase\s+APR|"
                        r"透支", FLAGS)


def find_minimum(text: str, claims: Claims) -> MinimumRule | None:
    """The first minimum-payment rule in ``text``, claimed; None when there is none."""
    found = []
    for pattern in _RULES:
        for m in pattern.finditer(text):
            if claims.free(m.start(), m.end()):
                found.append(m)
                break
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    percent = _percent(text, m)
    if percent is None or not 0 < percent <= 1:
        return None
    floor = currency = None
    if m.groupdict().get("floor"):
        amounts = find_amounts(m["floor"])
        if amounts:
            floor, currency = amounts[0].value, amounts[0].currency
    claims.take(m.start(), m.end())
    plus = bool(m.groupdict().get("plus"))
    return MinimumRule(percent, plus, floor, currency, m.start(), m.end())


def _percent(text: str, m: re.Match[str]) -> Decimal | None:
    token = m.group("pct")
    word = token.split()[0].lower()
    if word in _WORD_PERCENT:
        return Decimal(_WORD_PERCENT[word]).scaleb(-2)
    if token[0].isdigit():
        return arabic(token.rstrip("% ").strip()).scaleb(-2)
    percents = find_percents(token)
    return percents[0].value if percents else None

