"""Where profiles live: platformdirs by default, ``--data-dir`` or ``PLANNER_DATA_DIR`` instead.

Layout: ``DATA_DIR/profiles/NAME/`` holds one profile's encrypted ``planner.db``, its key record
(``keysource.json``) and its ``backups/``. Directories are created 0700, so other users of the
machine cannot even list which profiles exist.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from platformdirs import user_data_dir

from planner import APP_NAME
from planner.core.errors import InputError

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


def make_private_dir(directory: Path) -> None:
    """Create ``directory`` and any missing parents readable by the owner only (POSIX).

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


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename), mode 0600.

    A crash leaves either the old file or the new one, never half of either.
    """
    temporary = path.with_name(f".{path.name}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    if os.name == "posix":
        os.chmod(temporary, 0o600)
    os.replace(temporary, path)
