"""The calendar arithmetic of the statutes (core.dates): tables named by article, and the rules that use it."""

from datetime import date, timedelta

import pytest

from core.dates import (
    add_months,
    add_years,
    age_in_year,
    age_on,
    anniversary,
    end_of_month,
    latest_birth_date,
    months_of_age,
    years_after_end_of_month,
)
from core.months import Month


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


@pytest.mark.parametrize(
    "birth, day, expected",
    [
        pytest.param(date(2008, 3, 31), date(2026, 3, 31), 18, id="art11-18-on-the-birthday"),
        pytest.param(date(2008, 3, 31), date(2026, 3, 30), 17, id="art11-17-the-day-before"),
        pytest.param(date(2008, 2, 29), date(2026, 2, 28), 17, id="art11-born-29-february-17-on-28-february"),
        pytest.param(date(2008, 2, 29), date(2026, 3, 1), 18, id="art11-born-29-february-18-on-1-march"),
        pytest.param(date(2008, 2, 29), date(2028, 2, 29), 20, id="born-29-february-leap-year-birthday"),
        pytest.param(date(2024, 6, 1), date(2026, 5, 31), 1, id="art11.2c-affiliated-not-yet-2-years"),
        pytest.param(date(2024, 6, 1), date(2026, 6, 1), 2, id="art11.2c-affiliated-2-years-on-the-day"),
    ],
)
def test_age_on(birth, day, expected):
    assert age_on(birth, day) == expected


@pytest.mark.parametrize(
    "birth, day, expected",
    [
        pytest.param(date(2026, 1, 15), date(2026, 4, 15), 3, id="art52-3-months-on-the-day"),
        pytest.param(date(2026, 1, 15), date(2026, 4, 14), 2, id="art52-2-months-the-day-before"),
        pytest.param(date(2026, 1, 31), date(2026, 4, 30), 2, id="art52-born-31st-not-yet-3-months-on-30-april"),
        pytest.param(date(2026, 1, 31), date(2026, 5, 1), 3, id="art52-born-31st-3-months-on-1-may"),
        pytest.param(date(2025, 11, 30), date(2026, 2, 28), 2, id="art52-across-the-year-end-february"),
        pytest.param(date(2025, 11, 30), date(2026, 3, 1), 3, id="art52-across-the-year-1-march"),
    ],
)
def test_months_of_age(birth, day, expected):
    assert months_of_age(birth, day) == expected


def test_months_of_age_agrees_with_add_months_backwards():
    """Born on or before ``add_months(day, -n)``: at least n months old, as ``latest_birth_date`` for years."""
    day = date(2026, 4, 30)
    latest = add_months(day, -3)
    for offset in range(-5, 6):
        birth = latest + timedelta(days=offset)
        assert (months_of_age(birth, day) >= 3) == (birth <= latest), birth


def test_age_in_year_counts_the_calendar_year():
    assert age_in_year(date(2008, 12, 31), date(2026, 1, 1)) == 18


@pytest.mark.parametrize(
    "day, years, expected",
    [
        pytest.param(date(2010, 3, 1), 15, date(2025, 3, 1), id="civil-code-15-same-day"),
        pytest.param(date(2008, 2, 29), 18, date(2026, 3, 1), id="art11-born-29-february-adult-on-1-march"),
        pytest.param(date(2008, 2, 29), 20, date(2028, 2, 29), id="29-february-to-a-leap-year"),
        pytest.param(date(2025, 12, 31), 1, date(2026, 12, 31), id="year-end"),
    ],
)
def test_anniversary_is_the_day_age_on_counts_the_years(day, years, expected):
    assert anniversary(day, years) == expected
    assert age_on(day, expected) == years
    assert age_on(day, expected - timedelta(days=1)) == years - 1


