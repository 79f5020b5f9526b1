"""Money is billed once and stock is respected (issue #12 points 4 and 8): every write locks what
it changes before it checks it, and the API rents out through the same stock rules as the admin."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from benefits.tests.test_services import paid_up_member
from core.tests.parallel import require_row_locks, run_at_once
from lending import reference, services
from lending.models import ChargeKind, Item, Office, Rental, RentalCharge, StockUnit, UnitState

pytestmark = pytest.mark.django_db


def stock(code="wheelchair", count=1, state=UnitState.AVAILABLE):
    """Exactly ``count`` units of the item in ``state`` (the price list's default units of it removed)."""
    item, office = Item.objects.get(code=code), Office.objects.first()
    StockUnit.objects.filter(item=item, serial__startswith="P-", rentals__isnull=True).delete()
    first = StockUnit.objects.count()
    return [
        StockUnit.objects.create(item=item, office=office, serial=f"T-{first + n}", state=state) for n in range(count)
    ]


# --- returns, conversions, interventions: locked, then checked ----------------------------------------


def test_a_second_return_of_the_same_rental_is_refused_and_bills_nothing(price_list):
    # given a rental returned by one clerk, and the page another clerk opened before that
    member = paid_up_member()
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    stale = Rental.objects.get(pk=rental.pk)
    services.rental_return(rental=rental, return_date=date(2026, 4, 1), cleaning=Decimal("12.50"), damage=Decimal("40"))
    # when the second clerk returns it too
    with pytest.raises(ValidationError) as refused:
        services.rental_return(
            rental=stale, return_date=date(2026, 4, 1), cleaning=Decimal("12.50"), damage=Decimal("40")
        )
    # then it is refused and the check's costs are billed once
    assert "status" in refused.value.message_dict
    assert RentalCharge.objects.filter(rental=rental, kind=ChargeKind.CLEANING).count() == 1
    assert RentalCharge.objects.filter(rental=rental, kind=ChargeKind.DAMAGE).count() == 1


def test_a_converted_rental_is_not_converted_again(price_list):
    member = paid_up_member()
    rental = services.rental_start(item="rollator-4-wheel-standard", member=member, start_date=date(2026, 1, 5))
    stale = Rental.objects.get(pk=rental.pk)
    services.rental_convert_to_purchase(rental=rental, price=Decimal("95.00"), on=date(2026, 6, 1))
    with pytest.raises(ValidationError):
        services.rental_convert_to_purchase(rental=stale, price=Decimal("95.00"), on=date(2026, 6, 1))
    assert RentalCharge.objects.filter(rental=rental, kind=ChargeKind.PURCHASE).count() == 1


@pytest.mark.django_db(transaction=True)
def test_four_parallel_returns_close_the_rental_once_and_bill_the_check_once(table_2026):
    require_row_locks()
    reference.seed()
    member = paid_up_member()
    [unit] = stock()
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2), unit=unit)

    # when four clients return it at the same moment (each with the rental as it read it: running)
    returned, errors = run_at_once(
        lambda _: services.rental_return(
            rental=rental, return_date=date(2026, 4, 1), cleaning=Decimal("12.50"), damage=Decimal("40.00")
        )
    )

    # then one return succeeds; the three others are told the contract is no longer running
    assert len(returned) == 1
    assert len(errors) == 3 and all(isinstance(e, ValidationError) and "status" in e.message_dict for e in errors)
    charges = RentalCharge.objects.filter(rental=rental)
    assert charges.filter(kind=ChargeKind.CLEANING).count() == 1 and charges.filter(kind=ChargeKind.DAMAGE).count() == 1
    # 31 days: the forfait (30) + one day at €0.60, the fee, then the check's costs
    assert sum(charges.values_list("amount", flat=True)) == Decimal("18.00") + Decimal("0.60") + Decimal(
        "7.00"
    ) + Decimal("52.50")
    unit.refresh_from_db()
    assert unit.state == UnitState.CLEANING


@pytest.mark.django_db(transaction=True)
def test_two_interventions_at_once_are_not_both_the_free_first_one(table_2026):
    require_row_locks()
    reference.seed()
    member = paid_up_member(birth=date(1940, 2, 2))
    rental = services.rental_start(item="professional-assistance", member=member, start_date=date(2026, 3, 1))
    charges, errors = run_at_once(
        lambda i: services.rental_intervention(rental=rental, moment=datetime(2026, 4, 1 + i, 10, 0)), times=2
    )
    assert not errors
    assert sorted(c.amount for c in charges) == [Decimal("0.00"), Decimal("55.00")]


# --- stock: the service keeps it, for the admin and the API alike (point 8) ---------------------------


def test_rental_takes_a_free_unit_and_refuses_when_none_is_free(price_list):
    member = paid_up_member()
    units = stock(count=2)
    stock(count=1, state=UnitState.REPAIR)
    first = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    second = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    assert {first.unit, second.unit} == set(units)
    with pytest.raises(ValidationError) as refused:
        services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    assert "No Wheelchair is free" in refused.value.message_dict["item"][0]
    assert Rental.objects.count() == 2
    assert StockUnit.objects.filter(state=UnitState.RENTED).count() == 2


def test_a_named_unit_must_be_free_and_of_the_item(price_list):
    member = paid_up_member()
    [bed] = stock("electric-care-bed")
    [chair] = stock()
    with pytest.raises(ValidationError) as wrong_item:
        services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2), unit=bed.serial)
    assert "unit" in wrong_item.value.message_dict
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2), unit=chair.serial)
    assert rental.unit == chair
    with pytest.raises(ValidationError) as taken:
        services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 3), unit=chair.serial)
    assert "rented" in taken.value.message_dict["unit"][0]


@pytest.mark.django_db(transaction=True)
def test_parallel_starts_for_the_last_free_unit_rent_it_once(table_2026):
    require_row_locks()
    reference.seed()
    members = [paid_up_member(last_name=name) for name in ("Peeters", "Maes", "Jacobs", "Willems")]
    [unit] = stock()
    rentals, errors = run_at_once(
        lambda i: services.rental_start(item="wheelchair", member=members[i].pk, start_date=date(2026, 3, 2))
    )
    assert len(rentals) == 1 and rentals[0].unit_id == unit.pk
    assert len(errors) == 3 and all("item" in e.message_dict for e in errors)
    assert Rental.objects.count() == 1
