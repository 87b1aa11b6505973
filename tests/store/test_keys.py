"""The profile key: in the keyring when one works, from a passphrase (scrypt) when none does,
never a silent unencrypted fallback; a wrong passphrase is told apart from a damaged file."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from planner import APP_ID
from planner.commands import passphrase as terminal
from planner.store.errors import WrongKey
from planner.store.keys import (
    KeySource,
    KeyUnavailable,
    PassphraseNeeded,
    PassphraseRequest,
    WrongPassphrase,
    derive_key,
    resolve_key,
)
from planner.store.profile import open_profile

PHRASE = "correct horse battery staple"


def provider(phrase: str | None, asked: list | None = None):
    def give(request: PassphraseRequest) -> str | None:
        if asked is not None:
            asked.append(request)
        return phrase
    return give


def test_scrypt_matches_the_rfc_7914_test_vector():
    # RFC 7914 section 12: scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64) begins
    # fd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe 7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37
    # 31 62; the first 32 bytes of a longer output are the 32-byte output.
    expected = bytes.fromhex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162")
    assert derive_key("password", b"NaCl", 1024, 8, 16) == expected


def test_keyring_profile_gets_a_random_key_kept_in_the_keyring(memory_keyring, tmp_path):
    first = resolve_key(tmp_path, "me", None)
    assert first.source is KeySource.KEYRING and first.created and len(first.key) == 32
    assert memory_keyring.passwords[(APP_ID, "me")] == first.key.hex()
    again = resolve_key(tmp_path, "me", None)
    assert (again.key, again.created) == (first.key, False)
    other = resolve_key(tmp_path / "other", "you", None)
    assert other.key != first.key


def test_an_existing_keyring_entry_is_reused_never_overwritten(memory_keyring, tmp_path):
    memory_keyring.passwords[(APP_ID, "me")] = "ab" * 32
    assert resolve_key(tmp_path, "me", None).key == bytes.fromhex("ab" * 32)
    assert memory_keyring.passwords[(APP_ID, "me")] == "ab" * 32


def test_without_a_keyring_the_passphrase_path_is_taken(no_keyring, data_dir):
    asked: list[PassphraseRequest] = []
    with open_profile(data_dir, "me", provider(PHRASE, asked), today=date(2025, 1, 1)) as p:
        p.set_setting("language", "en")
    assert asked == [PassphraseRequest("me", new=True)]
    directory = data_dir / "profiles" / "me"
    record = json.loads((directory / "keysource.json").read_text())
    assert record["source"] == "passphrase" and record["kdf"] == "scrypt"
    assert (record["n"], record["r"], record["p"]) == (2**17, 8, 1)  # OWASP's scrypt minimum
    assert len(bytes.fromhex(record["salt"])) == 16
    with open_profile(data_dir, "me", provider(PHRASE, asked)) as p:
        assert p.setting("language") == "en"
    assert asked[-1] == PassphraseRequest("me", new=False)


def test_two_profiles_get_different_salts(no_keyring, fast_scrypt, tmp_path):
    a = resolve_key(tmp_path / "a", "a", provider(PHRASE))
    b = resolve_key(tmp_path / "b", "b", provider(PHRASE))
    assert a.key != b.key  # same passphrase, different salt


def test_no_passphrase_means_no_profile(no_keyring, fast_scrypt, data_dir):
    with pytest.raises(PassphraseNeeded, match="needs a passphrase"):
        open_profile(data_dir, "me", provider(None))
    assert not data_dir.exists()  # not even an empty profile directory


def test_a_short_new_passphrase_is_refused(no_keyring, fast_scrypt, tmp_path):
    with pytest.raises(PassphraseNeeded, match="at least 8"):
        resolve_key(tmp_path, "me", provider("short"))


def test_wrong_passphrase_is_refused_clearly(no_keyring, fast_scrypt, data_dir):
    open_profile(data_dir, "me", provider(PHRASE)).close()
    asked: list[PassphraseRequest] = []
    with pytest.raises(WrongPassphrase, match="wrong passphrase for profile 'me'") as caught:
        open_profile(data_dir, "me", provider("not the passphrase", asked), attempts=3)
    assert isinstance(caught.value, WrongKey)
    assert [r.retry for r in asked] == [False, True, True]


def test_env_provider_reads_planner_passphrase(monkeypatch):
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)
    assert terminal.env_or_terminal_passphrase(PassphraseRequest("me", new=True)) == PHRASE


def test_env_provider_without_a_terminal_says_what_to_do(monkeypatch):
    monkeypatch.delenv("PLANNER_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", open(os.devnull))  # noqa: SIM115 - closed by pytest
    with pytest.raises(PassphraseNeeded, match="set PLANNER_PASSPHRASE or run in a terminal"):
        terminal.env_or_terminal_passphrase(PassphraseRequest("me", new=False))


def test_a_keyring_profile_whose_key_went_missing_is_refused(memory_keyring, data_dir):
    open_profile(data_dir, "me", None).close()
    memory_keyring.passwords.clear()
    with pytest.raises(KeyUnavailable, match="missing from the system keyring"):
        open_profile(data_dir, "me", None)


def test_a_keyring_profile_is_not_silently_switched_to_a_passphrase(memory_keyring, data_dir,
                                                                    no_keyring):
    # memory_keyring made the profile; no_keyring (installed after it) is now the backend.
    import keyring

    keyring.set_keyring(memory_keyring)
    open_profile(data_dir, "me", None).close()
    keyring.set_keyring(no_keyring)
    with pytest.raises(KeyUnavailable, match="cannot be reached"):
        open_profile(data_dir, "me", provider(PHRASE))


def test_a_database_without_its_key_record_gets_no_new_key(memory_keyring, data_dir):
    open_profile(data_dir, "me", None).close()
    directory = data_dir / "profiles" / "me"
    (directory / "keysource.json").unlink()
    with pytest.raises(KeyUnavailable, match="no key record"):
        resolve_key(directory, "me", None)
    assert not (directory / "keysource.json").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_key_record_is_private(no_keyring, fast_scrypt, tmp_path: Path):
    resolve_key(tmp_path, "me", provider(PHRASE))
    assert stat.S_IMODE((tmp_path / "keysource.json").stat().st_mode) == 0o600
