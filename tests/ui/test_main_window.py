"""The window wires the pages, remembers its geometry and last page, switches language while
running, and undoes with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from planner.ui import i18n
from planner.ui.main_window import MainWindow
from planner.ui.pages.registry import PAGES
from tests.ui.conftest import open_window


def _window(qtbot, settings, session) -> MainWindow:
    return open_window(qtbot, settings, session)


def test_only_the_page_on_screen_is_built_at_start(qtbot, settings, session) -> None:
    """Issue 14: start-up builds the page shown; each other page is built when first shown."""
    window = _window(qtbot, settings, session)
    assert [window.sidebar.item(k).text() for k in range(window.sidebar.count())] == [
        "Overview", "Cards", "Installments", "Loans", "Credit lines", "Stress", "Payoff plan",
        "Calendar", "Compare offers", "Settings"]
    assert list(window.built_pages) == ["overview"]
    for spec in PAGES:
        page = window.show_page(spec.key)
        assert type(page).__name__ != "QLabel", spec.key
        assert window.stack.currentWidget() is page
    assert list(window.built_pages) == [spec.key for spec in PAGES]


def test_geometry_and_last_page_are_remembered(qtbot, tmp_path, session) -> None:
    path = str(tmp_path / "ui.ini")
    first = _window(qtbot, QSettings(path, QSettings.Format.IniFormat), session)
    first.resize(900, 700)
    size = first.size()
    assert (size.width(), size.height()) != (1280, 820)  # not the default size
    first.show_page("loans")
    first.close()
    second = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.sidebar.currentRow() == [s.key for s in PAGES].index("loans")
    # the offscreen screen is 800 px wide, so the width is clamped; the height is kept
    assert second.height() == size.height() == 700


def test_language_switch_while_running(qtbot, settings, session) -> None:
    window = _window(qtbot, settings, session)
    window.show_page("settings")
    page = window.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "总览", timeout=5000)
    assert i18n.current_language() == "zh_CN"
    assert window.windowTitle() == "分期规划 — 个人信贷"
    assert window.pages["settings"] is not page  # rebuilt in the new language
    assert window.sidebar.currentRow() == [s.key for s in PAGES].index("settings")
    assert window.show_page("overview").tiles["owed"].caption.text() == "欠款总额"
    assert settings.value("language") == "zh_CN"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Overview", timeout=5000)


def test_undo_and_redo_from_the_keyboard(qtbot, settings, session, monkeypatch) -> None:
    from planner.ui.pages.items_page import ItemsPage

    monkeypatch.setattr(ItemsPage, "_ask_paid_off", lambda self, item, owed: "mark")
    window = _window(qtbot, settings, session)
    page = window.show_page("installments")
    item = page.selected_item()
    page.toggle_paid_off()
    assert session.item(item.id).status.value == "paid_off"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.item(item.id).status.value == "active"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert session.item(item.id).status.value == "paid_off"


def test_page_shortcuts(qtbot, settings, session) -> None:
    window = _window(qtbot, settings, session)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["loans"]


def test_ctrl_n_adds_on_the_page_shown_wherever_the_focus_is(qtbot, settings, session,
                                                            monkeypatch) -> None:
    """Driving the app with the keyboard: Ctrl+N did nothing while the focus was in the
    sidebar; it adds on the page on screen, and only there."""
    from planner.ui.pages.items_page import ItemsPage

    window = _window(qtbot, settings, session)
    added = []
    monkeypatch.setattr(ItemsPage, "add_item", lambda self, paste=False: added.append(
        self.kind.value))
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    window.show_page("cards")  # built, then hidden: its Ctrl+N must not answer
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert added == ["loan"]


def test_controls_have_accessible_names(qtbot, settings, session) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    window = _window(qtbot, settings, session)
    unnamed = []
    for spec in PAGES:
        window.show_page(spec.key)
    for page in window.pages.values():
        for widget in page.findChildren(QLineEdit) + page.findChildren(QComboBox) + \
                page.findChildren(QTableView):
            if not widget.accessibleName() and widget.parent() is not None and \
                    type(widget.parent()).__name__ not in ("QDateEdit", "QComboBox"):
                unnamed.append((page.objectName(), type(widget).__name__))
        for button in page.findChildren(QAbstractButton):
            if not (button.accessibleName() or button.text()) and button.isVisible():
                unnamed.append((page.objectName(), "button"))
    assert unnamed == []


def test_a_warning_on_the_overview_opens_the_stress_page(qtbot, settings, session) -> None:
    window = _window(qtbot, settings, session)
    overview = window.show_page("overview")
    overview.alerts.links[1].linkActivated.emit("warning-1")
    stress = window.pages["stress"]
    assert window.stack.currentWidget() is stress
    assert stress.warnings.detail.warning == stress.report.warnings[1]
    stress.warnings.detail.settings_button.click()
    assert window.stack.currentWidget() is window.pages["settings"]
