"""Rental contracts, accrual, returns and the maximum invoice through the services and the API."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from benefits.tests.test_services import paid_up_member
from lending import selectors, services
from lending.models import AlarmSubsidy, ChargeKind, Item, MaxInvoiceRefund, Office, StockUnit, UnitState
from members.models import IncreasedReimbursementPeriod
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db


def total(rental):
    return sum((c.amount for c in rental.charges.all()), Decimal("0"))


def test_member_in_order_rents_at_member_tariff(price_list):
    member = paid_up_member()
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    assert rental.renter == "member"
    assert total(rental) == Decimal("25.00")  # Bijlage 3 "Totaal"


def test_member_not_in_order_pays_three_times(price_list):
    _, member = household_with_titular(start=date(2026, 1, 1))  # nothing paid: suspended (Art. 8)
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    assert rental.renter == "member_not_in_order"
    assert total(rental) == Decimal("75.00")
    assert "Art. 8" in rental.renter_reason or "suspended" in rental.renter_reason


def test_free_breast_pump_month_runs_to_the_day_6_months_after_the_birth(price_list):
    """Art. 54: "Tot 6 maanden na de geboorte … gedurende 1 maand gratis een afkolfapparaat": a child
    born on 28/02/2026 gives the free month to a rental that starts on 28/08/2026, not on 31/08/2026
    (a rule that cut the month at the 28th gave it until the end of August)."""
    on_time, too_late = (paid_up_member(birth=date(1991, 5, 5), last_name=name) for name in ("Tijdig", "Laat"))
    for member in (on_time, too_late):
        add_dependent(member.household, birth=date(2026, 2, 28), start=date(2026, 3, 1))

    free = services.rental_start(item="breast-pump", member=on_time, start_date=date(2026, 8, 28), delivery="post")
    paid = services.rental_start(item="breast-pump", member=too_late, start_date=date(2026, 8, 31), delivery="post")

    assert free.first_month_free and total(free) == Decimal("7.00")
    assert not paid.first_month_free and total(paid) == Decimal("82.00")


def test_non_member_pays_three_times_and_66_per_trip(price_list):
    rental = services.rental_start(
        item="electric-care-bed", renter_name="J. Dupont", start_date=date(2026, 3, 2), delivery="driver"
    )
    assert rental.renter == "non_member"
    assert total(rental) == (Decimal("27.00") + Decimal("7.00")) * 3 + Decimal("132.00")


def test_breast_pump_free_first_month_after_a_birth_in_the_household(price_list):
    member = paid_up_member(birth=date(1992, 4, 4))
    add_dependent(member.household, birth=date(2026, 1, 10), start=date(2026, 2, 1))
    rental = services.rental_start(item="breast-pump", member=member, start_date=date(2026, 3, 2), delivery="post")
    assert rental.first_month_free and total(rental) == Decimal("7.00")
    other = paid_up_member(birth=date(1990, 1, 1), last_name="Maes")
    assert total(
        services.rental_start(item="breast-pump", member=other, start_date=date(2026, 3, 2), delivery="post")
    ) == Decimal("82.00")


def test_accrual_is_idempotent_and_return_corrects_it(price_list):
    member = paid_up_member()
    rental = services.rental_start(
        item="electric-care-bed", member=member, start_date=date(2026, 1, 1), delivery="driver"
    )
    services.rental_accrue(rental=rental, through=date(2026, 3, 31))
    assert services.rental_accrue(rental=rental, through=date(2026, 3, 31)) == 0  # twice: nothing new
    rent = sum(c.amount for c in rental.charges.filter(kind__in=(ChargeKind.FORFAIT, ChargeKind.RENT)))
    assert rent == Decimal("0.90") * 90
    # the bed came back on 15 March, recorded after the accrual went to 31 March
    services.rental_return(rental=rental, return_date=date(2026, 3, 15), cleaning=Decimal("12.50"))
    rental.refresh_from_db()
    rent = sum(c.amount for c in rental.charges.filter(kind__in=(ChargeKind.FORFAIT, ChargeKind.RENT)))
    assert rent == Decimal("0.90") * 74  # 1 January – 15 March
    assert rental.status == "returned"
    assert rental.charges.filter(kind=ChargeKind.CLEANING, amount=Decimal("12.50")).exists()


def test_rental_over_the_new_year_and_max_invoice_run_twice(price_list):
    member = paid_up_member(through="2027-03")
    rental = services.rental_start(
        item="electric-care-bed", member=member, start_date=date(2026, 1, 1), delivery="driver"
    )
    services.rental_accrue(rental=rental, through=date(2027, 1, 31))
    assert selectors.max_invoice_for(member, 2026) == {"counted_rent": Decimal("328.50"), "refund": Decimal("28.50")}
    assert selectors.max_invoice_for(member, 2027)["counted_rent"] == Decimal("27.90")

    with pytest.raises(ValidationError):
        services.max_invoice_compute(year=2026, as_of=date(2026, 12, 31))
    first = services.max_invoice_compute(year=2026, as_of=date(2027, 2, 10))
    second = services.max_invoice_compute(year=2026, as_of=date(2027, 2, 11))
    assert first["refunds"] == second["refunds"] == 1
    refund = MaxInvoiceRefund.objects.get(member=member, year=2026)
    assert refund.refund == Decimal("28.50")
    assert MaxInvoiceRefund.objects.count() == 1  # never twice


def test_excluded_items_and_triple_tariff_do_not_count(price_list):
    member = paid_up_member()
    rental = services.rental_start(item="home-trainer", member=member, start_date=date(2026, 1, 1), delivery="driver")
    services.rental_accrue(rental=rental, through=date(2026, 12, 31))
    assert selectors.max_invoice_for(member, 2026)["counted_rent"] == Decimal("0.00")


def test_unit_state_follows_the_rental(price_list):
    member = paid_up_member()
    unit = StockUnit.objects.create(
        item=Item.objects.get(code="wheelchair"), serial="RS-001", office=Office.objects.first()
    )
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2), unit=unit)
    unit.refresh_from_db()
    assert unit.state == UnitState.RENTED
    with pytest.raises(ValidationError):
        services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 3), unit=unit)
    services.rental_return(rental=rental, return_date=date(2026, 3, 20))
    unit.refresh_from_db()
    assert unit.state == UnitState.CLEANING


def test_conversion_to_purchase(price_list):
    member = paid_up_member()
    rental = services.rental_start(item="rollator-4-wheel-standard", member=member, start_date=date(2026, 1, 5))
    services.rental_convert_to_purchase(rental=rental, price=Decimal("95.00"), on=date(2026, 6, 1))
    assert rental.status == "purchased"
    assert rental.charges.filter(kind=ChargeKind.PURCHASE, amount=Decimal("95.00")).exists()


def test_alarm_subsidy_for_vt_members(price_list):
    member = paid_up_member(birth=date(1940, 2, 2))
    IncreasedReimbursementPeriod.objects.create(member=member, start=date(2020, 1, 1))
    services.rental_start(item="fixed-line-alarm", member=member, start_date=date(2026, 3, 20))
    assert services.alarm_subsidies_compute(year=2026) == {"subsidies": 1}
    services.alarm_subsidies_compute(year=2026)
    subsidy = AlarmSubsidy.objects.get()
    assert (subsidy.months, subsidy.amount) == (10, Decimal("50.00"))


def test_interventions_first_one_of_the_year_is_free(price_list):
    member = paid_up_member(birth=date(1940, 2, 2))
    rental = services.rental_start(item="professional-assistance", member=member, start_date=date(2026, 3, 1))
    first = services.rental_intervention(rental=rental, moment=datetime(2026, 4, 1, 23, 30))
    second = services.rental_intervention(rental=rental, moment=datetime(2026, 4, 9, 10, 0))
    assert (first.amount, second.amount) == (Decimal("0.00"), Decimal("55.00"))


# --- API ---------------------------------------------------------------------------------------------


def test_refund_batch_export_and_paid(client, make_user, price_list):
    member = paid_up_member(through="2027-03")
    rental = services.rental_start(
        item="electric-care-bed", member=member, start_date=date(2026, 1, 1), delivery="driver"
    )
    import time_machine

    with time_machine.travel(date(2027, 1, 2), tick=False):  # a return is recorded once it happened (core.bounds)
        services.rental_return(rental=rental, return_date=date(2026, 12, 31))
    services.max_invoice_compute(year=2026, as_of=date(2027, 2, 1))
    refund = MaxInvoiceRefund.objects.get()
    client.force_login(make_user("manager"))
    changelist = reverse("admin:lending_maxinvoicerefund_changelist")
    export = client.post(changelist, {"action": "export_csv", "_selected_action": [refund.pk]})
    assert b"28.50" in export.content and member.iban.encode() in export.content
    client.post(
        changelist,
        {"action": "mark_paid", "_selected_action": [refund.pk], "post": "yes", "reason": "bank statement 2027/05"},
    )
    refund.refresh_from_db()
    assert refund.status == "paid"
    # a new computation leaves a paid refund alone
    assert services.max_invoice_compute(year=2026, as_of=date(2027, 3, 1))["unchanged_paid"] == 1


def test_art8_4_no_revocation_vanaf_1_januari_2021_member_tariff_once_the_window_is_paid(price_list):
    """Art. 8 §4: "Geen enkele persoon kan de hoedanigheid van een lid … waarvan de mogelijkheid om te
    genieten … opgeheven is, vanaf 1 januari 2021 verwerven." 36 months unpaid (2023-12 … 2026-11):
    suspended, not in order, triple tariff; once 2024-12 … 2026-11 are paid: in order, member tariff
    at once (no 24-month restoration period)."""
    import time_machine

    from core.months import Month, month_range
    from members import services as member_services
    from members.models import ContributionDue
    from members.tests.factories import contribution_table

    contribution_table(date(2017, 1, 1))
    household, member = household_with_titular(start=date(2023, 12, 1))
    member_services.dues_book(through=Month(2026, 11), household_ids=[household.pk])
    with time_machine.travel(date(2026, 11, 23), tick=False):
        before = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 11, 16))
        assert before.renter == "member_not_in_order" and total(before) == Decimal("75.00")
        window = list(month_range(Month(2024, 12), Month(2026, 11)))
        amount = sum(
            ContributionDue.objects.filter(household=household, month__in=[m.first_day for m in window]).values_list(
                "amount", flat=True
            )
        )
        member_services.payment_record(household=household, amount=amount, paid_on=date(2026, 11, 20), months=window)
        after = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 11, 23))
    assert after.renter == "member" and total(after) == Decimal("25.00"), after.renter_reason
    assert before.renter_reason.startswith("member not in order (suspended)")
    assert "suspended, not revoked" in before.renter_reason  # the Art. 8 §4 explanation, nested


def test_charge_kinds_of_the_model_are_those_of_the_rules():
    from django.core.exceptions import ValidationError

    from lending import rules
    from lending.models import RentalCharge

    assert {k.value for k in ChargeKind} == {k.value for k in rules.ChargeKind}
    RentalCharge(kind=ChargeKind.RENT).clean_fields(exclude=["rental", "description", "amount", "day"])
    with pytest.raises(ValidationError) as refused:
        RentalCharge(kind="refund").clean_fields(exclude=["rental", "description", "amount", "day"])
    assert "kind" in refused.value.message_dict
