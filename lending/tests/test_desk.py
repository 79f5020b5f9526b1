"""The lending desk (issue #16): a rental runs with its unit, the reservation list, the triple-tariff
warning before renting, and the return form's preview of the final invoice."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from benefits.tests.test_services import paid_up_member
from core.formatting import explained
from core.months import Month
from lending import rules, selectors, services
from lending.models import Accessory, Item, Rental, Reservation, ReservationStatus, StockUnit, UnitState
from lending.tests.test_stock_and_locks import stock
from members import selectors as member_selectors
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


def free(code="wheelchair"):
    return StockUnit.objects.filter(item__code=code, state=UnitState.AVAILABLE).count()


# --- a rental runs with its stock unit ---------------------------------------------------------------------


def test_the_service_assigns_a_free_unit_and_it_is_no_longer_free(price_list):
    # given two free wheelchairs
    units = stock(count=2)
    # when a rental starts without naming one
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    # then the first free unit runs with it, and one is left free
    assert rental.unit == units[0]
    rental.unit.refresh_from_db()
    assert rental.unit.state == UnitState.RENTED
    assert free() == 1


def test_no_free_unit_refuses_naming_the_states_and_stores_nothing(price_list):
    stock(count=1, state=UnitState.CLEANING)
    with pytest.raises(services.NoFreeUnit) as refused:
        services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    message = refused.value.message_dict["item"][0]
    assert "Wheelchair" in message and "cleaned" in message and "reservation list" in message
    assert not Rental.objects.exists()


def test_an_item_without_any_unit_is_not_rented_but_a_service_is(price_list):
    StockUnit.objects.filter(item__code__in=("wheelchair", "professional-assistance")).delete()
    member = paid_up_member()
    with pytest.raises(services.NoFreeUnit, match="no unit registered"):
        services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    # footnote (8): professional assistance is the alarm centre's service, not a piece of equipment
    assistance = services.rental_start(item="professional-assistance", member=member, start_date=date(2026, 3, 2))
    assert assistance.unit is None


def test_the_clerk_may_choose_a_free_unit_but_not_one_held_for_another_renter(price_list):
    first, second = stock(count=2)
    chosen = services.rental_start(
        item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2), unit=second.serial
    )
    assert chosen.unit == second
    queued = services.reservation_add(item="wheelchair", renter_name="Jeanne Dupont", wanted_from=date(2026, 3, 2))
    assert queued.unit == first  # a free unit is held at once for the request
    with pytest.raises(ValidationError, match="held for another renter"):
        services.rental_start(
            item="wheelchair",
            member=paid_up_member(birth=date(1970, 2, 2), last_name="Ander"),
            start_date=date(2026, 3, 2),
            unit=first.serial,
        )


# --- the reservation list: queued in order, offered when a unit comes back ----------------------------------


def test_requests_queue_in_order_and_the_unit_coming_back_goes_to_the_first(price_list):
    # given the only wheelchair is rented out
    [unit] = stock(count=1)
    renting = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    first_member = paid_up_member(birth=date(1970, 2, 2), last_name="Eerste")
    second_member = paid_up_member(birth=date(1971, 3, 3), last_name="Tweede")
    # when two renters ask for one
    first = services.reservation_add(item="wheelchair", member=first_member, wanted_from=date(2026, 3, 10))
    second = services.reservation_add(item="wheelchair", member=second_member, wanted_from=date(2026, 3, 10))
    # then they wait in order; asking again does not queue twice
    assert (first.unit, second.unit) == (None, None)
    assert services.reservation_queue_position(first) == 1 and services.reservation_queue_position(second) == 2
    assert services.reservation_add(item="wheelchair", member=second_member, wanted_from=date(2026, 3, 11)) == second

    # when the unit comes back, is cleaned and available again
    services.rental_return(rental=renting, return_date=date(2026, 3, 20))
    unit.refresh_from_db()
    assert unit.state == UnitState.CLEANING
    services.stock_unit_set_state(unit=unit, state=UnitState.AVAILABLE)

    # then it is held for the first request: not free for anyone else
    unit.refresh_from_db()
    first.refresh_from_db()
    assert unit.state == UnitState.RESERVED and first.unit == unit and free() == 0
    with pytest.raises(services.NoFreeUnit):
        services.rental_start(item="wheelchair", member=second_member, start_date=date(2026, 3, 21))
    # and the first renter's rental takes it, fulfilling the reservation
    rental = services.rental_start(item="wheelchair", member=first_member, start_date=date(2026, 3, 21))
    first.refresh_from_db()
    assert rental.unit == unit and first.status == ReservationStatus.FULFILLED
    assert services.reservation_queue_position(second) == 1


def test_a_cancelled_reservation_passes_its_unit_to_the_next(price_list):
    [unit] = stock(count=1)
    first = services.reservation_add(item="wheelchair", renter_name="Eerste", wanted_from=date(2026, 3, 2))
    second = services.reservation_add(item="wheelchair", renter_name="Tweede", wanted_from=date(2026, 3, 2))
    assert first.unit == unit and second.unit is None
    services.reservation_cancel(reservation=first)
    second.refresh_from_db()
    assert second.unit == unit and Reservation.objects.get(pk=first.pk).status == ReservationStatus.CANCELLED


def test_running_rentals_without_a_unit_get_one_by_the_action(client, make_user, price_list):
    [unit] = stock(count=1)
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    # a rental recorded before issue #16, without its unit
    Rental.objects.filter(pk=rental.pk).update(unit=None)
    StockUnit.objects.filter(pk=unit.pk).update(state=UnitState.AVAILABLE)
    client.force_login(make_user("lending_desk"))
    page = client.get(reverse("admin:lending_rental_change", args=[rental.pk])).content.decode()
    assert "no stock unit" in page
    client.post(reverse("admin:lending_rental_changelist"), {"action": "assign_unit", "_selected_action": [rental.pk]})
    rental.refresh_from_db()
    unit.refresh_from_db()
    assert rental.unit == unit and unit.state == UnitState.RENTED


# --- the triple tariff: warned, with the reason, before the clerk confirms ----------------------------------


def _add_form(member, **extra):
    return {
        "item": Item.objects.get(code="wheelchair").pk,
        "member": member.pk if member else "",
        "renter_name": "" if member else "Jeanne Dupont",
        "unit": "",
        "start_date": "02/03/2026",
        "expected_return": "",
        "delivery": "office",
        **extra,
    }


def test_member_not_in_order_is_warned_with_the_art8_reason_before_renting(client, make_user, price_list):
    # given a member who paid nothing (suspended, Art. 8)
    _, member = household_with_titular(start=date(2026, 1, 1))
    entitlement = member_selectors.entitlements_for(
        member_ids=[member.pk], event_month=Month(2026, 3), as_of=timezone.localdate()
    )[member.pk]
    reason = explained(entitlement)  # the Art. 8 explanation as shown (issue #16: months 01/2026)
    assert reason and "01/2026" in reason
    client.force_login(make_user("lending_desk"))
    # when the clerk fills in the start form
    page = client.post(reverse("admin:lending_rental_add"), _add_form(member))
    # then nothing is rented yet: the form warns of the triple tariff with the reason
    assert page.status_code == 200 and not Rental.objects.exists()
    text = page.content.decode()
    assert "Triple tariff" in text and escape(reason) in text
    # when the clerk confirms
    done = client.post(reverse("admin:lending_rental_add"), _add_form(member, confirm_triple_tariff="on"))
    rental = Rental.objects.get()
    assert done.status_code == 302 and rental.renter == rules.Renter.MEMBER_NOT_IN_ORDER.value
    # and the rental page keeps warning, with the reason
    page = client.get(reverse("admin:lending_rental_change", args=[rental.pk])).content.decode()
    assert "Triple tariff" in page and escape(reason) in page


def test_the_triple_tariff_reason_reads_in_the_clerks_language(client, make_user, price_list, monkeypatch):
    """Issue #16: the reason is stored as data (Bijlage 3, the Art. 8 explanation nested) and shown in the
    clerk's language on the start form and on the rental page, not the English sentence stored beside it.
    A marking translator («…») shows which parts went through the translation."""

    from core import reasons

    # the marks only, not the catalogue's words: what is marked went through the translation
    monkeypatch.setattr(reasons, "_translate", lambda text: f"«{text}»")
    _, member = household_with_titular(start=date(2026, 1, 1))  # paid nothing: suspended (Art. 8 §3)
    client.force_login(make_user("lending_desk"))
    client.cookies["django_language"] = "nl"
    shown = "Bijlage 3: «member not in order («suspended»): three times the listed amounts. Art. 8 §3: «contributions unpaid for 01/2026, 02/2026, 03/2026 in the window 01/2026–03/2026"
    form = client.post(reverse("admin:lending_rental_add"), _add_form(member)).content.decode()
    assert 'lang="nl"' in form and escape(shown) in form
    client.post(reverse("admin:lending_rental_add"), _add_form(member, confirm_triple_tariff="on"))
    rental = Rental.objects.get()
    assert rental.renter_label["code"] == "tariff.member_not_in_order"
    assert rental.renter_label["params"]["status"] == {"label": "suspended"}
    assert rental.renter_reason.startswith("member not in order (suspended): three times the listed amounts.")
    page = client.get(reverse("admin:lending_rental_change", args=[rental.pk])).content.decode()
    assert page.count(escape(shown)) >= 2  # the tariff warning, "why this tariff"
    assert escape(rental.renter_reason) not in page  # not the stored English sentence


def test_member_in_order_is_not_warned(client, make_user, price_list):
    client.force_login(make_user("lending_desk"))
    response = client.post(reverse("admin:lending_rental_add"), _add_form(paid_up_member()))
    assert response.status_code == 302
    assert Rental.objects.get().renter == rules.Renter.MEMBER.value


def test_no_free_unit_on_the_form_queues_the_request_when_asked(client, make_user, price_list):
    stock(count=0)
    client.force_login(make_user("lending_desk"))
    refused = client.post(reverse("admin:lending_rental_add"), _add_form(paid_up_member()))
    assert refused.status_code == 200 and "No Wheelchair is free" in refused.content.decode()
    queued = client.post(
        reverse("admin:lending_rental_add"),
        _add_form(paid_up_member(birth=date(1970, 1, 1)), reserve_if_none_free="on"),
    )
    reservation = Reservation.objects.get()
    assert queued.status_code == 302 and queued.url == reverse(
        "admin:lending_reservation_change", args=[reservation.pk]
    )
    assert not Rental.objects.exists()


# --- the return form: calendar and the final invoice's preview ---------------------------------------------


def _charges(lines):
    return sorted((str(c.kind), c.description, c.amount, c.day, c.counts_for_max_invoice) for c in lines)


def test_the_preview_is_the_invoice_the_return_writes(price_list):
    # given an electric care bed rented since 2 March and accrued up to today (the nightly run)
    member = paid_up_member()
    rental = services.rental_start(
        item="electric-care-bed", member=member, start_date=date(2026, 3, 2), delivery="driver"
    )
    today = timezone.localdate()
    services.rental_accrue(rental=rental, through=today)
    accessory = Accessory.objects.first()
    # when the clerk records a return dated earlier (the accrual went past it) with the check's costs
    values = {
        "cleaning": Decimal("7.50"),
        "repair": Decimal("12.00"),
        "damage": Decimal("0"),
        "purchases": ((accessory.name, accessory.price),),
    }
    returned_on = min(today, date(2026, 6, 10))
    preview = selectors.final_invoice_preview(rental, returned_on, **values)
    assert any(c.amount < 0 for c in preview.new) or returned_on == today  # the accrual is corrected
    services.rental_return(rental=rental, return_date=returned_on, **values)
    # then the invoice written is the preview, line for line, and its total
    written = [
        rules.Charge(rules.ChargeKind(c.kind), c.description, c.amount, c.day, c.counts_for_max_invoice)
        for c in rental.charges.all()
    ]
    assert _charges(written) == _charges(preview.lines)
    assert sum(c.amount for c in written) == preview.total
    # the maximum invoice of the year counts the member-tariff rent (forfait + days)
    [(year, counted, refund)] = preview.max_invoice
    assert year == 2026 and counted == rules.counted_rent(written, 2026) and refund == rules.max_invoice_refund(counted)


def test_the_return_form_has_a_calendar_and_previews_before_confirming(client, make_user, price_list):
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    client.force_login(make_user("lending_desk"))
    url = reverse("admin:lending_rental_return", args=[rental.pk])
    page = client.get(url).content.decode()
    assert "vDateField" in page and "DateTimeShortcuts.js" in page
    assert "final-invoice-preview" in page
    # 50 days: forfait 30 × €0.60 + 20 × €0.60 + fee €7 + repair €12.50
    preview = client.post(
        url,
        {
            "return_date": "20/04/2026",
            "cleaning": "",
            "repair": "12,50",
            "damage": "",
            "accessory": "",
            "_preview": "1",
        },
    )
    text = preview.content.decode()
    assert preview.status_code == 200 and "49,50 €" in text and "12,50 €" in text
    rental.refresh_from_db()
    assert rental.status == "running"  # previewing writes nothing
    done = client.post(
        url,
        {
            "return_date": "20/04/2026",
            "cleaning": "",
            "repair": "12,50",
            "damage": "",
            "accessory": "",
            "_confirm": "1",
        },
    )
    assert done.status_code == 302
    rental.refresh_from_db()
    assert rental.status == "returned" and sum(c.amount for c in rental.charges.all()) == Decimal("49.50")


def test_a_return_date_out_of_bounds_is_a_form_error_not_a_preview(client, make_user, price_list):
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    client.force_login(make_user("lending_desk"))
    url = reverse("admin:lending_rental_return", args=[rental.pk])
    future = (timezone.localdate() + timedelta(days=400)).strftime("%d/%m/%Y")
    response = client.post(url, {"return_date": future, "_preview": "1"})
    assert response.status_code == 200 and "final-invoice-preview" not in response.content.decode()
    assert "errorlist" in response.content.decode()


def test_the_desk_adds_a_reservation_through_the_service(client, make_user, price_list):
    [unit] = stock(count=1)
    client.force_login(make_user("lending_desk"))
    response = client.post(
        reverse("admin:lending_reservation_add"),
        {
            "item": Item.objects.get(code="wheelchair").pk,
            "office": unit.office.pk,
            "member": "",
            "renter_name": "Jeanne Dupont",
            "wanted_from": "02/03/2026",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    reservation = Reservation.objects.get()
    unit.refresh_from_db()
    assert reservation.unit == unit and unit.state == UnitState.RESERVED  # a free unit is held at once
    listing = client.get(reverse("admin:lending_reservation_changelist")).content.decode()
    assert unit.serial in listing


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_for_the_last_free_unit_hold_it_for_one(table_2026):
    from core.tests.parallel import require_row_locks, run_at_once
    from lending import reference

    # given one free wheelchair and four renters asking for it at once
    require_row_locks()
    reference.seed()
    [unit] = stock(count=1)
    names = ("Peeters", "Maes", "Jacobs", "Willems")
    reservations, errors = run_at_once(
        lambda i: services.reservation_add(item="wheelchair", renter_name=names[i], wanted_from=date(2026, 3, 2))
    )
    # then four requests are queued and the unit is held for exactly one of them
    assert not errors and len(reservations) == 4
    unit.refresh_from_db()
    assert unit.state == UnitState.RESERVED
    assert Reservation.objects.filter(unit=unit).count() == 1
    assert Reservation.objects.filter(status=ReservationStatus.OPEN).count() == 4
