"""Test data through the services, with valid national numbers."""

import itertools
from datetime import date

from members import rules, services
from members.models import Role

_ranks = itertools.count(1)


def person_number(birth: date, gender: str = "M") -> str:
    """A fresh valid national number for ``birth`` and ``gender`` (``rules.national_number_for``)."""
    return rules.national_number_for(birth, gender, next(_ranks) % len(rules.NATIONAL_NUMBER_SERIALS[gender]))


def household_with_titular(
    *, start=date(2026, 1, 1), birth=date(1980, 5, 17), gender="M", last_name="Peeters", region="flanders", **extra
):
    household = services.household_create(city="Gent", postal_code="9000", region=region)
    titular = services.member_create(
        national_number=person_number(birth, gender),
        first_name="Jan",
        last_name=last_name,
        birth_date=birth,
        gender=gender,
        household=household,
        role=Role.TITULAR,
        affiliation_start=start,
        titular_since=start,
        **extra,
    )
    return household, titular


def add_dependent(household, *, birth=date(2015, 3, 3), gender="F", start=None):
    return services.member_create(
        national_number=person_number(birth, gender),
        first_name="Fien",
        last_name="Peeters",
        birth_date=birth,
        gender=gender,
        household=household,
        role=Role.DEPENDENT,
        affiliation_start=start or date(2026, 1, 1),
    )


def contribution_table(valid_from: date, annual: str = "120.00"):
    """A contribution table (one part, code 15) in force from ``valid_from``."""
    from decimal import Decimal

    from members.models import ContributionPart, ContributionTable, ServiceCode

    table = ContributionTable.objects.create(name=f"Table {valid_from:%Y}", valid_from=valid_from)
    ContributionPart.objects.create(
        table=table, code=ServiceCode.COMPLEMENTARY, label="benefits", annual_amount=Decimal(annual)
    )
    return table


def paid_history(household, first, last, amount="10,00"):
    """The household's months ``first``–``last`` (``Month``s, before the contribution tables here)
    brought from a legacy ledger, each paid on its first day (Art. 8 §2: a month under no known
    table and in no ledger is unknown, never presumed paid)."""
    from core.months import month_range
    from members import legacy_ledger

    rows = "".join(f"{household.pk};{m};{amount};{m.first_day:%d/%m/%Y}\n" for m in month_range(first, last))
    job = legacy_ledger.legacy_ledger_upload(
        file_name="history.csv", content=("household;month;amount;paid_on\n" + rows).encode()
    )
    assert job.status == "checked", job.errors
    return legacy_ledger.legacy_ledger_apply(job=job)
