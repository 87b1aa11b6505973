"""Numbers as lenders write them: amounts with their currency, percentages, counts.

Arabic digits (``8,888.00``, ``1.5万``, ``$10k``), Chinese numerals (``壹万元整``, ``二十万``,
``百分之四点九``, ``十二``) and the market's shorthand for tiny rates (``万五`` is five in ten
thousand, 0.05%; ``千分之五`` 0.5%). Chinese numerals go to cn2an (MIT), imported on the first
Chinese numeral met, so a text without one never pays its ~0.1 s import. Every value is an
exact ``Decimal``; the text must already be folded to half width (:func:`.text.fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_MAGNITUDES = "十百千万亿拾佰仟"
_CN = f"[{CN_DIGITS}{CN_MAGNITUDES}]"
_CN_DECIMAL = f"[{CN_DIGITS}{CN_MAGNITUDES}点]"

ARABIC = r"(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?"
_ARABIC = rf"(?<![\d.,]){ARABIC}(?![\d])"

_PRE_CURRENCY = {"US$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD",
                 "$": "USD", "£": "GBP", "€": "EUR", "¥": "CNY", "人民币": "CNY", "RMB": "CNY"}
_POST_CURRENCY = {"元": "CNY", "块": "CNY", "圆": "CNY", "美元": "USD", "英镑": "GBP",
                  "欧元": "EUR", "港元": "HKD", "港币": "HKD", "dollar": "USD", "dollars": "USD",
                  "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR"}
_CODES = ("CNY", "RMB", "USD", "EUR", "GBP", "HKD", "SGD", "AUD", "CAD", "JPY")
_PRE = r"(?P<pre>US\$|HK\$|S\$|A\$|C\$|[$£€¥]|人民币|(?:" + "|".join(_CODES) + r")(?![A-Za-z]))"
_POST = (r"(?P<post>美元|英镑|欧元|港元|港币|元|块|圆|(?:" + "|".join(_CODES)
         + r")(?![A-Za-z])|(?:dollars?|pounds?|euros?)(?![A-Za-z]))")
_MOST = Decimal("1e13")
_LONGEST_NUMERAL = 24
_MULT = {"万": Decimal(10000), "千": Decimal(1000), "k": Decimal(1000), "K": Decimal(1000)}

_AMOUNT = re.compile(
    rf"{_PRE}?\s?(?P<num>{_ARABIC})(?:\s?(?P<mult>万|千|[kK](?![A-Za-z])))?(?:\s?{_POST})?",
    re.ASCII)
_CN_AMOUNT = re.compile(
    rf"(?<!第)(?P<pre>人民币)?(?<!{_CN})(?P<cn>{_CN}++)(?P<post>元|块|圆)?(?:整)?"
    rf"(?!期|个月|个|年|天|日|月|次|分之|倍|岁|周|号|点|笔)")


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money in the text: ``value`` exact, ``currency`` when the text names one,
    ``bare`` when nothing but context says it is money (``借款10000，分12期``)."""

    value: Decimal
    currency: str | None
    start: int
    end: int
    bare: bool = False


@dataclass(frozen=True, slots=True)
class Percent:
    """A percentage as a fraction (``0.05%`` is ``Decimal('0.0005')``) and where it stands."""

    value: Decimal
    start: int
    end: int


def arabic(token: str) -> Decimal:
    """``8,888.00`` -> ``Decimal('8888.00')``."""
    return Decimal(token.replace(",", ""))


@lru_cache(maxsize=1024)
def chinese_number(token: str) -> Decimal | None:
    """The value of a Chinese numeral, or None when it is not one cn2an accepts. Cached: a
    cn2an call costs 0.1-0.4 ms (it folds width and script on every call), and the paste box
    reads the same numerals again on every keystroke.

    >>> chinese_number("壹万"), chinese_number("二十万"), chinese_number("四点九")
    (Decimal('10000'), Decimal('200000'), Decimal('4.9'))
    >>> chinese_number("万万") is None
    True
    """
    if len(token) > _LONGEST_NUMERAL:
        return None  # no amount, rate or count is written with more numerals than this
    import cn2an  # lazily: ~0.1 s and ~3 MB, paid only by texts with Chinese numerals

    try:
        value = cn2an.cn2an(token, "smart")
    except Exception:  # noqa: BLE001 - cn2an signals "not a numeral" with several types
        return None
    try:
        # cn2an rounds a decimal result to its digits: its repr is the numeral's exact value.
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(int(value))
    except (InvalidOperation, ValueError, TypeError):
        return None


