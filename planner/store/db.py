"""Opening an encrypted profile database: SQLCipher under sqlite-utils, checked before use.

``open_db`` keys the connection with the raw 256-bit key (``PRAGMA key = "x'…'"``, so SQLCipher
skips its own PBKDF2), proves the key by reading ``sqlite_master`` and checks every page
(``PRAGMA quick_check``) before anything is written, so a damaged file is reported, never
"repaired" by a write. Then: foreign keys on, WAL, full sync, strict tables, mode 0600.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlite_utils import Database

from planner.store.errors import CorruptDatabase, DiskFull, NotWritable, StoreError

#: The first 16 bytes of every UNencrypted SQLite file; an encrypted one starts with its salt.
PLAIN_HEADER = b"SQLite format 3\x00"
DatabaseError = sqlcipher3.DatabaseError
BUSY_TIMEOUT_MS = 5000


def open_db(path: Path, key: bytes, *, create: bool = False, readonly: bool = False) -> Database:
    """The profile database at ``path``, decrypted with ``key``.

    ``create`` allows a new, empty file (the caller builds the schema); otherwise a missing,
    empty, plain-SQLite or unreadable file raises :class:`CorruptDatabase` and is not touched.
    ``readonly`` opens without changing anything (checking a backup before restoring it).
    """
    if len(key) != 32:
        raise ValueError("a profile key is 32 bytes")
    if create:
        if path.exists():
            raise FileExistsError(path)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    else:
        _check_file(path)
    if os.name == "posix" and not readonly:
        os.chmod(path, 0o600)
    try:
        return _connect(path, key, create=create, readonly=readonly)
    except DiskFull:
        if create:
            raise
    # A full disk: the WAL's shared-memory index (32 KiB beside the file) cannot be made. In
    # exclusive locking mode SQLite keeps that index in memory instead, so the profile still
    # opens and reads; writes then fail with "disk full" and change nothing. Other processes
    # wait for this one meanwhile (commands are short).
    return _connect(path, key, create=False, readonly=readonly, exclusive=True)


def _connect(path: Path, key: bytes, *, create: bool, readonly: bool,
             exclusive: bool = False) -> Database:
    uri = f"{path.absolute().as_uri()}?mode={'ro' if readonly else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        # SQLCipher logs decryption failures to stderr; the callers report them in one line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not create:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise CorruptDatabase(path, f"the database is damaged: {first_problem(verdict)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed change survives power loss too, not only a killed process.
            conn.execute("PRAGMA synchronous = FULL")
    except DatabaseError as error:
        conn.close()
        raise as_store_error(error, path) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, strict=True, execute_plugins=False)


def _check_file(path: Path) -> None:
    try:
        with path.open("rb") as file:
            head = file.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        raise CorruptDatabase(path, "the file does not exist") from None
    except OSError as error:
        raise CorruptDatabase(path, f"cannot open it: {error.strerror}") from None
    if not head:
        raise CorruptDatabase(path, "the file is empty")
    if head == PLAIN_HEADER:
        raise CorruptDatabase(path, "it is a plain, unencrypted SQLite file, not a Planner "
                                    "database")


def _disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (next to) no free space left: SQLite reports a
    shared-memory file it cannot extend as a plain I/O error."""
    try:
        stats = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLITE_FULL is reported there
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


def first_problem(verdict: str) -> str:
    """The first problem an integrity check reports, on one line and cut short (the check can
    list dozens of lines).

    >>> first_problem("*** in database main ***\\nPage 5: btreeInitPage() returns error code 11\\n"
    ...               "Page 6: never used")
    'Page 5: btreeInitPage() returns error code 11'
    """
    lines = [line.strip() for line in str(verdict).splitlines()
             if line.strip() and not line.startswith("***")]
    first = lines[0] if lines else str(verdict).strip()
    return first if len(first) <= 80 else first[:79] + "…"


#: SQLite result codes that mean the file itself is bad, not the request.
_CORRUPTION = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def is_corruption(error: DatabaseError) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return any(name == code or name.startswith(code + "_") for code in _CORRUPTION)


