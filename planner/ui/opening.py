"""Opening the profile behind the window: the demo or a teaching scenario in a throw-away
profile, or the user's encrypted store, asking for a passphrase when there is no keyring and
offering the backup when the file cannot be read. Never a crash: a refusal ends in a dialog."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.resource_files import resource
from planner.ui.dialogs.corrupt_dialog import Choice, ask_corrupt_file
from planner.ui.dialogs.passphrase_dialog import ask_passphrase
from planner.ui.session import Session, StoreBackend

SCENARIOS = Path(resource("scenarios"))


def dialog_passphrase_provider(parent: QWidget | None):
    """A ``planner.secrets`` passphrase provider that asks with a dialog."""

    def provide(request) -> str | None:
        error = QCoreApplication.translate("Opening", "That passphrase is not right. Try "
                                           "again.") if request.retry else ""
        return ask_passphrase(request.profile, create=request.new, error=error, parent=parent)

    return provide


def open_session(args: argparse.Namespace, parent: QWidget | None):
    """``(session, demo)`` for the window, or None when the person chose to quit."""
    if args.demo or getattr(args, "scenario", None):
        from planner.ui.demo import DemoProfile

        scenario = None
        if getattr(args, "scenario", None):
            scenario = SCENARIOS / f"{args.scenario}.json"
            if not scenario.exists():
                _refuse(parent, QCoreApplication.translate(
                    "Opening", 'There is no scenario called "{name}".').format(
                    name=args.scenario))
                return None
        demo = DemoProfile(scenario=scenario)
        return Session(StoreBackend(demo.profile), demo=True, parent=parent), demo
    return _open_store(args, parent), None


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
