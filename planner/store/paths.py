"""Where profiles live: platformdirs by default, ``--data-dir`` or ``PLANNER_DATA_DIR`` instead.

Layout: ``DATA_DIR/profiles/NAME/`` holds one profile's encrypted ``planner.db``, its key record
(``keysource.json``) and its ``backups/``. Directories are created 0700, so other users of the
machine cannot even list which profiles exist.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from platformdirs import user_data_dir

from planner import APP_NAME
from planner.core.errors import InputError, shown

DATA_DIR_ENV = "PLANNER_DATA_DIR"
DEFAULT_PROFILE = "default"
DATABASE_NAME = "planner.db"
KEY_RECORD_NAME = "keysource.json"
BACKUP_DIR_NAME = "backups"
MAX_PROFILE_NAME = 64
_NAME_PUNCTUATION = "-_. "


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory that holds every profile.

    ``override`` (the ``--data-dir`` option) wins, then ``PLANNER_DATA_DIR`` (tests, portable
    installs on a USB stick), then the platform's per-user data directory.
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser().absolute()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def validate_profile_name(name: str | None) -> str:
    """The profile name, or :class:`InputError` if it could not safely be a directory name and
    a keyring user name: 1 to 64 letters (any script), digits, ``-``, ``_``, ``.`` or spaces,
    not starting with a dot or a space.

    >>> validate_profile_name("workshop-demo"), validate_profile_name("我的")
    ('workshop-demo', '我的')
    >>> validate_profile_name("../etc")
    Traceback (most recent call last):
    ...
    planner.core.errors.InputError: profile: '../etc' may hold only letters, digits, '-', '_', \
'.' and spaces, and may not start with '.' or a space
    """
    if name is None:
        return DEFAULT_PROFILE
    # NFC so that the same name typed on macOS (NFD) and Windows is the same profile.
    name = unicodedata.normalize("NFC", name)
    if not name or len(name) > MAX_PROFILE_NAME:
        raise InputError("profile", f"must be 1 to {MAX_PROFILE_NAME} characters")
    allowed = all(ch.isalnum() or ch in _NAME_PUNCTUATION for ch in name)
    if not allowed or name[0] in ". " or name[-1] == " ":
        raise InputError("profile", f"{name!r} may hold only letters, digits, '-', '_', '.' "
                                    "and spaces, and may not start with '.' or a space")
    return name


def profile_dir(root: Path, profile: str, *, create: bool = True) -> Path:
    """The directory of ``profile`` under the data directory ``root``."""
    directory = root / "profiles" / validate_profile_name(profile)
    if create:
        make_private_dir(directory)
    return directory


def list_profiles(root: Path) -> list[str]:
    """The profiles that exist under ``root``, sorted by name."""
    base = root / "profiles"
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir()
                  if p.is_dir() and (p / KEY_RECORD_NAME).exists())


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def key_record_path(directory: Path) -> Path:
    return directory / KEY_RECORD_NAME


def backup_dir(directory: Path) -> Path:
    return directory / BACKUP_DIR_NAME


def make_private_dir(directory: Path) -> list[Path]:
    """Create ``directory`` and any missing parents readable by the owner only (POSIX); returns
    the ones it made, outermost first (so a failed creation can take them away again).

    Directories that already exist keep their mode: ``--data-dir ~`` must not lock up home.
    """
    missing = []
    for level in (directory, *directory.parents):
        if level.exists():
            break
        missing.append(level)
    for level in reversed(missing):
        level.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(level, 0o700)  # mkdir's mode is filtered by the umask
    return list(reversed(missing))


def remove_empty_dirs(made: list[Path]) -> None:
    """Take away the directories :func:`make_private_dir` made, innermost first, if empty."""
    for level in reversed(made):
        try:
            level.rmdir()
        except OSError:
            return


def temporary_path(path: Path) -> Path:
    """A hidden name beside ``path`` that no other process uses (pid and random part), so two
    processes writing the same file never share -- or delete -- each other's temporary file."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def is_temporary(path: Path) -> bool:
    return path.name.startswith(".") and path.name.endswith(".partial")


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """``with replacing(path) as temporary:`` write ``temporary`` in the block; then it is
    fsynced and renamed onto ``path`` (and the folder fsynced). If the block or any of that
    fails, ``temporary`` is removed: ``path`` is the old file or the new one, never a 0-byte
    or half-written one, and no copy is left behind."""
    temporary = temporary_path(path)
    try:
        yield temporary
        fsync_file(temporary)
        os.replace(temporary, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename), mode 0600.

    A crash leaves either the old file or the new one, never half of either; a failure (a full
    disk) leaves the old file and no temporary copy.
    """
    with replacing(path) as temporary:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        if os.name == "posix":
            os.chmod(temporary, 0o600)


def copy_private_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` the same way: temporary file, fsync, rename, mode 0600."""
    with replacing(target) as temporary:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
        if os.name == "posix":
            os.chmod(temporary, 0o600)


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk. Windows flushes only a handle opened for writing
    (``FlushFileBuffers`` needs write access), POSIX any handle: a read-only file stays so."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0) if os.name == "nt"
                 else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def check_data_dir(root: Path) -> None:
    """Refuse a data folder that is a file (``--data-dir`` naming one, or a file on the way)."""
    for level in (root, *root.parents):
        if level.exists():
            if not level.is_dir():
                raise InputError("--data-dir", f"{shown(str(level))} is a file, not a folder "
                                               "(set --data-dir or PLANNER_DATA_DIR to a folder)")
            return
