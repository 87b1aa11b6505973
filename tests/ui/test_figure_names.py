"""One figure, one name (issue 13): the app's tables and panels name the payment, the cost of
credit and the true annual rate as the explanations, ``planner calc`` and the PDF reports do
(``planner.text.names.TOPICS``), in both languages. The app once said "True APR" beside an
explanation titled "True annual rate", and the PDF said "APR"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from planner.reports.labels import label
from planner.text import names
from planner.ui import i18n
from planner.ui.dialogs.product_preview import ProductPreview
from planner.ui.models.compare_model import CompareModel
from planner.ui.models.items_model import ItemsModel
from planner.ui.pages.item_detail import ItemDetail

FIGURES = ("payment", "total_cost", "apr", "ear")


def _captions(widget) -> set[str]:
    return {w.text() for w in widget.findChildren(QLabel) if w.objectName() == "figureCaption"}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_figures_have_one_name_everywhere(qtbot, lang) -> None:
    i18n.switch_language(lang)
    wanted = {code: names.name(code, lang, names.TOPICS) for code in FIGURES}
    compare = CompareModel().headers()
    c = CompareModel.Column
    assert [compare[c.PAYMENT], compare[c.TOTAL_COST], compare[c.APR], compare[c.EAR]] == \
        [wanted[k] for k in FIGURES]
    assert ItemsModel().headers()[ItemsModel.Column.APR] == wanted["apr"]
    preview, detail = ProductPreview("CNY"), ItemDetail()
    qtbot.addWidget(preview)
    qtbot.addWidget(detail)
    assert set(wanted.values()) <= _captions(preview)
    assert set(wanted.values()) <= _captions(detail)
    assert [label(k, lang) for k in ("col.cost", "col.apr", "col.ear")] == \
        [wanted["total_cost"], wanted["apr"], wanted["ear"]]
