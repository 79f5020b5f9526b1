"""Art. 52's €50 administrative cost on a sick-child babysitting booking and Art. 54's discount on the
home-care shop's incontinence material, through the services, the admin and the API."""

from datetime import date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from benefits import reference as benefits_reference
from benefits import services as benefits_services
from benefits.tests.test_services import paid_up_member
from core.reasons import render
from lending import reference, rules, selectors, services
from lending.models import CareFee, IncontinenceSale
from members.models import IncreasedReimbursementPeriod
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db


def at(*args) -> datetime:
    return timezone.make_aware(datetime(*args))


@pytest.fixture
def catalogues(table_2026):
    from lending.tests.factories import stock_all

    benefits_reference.seed()
    reference.seed()
    stock_all()


def booking(days=("2026-03-11",), start_time="08:00", end_time="16:00", filed=at(2026, 3, 9, 10, 0)):  # noqa: B008 -- an aware datetime, immutable
    """A sick-child babysitting booked on Monday 09/03/2026 for Wednesday 11/03 from 08:00 (Art. 52)."""
    parent = paid_up_member(birth=date(1988, 2, 2))
    child = add_dependent(parent.household, birth=date(2021, 6, 6))
    with time_machine.travel(filed, tick=False):
        claim = benefits_services.claim_file(
            member=child,
            benefit="sick_child_care",
            event_date=filed.date(),
            quantity=len(days),
            evidence=["medical_certificate"],
            facts={"days": list(days), "start_time": start_time, "end_time": end_time},
        )
    assert claim.status == "approved", claim.reasons
    return claim


# --- Art. 52 "laattijdige annulering" -------------------------------------------------------------------


def test_late_cancellation_is_charged_50_euro_at_once(catalogues):
    """Art. 52: "bij … laattijdige annulering zal 50 euro administratiekosten aangerekend worden":
    cancelled on Tuesday 09:00 for Wednesday 08:00 (23 hours before) → €50, and the booked day no
    longer counts toward the 8 days a year."""
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=False):
        fee = services.care_booking_cancel(claim=claim, note="Kind is beter, oma past op.")
    assert fee is not None and fee.amount == Decimal("50.00") and fee.ground == "late_cancellation"
    assert fee.day == date(2026, 3, 11) and "laattijdige annulering" in fee.reason
    claim.refresh_from_db()
    assert claim.status == "cancelled" and "cancelled" in render(claim.reasons[-1]) and claim.units == 0


def test_cancellation_on_time_costs_nothing(catalogues):
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 7, 59), tick=False):  # 24 h 01 before Wednesday 08:00
        assert services.care_booking_cancel(claim=claim) is None
    claim.refresh_from_db()
    assert claim.status == "cancelled" and "on time" in render(claim.reasons[-1])
    assert not CareFee.objects.exists()


def test_a_cancelled_booking_is_not_judged_again(catalogues):
    """A cancelled babysitting stays cancelled: editing its claim cannot turn it back into an approved
    booking that counts toward the 8 days a year (Art. 52)."""
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 7, 0), tick=False):
        services.care_booking_cancel(claim=claim)
    claim.refresh_from_db()
    with pytest.raises(ValidationError):
        benefits_services.claim_rejudge(claim=claim)
    claim.refresh_from_db()
    assert claim.status == "cancelled" and claim.units == 0


def test_a_booking_is_cancelled_and_charged_once(catalogues):
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=False):
        services.care_booking_cancel(claim=claim)
        with pytest.raises(ValidationError) as refused:
            services.care_booking_cancel(claim=claim)
    assert "claim" in refused.value.message_dict
    assert CareFee.objects.count() == 1


def test_cancellation_after_the_babysitting_is_refused(catalogues):
    claim = booking()
    with time_machine.travel(at(2026, 3, 11, 17, 0), tick=False), pytest.raises(ValidationError) as refused:
        services.care_booking_cancel(claim=claim)
    assert "received_at" in refused.value.message_dict


