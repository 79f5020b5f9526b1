"""Writes of the lending service: rent out, accrue, return, convert, refund (Art. 54, Bijlage 3)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone

from core import bounds
from core.money import ZERO, cents
from core.months import Month
from lending import rules
from lending.models import (
    AlarmSubsidy,
    Item,
    MaxInvoiceRefund,
    PriceVersion,
    RefundStatus,
    Rental,
    RentalCharge,
    RentalStatus,
    StockUnit,
    UnitState,
)
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import IncreasedReimbursementPeriod, Member

#: Footnote (2): the breast pump and baby scale are free for a month up to 6 months after a birth.
FREE_MONTHS_AFTER_BIRTH = 6


def price_on(item: Item, day: date) -> PriceVersion:
    version = item.prices.filter(valid_from__lte=day).order_by("-valid_from").first()
    if version is None:
        raise ValidationError({"start_date": f"No price for {item.code} on {day:%d/%m/%Y} (Bijlage 3)."})
    return version


def renter_tariff(member: Member | None, day: date) -> tuple[rules.Renter, str]:
    """Member tariff only for a member in order on the start date (Art. 8); otherwise ×3."""
    if member is None:
        return rules.Renter.NON_MEMBER, "not a member: three times the listed amounts, €66 per trip (Bijlage 3)"
    try:
        result = member_selectors.member_entitlement(member, day, timezone.localdate())
    except member_rules.NotAffiliated as exc:
        return rules.Renter.NON_MEMBER, f"not affiliated on the start date: {exc}"
    if result.status is member_rules.Status.ENTITLED:
        return rules.Renter.MEMBER, "member in order (Art. 8): member tariff"
    return rules.Renter.MEMBER_NOT_IN_ORDER, f"member not in order ({result.status.value}): three times the listed amounts. {result.reason}"


def birth_within(member: Member, day: date, months: int = FREE_MONTHS_AFTER_BIRTH) -> bool:
    """A child born in the member's household in the ``months`` before ``day``."""
    since = (Month.of(day) - months).first_day.replace(day=min(day.day, 28))
    return Member.objects.filter(household_id=member.household_id, birth_date__gte=since, birth_date__lte=day).exists()


def rental_start(
    *,
    item: Item | str,
    start_date: date,
    delivery: str = rules.Delivery.OFFICE.value,
    member: Member | int | None = None,
    renter_name: str = "",
    unit: StockUnit | None = None,
    purchases: list[tuple[str, Decimal]] | None = None,
    expected_return: date | None = None,
) -> Rental:
    """Rent an item out and invoice the start: forfait, fixed costs, both trips, purchases."""
    today = timezone.localdate()
    bounds.raise_problems({
        "start_date": bounds.rental_start_problem(start_date, today=today),
        "expected_return": expected_return and bounds.expected_return_problem(expected_return, start=start_date),
        "member": None if member is None or bounds.is_id(member.pk if isinstance(member, Member) else member)
        else "Unknown member.",
    })
    if isinstance(item, str):
        item = Item.objects.filter(code=item, active=True).first()
        if item is None:
            raise ValidationError({"item": "Unknown item code."})
    if isinstance(member, int):
        member = Member.objects.filter(pk=member).first()
        if member is None:
            raise ValidationError({"member": "Unknown member."})
    if member is None and not renter_name.strip():
        raise ValidationError({"renter_name": "A non-member renter needs a name."})
    try:
        delivery = rules.Delivery(delivery)
    except ValueError as exc:
        raise ValidationError({"delivery": f"One of {', '.join(d.value for d in rules.Delivery)}."}) from exc
    version = price_on(item, start_date)
    tariff, reason = renter_tariff(member, start_date)
    first_month_free = bool(
        member is not None and tariff is rules.Renter.MEMBER and version.first_month_free_after_birth
        and birth_within(member, start_date)
    )
    with transaction.atomic():
        if unit is not None:
            locked = StockUnit.objects.select_for_update().get(pk=unit.pk)
            if locked.item_id != item.pk:
                raise ValidationError({"unit": f"Unit {locked.serial} is a {locked.item.code}, not a {item.code}."})
            if locked.state not in (UnitState.AVAILABLE, UnitState.RESERVED):
                raise ValidationError({"unit": f"Unit {locked.serial} is {locked.get_state_display().lower()}."})
            locked.state = UnitState.RENTED
            locked.save(update_fields=["state"])
        rental = Rental(
            item=item, price_version=version, unit=unit, member=member, renter_name=renter_name.strip(),
            renter=tariff.value, renter_reason=reason, delivery=delivery.value, first_month_free=first_month_free,
            start_date=start_date, expected_return=expected_return,
            accrued_through=start_date + timedelta(days=version.forfait_days - 1),
        )
        rental.full_clean()
        rental.save()
        contract = rules.Contract(version.to_price(), start_date, tariff, delivery, first_month_free,
                                  purchases=tuple(purchases or ()))
        _add(rental, rules.start_charges(contract))
    return rental


