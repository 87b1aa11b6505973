"""A profile with nothing in it opens on a welcome, not on zeros and empty charts: what the app
does and the four ways to start, each of which works from there."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from planner.core.portfolio import Household, Portfolio
from planner.core.product import Kind
from planner.ui.dialogs.offer_paste import OfferPasteDialog
from planner.ui.dialogs.product_form import ProductForm
from planner.ui.main_window import MainWindow
from planner.ui.session import MemoryBackend, Session
from tests.ui.conftest import TODAY, open_window


def _empty_window(qtbot, settings) -> MainWindow:
    session = Session(MemoryBackend(Portfolio(Household(), ())), today=lambda: TODAY)
    return open_window(qtbot, settings, session)


def test_an_empty_profile_shows_the_welcome_instead_of_zeros(qtbot, settings) -> None:
    window = _empty_window(qtbot, settings)
    overview = window.show_page("overview")
    assert overview.welcome.isVisible()
    assert not overview.body.isVisible() and not overview.due_week.isVisible()
    assert overview.household.text() == "My household · 0 open items"
    # at the top, its own height, whatever the window's (the room left over was shared out
    # and floated the heading and the welcome mid-page)
    window.resize(1600, 1000)
    qtbot.wait(50)
    welcome, heading = overview.welcome.geometry(), overview.heading.geometry()
    assert welcome.top() - heading.bottom() < 40
    assert welcome.height() < 2 * overview.welcome.sizeHint().height()


def test_the_demo_shows_its_figures_and_no_welcome(qtbot, settings, session) -> None:
    window = open_window(qtbot, settings, session)
    overview = window.show_page("overview")
    assert not overview.welcome.isVisible() and overview.body.isVisible()


def test_a_pasted_offer_becomes_the_first_item_on_its_own_page(qtbot, settings,
                                                               monkeypatch) -> None:
    window = _empty_window(qtbot, settings)
    overview = window.show_page("overview")

    def pasted(dialog: OfferPasteDialog) -> int:
        dialog.text.setPlainText("白条分期 商品价格3999元 分3期 手续费 0.5%/期")
        dialog.read()
        return QDialog.DialogCode.Accepted

    def saved(form: ProductForm) -> int:
        form.name.setText("Laptop")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OfferPasteDialog, "exec", pasted)
    monkeypatch.setattr(ProductForm, "exec", saved)
    overview.welcome.buttons["paste"].click()
    items = window.session.items()
    assert [(i.name, i.product.kind) for i in items] == [("Laptop", Kind.INSTALLMENT)]
    page = window.stack.currentWidget()
    assert page is window.pages["installments"]
    assert page.selected_item().name == "Laptop"
    window.show_page("overview")
    assert not overview.welcome.isVisible()
    assert overview.household.text() == "My household · 1 open item"


def test_the_import_buttons_run_the_window_commands(qtbot, settings, monkeypatch) -> None:
    window = _empty_window(qtbot, settings)
    overview = window.show_page("overview")
    called = []
    monkeypatch.setattr(window, "import_statement", lambda: called.append("statement"))
    monkeypatch.setattr(window, "import_portfolio", lambda: called.append("portfolio"))
    overview.welcome.buttons["statement"].click()
    overview.welcome.buttons["portfolio"].click()
    assert called == ["statement", "portfolio"]