def test_late_cancellation_after_a_misuse_fee_is_not_charged_twice(catalogues):
    """One €50 per booking (``rules.CARE_FEE_ONCE_PER_BOOKING``): improper use on Wednesday, then the
    member cancels Thursday late; the cancellation is recorded, no second fee."""
    claim = booking(days=("2026-03-11", "2026-03-12"))
    with time_machine.travel(at(2026, 3, 11, 20, 0), tick=False):
        services.care_fee_record(claim=claim, ground="misuse", note="Kind speelde buiten, niet ziek; geen attest.")
        assert services.care_booking_cancel(claim=claim) is None
    claim.refresh_from_db()
    assert claim.status == "cancelled" and "already charged" in render(claim.reasons[-1])
    assert CareFee.objects.get().ground == "misuse"


# --- Art. 52 "oneigenlijk gebruik" and "overschrijding van de maximale duur (9 uur)" ------------------------


def test_overrun_of_9_hours_is_charged_once(catalogues):
    claim = booking(days=("2026-03-11", "2026-03-12"))
    with time_machine.travel(at(2026, 3, 12, 19, 0), tick=False):
        fee = services.care_fee_record(claim=claim, ground="overrun", hours=Decimal("10.5"), day=date(2026, 3, 12))
        again = services.care_fee_record(claim=claim, ground="overrun", hours=Decimal("10.5"), day=date(2026, 3, 12))
        with pytest.raises(ValidationError) as second:
            services.care_fee_record(
                claim=claim, ground="misuse", note="Oppas moest ook poetsen en koken.", day=date(2026, 3, 11)
            )
    assert fee.amount == Decimal("50.00") and again.pk == fee.pk
    assert "one fee per booking" in str(second.value)
    assert CareFee.objects.count() == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"ground": "overrun", "hours": Decimal("9")}, "hours"),  # 9 hours is the maximum, not an overrun
        ({"ground": "misuse", "note": "nee"}, "note"),
        ({"ground": "misuse", "note": "Kind niet ziek, geen attest.", "day": date(2026, 3, 13)}, "day"),
        ({"ground": "late_cancellation"}, "ground"),
        ({"ground": "overrun", "hours": Decimal("10"), "day": date(2026, 3, 11), "claim": 0}, "claim"),
    ],
)
def test_fee_refusals_name_the_field(catalogues, kwargs, field):
    claim = booking()
    kwargs = {"claim": claim, **kwargs}
    with time_machine.travel(at(2026, 3, 12, 9, 0), tick=False), pytest.raises(ValidationError) as refused:
        services.care_fee_record(**kwargs)
    assert field in refused.value.message_dict


def test_fee_only_on_a_sick_child_booking(catalogues):
    member = paid_up_member(birth=date(1950, 1, 1))
    foot = benefits_services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 2, 2), evidence=["invoice"]
    )
    with pytest.raises(ValidationError) as refused:
        services.care_fee_record(claim=foot, ground="misuse", note="Geen thuisoppas: voetverzorging.")
    assert "sick-child" in refused.value.message_dict["claim"][0]


def test_fee_is_not_counted_for_the_maximum_invoice(catalogues):
    """Art. 54: "alle huurgelden op kalenderjaarbasis die de 300 euro overtreffen": the Art. 52 fee is
    not rent, so a parent who rents and pays a fee has the same maximum invoice."""
    claim = booking()
    parent = claim.member.household.members.exclude(pk=claim.member_id).get()
    rental = services.rental_start(
        item="electric-care-bed", member=parent, start_date=date(2026, 1, 1), delivery="driver"
    )
    services.rental_accrue(rental=rental, through=date(2026, 12, 31))
    before = selectors.max_invoice_for(parent, 2026)
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=False):
        services.care_booking_cancel(claim=claim)
    assert (
        selectors.max_invoice_for(parent, 2026)
        == before
        == {"counted_rent": Decimal("328.50"), "refund": Decimal("28.50")}
    )


# --- Art. 54 Thuiszorgwinkel: "een korting t.b.v. 10% of 30% voor het incontinentiemateriaal" ------------


def test_member_in_order_gets_10_percent(catalogues):
    member = paid_up_member()
    sale = services.incontinence_sale_record(
        member=member, invoice_number="TZW-2026-0001", invoice_date=date(2026, 3, 4), amount=Decimal("47.85")
    )
    assert (sale.entitled, sale.vt, sale.discount_percent, sale.discount) == (
        True,
        False,
        Decimal("10"),
        Decimal("4.79"),
    )
    assert sale.to_pay == Decimal("43.06") and "10 %" in sale.reason


