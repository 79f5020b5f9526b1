"""The calendar arithmetic of the statutes (core.dates), against ``members.rules.age_on``."""

from datetime import date, timedelta

import pytest

from core.dates import add_months, add_years, latest_birth_date
from members.rules import age_on


@pytest.mark.parametrize(
    "day, years, expected",
    [
        pytest.param(date(2026, 3, 31), -18, date(2008, 3, 31), id="same-day"),
        pytest.param(date(2024, 2, 29), -6, date(2018, 2, 28), id="29-february-to-a-year-without-it"),
        pytest.param(date(2024, 2, 29), 4, date(2028, 2, 29), id="29-february-to-a-leap-year"),
        pytest.param(date(2025, 12, 31), 2, date(2027, 12, 31), id="end-of-year"),
    ],
)
def test_add_years(day, years, expected):
    assert add_years(day, years) == expected


@pytest.mark.parametrize(
    "on",
    [
        pytest.param(date(2027, 6, 30), id="art17-roll-closing-end-of-june"),
        pytest.param(date(2026, 3, 31), id="art17-roll-closing-end-of-march-31st"),
        pytest.param(date(2025, 12, 31), id="art17-roll-closing-end-of-december"),
        pytest.param(date(2028, 2, 29), id="29-february-closing-day"),
        pytest.param(date(2026, 2, 28), id="28-february-born-29-february"),
    ],
)
def test_latest_birth_date_agrees_with_age_on_around_the_18th_birthday(on):
    latest = latest_birth_date(18, on)
    # every birth date in the two weeks around the boundary: adult exactly when born on or before it
    for offset in range(-7, 8):
        birth = latest + timedelta(days=offset)
        assert (age_on(birth, on) >= 18) == (birth <= latest), (birth, on)


@pytest.mark.parametrize(
    "day, months, expected",
    [
        pytest.param(date(2026, 3, 15), 6, date(2026, 9, 15), id="same-day"),
        pytest.param(date(2025, 8, 31), 6, date(2026, 2, 28), id="31-august-to-february"),
        pytest.param(date(2023, 8, 31), 6, date(2024, 2, 29), id="31-august-to-a-leap-february"),
        pytest.param(date(2026, 8, 31), -6, date(2026, 2, 28), id="backwards-to-february"),
        pytest.param(date(2026, 1, 31), -1, date(2025, 12, 31), id="across-the-year"),
        pytest.param(date(2026, 12, 15), 1, date(2027, 1, 15), id="into-next-year"),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected
