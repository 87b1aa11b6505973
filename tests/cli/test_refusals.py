"""Issue 16: inputs that were internal errors (exit 1, a traceback's last line) are refused
cleanly: exit 2, one line on stderr naming the field or file, the offending value cut to 80
characters, nothing on stdout. And a fuzzer proves no input reaches exit 1."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main

PHRASE = "refusal passphrase"
PRODUCT = {"kind": "loan", "principal": "1000", "start": "2025-01-01", "term": 12,
           "rate": {"annual": "0.1"}}
LOAN = {"id": "car", "name": "Car", **PRODUCT}


@pytest.fixture
def cli(data_dir: Path, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("PLANNER_PASSPHRASE", PHRASE)

    def run(*args: str, stdin: str = "", data: Path | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(data or data_dir), *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _refused(result: tuple[int, str, str], *words: str, never: str = "") -> str:
    code, out, err = result
    assert code == 2 and out == "", (code, err)
    assert err.count("\n") == 1 and err.startswith("planner: "), err
    assert len(err) < 400, err
    for word in words:
        assert word in err, err
    if never:
        assert never not in err, err
    return err


def _portfolio(*items: dict, **extra) -> str:
    return json.dumps({"format": "planner-portfolio", "version": 1, "items": list(items),
                       **extra})


@pytest.mark.parametrize(("stdin", "words", "never"), [
    ("[" * 100_000 + "]" * 100_000, ["stdin", "nested"], ""),
    ('{"kind": "loan", "principal": ' + "9" * 5000 + "}", ["stdin", "thousands of digits"], ""),
    (json.dumps({**PRODUCT, "term": "9" * 3000}), ["term"], "9" * 100),
    (json.dumps({**PRODUCT, "term": 10 ** 3000}), ["term", "3001 digits"], "9" * 100),
    (json.dumps({**PRODUCT, "term": "²"}), ["term", "whole number"], ""),
    (json.dumps({**PRODUCT, "rate": {"daily": "1e999999"}}), ["rate.daily", "too large"], ""),
    (json.dumps({**PRODUCT, "principal": "1" * 5000}), ["principal"], "1" * 100),
    (json.dumps({**PRODUCT, "currency": "X" * 5000}), ["currency"], "X" * 100),
    (json.dumps({**PRODUCT, "Z" * 5000: 1}), ["is not a field"], "Z" * 100),
])
def test_bad_numbers_and_shapes_are_refused_in_one_line(cli, stdin, words, never):
    _refused(cli("calc", "-", stdin=stdin), *words, never=never)


@pytest.mark.parametrize(("late_fee", "words"), [
    ('{"daily": Infinity}', ["Infinity is not a JSON number"]),
    ('{"daily": NaN}', ["NaN is not a JSON number"]),
    ('{"daily": 1e999999}', ["late_fee.daily", "too large"]),
    ('{"min": ' + "7" * 400 + "}", ["late_fee.min", "15 significant digits"]),
    ('{"a": ' * 40 + "1" + "}" * 40, ["late_fee", "nested more than"]),
])
def test_bad_late_fee_rules_are_refused(cli, late_fee, words):
    item = ('{"name": "Plan", "kind": "installment", "principal": "600", "start": '
            '"2025-01-10", "term": 6, "late_fee": ' + late_fee + "}")
    _refused(cli("add", "-", stdin=item), *words)


def test_imported_thresholds_are_checked_like_typed_ones(cli, data_dir):
    text = _portfolio(LOAN, profile={"thresholds": {"dti_caution": "lots"}})
    _refused(cli("import", "-", stdin=text), "profile.thresholds.dti_caution")
    text = _portfolio(LOAN, profile={"thresholds": {"made_up": 1}})
    _refused(cli("import", "-", stdin=text), "profile.thresholds.made_up")
    assert not data_dir.exists()


def test_data_dir_naming_a_file_is_refused(cli, tmp_path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    for args in (("list",), ("import", "-"), ("backups",)):
        _refused(cli(*args, stdin=_portfolio(LOAN), data=a_file), "--data-dir",
                 "is a file, not a folder")
    assert a_file.read_text() == "x"


def test_export_output_into_a_missing_folder_or_onto_a_folder_is_refused(cli, tmp_path):
    assert cli("import", "-", stdin=_portfolio(LOAN))[0] == 0
    _refused(cli("export", "-o", str(tmp_path / "nowhere" / "x.json")), "--output",
             "does not exist")
    _refused(cli("export", "-o", str(tmp_path)), "--output", "is a folder")
    _refused(cli("report", "--kind", "portfolio", "-o", str(tmp_path / "no" / "r.pdf")),
             "--output", "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_corrupted_key_record_is_refused_in_one_line(cli, data_dir, no_keyring):
    assert cli("import", "-", stdin=_portfolio(LOAN))[0] == 0
    record = data_dir / "profiles" / "default" / "keysource.json"
    good = json.loads(record.read_text())
    for damage in ([b"\xff\xfe garbage"], ["[" * 5000 + "]" * 5000],
                   [json.dumps({**good, "n": 3})], [json.dumps({**good, "n": 2**20,
                                                                 "r": 2**20})],
                   [json.dumps({**good, "p": 10**6})], [json.dumps({**good, "salt": "zz"})]):
        content = damage[0]
        record.write_bytes(content if isinstance(content, bytes) else content.encode())
        _refused(cli("list"), str(record), "damaged")
        _refused(cli("import", "-", stdin=_portfolio(LOAN)), str(record), "damaged")


def test_the_damaged_database_message_is_one_line_with_the_path(cli, data_dir):
    assert cli("import", "-", stdin=_portfolio(*[{**LOAN, "id": f"i{n}", "name": "x" * 300}
                                                 for n in range(300)]))[0] == 0
    database = data_dir / "profiles" / "default" / "planner.db"
    content = bytearray(database.read_bytes())
    for page in range(3, len(content) // 4096):      # every page after the first few damaged
        content[page * 4096 + 100: page * 4096 + 200] = os.urandom(100)
    database.write_bytes(bytes(content))
    err = _refused(cli("list"), str(database), "cannot be read")
    assert "***" not in err


def _read_only_data_dir(tmp_path: Path):
    """A data folder the process cannot write: chmod for a normal user; root ignores modes,
    so there a read-only tmpfs (None when mounting is not allowed here)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return folder, lambda: folder.chmod(0o700)
    if shutil.which("mount") is None:
        return None, None
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        return None, None
    return folder, lambda: subprocess.run(["umount", str(folder)], check=False)


