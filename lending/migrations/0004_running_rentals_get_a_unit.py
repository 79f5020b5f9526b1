"""Issue #16: a rental runs with its stock unit. Running rentals recorded without one (the service used to
rent an item without registered units) get the first free unit of their item, in rental order, and that
unit is marked rented, so the availability is right. Those for which no unit is free stay without one:
the rentals list filters them ("stock unit: none") and the action "Assign a free stock unit" gives them
one once a unit is registered or comes back. Professional assistance (footnote 8) is a service, never a
unit (``lending.rules.needs_stock_unit``)."""

from django.db import migrations


def assign_free_units(apps, schema_editor):
    Rental = apps.get_model("lending", "Rental")
    StockUnit = apps.get_model("lending", "StockUnit")
    running = (
        Rental.objects.filter(status="running", unit__isnull=True, price_version__interventions=False)
        .order_by("pk")
        .values_list("pk", "item_id")
    )
    for rental_id, item_id in list(running):
        unit = StockUnit.objects.filter(item_id=item_id, state="available").order_by("pk").first()
        if unit is None:
            continue
        StockUnit.objects.filter(pk=unit.pk).update(state="rented")
        Rental.objects.filter(pk=rental_id).update(unit=unit)


class Migration(migrations.Migration):
    dependencies = [("lending", "0003_rental_charge_kind_choices")]

    operations = [migrations.RunPython(assign_free_units, migrations.RunPython.noop)]