def _add(rental: Rental, charges) -> None:
    RentalCharge.objects.bulk_create(
        [RentalCharge(rental=rental, kind=c.kind, description=c.description[:200], amount=c.amount, day=c.day,
                      counts_for_max_invoice=c.counts_for_max_invoice) for c in charges]
    )


def rental_accrue(*, rental: Rental, through: date) -> int:
    """Charge the daily rent after the forfait up to ``through`` (never past the return date).

    Reconciles, per calendar year, the rent the contract owes with the rent already charged and
    adds the difference: running it twice adds nothing, and a return recorded after the nightly
    accrual went past it corrects the excess."""
    with transaction.atomic():
        rental = Rental.objects.select_for_update().select_related("price_version__item").get(pk=rental.pk)
        end = min(through, rental.return_date) if rental.return_date else through
        owed: dict[int, rules.Charge] = {c.day.year: c for c in rules.rent_after_forfait(rental.contract(), end)}
        charged = {
            row["day__year"]: row["total"]
            for row in rental.charges.filter(kind="rent").values("day__year").annotate(total=Sum("amount")).order_by()
        }
        new = []
        for year in sorted(set(owed) | set(charged)):
            target = owed[year].amount if year in owed else ZERO
            difference = cents(target - (charged.get(year) or ZERO))
            if difference == ZERO:
                continue
            if year in charged:
                description = f"rent {year} up to {end:%d/%m/%Y}" + (" (correction)" if difference < 0 else " (accrued)")
                day = max(date(year, 1, 1), rental.start_date)
            else:
                description, day = owed[year].description, owed[year].day
            counts = owed[year].counts_for_max_invoice if year in owed else rental.charges.filter(
                kind="rent", day__year=year, counts_for_max_invoice=True).exists()
            new.append(rules.Charge("rent", description, difference, day, counts))
        _add(rental, new)
        if rental.accrued_through is None or end > rental.accrued_through or rental.return_date:
            rental.accrued_through = end
            rental.save(update_fields=["accrued_through"])
    return len(new)


def rentals_accrue_all(*, through: date, id_range: tuple[int, int] | None = None) -> dict[str, int]:
    """Nightly: accrue every running contract past its forfait; flag the overdue ones."""
    running = Rental.objects.filter(status=RentalStatus.RUNNING)
    if id_range:
        running = running.filter(pk__gte=id_range[0], pk__lt=id_range[1])
    accrued = 0
    for rental in running.filter(Q(accrued_through__lt=through) | Q(accrued_through__isnull=True)).only("pk"):
        accrued += rental_accrue(rental=rental, through=through)
    overdue = running.filter(expected_return__lt=through, overdue=False).update(overdue=True)
    return {"charges": accrued, "overdue": overdue}


def rental_return(
    *,
    rental: Rental,
    return_date: date,
    cleaning: Decimal = ZERO,
    repair: Decimal = ZERO,
    damage: Decimal = ZERO,
    purchases: list[tuple[str, Decimal]] | None = None,
) -> Rental:
    """Close a contract: rent up to the return date (which counts), then the charges of the check."""
    bounds.raise_problems({"return_date": bounds.return_date_problem(return_date, start=rental.start_date,
                                                                      today=timezone.localdate())})
    if rental.status != RentalStatus.RUNNING:
        raise ValidationError({"status": "Only a running contract can be returned."})
    if return_date < rental.start_date:
        raise ValidationError({"return_date": f"Before the start ({rental.start_date:%d/%m/%Y})."})
    with transaction.atomic():
        rental = Rental.objects.select_for_update().get(pk=rental.pk)
        rental.return_date = return_date
        rental.save(update_fields=["return_date"])
        rental_accrue(rental=rental, through=return_date)
        extras = []
        for kind, amount, label in (("cleaning", cleaning, "cleaning"), ("repair", repair, "repair costs"),
                                    ("damage", damage, "damage compensation")):
            if amount and cents(amount) > ZERO:
                extras.append(rules.Charge(kind, label, cents(amount), return_date))
        for description, amount in purchases or ():
            extras.append(rules.Charge("purchase", description, cents(amount), return_date))
        _add(rental, extras)
        rental.status = RentalStatus.RETURNED
        rental.overdue = False
        rental.save(update_fields=["status", "overdue"])
        if rental.unit_id:
            StockUnit.objects.filter(pk=rental.unit_id).update(state=UnitState.CLEANING)
    return rental


def rental_convert_to_purchase(*, rental: Rental, price: Decimal, on: date) -> Rental:
    """Long-running rental to the same user converted to a purchase (Art. 54)."""
    bounds.raise_problems({"on": bounds.return_date_problem(on, start=rental.start_date, today=timezone.localdate())})
    if rental.status != RentalStatus.RUNNING:
        raise ValidationError({"status": "Only a running contract can be converted."})
    with transaction.atomic():
        rental_accrue(rental=rental, through=on)
        _add(rental, [rules.Charge("purchase", "converted to a purchase", cents(price), on)])
        Rental.objects.filter(pk=rental.pk).update(status=RentalStatus.PURCHASED, return_date=on)
        if rental.unit_id:
            StockUnit.objects.filter(pk=rental.unit_id).update(state=UnitState.RETIRED)
    rental.refresh_from_db()
    return rental


