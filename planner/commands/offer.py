"""``planner read-offer``: a lender's offer text read into a product, priced as ``planner calc``
prices it, and checked against the annual figures the text states (issue 10).

The figures come from the same code path as ``calc --json`` (``analyse`` on
``parse_product(product)``, then ``figures_json``), so they are identical to what ``calc``
gives for the printed product. The reader returns codes and numbers; the sentences come from
:mod:`planner.text.offer` (English and Chinese).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.commands.calc import figures_json
from planner.commands.jsonio import print_json
from planner.core.errors import InputError

FIGURE_KEYS = ("payment", "total_cost", "apr_percent", "ear_percent", "convention")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "read-offer", help="read a lender's offer text: the product, its true rate, and a "
                           "warning when the text's own rate understates it")
    parser.add_argument("file", metavar="FILE|-", help="the offer text (UTF-8), - for stdin")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--start", metavar="DATE",
                        help="the date the credit starts (YYYY-MM-DD; default today)")
    parser.set_defaults(handler=run_read_offer)


def run_read_offer(args: argparse.Namespace) -> int:
    from planner.core.dates import parse_date
    from planner.core.offer import read_offer

    start = parse_date(args.start, "--start") if args.start is not None else date.today()
    reading = read_offer(_read_text(args.file), start)
    out = assess(reading)
    if args.json:
        print_json(out)
    else:
        print(_summary(out))
    return 0


def assess(reading: Any, lang: str = "en") -> dict[str, Any]:
    """The ``read-offer --json`` object of a reading: the product, what was found, and when it
    can be priced the ``calc`` figures and the understatement check (sentences in ``lang``)."""
    from planner.core.offer.pricing_check import CANNOT_PRICE, price_offer
    from planner.text.offer import (
        cannot_price_sentence,
        payment_differs_sentence,
        understatement_sentence,
    )

    priced = price_offer(reading)
    out: dict[str, Any] = {
        "product": reading.product,
        "complete": reading.complete and priced.refusal is None,
        "missing": list(reading.missing),
        "found": [{"field": s.field, "text": s.text, "start": s.start, "end": s.end}
                  for s in reading.found],
    }
    warnings = []
    if priced.refusal is not None:  # a card whose minimum never repays, say: calc refuses it
        warnings.append({"code": CANNOT_PRICE,
                         "message": cannot_price_sentence(str(priced.refusal), lang)})
    if priced.figures is not None:
        calc = figures_json(priced.figures)
        out.update({key: calc[key] for key in FIGURE_KEYS})
        for u in priced.understated:
            warnings.append({"code": u.code, "message": understatement_sentence(
                u.quote.text, u.quote.percent, calc["apr_percent"], calc["convention"], lang)})
        if priced.mismatch is not None:
            warnings.append({"code": priced.mismatch.code, "message": payment_differs_sentence(
                priced.mismatch.quoted, priced.mismatch.calculated, lang)})
    out["quoted"] = [{"text": q.text, "percent": float(q.percent)} for q in reading.quoted]
    out["warnings"] = warnings
    return out


def _percent(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def _read_text(source: str) -> str:
    label = "stdin" if source == "-" else source
    try:
        text = (sys.stdin.read() if source == "-"
                else Path(source).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(label, f"cannot be read: {error}") from None
    return text.removeprefix("\ufeff")


def _summary(out: dict[str, Any]) -> str:
    """The reading in English; kinds, methods and conventions named as ``calc`` names them
    (``planner.text.names``)."""
    from planner.text.names import CONVENTIONS, KINDS, METHODS, name

    p = out["product"]
    money = p.get("principal", p.get("balance"))
    head = f"{name(p['kind'], 'en', KINDS)}: {money or '?'} {p.get('currency', '?')} from " \
           f"{p['start']}"
    if p["kind"] != "card":
        head += f", {p.get('term', '?')} {p.get('frequency', 'monthly')} payments"
        head += f" ({name(p.get('method', '?'), 'en', METHODS)})"
    rate = p.get("rate")
    if rate:
        (quote, value), = rate.items()
        head += f", rate {quote} {value}"
    for fee in p.get("fees", []):
        head += f", {fee['type']} fee {fee['amount']}"
    lines = [head, ""]
    lines += [f"  {s['field']:<16}{s['text']}" for s in out["found"]]
    lines.append("")
    if out["complete"]:
        lines.append(f"payment {out['payment']}, cost of credit {out['total_cost']}, "
                     f"true annual rate {out['apr_percent']:.2f}% under "
                     f"{name(out['convention'], 'en', CONVENTIONS)}, "
                     f"effective {out['ear_percent']:.2f}%")
    else:
        lines.append("incomplete: missing " + (", ".join(out["missing"]) or "nothing"))
    for q in out["quoted"]:
        lines.append(f"the text states {_percent(q['percent'])} a year: {q['text']}")
    for w in out["warnings"]:
        lines.append(f"warning: {w['message']}")
    return "\n".join(lines)
