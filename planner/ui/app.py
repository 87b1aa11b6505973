"""Starting the desktop app: QApplication, high-DPI, the palette, the language, the window, and
then the profile (the encrypted store, or the demo) behind it.

Start-up order, so that the window paints first: Qt and the window shell are created and shown;
the profile is opened and the page on screen built only after the event loop has started; its
figures are painted before its chart, its warnings, the rates (numpy) and the menus are made
(``MainWindow.attach``). ``--exit-after-first-paint`` hooks the main window's
first ``QEvent.Paint`` (an event filter) and exits through a zero-timer, so the frame that was
being painted completes and is flushed first. ``--exit-when-ready`` exits 0 once the opened
page's figures, tables and chart are painted (``MainWindow.ready``, then a synchronous repaint);
``--exit-when-figures-shown`` exits 0 at the earlier moment its figures are painted, before its
chart and warnings are built (``MainWindow.figures_shown``); ``--screenshot PATH`` waits for
``ready``, grabs the window and saves a PNG.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from planner import APP_ID, APP_NAME
from planner.ui import i18n
from planner.ui.main_window import MainWindow
from planner.ui.theme import apply_theme, follow_system_scheme

if TYPE_CHECKING:
    import argparse


class FirstPaint(QObject):
    """Calls ``callback`` once, on the first paint event of the watched widget."""

    def __init__(self, callback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.callback = callback
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self.callback)
        return False


def make_application() -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # High DPI: Qt 6 scales by the screen's device pixel ratio, with fractional factors passed
    # through (its default rounding policy), so nothing is set here.
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    apply_theme(app)
    return app


def _excepthook(app: QApplication, window: MainWindow, unattended: bool, status: dict):
    """An error inside a slot is shown (or, unattended, ends the run with status 1) rather
    than lost in a console while the window carries on half-updated."""
    import traceback

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        if unattended:
            status["code"] = 1
            app.exit(1)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            window, QCoreApplication.translate("App", "Something went wrong"),
            QCoreApplication.translate(
                "App", "Planner hit an internal error; your saved data is unchanged.\n\n"
                "{error}").format(error=f"{kind.__name__}: {value}"))

    return hook


def _collector_back_on() -> None:
    """The garbage collector, off since launch (``planner.__main__``), back on once the first
    figures are up. What start-up made and still holds then is the app's for as long as it
    runs (modules, classes, Qt's enums, the engine, the window: some 50,000 objects, among
    them a few hundred in unreachable cycles), and every full collection went over it again
    (25-45 ms each); ``gc.freeze`` keeps it out of the collector's sight, so collections look
    only at what is made afterwards. A page or session replaced later (another language, a
    teaching scenario) is still freed by reference counting."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def ui_settings(data_dir: str) -> QSettings:
    """Window geometry, last page and language: ``ui.ini`` beside the profiles, in a folder
    only the user can read (the profiles' own rule, planner.store.paths) and a file made 0600."""
    from pathlib import Path

    from planner.store.paths import make_private_dir

    make_private_dir(Path(data_dir))
    path = os.path.join(data_dir, "ui.ini")
    if not os.path.exists(path):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    return QSettings(path, QSettings.Format.IniFormat)


def start_app(args: argparse.Namespace) -> int:
    app = make_application()
    demo = None
    if args.demo or getattr(args, "scenario", None):
        import tempfile

        demo_root = tempfile.mkdtemp(prefix="planner-ui-")
        settings = ui_settings(demo_root)
    else:
        from planner.store.paths import data_dir

        demo_root = None
        settings = ui_settings(str(data_dir(args.data_dir)))
    i18n.switch_language(i18n.resolve_language(args.lang, settings.value("language")))
    window = MainWindow(settings)
    if getattr(args, "window_size", None):
        window.resize(*args.window_size)
    status = {"code": 0}
    exit_when_ready = getattr(args, "exit_when_ready", False)
    exit_when_shown = getattr(args, "exit_when_figures_shown", False)
    unattended = bool(args.exit_after_first_paint or args.screenshot or exit_when_ready
                      or exit_when_shown)
    sys.excepthook = _excepthook(app, window, unattended, status)

    session = None  # the profile opened at start, closed at the end

    def open_profile() -> None:
        nonlocal demo, session
        from planner.ui.opening import open_session

        opened = open_session(args, window, unattended=unattended)
        if opened is None:
            status["code"] = 2
            app.exit(2)
            return
        session, demo = opened
        window.attach(session)
        if getattr(demo, "scenario", None) is not None:
            window.scenario_mode.adopt(demo)
        page = getattr(args, "page", None)
        if page:
            if page not in window.pages:
                print(f"planner: --page: {page!r} is not one of {', '.join(window.pages)}",
                      file=sys.stderr)
                status["code"] = 2
                app.exit(2)
                return
            window.show_page(page)
        follow_system_scheme(app)
        if getattr(args, "presenter", False):  # after the theme: its palette stays
            window.presenter.set_active(True)

    if args.exit_after_first_paint:
        painted = FirstPaint(lambda: app.exit(0), window)
        window.installEventFilter(painted)
    else:
        painted = FirstPaint(open_profile, window)
        window.installEventFilter(painted)
    if exit_when_ready:
        def painted_and_exit() -> None:
            window.repaint()  # paint the figures and chart now, not at the next idle moment
            QTimer.singleShot(0, lambda: app.exit(0))

        window.ready.connect(painted_and_exit)
    if exit_when_shown:  # painted already (MainWindow._show_first_figures)
        window.figures_shown.connect(lambda: app.exit(0))
    if args.screenshot:
        target = os.path.abspath(args.screenshot)

        def grab() -> None:
            app.processEvents()
            window.grab().save(target, "PNG")
            app.exit(0)

        window.ready.connect(lambda: QTimer.singleShot(300, grab))
    window.ready.connect(_collector_back_on)
    window.show()
    try:
        code = app.exec()
    finally:
        _collector_back_on()  # ended before ready: the start-up's objects are not gone over
    window.close()
    window.cleanup_scenario()
    if demo is not None:
        demo.cleanup()
    elif session is not None:  # the user's own profile: its WAL folded back, its lock released
        session.backend.close()
    if demo_root is not None:
        import shutil

        shutil.rmtree(demo_root, ignore_errors=True)
    return code or status["code"]


if __name__ == "__main__":  # python -m planner.ui.app: the app without the command line
    import argparse

    parser = argparse.ArgumentParser()
    for flag in ("--demo", "--exit-after-first-paint", "--exit-when-ready",
                 "--exit-when-figures-shown"):
        parser.add_argument(flag, action="store_true")
    for option in ("--data-dir", "--profile", "--lang", "--screenshot", "--scenario", "--page"):
        parser.add_argument(option)
    parser.add_argument("--presenter", action="store_true")
    sys.exit(start_app(parser.parse_args()))
