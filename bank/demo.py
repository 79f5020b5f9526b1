"""The bank's demo data (issue #15), registered in ``bank/hooks.py`` (``core.hooks.register_demo``): after
the members' population, a new user sees the whole direct-debit loop — a few mandates (one amended: a new
IBAN), a collection run on a valid date, pre-notified at least the legal 14 days before, credited by the
bank, and one debit returned for insufficient funds (AM04) with its letter to the household.

Idempotent: when any mandate exists the seeder leaves the bank's data as it is. Through the services, as a
clerk would (audit trail, rules, letters).
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from stdnum import iban as stdnum_iban

from bank import rules, services
from bank.models import Mandate
from members import selectors as member_selectors
from members import services as member_services
from members.models import ContributionDue, EntitlementStatus, HouseholdStatus, Member, Role

#: How many households pay by direct debit in the demo.
MANDATES = 4


def _belgian_iban(bank: int, account: int) -> str:
    first = f"{bank:03d}{account:07d}"
    bban = first + f"{int(first) % 97 or 97:02d}"
    return "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban


def _collection_date(today: date) -> date:
    """A TARGET2 business day about ten days ago: collected, credited and one debit returned since."""
    day = today - timedelta(days=10)
    while not rules.is_business_day(day):
        day -= timedelta(days=1)
    return day


def _debtors() -> list[int]:
    """Households that owe months (suspended ones first: the domiciliation brings them back in order),
    then any others with a titular, in household order."""
    owing = set(
        ContributionDue.objects.filter(settled_on__isnull=True, amount__gt=0).values_list("household_id", flat=True)
    )
    suspended = set(
        HouseholdStatus.objects.filter(status=EntitlementStatus.SUSPENDED).values_list("household_id", flat=True)
    )
    titulars = sorted(set(Member.objects.filter(role=Role.TITULAR).values_list("household_id", flat=True)))
    ranked = sorted(titulars, key=lambda pk: (pk not in (owing & suspended), pk not in owing, pk))
    return ranked[:MANDATES]


def seed(*, today: date, stdout=None) -> dict:
    """Mandates, a pre-notified collection run, its settlement, one AM04 return with its letter."""
    if Mandate.objects.exists():
        if stdout:
            stdout.write("bank: demo data already present, left as is")
        return {}
    try:
        services.creditor()
    except ValidationError:
        if stdout:
            stdout.write("bank: no valid SEPA creditor settings (SEPA_CREDITOR_*): no direct-debit demo")
        return {}
    households = _debtors()
    if not households:
        return {}
    addressees = member_selectors.addressees_for(households)
    signed_on = today - timedelta(days=120)
    mandates = [
        services.mandate_create(
            household=pk,
            iban=_belgian_iban(63 + index, 1_234_560 + pk),
            debtor_name=addressees[pk].name or f"Household {pk}",
            signed_on=signed_on,
        )
        for index, pk in enumerate(households)
    ]
    # SEPA amendment: the first debtor moved to another bank (the mandate stays, its history keeps the old IBAN)
    services.mandate_amend(
        mandate=mandates[0], iban=_belgian_iban(735, 9_876_540 + households[0]), reason="Demo: new bank account"
    )
    collection_date = _collection_date(today)
    run_day = collection_date - timedelta(days=settings.SEPA_PRENOTIFICATION_DAYS)  # pre-notified in time
    result = services.collection_run_create(collection_date=collection_date, today=run_day)
    counts = {"mandates": len(mandates), "collected_dues": result.dues, "returned": 0}
    if result.run is not None:
        services.collection_settle(run=result.run, on=collection_date)
        returned = result.run.items.order_by("pk").last()
        if returned is not None:
            # returned today (a return is booked on or after the day the run was made: today, in the demo)
            services.collection_item_return(item=returned, reason_code="AM04", on=today)
            counts["returned"] = 1
        counts["statements"] = seed_statements(run=result.run, today=today)
    member_services.statuses_refresh(as_of=today)
    if stdout:
        stdout.write(f"bank: demo direct debit {counts}")
    return counts


def seed_statements(*, run, today: date) -> int:
    """Hook point for the statement import (issue #15, the statement helper's branch): a demo camt.053 /
    CODA statement of ``run``'s credit with one unmatched line, imported through its service. Nothing yet."""
    return 0
