"""The real OS keyring (issue 16): GNOME Keyring's Secret Service in a private D-Bus session,
unlocked with a test password. A profile made by the command line keeps its key there
(``secret-tool`` finds it), opens again, and once the keyring is locked is refused in one
clear line -- never opened some other way -- while a new profile takes the passphrase path.

Needs ``gnome-keyring-daemon``, ``dbus-run-session``, ``secret-tool`` and ``gdbus`` (Debian:
gnome-keyring dbus libsecret-tools dbus-x11 libglib2.0-bin); skipped without them, failed
under CI=true, whose .ci/run installs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner import APP_ID
from planner.store.db import PLAIN_HEADER

TOOLS = ("gnome-keyring-daemon", "dbus-run-session", "secret-tool", "gdbus")


@pytest.fixture
def keyring_session():
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing or os.name != "posix":
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI installs the keyring tools; missing: {', '.join(missing)}")
        pytest.skip(f"no {', '.join(missing) or 'POSIX'} here (Debian: gnome-keyring dbus "
                    "libsecret-tools dbus-x11)")


def test_the_key_lives_in_the_real_keyring_and_a_locked_keyring_is_refused(
        keyring_session, tmp_path: Path):
    data, home, out = tmp_path / "data", tmp_path / "home", tmp_path / "out"
    home.mkdir()
    out.mkdir()
    python = sys.executable
    script = textwrap.dedent(f"""
        export HOME={home} XDG_DATA_HOME={home}/.local/share PLANNER_DATA_DIR={data}
        unset PLANNER_PASSPHRASE PYTHON_KEYRING_BACKEND DISPLAY WAYLAND_DISPLAY
        eval "$(printf 'test keyring password' | gnome-keyring-daemon --unlock \\
                --components=secrets)"
        step() {{ name=$1; shift; timeout 60 "$@" >{out}/$name.out 2>{out}/$name.err \\
                  </dev/null; echo $? >{out}/$name.code; }}
        echo '{{"format": "planner-portfolio", "version": 1, "items": [{{"id": "car",
              "name": "Car", "kind": "loan", "principal": "1000", "start": "2025-01-01",
              "term": 12, "rate": {{"annual": "0.1"}}}}]}}' >{tmp_path}/p.json
        step create {python} -m planner import {tmp_path}/p.json
        step search secret-tool search --all service {APP_ID}
        step lookup secret-tool lookup service {APP_ID} username default
        step reopen {python} -m planner list --json
        step lock gdbus call --session --dest org.freedesktop.secrets \\
             --object-path /org/freedesktop/secrets \\
             --method org.freedesktop.Secret.Service.Lock \\
             "['/org/freedesktop/secrets/collection/login']"
        step locked {python} -m planner list
        step locked_new {python} -m planner --profile other import {tmp_path}/p.json
        step left_behind test -e {data}/profiles/other
        PLANNER_PASSPHRASE='a test passphrase' step passphrase_new \\
             {python} -m planner --profile other import {tmp_path}/p.json
    """)
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script],
                          capture_output=True, text=True, timeout=600)

    def step(name: str) -> tuple[int, str, str]:
        path = out / f"{name}.code"
        assert path.exists(), f"{name} did not run: {done.stderr[-2000:]}"
        return (int(path.read_text()), (out / f"{name}.out").read_text(),
                (out / f"{name}.err").read_text())

    code, _, err = step("create")
    assert code == 0, err
    record = json.loads((data / "profiles" / "default" / "keysource.json").read_text())
    assert record["source"] == "keyring"
    code, stored, _ = step("lookup")
    assert code == 0 and len(bytes.fromhex(stored.strip())) == 32  # the key, in the keyring
    assert stored.strip() not in (data / "profiles" / "default" / "keysource.json").read_text()
    assert f"service = {APP_ID}" in step("search")[1] + step("search")[2]
    code, listed, err = step("reopen")
    assert code == 0 and json.loads(listed)[0]["id"] == "car", err
    assert step("lock")[0] == 0
    code, listed, err = step("locked")
    assert code == 2 and listed == "" and err.count("\n") == 1, err
    assert "keyring" in err and "unlock" in err, err
    code, _, err = step("locked_new")  # a new profile: the passphrase path, never plain
    assert code == 2 and "needs a passphrase" in err and err.count("\n") == 1, err
    assert step("left_behind")[0] == 1  # no profile folder was made
    code, _, err = step("passphrase_new")
    assert code == 0, err
    other = json.loads((data / "profiles" / "other" / "keysource.json").read_text())
    assert other["source"] == "passphrase"
    for database in data.rglob("*.db"):
        assert not database.read_bytes().startswith(PLAIN_HEADER), database
