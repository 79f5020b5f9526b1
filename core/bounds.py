"""What is plausible for every date and number that enters the system (issue #12, point 2).

One impossible value poisons data for ever: a payment dated 31/12/9999 books 95,688 months of
dues, a year 0 breaks every calendar computation after it. Every date and number that comes in
(API, admin forms, imports, query strings, tasks) is checked here before anything is written.

Pure: values and ``today`` in, a problem (a sentence naming the rule) or ``None`` out. No ORM, no
settings, no clock: the services read the clock and call these; ``raise_problems`` turns what
they return into the ``ValidationError`` the admin, the API and the imports all show on the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.dates import add_years  # noqa: F401 - also used by callers as bounds.add_years
from core.formatting import short_date
from core.months import Month

# --- dates --------------------------------------------------------------------------------------

#: Nothing the fund records happened before this day (births, affiliations, payments).
EARLIEST_DATE = date(1900, 1, 1)
#: Nobody is older than this: a birth date is at most this many years before today.
MAX_AGE_YEARS = 125

#: A payment (or a bank statement row) is dated at most this many days after today: value dates
#: and a transfer typed in a day or two early; anything later is a typing error.
PAYMENT_DAYS_AHEAD = 7
#: ... and at most this many years before today: contributions prescribe after five years
#: (Art. 8 §2), so an older payment settles nothing the fund can still demand.
PAYMENT_YEARS_BACK = 6
#: A payment settles months up to a year ahead (SPEC §1.2: advance payments, whole months).
MONTHS_AHEAD = 12

#: An affiliation starts, changes or ends at most this many months ahead: the first day of the
#: next month, or the quarter a transfer takes effect (Art. 6).
AFFILIATION_MONTHS_AHEAD = 12

#: A period (VT status, hardship) ends at most this many years from now.
PERIOD_YEARS_AHEAD = 10

#: A claim's event (care, purchase, birth) is at most this many years before today. The filing
#: deadline is two years (Art. 42.4) and is judged, with its article, by the rules; an event
#: older than this is a typing error, not a late claim.
EVENT_YEARS_BACK = 10

#: A rental starts at most this many years before today (a contract entered late) ...
RENTAL_START_YEARS_BACK = 2
#: ... and at most this many days ahead (equipment prepared for a hospital discharge).
RENTAL_START_DAYS_AHEAD = 31
#: The expected return is at most this many years after the start (beds and alarms run for years).
RENTAL_EXPECTED_YEARS = 10

#: Years asked for in reports, usage and refunds: from the fund's first electronic records to
#: next year.
FIRST_YEAR = 1990
YEARS_AHEAD = 1
#: Elections are held every six years (Art. 9): an election is created for a year at most one
#: mandate away.
ELECTION_YEARS_AROUND = 6

# --- numbers ------------------------------------------------------------------------------------

#: The largest page a list endpoint returns, whatever ``limit`` asks for.
MAX_PAGE_SIZE = 200
#: The furthest a list can be paged (ten million rows: more than every member the fund has).
MAX_OFFSET = 10_000_000
#: Database ids are 64-bit (BigAutoField); a larger number cannot be an id.
MAX_ID = 2**63 - 1
#: Sessions, nights, days, hours, km, insoles on one claim.
MAX_QUANTITY = 10_000
#: Members, ballots or votes in one count: more than Belgium's population is a typing error.
MAX_COUNT = 100_000_000
#: Seats of an assembly or a board.
MAX_SEATS = 1_000
#: One month's household contribution, as a legacy ledger carries it: the 2026 table asks €10.00;
#: a hundred times that is a typing error (a yearly total, cents without a separator).
MAX_MONTHLY_CONTRIBUTION = Decimal("1000.00")


def _window(day: date, earliest: date, latest: date, *, before: str, after: str) -> str | None:
    if day < earliest:
        return before % {"day": short_date(earliest)}
    if day > latest:
        return after % {"day": short_date(latest)}
    return None


def payment_date_problem(paid_on: date, *, today: date) -> str | None:
    """A payment's date, entered by a clerk, sent over the API or read from a bank statement row."""
    return _window(
        paid_on,
        add_years(today, -PAYMENT_YEARS_BACK),
        today + timedelta(days=PAYMENT_DAYS_AHEAD),
        before=_("A payment older than %(years)s years settles nothing (Art. 8 §2): not before %%(day)s.")
        % {"years": PAYMENT_YEARS_BACK},
        after=_("A payment cannot be dated more than %(days)s days ahead: not after %%(day)s.")
        % {"days": PAYMENT_DAYS_AHEAD},
    )