def as_store_error(error: DatabaseError, path: Path) -> StoreError:
    """:class:`CorruptDatabase` when the file is damaged; :class:`DiskFull` when the disk is;
    otherwise a :class:`StoreError` naming the file (locked by another program, read-only)."""
    if is_corruption(error):
        text = str(error)
        detail = ("not a database, damaged, or encrypted with another key"
                  if text == "file is not a database" else "the database is damaged or truncated")
        return CorruptDatabase(path, detail)
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or "database or disk is full" in str(error) or (
            name.startswith("SQLITE_IOERR") and _disk_is_full(path)):
        return DiskFull(path)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return NotWritable(path, f"{path} cannot be written ({error}): a read-only or "
                                 "protected folder? Planner needs to write beside its database")
    return StoreError(f"{path}: {first_problem(str(error))}")


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One ``BEGIN IMMEDIATE`` … ``COMMIT``: all of a change or none of it.

    IMMEDIATE takes the write lock at the start, so two windows (or the app and the command
    line) writing at once wait for each other instead of failing half way.
    """
    if db.conn.in_transaction:
        with db.atomic():  # nested: a savepoint inside the caller's transaction
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        # A COMMIT that fails (a full disk) leaves the transaction open: it is rolled back
        # below, so nothing of it stays and the connection is usable again.
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            with contextlib.suppress(DatabaseError):
                db.conn.execute("ROLLBACK")
        raise


def close_db(db: Database) -> None:
    """Close, folding the WAL back into the main file first (a backup copies one file)."""
    with contextlib.suppress(DatabaseError):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def export_encrypted(db: Database, key: bytes, target: Path) -> None:
    """Write a consistent encrypted copy of ``db`` to ``target`` with ``sqlcipher_export``
    (SQLCipher's documented way to copy a database under a key). ``target`` must not exist."""
    if target.exists():
        raise FileExistsError(target)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = db.conn
    quoted = str(target).replace("'", "''")
    try:
        conn.execute(f"ATTACH DATABASE '{quoted}' AS backup_copy KEY \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT sqlcipher_export('backup_copy')")
        finally:
            conn.execute("DETACH DATABASE backup_copy")
        with target.open("rb+") as file:
            os.fsync(file.fileno())
    except BaseException:
        for suffix in ("", "-journal", "-wal"):  # never half a copy left behind
            with contextlib.suppress(OSError):
                os.unlink(f"{target}{suffix}")
        raise


# -- which database a WAL belongs to ---------------------------------------------------------
#
# SQLite replays a ``-wal`` file onto whatever database sits beside it. A WAL left by a killed
# process belongs to its database and must be replayed (it holds committed writes); a WAL beside
# a database that is missing, or that was replaced by another file (copied over by hand, or a
# sync tool), does not, and replaying it would damage the file. The first 16 bytes of a SQLCipher
# database are its random salt, fixed for its life: recorded while the profile is open, they
# tell the two cases apart.

def wal_owner_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.wal-owner")


def file_identity(db_path: Path) -> str | None:
    try:
        with db_path.open("rb") as file:
            head = file.read(16)
    except OSError:
        return None
    return head.hex() if len(head) == 16 else None


def record_wal_owner(db_path: Path) -> None:
    """Note which database the WAL beside ``db_path`` belongs to (best effort: a full disk
    only loses the check, never a write)."""
    from planner.store.paths import write_private_file

    identity = file_identity(db_path)
    owner = wal_owner_path(db_path)
    if identity is None:
        return
    with contextlib.suppress(OSError):
        if owner.exists() and owner.read_text(encoding="ascii").strip() == identity:
            return
        write_private_file(owner, identity.encode("ascii"))


def stale_wal(db_path: Path) -> Path | None:
    """The ``-wal`` beside ``db_path`` if it holds frames that do not belong to the database
    there (missing, or another file than the one the WAL was written for); else None."""
    wal = Path(f"{db_path}-wal")
    try:
        if wal.stat().st_size == 0:
            return None
    except OSError:
        return None
    if not db_path.exists():
        return wal
    try:
        owner = wal_owner_path(db_path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None  # a profile made before the check: its WAL is taken as its own
    return wal if owner and owner != file_identity(db_path) else None