def rental_intervention(*, rental: Rental, moment) -> RentalCharge:
    """Footnote (8): an intervention of the alarm centre; the first of the year is on ComfoPlus."""
    if not rental.price_version.interventions:
        raise ValidationError({"rental": "Interventions are charged on professional-assistance contracts only."})
    day = moment.date()
    first = not RentalCharge.objects.filter(rental__member=rental.member, rental__renter_name=rental.renter_name,
                                            kind="intervention", day__year=day.year).exists()
    charge = rules.intervention_charge(moment.hour, day, first, rules.Renter(rental.renter))
    [saved] = RentalCharge.objects.bulk_create([RentalCharge(rental=rental, kind=charge.kind, description=charge.description,
                                                             amount=charge.amount, day=day)])
    return saved


# --- the maximum invoice and the alarm subsidy ---------------------------------------------------------


def counted_rent(member: Member, year: int) -> Decimal:
    total = RentalCharge.objects.filter(rental__member=member, counts_for_max_invoice=True, day__year=year).aggregate(
        total=Sum("amount"))["total"]
    return cents(total or ZERO)


def max_invoice_for(member: Member, year: int) -> dict:
    counted = counted_rent(member, year)
    return {"counted_rent": counted, "refund": rules.max_invoice_refund(counted)}


def max_invoice_compute(*, year: int, as_of: date) -> dict[str, int]:
    """One refund per member for ``year`` (Art. 54), computed in the next year; the member must be
    entitled (Art. 8) in the month of the computation (SPEC §3.3). Idempotent: an existing refund
    is updated while it is not paid, never created twice (unique member × year)."""
    bounds.raise_problems({"year": bounds.year_problem(year, today=as_of)})
    if as_of.year <= year:
        raise ValidationError({"year": f"The maximum invoice of {year} is computed from 1 January {year + 1} on."})
    totals = (
        RentalCharge.objects.filter(counts_for_max_invoice=True, day__year=year, rental__member__isnull=False)
        .values("rental__member").annotate(total=Sum("amount")).filter(total__gt=rules.MAX_INVOICE_THRESHOLD)
    )
    now = timezone.now()
    counts = {"refunds": 0, "not_entitled": 0, "unchanged_paid": 0}
    for row in totals:
        member = Member.objects.get(pk=row["rental__member"])
        counted = cents(row["total"])
        refund = rules.max_invoice_refund(counted)
        try:
            status = member_selectors.member_entitlement(member, as_of, as_of)
            entitled, reason = status.status is member_rules.Status.ENTITLED, status.reason
        except member_rules.NotAffiliated as exc:
            entitled, reason = False, str(exc)
        if not entitled:
            counts["not_entitled"] += 1
            refund = ZERO
            reason = f"not entitled in {Month.of(as_of)}: {reason}"
        existing = MaxInvoiceRefund.objects.filter(member=member, year=year).first()
        if existing and existing.status == RefundStatus.PAID:
            counts["unchanged_paid"] += 1
            continue
        MaxInvoiceRefund.objects.update_or_create(
            member=member, year=year,
            defaults={"counted_rent": counted, "refund": refund, "reason": reason, "computed_at": now},
        )
        counts["refunds"] += 1
    return counts


def alarm_subsidies_compute(*, year: int) -> dict[str, int]:
    """€5 per month of personal-alarm rent in ``year`` for members with VT status on 1 January
    (Art. 54), max €60, paid in the first quarter of the next year. Idempotent (member × year)."""
    january = date(year, 1, 1)
    vt_members = set(IncreasedReimbursementPeriod.objects.filter(
        Q(end__isnull=True) | Q(end__gte=january), start__lte=january).values_list("member_id", flat=True))
    periods: dict[int, list] = {}
    for member_id, start, returned in Rental.objects.filter(
        member_id__in=vt_members, item__group=rules.Group.ALARM.value, start_date__lte=date(year, 12, 31),
    ).filter(Q(return_date__isnull=True) | Q(return_date__gte=january)).values_list("member_id", "start_date", "return_date"):
        periods.setdefault(member_id, []).append((start, returned or date(year, 12, 31)))
    now = timezone.now()
    done = 0
    for member_id, member_periods in periods.items():
        months = rules.alarm_months(member_periods, year)
        amount = rules.alarm_subsidy(months, True)
        existing = AlarmSubsidy.objects.filter(member_id=member_id, year=year).first()
        if existing and existing.status == RefundStatus.PAID:
            continue
        AlarmSubsidy.objects.update_or_create(member_id=member_id, year=year,
                                              defaults={"months": months, "amount": amount, "computed_at": now})
        done += 1
    return {"subsidies": done}