def test_member_with_vt_on_the_invoice_date_gets_30_percent(catalogues):
    member = paid_up_member()
    IncreasedReimbursementPeriod.objects.create(member=member, start=date(2026, 2, 1))  # VT from February only
    sale = services.incontinence_sale_record(
        member=member, invoice_number="TZW-2026-0002", invoice_date=date(2026, 3, 4), amount=Decimal("47.85")
    )
    assert (sale.vt, sale.discount_percent, sale.discount) == (True, Decimal("30"), Decimal("14.36"))
    january = services.incontinence_sale_record(
        member=member, invoice_number="TZW-2026-0003", invoice_date=date(2026, 1, 20), amount=Decimal("47.85")
    )
    assert january.discount_percent == Decimal("10")


def test_member_not_in_order_gets_no_discount(catalogues):
    _, member = household_with_titular(start=date(2026, 1, 1))  # nothing paid: suspended (Art. 8)
    sale = services.incontinence_sale_record(
        member=member, invoice_number="TZW-2026-0004", invoice_date=date(2026, 3, 4), amount=Decimal("30.00")
    )
    assert (sale.entitled, sale.discount) == (False, Decimal("0.00")) and "not in order" in sale.reason


def test_same_invoice_recorded_twice_is_one_sale(catalogues):
    member = paid_up_member()
    first = services.incontinence_sale_record(
        member=member, invoice_number="TZW-9", invoice_date=date(2026, 3, 4), amount=Decimal("20.00")
    )
    again = services.incontinence_sale_record(
        member=member, invoice_number=" TZW-9 ", invoice_date=date(2026, 3, 4), amount=Decimal("20")
    )
    assert again.pk == first.pk and IncontinenceSale.objects.count() == 1
    with pytest.raises(ValidationError) as refused:
        services.incontinence_sale_record(
            member=member, invoice_number="TZW-9", invoice_date=date(2026, 3, 4), amount=Decimal("25.00")
        )
    assert "invoice_number" in refused.value.message_dict


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"amount": Decimal("0")}, "amount"),
        ({"amount": Decimal("-5")}, "amount"),
        ({"amount": Decimal("100000")}, "amount"),
        ({"amount": "veel"}, "amount"),
        ({"invoice_date": date(9999, 1, 1)}, "invoice_date"),
        ({"invoice_number": "  "}, "invoice_number"),
        ({"member": 2**70}, "member"),
    ],
)
def test_incontinence_bad_input_names_the_field(catalogues, kwargs, field):
    member = paid_up_member()
    values = {
        "member": member,
        "invoice_number": "TZW-1",
        "invoice_date": date(2026, 3, 4),
        "amount": Decimal("10"),
        **kwargs,
    }
    with pytest.raises(ValidationError) as refused:
        services.incontinence_sale_record(**values)
    assert field in refused.value.message_dict


def test_rule_constants_are_the_statutes():
    assert (rules.INCONTINENCE_DISCOUNT_PERCENT, rules.INCONTINENCE_DISCOUNT_PERCENT_VT) == (
        Decimal("10"),
        Decimal("30"),
    )


# --- the admin ----------------------------------------------------------------------------------------

from django.urls import reverse  # noqa: E402