def payment_months_problems(months: Iterable[Month], *, today: date, affiliated_from: Month | None = None) -> list[str]:
    """The months a payment names: within the household's affiliation and at most a year ahead."""
    latest = Month.of(today) + MONTHS_AHEAD
    problems = []
    for month in sorted(set(months)):
        if month > latest:
            problems.append(
                _("%(month)s is more than %(n)s months ahead (the latest is %(latest)s).")
                % {"month": month, "n": MONTHS_AHEAD, "latest": latest}
            )
        elif affiliated_from is not None and month < affiliated_from:
            problems.append(
                _("%(month)s is before the household's affiliation (%(start)s).")
                % {"month": month, "start": affiliated_from}
            )
    return problems


def birth_date_problem(birth: date, *, today: date) -> str | None:
    return _window(
        birth,
        add_years(today, -MAX_AGE_YEARS),
        today,
        before=_("Nobody is older than %(years)s: not before %%(day)s.") % {"years": MAX_AGE_YEARS},
        after=_("A birth date cannot be in the future (after %(day)s)."),
    )


def affiliation_date_problem(day: date, *, today: date, birth: date | None = None) -> str | None:
    """Affiliation start, titular since, affiliation end, a transfer's effective date (Art. 6)."""
    earliest = max(EARLIEST_DATE, Month.of(birth).first_day) if birth else EARLIEST_DATE
    return _window(
        day,
        earliest,
        (Month.of(today) + AFFILIATION_MONTHS_AHEAD).last_day,
        before=_("Not before %(day)s (the birth month, or the first records of the fund)."),
        after=_("At most %(n)s months ahead: not after %%(day)s.") % {"n": AFFILIATION_MONTHS_AHEAD},
    )


def period_end_problem(end: date, *, start: date, today: date) -> str | None:
    """The end of a period (VT status, a hardship situation): not before its start, at most
    ``PERIOD_YEARS_AHEAD`` years from now (decisions run for a few years at most)."""
    return _window(
        end,
        start,
        add_years(today, PERIOD_YEARS_AHEAD),
        before=_("The end cannot be before the start (%(day)s)."),
        after=_("At most %(years)s years ahead: not after %%(day)s.") % {"years": PERIOD_YEARS_AHEAD},
    )


def past_date_problem(day: date, *, today: date, earliest: date = EARLIEST_DATE) -> str | None:
    """A fact that has happened: a signature, an incapacity, an allowance, a period's start."""
    return _window(
        day,
        earliest,
        today,
        before=_("Not before %(day)s."),
        after=_("This has happened already: not after today (%(day)s)."),
    )


def event_date_problem(event: date, *, today: date, filed_on: date | None = None) -> str | None:
    """A claim's event date: not after its filing (nor today), at most ``EVENT_YEARS_BACK`` back."""
    latest = min(filed_on, today) if filed_on else today
    return _window(
        event,
        add_years(today, -EVENT_YEARS_BACK),
        latest,
        before=_("An event more than %(years)s years ago cannot be claimed: not before %%(day)s.")
        % {"years": EVENT_YEARS_BACK},
        after=_("The event cannot be after the claim is filed (%(day)s)."),
    )


def rental_start_problem(start: date, *, today: date) -> str | None:
    return _window(
        start,
        add_years(today, -RENTAL_START_YEARS_BACK),
        today + timedelta(days=RENTAL_START_DAYS_AHEAD),
        before=_("A rental starts at most %(years)s years back: not before %%(day)s.")
        % {"years": RENTAL_START_YEARS_BACK},
        after=_("A rental starts at most %(days)s days ahead: not after %%(day)s.") % {"days": RENTAL_START_DAYS_AHEAD},
    )


