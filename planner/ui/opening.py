"""Opening the profile behind the window: the demo or a teaching scenario in a throw-away
profile, or the user's encrypted store, asking for a passphrase when there is no keyring and
offering the backup when the file cannot be read or is missing (restoring it is refused, in a
dialog, while another Planner process has the profile open). Never a crash: a refusal ends in
a dialog."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.ui.session import Session, StoreBackend


def ask_passphrase(profile: str, **options):
    """The passphrase dialog (``planner.ui.dialogs.passphrase_dialog``), its module loaded
    when a passphrase is asked for: a profile whose key is in the keyring opens without it."""
    from planner.ui.dialogs.passphrase_dialog import ask_passphrase as ask

    return ask(profile, **options)


def ask_corrupt_file(*args, **options):
    """The damaged-file dialog (``planner.ui.dialogs.corrupt_dialog``), loaded when needed."""
    from planner.ui.dialogs.corrupt_dialog import ask_corrupt_file as ask

    return ask(*args, **options)


def dialog_passphrase_provider(parent: QWidget | None, unattended: bool = False):
    """A ``planner.store.keys`` passphrase provider: ``PLANNER_PASSPHRASE`` when it is set (as
    the command line reads it; a wrong one is not asked again), else a dialog (none when
    ``unattended``: the open is then refused with the reason)."""
    import os

    from planner.store.keys import PASSPHRASE_ENV, WrongPassphrase

    def provide(request) -> str | None:
        from_environment = os.environ.get(PASSPHRASE_ENV)
        if from_environment:
            if request.retry:
                raise WrongPassphrase(f"{PASSPHRASE_ENV} is not the passphrase of profile "
                                      f"{request.profile!r}")
            return from_environment
        if unattended:
            return None
        error = QCoreApplication.translate("Opening", "That passphrase is not right. Try "
                                           "again.") if request.retry else ""
        return ask_passphrase(request.profile, create=request.new, error=error, parent=parent)

    return provide


def open_session(args: argparse.Namespace, parent: QWidget | None, *,
                 unattended: bool = False):
    """``(session, demo)`` for the window, or None when the person chose to quit.

    ``unattended`` (a screenshot or timing run, nobody at the screen): a refusal is printed on
    stderr instead of shown in a dialog that nobody would close, and a damaged file is not
    offered for restore."""
    if getattr(args, "scenario", None):
        demo = open_scenario_profile(args.scenario, parent, unattended=unattended)
        if demo is None:
            return None
        return Session(StoreBackend(demo.profile), demo=True, rates_later=True,
                       parent=parent), demo
    if args.demo:
        from planner.ui.demo import DemoProfile

        demo = DemoProfile()
        return Session(StoreBackend(demo.profile), demo=True, rates_later=True,
                       parent=parent), demo
    session = _open_store(args, parent, unattended)
    return None if session is None else (session, None)  # refused: said, nothing to show


def open_scenario_profile(name: str, parent: QWidget | None, scenario=None, *,
                          unattended: bool = False):
    """A throw-away profile holding teaching scenario ``name`` (or the already loaded
    ``scenario``), its dates moved to around today; None, after saying why, if it cannot."""
    from planner.content.scenarios import is_scenario_file, open_scenario
    from planner.core.errors import InputError
    from planner.store.errors import StoreError
    from planner.ui.demo import DemoProfile

    try:
        scenario = scenario or open_scenario(name)  # a bundled name, or a scenario file
        return DemoProfile(data=scenario.data, scenario=scenario)
    except (InputError, StoreError) as error:
        # a file's problem names the field in it; a name's is that there is no such scenario
        problem = str(error) if is_scenario_file(name) else getattr(error, "problem", str(error))
        _refuse(parent, QCoreApplication.translate(
            "Opening", 'The scenario "{name}" cannot be opened: {problem}').format(
            name=name, problem=problem), unattended)
        return None


def _open_store(args: argparse.Namespace, parent: QWidget | None,
                unattended: bool = False) -> Session | None:
    from planner.store.errors import CorruptDatabase, MissingDatabase, StoreError
    from planner.store.keys import SecretError
    from planner.store.paths import data_dir, profile_dir, validate_profile_name
    from planner.store.profile import open_profile, restore_profile

    provider = dialog_passphrase_provider(parent, unattended)
    while True:
        try:
            profile = open_profile(args.data_dir, args.profile, provider, attempts=3)
            return Session(StoreBackend(profile), rates_later=True, parent=parent)
        except CorruptDatabase as error:
            if unattended:
                _refuse(parent, str(error), unattended)
                return None
            # A missing database (its key record there) is offered the newest backup too,
            # never made anew.
            from planner.ui.dialogs.corrupt_dialog import Choice

            choice = ask_corrupt_file(error.path, error.detail, error.newest_backup, parent,
                                      missing=isinstance(error, MissingDatabase))
            if choice is Choice.RETRY:
                continue
            if choice is Choice.BACKUP and error.newest_backup is not None:
                name = validate_profile_name(args.profile)
                directory = profile_dir(data_dir(args.data_dir), name)
                try:
                    restore_profile(directory, name, error.newest_backup, provider)
                except (StoreError, SecretError) as failure:
                    _refuse(parent, str(failure), unattended)
                    return None
                continue
            return None
        except (SecretError, StoreError) as error:
            _refuse(parent, str(error), unattended)
            return None


def _refuse(parent: QWidget | None, message: str, unattended: bool = False) -> None:
    if unattended:
        import sys

        print(f"planner: {message}", file=sys.stderr)
        return
    QMessageBox.critical(parent, QCoreApplication.translate("Opening", "Planner cannot open "
                                                            "your profile"), message)
