"""Set-based inserts that tolerate rows someone else inserted meanwhile (issue #12, point 7)."""

from datetime import date
from decimal import Decimal

import pytest

from core.bulk import copy_rows
from core.months import Month
from members.models import ContributionDue
from members.tests.factories import household_with_titular

FIELDS = ["household", "month", "amount", "table", "settled_on", "paid_in_time", "exemption"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "months", [10, 600], ids=["a-few-rows-in-one-statement", "many-rows-through-a-temporary-table"]
)
def test_copy_rows_ignoring_conflicts_keeps_what_was_there_and_counts_what_it_inserted(table_2026, months):
    # given two months a clerk booked (and settled) before the batch inserts
    household, _ = household_with_titular(start=date(2026, 1, 1))
    first = Month(2026, 1)
    for month in (first + 3, first + 7):
        ContributionDue.objects.create(
            household=household,
            month=month.first_day,
            amount=Decimal("5.00"),
            table=table_2026,
            settled_on=date(2026, 1, 2),
            paid_in_time=True,
        )
    rows = [
        (household.pk, (first + i).first_day, Decimal("10.00"), table_2026.pk, None, False, "") for i in range(months)
    ]

    # when the batch inserts every month, twice (a second call in the same transaction)
    inserted = copy_rows(ContributionDue, FIELDS, iter(rows), ignore_conflicts=True)
    again = copy_rows(ContributionDue, FIELDS, iter(rows), ignore_conflicts=True)

    # then the others are inserted, the clerk's rows are untouched, and the counts say so
    assert (inserted, again) == (months - 2, 0)
    dues = ContributionDue.objects.filter(household=household)
    assert dues.count() == months
    assert sorted(dues.filter(settled_on__isnull=False).values_list("month", "amount")) == [
        (date(2026, 4, 1), Decimal("5.00")),
        (date(2026, 8, 1), Decimal("5.00")),
    ]
    assert dues.filter(amount=Decimal("10.00"), settled_on__isnull=True).count() == months - 2
