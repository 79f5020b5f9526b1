"""Calendar arithmetic the statutes use, written once (pure: dates in, dates out).

- ``add_years``: the same calendar day N years later or earlier; 29 February becomes 28 February
  in a year without it (the day before 1 March, as for a birthday in ``members.rules.age_on``).
- ``add_months``: the same day N months later, or the month's last day (Art. 54: "tot 6 maanden na
  de geboorte").
- ``latest_birth_date(age, on)``: the latest birth date of a person who is ``age`` or older on
  ``on``, consistent with ``members.rules.age_on`` (Art. 11.1 and 17: "18 jaar op de afsluitdatum";
  Art. 11.2: affiliated 2 years at the election date uses ``add_years`` the same way).
"""

from __future__ import annotations

import calendar
from datetime import date


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (earlier when negative); 29 February → 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), or the month's last day when it has no
    such day (31 August + 6 months = 28 or 29 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def latest_birth_date(age: int, on: date) -> date:
    """A person born on or before this date is at least ``age`` years old on ``on``."""
    return add_years(on, -age)
