"""The lending desk's admin: the rental cycle, returns and stock, errors on the form."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from benefits.tests.test_services import paid_up_member
from lending import services
from lending.models import ChargeKind, Item, Rental, UnitState
from lending.tests.test_stock_and_locks import stock

pytestmark = pytest.mark.django_db


def test_admin_rental_cycle(client, make_user, price_list):
    member = paid_up_member()
    client.force_login(make_user("lending_desk"))
    response = client.post(
        reverse("admin:lending_rental_add"),
        {
            "item": Item.objects.get(code="wheelchair").pk,
            "member": member.pk,
            "renter_name": "",
            "unit": "",
            "start_date": "02/03/2026",
            "expected_return": "",
            "delivery": "office",
        },
    )
    assert response.status_code == 302
    rental = Rental.objects.get()
    page = client.get(reverse("admin:lending_rental_change", args=[rental.pk])).content.decode()
    assert "25,00 €" in page and "18,00 €" in page
    client.post(reverse("admin:lending_rental_changelist"), {"action": "return_today", "_selected_action": [rental.pk]})
    rental.refresh_from_db()
    assert rental.status == "returned"


def test_admin_return_with_costs_and_member_page(client, make_user, price_list):
    member = paid_up_member()
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    client.force_login(make_user("lending_desk"))
    url = reverse("admin:lending_rental_return", args=[rental.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"return_date": "20/04/2026", "cleaning": "", "repair": "12,50", "damage": "", "accessory": ""}
    )
    assert response.status_code == 302
    rental.refresh_from_db()
    assert rental.status == "returned"
    assert rental.charges.filter(kind=ChargeKind.REPAIR, amount=Decimal("12.50")).exists()
    # 50 days: forfait + 20 days × €0.60
    assert sum(c.amount for c in rental.charges.filter(kind__in=(ChargeKind.FORFAIT, ChargeKind.RENT))) == Decimal(
        "30.00"
    )
    client.force_login(make_user("clerk"))
    page = client.get(reverse("admin:members_member_change", args=[member.pk])).content.decode()
    assert "Lending (ComfoPlus)" in page and "Benefits used this year" in page


def test_admin_rental_with_no_free_unit_shows_the_error_and_stores_nothing(client, make_user, price_list):
    member = paid_up_member()
    stock(count=1, state=UnitState.CLEANING)
    client.force_login(make_user("lending_desk"))
    response = client.post(
        reverse("admin:lending_rental_add"),
        {
            "item": Item.objects.get(code="wheelchair").pk,
            "member": member.pk,
            "renter_name": "",
            "unit": "",
            "start_date": "02/03/2026",
            "expected_return": "",
            "delivery": "office",
        },
    )
    assert response.status_code == 200
    assert "No Wheelchair is free" in response.content.decode()
    assert Rental.objects.count() == 0


def test_admin_cannot_move_the_expected_return_before_the_start(client, make_user, price_list):
    member = paid_up_member()
    rental = services.rental_start(item="wheelchair", member=member, start_date=date(2026, 3, 2))
    client.force_login(make_user("lending_desk"))
    response = client.post(reverse("admin:lending_rental_change", args=[rental.pk]), {"expected_return": "01/03/2026"})
    assert response.status_code == 200 and "02/03/2026" in response.content.decode()
    rental.refresh_from_db()
    assert rental.expected_return is None
