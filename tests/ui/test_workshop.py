"""The workshop in the app: predict-then-reveal (a question's answer hidden while guesses are
typed, then revealed with its explanation and how far each guess was), a scenario file opened
from the picker (checked when opened), the profile saved as an anonymised scenario of one's
own, and handouts written from the File menu."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from planner.content.scenarios import load_scenario, load_scenario_file, scenario_file_json
from planner.core.portfolio import Portfolio
from planner.core.questions import answer
from planner.text.explain import render
from planner.text.workshop import answer_text
from planner.ui.main_window import MainWindow
from tests.ui.conftest import open_window

NAME = "monthly-fee-trap"


def _window(qtbot, settings, session) -> MainWindow:
    return open_window(qtbot, settings, session)


def _open(qtbot, window: MainWindow, name: str = NAME) -> None:
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert window.scenario_mode.open(name)


def _now(window: MainWindow) -> tuple[Portfolio, object]:
    session = window.session
    return Portfolio(session.household, session.items()), session.today()


def test_predict_then_reveal(qtbot, settings, session) -> None:
    window = _window(qtbot, settings, session)
    assert not window.actions.predict.isVisible()  # no scenario, no questions
    _open(qtbot, window)
    assert window.actions.predict.isVisible()
    window.actions.predict.trigger()
    dock = window.scenario_mode.predict
    assert dock.isVisible() and not dock.revealed
    assert dock.cover.text() == "What do you think?"
    assert dock.question.count() == len(window.scenario_mode.scenario.guide.questions)
    dock.set_guess(0, "13%", "Table 1")
    dock.set_guess(1, "7.2", "Table 2")
    dock.set_guess(2, "twenty", "Table 3")
    assert dock.reveal() and dock.revealed
    portfolio, today = _now(window)
    expected = answer(window.scenario_mode.scenario.guide.answers[0], portfolio, today)
    assert dock.figure.text() == answer_text(expected, "en") == "13.03%"
    assert render(expected.explanations[0], "en").splitlines()[0] in \
        dock.explanation.toPlainText()
    near, far, unread = (dock.guesses.item(r, 2).text() for r in range(3))
    assert near.startswith("0.03 points too low") and "nearest" in near
    assert far.startswith("5.83 points too low") and "nearest" not in far
    assert unread == "cannot read this guess"
    dock.hide_answer(clear=True)
    assert not dock.revealed and dock.guesses.item(0, 1).text() == ""


def test_a_choice_takes_the_options_number_and_answers_for_the_profile_now(
        qtbot, settings, session) -> None:
    from dataclasses import replace

    from planner.ui import undo

    window = _window(qtbot, settings, session)
    _open(qtbot, window)
    dock = window.scenario_mode.predict
    dock.question.setCurrentIndex(dock.question.findData("cheaper"))
    assert "1. Phone on a card installment" in dock.cover.text()
    dock.set_guess(0, "2")
    dock.set_guess(1, "phone")
    dock.reveal()
    assert dock.figure.text() == "Bank consumer loan"
    assert dock.guesses.item(0, 2).text().startswith("right")
    assert dock.guesses.item(1, 2).text() == "not this one"
    # the answer follows the profile: a loan at 30% makes the installment the cheaper
    loan = window.session.item("bank-loan")
    dearer = replace(loan, product=loan.product.with_changes(
        rate=replace(loan.product.rate, value=loan.product.rate.value * 5)))
    undo.edit_item(window.session, loan, dearer)
    dock.reveal()
    assert dock.figure.text() == "Phone on a card installment"


def test_the_picker_opens_a_scenario_file_and_refuses_a_bad_one(qtbot, settings, session,
                                                                 tmp_path: Path,
                                                                 monkeypatch) -> None:
    from planner.ui.dialogs.scenario_dialog import ScenarioPicker

    bundled = load_scenario("prepay-or-not")
    good = tmp_path / "ours.json"
    good.write_text(json.dumps(scenario_file_json("ours", bundled.guide, bundled.data),
                               ensure_ascii=False), "utf-8")
    bad = tmp_path / "bad.json"
    broken = scenario_file_json("ours", bundled.guide, bundled.data)
    broken["guide"]["answers"][1]["item"] = "yacht"
    bad.write_text(json.dumps(broken), "utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    picker = ScenarioPicker([], None)
    qtbot.addWidget(picker)
    assert not picker.choose_file(str(bad)) and picker.loaded is None
    assert "bad.json.guide.answers[1].item" in said[0] and "yacht" in said[0]
    assert picker.choose_file(str(good)) and picker.loaded.name == "ours"

    window = _window(qtbot, settings, session)
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert window.scenario_mode.open_file(good)
    mode = window.scenario_mode
    assert mode.scenario.source == good and mode.guide.title.text() == \
        bundled.guide.text("title", "en")
    assert [i.id for i in window.session.items()] == [i.id for i in bundled.portfolio.items]
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert mode.reset()  # back to the file's own start
    assert mode.scenario.source == good


def test_the_profile_saved_as_an_anonymised_scenario(qtbot, settings, session,
                                                     tmp_path: Path) -> None:
    from planner.ui.dialogs.scenario_save_dialog import ScenarioSaveDialog, save_scenario

    window = _window(qtbot, settings, session)
    own = window.session.items()
    dialog = ScenarioSaveDialog(Portfolio(window.session.household, own),
                                window.session.today())
    qtbot.addWidget(dialog)
    dialog.title_en.setText("")
    dialog.title_zh.setText("")
    dialog.accept()  # no title: refused, saying which field
    assert "title" in dialog.error.text() and dialog.result() == 0
    dialog.title_en.setText("Our household")
    dialog.summary_zh.setPlainText("我们家的借款")
    dialog.questions.item(0, 3).setText("What is the true rate of the {item} over {term}?")
    dialog.accept()  # a placeholder the answer has not
    assert "{term}" in dialog.error.text() and dialog.result() == 0
    dialog.questions.item(0, 3).setText("What is the true rate of the {item}?")
    text = json.dumps(dialog.file_json(), ensure_ascii=False)
    for item in own:
        assert item.name not in text and (not item.lender or item.lender not in text)
    assert window.session.household.name not in text

    path = save_scenario(window, tmp_path / "ours.json")  # the dialog's defaults, saved
    assert path is not None
    saved = load_scenario_file(path)
    before = sorted(i.product.principal for i in own)
    assert sorted(i.product.principal for i in saved.portfolio.items) == before
    assert saved.guide.questions and all(a.explanations for a in saved.answers())
    with qtbot.waitSignal(window.ready, timeout=20000):
        assert window.scenario_mode.open_file(path)
    assert len(window.session.items()) == len(own)


def test_an_open_scenarios_guide_is_saved_with_it(qtbot, settings, session,
                                                  tmp_path: Path) -> None:
    from planner.ui.dialogs.scenario_save_dialog import save_scenario

    window = _window(qtbot, settings, session)
    _open(qtbot, window, "avalanche-vs-snowball")
    path = save_scenario(window, tmp_path / "mine.json")
    mine = load_scenario_file(path)
    original = load_scenario("avalanche-vs-snowball")
    assert mine.guide.title == original.guide.title
    assert [a.kind for a in mine.guide.answers] == [a.kind for a in original.guide.answers]
    ids = {old.id: new.id for old, new in zip(original.portfolio.items, mine.portfolio.items,
                                              strict=True)}
    assert [a.value for a in mine.answers()] == \
        [ids.get(a.value, a.value) for a in original.answers()]


def test_handouts_from_the_file_menu(qtbot, settings, session, tmp_path: Path) -> None:
    from planner.ui.dialogs.handout_dialog import HandoutDialog, run_in_turn
    from planner.ui.reporting import run_report

    window = _window(qtbot, settings, session)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions.handouts in file_menu.actions()
    assert window.actions.save_scenario in file_menu.actions()
    dialog = HandoutDialog([(NAME, "The monthly-fee trap"), ("prepay-or-not", "Prepay")], NAME,
                           parent=window)
    qtbot.addWidget(dialog)
    dialog.groups.setValue(6)
    dialog.seed.setValue(3)
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.folder.setText(str(tmp_path))
    requests = dialog.requests()
    assert [r[1].name for r in requests] == [f"{NAME}-worksheet-6-groups-both.pdf",
                                             f"{NAME}-answers-6-groups-both.pdf"]
    args = requests[0][0]
    assert args[:3] == ["handout", NAME, "--kind"] and args[3] == "worksheet"
    assert args[args.index("--variants") + 1] == "6" and args[args.index("--seed") + 1] == "3"
    assert args[args.index("--paper") + 1] == "letter"
    dialog.answers.setChecked(False)
    dialog.groups.setValue(2)
    processes = run_in_turn(window, dialog.requests(), run_report)
    qtbot.waitUntil(lambda: (tmp_path / f"{NAME}-worksheet-2-groups-both.pdf").exists(),
                    timeout=60000)
    processes[0].waitForFinished(60000)
    assert processes[0].exitCode() == 0


def test_the_workshop_controls_are_named_and_tab_leaves_their_tables(qtbot, settings,
                                                                     session) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox

    from planner.ui.dialogs.handout_dialog import HandoutDialog
    from planner.ui.dialogs.scenario_save_dialog import ScenarioSaveDialog

    window = _window(qtbot, settings, session)
    _open(qtbot, window)
    save = ScenarioSaveDialog(Portfolio(window.session.household, window.session.items()),
                              window.session.today(), window.scenario_mode.scenario.guide)
    handouts = HandoutDialog([(NAME, "x")], NAME)
    qtbot.addWidget(save)
    qtbot.addWidget(handouts)
    for widget in (window.scenario_mode.predict, save, handouts):
        controls = [c for kind in (QComboBox, QLineEdit, QSpinBox, QAbstractItemView)
                    for c in widget.findChildren(kind)]
        assert controls
        for control in controls:
            if isinstance(control.parent(), QComboBox | QSpinBox) or \
                    isinstance(control.parent().parent(), QComboBox) or \
                    not control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue  # the parts of a combo box or spin box, spoken with it; headers
            spoken = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Name)
            assert spoken.strip(), (type(widget).__name__, type(control).__name__)
            if isinstance(control, QAbstractItemView) and not isinstance(control.parent(),
                                                                         QComboBox):
                assert not control.tabKeyNavigation()


def test_the_app_starts_on_a_scenario_file(qapp, tmp_path: Path, monkeypatch) -> None:
    from argparse import Namespace

    from planner.ui import opening

    bundled = load_scenario("balloon-payment")
    path = tmp_path / "ours.json"
    path.write_text(json.dumps(scenario_file_json("ours", bundled.guide, bundled.data)), "utf-8")
    args = Namespace(demo=False, scenario=str(path), data_dir=str(tmp_path / "data"),
                     profile="home")
    session, demo = opening.open_session(args, None)
    try:
        assert demo.scenario.name == "ours" and demo.scenario.source == path
        assert [i.id for i in session.items()] == [i.id for i in bundled.portfolio.items]
    finally:
        session.wait_for_recompute()
        demo.cleanup()
    broken = json.loads(path.read_text("utf-8"))
    broken["guide"]["questions"][0]["en"] = "How much is {nothing}?"
    path.write_text(json.dumps(broken), "utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    assert opening.open_session(args, None) is None
    assert "ours.json.guide.questions[0].en" in said[0] and "{nothing}" in said[0]


def test_predict_then_reveal_in_presenter_mode(qtbot, settings, session) -> None:
    """The projector's case: presenter mode on, the figure hidden, guesses typed, then revealed
    in the larger type (the reveal was tested only in the normal window)."""
    window = _window(qtbot, settings, session)
    _open(qtbot, window)
    window.actions.predict.trigger()
    dock = window.scenario_mode.predict
    normal = dock.cover.fontInfo().pointSizeF()
    window.presenter.set_active(True)
    try:
        assert dock.isVisible() and dock.cover.text() == "What do you think?"
        assert dock.cover.fontInfo().pointSizeF() > normal
        assert not dock.revealed
        dock.set_guess(0, "13%", "Table 1")
        assert dock.reveal() and dock.figure.text() == "13.03%"
        assert dock.figure.fontInfo().pointSizeF() > normal
    finally:
        window.presenter.set_active(False)
