"""The key that encrypts each profile's database, and the only module that imports keyring.

A new profile gets a random 256-bit key kept in the OS keyring (service ``planner.APP_ID``, user
the profile name). Where no keyring works (headless Linux, keyring's fail backend) the key is
stretched from the user's passphrase with scrypt instead. Either way ``keysource.json`` beside the
database records which, so a later open knows; there is never an unencrypted fallback.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets as random_source
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from planner import APP_ID
from planner.store.errors import WrongKey
from planner.store.paths import database_path, key_record_path, make_private_dir, write_private_file

PASSPHRASE_ENV = "PLANNER_PASSPHRASE"
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE = 8
#: scrypt cost for new profiles: N=2**17, r=8, p=1 (128 MiB, about 0.5 s here), the minimum
#: the OWASP Password Storage Cheat Sheet gives for scrypt. Each profile records its own
#: parameters, so raising these later leaves existing profiles readable.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_RECORD_FORMAT = "planner-key"
_CHECK_LABEL = b"planner key check v1"


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class SecretError(Exception):
    """The profile's key cannot be had; the message says what the user can do."""


class PassphraseNeeded(SecretError):
    """No keyring, and nobody gave a passphrase."""


class KeyUnavailable(SecretError):
    """The profile keeps its key in the keyring, and the keyring cannot give it now."""


class WrongPassphrase(SecretError, WrongKey):
    """The passphrase does not derive this profile's key."""


@dataclass(frozen=True, slots=True)
class PassphraseRequest:
    """What a passphrase dialog needs to say: whose, whether it is being chosen (ask twice),
    and whether the previous try was wrong."""

    profile: str
    new: bool
    retry: bool = False


PassphraseProvider = Callable[[PassphraseRequest], "str | None"]


@dataclass(frozen=True, slots=True)
class ResolvedKey:
    key: bytes
    source: KeySource
    created: bool
    #: A new key's record (salt and parameters, or the keyring check), not yet written.
    record: dict | None = None


def resolve_key(profile_dir: Path, profile: str, passphrase_provider: PassphraseProvider | None,
                *, attempts: int = 1) -> ResolvedKey:
    """The key of ``profile`` whose files are in ``profile_dir``, creating one for a new profile.

    A profile with a database but no key record is refused rather than given a new key, which
    would make its database unreadable for good. (``planner.store.profile.open_profile`` does
    the same under the profile's lock, with the database made before the record.)
    """
    record_path = key_record_path(profile_dir)
    if not record_path.exists():
        if database_path(profile_dir).exists():
            raise missing_record(profile_dir)
        new = new_key(profile, passphrase_provider)
        write_key_record(record_path, new)
        return new
    return existing_key(record_path, profile, passphrase_provider, attempts=attempts)


def missing_record(profile_dir: Path) -> KeyUnavailable:
    record_path = key_record_path(profile_dir)
    return KeyUnavailable(f"{database_path(profile_dir)} has no key record ({record_path.name} "
                          "is missing); restoring a backup brings it back: planner restore "
                          "BACKUP (see planner backups)")


def existing_key(record_path: Path, profile: str,
                 passphrase_provider: PassphraseProvider | None, *,
                 attempts: int = 1) -> ResolvedKey:
    """The key that the key record at ``record_path`` describes."""
    record = read_record(record_path)
    if record.get("source") == KeySource.KEYRING:
        key = _keyring_key(profile)
        if not hmac.compare_digest(_check(key), str(record.get("check"))):
            raise KeyUnavailable(f"the system keyring's key for profile {profile!r} does not "
                                 f"match {record_path}")
        return ResolvedKey(key, KeySource.KEYRING, created=False)
    for attempt in range(max(attempts, 1)):
        phrase = _ask(passphrase_provider, PassphraseRequest(profile, new=False,
                                                             retry=attempt > 0))
        try:
            key = derive_key(phrase, bytes.fromhex(record["salt"]), record["n"], record["r"],
                             record["p"])
        except (ValueError, MemoryError):
            raise KeyUnavailable(f"{record_path} is damaged (its scrypt parameters cannot be "
                                 "used); restore a backup to bring it back") from None
        if hmac.compare_digest(_check(key), str(record.get("check"))):
            return ResolvedKey(key, KeySource.PASSPHRASE, created=False)
    raise WrongPassphrase(f"wrong passphrase for profile {profile!r}")


def new_key(profile: str, provider: PassphraseProvider | None,
            phrase: str | None = None) -> ResolvedKey:
    """A new key for ``profile``: in the keyring when one works, else from a passphrase
    (``phrase`` if already asked for, else asked now). Nothing is written to disk: the caller
    writes the record (:func:`write_key_record`) once the database exists."""
    key = _new_keyring_key(profile) if phrase is None and keyring_usable() else None
    if key is not None:
        return ResolvedKey(key, KeySource.KEYRING, created=True,
                           record={"source": KeySource.KEYRING.value, "check": _check(key)})
    if phrase is None:
        phrase = ask_new_passphrase(profile, provider)
    salt = random_source.token_bytes(SALT_BYTES)
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    key = derive_key(phrase, salt, n, r, p)
    return ResolvedKey(key, KeySource.PASSPHRASE, created=True,
                       record={"source": KeySource.PASSPHRASE.value, "kdf": "scrypt", "n": n,
                               "r": r, "p": p, "salt": salt.hex(), "check": _check(key)})


