"""Calendar arithmetic the statutes use, written once (pure: dates in, dates out).

Two readings of "N years later" for 29 February, each used where the statutes mean it:

- ``add_years``: the same calendar day N years later or earlier; 29 February becomes 28 February
  in a year without it. Backwards it is exact for ages (``latest_birth_date``: born on or before it
  is N on that day); forwards it is a term that runs "vanaf deze datum + x aantal jaren" (Art. 42.5).
- ``anniversary``: the day N full years are completed, as ``age_on`` counts them: a birthday on
  29 February falls on 1 March in a year without it (Civil Code reading). Used where a person must
  *have* an age or a mandate must not *exceed* its years (Art. 9, 11.1, 32).

And the rest:

- ``age_on`` / ``months_of_age`` / ``age_in_year``: completed years, completed months, and the age
  reached in the calendar year.
- ``add_months``: the same day N months later, or the month's last day (Art. 54: "tot 6 maanden na
  de geboorte").
- ``latest_birth_date(age, on)``: the latest birth date of a person who is ``age`` or older on
  ``on``, consistent with ``age_on`` (Art. 11.1 and 17: "18 jaar op de afsluitdatum"; Art. 11.2 c:
  affiliated 2 years at the election date, the same way).
- ``end_of_month`` / ``years_after_end_of_month``: "N jaar na het einde van de maand" (Art. 7
  recovery, Art. 42.4 filing through art. 48bis of the law of 6 August 1990, Art. 8 §2 contributions):
  the last day of the same month N years later (February: the 28th or the 29th as that year has it).
"""

from __future__ import annotations

import calendar
from datetime import date

from core.months import Month


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (earlier when negative); 29 February → 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def anniversary(day: date, years: int) -> date:
    """The day ``years`` full years after ``day`` are completed (``age_on(day, anniversary) == years``):
    the same calendar day, and for 29 February in a year without it, 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), or the month's last day when it has no
    such day (31 August + 6 months = 28 or 29 February)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def age_on(birth_date: date, day: date) -> int:
    """Completed years from ``birth_date`` (or any start: a seniority) on ``day``; a birthday on
    29 February falls on 1 March in a year without it."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def months_of_age(birth_date: date, day: date) -> int:
    """Completed months from ``birth_date`` on ``day`` (born on the 31st: a month is completed on the
    1st of a month without a 31st, as ``age_on`` does for 29 February)."""
    months = (day.year - birth_date.year) * 12 + day.month - birth_date.month
    if day.day < birth_date.day:
        months -= 1
    return months


def age_in_year(birth_date: date, day: date) -> int:
    """The age a person born on ``birth_date`` reaches in the calendar year of ``day`` (a benefit for
    "the year one turns N")."""
    return day.year - birth_date.year


def latest_birth_date(age: int, on: date) -> date:
    """A person born on or before this date is at least ``age`` years old on ``on``."""
    return add_years(on, -age)


def end_of_month(day: date) -> date:
    """The last day of ``day``'s month."""
    return Month.of(day).last_day


def years_after_end_of_month(day: date, years: int) -> date:
    """ "``years`` jaar na het einde van de maand" of ``day``: the last day of the same month ``years``
    later (end of February 2024, the 29th, + 2 years: 28/02/2026; end of February 2026 + 2 years:
    29/02/2028)."""
    return (Month.of(day) + 12 * years).last_day
