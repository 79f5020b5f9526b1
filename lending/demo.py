"""Demo stock and rentals: running, returned, a year-long bed that reaches the maximum invoice,
a non-member at triple tariff, a personal alarm for a VT member."""

from __future__ import annotations

import random
from datetime import date, timedelta

from lending import services
from lending.models import Item, Office, Rental, StockUnit
from members.models import HouseholdStatus, Member

STOCK = {"wheelchair": 6, "rollator-4-wheel-standard": 6, "walking-frame": 4, "aerosol": 4, "electric-care-bed": 5,
         "passive-patient-lift": 2, "breast-pump": 4, "fixed-line-alarm": 4, "home-trainer": 2}


def seed(*, today: date, stdout=None) -> int:
    if Rental.objects.exists():
        if stdout:
            stdout.write("lending: demo rentals already present, left as is")
        return 0
    rng = random.Random(54)
    offices = list(Office.objects.all())
    serial = 1000
    for code, count in STOCK.items():
        item = Item.objects.get(code=code)
        for _ in range(count):
            serial += 1
            StockUnit.objects.get_or_create(serial=f"CP-{serial}", defaults={"item": item, "office": rng.choice(offices)})
    entitled = list(Member.objects.filter(household__status__status="entitled").order_by("pk")[:20])
    suspended = list(Member.objects.filter(household__status__status="suspended").order_by("pk")[:2])
    made = 0

    def rent(code, member=None, start=None, delivery="office", name=""):
        nonlocal made
        rental = services.rental_start(item=code, member=member, renter_name=name, start_date=start, delivery=delivery,
                                       expected_return=start + timedelta(days=60))  # the service takes a free unit
        made += 1
        return rental

    year_start = date(today.year, 1, 1)
    if entitled:
        bed = rent("electric-care-bed", entitled[0], year_start, "driver")  # counts toward the €300 maximum invoice
        services.rental_accrue(rental=bed, through=today)
    for member in entitled[1:8]:
        rental = rent(rng.choice(["wheelchair", "rollator-4-wheel-standard", "walking-frame", "aerosol"]), member,
                      today - timedelta(days=rng.randint(10, 200)))
        if rng.random() < 0.5:
            services.rental_return(rental=rental, return_date=min(today, rental.start_date + timedelta(days=rng.randint(20, 90))))
        else:
            services.rental_accrue(rental=rental, through=today)
    for member in suspended:
        rent("wheelchair", member, today - timedelta(days=20))  # triple tariff: not in order
    rent("electric-care-bed", None, today - timedelta(days=15), "driver_upstairs", name="Jeanne Dupont (non-member)")
    if len(entitled) > 9:
        rent("fixed-line-alarm", entitled[9], today - timedelta(days=300))
    if len(entitled) > 10:
        # a patient lift since 1 January: its rent passes the €300 maximum invoice this year (Art. 54)
        lift = rent("passive-patient-lift", entitled[10], date(today.year, 1, 1), "driver")
        services.rental_accrue(rental=lift, through=today)
    if stdout:
        stdout.write(f"lending: {StockUnit.objects.count()} stock units, {made} rentals; "
                     f"{HouseholdStatus.objects.filter(status='entitled').count()} households in order")
    return made
