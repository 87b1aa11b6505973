"""The content of the stress report: the score and how it adds up, each warning with its
reason, and the household's obligations month by month against its income."""

from __future__ import annotations

from datetime import date

from planner.core.explain_stress import explain_score, explain_warning
from planner.core.portfolio import Portfolio
from planner.core.stress import StressReport, stress_report
from planner.reports.charts import obligations_chart
from planner.reports.document import Chart, Document, Heading, KeyFigures, Paragraph, Table
from planner.reports.labels import label, money, percent
from planner.text.explain import code_word, render


def stress_document(portfolio: Portfolio, today: date, lang: str) -> Document:
    report = stress_report(portfolio, today)
    household = portfolio.household
    subtitle = " · ".join(filter(None, [household.name, label("as_of", lang, today=today),
                                        label("currency", lang, currency=household.currency)]))
    doc = Document(label("title.stress", lang), subtitle, lang, label("generated", lang))
    score = report.score
    names = {item.id: item.name for item in portfolio.items}
    months = report.projection.months
    worst = max(months, key=lambda m: m.payments) if months else None
    doc.add(Heading(label("key_figures", lang)), KeyFigures((
        (label("score", lang), f"{score.score} / 100 ({code_word(score.band.value, lang)})"),
        (label("warnings", lang), str(len(report.warnings))),
        (label("income", lang), money(household.monthly_income)),
        (label("buffer", lang), money(household.cash_buffer)),
        (label("monthly_due", lang), money(months[0].payments) if months else "—"),
        (label("col.ratio", lang), percent(worst.ratio) if worst else "—"))))
    doc.add(_obligations(report, lang))
    doc.add(Heading(label("warnings", lang)))
    serious = [w for w in report.warnings if w.severity.rank > 0]
    if not serious:
        doc.add(Paragraph(label("no_warnings", lang)))
    if report.warnings:
        doc.add(Table(
            (label("col.severity", lang), label("warnings", lang), label("col.item", lang)),
            tuple((code_word(w.severity.value, lang), label(f"warning.{w.code.value}", lang),
                   ", ".join(names.get(i, i) for i in w.items)) for w in report.warnings),
            (0.9, 1.8, 5.0), "lll",
            highlight=frozenset(i for i, w in enumerate(report.warnings)
                                if w.severity.value == "danger")))
    for w in report.warnings:
        text = render(explain_warning(w, names, household.currency), lang)
        doc.add(Paragraph(f"{label(f'warning.{w.code.value}', lang)}: {text}", size=8.5))
    doc.add(Heading(label("factors", lang)), Table(
        (label("col.factor", lang), label("col.points", lang)),
        tuple((label(f"factor.{f.code}", lang), f"{f.points} / {f.max_points}")
              for f in score.factors), (3.0, 1.2), "lr"),
        Paragraph(render(explain_score(score, report.thresholds, household.currency), lang),
                  size=8.5))
    doc.add(Heading(label("months", lang)), Table(
        tuple(label(f"col.{c}", lang) for c in ("month", "payments", "income", "ratio",
                                                 "cash")),
        tuple((m.month, money(m.payments), money(m.income), percent(m.ratio), money(m.cash))
              for m in months), (1.2, 1.5, 1.5, 1.0, 1.6), "lrrrr"))
    return doc


def _obligations(report: StressReport, lang: str) -> Chart:
    months = report.projection.months
    t = report.thresholds
    lines = [(label("line.caution", lang, ratio=percent(t.dti_caution)), t.dti_caution),
             (label("line.danger", lang, ratio=percent(t.dti_danger)), t.dti_danger)]
    return Chart(label("chart.obligations", lang),
                 obligations_chart([m.month for m in months], [m.payments for m in months],
                                   [m.income for m in months], lines,
                                   label("line.income", lang)),
                 (label("line.income", lang), *(name for name, _ in lines)))
