"""Shared fixtures: an in-memory keyring (installed, then the previous backend restored) and a
fresh data directory, so no test touches the real keyring or the user's profiles."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict for the length of one test."""

    priority = 1  # type: ignore[assignment]  # a plain number is enough for a test backend

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@contextlib.contextmanager
def installed_keyring(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    """Make ``backend`` keyring's current backend for a block, then restore the previous one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working OS keyring stand-in; the previous backend is put back afterwards."""
    backend = MemoryKeyring()
    with installed_keyring(backend):
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    """keyring's own fail backend: what a headless Linux without a Secret Service has."""
    backend = keyring.backends.fail.Keyring()
    with installed_keyring(backend):
        yield backend


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data directory, also set as ``PLANNER_DATA_DIR`` so nothing falls back to the
    user's real one; ``PLANNER_PASSPHRASE`` is cleared."""
    directory = tmp_path / "data"
    monkeypatch.setenv("PLANNER_DATA_DIR", str(directory))
    monkeypatch.delenv("PLANNER_PASSPHRASE", raising=False)
    return directory


@pytest.fixture
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """New passphrase profiles use scrypt N=2**10 instead of 2**17 (about 0.5 s a try):
    the cost is recorded per profile, so later opens, subprocesses included, stay fast."""
    import planner.store.keys

    monkeypatch.setattr(planner.store.keys, "SCRYPT_N", 2**10)
