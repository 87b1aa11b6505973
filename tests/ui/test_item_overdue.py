"""An item page's first line says what is overdue, as the Overview does (the items list says
it only in its Status column, which a 1024-pixel window scrolls out of sight: the demo's credit
line read "Active" with 2,702.50 unpaid since its due date), and what was paid ahead, as
``planner list`` does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from planner.core.figures import analyse
from planner.core.overview import item_position
from planner.core.portfolio import parse_item
from planner.core.tracking import track
from planner.ui import i18n
from planner.ui.pages.item_detail import ItemDetail

DRAW = {"id": "draw", "name": "draw", "kind": "credit_line", "principal": "30000",
        "start": "2026-08-03", "term": 12, "method": "equal_principal",
        "rate": {"daily": "0.0003"},
        "payments": [{"date": "2026-09-03", "amount": "2779.00"},
                     {"date": "2026-10-03", "amount": "2747.50"},
                     {"date": "2026-11-03", "amount": "2732.50"}]}


def _shown(qtbot, today: date) -> str:
    detail = ItemDetail()
    qtbot.addWidget(detail)
    item = parse_item(DRAW)
    detail.show_position(item_position(item, analyse(item.product), today), today)
    return detail.subtitle.text()


@pytest.mark.parametrize(("lang", "overdue", "active"), [
    # The fourth payment: 2,500 of principal and 0.0003 x 30 days x 22,500 = 202.50 of interest.
    ("en", "Overdue ¥2,702.50 since 2026-12-03", "Active"),
    ("zh_CN", "自 2026-12-03 起逾期 ¥2,702.50", "未结清")])
def test_the_first_line_says_overdue_since_when(qtbot, lang, overdue, active) -> None:
    i18n.switch_language(lang)
    assert _shown(qtbot, date(2026, 12, 3)).endswith(active)  # due today: not yet late
    assert _shown(qtbot, date(2026, 12, 6)).endswith(overdue)


PLAN = {"id": "plan", "name": "plan", "kind": "installment", "principal": "6000",
        "start": "2026-11-10", "term": 12, "rate": {"monthly_fee": "0.006"},
        "payments": [{"date": "2026-11-10", "amount": "530.00"}]}


@pytest.mark.parametrize(("lang", "said"), [("en", "Paid ahead ¥530.00"),
                                            ("zh_CN", "已提前还 ¥530.00")])
def test_money_paid_before_it_is_due_is_said_as_planner_list_says_it(qtbot, lang,
                                                                    said) -> None:
    """Issue 19: 530 paid on the start day of a 6,000 plan (its first 536.00 due a month on)
    is paid ahead; planner list said so, the item page did not."""
    i18n.switch_language(lang)
    detail = ItemDetail()
    qtbot.addWidget(detail)
    item = parse_item(PLAN)
    today = date(2026, 11, 20)
    assert track(item, today).paid_ahead == Decimal("530.00")
    detail.show_position(item_position(item, analyse(item.product), today), today)
    assert detail.subtitle.text().endswith(said)
