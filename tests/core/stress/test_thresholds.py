"""Thresholds from the profile and the dated rate caps."""

from __future__ import annotations

from datetime import date

import pytest

from planner.core.errors import InputError
from planner.core.stress.caps import ONE_YEAR_LPR, one_year_lpr, rate_caps
from planner.core.stress.thresholds import Thresholds
from tests.core.stress.cases import D


def test_defaults_are_the_documented_lines():
    t = Thresholds()
    assert (t.dti_caution, t.dti_danger, t.cluster_window_days, t.cluster_share,
            t.stacking_plans, t.minimum_payoff_months, t.balloon_months) == (
        D("0.36"), D("0.50"), 5, D("0.25"), 3, 36, 6)


def test_profile_values_override_defaults():
    t = Thresholds.from_mapping({"dti_caution": "0.30", "stacking_plans": 5, "apr_cap": 0.2})
    assert (t.dti_caution, t.stacking_plans, t.apr_cap) == (D("0.30"), 5, D("0.2"))
    assert t.dti_danger == D("0.50")


@pytest.mark.parametrize(("data", "field"), [
    ({"dti": "0.3"}, "profile.thresholds.dti"),
    ({"dti_caution": "abc"}, "profile.thresholds.dti_caution"),
    ({"dti_caution": "-0.1"}, "profile.thresholds.dti_caution"),
    ({"stacking_plans": 2.5}, "profile.thresholds.stacking_plans"),
    ({"dti_caution": "0.6"}, "profile.thresholds.dti_danger"),
    ([1, 2], "profile.thresholds"),
])
def test_bad_thresholds_name_their_field(data, field):
    with pytest.raises(InputError) as caught:
        Thresholds.from_mapping(data)
    assert caught.value.field == field


def test_lpr_table_is_dated_and_ordered():
    dates = [d for d, _ in ONE_YEAR_LPR]
    assert dates == sorted(dates)
    assert one_year_lpr(date(2025, 5, 20)) == D("0.0300")
    assert one_year_lpr(date(2024, 10, 21)) == D("0.0310")
    assert one_year_lpr(date(2024, 7, 22)) == D("0.0335")
    assert one_year_lpr(date(2023, 8, 21)) == D("0.0345")
    assert one_year_lpr(date(2020, 8, 20)) == D("0.0385")  # 4 x 3.85% = the 15.4% of 2020


@pytest.mark.parametrize(("currency", "start", "caution", "danger"), [
    ("CNY", date(2025, 6, 1), D("0.12"), D("0.24")),
    ("CNY", date(2025, 1, 1), D("0.124"), D("0.24")),
    ("USD", date(2025, 1, 1), None, D("0.36")),
    ("GBP", date(2025, 1, 1), None, D("0.36")),
    ("JPY", date(2025, 1, 1), None, None),
])
def test_rate_caps_by_currency(currency, start, caution, danger):
    caps = rate_caps(currency, start)
    assert (caps.caution, caps.danger) == (caution, danger)


def test_user_cap_replaces_the_caution_line():
    caps = rate_caps("USD", date(2025, 1, 1), D("0.18"))
    assert (caps.caution, caps.danger) == (D("0.18"), D("0.36"))
    assert caps.sources[0] == "user-cap"
