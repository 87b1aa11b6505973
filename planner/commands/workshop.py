"""``planner scenarios``, ``planner handout`` and ``planner report``: the bundled teaching
scenarios (and groups' variants of them), workshop handouts (worksheets and answer keys), and
PDF reports of a portfolio, one schedule, an offer comparison or the repayment stress.

``scenarios`` and ``handout`` take a bundled scenario's name or a scenario file of one's own
(``planner-scenario`` JSON; ``-`` reads it from standard input).

``report`` reads FILE like the command it mirrors: a portfolio JSON for ``portfolio`` and
``stress``; a product JSON (or a portfolio with ``--item``) for ``schedule``; offers as
``planner compare`` reads them for ``compare``. Without FILE it reads the store's profile.
matplotlib is imported only when a report is written, never at start-up.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from planner.commands.base import Refused
from planner.commands.jsonio import print_json, read_json
from planner.commands.profile_access import open_command_profile, refusing_store_errors, today_of
from planner.content.scenarios import list_scenarios, open_scenario
from planner.core.convention import Convention
from planner.core.errors import InputError, shown
from planner.core.portfolio import Portfolio, parse_portfolio
from planner.core.privacy import refuse_card_numbers
from planner.core.product import parse_product
from planner.text import format as fmt

KINDS = ("portfolio", "schedule", "compare", "stress")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("scenarios", help="the bundled teaching scenarios")
    p.add_argument("name", nargs="?", metavar="NAME", help="show one scenario's guide")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=["en", "zh_CN"], default="en", help="language of a guide")
    p.add_argument("--portfolio", action="store_true",
                   help="with NAME: print its portfolio JSON moved to today (for import, "
                        "report, stress...)")
    p.add_argument("--today", metavar="DATE", help="move the scenario to DATE (default: today)")
    p.add_argument("--variants", type=int, metavar="N",
                   help="with NAME: N anonymised households for table groups, the same lesson "
                        "with their own numbers, and the answers of each")
    p.add_argument("--seed", type=int, metavar="S",
                   help="with --variants: the same seed gives the same households (default 1)")
    p.set_defaults(handler=run_scenarios)
    p = subparsers.add_parser("handout", help="write a workshop worksheet or answer key (PDF)")
    p.add_argument("source", metavar="SCENARIO",
                   help="a scenario's name, or a scenario file (- for stdin)")
    p.add_argument("--kind", required=True, choices=["worksheet", "answers"],
                   help="worksheet: questions with empty boxes; answers: the answer key")
    p.add_argument("--lang", choices=["en", "zh_CN", "both"], default="en",
                   help="language; both: English and Chinese side by side")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument("--output", "-o", required=True, metavar="PATH.pdf")
    p.add_argument("--variants", type=int, metavar="N",
                   help="one worksheet (or answers) per table group, N households")
    p.add_argument("--seed", type=int, metavar="S", help="with --variants (default 1)")
    p.add_argument("--today", metavar="DATE", help="move the scenario to DATE (default: today)")
    p.set_defaults(handler=run_handout)
    p = subparsers.add_parser("report", help="write a PDF report")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="portfolio, product or offers JSON (- for stdin); default: the profile")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--output", "-o", required=True, metavar="PATH.pdf")
    p.add_argument("--lang", choices=["en", "zh_CN"], default="en", help="report language")
    p.add_argument("--item", metavar="ID", help="schedule: which item of a portfolio")
    p.add_argument("--convention", choices=[c.value for c in Convention],
                   help="compare: APR convention (default: the first offer's)")
    p.add_argument("--today", metavar="DATE", help="as of DATE (default: today)")
    p.set_defaults(handler=run_report)


# -- scenarios -------------------------------------------------------------------------------

def run_scenarios(args: argparse.Namespace) -> int:
    if args.name is None:
        if args.portfolio:
            raise InputError("--portfolio", "needs a scenario NAME")
        if args.variants is not None:
            raise InputError("--variants", "needs a scenario NAME")
        found = list_scenarios()
        if args.json:
            print_json([_guide_json(name, guide) for name, guide in found])
        else:
            width = max(len(name) for name, _ in found)
            for name, guide in found:
                print(f"{name:<{width}}  {guide.title['en']} · {guide.title['zh_CN']}")
        return 0
    seed = _seed(args)
    scenario = _scenario(args.name, today_of(args))
    if args.variants is not None:
        if args.portfolio:
            raise InputError("--portfolio", "prints the scenario's own portfolio; the "
                                            "variants' are in --json")
        return _print_variants(scenario, args.variants, seed, args)
    if args.portfolio:
        print_json(scenario.data)
        return 0
    if args.json:
        names = {i.id: i.name for i in scenario.portfolio.items}
        print_json({**_guide_json(scenario.name, scenario.guide), "today": scenario.today,
                    "shift_months": scenario.shift_months, "portfolio": scenario.data,
                    "answers": [_answer_json(a, scenario.guide, scenario.portfolio, names)
                                for a in scenario.answers()]})
        return 0
    guide = scenario.guide
    print(guide.text("title", args.lang))
    print()
    print(guide.text("summary", args.lang))
    print()
    for number, step in enumerate(guide.step_texts(args.lang), start=1):
        print(f"{number}. {step}")
    if guide.questions:
        from planner.text.workshop import question_text, word

        print()
        print(f"{word('questions', args.lang)}:")
        for number, question in enumerate(guide.questions, start=1):
            spec = guide.answer_for(question.id)
            print(f"{number}. " + question_text(question.words(args.lang), spec,
                                                 scenario.portfolio, args.lang))
    return 0


def _guide_json(name: str, guide: Any) -> dict[str, Any]:
    return {"name": name, "title": guide.title, "summary": guide.summary,
            "steps": list(guide.steps), "terms": list(guide.terms), "as_of": guide.as_of,
            "questions": [{"id": q.id, **q.text} for q in guide.questions],
            "lesson": [c.to_json() for c in guide.lesson]}


def _scenario(source: str, today: Any) -> Any:
    """A bundled scenario by name, a scenario file by its path, or one on stdin (``-``)."""
    from planner.content.scenarios import parse_scenario_file

    if source == "-":
        return parse_scenario_file(read_json("-"), today)
    return open_scenario(source, today)


def _seed(args: argparse.Namespace) -> int:
    from planner.content.variants import MAX_VARIANTS

    if args.seed is not None and args.variants is None:
        raise InputError("--seed", "goes with --variants N")
    if args.seed is not None and not 0 <= args.seed < 2 ** 63:
        raise InputError("--seed", "must be a whole number from 0")
    if args.variants is not None and not 1 <= args.variants <= MAX_VARIANTS:
        raise InputError("--variants", f"must be from 1 to {MAX_VARIANTS}, not "
                                       f"{args.variants}")
    return 1 if args.seed is None else args.seed


def _answer_json(answer: Any, guide: Any, portfolio: Portfolio,
                 names: dict[str, str]) -> dict[str, Any]:
    from planner.text.workshop import answer_json, question_text

    question = next(q for q in guide.questions if q.id == answer.spec.question)
    return {**answer_json(answer, "en", names),
            "text_zh_CN": answer_json(answer, "zh_CN", names)["text"],
            "asked": {lang: question_text(question.words(lang), answer.spec, portfolio, lang)
                      for lang in ("en", "zh_CN")},
            "spec": answer.spec.to_json()}


def _print_variants(scenario: Any, count: int, seed: int, args: argparse.Namespace) -> int:
    from planner.content.variants import variants
    from planner.text.workshop import answer_text, item_label, question_text, word

    found = variants(scenario, count, seed)
    if args.json:
        out = []
        for v in found:
            names = {i.id: i.name for i in v.portfolio.items}
            out.append({"number": v.number,
                        "household": {"en": v.household[1], "zh_CN": v.household[0]},
                        "amounts_factor": str(v.factor), "portfolio": v.data,
                        "answers": [_answer_json(a, v.guide, v.portfolio, names)
                                    for a in v.answers]})
        print_json({"name": scenario.name, "seed": seed, "today": scenario.today,
                    "questions": [{"id": q.id, **q.text} for q in scenario.guide.questions],
                    "variants": out})
        return 0
    lang = args.lang
    print(f"{scenario.guide.text('title', lang)} · seed {seed}")
    for v in found:
        names = {i.id: i.name for i in v.portfolio.items}
        print()
        print(f"{word('group', lang, n=v.number)} — {v.household_name(lang)}")
        for item in v.portfolio.items:
            p = item.product
            print(f"  {item_label(item.name, lang)}: {fmt.money(p.principal, p.currency)} · "
                  f"{p.start.isoformat()}")
        for number, (question, a) in enumerate(zip(v.guide.questions, v.answers, strict=True),
                                               start=1):
            asked = question_text(question.words(lang), a.spec, v.portfolio, lang)
            print(f"  {number}. {asked} {answer_text(a, lang, names)}")
    return 0


# -- handout ---------------------------------------------------------------------------------

def run_handout(args: argparse.Namespace) -> int:
    output = _output_path(args.output)
    seed = _seed(args)
    scenario = _scenario(args.source, today_of(args))
    from planner import reports
    from planner.content.variants import variants

    found = variants(scenario, args.variants, seed) if args.variants is not None else None
    try:
        _write_atomically(output, lambda p: reports.write_handout(
            scenario, p, kind=args.kind, lang=args.lang, paper=args.paper, variants=found))
    except reports.FontUnavailable as error:
        raise Refused(str(error)) from None
    print(f"wrote {output}")
    return 0


# -- report ----------------------------------------------------------------------------------

@refusing_store_errors
def run_report(args: argparse.Namespace) -> int:
    output = _output_path(args.output)
    if len(args.files) > 1 and args.kind != "compare":
        raise InputError("FILE", f"a {args.kind} report reads one file, not {len(args.files)}")
    today = today_of(args)
    from planner import reports

    try:
        if args.kind == "compare":
            _write_atomically(output, lambda p: reports.write_compare_report(
                _comparison(args), p, args.lang))
        elif args.kind == "schedule":
            figures, name = _schedule(args)
            _write_atomically(output, lambda p: reports.write_schedule_report(
                figures, p, args.lang, name=name))
        else:
            portfolio = _portfolio(args)
            write = reports.write_stress_report if args.kind == "stress" \
                else reports.write_portfolio_report
            _write_atomically(output, lambda p: write(portfolio, p, args.lang, today=today))
    except reports.FontUnavailable as error:
        raise Refused(str(error)) from None
    print(f"wrote {output}")
    return 0


def _output_path(text: str) -> Path:
    from planner.commands.portfolio import output_file

    if Path(text).suffix.lower() != ".pdf":
        raise InputError("--output", f"{shown(text)} must be a .pdf file path")
    return output_file(text, "--output")


def _write_atomically(path: Path, write) -> None:  # noqa: ANN001 - a callable taking a path
    """Write through a temporary file of this process's own beside ``path``, fsync, rename: a
    failure (a full disk) leaves no half-written PDF and no copy of the portfolio behind."""
    from planner.store.errors import file_error
    from planner.store.paths import replacing

    try:
        with replacing(path) as temporary:
            write(str(temporary))
            if os.name == "posix":
                os.chmod(temporary, 0o600)  # a report holds the portfolio
    except OSError as error:
        raise Refused(str(file_error(error, path))) from None


def _portfolio(args: argparse.Namespace) -> Portfolio:
    if args.files:
        return parse_portfolio(read_json(args.files[0]))
    with open_command_profile(args) as profile:
        return profile.portfolio()


def _schedule(args: argparse.Namespace):  # noqa: ANN202 - (Figures, name)
    from planner.core.figures import analyse

    if args.files:
        data = read_json(args.files[0])
        if not (isinstance(data, dict) and data.get("format") == "planner-portfolio"):
            if args.item:
                raise InputError("--item", "picks an item of a portfolio; FILE is a product")
            name = data.get("name", "") if isinstance(data, dict) else ""
            refuse_card_numbers(name, "name")
            product = {k: v for k, v in data.items() if k not in ("name", "lender", "id",
                                                                    "notes")} \
                if isinstance(data, dict) else data
            return analyse(parse_product(product)), str(name)
        portfolio = parse_portfolio(data)
    else:
        portfolio = _portfolio(args)
    items = {item.id: item for item in portfolio.items}
    if args.item is None and len(items) == 1:
        item = next(iter(items.values()))
    elif args.item is None:
        raise InputError("--item", "is needed to pick one item (one of "
                                   f"{', '.join(items) or 'none'})")
    elif args.item not in items:
        raise InputError("--item", f"there is no item {args.item!r} (one of "
                                   f"{', '.join(items) or 'none'})")
    else:
        item = items[args.item]
    return analyse(item.product), item.name


def _comparison(args: argparse.Namespace):  # noqa: ANN202 - a Comparison
    from planner.commands.compare import read_offers
    from planner.core.compare import Offer, compare_offers

    convention = Convention(args.convention) if args.convention else None
    if args.files:
        offers = read_offers(args.files)
    else:
        offers = [Offer(i.name, i.product) for i in _portfolio(args).items if i.is_open]
    return compare_offers(offers, convention)
