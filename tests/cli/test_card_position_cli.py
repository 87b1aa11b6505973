"""A card with recorded payments reads the same in ``planner list``, ``stress``, ``plan``,
``calendar`` and ``export --format ics``: its statements replayed from the money paid
(planner.core.card_tracking), in a passphrase profile in a temporary data directory."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest

from planner.cli import main

D = Decimal
TODAY = ["--today", "2025-06-01"]
# 12,000 on Mar 5 2025 at 0.05% a day (CNY: due 25 days after each statement, minimum 10%).
# Mar 5: 12,000, minimum 1,200 paid on Mar 28. Interest 12,000 x 0.0005 x 25 + 10,800 x 0.0005
#   x 6 (Mar 30 to Apr 5) = 150 + 32.40 = 182.40.
# Apr 5: 10,982.40, minimum 1,098.24, 500 paid on Apr 20: 598.24 overdue since Apr 30.
#   Interest 10,982.40 x 0.0125 + 10,482.40 x 0.0025 = 137.28 + 26.206 -> 163.49.
# May 5: 10,645.89, minimum 1,064.59, nothing paid by May 30: 598.24 + 1,064.59 = 1,662.83
#   overdue, 2 statements missed. Interest 10,645.89 x (0.0125 + 0.003) = 165.01.
# Jun 1 (today): the Jun 5 statement is not out, so 10,645.89 is owed; it will be 10,810.90,
#   minimum 1,081.09 due Jun 30.
CARD = {"id": "visa", "name": "Visa", "kind": "card", "balance": "12000",
        "start": "2025-03-05", "rate": {"daily": "0.0005"},
        "payments": [{"date": "2025-03-28", "amount": "1200"},
                     {"date": "2025-04-20", "amount": "500"}]}
PORTFOLIO = {"format": "planner-portfolio", "version": 1,
             "profile": {"currency": "CNY", "monthly_income": "20000",
                         "essential_expenses": "8000", "cash_buffer": "5000"},
             "items": [CARD]}
OWED, OVERDUE, NEXT = D("10645.89"), D("1662.83"), (date(2025, 6, 30), D("1081.09"))


@pytest.fixture
def cli(data_dir: Path, no_keyring, fast_scrypt, monkeypatch, capsys, tmp_path):
    """``planner --data-dir D ARGS`` in this process, the profile keyed by a passphrase."""
    monkeypatch.setenv("PLANNER_PASSPHRASE", "card tracking passphrase")

    def run(*args: str) -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(PORTFOLIO), encoding="utf-8")
    run("import", str(path))
    return run


def test_list_shows_the_replayed_position(cli):
    [item] = json.loads(cli("list", "--json", *TODAY))
    position = item["position"]
    assert D(position["remaining_principal"]) == OWED
    assert (D(position["overdue"]), position["overdue_since"], position["missed"]) == (
        OVERDUE, "2025-04-30", 2)
    assert (position["next_due"], D(position["next_amount"])) == ("2025-06-30", NEXT[1])
    row = cli("list", *TODAY).splitlines()[1].split()
    assert row[6:] == ["10,645.89", "1,662.83", "2025-06-30", "1,081.09"]


def test_stress_plan_calendar_and_ics_agree_with_list(cli):
    stress = json.loads(cli("stress", "--json", *TODAY))
    june = stress["months"][0]
    assert june["month"] == "2025-06"
    assert D(june["by_item"]["visa"]) == OVERDUE + NEXT[1]  # overdue today + due Jun 30
    balances = {D(w["detail"]["balance"]) for w in stress["warnings"]
                if w["code"] == "high_cost_credit"}
    assert balances == {OWED}

    plan = json.loads(cli("plan", "--budget", "3000", "--json", *TODAY))
    first = plan["months"][0]  # a month's end = today's balance + its interest - its payment
    assert D(first["balances"]["visa"]) - D(first["interest"]) + D(first["payments"]["visa"]) \
        == OWED

    calendar = json.loads(cli("calendar", "--json", "--months", "3", *TODAY))
    assert (calendar[0]["date"], D(calendar[0]["amount"]), calendar[0]["kind"]) == (
        "2025-06-01", OVERDUE, "overdue")
    regular = [(date.fromisoformat(e["date"]), D(e["amount"])) for e in calendar[1:]]
    assert regular[0] == NEXT

    ics = icalendar.Calendar.from_ical(cli("export", "--format", "ics", *TODAY).encode())
    events = [(e.decoded("dtstart"), D(str(e["summary"]).split()[1]))
              for e in ics.walk("VEVENT")]
    assert events[0] == NEXT
    until = date(2025, 9, 1)  # the calendar's three months
    assert [e for e in events if e[0] < until] == regular
    assert len(events) > len(regular)  # the .ics goes on to the last payment
