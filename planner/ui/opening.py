"""Opening the profile behind the window: the demo or a teaching scenario in a throw-away
profile, or the user's encrypted store, asking for a passphrase when there is no keyring and
offering the backup when the file cannot be read. Never a crash: a refusal ends in a dialog."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.ui.dialogs.corrupt_dialog import Choice, ask_corrupt_file
from planner.ui.dialogs.passphrase_dialog import ask_passphrase
from planner.ui.session import Session, StoreBackend


def dialog_passphrase_provider(parent: QWidget | None):
    """A ``planner.secrets`` passphrase provider that asks with a dialog."""

    def provide(request) -> str | None:
        error = QCoreApplication.translate("Opening", "That passphrase is not right. Try "
                                           "again.") if request.retry else ""
        return ask_passphrase(request.profile, create=request.new, error=error, parent=parent)

    return provide


def open_session(args: argparse.Namespace, parent: QWidget | None):
    """``(session, demo)`` for the window, or None when the person chose to quit."""
    if getattr(args, "scenario", None):
        demo = open_scenario_profile(args.scenario, parent)
        if demo is None:
            return None
        return Session(StoreBackend(demo.profile), demo=True, parent=parent), demo
    if args.demo:
        from planner.ui.demo import DemoProfile

        demo = DemoProfile()
        return Session(StoreBackend(demo.profile), demo=True, parent=parent), demo
    return _open_store(args, parent), None


def open_scenario_profile(name: str, parent: QWidget | None, scenario=None):
    """A throw-away profile holding teaching scenario ``name`` (or the already loaded
    ``scenario``), its dates moved to around today; None, after saying why, if it cannot."""
    from planner.core.errors import InputError
    from planner.scenarios import load_scenario
    from planner.store.errors import StoreError
    from planner.ui.demo import DemoProfile

    try:
        scenario = scenario or load_scenario(name)
        return DemoProfile(data=scenario.data, scenario=scenario)
    except (InputError, StoreError) as error:
        _refuse(parent, QCoreApplication.translate(
            "Opening", 'The scenario "{name}" cannot be opened: {problem}').format(
            name=name, problem=getattr(error, "problem", str(error))))
        return None


def _open_store(args: argparse.Namespace, parent: QWidget | None) -> Session | None:
    from planner.paths import data_dir, profile_dir, validate_profile_name
    from planner.secrets import SecretError
    from planner.store.errors import CorruptDatabase, StoreError
    from planner.store.profile import open_profile, restore_profile

    provider = dialog_passphrase_provider(parent)
    while True:
        try:
            profile = open_profile(args.data_dir, args.profile, provider, attempts=3)
            return Session(StoreBackend(profile), parent=parent)
        except CorruptDatabase as error:
            choice = ask_corrupt_file(error.path, error.detail, error.newest_backup, parent)
            if choice is Choice.RETRY:
                continue
            if choice is Choice.BACKUP and error.newest_backup is not None:
                name = validate_profile_name(args.profile)
                directory = profile_dir(data_dir(args.data_dir), name)
                try:
                    restore_profile(directory, name, error.newest_backup, provider)
                except (StoreError, SecretError) as failure:
                    _refuse(parent, str(failure))
                    return None
                continue
            return None
        except (SecretError, StoreError) as error:
            _refuse(parent, str(error))
            return None


def _refuse(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Planner cannot open "
                                                            "your profile"), message)
