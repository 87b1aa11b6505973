"""Stress one data folder the way a household's machine can: concurrent creators of the same
profiles, writers, an open app, restorers, backups, and ``kill -9`` at random instants; then
check that every write a process was told was committed is there and every profile opens.

    python tests/store/stress_profiles.py DATA_DIR [--seconds 20] [--creators 4] \\
        [--writers 4] [--restorers 2] [--backups 2] [--kills 10] [--seed 1]

Exit status 0 and a line of figures when all holds; 1 and what was lost otherwise. Every
process prints ``committed PROFILE ID`` only after the write's transaction returned.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

PHRASE = "stress passphrase"
SHARED = "shared"        # the profile writers, the app, backups and restorers all use
NEW_PROFILES = 3         # creators race to create new-0 .. new-2


def _item(item_id: str) -> dict:
    return {"id": item_id, "name": item_id, "kind": "loan", "principal": "1000",
            "start": "2025-01-01", "term": 12, "rate": {"annual": "0.1"}}


def _setup_worker() -> None:
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    import planner.store.keys

    planner.store.keys.SCRYPT_N = 2**10  # cheap scrypt: the locks are what is stressed


def _open(data: str, name: str, **kwargs):
    from planner.store.profile import open_profile

    return open_profile(data, name, lambda request: PHRASE, **kwargs)


def _say(*words: object) -> None:
    print(*words, flush=True)


def worker(role: str, data: str, number: int, seed: int) -> None:
    _setup_worker()
    from planner.core.portfolio import parse_item
    from planner.store.errors import ProfileBusy, StoreError
    from planner.store.profile import restore_profile

    rng = random.Random(seed)
    count = 0
    while True:
        count += 1
        try:
            if role == "creator":
                name = f"new-{rng.randrange(NEW_PROFILES)}"
                item_id = f"c{number}-{count}"
                with _open(data, name) as profile:
                    profile.import_portfolio({"format": "planner-portfolio", "version": 1,
                                              "items": [_item(item_id)]})
                _say("committed", name, item_id)
            elif role == "writer":
                item_id = f"w{number}-{count}"
                with _open(data, SHARED) as profile:
                    profile.add_item(parse_item(_item(item_id)))
                _say("committed", SHARED, item_id)
            elif role == "app":
                with _open(data, SHARED) as profile:
                    _say("open")
                    while True:
                        item_id = f"a{number}-{count}"
                        profile.add_item(parse_item(_item(item_id)))
                        _say("committed", SHARED, item_id)
                        count += 1
                        time.sleep(0.05)
            elif role == "backup":
                day = date(2025, 1, 1) + timedelta(days=rng.randrange(30))
                with _open(data, SHARED, today=day) as profile:
                    if rng.random() < 0.3:
                        profile.backup()
                _say("backed-up", day)
            elif role == "restorer":
                # The shared profile is open in the app: every restore must be refused.
                directory = Path(data) / "profiles" / SHARED
                found = sorted((directory / "backups").glob("*.db"))
                if found:
                    try:
                        restore_profile(directory, SHARED, rng.choice(found),
                                        lambda request: PHRASE)
                        _say("RESTORED-WHILE-OPEN", SHARED)
                    except ProfileBusy:
                        _say("refused", SHARED)
                # Its own profile: write, back up, restore that backup; nothing is lost.
                name = f"restore-{number}"
                item_id = f"r{number}-{count}"
                with _open(data, name) as profile:
                    profile.add_item(parse_item(_item(item_id)))
                    made = profile.backup()
                _say("committed", name, item_id)
                restore_profile(Path(data) / "profiles" / name, name, made.path,
                                lambda request: PHRASE)
                _say("restored", name)
        except ProfileBusy:
            time.sleep(0.01)
        except StoreError as error:
            if "already exists; try again" not in str(error):  # two manual backups a second
                raise
        time.sleep(rng.uniform(0, 0.02))


def run(data: Path, seconds: float, counts: dict[str, int], kills: int, seed: int) -> int:
    rng = random.Random(seed)
    script = str(Path(__file__).resolve())
    processes: list[tuple[str, int, subprocess.Popen]] = []
    outputs: list[str] = []

    def start(role: str, number: int) -> None:
        child = subprocess.Popen([sys.executable, script, "worker", role, str(data),
                                  str(number), str(rng.randrange(10**9))],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        processes.append((role, number, child))

    started = time.monotonic()
    start("app", 0)
    app = processes[0][2]
    first = app.stdout.readline()
    outputs.append(first)
    for role, count in counts.items():
        for number in range(count):
            start(role, number)
    kill_times = sorted(rng.uniform(0.5, seconds) for _ in range(kills))
    killed = 0
    while time.monotonic() - started < seconds:
        if kill_times and time.monotonic() - started >= kill_times[0]:
            kill_times.pop(0)
            candidates = [(i, p) for i, p in enumerate(processes)
                          if p[0] in ("creator", "writer", "backup", "restorer")
                          and p[2].poll() is None]
            if candidates:
                index, (role, number, child) = rng.choice(candidates)
                child.send_signal(signal.SIGKILL)
                killed += 1
                start(role, number + 100 * (killed + 1))  # a new process takes its place
        time.sleep(0.01)
    errors = []
    for role, _number, child in processes:
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        outputs.append(out)
        if child.returncode not in (-signal.SIGKILL, 0) or (err.strip() and "Traceback" in err):
            errors.append(f"{role}: {err.strip().splitlines()[-1] if err.strip() else '?'}")
    lines = [line.split() for text in outputs for line in text.splitlines()]
    committed: dict[str, set[str]] = {}
    for words in lines:
        if words and words[0] == "committed":
            committed.setdefault(words[1], set()).add(words[2])
    restored_while_open = sum(1 for w in lines if w and w[0] == "RESTORED-WHILE-OPEN")
    refused = sum(1 for w in lines if w and w[0] == "refused")
    restores = sum(1 for w in lines if w and w[0] == "restored")
    backed_up = sum(1 for w in lines if w and w[0] == "backed-up")

    _setup_worker()
    from planner.store.paths import list_profiles

    lost: list[str] = []
    for name in list_profiles(data):
        with _open(str(data), name) as profile:
            ids = {item.id for item in profile.items()}
            assert profile.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        missing = committed.get(name, set()) - ids
        if missing:
            lost.append(f"{name}: {len(missing)} committed writes missing, e.g. "
                        f"{sorted(missing)[:3]}")
    for name in committed:
        if name not in list_profiles(data):
            lost.append(f"{name}: the profile is gone")
    total = sum(len(v) for v in committed.values())
    print(json.dumps({"seconds": round(time.monotonic() - started, 1),
                      "processes": len(processes), "kills": killed,
                      "profiles": len(list_profiles(data)), "committed_writes": total,
                      "backups_opened": backed_up, "restores": restores,
                      "restores_refused_while_open": refused}))
    problems = lost + errors + ([f"{restored_while_open} restores while the app had the "
                                 "profile open"] if restored_while_open else [])
    for problem in problems:
        print("LOST" if problem in lost else "ERROR", problem)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "worker":
        role, data, number, seed = argv[1:5]
        worker(role, data, int(number), int(seed))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--creators", type=int, default=4)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--restorers", type=int, default=2)
    parser.add_argument("--backups", type=int, default=2)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    counts = {"creator": args.creators, "writer": args.writers, "restorer": args.restorers,
              "backup": args.backups}
    return run(args.data_dir, args.seconds, counts, args.kills, args.seed)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
