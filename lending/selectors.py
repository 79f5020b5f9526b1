"""Reads of the lending service: prices, the renter's tariff, births, counted rent, VT, the nightly
ranges (STYLE: fetch here, then let ``lending.rules`` decide; the writes are in ``lending.services``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Max, Min, Q, Sum

from core.dates import add_months
from core.money import ZERO, cents
from core.months import Month
from lending import rules
from lending.models import Item, PriceVersion, Rental, RentalCharge, RentalStatus
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import IncreasedReimbursementPeriod, Member


def price_on(item: Item, day: date) -> PriceVersion:
    """The item's price version in force on ``day`` (Bijlage 3)."""
    version = item.prices.filter(valid_from__lte=day).order_by("-valid_from").first()
    if version is None:
        raise ValidationError({"start_date": f"No price for {item.code} on {day:%d/%m/%Y} (Bijlage 3)."})
    return version


def renter_tariff(member: Member | None, day: date, as_of: date) -> tuple[rules.Renter, str]:
    """Member tariff only for a member in order on the start date (Art. 8, judged ``as_of``); otherwise ×3."""
    if member is None:
        return rules.Renter.NON_MEMBER, "not a member: three times the listed amounts, €66 per trip (Bijlage 3)"
    result = member_selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(day), as_of=as_of)[
        member.pk
    ]
    if result.status is member_rules.Status.NOT_AFFILIATED:
        return rules.Renter.NON_MEMBER, f"not affiliated on the start date: {result.reason}"
    if result.status is member_rules.Status.ENTITLED:
        return rules.Renter.MEMBER, "member in order (Art. 8): member tariff"
    return (
        rules.Renter.MEMBER_NOT_IN_ORDER,
        f"member not in order ({result.status.value}): three times the listed amounts. {result.reason}",
    )


def birth_within(member: Member, day: date) -> bool:
    """A child born in the member's household no longer than 6 months, to the day, before ``day``
    (Art. 54, ``rules.free_month_after_birth``; the query window is wider, the rule decides)."""
    births = Member.objects.filter(
        household_id=member.household_id,
        birth_date__lte=day,
        birth_date__gte=add_months(day, -(rules.FREE_MONTHS_AFTER_BIRTH + 1)),
    )
    return any(rules.free_month_after_birth(birth, day) for birth in births.values_list("birth_date", flat=True))


def counted_rent(member: Member, year: int) -> Decimal:
    """The member's rent of ``year`` that counts for the maximum invoice (Art. 54)."""
    total = RentalCharge.objects.filter(rental__member=member, counts_for_max_invoice=True, day__year=year).aggregate(
        total=Sum("amount")
    )["total"]
    return cents(total or ZERO)


def max_invoice_for(member: Member, year: int) -> dict:
    """The maximum invoice of ``year`` so far: the counted rent and the refund above €300 (Art. 54)."""
    counted = counted_rent(member, year)
    return {"counted_rent": counted, "refund": rules.max_invoice_refund(counted)}


def max_invoice_totals(year: int):
    """Per member, the counted rent of ``year`` above the threshold (rows ``rental__member``, ``total``)."""
    return (
        RentalCharge.objects.filter(counts_for_max_invoice=True, day__year=year, rental__member__isnull=False)
        .values("rental__member")
        .annotate(total=Sum("amount"))
        .filter(total__gt=rules.MAX_INVOICE_THRESHOLD)
    )


def alarm_rental_periods(year: int) -> dict[int, list[tuple[date, date]]]:
    """Per member with VT on 1 January of ``year``, the periods of ``year`` in which a personal alarm
    was rented (Art. 54; a running rental runs to 31 December)."""
    january = date(year, 1, 1)
    vt_members = set(
        IncreasedReimbursementPeriod.objects.filter(
            Q(end__isnull=True) | Q(end__gte=january), start__lte=january
        ).values_list("member_id", flat=True)
    )
    periods: dict[int, list] = {}
    for member_id, start, returned in (
        Rental.objects.filter(
            member_id__in=vt_members,
            item__group=rules.Group.ALARM.value,
            start_date__lte=date(year, 12, 31),
        )
        .filter(Q(return_date__isnull=True) | Q(return_date__gte=january))
        .values_list("member_id", "start_date", "return_date")
    ):
        periods.setdefault(member_id, []).append((start, returned or date(year, 12, 31)))
    return periods


def vt_on(member: Member, day: date) -> bool:
    """Increased reimbursement (VT) on ``day``."""
    return IncreasedReimbursementPeriod.objects.filter(
        Q(end__isnull=True) | Q(end__gte=day), member=member, start__lte=day
    ).exists()


def running_ids() -> tuple[int | None, int | None]:
    """The lowest and highest id of a running contract (the nightly accrual's range)."""
    bounds = Rental.objects.filter(status=RentalStatus.RUNNING).aggregate(low=Min("id"), high=Max("id"))
    return bounds["low"], bounds["high"]
