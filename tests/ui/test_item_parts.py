"""A combined loan's item page: a picker above the schedule shows the whole loan's schedule or
one part's own (issue 12: "its schedule is the sum of the parts' schedules, each part's
schedule shown too"), in both languages; any other item has no picker."""

from __future__ import annotations

from decimal import Decimal

from planner.core.figures import analyse
from planner.core.overview import item_position
from planner.core.portfolio import parse_item
from planner.text.explain import render
from planner.text.format import money
from planner.ui import i18n
from planner.ui.explainers import explainer_of
from planner.ui.pages.item_detail import ItemDetail

COMBINED = {"id": "home", "name": "home", "kind": "loan", "start": "2026-01-15", "term": 24,
            "parts": [{"name": "公积金", "principal": "60000", "rate": {"annual": "0.026"}},
                      {"name": "商贷", "principal": "40000", "rate": {"annual": "0.035"}}]}


def _position(data: dict, today):
    item = parse_item(data)
    return item_position(item, analyse(item.product), today)


def _shown(detail: ItemDetail) -> list[tuple[str, ...]]:
    """The schedule table as the user reads it, cell by cell."""
    model = detail.schedule_model
    return [tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def _cells(rows, currency: str) -> list[tuple[str, ...]]:
    return [(str(r.n), r.date.isoformat(), *(money(v, currency) for v in (
        r.payment, r.principal, r.interest, r.fee, r.balance))) for r in rows]


def test_the_picker_shows_the_whole_loan_then_each_parts_schedule(qtbot, today) -> None:
    detail = ItemDetail()
    qtbot.addWidget(detail)
    position = _position(COMBINED, today)
    detail.show_position(position, today)
    figures = position.figures
    picker = detail.part_picker
    assert not picker.isHidden() and not detail.part_label.isHidden()
    assert [picker.itemText(i) for i in range(picker.count())] == \
        ["All parts (the whole loan)", "公积金", "商贷"]
    assert _shown(detail) == _cells(figures.schedule.rows, "CNY")
    for name, schedule in figures.schedule.parts:
        picker.setCurrentIndex(picker.findText(name))
        assert _shown(detail) == _cells(schedule.rows, "CNY")
        assert schedule.rows != figures.schedule.rows
    # the part picked stays picked when the page is refreshed (after any edit)
    detail.show_position(position, today)
    assert picker.currentText() == "商贷"
    assert _shown(detail) == _cells(dict(figures.schedule.parts)["商贷"].rows, "CNY")
    picker.setCurrentIndex(0)
    assert _shown(detail) == _cells(figures.schedule.rows, "CNY")


def test_an_item_that_is_not_combined_has_no_picker(qtbot, today) -> None:
    detail = ItemDetail()
    qtbot.addWidget(detail)
    detail.show_position(_position(COMBINED, today), today)
    single = {"id": "car", "name": "car", "kind": "loan", "principal": "60000",
              "start": "2026-01-15", "term": 12, "rate": {"annual": "0.045"}}
    position = _position(single, today)
    detail.show_position(position, today)
    assert detail.part_picker.isHidden() and detail.part_label.isHidden()
    assert detail.part_picker.count() == 0
    assert _shown(detail) == _cells(position.figures.schedule.rows, "CNY")
    detail.show_position(None, today)
    assert detail.part_picker.isHidden() and detail.schedule_model.rowCount() == 0


def test_the_picker_speaks_chinese(qtbot, today) -> None:
    i18n.switch_language("zh_CN")
    detail = ItemDetail()
    qtbot.addWidget(detail)
    detail.show_position(_position(COMBINED, today), today)
    assert detail.part_picker.itemText(0) == "全部（整笔贷款）"
    assert detail.part_label.text() == "分项："
    assert detail.part_picker.accessibleName() == "查看哪一部分的还款计划"


def test_an_equal_principal_parts_payment_is_its_first_on_the_item_page(qtbot, today) -> None:
    # Issue 12: the payment's explanation gave each part its principal share (2,500.00 and
    # 1,666.67). By hand: 60,000 / 24 + 60,000 x 2.6% / 12 = 2,500.00 + 130.00 = 2,630.00;
    # 40,000 / 24 + 40,000 x 3.5% / 12 = 1,666.67 + 116.67 = 1,783.34; their sum 4,413.34,
    # the payment shown, as a whole equal-principal loan's is its first
    detail = ItemDetail()
    qtbot.addWidget(detail)
    position = _position({**COMBINED, "method": "equal_principal"}, today)
    detail.show_position(position, today)
    assert detail.values["payment"].text() == money(Decimal("4413.34"), "CNY")
    explained = explainer_of(detail.values["payment"]).provider()
    text = render(explained, "en")
    for name, first in (("公积金", "2,630.00"), ("商贷", "1,783.34")):
        assert f"{name}: " in text and f"its first payment is ¥{first}" in text
        # the part picked shows that payment first in its schedule
        detail.part_picker.setCurrentIndex(detail.part_picker.findText(name))
        assert _shown(detail)[0][2] == f"¥{first}"
    assert "¥1,666.67" not in text and "¥2,500.00" not in text
