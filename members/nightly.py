"""Nightly step of the members app (SPEC §6, step 1), registered in ``members/hooks.py``; its place in the
chain is in ``core.nightly.NIGHTLY_ORDER``."""

from datetime import date

from django.db.models import Max, Min

from core.months import Month
from core.nightly import Step
from members import partitions, reminders, services
from members.models import Household


def _household_ids():
    bounds = Household.objects.aggregate(low=Min("id"), high=Max("id"))
    return bounds["low"], bounds["high"]


def _dues_and_status(day: date, first_id: int, last_id: int) -> dict:
    booked = services.dues_book(through=Month.of(day), id_range=(first_id, last_id))
    counts = services.statuses_refresh(as_of=day, id_range=(first_id, last_id), run_id=f"nightly-{day:%Y%m%d}")
    return {"dues_booked": booked, **counts}


STEPS = [
    Step(
        "members.dues_and_status",
        "Book the month's dues and recompute every household's entitlement (Art. 8)",
        ids=_household_ids,
        chunk=_dues_and_status,
        unit="members.household",
    ),
]


def _arrears_reminders(day: date, first_id: int, last_id: int) -> dict:
    return reminders.arrears_reminders_write(day=day, id_range=(first_id, last_id))


STEPS.append(
    Step(
        "members.arrears_reminders",
        "Write the arrears reminders before suspension (Art. 8 §2 1°, §3)",
        ids=_household_ids,
        chunk=_arrears_reminders,
        unit="members.household",
    )
)


# issue #18: the year partitions of the dues ledger exist a year before the booking writes into them
STEPS.append(
    Step(
        "members.dues_partitions",
        "Create this year's and next year's partitions of the dues ledger (PostgreSQL)",
        once=partitions.dues_partitions_step,
    )
)
