"""Encrypted backups beside the database: one automatic copy a day (the last 7 kept), copies
taken on request, and restoring one, which first copies the current file aside.

Names carry the time they were taken: ``auto-2025-03-01.db``, ``manual-20250301-101500.db``,
``before-restore-…``, ``before-migration-…``; a copy of the key record sits beside each
(``auto-2025-03-01.keysource.json``). Only automatic copies rotate (the newest 7, and never the
last one holding data); the others stay until the user deletes them. Every copy is encrypted
with the profile's key (``sqlcipher_export``).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from planner.store.db import DatabaseError, export_encrypted, open_db, record_wal_owner
from planner.store.errors import NewerSchema, StoreError, file_error
from planner.store.locks import Mode, backup_lock
from planner.store.migrations import STEPS, migration_set
from planner.store.paths import (
    KEY_RECORD_NAME,
    copy_private_file,
    is_temporary,
    make_private_dir,
    replacing,
)

KEEP_AUTOMATIC = 7
_NAME = re.compile(r"^(auto|manual|before-restore|before-migration-\w+)-"
                   r"(\d{4}-\d{2}-\d{2}|\d{8}-\d{6})(?:-\d+)?\.db$")


class BackupKind(StrEnum):
    AUTOMATIC = "auto"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_MIGRATION = "before-migration"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    kind: BackupKind
    taken: datetime

    @property
    def restorable_copy(self) -> bool:
        """A copy the app made on purpose (automatic or manual), not a file set aside."""
        return self.kind in (BackupKind.AUTOMATIC, BackupKind.MANUAL)


def list_backups(directory: Path) -> list[Backup]:
    """Every backup in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        label, stamp = match.groups()
        kind = BackupKind.BEFORE_MIGRATION if label.startswith("before-migration") \
            else BackupKind(label)
        taken = (datetime.strptime(stamp, "%Y-%m-%d") if "-" in stamp[:5]
                 else datetime.strptime(stamp, "%Y%m%d-%H%M%S"))
        found.append(Backup(path, kind, taken))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def newest_backup(directory: Path) -> Backup | None:
    """The newest automatic or manual backup: the one to offer when the database is damaged."""
    return next((b for b in list_backups(directory) if b.restorable_copy), None)


def daily_backup(db: Database, key: bytes, directory: Path, today: date,
                 key_record: Path | None = None) -> Backup | None:
    """Take today's automatic backup unless there is one, then rotate: the newest 7 are kept,
    and so is the newest backup that holds any data, however old (a profile emptied by
    mistake must not rotate its real backups away).

    Several processes opening the profile on the same day take one backup: the backup lock is
    tried, not waited for (whoever holds it is taking today's), and every temporary file has
    a name of its own."""
    target = directory / f"auto-{today.isoformat()}.db"
    if target.exists():
        return None
    make_private_dir(directory)
    lock = backup_lock(directory)
    if not lock.acquire(Mode.EXCLUSIVE, wait=0):
        return None
    with lock:
        _remove_stale_partials(directory)
        made = None
        if not target.exists():
            made = _take(db, key, target, BackupKind.AUTOMATIC,
                         datetime.combine(today, datetime.min.time()), key_record)
        rotate(directory, key)
    return made


