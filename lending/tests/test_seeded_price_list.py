"""Issue #14: what ``seed_reference`` puts in the database prices exactly as Bijlage 3 says.

The services price a rental with the price version's ``to_price()``; the catalogue's row is
``lending.rules.Price(code, group, day price, fixed cost, **footnotes)``. After seeding an empty
database the two must be the same, field by field, for every item (and every accessory's price).
"""

import dataclasses
from io import StringIO

import pytest
from django.core.management import call_command

from lending.catalogue import ACCESSORIES, ITEMS, VALID_FROM
from lending.models import Accessory, PriceVersion
from lending.rules import Price

pytestmark = pytest.mark.django_db


def mismatches() -> list[str]:
    prices = {
        p.item.code: p.to_price() for p in PriceVersion.objects.filter(valid_from=VALID_FROM).select_related("item")
    }
    found = []
    for code, group, _nl, _en, day_price, fixed_cost, options in ITEMS:
        want = Price(code=code, group=group, day_price=day_price, fixed_cost=fixed_cost, **options)
        got = prices.get(code)
        if got is None:
            found.append(f"{code}: missing in the database")
            continue
        for field in dataclasses.fields(Price):
            if getattr(got, field.name) != getattr(want, field.name):
                found.append(
                    f"{code} {field.name}: database {getattr(got, field.name)!r}, catalogue {getattr(want, field.name)!r}"
                )
    accessories = {a.code: a for a in Accessory.objects.filter(valid_from=VALID_FROM).select_related("for_item")}
    for code, _nl, _en, price, for_item in ACCESSORIES:
        got = accessories.get(code)
        if got is None:
            found.append(f"{code}: missing in the database")
            continue
        if got.price != price:
            found.append(f"{code} price: database {got.price!r}, catalogue {price!r}")
        if (got.for_item.code if got.for_item else "") != for_item:
            found.append(f"{code} for_item: database {got.for_item}, catalogue {for_item}")
    return found


def test_every_seeded_price_version_is_the_catalogues_price():
    call_command("seed_reference", stdout=StringIO())
    assert PriceVersion.objects.count() == len(ITEMS)
    assert mismatches() == []


def test_the_comparison_names_the_item_and_the_field():
    call_command("seed_reference", stdout=StringIO())
    PriceVersion.objects.filter(item__code="hilotherm-cooling-device").update(forfait_days=30)
    PriceVersion.objects.filter(item__code="aerosol").update(fixed_cost="8.00")
    assert sorted(mismatches()) == [
        "aerosol fixed_cost: database Decimal('8.00'), catalogue Decimal('7.00')",
        "hilotherm-cooling-device forfait_days: database 30, catalogue 7",
    ]
