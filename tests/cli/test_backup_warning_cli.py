"""Issue 16: a command whose profile's automatic backup of the day cannot be taken (a full
disk, a read-only folder) does its work as usual -- same output, same exit status -- and says
so in one warning line on stderr, once, after its output."""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from planner.cli import main
from planner.store import backups

PHRASE = "backup warning passphrase"
LOAN = {"id": "car", "name": "Car", "kind": "loan", "principal": "1000",
        "start": "2025-01-01", "term": 12, "rate": {"annual": "0.1"}}


@pytest.fixture
def cli(data_dir: Path, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err
    portfolio = {"format": "planner-portfolio", "version": 1, "items": [LOAN]}
    assert run("import", "-", stdin=json.dumps(portfolio))[0] == 0  # no backup of a new one
    return run


def _failing(monkeypatch, code: int, text: str) -> None:
    def refused(db, key, target):
        raise OSError(code, text, str(target))
    monkeypatch.setattr(backups, "export_encrypted", refused)


def _backups(data_dir: Path) -> Path:
    return data_dir / "profiles" / "default" / "backups"


@pytest.mark.parametrize(("code", "text", "said"), [
    (errno.ENOSPC, "No space left on device", "the disk is full"),
    (errno.EROFS, "Read-only file system", "cannot be written: Read-only file system"),
])
def test_a_failed_backup_is_one_warning_line_and_changes_nothing_else(cli, data_dir,
                                                                      monkeypatch, code, text,
                                                                      said):
    _failing(monkeypatch, code, text)
    status, out, err = cli("list", "--json", "--today", "2025-06-01")
    assert status == 0 and json.loads(out)[0]["id"] == "car"
    assert err.count("\n") == 1 and err.startswith(
        "planner: warning: today's automatic backup was not taken: ")
    assert said in err and str(_backups(data_dir)) in err
    paid = cli("pay", "car", "--date", "2025-02-01", "--amount", "87.92")
    assert paid[0] == 0 and paid[2].count("\n") == 1  # writes go on, warned the same way
    refused = cli("pay", "nothing", "--date", "2025-02-01", "--amount", "1")
    assert refused[0] == 2 and refused[2].count("\n") == 1  # a refusal says enough
    assert "backup" not in refused[2]
    monkeypatch.undo()
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)
    again = cli("list", "--json", "--today", "2025-06-01")
    assert again[0] == 0 and again[2] == ""  # taken now: nothing to say
    assert json.loads(again[1])[0]["id"] == "car"


def test_a_read_only_backup_folder_for_real(cli, data_dir):
    """A read-only tmpfs mounted over ``backups/`` (root ignores file modes), when mounting is
    allowed here; CI runs as root and must."""
    folder = _backups(data_dir)
    folder.mkdir(exist_ok=True)
    before = cli("list")[1]
    for made in folder.iterdir():  # today's backup, so that the next open wants one again
        made.unlink()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True, text=True) \
        if os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") else None
    if done is None or done.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root and can mount a read-only tmpfs")
        pytest.skip("cannot mount a read-only folder here")
    try:
        status, out, err = cli("list")
    finally:
        subprocess.run(["umount", str(folder)], check=False)
    assert status == 0 and out == before
    assert err.count("\n") == 1 and "today's automatic backup was not taken" in err
    assert "Read-only file system" in err
