"""Reference data of the lending service: Bijlage 3 (``lending.catalogue``) and the offices.

Seeded by the one policy of ``core.seeding``: items by code, price versions by (item, valid from),
accessories by (code, valid from), offices by name. What is missing is inserted; a seeded price a
manager changed is reported as a difference and kept, unless forced.
"""

import dataclasses

from django.db import transaction

from core.seeding import Seeder, seeder_for
from lending.catalogue import ACCESSORIES, ACCESSORY_NAMES_FR, ITEMS, NAMES_FR, VALID_FROM
from lending.rules import Price

OFFICES = [
    ("Antwerpen", "Antwerpen"),
    ("Gent", "Gent"),
    ("Brugge", "Brugge"),
    ("Leuven", "Leuven"),
    ("Hasselt", "Hasselt"),
]


def price_fields(code, group, day_price, fixed_cost, options) -> dict:
    """A catalogue row as PriceVersion field values: every field of ``lending.rules.Price``, defaults
    too, so a field the catalogue leaves at its default (30 forfait days, …) is compared as well."""
    price = Price(code=code, group=group, day_price=day_price, fixed_cost=fixed_cost, **options)
    return {f.name: getattr(price, f.name) for f in dataclasses.fields(Price) if f.name not in ("code", "group")}


@transaction.atomic
def seed(stdout=None, seeder: Seeder | None = None) -> Seeder:
    from lending.models import Accessory, Item, Office, PriceVersion

    seeder = seeder_for("lending", seeder)
    for name, city in OFFICES:
        seeder.sync(Office, f"office:{name}", {"name": name}, {"city": city})
    items = {}
    for code, group, name_nl, name_en, day_price, fixed_cost, options in ITEMS:
        items[code] = item = seeder.sync(
            Item,
            f"item:{code}",
            {"code": code},
            {"group": group.value, "name": name_en, "name_nl": name_nl, "name_fr": NAMES_FR[code]},
        )
        seeder.sync(
            PriceVersion,
            f"price:{code}@{VALID_FROM:%Y-%m-%d}",
            {"item": item, "valid_from": VALID_FROM},
            price_fields(code, group, day_price, fixed_cost, options),
        )
    for code, name_nl, name_en, price, for_item in ACCESSORIES:
        seeder.sync(
            Accessory,
            f"accessory:{code}@{VALID_FROM:%Y-%m-%d}",
            {"code": code, "valid_from": VALID_FROM},
            {
                "name": name_en,
                "name_nl": name_nl,
                "name_fr": ACCESSORY_NAMES_FR[code],
                "price": price,
                "for_item": items.get(for_item) if for_item else None,
            },
        )
    if stdout:
        for line in seeder.report(
            f"lending price list, Bijlage 3 ({len(ITEMS)} items, {len(ACCESSORIES)} accessories, "
            f"{len(OFFICES)} offices)"
        ):
            stdout.write(line)
    return seeder