def expected_return_problem(expected: date, *, start: date) -> str | None:
    return _window(
        expected,
        start,
        add_years(start, RENTAL_EXPECTED_YEARS),
        before=_("The expected return cannot be before the start (%(day)s)."),
        after=_("At most %(years)s years after the start: not after %%(day)s.") % {"years": RENTAL_EXPECTED_YEARS},
    )


def return_date_problem(returned: date, *, start: date, today: date) -> str | None:
    return _window(
        returned,
        start,
        max(today, start),
        before=_("Before the start (%(day)s)."),
        after=_("A return is recorded when it happened: not after today (%(day)s)."),
    )


def year_problem(year: int, *, today: date, first: int = FIRST_YEAR, ahead: int = YEARS_AHEAD) -> str | None:
    """A calendar year asked for: from the first records to ``ahead`` years from now."""
    if not first <= year <= today.year + ahead:
        return _("A year from %(first)s to %(last)s.") % {"first": first, "last": today.year + ahead}
    return None


def election_year_problem(year: int, *, today: date) -> str | None:
    return year_problem(year, today=today, first=today.year - ELECTION_YEARS_AROUND, ahead=ELECTION_YEARS_AROUND)


def election_date_problem(day: date, *, year: int) -> str | None:
    """A step of the election of ``year``: its calendar runs from the call for candidates (Art. 12,
    published up to two years ahead) to the minutes and the board after the vote (Art. 20, 30)."""
    return _window(
        day,
        date(year - 2, 1, 1),
        date(year, 12, 31),
        before=_("Not before %(day)s: the election's calendar starts two years before."),
        after=_("Not after %(day)s: the election's calendar ends with its year."),
    )


def history_month_problem(month: Month, *, today: date) -> str | None:
    """A month of the fund's history (a legacy ledger line, a period before the affiliation,
    a contribution table): from the first electronic records (``FIRST_YEAR``) to this month."""
    if month < Month(FIRST_YEAR, 1):
        return _("Not before %(month)s (the first records of the fund).") % {"month": Month(FIRST_YEAR, 1)}
    if month > Month.of(today):
        return _("History is recorded once it happened: not after %(month)s.") % {"month": Month.of(today)}
    return None


def contribution_amount_problem(amount: Decimal) -> str | None:
    """A month's contribution: €0 (exempt) up to ``MAX_MONTHLY_CONTRIBUTION``, in cents."""
    if not amount.is_finite() or amount < 0 or amount > MAX_MONTHLY_CONTRIBUTION:
        return _("A monthly contribution from 0,00 to %(max)s €.") % {
            "max": str(MAX_MONTHLY_CONTRIBUTION).replace(".", ",")
        }
    if amount != amount.quantize(Decimal("0.01")):
        return _("At most two decimals (cents).")
    return None


def number_problem(value: int, *, low: int, high: int) -> str | None:
    if not low <= value <= high:
        return _("A whole number from %(low)s to %(high)s.") % {
            "low": f"{low:,}".replace(",", "."),
            "high": f"{high:,}".replace(",", "."),
        }
    return None


def is_id(value) -> bool:
    """A database id: a whole number 1 … ``MAX_ID`` (given as an int or a string of digits)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        value = value.strip()
        if not value.isascii() or not value.isdigit():
            return False
        value = int(value)
    return isinstance(value, int) and 1 <= value <= MAX_ID


def raise_problems(problems: Mapping[str, object]) -> None:
    """Raise one ``ValidationError`` naming every field with a problem; nothing when all are fine."""
    errors = {field: problem for field, problem in problems.items() if problem}
    if errors:
        raise ValidationError(errors)


# --- search -------------------------------------------------------------------------------------------


def search_text_problem(text: str, *, max_length: int) -> str | None:
    """What a clerk types in the search box (issue #16): at most ``max_length`` characters (a name, an
    address, an IBAN fit in far less), printable text only (a NUL byte cannot even reach PostgreSQL)."""
    if len(text) > max_length:
        return _("A search is at most %(max)s characters (this one has %(n)s).") % {"max": max_length, "n": len(text)}
    if any(not c.isprintable() and not c.isspace() for c in text) or "\x00" in text:
        return _("A search is text: control characters are not accepted.")
    return None