def test_a_read_only_data_folder_is_refused_in_one_line(cli, tmp_path):
    folder, undo = _read_only_data_dir(tmp_path)
    if folder is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root and can mount a read-only tmpfs")
        pytest.skip("cannot make a read-only folder here (root without mount)")
    try:
        _refused(cli("import", "-", stdin=_portfolio(LOAN), data=folder), str(folder),
                 "cannot be created")
    finally:
        undo()


# -- fuzz: no input reaches exit 1 ---------------------------------------------------------------

_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                  st.text(max_size=12),
                  st.sampled_from(["2025-01-01", "0.1", "1e999999", "-1", "²", "NaN",
                                   "4111 1111 1111 1111", "loan", "installment", "card",
                                   "credit_line", "monthly_fee", "annual", "daily"]))
_json = st.recursive(_leaf, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["kind", "principal", "balance", "start", "term", "rate",
                                     "annual", "monthly", "daily", "monthly_fee", "flat",
                                     "method", "fees", "late_fee", "currency", "name", "id",
                                     "payments", "date", "amount", "items", "format",
                                     "version", "profile", "thresholds", "strategy",
                                     "minimum_payment", "repayments", "first_payment",
                                     "frequency", "notes", "variable_rate"]),
                    inner, max_size=6)), max_leaves=20)


@st.composite
def _document(draw) -> str:
    value = draw(_json)
    if draw(st.booleans()):  # mostly well-formed products and portfolios, with one bad part
        base = dict(LOAN)
        base.update(draw(st.dictionaries(st.sampled_from(list(LOAN) + ["late_fee", "fees",
                                                                       "method"]), _leaf,
                                         max_size=2)))
        value = draw(st.sampled_from([base, {"format": "planner-portfolio", "version": 1,
                                             "items": [base]}, [base, value]]))
    return json.dumps(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(text=_document(), command=st.sampled_from(["calc", "add", "import", "compare",
                                                  "stress"]))
def test_no_fuzzed_input_is_an_internal_error(cli, text, command):
    code, out, err = cli(command, "-", stdin=text)
    assert code in (0, 2), err
    if code == 2:
        assert err.count("\n") == 1 and len(err) < 600, err


def test_a_report_that_fails_on_a_full_disk_leaves_no_file(tmp_path):
    """Fault injection at the Python level: the PDF writer fills the disk half way."""
    import errno

    from planner.commands.base import Refused
    from planner.commands.workshop import _write_atomically

    target = tmp_path / "report.pdf"

    def half_written(path: str) -> None:
        Path(path).write_bytes(b"%PDF-1.4 the portfolio in plain text...")
        raise OSError(errno.ENOSPC, "No space left on device", path)

    with pytest.raises(Refused, match="the disk is full"):
        _write_atomically(target, half_written)
    assert list(tmp_path.iterdir()) == []  # no PDF, no plaintext temporary copy
    _write_atomically(target, lambda path: Path(path).write_bytes(b"%PDF whole"))
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert target.stat().st_mode & 0o077 == 0
