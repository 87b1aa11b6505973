""""How is this computed?" behind the figures: the dialog shows the figure exactly as the label
beside it does, with the user's own numbers in the sentences, in the current language, and the
glossary terms it uses; a click, F1 or the context menu opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.core.explain import explain_apr
from planner.core.product import Kind
from planner.text.format import rate as format_rate
from planner.ui import i18n
from planner.ui.dialogs.explain_dialog import ExplainDialog
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.explainers import attach_explanation, cell_explainer_of, explainer_of
from planner.ui.pages.compare_page import ComparePage
from planner.ui.pages.item_detail import ItemDetail
from planner.ui.table_export import table_menu


def _detail(qtbot, session, today, kind: Kind) -> ItemDetail:
    detail = ItemDetail()
    qtbot.addWidget(detail)
    position = next(p for p in session.positions() if p.item.product.kind is kind
                    and p.figures is not None)
    detail.show_position(position, today)
    return detail


def test_item_detail_figures_open_their_explanation_with_equal_numbers(
        qtbot, session, today) -> None:
    detail = _detail(qtbot, session, today, Kind.LOAN)
    figures = detail.position.figures
    expected = {"payment": figures.payment, "total_cost": figures.total_cost,
                "apr": figures.apr.rate, "ear": figures.apr.effective_annual_rate}
    for key, value in expected.items():
        dialog = explainer_of(detail.values[key]).explain()
        qtbot.addWidget(dialog)
        assert dialog.explanation.figure == value, key
        assert dialog.value.text() == detail.values[key].text(), key
        dialog.close()
    assert explainer_of(detail.values["owed"]) is None  # no record explains it yet


def test_the_monthly_fee_trap_is_explained_in_the_form(qtbot, today) -> None:
    form = ProductForm(Kind.INSTALLMENT, today=today)
    qtbot.addWidget(form)
    form.name.setText("Phone")
    form.amount.setText("10000")  # the default: 12 payments, 0.6% a month fee
    dialog = explainer_of(form.figure_labels["apr"]).explain()
    qtbot.addWidget(dialog)
    assert dialog.explanation.figure == form.figures.apr.rate
    assert dialog.value.text() == form.figure_labels["apr"].text() == "13.03%"
    text = dialog.text()
    assert "is ¥720.00 in charges" in text and "about 13.0%, not 7.2%" in text
    assert "Monthly fee rate (月费率)" in text  # a glossary term it uses, with its meaning
    assert "ORIGINAL amount" in text


def test_the_dialog_speaks_the_current_language(qtbot, session, today) -> None:
    i18n.switch_language("zh_CN")
    detail = _detail(qtbot, session, today, Kind.INSTALLMENT)
    dialog = explainer_of(detail.values["apr"]).explain()
    qtbot.addWidget(dialog)
    assert "按原始本金" in dialog.text()
    assert dialog.heading.text() == detail.values["apr"].accessibleName() == "真实年化利率"
    assert format_rate(detail.position.figures.apr.rate) in dialog.text()


def test_click_and_f1_open_it_and_nothing_to_explain_opens_nothing(qtbot, session) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    figures = session.figures(session.items()[1])
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("13.03%", parent)
    shown: list[object] = []
    attach_explanation(label, lambda: shown.append(1) or explain_apr(figures), "APR")
    parent.show()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    qtbot.keyClick(label, Qt.Key.Key_F1)
    assert len(shown) == 2
    dialogs = parent.findChildren(ExplainDialog)
    assert dialogs and all(d.heading.text() == "APR" for d in dialogs)
    nothing = QLabel("—", parent)
    explainer = attach_explanation(nothing, lambda: None)
    assert explainer.explain() is None


def test_compare_cells_explain_payment_cost_and_rates(qtbot, session) -> None:
    page = ComparePage(session)
    qtbot.addWidget(page)
    page.load_example()
    explainer = cell_explainer_of(page.table)
    column = page.model.Column
    top = page.comparison.ranked[0]
    apr = explainer.explanation(page.proxy.index(0, column.APR))
    assert apr.topic == "apr" and apr.figure == top.figures.apr.rate
    cost = explainer.explanation(page.proxy.index(0, column.TOTAL_COST))
    assert cost.figure == top.figures.total_cost
    assert explainer.explanation(page.proxy.index(0, column.NAME)) is None
    texts = [a.text() for a in table_menu(page.table, page.proxy.index(0, column.APR)).actions()]
    assert texts[0] == "How is this computed?" and texts[-1] == "Export as CSV…"
    texts = [a.text() for a in table_menu(page.table, page.proxy.index(0, column.NAME)).actions()]
    assert texts == ["Export as CSV…"]


def test_stress_effect_scores_are_explained(qtbot, session) -> None:
    page = ComparePage(session)
    qtbot.addWidget(page)
    page.load_example()
    panel = page.stress
    index = panel.proxy.index(0, panel.model.Column.SCORE)
    explanation = cell_explainer_of(panel.table).explanation(index)
    effect = panel.model.row_at(panel.proxy.mapToSource(index).row())
    assert explanation.topic == "stress_score"
    assert explanation.figure == effect.result.after.score.score
