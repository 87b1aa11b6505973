"""Issue 16: when today's automatic backup cannot be taken (a full disk, a read-only folder) the
profile still opens and works, and the window says so in one line across the top -- in the
window's language, never in a dialog that blocks."""

from __future__ import annotations

import errno
import secrets
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QToolBar

from planner.store import backups
from planner.store.profile import Profile
from planner.ui.demo import demo_data
from planner.ui.main_window import MainWindow
from planner.ui.notices import BACKUP_BANNER
from planner.ui.session import Session, StoreBackend

from .conftest import TODAY

FULL = errno.ENOSPC, "No space left on device"
READ_ONLY = errno.EROFS, "Read-only file system"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, bytes]:
    """A profile holding the demo household, closed."""
    directory = tmp_path / "profiles" / "me"
    directory.mkdir(parents=True)
    key = secrets.token_bytes(32)
    with Profile.open(directory, key, today=TODAY, backup=False) as profile:
        profile.import_portfolio(demo_data(TODAY))
    return directory, key


@pytest.fixture
def window_after(qtbot, settings, made, monkeypatch) -> Iterator:
    """``window_after(failure)``: the main window over the profile opened on a new day, its
    automatic backup failing with ``failure`` (None: taken). Windows are deleted, their timers
    with them (the reminders read the profile a moment after it opens), before the profile
    closes."""
    opened: list[tuple[MainWindow, Profile]] = []

    def make(failure: tuple[int, str] | None) -> MainWindow:
        if failure is not None:
            def refused(db, key, target):
                raise OSError(failure[0], failure[1], str(target))
            monkeypatch.setattr(backups, "export_encrypted", refused)
        directory, key = made
        profile = Profile.open(directory, key, today=date(2031, 1, 2))
        window = MainWindow(settings)
        opened.append((window, profile))
        window.show()
        with qtbot.waitSignal(window.ready, timeout=20000):
            window.attach(Session(StoreBackend(profile), today=lambda: TODAY))
        return window
    yield make
    for window, _profile in opened:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _window, profile in opened:
        profile.close()


def _switch_to_chinese(qtbot, window: MainWindow) -> None:
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "总览", timeout=5000)


def _banner(window: MainWindow) -> QToolBar | None:
    return window.findChild(QToolBar, BACKUP_BANNER)


def test_a_full_disk_is_told_in_a_banner_and_the_profile_works(qtbot, window_after):
    window = window_after(FULL)
    banner = _banner(window)
    assert banner is not None and banner.isVisible()
    text = banner.text()
    assert text.startswith("Today's automatic backup was not taken: the disk is full.")
    assert "Back up now" in text and "\n" not in text
    assert len(window.session.items()) == len(demo_data(TODAY)["items"])  # reads go on
    _switch_to_chinese(qtbot, window)
    qtbot.waitUntil(lambda: "磁盘已满" in banner.text(), timeout=5000)
    assert banner.text().startswith("今天的自动备份没有完成") and "\n" not in banner.text()
    assert banner.dismiss.text() == "知道了(&D)"
    banner.dismiss.click()
    assert not banner.isVisible()


def test_a_read_only_backup_folder_is_named_in_the_banner(qtbot, window_after, made):
    window = window_after(READ_ONLY)
    text = _banner(window).text()
    assert f"{made[0] / 'backups'} cannot be written" in text
    assert "make the folder writable" in text and "\n" not in text
    _switch_to_chinese(qtbot, window)
    qtbot.waitUntil(lambda: "无法写入" in _banner(window).text(), timeout=5000)
    assert str(made[0] / "backups") in _banner(window).text()


def test_no_banner_when_the_backup_was_taken_or_the_profile_is_the_demo(qtbot, settings,
                                                                        window_after, session):
    window = window_after(None)
    assert window.session.backend.profile.backup_failure is None
    assert _banner(window) is None
    demo = Session(session.backend, today=lambda: TODAY, demo=True)
    demo.backend.profile = type("Failed", (), {"backup_failure": OSError("x")})()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(demo)
    assert _banner(window) is None


def test_back_up_now_says_why_it_failed_then_clears_the_banner(qtbot, window_after,
                                                               monkeypatch):
    """The banner's advice, Back up now in Settings, on a disk still full: SQLCipher's export
    failed with a DatabaseError the store let through, and the click ended in the app's
    internal-error dialog. It now says in one line that no backup was taken; once one is
    taken, the banner goes."""
    from PySide6.QtWidgets import QMessageBox

    from planner.store.db import DatabaseError, export_encrypted

    window = window_after(FULL)  # the automatic backup refused (export_encrypted replaced)
    page = window.show_page("settings")

    def full(db, key, target):
        raise DatabaseError("database or disk is full")

    monkeypatch.setattr(backups, "export_encrypted", full)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent, title, text, *a: said.append(text)))
    before = len(window.session.backend.profile.backups())
    page.back_up()
    assert len(said) == 1 and said[0].startswith("No backup was taken: the backup could not "
                                                 "be written to ")
    assert "database or disk is full" in said[0] and "\n" not in said[0]
    assert _banner(window).isVisible()
    monkeypatch.setattr(backups, "export_encrypted", export_encrypted)  # space freed
    page.back_up()
    assert len(window.session.backend.profile.backups()) == before + 1
    assert not _banner(window).isVisible()
