"""Stock for tests: a rental runs with a stock unit (issue #16), so a test that rents registers units."""

from lending.models import Item, Office, StockUnit, UnitState


def _office():
    return Office.objects.order_by("pk").first() or Office.objects.create(name="Test office", city="Gent")


def free_unit(code: str = "wheelchair") -> StockUnit:
    """A free unit of the item ``code``: an existing one, else a new one."""
    item = Item.objects.get(code=code)
    unit = StockUnit.objects.filter(item=item, state=UnitState.AVAILABLE).order_by("pk").first()
    if unit is None:
        unit = StockUnit.objects.create(
            item=item, office=_office(), serial=f"F-{item.pk}-{StockUnit.objects.filter(item=item).count() + 1}"
        )
    return unit


def stock_all(per_item: int = 3) -> int:
    """``per_item`` free units of every item (serials ``P-<item>-<n>``)."""
    office = _office()
    units = [
        StockUnit(item=item, office=office, serial=f"P-{item.pk}-{n}")
        for item in Item.objects.all()
        for n in range(1, per_item + 1)
    ]
    StockUnit.objects.bulk_create(units, ignore_conflicts=True)
    return len(units)
