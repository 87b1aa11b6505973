"""Opening a profile from the window: the passphrase dialog when no keyring works, a wrong
passphrase asked again, and a corrupt file met with try again / open the backup / quit, never a
crash and never an overwrite."""

from __future__ import annotations

from argparse import Namespace

import pytest

from planner.ui import opening
from planner.ui.dialogs.corrupt_dialog import Choice, CorruptFileDialog
from planner.ui.dialogs.passphrase_dialog import PassphraseDialog


def _args(data_dir) -> Namespace:
    return Namespace(demo=False, scenario=None, data_dir=str(data_dir), profile="home")


def test_passphrase_dialog_checks_a_new_passphrase(qtbot) -> None:
    dialog = PassphraseDialog("home", create=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.passphrase.setText("short")
    assert dialog.passphrase_box.message.text() == "Use at least 8 characters."
    assert not ok.isEnabled()
    dialog.passphrase.setText("correct horse battery")
    dialog.confirm.setText("correct horse")
    assert dialog.confirm_box.message.text() == "The two passphrases differ."
    assert not ok.isEnabled()
    dialog.confirm.setText("correct horse battery")
    assert ok.isEnabled() and dialog.value() == "correct horse battery"


def test_the_passphrase_is_typed_where_the_dialog_opens(qtbot) -> None:
    """The dialog opened with the focus on Quit (Open is off until something is typed): the
    space of a passphrase typed at once pressed Quit and the app ended. Typing now starts in
    the passphrase, and Enter opens once both fields agree."""
    from PySide6.QtCore import Qt

    dialog = PassphraseDialog("home", create=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.passphrase
    qtbot.keyClicks(dialog.focusWidget(), "correct horse battery")
    assert dialog.isVisible() and dialog.passphrase.text() == "correct horse battery"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "correct horse battery")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.value() == "correct horse battery"


def test_no_keyring_creates_the_profile_with_a_passphrase(no_keyring, data_dir, monkeypatch,
                                                          qapp) -> None:
    asked = []

    def answer(profile, create, error="", parent=None):
        asked.append((profile, create, error))
        return "correct horse battery"

    monkeypatch.setattr(opening, "ask_passphrase", answer)
    session = opening._open_store(_args(data_dir), None)
    assert session is not None and session.items() == ()
    assert asked == [("home", True, "")]
    session.backend.profile.close()
    # opening again asks once, not to create
    session = opening._open_store(_args(data_dir), None)
    assert asked[-1] == ("home", False, "")
    session.backend.profile.close()


def test_a_wrong_passphrase_is_asked_again_then_refused(no_keyring, data_dir, monkeypatch,
                                                         qapp) -> None:
    answers = iter(["correct horse battery"])
    monkeypatch.setattr(opening, "ask_passphrase", lambda *a, **k: next(answers))
    opening._open_store(_args(data_dir), None).backend.profile.close()
    asked = []

    def wrong(profile, create, error="", parent=None):
        asked.append(error)
        return "not the passphrase"

    refused = []
    monkeypatch.setattr(opening, "ask_passphrase", wrong)
    monkeypatch.setattr(opening, "_refuse", lambda parent, message, *_: refused.append(message))
    assert opening._open_store(_args(data_dir), None) is None
    assert asked == ["", "That passphrase is not right. Try again.",
                     "That passphrase is not right. Try again."]
    assert "wrong passphrase" in refused[0]


def test_cancelling_the_passphrase_quits_cleanly(no_keyring, data_dir, monkeypatch,
                                                 qapp) -> None:
    monkeypatch.setattr(opening, "ask_passphrase", lambda *a, **k: None)
    refused = []
    monkeypatch.setattr(opening, "_refuse", lambda parent, message, *_: refused.append(message))
    assert opening._open_store(_args(data_dir), None) is None
    assert refused and "passphrase" in refused[0]


@pytest.fixture
def corrupt_profile(memory_keyring, data_dir, qapp):
    session = opening._open_store(_args(data_dir), None)
    session.backend.profile.close()
    database = data_dir / "profiles" / "home" / "planner.db"
    damaged = b"this is not a database at all" * 100
    database.write_bytes(damaged)
    return database, damaged


def test_a_corrupt_file_offers_a_choice_and_is_left_alone(corrupt_profile, data_dir,
                                                          monkeypatch) -> None:
    database, damaged = corrupt_profile
    choices = iter([Choice.RETRY, Choice.QUIT])
    seen = []

    def ask(path, detail, backup=None, parent=None, missing=False):
        seen.append(path)
        return next(choices)

    monkeypatch.setattr(opening, "ask_corrupt_file", ask)
    assert opening._open_store(_args(data_dir), None) is None
    assert seen == [database, database]  # asked, tried again, asked again, quit
    assert database.read_bytes() == damaged


def test_corrupt_file_dialog_names_the_file_and_the_backup(qtbot, tmp_path) -> None:
    backup = tmp_path / "backups" / "planner-2026-11-27.db"
    dialog = CorruptFileDialog(tmp_path / "planner.db", "file is not a database", backup)
    qtbot.addWidget(dialog)
    assert str(tmp_path / "planner.db") in dialog.text()
    assert str(backup) in dialog.informativeText()
    assert [b.text() for b in dialog.buttons()] == ["Try again", "Open the backup", "Quit"] \
        or set(b.text() for b in dialog.buttons()) == {"Try again", "Open the backup", "Quit"}
    dialog.backup.click()
    assert dialog.choice() is Choice.BACKUP
    without = CorruptFileDialog(tmp_path / "planner.db", "truncated", None)
    qtbot.addWidget(without)
    assert without.backup is None and "no backup" in without.informativeText()


def test_open_the_backup_restores_it_and_opens(memory_keyring, data_dir, monkeypatch,
                                               qapp) -> None:
    from dataclasses import replace

    from planner.core.portfolio import Household

    first = opening._open_store(_args(data_dir), None)
    first.apply_household(replace(Household(), monthly_income=first.household.monthly_income
                                  + 1000))
    first.backend.profile.close()
    second = opening._open_store(_args(data_dir), None)  # a reopen takes the daily backup
    second.backend.profile.close()
    database = data_dir / "profiles" / "home" / "planner.db"
    database.write_bytes(b"garbage" * 500)
    choices = []

    def ask(path, detail, backup=None, parent=None, missing=False):
        choices.append(backup)
        return Choice.BACKUP

    monkeypatch.setattr(opening, "ask_corrupt_file", ask)
    session = opening._open_store(_args(data_dir), None)
    assert session is not None and choices[0] is not None
    assert session.household.monthly_income == 1000
    session.backend.profile.close()


def test_the_app_reads_the_passphrase_from_the_environment(no_keyring, data_dir, monkeypatch,
                                                            qapp) -> None:
    """PLANNER_PASSPHRASE opens the profile without a dialog, as on the command line; a wrong
    one is refused, never asked again in a loop."""
    monkeypatch.setattr(opening, "ask_passphrase", lambda *a, **k: pytest.fail("asked"))
    monkeypatch.setenv("PLANNER_PASSPHRASE", "correct horse battery")
    session = opening._open_store(_args(data_dir), None)
    assert session is not None
    session.backend.profile.close()
    monkeypatch.setenv("PLANNER_PASSPHRASE", "not the right one")
    refused = []
    monkeypatch.setattr(opening, "_refuse", lambda parent, message, *_: refused.append(message))
    assert opening._open_store(_args(data_dir), None) is None
    assert "PLANNER_PASSPHRASE is not the passphrase" in refused[0]


def test_a_refused_profile_opens_no_window_and_says_why_in_one_line(no_keyring, data_dir,
                                                                   monkeypatch, qapp) -> None:
    """A profile refused (here a new one with a too-short PLANNER_PASSPHRASE) gave the window
    a session of None: the app died in a traceback ('NoneType' object has no attribute
    'recompute_progressed') instead of exiting 2 with the refusal."""
    import os
    import subprocess
    import sys

    monkeypatch.setenv("PLANNER_PASSPHRASE", "short")
    refused = []
    monkeypatch.setattr(opening, "_refuse", lambda parent, message, *_: refused.append(message))
    assert opening.open_session(_args(data_dir), None) is None
    assert "at least 8 characters" in refused[0]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_PASSPHRASE="short",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # the passphrase path
    run = subprocess.run([sys.executable, "-m", "planner", "--data-dir", str(data_dir),
                          "--exit-when-ready"], env=env, capture_output=True, text=True,
                         timeout=120)
    said = [line for line in run.stderr.splitlines() if line.startswith("planner")]
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert said == ["planner: a new passphrase needs at least 8 characters"]


def test_a_missing_database_offers_the_newest_backup_and_is_never_made_anew(
        memory_keyring, data_dir, monkeypatch, qapp) -> None:
    """Issue 16: the key record is there, planner.db is not: the app says the file is missing
    and offers the newest backup; it never opens a new, empty profile in its place."""
    from dataclasses import replace

    from planner.core.portfolio import Household

    first = opening._open_store(_args(data_dir), None)
    first.apply_household(replace(Household(), monthly_income=first.household.monthly_income
                                  + 2500))
    first.backend.profile.close()
    opening._open_store(_args(data_dir), None).backend.profile.close()  # today's backup
    database = data_dir / "profiles" / "home" / "planner.db"
    database.unlink()
    asked = []

    def ask(path, detail, backup=None, parent=None, missing=False):
        asked.append((path, backup, missing))
        return Choice.QUIT if len(asked) == 1 else Choice.BACKUP

    monkeypatch.setattr(opening, "ask_corrupt_file", ask)
    assert opening._open_store(_args(data_dir), None) is None    # quit: nothing created
    assert not database.exists()
    session = opening._open_store(_args(data_dir), None)         # open the backup
    assert [(p, m) for p, _, m in asked] == [(database, True), (database, True)]
    assert asked[0][1] is not None and asked[0][1].name.startswith("auto-")
    assert session is not None and session.household.monthly_income == 2500
    session.backend.profile.close()


def test_the_missing_file_dialog_says_so(qtbot, tmp_path) -> None:
    backup = tmp_path / "backups" / "auto-2026-11-27.db"
    dialog = CorruptFileDialog(tmp_path / "planner.db", "the file is missing", backup,
                               missing=True)
    qtbot.addWidget(dialog)
    assert dialog.text() == f"The file {tmp_path / 'planner.db'} is missing."
    assert "Nothing was created in its place" in dialog.informativeText()
    assert str(backup) in dialog.informativeText() and dialog.backup is not None
