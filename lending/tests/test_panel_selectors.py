"""Issue #14 in lending: the member page's panels read through lending.selectors (per member of a batch,
in a fixed number of queries, what the panels showed when they read the models themselves), and Art. 52
bookings are locked through benefits.services."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from benefits.tests.test_services import paid_up_member
from lending import selectors, services
from lending.models import MaxInvoiceRefund
from lending.tests.test_care_fee_and_incontinence import at, booking, catalogues  # noqa: F401 (fixture)
from members.tests.factories import add_dependent

pytestmark = pytest.mark.django_db


def _queries(fn):
    with CaptureQueriesContext(connection) as queries:
        result = fn()
    return result, len(queries)


def test_lending_for_member_gives_each_member_its_maximum_invoice_refunds_and_running_rentals(catalogues):  # noqa: F811
    renter, other = paid_up_member(through="2027-03"), paid_up_member(through="2027-03", last_name="Maes")
    bed = services.rental_start(item="electric-care-bed", member=renter, start_date=date(2026, 1, 1), delivery="driver")
    services.rental_accrue(rental=bed, through=date(2026, 12, 31))
    chair = services.rental_start(item="wheelchair", member=renter, start_date=date(2026, 3, 2))
    for year in (2021, 2022, 2023, 2024):
        MaxInvoiceRefund.objects.create(
            member=renter,
            year=year,
            counted_rent=Decimal("310.00"),
            refund=Decimal("10.00"),
            computed_at=at(year + 1, 2, 1),
        )

    one, few = _queries(lambda: selectors.lending_for_member(member_ids=[renter.pk], year=2026))
    both, many = _queries(lambda: selectors.lending_for_member(member_ids=[renter.pk, other.pk], year=2026))

    assert few == many == 3
    figures = selectors.max_invoice_for(renter, 2026)  # Art. 54: the same counted rent and refund
    assert (both[renter.pk].counted_rent, both[renter.pk].refund) == (figures["counted_rent"], figures["refund"])
    assert figures["refund"] > 0
    assert [r.year for r in both[renter.pk].refunds] == [2024, 2023, 2022]  # the 3 latest
    assert [r.pk for r in both[renter.pk].running] == [chair.pk, bed.pk]  # newest first
    assert one[renter.pk] == both[renter.pk]
    assert both[other.pk] == selectors.Lending(Decimal("0.00"), Decimal("0.00"), (), ())


def test_incontinence_sales_for_member_keeps_the_five_latest_of_each_member(catalogues):  # noqa: F811
    buyer, other = paid_up_member(), paid_up_member(last_name="Maes")
    with time_machine.travel(date(2026, 8, 1), tick=False):
        for month in range(1, 8):
            services.incontinence_sale_record(
                member=buyer, invoice_number=f"W-{month}", invoice_date=date(2026, month, 3), amount=Decimal("40.00")
            )
        services.incontinence_sale_record(
            member=other, invoice_number="W-99", invoice_date=date(2026, 2, 3), amount=Decimal("20.00")
        )
    sales, count = _queries(lambda: selectors.incontinence_sales_for_member(member_ids=[buyer.pk, other.pk]))
    assert count == 1
    assert [s.invoice_number for s in sales[buyer.pk]] == ["W-7", "W-6", "W-5", "W-4", "W-3"]
    assert [s.invoice_number for s in sales[other.pk]] == ["W-99"]


def test_care_fees_for_member_are_the_households(catalogues):  # noqa: F811
    """Art. 52: the fee is charged on the sick child's booking; the parent's page shows it too."""
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=False):
        fee = services.care_booking_cancel(claim=claim)
    parent = claim.member.household.members.exclude(pk=claim.member_id).get()
    stranger = paid_up_member(last_name="Maes")
    sibling = add_dependent(parent.household, birth=date(2019, 1, 1))
    fees, count = _queries(
        lambda: selectors.care_fees_for_member(member_ids=[parent.pk, sibling.pk, claim.member_id, stranger.pk])
    )
    assert count == 2
    assert fees[parent.pk] == fees[sibling.pk] == fees[claim.member_id] == [fee]
    assert fees[stranger.pk] == []


@pytest.mark.django_db(transaction=True)
def test_two_late_cancellations_at_once_charge_one_fee_under_the_claim_lock(catalogues):  # noqa: F811
    """Art. 52, one fee per booking: the booking's claim is locked through ``benefits.services.claim_lock``
    (issue #14: lending no longer reads benefits.models), so of two cancellations sent at once one charges
    €50 and the other finds the booking cancelled."""
    from django.core.exceptions import ValidationError

    from core.tests.parallel import require_row_locks, run_at_once
    from lending.models import CareFee

    require_row_locks()
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=False):
        fees, errors = run_at_once(lambda _i: services.care_booking_cancel(claim=claim.pk), times=2)
    assert len(fees) == 1 and fees[0].amount == Decimal("50.00")
    assert len(errors) == 1 and isinstance(errors[0], ValidationError) and "claim" in errors[0].message_dict
    assert CareFee.objects.count() == 1
