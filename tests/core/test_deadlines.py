"""Due dates of requests: one month, month ends, leap years, weekends and French holidays."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.deadlines import due_date, is_working_day


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 3, 10), date(2026, 4, 10)),  # a plain Friday
        (date(2026, 1, 31), date(2026, 3, 2)),  # no 31 Feb: 28 Feb 2026 is a Saturday -> Monday
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year: the month's last day, a Thursday
        (date(2025, 1, 29), date(2025, 2, 28)),  # 29 Feb does not exist in 2025 -> 28 Feb, Friday
        (date(2026, 10, 31), date(2026, 11, 30)),  # 31 Nov does not exist -> 30 Nov, Monday
        (date(2026, 6, 14), date(2026, 7, 15)),  # 14 July (holiday) -> Wednesday 15
        (date(2026, 4, 1), date(2026, 5, 4)),  # 1 May (holiday, Friday) -> Monday 4 May
        (date(2026, 3, 6), date(2026, 4, 7)),  # 6 April 2026 is Easter Monday -> Tuesday
        (date(2026, 11, 30), date(2026, 12, 30)),  # 30 Dec 2026, a Wednesday
        (date(2026, 12, 25), date(2027, 1, 25)),  # across a year end
    ],
)
def test_one_month_then_the_next_working_day(received: date, due: date) -> None:
    assert due_date(received) == due


def test_an_extension_adds_up_to_two_months() -> None:
    assert due_date(date(2026, 3, 10), extension_months=2) == date(2026, 6, 10)
    assert due_date(date(2023, 11, 30), extension_months=2) == date(2024, 2, 29)  # leap day
    with pytest.raises(ValueError):
        due_date(date(2026, 3, 10), extension_months=3)


def test_working_days_exclude_weekends_and_french_holidays() -> None:
    assert is_working_day(date(2026, 11, 30))
    assert not is_working_day(date(2026, 11, 29))  # Sunday
    assert not is_working_day(date(2026, 11, 11))  # Armistice
    assert not is_working_day(date(2026, 5, 14))  # Ascension 2026
