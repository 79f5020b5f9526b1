"""Demo stock and rentals: running, returned, a year-long bed that reaches the maximum invoice,
a non-member at triple tariff, a personal alarm for a VT member; a sick-child babysitting cancelled
late (the €50 of Art. 52) and the home-care shop's incontinence invoices with their 10 % / 30 %
discount (Art. 54)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from lending import services
from lending.models import Item, Office, Rental, StockUnit
from members.models import HouseholdStatus, Member

STOCK = {
    "wheelchair": 6,
    "rollator-4-wheel-standard": 6,
    "walking-frame": 4,
    "aerosol": 4,
    "electric-care-bed": 5,
    "passive-patient-lift": 2,
    "breast-pump": 4,
    "fixed-line-alarm": 4,
    "home-trainer": 2,
}


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
            StockUnit.objects.get_or_create(
                serial=f"CP-{serial}", defaults={"item": item, "office": rng.choice(offices)}
            )
    entitled = list(Member.objects.filter(household__status__status="entitled").order_by("pk")[:20])
    suspended = list(Member.objects.filter(household__status__status="suspended").order_by("pk")[:2])
    made = 0

    def rent(code, member=None, start=None, delivery="office", name=""):
        nonlocal made
        rental = services.rental_start(
            item=code,
            member=member,
            renter_name=name,
            start_date=start,
            delivery=delivery,
            expected_return=start + timedelta(days=60),
        )  # the service takes a free unit
        made += 1
        return rental

    year_start = date(today.year, 1, 1)
    if entitled:
        bed = rent("electric-care-bed", entitled[0], year_start, "driver")  # counts toward the €300 maximum invoice
        services.rental_accrue(rental=bed, through=today)
    for member in entitled[1:8]:
        rental = rent(
            rng.choice(["wheelchair", "rollator-4-wheel-standard", "walking-frame", "aerosol"]),
            member,
            today - timedelta(days=rng.randint(10, 200)),
        )
        if rng.random() < 0.5:
            services.rental_return(
                rental=rental, return_date=min(today, rental.start_date + timedelta(days=rng.randint(20, 90)))
            )
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
    fees = _seed_care_fee(today)
    sales = _seed_incontinence_sales(today, entitled)
    _seed_unreceived_refunds(today, entitled)
    # issue #17: the worklist of rights nobody claims, once every app whose data its detectors read is seeded
    from benefits import demo as benefit_demo

    benefit_demo.seed_findings(today=today, stdout=stdout)
    if stdout:
        stdout.write(f"lending: {fees} sick-child care fee(s) (Art. 52), {sales} incontinence invoices (Art. 54)")
        stdout.write(
            f"lending: {StockUnit.objects.count()} stock units, {made} rentals; "
            f"{HouseholdStatus.objects.filter(status='entitled').count()} households in order"
        )
    return made


def _seed_care_fee(today: date) -> int:
    """A babysitting booked for a sick child a week ago, cancelled by phone the evening before at
    19:30 (13 h before the 08:00 start): a late cancellation, €50 (Art. 52)."""
    from benefits import services as benefit_services
    from benefits.rules import is_public_holiday
    from core.dates import add_years

    child = (
        Member.objects.filter(
            household__status__status="entitled",
            birth_date__lte=today - timedelta(days=200),
            birth_date__gt=add_years(today, -12),
        )
        .order_by("pk")
        .first()
    )
    if child is None:
        return 0
    day = today - timedelta(days=7)
    while day.weekday() >= 5 or is_public_holiday(day):
        day -= timedelta(days=1)
    claim = benefit_services.claim_file(
        member=child,
        benefit="sick_child_care",
        event_date=day,
        evidence=["medical_certificate"],
        facts={"days": [day.isoformat()], "start_time": "08:00", "end_time": "16:00"},
    )
    if claim.status != "approved":
        return 0
    received = timezone.make_aware(datetime.combine(day - timedelta(days=1), time(19, 30)))
    fee = services.care_booking_cancel(
        claim=claim,
        received_at=received,
        note="Cancelled by phone the evening before: the grandmother looks after the child.",
    )
    return 1 if fee else 0


def _seed_incontinence_sales(today: date, entitled: list) -> int:
    """Invoices of the home-care shop: a member in order (10 %) and a member with VT (30 %)."""
    from members.models import IncreasedReimbursementPeriod

    vt_member = (
        Member.objects.filter(
            pk__in=IncreasedReimbursementPeriod.objects.filter(start__lte=today).values("member"),
            household__status__status="entitled",
        )
        .order_by("pk")
        .first()
    )
    buyers = [m for m in [entitled[-1] if entitled else None, vt_member] if m is not None]
    for number, member in enumerate(buyers, start=1):
        services.incontinence_sale_record(
            member=member,
            invoice_number=f"TZW-{today.year}-{number:04d}",
            invoice_date=today - timedelta(days=10 * number),
            amount=Decimal("47.85"),
        )
    return len(buyers)


def _seed_unreceived_refunds(today: date, entitled: list) -> int:
    """Issue #17: last year's alarm subsidy and maximum-invoice refund (Art. 54) computed for two members who
    never gave the fund an account number: nothing can pay them, the worklist shows them to a clerk."""
    from django.utils import timezone as tz

    from lending.models import AlarmSubsidy, MaxInvoiceRefund

    titulars = [m for m in entitled if m.role == "titular"][-2:]
    if len(titulars) < 2:
        return 0
    alarm, refund = titulars
    for member in titulars:
        Member.objects.filter(household_id=member.household_id).update(iban="")
    now = tz.now()
    year = today.year - 1
    AlarmSubsidy.objects.get_or_create(
        member=alarm, year=year, defaults={"months": 12, "amount": Decimal("60.00"), "computed_at": now}
    )
    MaxInvoiceRefund.objects.get_or_create(
        member=refund,
        year=year,
        defaults={
            "counted_rent": Decimal("412.50"),
            "refund": Decimal("112.50"),
            "computed_at": now,
            "reason": "Art. 54: rent above €300 in the calendar year",
        },
    )
    return 2
