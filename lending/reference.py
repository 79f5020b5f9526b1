"""Reference data of the lending service: Bijlage 3 (``lending.catalogue``) and the offices.

Idempotent: items by code, price versions by (item, valid from), accessories by (code, valid from).
"""

from django.db import transaction

from lending.catalogue import ACCESSORIES, ITEMS, VALID_FROM

OFFICES = [("Antwerpen", "Antwerpen"), ("Gent", "Gent"), ("Brugge", "Brugge"), ("Leuven", "Leuven"), ("Hasselt", "Hasselt")]


@transaction.atomic
def seed(stdout=None) -> None:
    from lending.models import Accessory, Item, Office, PriceVersion

    for name, city in OFFICES:
        Office.objects.get_or_create(name=name, defaults={"city": city})
    for code, group, name_nl, name_en, day_price, fixed_cost, options in ITEMS:
        item, _ = Item.objects.update_or_create(code=code, defaults={"group": group.value, "name": name_en, "name_nl": name_nl})
        PriceVersion.objects.update_or_create(
            item=item, valid_from=VALID_FROM, defaults={"day_price": day_price, "fixed_cost": fixed_cost, **options}
        )
    for code, name_nl, name_en, price, for_item in ACCESSORIES:
        Accessory.objects.update_or_create(
            code=code, valid_from=VALID_FROM,
            defaults={"name": name_en, "name_nl": name_nl, "price": price,
                      "for_item": Item.objects.filter(code=for_item).first() if for_item else None},
        )
    if stdout:
        stdout.write(f"lending price list (Bijlage 3): {len(ITEMS)} items, {len(ACCESSORIES)} accessories, {len(OFFICES)} offices")
