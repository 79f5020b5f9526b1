"""Bounds on every date and number that enters (issue #12, points 2 and 11): the pure table, then
the same rules as the clerk, the API and the imports meet them."""

from datetime import date, timedelta

import pytest

from core import bounds
from core.months import Month

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    "paid_on, refused",
    [
        pytest.param(TODAY, False, id="today"),
        pytest.param(TODAY + timedelta(days=7), False, id="a-week-ahead-value-date"),
        pytest.param(TODAY + timedelta(days=8), True, id="more-than-a-week-ahead"),
        pytest.param(date(9999, 12, 31), True, id="year-9999-poisons-a-household"),
        pytest.param(date(2020, 11, 27), False, id="six-years-back"),
        pytest.param(date(2020, 11, 26), True, id="art8-older-than-prescription"),
        pytest.param(date(1, 1, 1), True, id="year-1"),
    ],
)
def test_payment_date(paid_on, refused):
    assert bool(bounds.payment_date_problem(paid_on, today=TODAY)) is refused


@pytest.mark.parametrize(
    "months, affiliated_from, problems",
    [
        pytest.param(["2026-01", "2027-11"], Month(2026, 1), 0, id="affiliation-to-a-year-ahead"),
        pytest.param(["2027-12"], None, 1, id="thirteen-months-ahead"),
        pytest.param(["9999-12"], None, 1, id="month-9999"),
        pytest.param(["2025-12", "2026-01"], Month(2026, 1), 1, id="before-the-affiliation"),
    ],
)
def test_payment_months(months, affiliated_from, problems):
    found = bounds.payment_months_problems(
        [Month.parse(m) for m in months], today=TODAY, affiliated_from=affiliated_from
    )
    assert len(found) == problems


@pytest.mark.parametrize(
    "check, refused",
    [
        pytest.param(lambda: bounds.birth_date_problem(TODAY, today=TODAY), False, id="born-today"),
        pytest.param(
            lambda: bounds.birth_date_problem(TODAY + timedelta(days=1), today=TODAY), True, id="born-tomorrow"
        ),
        pytest.param(lambda: bounds.birth_date_problem(date(1901, 11, 27), today=TODAY), False, id="125-years-old"),
        pytest.param(lambda: bounds.birth_date_problem(date(1901, 11, 26), today=TODAY), True, id="older-than-125"),
        pytest.param(
            lambda: bounds.affiliation_date_problem(date(2027, 11, 1), today=TODAY), False, id="art6-a-year-ahead"
        ),
        pytest.param(
            lambda: bounds.affiliation_date_problem(date(2027, 12, 1), today=TODAY), True, id="art6-13-months-ahead"
        ),
        pytest.param(
            lambda: bounds.affiliation_date_problem(date(2000, 1, 1), today=TODAY, birth=date(2000, 1, 15)),
            False,
            id="affiliated-in-the-birth-month",
        ),
        pytest.param(
            lambda: bounds.affiliation_date_problem(date(1999, 12, 1), today=TODAY, birth=date(2000, 1, 15)),
            True,
            id="affiliated-before-birth",
        ),
        pytest.param(lambda: bounds.event_date_problem(TODAY, today=TODAY), False, id="event-today"),
        pytest.param(
            lambda: bounds.event_date_problem(date(2026, 11, 2), today=TODAY, filed_on=date(2026, 11, 1)),
            True,
            id="event-after-filing",
        ),
        pytest.param(
            lambda: bounds.event_date_problem(date(2016, 11, 26), today=TODAY), True, id="event-over-10-years"
        ),
        pytest.param(
            lambda: bounds.event_date_problem(date(2020, 1, 1), today=TODAY),
            False,
            id="art42-4-late-claim-is-judged-not-refused",
        ),
        pytest.param(
            lambda: bounds.rental_start_problem(TODAY + timedelta(days=31), today=TODAY),
            False,
            id="start-a-month-ahead",
        ),
        pytest.param(lambda: bounds.rental_start_problem(date(9999, 1, 1), today=TODAY), True, id="start-9999"),
        pytest.param(
            lambda: bounds.expected_return_problem(date(2026, 1, 1), start=date(2026, 2, 1)),
            True,
            id="expected-before-start",
        ),
        pytest.param(
            lambda: bounds.return_date_problem(TODAY + timedelta(days=1), start=date(2026, 1, 1), today=TODAY),
            True,
            id="returned-tomorrow",
        ),
        pytest.param(
            lambda: bounds.return_date_problem(TODAY, start=date(2026, 1, 1), today=TODAY), False, id="returned-today"
        ),
        pytest.param(lambda: bounds.year_problem(2027, today=TODAY), False, id="next-year"),
        pytest.param(lambda: bounds.year_problem(2028, today=TODAY), True, id="two-years-ahead"),
        pytest.param(lambda: bounds.year_problem(-66030, today=TODAY), True, id="negative-year"),
        pytest.param(lambda: bounds.election_year_problem(2033, today=TODAY), True, id="art9-beyond-one-mandate"),
        pytest.param(lambda: bounds.election_date_problem(date(2025, 11, 1), year=2027), False, id="art12-call-before"),
        pytest.param(
            lambda: bounds.number_problem(10_001, low=1, high=bounds.MAX_QUANTITY), True, id="quantity-too-big"
        ),
    ],
)
def test_bounds_table(check, refused):
    assert bool(check()) is refused


@pytest.mark.parametrize(
    "value, valid",
    [
        (1, True),
        ("42", True),
        (bounds.MAX_ID, True),
        (bounds.MAX_ID + 1, False),
        ("99999999999999999999", False),
        (0, False),
        ("-1", False),
        ("4.2", False),
        ("x", False),
        (True, False),
        ("١٢", False),
    ],
)
def test_is_id(value, valid):
    assert bounds.is_id(value) is valid


def test_add_years_keeps_29_february_in_range():
    assert bounds.add_years(date(2024, 2, 29), -6) == date(2018, 2, 28)
