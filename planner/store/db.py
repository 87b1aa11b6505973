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

from planner.store.errors import CorruptDatabase, StoreError

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
    uri = f"{path.absolute().as_uri()}?mode={'ro' if readonly else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        # SQLCipher logs decryption failures to stderr; the callers report them in one line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not create:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise CorruptDatabase(path, f"integrity check: {verdict}")
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


#: SQLite result codes that mean the file itself is bad, not the request.
_CORRUPTION = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def is_corruption(error: DatabaseError) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return any(name == code or name.startswith(code + "_") for code in _CORRUPTION)


def as_store_error(error: DatabaseError, path: Path) -> StoreError:
    """:class:`CorruptDatabase` when the file is damaged; otherwise a :class:`StoreError`
    naming the file (locked by another program, no permission, disk full)."""
    if is_corruption(error):
        text = str(error)
        detail = ("not a database, damaged, or encrypted with another key"
                  if text == "file is not a database" else "the database is damaged or truncated")
        return CorruptDatabase(path, detail)
    return StoreError(f"{path}: {error}")


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
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


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
    conn.execute(f"ATTACH DATABASE '{quoted}' AS backup_copy KEY \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT sqlcipher_export('backup_copy')")
    finally:
        conn.execute("DETACH DATABASE backup_copy")
    with target.open("rb+") as file:
        os.fsync(file.fileno())
