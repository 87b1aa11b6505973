"""The content of the stress report: the score and how it adds up, each warning with its
reason, and the household's obligations month by month against its income."""

from __future__ import annotations

from datetime import date

from planner.core.explain_stress import explain_score, explain_warning
from planner.core.portfolio import Portfolio
from planner.core.stress import StressReport, stress_report
from planner.reports.charts import obligations_chart
from planner.reports.document import Chart, Document, Heading, KeyFigures, Paragraph, Table
from planner.reports.figures_report import threshold_lines
from planner.reports.labels import label
from planner.text import format as fmt
from planner.text.explain import render
from planner.text.names import BANDS, SEVERITIES, WARNINGS, name


def stress_document(portfolio: Portfolio, today: date, lang: str) -> Document:
    report = stress_report(portfolio, today)
    household = portfolio.household
    subtitle = " · ".join(filter(None, [household.name, label("as_of", lang, today=today),
                                        label("currency", lang, currency=household.currency)]))
    doc = Document(label("title.stress", lang), subtitle, lang, label("generated", lang))
    currency = household.currency
    score = report.score
    names = {item.id: item.name for item in portfolio.items}
    months = report.projection.months
    worst = max(months, key=lambda m: m.payments) if months else None
    doc.add(Heading(label("key_figures", lang)), KeyFigures((
        (label("score", lang), f"{score.score} / 100 ({name(score.band.value, lang, BANDS)})"),
        (label("warnings", lang), str(len(report.warnings))),
        (label("income", lang), fmt.money(household.monthly_income, currency)),
        (label("buffer", lang), fmt.money(household.cash_buffer, currency)),
        (label("monthly_due", lang), fmt.money(months[0].payments, currency) if months
         else fmt.NOTHING),
        (label("col.ratio", lang), fmt.ratio(worst.ratio) if worst else fmt.NOTHING))))
    doc.add(_obligations(report, lang))
    doc.add(Heading(label("warnings", lang)))
    serious = [w for w in report.warnings if w.severity.rank > 0]
    if not serious:
        doc.add(Paragraph(label("no_warnings", lang)))
    if report.warnings:
        doc.add(Table(
            (label("col.severity", lang), label("warnings", lang), label("col.item", lang)),
            tuple((name(w.severity.value, lang, SEVERITIES),
                   name(w.code.value, lang, WARNINGS),
                   fmt.listing([names.get(i, i) for i in w.items], lang, len(w.items)))
                  for w in report.warnings),
            (0.9, 1.8, 5.0), "lll",
            highlight=frozenset(i for i, w in enumerate(report.warnings)
                                if w.severity.value == "danger")))
    for w in report.warnings:
        text = render(explain_warning(w, names, household.currency), lang)
        doc.add(Paragraph(f"{name(w.code.value, lang, WARNINGS)}: {text}", size=8.5))
    doc.add(Heading(label("factors", lang)), Table(
        (label("col.factor", lang), label("col.points", lang)),
        tuple((name(f.code, lang, WARNINGS), f"{f.points} / {f.max_points}")
              for f in score.factors), (3.0, 1.2), "lr"),
        Paragraph(render(explain_score(score, report.thresholds, household.currency), lang),
                  size=8.5))
    doc.add(Heading(label("months", lang)), Table(
        tuple(label(f"col.{c}", lang) for c in ("month", "payments", "income", "ratio",
                                                 "cash")),
        tuple((fmt.month(m.month, lang), fmt.money(m.payments, currency),
               fmt.money(m.income, currency), fmt.ratio(m.ratio), fmt.money(m.cash, currency))
              for m in months), (1.2, 1.5, 1.5, 1.0, 1.6), "lrrrr"))
    return doc


def _obligations(report: StressReport, lang: str) -> Chart:
    months = report.projection.months
    t = report.thresholds
    lines = threshold_lines(t.dti_caution, t.dti_danger, lang)
    return Chart(label("chart.obligations", lang),
                 obligations_chart([fmt.month(m.month, lang) for m in months],
                                   [m.payments for m in months],
                                   [m.income for m in months], lines,
                                   label("line.income", lang)),
                 (label("line.income", lang), *(name for name, _ in lines)))
