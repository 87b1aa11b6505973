"""The acceptance tests of the store issue: kill -9 a process in the middle of importing, many
times, and find the database intact with each import wholly there or wholly absent; and after
an import, no file in the data directory holds an imported name in plain text."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from planner.core.portfolio import parse_portfolio
from planner.store.db import PLAIN_HEADER
from planner.store.profile import Profile, open_profile

from .conftest import sample

PHRASE = "kill -9 survivor"
ITEMS_PER_IMPORT = 25
PAYMENTS_PER_ITEM = 6

# Imports generation after generation, each replacing the whole profile in one transaction;
# prints a generation's number once it is committed.
WRITER = textwrap.dedent(f"""
    import sys
    from planner.commands.passphrase import env_or_terminal_passphrase
    from planner.store.importexport import ImportMode
    from planner.store.profile import open_profile

    def portfolio(g):
        return {{"format": "planner-portfolio", "version": 1, "items": [
            {{"id": f"i{{n}}", "name": f"gen{{g}} item{{n}}", "kind": "loan",
              "principal": "1000", "start": "2025-01-01", "term": 12,
              "rate": {{"annual": "0.1"}}, "fees": [{{"type": "upfront", "amount": "5"}}],
              "payments": [{{"date": f"2025-0{{m + 1}}-02", "amount": str(g)}}
                           for m in range({PAYMENTS_PER_ITEM})]}}
            for n in range({ITEMS_PER_IMPORT})]}}

    profile = open_profile(sys.argv[1], "crash", env_or_terminal_passphrase)
    g = 0
    while True:
        g += 1
        profile.import_portfolio(portfolio(g), ImportMode.REPLACE)
        print(g, flush=True)
""")


def _check_all_or_nothing(data_dir: Path) -> int:
    """Open after a kill: integrity ok, and one whole generation (or none) present."""
    with open_profile(data_dir, "crash", lambda request: PHRASE) as profile:
        assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert profile.db.execute("PRAGMA foreign_key_check").fetchall() == []
        items = profile.items()
    if not items:
        return 0
    generations = {item.name.split()[0] for item in items}
    assert len(generations) == 1, generations
    assert len(items) == ITEMS_PER_IMPORT
    assert all(len(i.payments) == PAYMENTS_PER_ITEM and len(i.product.fees) == 1
               for i in items)
    generation = int(generations.pop().removeprefix("gen"))
    assert all(str(p.amount) == f"{generation}.00" for i in items for p in i.payments)
    return generation


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_kill_9_mid_import_leaves_a_sound_database(data_dir: Path, no_keyring, fast_scrypt):
    env = {**os.environ, "PLANNER_PASSPHRASE": PHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    open_profile(data_dir, "crash", lambda request: PHRASE).close()
    rng = random.Random(20250601)
    seen = []
    kills_after_commits = 0
    for _ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir)], env=env,
                                  stdout=subprocess.PIPE, text=True)
        # Wait for the first committed import, then kill at a random instant: most land in
        # the middle of a transaction (an import takes about 10 ms here, most of it writing).
        first = writer.stdout.readline()
        time.sleep(rng.uniform(0, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        committed = [int(line) for line in [first, *writer.stdout.read().split()] if line]
        writer.stdout.close()
        generation = _check_all_or_nothing(data_dir)
        # The database holds the last generation the writer reported, or the next one if it
        # committed just before the kill and had no time to print.
        if committed:
            kills_after_commits += 1
            assert generation in (committed[-1], committed[-1] + 1)
        seen.append(generation)
    assert kills_after_commits == 12 and len(set(seen)) > 1


def test_no_file_holds_imported_text_in_the_clear(data_dir: Path, memory_keyring):
    data = sample()
    data["items"][0]["notes"] = "Zq-unique-marker-9431"
    with open_profile(data_dir, "me", None) as profile:
        profile.import_portfolio(data)
        profile.backup()
        files = _assert_nothing_readable(data_dir)  # while open: the WAL holds the import
        assert any(p.name == "planner.db-wal" and p.stat().st_size > 0 for p in files)
    with open_profile(data_dir, "me", None):       # a second open takes an automatic backup
        pass
    files = _assert_nothing_readable(data_dir)
    assert {p.name.split("-")[0] for p in files} >= {"planner.db", "keysource.json", "auto",
                                                     "manual"}


def _assert_nothing_readable(data_dir: Path) -> list[Path]:
    portfolio = parse_portfolio(sample())
    secrets_in_clear = [s for i in portfolio.items for s in (i.name, i.lender) if len(s) >= 4]
    secrets_in_clear += ["Zq-unique-marker-9431", "Li household"]
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(PLAIN_HEADER), path
        for text in secrets_in_clear:
            for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
                assert encoded not in content, (path, text)
    return files


def test_profile_open_refuses_a_plain_sqlite_file(tmp_path: Path, key: bytes):
    import sqlite3

    directory = tmp_path / "p"
    directory.mkdir()
    plain = sqlite3.connect(directory / "planner.db")
    plain.execute("CREATE TABLE items (name TEXT)")
    plain.commit()
    plain.close()
    from planner.store.errors import CorruptDatabase

    with pytest.raises(CorruptDatabase, match="plain, unencrypted SQLite"):
        Profile.open(directory, key)
