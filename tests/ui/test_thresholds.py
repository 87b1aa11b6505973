"""The stress thresholds in Settings: edited as typed, refused with a reason, saved to the
household's ``extra["thresholds"]`` as one undoable step that the Stress page follows."""

from __future__ import annotations

from decimal import Decimal

from planner.core.stress import Thresholds
from planner.ui.pages.settings_page import SettingsPage
from planner.ui.pages.stress_page import StressPage


def _pages(qtbot, session):
    settings, stress = SettingsPage(session), StressPage(session)
    qtbot.addWidget(settings)
    qtbot.addWidget(stress)
    return settings, stress


def test_a_threshold_edit_is_saved_and_undone(qtbot, session) -> None:
    settings, stress = _pages(qtbot, session)
    box = settings.thresholds
    edit, _field = box.edits["dti_caution"]
    assert edit.text() == "" and edit.placeholderText() == "36"
    assert not box.apply_button.isEnabled()  # nothing changed yet
    edit.setText("40")
    assert box.apply_button.isEnabled()
    box.apply()
    assert session.household.extra["thresholds"] == {"dti_caution": "0.4"}
    assert stress.report.thresholds == Thresholds(dti_caution=Decimal("0.4"))
    assert stress.warnings.detail.rule.text() == \
        "Debt payments in a month above 40% of monthly income"
    assert session.undo_stack.undoText() == "Change the stress thresholds"
    session.undo_stack.undo()
    assert "thresholds" not in session.household.extra
    assert edit.text() == ""
    assert stress.report.thresholds == Thresholds()
    session.undo_stack.redo()
    assert edit.text() == "40"


def test_a_wrong_threshold_is_refused_with_a_reason(qtbot, session) -> None:
    settings, _stress = _pages(qtbot, session)
    box = settings.thresholds
    edit, field = box.edits["stacking_plans"]
    edit.setText("2.5")
    assert field.error == "Enter a whole number from 1 to 100."
    assert not box.apply_button.isEnabled()
    edit.setText("4")
    assert field.error == "" and box.apply_button.isEnabled()
    danger, danger_field = box.edits["dti_danger"]
    danger.setText("30")  # below the 36% caution line
    assert danger_field.error == "The danger line must not be below the caution line."
    assert not box.apply_button.isEnabled()
    box.edits["dti_caution"][0].setText("25")
    assert danger_field.error == "" and box.apply_button.isEnabled()
    box.edits["cluster_share"][0].setText("-5")
    assert box.edits["cluster_share"][1].error == "Enter a percentage above 0 (36 for 36%)."


def test_back_to_the_defaults(qtbot, session) -> None:
    settings, stress = _pages(qtbot, session)
    box = settings.thresholds
    box.edits["apr_cap"][0].setText("20")
    box.edits["balloon_income_multiple"][0].setText("1.5")
    box.apply()
    assert session.household.extra["thresholds"] == {"apr_cap": "0.2",
                                                      "balloon_income_multiple": "1.5"}
    assert all(w.code != "high_cost_credit" for w in stress.report.warnings)  # all below 20%
    box.restore_defaults()
    box.apply()
    assert "thresholds" not in session.household.extra
    assert sum(w.code == "high_cost_credit" for w in stress.report.warnings) == 3


def test_thresholds_reach_the_encrypted_store(qtbot, store_session) -> None:
    settings = SettingsPage(store_session)
    qtbot.addWidget(settings)
    settings.thresholds.edits["minimum_payoff_months"][0].setText("24")
    settings.thresholds.apply()
    profile = store_session.backend.profile
    assert profile.household().extra["thresholds"] == {"minimum_payoff_months": 24}


def test_the_whole_number_ranges_are_the_engines() -> None:
    from planner.core.stress import thresholds as core
    from planner.ui.pages.thresholds_form import WHOLE

    assert {k: high for k, (_low, high) in core._WHOLE.items()} == WHOLE