def plain(value: Decimal) -> Decimal:
    """``15000.0`` as ``15000``, ``1.50`` as ``1.5``: no exponent, no trailing zeros."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def number(token: str) -> Decimal | None:
    """Arabic or Chinese, whichever ``token`` is."""
    if token and token[0].isdigit():
        try:
            return arabic(token)
        except InvalidOperation:
            return None
    return chinese_number(token)


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a currency mark or a magnitude (万, 千, k), and every bare number
    (``bare=True``) for the reader to accept by context; Chinese numerals count when they end
    in a magnitude or carry 元."""
    out = []
    for m in _AMOUNT.finditer(text):
        value = arabic(m["num"])
        if m["mult"]:
            if m["mult"] in "kK" and not m["pre"]:
                continue  # "12k" without a currency is not reliably money
            value = plain(value * _MULT[m["mult"]])
        if not 0 < value <= _MOST:
            continue  # no credit is for nothing, or for more than parse_amount accepts
        currency = _currency(m["pre"], m["post"])
        start = m.start("pre") if m["pre"] else m.start("num")
        end = m.end("post") if m["post"] else (m.end("mult") if m["mult"] else m.end("num"))
        bare = not (m["pre"] or m["post"] or m["mult"])
        out.append(Amount(value, currency, start, end, bare))
    for m in _CN_AMOUNT.finditer(text):
        token = m["cn"]
        if not m["post"] and (len(token) < 2 or token[-1] not in CN_MAGNITUDES):
            continue
        value = chinese_number(token)
        if value is None or not 0 < value <= _MOST:
            continue
        end = m.end()
        out.append(Amount(value, "CNY" if (m["post"] or m["pre"]) else None,
                          m.start(), end))
    out.sort(key=lambda a: a.start)
    return out


def _currency(pre: str | None, post: str | None) -> str | None:
    for mark in (pre, post):
        if mark:
            key = mark if mark in _PRE_CURRENCY or mark in _POST_CURRENCY else mark.upper()
            code = _PRE_CURRENCY.get(key) or _POST_CURRENCY.get(key.lower()) \
                or _POST_CURRENCY.get(key)
            if code:
                return code
            return "CNY" if key == "RMB" else key
    return None


_PERCENT = re.compile(
    rf"(?P<num>(?<![\d.]){ARABIC})\s?(?P<sign>%|‰|percent\b|per\s?cent\b)"
    rf"|(?P<part>百分之|千分之|万分之)(?P<of>\d++(?:\.\d++)?|{_CN_DECIMAL}++)"
    rf"|(?<=[息率至为是])万(?P<wan>\d+(?:\.\d+)?|[{CN_DIGITS}](?:点[{CN_DIGITS}]+)?)"
    rf"(?![{CN_MAGNITUDES}元块\d])", re.IGNORECASE | re.ASCII)
_PARTS = {"百分之": 2, "千分之": 3, "万分之": 4}


def find_percents(text: str) -> list[Percent]:
    """Every percentage, per mille and per ten thousand, as a fraction.

    >>> [str(p.value) for p in find_percents("日息万五，月费率0.6%，年化百分之四点九")]
    ['0.0005', '0.006', '0.049']
    """
    out = []
    for m in _PERCENT.finditer(text):
        if m["num"]:
            value = arabic(m["num"]).scaleb(-3 if m["sign"] == "‰" else -2)
        elif m["part"]:
            raw = number(m["of"])
            if raw is None:
                continue
            value = raw.scaleb(-_PARTS[m["part"]])
        else:
            raw = number(m["wan"])
            if raw is None:
                continue
            value = raw.scaleb(-4)
        out.append(Percent(value, m.start(), m.end()))
    return out


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
          "twenty-four": 24, "thirty-six": 36, "forty-eight": 48, "sixty": 60}
# Counts start at the start of a run of digits or numerals and take all of it at once
# (possessive): a pattern that fails after a long run must not retry every shorter one.
COUNT = (rf"(?:(?<![\d.])\d++|(?<!{_CN}){_CN}++|"
         + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")")


def count(token: str) -> int | None:
    """A whole count in digits, Chinese numerals or English words (``four``), else None."""
    word = _WORDS.get(token.lower())
    if word is not None:
        return word
    value = number(token)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)
