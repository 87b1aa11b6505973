"""File → Import a portfolio follows the store's one import rule (issue 13), as ``planner
import`` does: a known id is the same item brought up to date, keeping its recorded payments;
new ids are added; the profile's own household is kept, and the window says so; the import
is one undo step. The app and the command line make the same profile from the same files."""

from __future__ import annotations

import copy
import io
import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from planner.cli import main
from planner.core.portfolio import parse_portfolio
from planner.store.profile import Profile
from planner.ui.demo import demo_data
from planner.ui.main_window import MainWindow
from planner.ui.session import Session, StoreBackend
from planner.ui.transfer import import_portfolio

from .conftest import TODAY


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    """A real encrypted profile holding the demo household."""
    directory = tmp_path / "profiles" / "demo"
    directory.mkdir(parents=True)
    opened = Profile.open(directory, secrets.token_bytes(32), today=TODAY, backup=False)
    opened.import_portfolio(demo_data(TODAY))
    yield opened
    opened.close()


def _update() -> dict:
    """The demo's file, its household changed, its first item renamed with one more payment,
    and one new item."""
    data = copy.deepcopy(demo_data(TODAY))
    data["profile"]["monthly_income"] = "1"
    first = data["items"][0]
    first["name"] = "renamed"
    first["payments"] = [*first.get("payments", []),
                         {"date": TODAY.isoformat(), "amount": "10"}]
    data["items"].append({"id": "phone", "name": "Phone", "kind": "installment",
                          "principal": "4999", "start": TODAY.isoformat(), "term": 6})
    return data


def _written(tmp_path: Path, data: dict, name: str = "update.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return path


@pytest.fixture
def window_on(qtbot, settings, profile: Profile) -> Iterator:
    """Make the main window over ``profile``; each is deleted, its timers with it (the
    reminders read the profile a moment after it opens), before the profile closes."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(settings)
        made.append(window)
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.attach(Session(StoreBackend(profile), today=lambda: TODAY))
        return window
    yield make
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _imported(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.session.items_changed, timeout=10000):
        import_portfolio(window, path)


def test_the_app_imports_by_the_one_rule_as_one_undo_step(qtbot, window_on, profile, tmp_path):
    window = window_on()
    session = window.session
    before = profile.export_json_text()
    ids, first, income = [i.id for i in session.items()], session.items()[0], \
        session.household.monthly_income
    _imported(qtbot, window, _written(tmp_path, _update()))
    items = session.items()
    assert [i.id for i in items] == [*ids, "phone"]                     # nothing copied
    assert items[0].id == first.id and items[0].name == "renamed"       # in its place
    assert len(items[0].payments) == len(first.payments) + 1           # none dropped
    assert session.household.monthly_income == income != 1             # the profile's own
    message = window.statusBar().currentMessage()
    assert "1 new, 1 brought up to date" in message
    assert "The household in the file was not taken: this profile has its own." in message
    assert profile.portfolio().items == tuple(session.items())         # what the store holds
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert profile.export_json_text() == before
    assert session.items() == (first, *session.items()[1:]) and len(session.items()) == len(ids)
    session.undo_stack.redo()
    assert session.items() == items
    _imported(qtbot, window, _written(tmp_path, _update()))              # again: no copies
    assert session.items() == items and session.undo_stack.count() == 1


def test_a_refused_merge_changes_nothing_and_says_why(qtbot, window_on, profile, tmp_path,
                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = window_on()
    session = window.session
    data = copy.deepcopy(demo_data(TODAY))
    paid = next(k for k, i in enumerate(data["items"]) if i.get("payments"))
    data["items"][paid].update(start="2099-01-01", payments=[])  # after its recorded payments
    data["items"][paid].pop("first_payment", None)
    before = profile.export_json_text()
    messages = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: messages.append(text)))
    import_portfolio(window, _written(tmp_path, data))
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert f"items[{paid}].payments" in messages[0]
    assert "payments this profile has recorded" in messages[0]
    assert profile.export_json_text() == before and session.undo_stack.count() == 0


def test_the_app_and_the_command_line_make_the_same_profile(qtbot, window_on, profile,
                                                            tmp_path, memory_keyring,
                                                            monkeypatch):
    base = _written(tmp_path, demo_data(TODAY), "base.json")
    update = _written(tmp_path, _update())
    monkeypatch.setenv("PLANNER_PASSPHRASE", "same rule passphrase")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    cli_data, exported = tmp_path / "cli", tmp_path / "exported.json"
    for path in (base, update):
        assert main(["--data-dir", str(cli_data), "import", str(path)]) == 0
    assert main(["--data-dir", str(cli_data), "export", "-o", str(exported)]) == 0
    by_the_command_line = parse_portfolio(json.loads(exported.read_text(encoding="utf-8")))

    window = window_on()  # over the profile, the base imported already
    _imported(qtbot, window, update)
    assert profile.portfolio() == by_the_command_line