@pytest.mark.parametrize(
    "day, expected",
    [
        pytest.param(date(2026, 2, 10), date(2026, 2, 28), id="february"),
        pytest.param(date(2028, 2, 1), date(2028, 2, 29), id="leap-february"),
        pytest.param(date(2026, 12, 31), date(2026, 12, 31), id="year-end-on-the-31st"),
        pytest.param(date(2026, 4, 30), date(2026, 4, 30), id="30-day-month"),
    ],
)
def test_end_of_month(day, expected):
    assert end_of_month(day) == expected


@pytest.mark.parametrize(
    "day, years, expected",
    [
        pytest.param(date(2026, 3, 15), 2, date(2028, 3, 31), id="art42.4-2-years-after-the-end-of-march"),
        pytest.param(date(2024, 2, 29), 2, date(2026, 2, 28), id="art42.4-end-of-leap-february-to-28-february"),
        pytest.param(date(2026, 2, 1), 2, date(2028, 2, 29), id="art42.4-end-of-february-to-a-leap-february"),
        pytest.param(date(2025, 12, 31), 2, date(2027, 12, 31), id="art7-paid-on-31-december"),
        pytest.param(date(2026, 1, 31), 5, date(2031, 1, 31), id="art7-fraud-5-years"),
        pytest.param(date(2020, 3, 31), 5, date(2025, 3, 31), id="art8-2-contribution-prescribes-after-5-years"),
    ],
)
def test_years_after_end_of_month(day, years, expected):
    assert years_after_end_of_month(day, years) == expected
    assert years_after_end_of_month(day, years) == end_of_month(add_years(end_of_month(day), years))


# --- the rules that use them (each article's date written once) -------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        pytest.param(date(2026, 3, 15), id="mid-month"),
        pytest.param(date(2024, 2, 29), id="29-february"),
        pytest.param(date(2025, 12, 31), id="year-end"),
    ],
)
def test_art7_and_art42_4_deadlines_are_years_after_the_end_of_the_month(day):
    from benefits import rules

    assert rules.filing_deadline(day) == years_after_end_of_month(day, 2)
    assert rules.recovery_deadline(day, fraud=False) == years_after_end_of_month(day, 2)
    assert rules.recovery_deadline(day, fraud=True) == years_after_end_of_month(day, 5)


@pytest.mark.parametrize(
    "month, on, prescribed",
    [
        pytest.param("2020-03", date(2025, 3, 31), False, id="art8-2-march-2020-demandable-on-the-last-day"),
        pytest.param("2020-03", date(2025, 4, 1), True, id="art8-2-march-2020-prescribed-the-day-after"),
        pytest.param("2020-02", date(2025, 2, 28), False, id="art8-2-leap-february-demandable-to-28-february"),
        pytest.param("2020-02", date(2025, 3, 1), True, id="art8-2-leap-february-prescribed-on-1-march"),
        pytest.param("2021-12", date(2026, 12, 31), False, id="art8-2-december-year-end"),
    ],
)
def test_art8_2_contribution_prescribes_five_years_after_the_end_of_the_month(month, on, prescribed):
    from members import rules

    assert rules.contribution_prescribed(Month.parse(month), on) is prescribed
    assert prescribed is (on > years_after_end_of_month(Month.parse(month).first_day, 5))


@pytest.mark.parametrize(
    "years, payouts, event, expected",
    [
        pytest.param(2, [date(2024, 2, 29)], date(2026, 2, 27), date(2024, 2, 29), id="art42.5-within-the-period"),
        pytest.param(2, [date(2024, 2, 29)], date(2026, 2, 28), None, id="art42.5-29-february-renewable-28-february"),
        pytest.param(
            3, [date(2022, 5, 10), date(2025, 5, 10)], date(2025, 6, 1), date(2025, 5, 10), id="art42.5-next-period"
        ),
    ],
)
def test_art42_5_period_runs_from_the_first_payout_plus_n_years(years, payouts, event, expected):
    from benefits import rules

    assert rules.period_start(years, payouts, event) == expected
