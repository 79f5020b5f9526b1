"""The lending desk's API (ComfoPlus): rentals, items, bad input as 400."""

from datetime import date
from decimal import Decimal

import pytest

from benefits.tests.test_services import paid_up_member
from lending.models import ChargeKind, Rental, UnitState
from lending.tests.test_stock_and_locks import stock

pytestmark = pytest.mark.django_db


def test_api_items(desk_api):
    items = {i["code"]: i for i in desk_api.get("/api/v1/lending/items/").json()}
    assert len(items) == 41
    assert items["wheelchair"]["prices"]["day_price"] == "0.60"
    assert items["hilotherm-cooling-device"]["prices"]["footnotes"]["seven_day_forfait_5"] is True
    assert items["home-trainer"]["prices"]["footnotes"]["excluded_from_max_invoice_4"] is True


def test_api_rental_cycle(desk_api):
    member = paid_up_member()
    response = desk_api.post(
        "/api/v1/lending/rentals/",
        {"item": "electric-care-bed", "member": member.pk, "start_date": "2026-01-01", "delivery": "driver_upstairs"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["total"] == "130.00"  # 27 + 7 + 2 × 48
    assert {c["kind"] for c in body["charges"]} == {ChargeKind.FORFAIT, ChargeKind.FEE, ChargeKind.DELIVERY}
    import time_machine

    with time_machine.travel(date(2027, 1, 2), tick=False):  # a return is recorded once it happened (core.bounds)
        returned = desk_api.post(
            f"/api/v1/lending/rentals/{body['id']}/return/", {"return_date": "2026-12-31"}, format="json"
        ).json()
    assert returned["total"] == f"{Decimal('328.50') + 7 + 96:.2f}"
    assert desk_api.get(f"/api/v1/lending/max-invoice/?member={member.pk}&year=2026").json() == {
        "counted_rent": "328.50",
        "refund": "28.50",
    }


def test_api_bad_delivery_is_400(desk_api):
    member = paid_up_member()
    response = desk_api.post(
        "/api/v1/lending/rentals/",
        {"item": "wheelchair", "member": member.pk, "start_date": "2026-03-01", "delivery": "drone"},
        format="json",
    )
    assert response.status_code == 400 and "delivery" in response.json()


def test_api_rental_with_no_free_unit_is_400_on_item(desk_api):
    member = paid_up_member()
    [unit] = stock()
    data = {"item": "wheelchair", "member": member.pk, "start_date": "2026-03-02"}
    assert desk_api.post("/api/v1/lending/rentals/", data, format="json").status_code == 201
    unit.refresh_from_db()
    assert unit.state == UnitState.RENTED
    for _ in range(2):
        response = desk_api.post("/api/v1/lending/rentals/", data, format="json")
        assert response.status_code == 400
        assert "No Wheelchair is free" in response.json()["item"][0]
    taken = desk_api.post("/api/v1/lending/rentals/", {**data, "unit": unit.serial}, format="json")
    assert taken.status_code == 400 and "unit" in taken.json()
    assert Rental.objects.count() == 1


def test_api_expected_return_before_the_start_is_400(desk_api):
    member = paid_up_member()
    response = desk_api.post(
        "/api/v1/lending/rentals/",
        {"item": "wheelchair", "member": member.pk, "start_date": "2026-03-02", "expected_return": "2026-03-01"},
        format="json",
    )
    assert response.status_code == 400
    assert "02/03/2026" in response.json()["expected_return"][0]
    assert Rental.objects.count() == 0