def ask_new_passphrase(profile: str, provider: PassphraseProvider | None) -> str:
    """The passphrase a new profile will be made with (checked for length)."""
    phrase = _ask(provider, PassphraseRequest(profile, new=True))
    if len(phrase) < MIN_PASSPHRASE:
        raise PassphraseNeeded(f"a new passphrase needs at least {MIN_PASSPHRASE} characters")
    return phrase


def write_key_record(record_path: Path, resolved: ResolvedKey) -> None:
    if resolved.record is None:
        raise ValueError("only a new key has a record to write")
    _write_record(record_path, resolved.record)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    """scrypt(passphrase, salt) -> 32 bytes; the passphrase is NFC-normalised so the same words
    typed on any system give the same key."""
    data = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, maxmem=128 * r * n * 2,
                          dklen=KEY_BYTES)


def _keyring():  # noqa: ANN202 - the keyring package
    """keyring, imported when a key is first looked for (it finds its backends through entry
    points, about 40 ms: the demo and a passphrase profile never need it)."""
    import keyring
    import keyring.backends.fail
    import keyring.backends.null
    import keyring.errors

    return keyring


def keyring_usable() -> bool:
    """False for keyring's fail and null backends, which cannot keep a key."""
    keyring = _keyring()
    backend = keyring.get_keyring()
    return not isinstance(backend, (keyring.backends.fail.Keyring,
                                    keyring.backends.null.Keyring))


def _new_keyring_key(profile: str) -> bytes | None:
    """A key stored in the keyring and read back, or None when the keyring will not keep it.

    An entry already there (the same profile name under another data directory) is reused,
    never overwritten: overwriting would lock that other profile out.
    """
    keyring = _keyring()
    try:
        existing = keyring.get_password(APP_ID, profile)
        if existing:
            return bytes.fromhex(existing)
        key = random_source.token_bytes(KEY_BYTES)
        keyring.set_password(APP_ID, profile, key.hex())
        if keyring.get_password(APP_ID, profile) != key.hex():
            return None
        return key
    except (keyring.errors.KeyringError, ValueError, OSError, RuntimeError):
        return None


def _keyring_key(profile: str) -> bytes:
    keyring = _keyring()
    try:
        stored = keyring.get_password(APP_ID, profile)
    except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
        raise KeyUnavailable(f"profile {profile!r} keeps its key in the system keyring, which "
                             f"cannot be reached now ({error}): unlock the keyring (log in to "
                             "the desktop) and try again") from None
    if not stored:
        raise KeyUnavailable(f"the key of profile {profile!r} is missing from the system "
                             f"keyring (service {APP_ID}, user {profile})")
    try:
        return bytes.fromhex(stored)
    except ValueError:
        raise KeyUnavailable(f"the system keyring's entry for profile {profile!r} is not a "
                             "Planner key") from None


def _ask(provider: PassphraseProvider | None, request: PassphraseRequest) -> str:
    phrase = provider(request) if provider else None
    if not phrase:
        raise PassphraseNeeded(f"profile {request.profile!r} needs a passphrase (no system "
                               "keyring) and none was given")
    return phrase


def _check(key: bytes) -> str:
    """A value that tells a right key from a wrong one without revealing it (HMAC-SHA256,
    128 bits), so a wrong passphrase is told apart from a damaged database."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def read_record(path: Path) -> dict:
    """The key record at ``path``; a damaged one is refused in one line (never a traceback,
    never an scrypt run with absurd parameters)."""
    damaged = (f"{path} is damaged (not a Planner key record); restoring a backup brings it "
               "back: planner restore BACKUP")
    try:
        if path.stat().st_size > 64 * 1024:
            raise KeyUnavailable(damaged)
        record = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise KeyUnavailable(f"{path} cannot be read: {error.strerror or error}") from None
    except (ValueError, RecursionError):
        raise KeyUnavailable(damaged) from None
    valid = (isinstance(record, dict) and record.get("format") == _RECORD_FORMAT
             and record.get("source") in {s.value for s in KeySource}
             and isinstance(record.get("check"), str))
    if valid and record["source"] == KeySource.PASSPHRASE:
        n, r, p = (record.get(k) for k in ("n", "r", "p"))
        valid = (all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
                 and 2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
                 and 128 * n * r <= 2**30 and _is_hex(record.get("salt")))
    if not valid:
        raise KeyUnavailable(damaged)
    return record


def _is_hex(value: object) -> bool:
    try:
        return isinstance(value, str) and SALT_BYTES <= len(bytes.fromhex(value)) <= 1024
    except ValueError:
        return False


def _write_record(path: Path, fields: dict) -> None:
    record = {"format": _RECORD_FORMAT, "version": 1, **fields}
    make_private_dir(path.parent)
    write_private_file(path, json.dumps(record, indent=2).encode("utf-8"))
