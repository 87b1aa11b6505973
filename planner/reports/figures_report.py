"""The content of the schedule, comparison and portfolio reports: key figures, tables, charts
and the explanation behind each figure, in the report's language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from planner.core.compare import Comparison
from planner.core.errors import InputError
from planner.core.explain import explain_apr, explain_figures
from planner.core.figures import Figures, analyse
from planner.core.money import ZERO
from planner.core.portfolio import Portfolio
from planner.core.product import Kind
from planner.core.schedule import Installment
from planner.core.stress import stress_report
from planner.core.tracking import track
from planner.reports.charts import line_chart, obligations_chart, split_chart
from planner.reports.document import Chart, Document, Heading, KeyFigures, Paragraph, Table
from planner.reports.labels import label
from planner.text import format as fmt
from planner.text.explain import code_word, render, topic_title
from planner.text.names import BANDS, CONVENTIONS_SHORT, KINDS, name, word


def key_figures(f: Figures, lang: str) -> list[tuple[str, str]]:
    """The figures every schedule shows, labelled as the explanations title them."""
    c = f.product.currency
    convention = name(f.apr.convention.value, lang, CONVENTIONS_SHORT)
    pairs = [(topic_title("payment", lang), fmt.money(f.payment, c)),
             (topic_title("total_interest", lang), fmt.money(f.total_interest, c)),
             (topic_title("total_fees", lang), fmt.money(f.total_fees, c)),
             (topic_title("total_paid", lang), fmt.money(f.total_paid, c)),
             (topic_title("total_cost", lang), fmt.money(f.total_cost, c)),
             (f"{topic_title('apr', lang)} ({convention})", fmt.rate(f.apr.rate)),
             (topic_title("ear", lang), fmt.rate(f.apr.effective_annual_rate)),
             (label("last_payment", lang), f.schedule.last_date.isoformat())]
    if f.months_to_payoff is not None:
        pairs.append((topic_title("months_to_payoff", lang), str(f.months_to_payoff)))
    return pairs


def _subtitle(f: Figures, lang: str) -> str:
    p = f.product
    parts = [name(p.kind, lang, KINDS), fmt.money(p.principal, p.currency),
             p.start.isoformat()]
    if p.kind is not Kind.CARD:
        parts.append(f"{p.term} × {code_word(p.frequency.value, lang)}")
    return " · ".join(parts)


def _balance_series(f: Figures) -> list[tuple[date, Decimal]]:
    s = f.schedule
    points = [(f.product.start, s.advance + s.financed_fees)]
    points.extend((r.date, r.balance) for r in s.rows)
    return points


def schedule_document(f: Figures, lang: str, name: str = "") -> Document:
    """One product: its key figures, two charts, how each figure is computed, the schedule."""
    title = label("title.schedule", lang) + (f" · {name}" if name else "")
    doc = Document(title, _subtitle(f, lang), lang, label("generated", lang))
    rows = f.schedule.rows
    parts = [(label("col.principal", lang), [r.principal for r in rows]),
             (label("col.interest", lang), [r.interest for r in rows]),
             (label("col.fee", lang), [r.fee for r in rows])]
    doc.add(Heading(label("key_figures", lang)), KeyFigures(tuple(key_figures(f, lang))),
            Chart(label("chart.balance", lang), line_chart([("", _balance_series(f))])),
            Chart(label("chart.split", lang), split_chart([r.n for r in rows], parts),
                  tuple(p[0] for p in parts), height=2.6),
            Heading(label("how", lang)))
    for e in explain_figures(f):
        prefix = f"{code_word(str(e.values['convention']), lang)} — " if e.topic == "apr" else ""
        doc.add(Paragraph(prefix + render(e, lang), size=8.5))
    c = f.product.currency
    doc.add(Heading(label("schedule", lang)), _schedule_table(f, rows, lang))
    if f.schedule.parts:  # a combined loan: each part's own schedule after the total
        doc.add(Paragraph(label("parts_note", lang), size=8.5))
        for part, (part_name, schedule) in zip(f.product.parts, f.schedule.parts, strict=True):
            doc.add(Heading(label("part_schedule", lang, name=part_name,
                                  principal=fmt.money(part.principal, c))),
                    _schedule_table(f, schedule.rows, lang))
    return doc


def _schedule_table(f: Figures, rows: tuple[Installment, ...], lang: str) -> Table:
    """The rows of a schedule, one line each, every column as the app's schedule names it."""
    c = f.product.currency
    # a card's row ends with what is left of its statement, interest included
    balance = word("card_balance" if f.product.kind is Kind.CARD else "balance", lang)
    headers = (*(label(f"col.{k}", lang) for k in
                 ("n", "date", "payment", "principal", "interest", "fee")), balance)
    table_rows = tuple((str(r.n), fmt.day(r.date), fmt.money(r.payment, c),
                        fmt.money(r.principal, c), fmt.money(r.interest, c),
                        fmt.money(r.fee, c), fmt.money(r.balance, c)) for r in rows)
    return Table(headers, table_rows, (0.6, 1.3, 1.3, 1.3, 1.3, 1.1, 1.5), "lrrrrrr")


