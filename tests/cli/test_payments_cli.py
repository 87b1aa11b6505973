"""Payments move what is owed (issue 19), as a user types them: money paid ahead lowers what
``list`` shows left, more than everything owed is refused naming the payoff amount, exactly the
payoff amount pays the item off, and global options are taken after the command too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from planner.cli import main

PHRASE = "payments passphrase"
# 6,000 in 12 with a 0.5% monthly fee on the original amount: 500 + 30 = 530 a month. It
# starts in the future, so ``pay`` reports the position on the payment's own day.
PLAN = {"id": "phone", "name": "phone", "kind": "installment", "principal": "6000",
        "start": "2031-01-10", "term": 12, "rate": {"monthly_fee": "0.005"}}


@pytest.fixture
def cli(tmp_path: Path, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN), encoding="utf-8")
    data = str(tmp_path / "data")

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        try:
            code = main([*args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    # the data folder given after the command, as people type it
    assert run("add", str(plan), "--data-dir", data)[0] == 0
    return lambda *args: run("--data-dir", data, *args)


def _position(cli, today: str) -> dict:
    code, out, _ = cli("list", "--json", "--today", today)
    assert code == 0
    return json.loads(out)[0]


def test_a_payment_on_the_start_day_lowers_what_is_left(cli) -> None:
    code, out, _ = cli("pay", "phone", "--date", "2031-01-10", "--amount", "530")
    assert code == 0 and "left 5,500.00; paid ahead 530.00" in out
    code, out, _ = cli("list", "--today", "2031-01-10")
    row = out.splitlines()[1].split()
    assert row[6:8] == ["5,500.00", "530.00"]  # LEFT, PAID AHEAD (AMOUNT is two words)
    position = _position(cli, "2031-01-10")["position"]
    assert position["remaining_principal"] == "5500.00"
    assert position["next_due"] == "2031-03-10" and position["payoff"] == "5500.00"


def test_more_than_everything_owed_is_refused_naming_the_payoff(cli) -> None:
    code, out, err = cli("pay", "phone", "--date", "2031-01-10", "--amount", "99999")
    assert (code, out) == (2, "")
    assert err == ("planner: --amount: 99,999.00 CNY is more than everything owed on "
                   "2031-01-10: 6,000.00 CNY pays it off\n")
    assert _position(cli, "2031-01-10")["payments"] == []  # nothing recorded


def test_exactly_the_payoff_amount_pays_the_item_off(cli) -> None:
    assert cli("pay", "phone", "--date", "2031-02-10", "--amount", "530")[0] == 0
    payoff = _position(cli, "2031-03-02")["position"]["payoff"]
    assert payoff == "5500.00"  # the principal left; a fee plan accrues nothing between dues
    code, out, _ = cli("pay", "phone", "--date", "2031-03-02", "--amount", payoff)
    assert code == 0 and out.rstrip().endswith("left 0.00; paid off")
    item = _position(cli, "2031-03-02")
    assert item["status"] == "paid_off"
    assert item["position"]["remaining_principal"] == "0.00"
    assert item["position"]["next_due"] is None
    # once paid off, any further payment is refused
    code, _, err = cli("pay", "phone", "--date", "2031-03-05", "--amount", "1")
    assert code == 2 and "nothing is owed on 2031-03-05: the item is paid off" in err
