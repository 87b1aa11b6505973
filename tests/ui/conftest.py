"""UI test set-up: Qt's offscreen platform chosen before any QApplication exists, UI settings
kept in a temporary file, and a demo session at a fixed date (so figures do not move with the
calendar)."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before PySide6 creates any application

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from planner.core.portfolio import parse_portfolio  # noqa: E402
from planner.ui import i18n  # noqa: E402
from planner.ui.demo import DEMO_AS_OF, demo_data  # noqa: E402
from planner.ui.session import MemoryBackend, Session, StoreBackend  # noqa: E402

TODAY = DEMO_AS_OF


@pytest.fixture(scope="session", autouse=True)
def themed(qapp) -> None:
    from planner.ui.theme import apply_theme

    apply_theme(qapp)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch) -> None:
    """A message box nobody expected fails the test at once (it would wait, modal, for a click
    that never comes); a test that expects one replaces it with its own answer."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):
        def show(*args, **_kwargs):
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected QMessageBox.{kind}: {texts}")
        return staticmethod(show)

    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))

    def unexpected_box(box: QMessageBox) -> int:
        raise AssertionError(f"unexpected message box: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected_box)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """Every test starts in English and leaves English behind."""
    i18n.switch_language("en")
    yield
    i18n.switch_language("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(qapp) -> Session:
    """The demo household in memory, on the demo's own date."""
    portfolio = parse_portfolio(demo_data(TODAY))
    return Session(MemoryBackend(portfolio), today=lambda: TODAY)


@pytest.fixture
def store_session(qapp, tmp_path: Path) -> Iterator[Session]:
    """The demo household in a real encrypted profile (random key, temporary directory)."""
    import secrets

    from planner.store.profile import Profile

    directory = tmp_path / "profiles" / "demo"
    directory.mkdir(parents=True)
    profile = Profile.open(directory, secrets.token_bytes(32), today=TODAY, backup=False)
    profile.import_portfolio(demo_data(TODAY))
    yield Session(StoreBackend(profile), today=lambda: TODAY)
    profile.close()


@pytest.fixture
def today() -> date:
    return TODAY


def open_window(qtbot, settings: QSettings, session: Session,
                size: tuple[int, int] | None = None):
    """The app's main window over ``session``, shown (at ``size``) and its first page ready,
    as a person sees it after start-up; closed with the test."""
    from planner.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.attach(session)
    return window
