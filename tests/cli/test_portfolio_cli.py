"""``planner import/export/list/add/remove/pay/status/backup/backups/restore`` as a user runs
them: exit 0 on success; exit 2, one line on stderr, nothing on stdout and nothing changed for
bad input, card numbers, a missing or wrong passphrase, or a damaged database."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import icalendar
import keyring
import keyring.backends.fail
import pytest

from planner.cli import main
from planner.core.portfolio import parse_portfolio

PHRASE = "workshop passphrase"
PORTFOLIO = {
    "format": "planner-portfolio", "version": 1,
    "profile": {"currency": "CNY", "monthly_income": "18000", "essential_expenses": "7000"},
    "items": [
        {"id": "car", "name": "车贷", "lender": "招商银行", "kind": "loan", "principal": "12000",
         "start": "2025-01-15", "term": 12, "rate": {"annual": "0.12"},
         "payments": [{"date": "2025-02-15", "amount": "1066.19"}]},
        {"id": "bt", "name": "=cmd|' /C calc'!A0", "kind": "installment", "principal": "6000",
         "start": "2025-01-10", "term": 12, "rate": {"monthly_fee": "0.006"}},
        {"id": "visa", "name": "Visa", "card_last4": "1111", "kind": "card", "balance": "3000",
         "start": "2025-03-01", "rate": {"daily": "0.0005"}},
    ]}


@pytest.fixture
def cli(data_dir: Path, memory_keyring, monkeypatch, capsys):
    """Run ``planner --data-dir D ARGS`` in this process: (exit status, stdout, stderr).

    The key is kept in an in-memory keyring; ``no_keyring_cli`` takes the passphrase path."""
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:  # argparse's own usage errors
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def no_keyring_cli(cli, fast_scrypt):
    """``cli`` on a machine without a usable keyring (keyring's fail backend)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring restores the old one
    return cli


@pytest.fixture
def imported(cli, tmp_path: Path) -> Path:
    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(PORTFOLIO, ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(path))[0] == 0
    return path


def _refused(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("planner: "), err
    for word in words:
        assert word in err, err


def test_import_then_export_round_trips(cli, imported):
    code, out, err = cli("export")
    assert code == 0 and err == ""
    exported = json.loads(out, parse_float=Decimal)
    assert parse_portfolio(exported) == parse_portfolio(PORTFOLIO)


def test_import_reports_what_it_did(cli, imported):
    code, out, _ = cli("import", str(imported))
    assert code == 0 and out == "imported 3 items: 0 new, 0 replaced, 3 unchanged\n"


def test_import_merges_by_the_one_rule(cli, imported, tmp_path):
    """Issue 13, the rule of planner.store.importexport (the app's File → Import follows it):
    the same file twice duplicates nothing; a known id is the same item, brought up to date,
    keeping the payments recorded since; the profile's own household is kept, and said so."""
    before = cli("export")[1]
    assert cli("pay", "car", "--date", "2025-03-15", "--amount", "1066.19")[0] == 0
    update = json.loads(imported.read_text(encoding="utf-8"))
    update["profile"]["monthly_income"] = "1"
    update["items"][0]["name"] = "车贷 (renewed)"
    update["items"].append({"id": "phone", "name": "Phone", "kind": "installment",
                            "principal": "4999", "start": "2025-05-01", "term": 6})
    path = tmp_path / "update.json"
    path.write_text(json.dumps(update, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("import", str(path))
    assert (code, err) == (0, "")
    assert out == ("imported 4 items: 1 new, 1 replaced, 2 unchanged\n"
                   "the household in the file was not taken: this profile has its own (import "
                   "--replace makes the profile exactly the file)\n")
    exported = json.loads(cli("export")[1])
    assert [i["id"] for i in exported["items"]] == ["car", "bt", "visa", "phone"]
    assert exported["items"][0]["name"] == "车贷 (renewed)"
    assert exported["items"][0]["payments"] == [{"date": "2025-02-15", "amount": "1066.19"},
                                                {"date": "2025-03-15", "amount": "1066.19"}]
    assert exported["profile"]["monthly_income"] == "18000.00"
    assert cli("import", str(path))[1].startswith("imported 4 items: 0 new, 0 replaced, 4 ")
    code, out, _ = cli("import", "--replace", str(imported))
    assert (code, out) == (0, "imported 3 items: 3 new, 0 replaced, 0 unchanged, 4 removed\n")
    assert cli("export")[1] == before  # exactly the file: the payment since, the phone gone


def test_a_merge_whose_recorded_payments_do_not_fit_is_refused_whole(cli, imported, tmp_path):
    before = cli("export")[1]
    update = json.loads(imported.read_text(encoding="utf-8"))
    update["items"][0].update(start="2025-03-01", payments=[])
    path = tmp_path / "later.json"
    path.write_text(json.dumps(update, ensure_ascii=False), encoding="utf-8")
    _refused(cli("import", str(path)), "items[0].payments",
             "payments this profile has recorded for 'car'")
    assert cli("export")[1] == before


def test_list_shows_the_position_from_money_paid(cli, imported):
    code, out, _ = cli("list", "--json", "--today", "2025-04-20")
    assert code == 0
    car = json.loads(out)[0]
    assert car["id"] == "car" and car["payments"] == [{"date": "2025-02-15",
                                                       "amount": "1066.19"}]
    # Paid February only: March and April (1,066.19 each) are overdue.
    assert car["position"]["overdue"] == "2132.38"
    assert car["position"]["overdue_since"] == "2025-03-15"
    code, out, _ = cli("list", "--today", "2025-04-20")
    assert code == 0 and "车贷" in out and "2,132.38" in out


def test_pay_status_remove(cli, imported):
    code, out, _ = cli("pay", "car", "--date", "2025-03-15", "--amount", "1066.19")
    assert code == 0 and out.startswith("recorded 1,066.19 CNY on 2025-03-15 for car")
    assert cli("status", "bt", "disputed")[1] == "bt: disputed\n"
    assert cli("remove", "visa")[0] == 0
    exported = json.loads(cli("export")[1])
    assert [i["id"] for i in exported["items"]] == ["car", "bt"]
    assert exported["items"][1]["status"] == "disputed"
    assert len(exported["items"][0]["payments"]) == 2


def test_add_gives_an_id_when_none_is_given(cli, imported):
    item = {"name": "Phone", "kind": "installment", "principal": "4999", "start": "2025-05-01",
            "term": 6}
    code, out, _ = cli("add", "-", stdin=json.dumps(item))
    assert (code, out) == (0, "added item-4: Phone\n")


@pytest.mark.parametrize(("args", "words"), [
    (("pay", "car", "--date", "2025-02-30", "--amount", "10"), ["--date", "2025-02-30"]),
    (("pay", "car", "--date", "2025-03-15", "--amount", "-5"), ["--amount"]),
    (("pay", "car", "--date", "2025-03-15", "--amount", "1.001"), ["--amount", "decimals"]),
    (("pay", "car", "--date", "2024-12-31", "--amount", "5"), ["--date", "before"]),
    (("pay", "nothing", "--date", "2025-03-15", "--amount", "5"), ["no item 'nothing'"]),
    (("remove", "nothing"), ["no item 'nothing'"]),
    (("status", "car", "lost"), ["invalid choice"]),
    (("restore", "no-such-backup.db"), ["no such backup"]),
])
def test_bad_input_is_refused_and_changes_nothing(cli, imported, args, words):
    before = cli("export")[1]
    _refused(cli(*args), *words)
    assert cli("export")[1] == before


def test_a_bad_import_is_refused_whole(cli, imported, tmp_path):
    before = cli("export")[1]
    bad = json.loads(json.dumps(PORTFOLIO))
    bad["items"].append({"id": "new", "name": "New", "kind": "loan", "principal": "100",
                         "start": "2025-01-01", "term": 0, "rate": {"annual": "0.1"}})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad))
    _refused(cli("import", str(path)), "items[3].term")
    assert cli("export")[1] == before


def test_a_full_card_number_is_refused_and_nothing_is_created(cli, data_dir):
    item = {"name": "Visa", "notes": "4111 1111 1111 1111", "kind": "card", "balance": "100",
            "start": "2025-01-01", "rate": {"annual": "0.2"}}
    _refused(cli("add", "-", stdin=json.dumps(item)), "notes", "full card number")
    assert not data_dir.exists()  # bad input leaves no trace, not even an empty profile


def test_export_csv_escapes_formulas(cli, imported):
    code, out, _ = cli("export", "--format", "csv", "--today", "2025-04-20")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows[1]["name"] == "'=cmd|' /C calc'!A0"
    code, out, _ = cli("export", "--format", "csv", "--schedules", "--today", "2025-04-20")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["item_id"] for r in rows} >= {"car", "bt"}
    assert all(not r["item_name"].startswith("=") for r in rows)


def test_export_ics_to_a_file(cli, imported, tmp_path):
    target = tmp_path / "due.ics"
    code, out, _ = cli("export", "--format", "ics", "--today", "2025-04-20", "-o", str(target))
    assert (code, out) == (0, "")
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    car = sorted(e.decoded("dtstart").isoformat() for e in events
                 if str(e["uid"]).startswith("car-"))
    # Due dates from "today" on: 15 May 2025 to 15 January 2026; past ones are not listed.
    assert (car[0], car[-1], len(car)) == ("2025-05-15", "2026-01-15", 9)


def test_backup_backups_restore(cli, imported, data_dir):
    code, out, _ = cli("backup")
    assert code == 0 and out.startswith("backed up to ")
    listed = json.loads(cli("backups", "--json")[1])
    manual = next(b for b in listed if b["kind"] == "manual")
    assert cli("remove", "car")[0] == 0
    code, out, _ = cli("restore", manual["name"])
    assert code == 0 and "the previous database is kept as" in out
    assert [i["id"] for i in json.loads(cli("export")[1])["items"]][0] == "car"


def test_a_damaged_database_names_itself_and_the_backup(cli, imported, data_dir):
    cli("backup")
    db = data_dir / "profiles" / "default" / "planner.db"
    db.write_bytes(db.read_bytes()[:4096])
    before = db.read_bytes()
    _refused(cli("list"), str(db), "cannot be read", "planner restore manual-")
    assert db.read_bytes() == before


def test_a_missing_database_advises_the_restore_of_that_very_profile(cli, imported, data_dir):
    """Issue 16: the refusal's advice, copied as printed, restores the profile refused, in the
    folder given (it used to say only 'planner restore auto-….db', which run as it stood
    acted on the default profile in the default folder)."""
    import shlex

    cli("backup")
    db = data_dir / "profiles" / "default" / "planner.db"
    db.unlink()
    code, out, err = cli("list", "--profile", "default")
    _refused((code, out, err), str(db), "is missing", "restore it with: planner restore ")
    advice = shlex.split(err.split("restore it with: ")[1])
    assert advice[:2] == ["planner", "restore"] and advice[3:] == [
        "--data-dir", str(data_dir), "--profile", "default"]
    assert cli(*advice[1:])[0] == 0  # as typed (the fixture's own --data-dir comes first)
    assert [i["id"] for i in json.loads(cli("export")[1])["items"]][0] == "car"


def test_without_a_keyring_the_passphrase_opens_the_profile(no_keyring_cli, data_dir,
                                                            monkeypatch):
    cli = no_keyring_cli
    assert cli("import", "-", stdin=json.dumps(PORTFOLIO))[0] == 0
    record = json.loads((data_dir / "profiles" / "default" / "keysource.json").read_text())
    assert record["source"] == "passphrase"
    assert cli("list")[0] == 0
    monkeypatch.setenv("PLANNER_PASSPHRASE", "not it at all")
    _refused(cli("list"), "wrong passphrase for profile 'default'")
    monkeypatch.delenv("PLANNER_PASSPHRASE")
    _refused(cli("list"), "set PLANNER_PASSPHRASE or run in a terminal")


def test_profiles_are_separate_and_only_import_or_add_creates_one(cli, imported, data_dir):
    _refused(cli("--profile", "demo", "list"), "there is no profile 'demo'")
    assert not (data_dir / "profiles" / "demo").exists()
    empty = {"format": "planner-portfolio", "version": 1, "items": []}
    assert cli("--profile", "demo", "import", "-", stdin=json.dumps(empty))[0] == 0
    assert cli("--profile", "demo", "list")[1].startswith("no items yet")
    assert len(json.loads(cli("list", "--json")[1])) == 3  # the default profile is untouched
    _refused(cli("--profile", "../etc", "list"), "profile")


def test_the_real_command_line_gives_one_line_and_exit_2(tmp_path):
    """The same contract through ``python -m planner``, with keyring's fail backend."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PLANNER_DATA_DIR": str(tmp_path)}
    env.pop("PLANNER_PASSPHRASE", None)
    out = subprocess.run([sys.executable, "-m", "planner", "add", "-"], env=env,
                         text=True, capture_output=True, timeout=60,
                         input=json.dumps(PORTFOLIO["items"][0]))
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr == ("planner: profile 'default' needs a passphrase (no system keyring): "
                          "set PLANNER_PASSPHRASE or run in a terminal\n")
    env["PLANNER_PASSPHRASE"] = PHRASE
    out = subprocess.run([sys.executable, "-m", "planner", "import", "-"], env=env, text=True,
                         capture_output=True, input=json.dumps(PORTFOLIO), timeout=60)
    assert (out.returncode, out.stderr) == (0, "")
    env["PLANNER_PASSPHRASE"] = "wrong passphrase"
    out = subprocess.run([sys.executable, "-m", "planner", "list"], env=env, text=True,
                         capture_output=True, timeout=60)
    assert (out.returncode, out.stdout) == (2, "")
    assert out.stderr == "planner: wrong passphrase for profile 'default'\n"
