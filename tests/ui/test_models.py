"""Every table model passes Qt's model tester, sorts numbers as numbers through a proxy, and
formats for the locale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt

from planner.core.compare import Offer, compare_offers
from planner.core.product import parse_product
from planner.ui import i18n
from planner.ui.models.base import SORT_ROLE
from planner.ui.models.compare_model import CompareModel
from planner.ui.models.items_model import ItemsModel
from planner.ui.models.payments_model import PaymentsModel
from planner.ui.models.schedule_model import ScheduleModel
from planner.ui.models.upcoming_model import UpcomingModel


def _offers():
    fee = Offer("fee plan", parse_product({"kind": "installment", "principal": "10000",
                                          "start": "2025-01-10", "term": 12,
                                          "rate": {"monthly_fee": "0.006"}}))
    loan = Offer("bank loan", parse_product({"kind": "loan", "principal": "10000",
                                             "start": "2025-01-10", "term": 12,
                                             "rate": {"annual": "0.10"}}))
    return compare_offers([fee, loan])


def test_items_model(qtmodeltester, session) -> None:
    model = ItemsModel()
    model.set_rows(session.positions())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.headerData(ItemsModel.Column.APR, Qt.Orientation.Horizontal) == "True annual rate"


def test_a_cards_schedule_names_its_balance_for_what_it_is(session) -> None:
    """Issue 19: a card's rows end with what it still owes after the payment, interest
    included (the demo card's 6.31 after paying 1,456.79 of principal), not "Principal left"."""
    model = ScheduleModel()
    header = lambda: model.headerData(ScheduleModel.Column.BALANCE,  # noqa: E731
                                      Qt.Orientation.Horizontal)
    assert header() == "Principal left"
    model.set_schedule([], "CNY", card=True)
    assert header() == "Owed after payment"
    i18n.switch_language("zh_CN")
    assert header() == "还款后欠款（含利息）"


def test_a_cards_next_payment_says_it_is_the_minimum_due(session) -> None:
    """A card's row shows the minimum due on its statement while its schedule shows the
    plan's larger payment (the demo's card: 722.00 beside 1,500.00); the tooltip says which."""
    model = ItemsModel()
    model.set_rows(session.positions())
    tips = {model.row_at(r).item.product.kind.value: model.data(
        model.index(r, ItemsModel.Column.NEXT_PAYMENT), Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())}
    assert tips.pop("card").startswith("The minimum due on the card's statement.")
    assert set(tips.values()) == {None}


def test_schedule_model(qtmodeltester, session) -> None:
    model = ScheduleModel()
    figures = session.figures(session.item("demo-car-loan"))
    model.set_schedule(figures.schedule.rows, "CNY")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 36
    assert model.data(model.index(0, ScheduleModel.Column.PAYMENT)) == "¥2,857.85"


def test_upcoming_model(qtmodeltester, session) -> None:
    model = UpcomingModel()
    model.set_rows(session.overview().upcoming)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5


def test_payments_model(qtmodeltester, session) -> None:
    model = PaymentsModel()
    item = session.item("demo-jiebei")
    model.set_payments(item.payments, "CNY")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3


def test_compare_model(qtmodeltester) -> None:
    model = CompareModel()
    model.set_rows(_offers().ranked)
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, CompareModel.Column.NAME)) == "bank loan"
    assert model.data(model.index(0, CompareModel.Column.RANK)) == "1 (cheapest)"


def test_proxy_sorts_money_as_numbers(session) -> None:
    """"¥9,000" sorts below "¥10,000": the proxy compares UserRole numbers, not text."""
    model = ItemsModel()
    model.set_rows(session.positions())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(ItemsModel.Column.OWED, Qt.SortOrder.AscendingOrder)
    owed = [proxy.data(proxy.index(r, ItemsModel.Column.OWED), SORT_ROLE)
            for r in range(proxy.rowCount())]
    assert owed == sorted(owed)
    texts = [proxy.data(proxy.index(r, ItemsModel.Column.OWED)) for r in range(proxy.rowCount())]
    assert texts != sorted(texts)  # text order would differ: the numbers decided


def test_dates_read_the_same_in_both_languages(session) -> None:
    """Issue 19: one date format everywhere (12/5/2026, 2026-12-05 and 2026-12 were all
    shown): ISO in both languages, as the explanations, reports and command line write it."""
    figures = session.figures(session.item("demo-car-loan"))
    first = figures.schedule.rows[0].date
    for lang in ("zh_CN", "en"):
        i18n.switch_language(lang)
        model = ScheduleModel()
        model.set_schedule(figures.schedule.rows, "CNY")
        assert model.data(model.index(0, ScheduleModel.Column.DATE)) == first.isoformat()


def test_formatter_rates_ratios_and_negative_money() -> None:
    fmt = i18n.Formatter("en")
    assert fmt.rate(0.13030) == "13.03%" and fmt.ratio(Decimal("0.4721")) == "47.2%"
    assert fmt.money(Decimal("-1234.5"), "CNY") == "-¥1,234.50"
    assert fmt.money(Decimal("26.93"), "CNY", sign=True) == "+¥26.93"
