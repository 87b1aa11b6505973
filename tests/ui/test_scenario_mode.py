"""Teaching scenarios in the app: ``--scenario`` and File ▸ Open a teaching scenario open one
as a throw-away profile with its dates moved to around today, the guide beside it; Reset
brings its starting state back; Leave returns to the profile that was open."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtWidgets import QMessageBox

from planner.content.scenarios import load_scenario
from planner.ui import opening, undo
from planner.ui.main_window import MainWindow
from tests.ui.conftest import open_window

NAME = "monthly-fee-trap"


def _window(qtbot, settings, session) -> MainWindow:
    return open_window(qtbot, settings, session)


def _state(session) -> list[tuple]:
    return [(i.id, i.name, i.product, i.payments) for i in session.items()]


def test_open_change_reset_and_leave(qtbot, settings, session) -> None:
    window = _window(qtbot, settings, session)
    mode = window.scenario_mode
    assert not window.actions.reset_scenario.isEnabled()
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert mode.open(NAME)
    expected = load_scenario(NAME)
    assert window.session is not session and window.session.demo
    start = _state(window.session)
    assert start == [(i.id, i.name, i.product, i.payments) for i in expected.portfolio.items]
    assert window.actions.reset_scenario.isEnabled() and window.actions.leave_scenario.isEnabled()
    assert not mode.guide.isHidden()
    assert mode.guide.title.text() == expected.guide.text("title", "en")
    assert expected.guide.step_texts("en")[0] in mode.guide.text.toPlainText()

    undo.delete_item(window.session, window.session.items()[0])
    assert len(window.session.items()) == len(start) - 1
    first_profile = mode.profile
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert mode.reset()
    assert _state(window.session) == start          # back to its start
    assert not window.session.undo_stack.canUndo()
    assert not first_profile.data_dir.exists()      # the changed copy is gone

    scenario_profile = mode.profile
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert mode.leave()
    assert window.session is session and not mode.active and mode.guide.isHidden()
    assert not scenario_profile.data_dir.exists()
    assert not window.actions.reset_scenario.isEnabled()


def test_scenario_switch_opens_it_moved_to_today(qapp, tmp_path) -> None:
    args = Namespace(demo=False, scenario=NAME, data_dir=str(tmp_path), profile="home")
    session, demo = opening.open_session(args, None)
    try:
        moved = load_scenario(NAME)  # moved so that its own day falls in the last month
        assert demo.scenario.name == NAME
        assert [i.product.start for i in session.items()] == \
            [i.product.start for i in moved.portfolio.items]
        assert moved.shift_months == demo.scenario.shift_months
    finally:
        session.wait_for_recompute()
        demo.cleanup()
    assert not list(tmp_path.iterdir())  # nothing written where the user's profiles live


def test_an_unknown_scenario_is_refused_in_a_dialog(qapp, tmp_path, monkeypatch) -> None:
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    args = Namespace(demo=False, scenario="no-such", data_dir=str(tmp_path), profile="home")
    assert opening.open_session(args, None) is None
    assert "no-such" in said[0] and "monthly-fee-trap" in said[0]