def compare_document(comparison: Comparison, lang: str) -> Document:
    """Offers side by side, cheapest first, with the cumulative cost of each."""
    convention = code_word(comparison.convention.value, lang)
    first = comparison.ranked[0]
    currency = first.offer.product.currency
    subtitle = " · ".join([label("ranking", lang), convention,
                           label("currency", lang, currency=currency)])
    doc = Document(label("title.compare", lang), subtitle, lang, label("generated", lang))
    dearest = comparison.ranked[-1]
    doc.add(Heading(label("key_figures", lang)), KeyFigures((
        (label("cheapest", lang), first.offer.name),
        (topic_title("apr", lang), fmt.rate(first.figures.apr.rate)),
        (topic_title("total_cost", lang), fmt.money(first.figures.total_cost, currency)),
        (label("extra_cost", lang), fmt.money(dearest.extra_cost, currency)))))
    headers = tuple(label(k, lang) for k in ("col.rank", "offer", "col.payment", "col.cost",
                                              "col.apr", "col.ear", "last_payment",
                                              "extra_cost"))
    rows = tuple((str(r.rank), r.offer.name, fmt.money(r.figures.payment, currency),
                  fmt.money(r.figures.total_cost, currency), fmt.rate(r.figures.apr.rate),
                  fmt.rate(r.figures.apr.effective_annual_rate),
                  fmt.day(r.figures.schedule.last_date), fmt.money(r.extra_cost, currency))
                 for r in comparison.ranked)
    series = comparison.cumulative_cost()
    doc.add(Table(headers, rows, (0.4, 2.2, 1.1, 1.1, 1.15, 1.15, 1.2, 1.1), "llrrrrrr",
                  highlight=frozenset({0})),
            Chart(label("chart.cumulative", lang), line_chart(series),
                  tuple(name for name, _ in series)),
            Heading(label("how", lang)))
    for r in comparison.ranked:
        doc.add(Paragraph(f"{r.offer.name}: {render(explain_apr(r.figures), lang)}", size=8.5))
    return doc


def portfolio_document(portfolio: Portfolio, today: date, lang: str) -> Document:
    """The household's items: what each costs, what is owed, what falls due, and when."""
    household = portfolio.household
    currency = household.currency
    subtitle = " · ".join(filter(None, [household.name, label("as_of", lang, today=today),
                                        label("currency", lang, currency=currency)]))
    doc = Document(label("title.portfolio", lang), subtitle, lang, label("generated", lang))
    report = stress_report(portfolio, today)
    open_items = [i for i in portfolio.items if i.is_open]
    owed = sum((ip.balance for ip in report.projection.items), ZERO)
    doc.add(Heading(label("household", lang)), KeyFigures((
        (label("income", lang), fmt.money(household.monthly_income, currency)),
        (label("essentials", lang), fmt.money(household.essential_expenses, currency)),
        (label("buffer", lang), fmt.money(household.cash_buffer, currency)),
        (label("open_items", lang), str(len(open_items))),
        (label("owed", lang), fmt.money(owed, currency)),
        (label("monthly_due", lang), fmt.money(report.projection.months[0].payments,
                                               currency)),
        (label("score", lang), f"{report.score.score} / 100 "
                               f"({name(report.score.band.value, lang, BANDS)})"))))
    rows, series, notes = [], [], []
    for item in open_items:
        position = track(item, today)
        c = item.product.currency
        due = (f"{fmt.day(position.next_due)} {fmt.money(position.next_amount, c)}"
               if position.next_due else "")
        try:
            figures: Figures | None = analyse(item.product)
        except InputError:  # a card whose minimum never repays: no schedule to summarise
            figures = None
        rows.append((item.name, name(item.product.kind, lang, KINDS),
                     fmt.money(item.product.principal, c),
                     fmt.money(figures.payment, c) if figures else fmt.NOTHING,
                     fmt.rate(figures.apr.rate if figures else None),
                     fmt.money(position.remaining_principal, c), due))
        if figures is not None:
            series.append((item.name, _balance_series(figures)))
            notes.append(Paragraph(f"{item.name}: {render(explain_apr(figures), lang)}",
                                   size=8.5))
    headers = tuple(label(f"col.{c}", lang) for c in
                    ("item", "kind", "amount", "payment", "apr", "left", "next"))
    months = report.projection.months[:24]
    caution, danger = report.thresholds.dti_caution, report.thresholds.dti_danger
    lines = threshold_lines(caution, danger, lang)
    doc.add(Heading(label("items", lang)),
            Table(headers, tuple(rows), (2.5, 1.1, 1.1, 1.1, 0.8, 1.1, 1.8), "llrrrrr"),
            Chart(label("chart.items_balance", lang), line_chart(series),
                  tuple(name for name, _ in series)),
            Chart(label("chart.obligations", lang),
                  obligations_chart([fmt.month(m.month, lang) for m in months],
                                    [m.payments for m in months],
                                    [m.income for m in months], lines,
                                    label("line.income", lang)),
                  (label("line.income", lang), *(name for name, _ in lines)), height=2.6),
            Heading(label("how", lang)), *notes)
    return doc


def threshold_lines(caution: Decimal, danger: Decimal, lang: str) -> list[tuple[str, Decimal]]:
    """The debt-to-income lines drawn on an obligations chart, named as on the screen."""
    return [(f"{word('caution_line', lang)} {fmt.exact_percent(caution)}", caution),
            (f"{word('danger_line', lang)} {fmt.exact_percent(danger)}", danger)]