def rotate(directory: Path, key: bytes, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete the automatic backups beyond the newest ``keep``, except the newest backup that
    holds data (items, a household or comparisons). Returns what was deleted."""
    found = list_backups(directory)
    automatic = [b for b in found if b.kind is BackupKind.AUTOMATIC]
    candidates = automatic[keep:]
    if not candidates:
        return []
    protected = None
    for backup in found:  # newest first: the last one holding data
        if backup.kind in (BackupKind.AUTOMATIC, BackupKind.MANUAL) and \
                holds_data(backup.path, key):
            protected = backup.path
            break
    deleted = []
    for old in candidates:
        if old.path == protected:
            continue
        old.path.unlink(missing_ok=True)
        key_record_copy(old.path).unlink(missing_ok=True)
        deleted.append(old.path)
    return deleted


def holds_data(path: Path, key: bytes) -> bool:
    """Whether the backup at ``path`` holds any items, a household or a comparison (False for
    one that cannot be read)."""
    try:
        db = open_db(path, key, readonly=True)
    except StoreError:
        return False
    try:
        row = db.execute("SELECT EXISTS (SELECT 1 FROM items) OR EXISTS (SELECT 1 FROM "
                         "comparisons) OR EXISTS (SELECT 1 FROM household WHERE "
                         "monthly_income_minor > 0 OR essential_expenses_minor > 0 OR "
                         "cash_buffer_minor > 0 OR name != '')").fetchone()
        return bool(row[0])
    except DatabaseError:
        return False
    finally:
        db.close()


def manual_backup(db: Database, key: bytes, directory: Path, now: datetime,
                  key_record: Path | None = None) -> Backup:
    target = directory / f"manual-{now:%Y%m%d-%H%M%S}.db"
    make_private_dir(directory)
    with backup_lock(directory) as lock:
        if not lock.acquire(Mode.EXCLUSIVE):
            raise StoreError(f"{directory} is busy with another backup; try again")
        if target.exists():
            raise StoreError(f"{target} already exists; try again in a second")
        return _take(db, key, target, BackupKind.MANUAL, now, key_record)


def key_record_copy(backup: Path) -> Path:
    """Where the key record is kept beside a backup: ``auto-2025-03-01.keysource.json``. It
    holds no secret (salt and parameters, or the keyring check), and without it a passphrase
    profile's backups could not be opened once ``keysource.json`` is lost."""
    return backup.with_name(f"{backup.stem}.{KEY_RECORD_NAME}")


def _take(db: Database, key: bytes, target: Path, kind: BackupKind, taken: datetime,
          key_record: Path | None = None) -> Backup:
    """Export to a temporary name of this process's own, fsync, rename: a crash or a full disk
    never leaves a half backup under a backup's name, nor a temporary file."""
    make_private_dir(target.parent)
    if key_record is not None and key_record.exists():
        copy_private_file(key_record, key_record_copy(target))
    with replacing(target) as temporary:
        export_encrypted(db, key, temporary)
    return Backup(target, kind, taken)


def _remove_stale_partials(directory: Path, older_than: float = 600.0) -> None:
    """Temporary files left by a killed process (this one holds the backup lock)."""
    now = time.time()
    for path in directory.iterdir():
        if is_temporary(path):
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > older_than:
                    path.unlink()


def check_backup(path: Path, key: bytes) -> None:
    """Refuse a backup that cannot be read with ``key``, is damaged, or is newer than this code,
    without changing it."""
    db = open_db(path, key, readonly=True)
    try:
        known = {name for name, _ in STEPS}
        unknown = [m.name for m in migration_set().applied(db) if m.name not in known]
    finally:
        db.close()
    if unknown:
        raise NewerSchema(path, unknown)


def restore_backup(db_path: Path, key: bytes, backup: Path, directory: Path,
                   now: datetime, key_record: Path | None = None) -> Path | None:
    """Put ``backup`` in place of the database at ``db_path``; every connection to it must be
    closed and the caller holds the profile's exclusive lock. The current file is first copied
    aside as ``before-restore-…`` with its WAL checkpointed into it (so restoring that copy
    undoes the restore whole), with its key record beside it; that copy is returned (None when
    there was no current file). Every copy goes through a temporary file, fsync and rename: a
    full disk leaves the database as it was and no half file."""
    if not backup.is_file():
        raise StoreError(f"{backup} is not a file")
    check_backup(backup, key)
    make_private_dir(directory)
    aside = None
    if db_path.exists():
        aside = _free_name(directory, f"before-restore-{now:%Y%m%d-%H%M%S}")
        _checkpoint(db_path, key)
        try:
            copy_private_file(db_path, aside)
            wal = Path(f"{db_path}-wal")
            if wal.exists() and wal.stat().st_size > 0:  # not checkpointed: a damaged file
                copy_private_file(wal, Path(f"{aside}-wal"))
            if key_record is not None and key_record.exists():
                copy_private_file(key_record, key_record_copy(aside))
        except OSError as error:
            for leftover in (aside, Path(f"{aside}-wal"), key_record_copy(aside)):
                leftover.unlink(missing_ok=True)
            raise file_error(error, aside) from None
    try:
        with replacing(db_path) as incoming:
            with backup.open("rb") as source, open(incoming, "xb") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            os.chmod(incoming, 0o600)
            # A stale WAL would be replayed onto the restored file: its content is in the
            # copy aside (checkpointed, or copied as it was).
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{db_path}{suffix}")
    except OSError as error:
        raise file_error(error, db_path) from None
    record_wal_owner(db_path)
    return aside


def _free_name(directory: Path, stem: str) -> Path:
    """``stem.db`` in ``directory``, or ``stem-2.db``… when taken (two restores in a second:
    the second must not overwrite the copy the first made, which it may be restoring)."""
    candidate, number = directory / f"{stem}.db", 1
    while candidate.exists() or key_record_copy(candidate).exists():
        number += 1
        candidate = directory / f"{stem}-{number}.db"
    return candidate


def _checkpoint(db_path: Path, key: bytes) -> None:
    """Fold the WAL of the database at ``db_path`` into it, if it can be opened at all."""
    try:
        db = open_db(db_path, key)
    except StoreError:
        return
    try:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        pass
    finally:
        db.close()