def test_admin_clerk_cancels_late_and_records_an_overrun(client, make_user, catalogues):
    clerk = make_user("clerk")
    client.force_login(clerk)
    late = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=True):
        assert client.get(reverse("admin:lending_carefee_changelist")).status_code == 200
        response = client.post(
            reverse("admin:lending_carefee_cancel"),
            {"claim": late.pk, "received_at": "10/03/2026 09:00", "note": "telefonisch"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    fee = CareFee.objects.get(claim=late)
    assert (fee.ground, fee.amount, fee.recorded_by) == ("late_cancellation", Decimal("50.00"), clerk)

    overrun = booking()
    with time_machine.travel(at(2026, 3, 11, 19, 0), tick=True):
        refused = client.post(
            reverse("admin:lending_carefee_add"),
            {"claim": overrun.pk, "ground": "overrun", "day": "11/03/2026", "hours": "9", "note": ""},
        )
        assert refused.status_code == 200 and "no overrun" in refused.content.decode()
        response = client.post(
            reverse("admin:lending_carefee_add"),
            {"claim": overrun.pk, "ground": "overrun", "day": "11/03/2026", "hours": "10,5", "note": ""},
        )
    assert response.status_code == 302
    assert CareFee.objects.get(claim=overrun).hours == Decimal("10.50")


def test_lending_desk_does_not_see_sick_child_care_fees(client, make_user, catalogues):
    """A babysitting for an ill child is health data: the ComfoPlus desk does not open these pages."""
    client.force_login(make_user("lending_desk"))
    assert client.get(reverse("admin:lending_carefee_changelist")).status_code == 403
    assert client.get(reverse("admin:lending_carefee_cancel")).status_code == 403
    assert client.get(reverse("admin:lending_incontinencesale_changelist")).status_code == 200


def test_admin_incontinence_sale_with_the_discount(client, make_user, catalogues):
    member = paid_up_member()
    IncreasedReimbursementPeriod.objects.create(member=member, start=date(2026, 1, 1))
    client.force_login(make_user("lending_desk"))
    response = client.post(
        reverse("admin:lending_incontinencesale_add"),
        {"member": member.pk, "invoice_number": "TZW-55", "invoice_date": "04/03/2026", "amount": "100,00"},
    )
    assert response.status_code == 302
    sale = IncontinenceSale.objects.get(invoice_number="TZW-55")
    assert (sale.discount_percent, sale.discount) == (Decimal("30"), Decimal("30.00"))
    page = client.get(reverse("admin:lending_incontinencesale_change", args=[sale.pk])).content.decode()
    assert "70,00" in page or "70.00" in page
    refused = client.post(
        reverse("admin:lending_incontinencesale_add"),
        {"member": member.pk, "invoice_number": "TZW-56", "invoice_date": "04/03/2026", "amount": "0"},
    )
    assert refused.status_code == 200 and IncontinenceSale.objects.count() == 1


# --- the API -------------------------------------------------------------------------------------------


def test_api_cancel_late_and_incontinence_sale(api_client, make_user, catalogues):
    api_client.force_authenticate(make_user("clerk"))
    claim = booking()
    with time_machine.travel(at(2026, 3, 10, 9, 0), tick=True):
        response = api_client.post("/api/v1/lending/care-fees/cancel/", {"claim": claim.pk}, format="json")
        assert response.status_code == 200, response.content
        assert response.json()["late"] is True and response.json()["fee"]["amount"] == "50.00"
        again = api_client.post("/api/v1/lending/care-fees/cancel/", {"claim": claim.pk}, format="json")
    assert again.status_code == 400 and "claim" in again.json()
    listed = api_client.get("/api/v1/lending/care-fees/")
    assert listed.status_code == 200 and CareFee.objects.count() == 1

    member = paid_up_member(last_name="Claes")
    sale = api_client.post(
        "/api/v1/lending/incontinence-sales/",
        {"member": member.pk, "invoice_number": "TZW-77", "invoice_date": "2026-03-04", "amount": "12.35"},
        format="json",
    )
    assert sale.status_code == 201, sale.content
    assert (sale.json()["discount_percent"], sale.json()["discount"], sale.json()["to_pay"]) == (
        "10.00",
        "1.24",
        "11.11",
    )
    bad = api_client.post(
        "/api/v1/lending/incontinence-sales/",
        {"member": member.pk, "invoice_number": "TZW-78", "invoice_date": "9999-03-04", "amount": "12.35"},
        format="json",
    )
    assert bad.status_code == 400 and "invoice_date" in bad.json()


def test_api_overrun_and_the_desk_is_refused(api_client, make_user, catalogues):
    claim = booking()
    api_client.force_authenticate(make_user("lending_desk"))
    assert api_client.get("/api/v1/lending/care-fees/").status_code == 403
    api_client.force_authenticate(make_user("clerk"))
    with time_machine.travel(at(2026, 3, 11, 19, 0), tick=True):
        short = api_client.post(
            "/api/v1/lending/care-fees/", {"claim": claim.pk, "ground": "overrun", "hours": "8.5"}, format="json"
        )
        response = api_client.post(
            "/api/v1/lending/care-fees/", {"claim": claim.pk, "ground": "overrun", "hours": "9.5"}, format="json"
        )
    assert short.status_code == 400 and "hours" in short.json()
    assert response.status_code == 201 and response.json()["amount"] == "50.00"
