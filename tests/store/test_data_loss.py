"""Issue 16: the ways a profile's data could be lost for good, each reproduced, each impossible
now. Several processes are real processes (``python -c``), as the app and the command line are.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from planner.store import backups as backup_module
from planner.store import paths
from planner.store.backups import BackupKind, holds_data, key_record_copy, list_backups
from planner.store.errors import MissingDatabase, ProfileBusy
from planner.store.importexport import ImportMode
from planner.store.keys import KeyUnavailable
from planner.store.profile import Profile, open_profile, restore_profile

from .conftest import sample

PHRASE = "data loss survivor"
ENV = {**os.environ, "PLANNER_PASSPHRASE": PHRASE,
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
#: A subprocess' preamble: scrypt as cheap as the fast_scrypt fixture makes it here.
PRELUDE = textwrap.dedent(f"""
    import sys, json
    import planner.store.keys
    planner.store.keys.SCRYPT_N = 2**10
    from planner.store.profile import open_profile
    phrase = lambda request: {PHRASE!r}
""")


def _item(n: int, name: str = "") -> dict:
    return {"id": f"i{n}", "name": name or f"item {n}", "kind": "loan", "principal": "1000",
            "start": "2025-01-01", "term": 12, "rate": {"annual": "0.1"}}


def _portfolio(*items: dict) -> dict:
    return {"format": "planner-portfolio", "version": 1, "items": list(items)}


def _run(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args],
                          env=ENV, capture_output=True, text=True, timeout=timeout)


def _start(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args],
                            env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture
def made(data_dir: Path, no_keyring, fast_scrypt) -> Path:
    """A passphrase profile ``me`` holding the sample, with one automatic backup."""
    with open_profile(data_dir, "me", lambda r: PHRASE, today=date(2025, 6, 1)) as profile:
        profile.import_portfolio(sample())
    open_profile(data_dir, "me", lambda r: PHRASE, today=date(2025, 6, 2)).close()
    return data_dir / "profiles" / "me"


# -- 1. a missing planner.db is refused, never made anew -----------------------------------------

def test_a_missing_database_is_refused_and_nothing_is_created(made: Path, data_dir: Path):
    database = made / "planner.db"
    database.unlink()
    with pytest.raises(MissingDatabase) as caught:
        open_profile(data_dir, "me", lambda r: PHRASE)
    assert str(database) in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.newest_backup == made / "backups" / "auto-2025-06-02.db"
    assert not database.exists()                            # no new empty profile
    restore_profile(made, "me", caught.value.newest_backup, lambda r: PHRASE)
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert len(profile.items()) == 6


def test_rotation_never_deletes_the_last_backup_holding_data(profile_dir: Path, key: bytes):
    first = date(2025, 3, 1)
    with Profile.open(profile_dir, key, today=first) as profile:
        profile.import_portfolio(sample())
    for day in range(1, 4):
        Profile.open(profile_dir, key, today=first + timedelta(days=day)).close()
    with Profile.open(profile_dir, key, today=first + timedelta(days=4)) as profile:
        profile.import_portfolio(_portfolio(), ImportMode.REPLACE)  # emptied, by mistake
    # Twelve more days of an empty profile: twelve empty automatic backups.
    for day in range(5, 17):
        Profile.open(profile_dir, key, today=first + timedelta(days=day)).close()
    found = list_backups(profile_dir / "backups")
    automatic = [b for b in found if b.kind is BackupKind.AUTOMATIC]
    with_data = [b for b in automatic if holds_data(b.path, key)]
    assert with_data, "the real backups were all rotated away"
    assert with_data[0].taken.date() == first + timedelta(days=4)  # the last one with data
    assert len(automatic) == 8                                     # 7 newest + that one


def test_a_stale_wal_beside_a_missing_database_is_kept_aside_not_replayed(made: Path,
                                                                          data_dir: Path):
    database, wal = made / "planner.db", made / "planner.db-wal"
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        profile.add_item(_parsed(_item(99)))
        frames = wal.read_bytes()
    assert frames
    database.unlink()
    wal.write_bytes(frames)
    with pytest.raises(MissingDatabase):
        open_profile(data_dir, "me", lambda r: PHRASE)
    kept = sorted((made / "backups").glob("stale-wal-*.db-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == frames
    assert not wal.exists() and not database.exists()


def test_a_stale_wal_beside_a_replaced_database_is_kept_aside(made: Path, data_dir: Path):
    database, wal = made / "planner.db", made / "planner.db-wal"
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        older = profile.backup(datetime(2025, 6, 2, 9, 0))   # 6 items, another file (salt)
        profile.add_item(_parsed(_item(99)))
        frames = wal.read_bytes()
    assert frames
    # Someone copies an older database over it; the WAL of the other file is still there.
    database.write_bytes(older.path.read_bytes())
    wal.write_bytes(frames)
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert len(profile.items()) == 6                      # the copied file, unharmed
        assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = list((made / "backups").glob("stale-wal-*.db-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == frames


def test_a_wal_left_by_a_killed_process_is_replayed(made: Path, data_dir: Path):
    """The WAL guard keeps a killed process' committed writes: its WAL is its database's."""
    writer = _start("""
        with open_profile(sys.argv[1], "me", phrase) as profile:
            from planner.core.portfolio import parse_item
            profile.add_item(parse_item(json.loads(sys.argv[2])))
            print("committed", flush=True)
            import time
            time.sleep(60)
    """, str(data_dir), json.dumps(_item(77)))
    assert writer.stdout.readline().strip() == "committed"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert (made / "planner.db-wal").stat().st_size > 0
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert "i77" in [i.id for i in profile.items()]
    assert not list((made / "backups").glob("stale-wal-*"))


def _parsed(data: dict):
    from planner.core.portfolio import parse_item

    return parse_item(data)


# -- 2. two processes creating one profile make one profile --------------------------------------

def test_processes_creating_the_same_profile_at_once_make_one_profile(data_dir: Path, no_keyring,
                                                                      fast_scrypt):
    start = time.time() + 2.0
    creators = [_start("""
        import time
        from planner.store.importexport import ImportMode
        time.sleep(max(0, float(sys.argv[2]) - time.time()))
        with open_profile(sys.argv[1], "new", phrase) as profile:
            profile.import_portfolio(json.loads(sys.argv[3]))
        print("ok", flush=True)
    """, str(data_dir), str(start), json.dumps(_portfolio(_item(n)))) for n in range(6)]
    results = [(c.wait(timeout=120), c.stdout.read(), c.stderr.read()) for c in creators]
    for creator in creators:
        creator.stdout.close()
        creator.stderr.close()
    assert [r[0] for r in results] == [0] * 6, results
    with open_profile(data_dir, "new", lambda r: PHRASE) as profile:
        assert sorted(i.id for i in profile.items()) == [f"i{n}" for n in range(6)]
    assert not list((data_dir / "profiles" / "new").glob(".*.new*"))


def test_a_failed_creation_leaves_no_folder_and_a_waiting_process_starts_again(
        data_dir: Path, no_keyring, fast_scrypt):
    from planner.store.keys import PassphraseNeeded

    with pytest.raises(PassphraseNeeded):
        open_profile(data_dir, "me", lambda r: None)
    assert not data_dir.exists()


# -- 3. restore refuses while another process has the profile open -------------------------------

def test_restore_is_refused_while_another_process_has_the_profile_open(made: Path,
                                                                       data_dir: Path):
    app = _start("""
        with open_profile(sys.argv[1], "me", phrase) as profile:
            print("open", flush=True)
            import time
            time.sleep(60)                            # the app, open
    """, str(data_dir), json.dumps(_item(55, "written after the restore was tried")))
    try:
        assert app.stdout.readline().strip() == "open"
        backup = made / "backups" / "auto-2025-06-02.db"
        before = (made / "planner.db").read_bytes()
        with pytest.raises(ProfileBusy, match="open in another Planner window or command"):
            restore_profile(made, "me", backup, lambda r: PHRASE)
        with Profile.open(made, _key(made), backup=False) as mine, \
                pytest.raises(ProfileBusy):
            mine.restore(backup)
        assert (made / "planner.db").read_bytes() == before
    finally:
        app.kill()
        app.wait()
        app.stdout.close()
        app.stderr.close()


def test_the_app_stays_told_the_truth_its_writes_after_a_refused_restore_are_kept(
        made: Path, data_dir: Path):
    app = subprocess.Popen([sys.executable, "-c", PRELUDE + textwrap.dedent("""
        from planner.core.portfolio import parse_item
        with open_profile(sys.argv[1], "me", phrase) as profile:
            print("open", flush=True)
            sys.stdin.readline()
            profile.add_item(parse_item(json.loads(sys.argv[2])))
            print("written", flush=True)
    """), str(data_dir), json.dumps(_item(56))], env=ENV, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert app.stdout.readline().strip() == "open"
    out = subprocess.run([sys.executable, "-m", "planner", "--data-dir", str(data_dir),
                          "--profile", "me", "restore", "auto-2025-06-02.db"], env=ENV,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stderr.count("\n") == 1, out.stderr
    assert "is open in another Planner window or command" in out.stderr
    app.stdin.write("go\n")
    app.stdin.flush()
    assert app.stdout.readline().strip() == "written"
    app.communicate(timeout=60)
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert "i56" in [i.id for i in profile.items()]


def test_undoing_a_restore_brings_back_writes_that_were_still_in_the_wal(made: Path,
                                                                         data_dir: Path):
    writer = _start("""
        from planner.core.portfolio import parse_item
        with open_profile(sys.argv[1], "me", phrase) as profile:
            profile.add_item(parse_item(json.loads(sys.argv[2])))
            print("committed", flush=True)
            import time
            time.sleep(60)
    """, str(data_dir), json.dumps(_item(88)))
    assert writer.stdout.readline().strip() == "committed"
    writer.send_signal(signal.SIGKILL)                  # its write is only in the WAL
    writer.wait()
    writer.stdout.close()
    writer.stderr.close()
    assert (made / "planner.db-wal").stat().st_size > 0
    aside = restore_profile(made, "me", made / "backups" / "auto-2025-06-02.db",
                            lambda r: PHRASE)
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert "i88" not in [i.id for i in profile.items()]
    restore_profile(made, "me", aside, lambda r: PHRASE)  # undo
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert "i88" in [i.id for i in profile.items()]


def _key(directory: Path) -> bytes:
    from planner.store.keys import existing_key

    return existing_key(directory / "keysource.json", directory.name, lambda r: PHRASE).key


# -- 5. the first open of a day from several processes -------------------------------------------

def test_the_first_open_of_a_day_from_several_processes_takes_one_backup(made: Path,
                                                                         data_dir: Path):
    start = time.time() + 2.0
    openers = [_start("""
        import time
        from datetime import date
        time.sleep(max(0, float(sys.argv[2]) - time.time()))
        with open_profile(sys.argv[1], "me", phrase, today=date(2025, 7, 1)) as profile:
            print(len(profile.items()), profile.backup_problem, flush=True)
    """, str(data_dir), str(start)) for _ in range(8)]
    results = [(o.wait(timeout=120), o.stdout.read().strip(), o.stderr.read()) for o in openers]
    for opener in openers:
        opener.stdout.close()
        opener.stderr.close()
    assert results == [(0, "6 None", "")] * 8, results
    names = [p.name for p in (made / "backups").iterdir()]
    assert names.count("auto-2025-07-01.db") == 1
    assert not [n for n in names if n.endswith(".partial")]


def test_a_failed_backup_never_blocks_reading(made: Path, data_dir: Path, monkeypatch):
    def full(db, key, target):
        Path(target).write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(backup_module, "export_encrypted", full)
    with open_profile(data_dir, "me", lambda r: PHRASE, today=date(2025, 8, 1)) as profile:
        assert len(profile.items()) == 6
        assert "disk is full" in profile.backup_problem
    backups = made / "backups"
    assert not (backups / "auto-2025-08-01.db").exists()
    assert not [p for p in backups.iterdir() if p.name.endswith(".partial")]


# -- 6. (fault injection; the real full disk is in test_full_disk.py) ----------------------------

def test_a_private_file_write_that_fails_leaves_the_old_file_and_no_copy(tmp_path, monkeypatch):
    target = tmp_path / "export.json"
    target.write_bytes(b"old")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.file = real_fdopen(fd, mode)

        def write(self, data):
            self.file.write(data[:3])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

    monkeypatch.setattr(paths.os, "fdopen", Full)
    with pytest.raises(OSError):
        paths.write_private_file(target, b"new content")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_a_restore_that_fails_half_way_changes_nothing(made: Path, data_dir: Path, monkeypatch):
    database = made / "planner.db"
    before = database.read_bytes()
    files = sorted(p.relative_to(made) for p in made.rglob("*"))

    def full(source, target, length=0):
        target.write(source.read(1000))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module.shutil, "copyfileobj", full)
    from planner.store.errors import DiskFull

    with pytest.raises(DiskFull, match="disk is full"):
        restore_profile(made, "me", made / "backups" / "auto-2025-06-02.db", lambda r: PHRASE)
    assert database.read_bytes() == before
    # the copy aside was made whole (a file under its final name, complete) or not at all
    extra = [p for p in sorted(p.relative_to(made) for p in made.rglob("*")) if p not in files]
    assert [p.name.split("-")[:2] for p in extra if not p.name.endswith(".json")] in \
        ([], [["before", "restore"]]), extra
    assert not [p for p in made.rglob("*") if p.name.startswith(".") and "planner.db" in
                p.name and p.name != ".planner.db.wal-owner"]
    assert all(p.stat().st_size > 0 for p in made.rglob("*.db"))


# -- 7. the key record travels with the backups --------------------------------------------------

def test_the_key_record_is_backed_up_and_restore_brings_it_back(made: Path, data_dir: Path):
    record = made / "keysource.json"
    automatic = made / "backups" / "auto-2025-06-02.db"
    assert key_record_copy(automatic).read_bytes() == record.read_bytes()
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        manual = profile.backup(datetime(2025, 6, 3, 10, 0))
    assert key_record_copy(manual.path).read_bytes() == record.read_bytes()
    saved = record.read_bytes()
    record.unlink()
    with pytest.raises(KeyUnavailable, match="planner restore"):
        open_profile(data_dir, "me", lambda r: PHRASE)
    restore_profile(made, "me", manual.path, lambda r: PHRASE)
    assert record.read_bytes() == saved
    with open_profile(data_dir, "me", lambda r: PHRASE) as profile:
        assert len(profile.items()) == 6
