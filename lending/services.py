"""Writes of the lending service: rent out, accrue, return, convert, refund (Art. 54, Bijlage 3)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext

from benefits import services as benefits_services
from core import bounds, reasons
from core.formatting import eur
from core.money import ZERO, cents
from core.months import Month
from lending import rules, selectors
from lending.models import (
    AlarmSubsidy,
    CareFee,
    ChargeKind,
    IncontinenceSale,
    Item,
    MaxInvoiceRefund,
    RefundStatus,
    Rental,
    RentalCharge,
    RentalStatus,
    Reservation,
    ReservationStatus,
    StockUnit,
    UnitState,
)
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import Member


def rental_start(
    *,
    item: Item | str,
    start_date: date,
    delivery: str = rules.Delivery.OFFICE.value,
    member: Member | int | None = None,
    renter_name: str = "",
    unit: StockUnit | str | None = None,
    purchases: list[tuple[str, Decimal]] | None = None,
    expected_return: date | None = None,
) -> Rental:
    """Rent an item out and invoice the start: forfait, fixed costs, both trips, purchases.

    The stock is kept here, for the admin and the API alike: a rental runs with its unit
    (``rules.needs_stock_unit``; only professional assistance, a service, has none). ``unit`` (a stock
    unit or its serial) must be free or held for this renter's reservation; without it the unit held
    for the renter, else the first free unit of the item, is taken. When none is free the rental is
    refused (``NoFreeUnit``, naming the item and its units' states); ``reservation_add`` queues it. A
    reservation of the renter for the item is fulfilled by the rental."""
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "start_date": bounds.rental_start_problem(start_date, today=today),
            "expected_return": expected_return and bounds.expected_return_problem(expected_return, start=start_date),
            "member": None
            if member is None or bounds.is_id(member.pk if isinstance(member, Member) else member)
            else "Unknown member.",
        }
    )
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
    if isinstance(unit, str):
        unit = unit.strip() or None
    if expected_return is not None and expected_return < start_date:
        raise ValidationError({"expected_return": _expected_return_message(start_date)})
    version = selectors.price_on(item, start_date)
    tariff, reason = selectors.renter_tariff(member, start_date, today)
    first_month_free = bool(
        member is not None
        and tariff is rules.Renter.MEMBER
        and version.first_month_free_after_birth
        and selectors.birth_within(member, start_date)
    )
    with transaction.atomic():
        taken, reservation = _take_unit(
            item,
            unit,
            needed=rules.needs_stock_unit(version.to_price()),
            member=member,
            renter_name=renter_name.strip(),
        )
        if reservation is not None:
            reservation.status = ReservationStatus.FULFILLED
            reservation.unit = taken or reservation.unit
            reservation.save(update_fields=["status", "unit"])
        rental = Rental(
            item=item,
            price_version=version,
            unit=taken,
            member=member,
            renter_name=renter_name.strip(),
            renter=tariff.value,
            renter_reason=reason.text,  # the English sentence, as before; shown from renter_label
            renter_label=reason.to_json(),
            delivery=delivery.value,
            first_month_free=first_month_free,
            start_date=start_date,
            expected_return=expected_return,
            accrued_through=start_date + timedelta(days=version.forfait_days - 1),
        )
        rental.full_clean()
        rental.save()
        contract = rules.Contract(
            version.to_price(), start_date, tariff, delivery, first_month_free, purchases=tuple(purchases or ())
        )
        _add(rental, rules.start_charges(contract))
    return rental


def _expected_return_message(start_date: date) -> str:
    return gettext("The expected return cannot be before the start (%(start)s).") % {"start": f"{start_date:%d/%m/%Y}"}


class NoFreeUnit(ValidationError):
    """No unit of the item is free: the rental cannot start (``reservation_add`` queues the request)."""


def _open_reservation(item: Item, member: Member | None, renter_name: str) -> Reservation | None:
    """The renter's oldest open reservation of ``item`` (locked), if any."""
    if member is None and not renter_name:
        return None
    mine = Q(member=member) if member is not None else Q(member__isnull=True, renter_name=renter_name)
    return (
        Reservation.objects.select_for_update()
        .filter(mine, item=item, status=ReservationStatus.OPEN)
        .order_by("wanted_from", "pk")
        .first()
    )


def _unit_census(item: Item) -> str:
    counts = dict(
        StockUnit.objects.filter(item=item).values("state").annotate(n=Count("pk")).order_by().values_list("state", "n")
    )
    return ", ".join(f"{n} {UnitState(state).label.lower()}" for state, n in sorted(counts.items())) or gettext(
        "no unit registered"
    )


def _take_unit(
    item: Item,
    unit: StockUnit | str | None,
    *,
    needed: bool = True,
    member: Member | None = None,
    renter_name: str = "",
) -> tuple[StockUnit | None, Reservation | None]:
    """Lock the stock unit a rental takes and mark it rented (inside the caller's transaction); returns
    it with the renter's reservation it fulfils, if any.

    A rental runs with its unit (``rules.needs_stock_unit``): a unit in a running rental is rented, so
    never counted free. A unit held for the renter's reservation is theirs; a unit held for another
    renter's is not. A named unit is locked, then checked. Without one, the unit held for the renter,
    else the first free unit of the item, is locked with ``SKIP LOCKED``: two desks renting at once take
    different units, and the last free unit goes to one of them only; the other is told that none is
    free (``NoFreeUnit``), and may queue the request (``reservation_add``)."""
    reservation = _open_reservation(item, member, renter_name)
    if not needed:
        return None, reservation
    if unit is None and reservation is not None and reservation.unit_id:
        unit = reservation.unit
    if unit is not None:
        lookup = {"serial": unit} if isinstance(unit, str) else {"pk": unit.pk}
        locked = StockUnit.objects.select_for_update().filter(**lookup).first()
        if locked is None:
            raise ValidationError({"unit": gettext("Unknown stock unit %(unit)s.") % {"unit": unit}})
        if locked.item_id != item.pk:
            raise ValidationError(
                {
                    "unit": gettext("Unit %(serial)s is a %(other)s, not a %(item)s.")
                    % {"serial": locked.serial, "other": locked.item, "item": item}
                }
            )
        held_for_renter = reservation is not None and reservation.unit_id == locked.pk
        if locked.state == UnitState.RESERVED and not held_for_renter:
            raise ValidationError(
                {
                    "unit": gettext("Unit %(serial)s is held for another renter's reservation.")
                    % {"serial": locked.serial}
                }
            )
        if locked.state not in (UnitState.AVAILABLE, UnitState.RESERVED):
            raise ValidationError(
                {
                    "unit": gettext("Unit %(serial)s is %(state)s.")
                    % {"serial": locked.serial, "state": locked.get_state_display().lower()}
                }
            )
    else:
        locked = (
            StockUnit.objects.select_for_update(skip_locked=True)
            .filter(item=item, state=UnitState.AVAILABLE)
            .order_by("pk")
            .first()
        )
        if locked is None:
            raise NoFreeUnit(
                {
                    "item": gettext(
                        "No %(item)s is free (%(census)s): the rental cannot start without a unit. Put the "
                        "request on the reservation list, or choose another item."
                    )
                    % {"item": item, "census": _unit_census(item)}
                }
            )
    if reservation is not None and reservation.unit_id and reservation.unit_id != locked.pk:
        # the renter takes another unit: the one held for them is free for the next in the queue
        StockUnit.objects.filter(pk=reservation.unit_id, state=UnitState.RESERVED).update(state=UnitState.AVAILABLE)
        _offer_unit(StockUnit.objects.select_for_update().get(pk=reservation.unit_id), skip=reservation)
    locked.state = UnitState.RENTED
    locked.save(update_fields=["state"])
    return locked, reservation


# --- the reservation list: requests queued per item, offered a unit when one comes back (Art. 54,
# Bijlage 3 "Reservering") -------------------------------------------------------------------------------


def reservation_add(
    *,
    item: Item | str,
    wanted_from: date,
    member: Member | int | None = None,
    renter_name: str = "",
    office=None,
) -> Reservation:
    """Put a request on the item's reservation list (Bijlage 3: "Uitleenmateriaal kan gereserveerd
    worden in uw plaatselijk ziekenfondskantoor"). The queue is per item, in order of the date wanted,
    then of the request. A unit free now is held for it at once; otherwise the first unit that comes
    back (checked and cleaned, ``stock_unit_set_state``) is held for the first request in the queue.
    A renter has one open request per item: asking again returns it."""
    from lending.models import Office

    today = timezone.localdate()
    bounds.raise_problems({"wanted_from": bounds.rental_start_problem(wanted_from, today=today)})
    if isinstance(item, str):
        item = Item.objects.filter(code=item, active=True).first()
        if item is None:
            raise ValidationError({"item": gettext("Unknown item code.")})
    if isinstance(member, int):
        member = Member.objects.filter(pk=member).first()
        if member is None:
            raise ValidationError({"member": gettext("Unknown member.")})
    renter_name = renter_name.strip()
    if member is None and not renter_name:
        raise ValidationError({"renter_name": gettext("A non-member renter needs a name.")})
    with transaction.atomic():
        Item.objects.select_for_update().filter(pk=item.pk).first()  # one queue change of an item at a time
        existing = _open_reservation(item, member, "" if member is not None else renter_name)
        if existing is not None:
            return existing
        if office is None:
            office = (
                Office.objects.filter(units__item=item).annotate(n=Count("units")).order_by("-n", "pk").first()
                or Office.objects.order_by("pk").first()
            )
        if office is None:
            raise ValidationError({"office": gettext("No office: add the offices first.")})
        reservation = Reservation.objects.create(
            item=item,
            office=office,
            member=member,
            renter_name="" if member is not None else renter_name,
            wanted_from=wanted_from,
        )
        free = (
            StockUnit.objects.select_for_update(skip_locked=True)
            .filter(item=item, state=UnitState.AVAILABLE)
            .order_by("pk")
            .first()
        )
        if free is not None:
            _offer_unit(free)
            reservation.refresh_from_db()
    return reservation


def reservation_queue_position(reservation: Reservation) -> int:
    """1 for the first open request of its item (the next to be offered a unit)."""
    return (
        Reservation.objects.filter(item_id=reservation.item_id, status=ReservationStatus.OPEN, unit__isnull=True)
        .filter(
            Q(wanted_from__lt=reservation.wanted_from) | Q(wanted_from=reservation.wanted_from, pk__lt=reservation.pk)
        )
        .count()
        + 1
    )


def _offer_unit(unit: StockUnit, skip: Reservation | None = None) -> Reservation | None:
    """A unit became free (inside the caller's transaction, the unit locked): hold it for the first open
    request of its item that has no unit yet, in queue order. Returns that reservation, or None."""
    waiting = (
        Reservation.objects.select_for_update()
        .filter(item_id=unit.item_id, status=ReservationStatus.OPEN, unit__isnull=True)
        .order_by("wanted_from", "pk")
    )
    if skip is not None:
        waiting = waiting.exclude(pk=skip.pk)
    first = waiting.first()
    if first is None:
        return None
    first.unit = unit
    first.save(update_fields=["unit"])
    unit.state = UnitState.RESERVED
    unit.save(update_fields=["state"])
    return first


def reservation_cancel(*, reservation: Reservation, user=None, reason: str = "") -> Reservation:
    """The renter no longer needs it: the request leaves the queue; a unit held for it goes to the next."""
    from core import audit

    with transaction.atomic():
        locked = Reservation.objects.select_for_update().get(pk=reservation.pk)
        if locked.status != ReservationStatus.OPEN:
            raise ValidationError({"status": gettext("Only an open reservation can be cancelled.")})
        locked.status = ReservationStatus.CANCELLED
        with audit.action(name="lending.reservation.cancel", user=user, reason=reason):
            locked.save(update_fields=["status"])
            if locked.unit_id:
                unit = StockUnit.objects.select_for_update().get(pk=locked.unit_id)
                if unit.state == UnitState.RESERVED:
                    unit.state = UnitState.AVAILABLE
                    unit.save(update_fields=["state"])
                    _offer_unit(unit)
    reservation.status = locked.status
    return reservation


def rental_assign_unit(*, rental: Rental, unit: StockUnit | str | None = None) -> Rental:
    """A running rental recorded without its unit (before issue #16) gets one: the named free unit, or
    the first free unit of its item; refused when none is free."""
    with transaction.atomic():
        locked = Rental.objects.select_for_update().select_related("item").get(pk=rental.pk)
        if locked.status != RentalStatus.RUNNING:
            raise ValidationError({"status": gettext("Only a running rental gets a unit.")})
        if locked.unit_id:
            raise ValidationError({"unit": gettext("This rental has its unit: %(unit)s.") % {"unit": locked.unit}})
        taken, _reservation = _take_unit(locked.item, unit)
        locked.unit = taken
        locked.save(update_fields=["unit"])
    rental.unit = locked.unit
    return rental


def _add(rental: Rental, charges) -> None:
    RentalCharge.objects.bulk_create(
        [
            RentalCharge(
                rental=rental,
                kind=c.kind,
                description=c.description[:200],
                label=c.label,
                amount=c.amount,
                day=c.day,
                counts_for_max_invoice=c.counts_for_max_invoice,
            )
            for c in charges
        ]
    )


def rental_accrue(*, rental: Rental, through: date) -> int:
    """Charge the daily rent after the forfait up to ``through`` (never past the return date).

    Reconciles, per calendar year, the rent the contract owes with the rent already charged and
    adds the difference: running it twice adds nothing, and a return recorded after the nightly
    accrual went past it corrects the excess."""
    with transaction.atomic():
        rental = Rental.objects.select_for_update().select_related("price_version__item").get(pk=rental.pk)
        end = min(through, rental.return_date) if rental.return_date else through
        charged, counted_years = selectors.rent_charged(rental)
        new = rules.rent_reconciliation(rental.contract(), end, charged, counted_years)
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
    """Close a contract: rent up to the return date (which counts), then the charges of the check.

    The contract is locked before its status is checked: of several returns at once (a double
    click, a client retry), one closes it and bills the check's costs; the others are refused."""
    bounds.raise_problems(
        {"return_date": bounds.return_date_problem(return_date, start=rental.start_date, today=timezone.localdate())}
    )
    with transaction.atomic():
        rental = Rental.objects.select_for_update().get(pk=rental.pk)
        if rental.status != RentalStatus.RUNNING:
            raise ValidationError({"status": "Only a running contract can be returned."})
        if return_date < rental.start_date:
            raise ValidationError({"return_date": f"Before the start ({rental.start_date:%d/%m/%Y})."})
        rental.return_date = return_date
        charged, counted_years = selectors.rent_charged(rental)
        # the same pure function the return form's preview calls (selectors.final_invoice_preview)
        _add(
            rental,
            rules.return_charges(
                rental.contract(),
                return_date,
                charged,
                counted_years,
                cleaning=cleaning,
                repair=repair,
                damage=damage,
                purchases=tuple(purchases or ()),
            ),
        )
        rental.accrued_through = return_date
        rental.status = RentalStatus.RETURNED
        rental.overdue = False
        rental.save(update_fields=["return_date", "accrued_through", "status", "overdue"])
        if rental.unit_id:
            # checked and cleaned before it is free again (``stock_unit_set_state`` → available offers it
            # to the first open reservation)
            StockUnit.objects.filter(pk=rental.unit_id).update(state=UnitState.CLEANING)
    return rental


def rental_convert_to_purchase(*, rental: Rental, price: Decimal, on: date) -> Rental:
    """Long-running rental to the same user converted to a purchase (Art. 54). Locked, then
    checked: a contract is converted (and the price billed) once."""
    bounds.raise_problems({"on": bounds.return_date_problem(on, start=rental.start_date, today=timezone.localdate())})
    with transaction.atomic():
        locked = Rental.objects.select_for_update().get(pk=rental.pk)
        if locked.status != RentalStatus.RUNNING:
            raise ValidationError({"status": "Only a running contract can be converted."})
        if on < locked.start_date:
            raise ValidationError({"on": f"Before the start ({locked.start_date:%d/%m/%Y})."})
        rental_accrue(rental=locked, through=on)
        _add(locked, [rules.Charge(rules.ChargeKind.PURCHASE, "converted to a purchase", cents(price), on)])
        Rental.objects.filter(pk=locked.pk).update(status=RentalStatus.PURCHASED, return_date=on)
        if locked.unit_id:
            StockUnit.objects.filter(pk=locked.unit_id).update(state=UnitState.RETIRED)
    rental.refresh_from_db()
    return rental


def rental_intervention(*, rental: Rental, moment) -> RentalCharge:
    """Footnote (8): an intervention of the alarm centre; the first of the year is on ComfoPlus.

    The renter's contracts are locked (in id order) before "is this the first of the year?" is
    asked, so two interventions recorded at once cannot both be the free one."""
    if not rental.price_version.interventions:
        raise ValidationError({"rental": "Interventions are charged on professional-assistance contracts only."})
    day = moment.date()
    with transaction.atomic():
        list(
            Rental.objects.select_for_update()
            .filter(member=rental.member, renter_name=rental.renter_name)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        first = not RentalCharge.objects.filter(
            rental__member=rental.member,
            rental__renter_name=rental.renter_name,
            kind=ChargeKind.INTERVENTION,
            day__year=day.year,
        ).exists()
        charge = rules.intervention_charge(moment.hour, day, first, rules.Renter(rental.renter))
        [saved] = RentalCharge.objects.bulk_create(
            [
                RentalCharge(
                    rental=rental,
                    kind=charge.kind,
                    description=charge.description,
                    label=charge.label,
                    amount=charge.amount,
                    day=day,
                )
            ]
        )
    return saved


# --- the maximum invoice and the alarm subsidy ---------------------------------------------------------


def max_invoice_compute(*, year: int, as_of: date) -> dict[str, int]:
    """One refund per member for ``year`` (Art. 54), computed in the next year; the member must be
    entitled (Art. 8) in the month of the computation (SPEC §3.3). Idempotent: an existing refund
    is updated while it is not paid, never created twice (unique member × year)."""
    bounds.raise_problems({"year": bounds.year_problem(year, today=as_of)})
    if not rules.max_invoice_computable(year, as_of):
        raise ValidationError({"year": f"The maximum invoice of {year} is computed from 1 January {year + 1} on."})
    totals = selectors.max_invoice_totals(year)
    now = timezone.now()
    counts = {"refunds": 0, "not_entitled": 0, "unchanged_paid": 0}
    totals = list(totals)
    entitlements = member_selectors.entitlements_for(
        member_ids={row["rental__member"] for row in totals}, event_month=Month.of(as_of), as_of=as_of
    )
    for row in totals:
        member_id = row["rental__member"]
        counted = cents(row["total"])
        refund = rules.max_invoice_refund(counted)
        status = entitlements[member_id]
        entitled, reason = status.status is member_rules.Status.ENTITLED, status.reason
        if not entitled:
            counts["not_entitled"] += 1
            refund = ZERO
            reason = f"not entitled in {Month.of(as_of)}: {reason}"
        if not _write_yearly_refund(
            MaxInvoiceRefund,
            member_id,
            year,
            {"counted_rent": counted, "refund": refund, "reason": reason, "computed_at": now},
        ):
            counts["unchanged_paid"] += 1
            continue
        counts["refunds"] += 1
    return counts


def alarm_subsidies_compute(*, year: int) -> dict[str, int]:
    """€5 per month of personal-alarm rent in ``year`` for members with VT status on 1 January
    (Art. 54), max €60, paid in the first quarter of the next year. Idempotent (member × year)."""
    periods = selectors.alarm_rental_periods(year)
    now = timezone.now()
    done = 0
    for member_id, member_periods in periods.items():
        months = rules.alarm_months(member_periods, year)
        amount = rules.alarm_subsidy(months, True)
        if _write_yearly_refund(
            AlarmSubsidy, member_id, year, {"months": months, "amount": amount, "computed_at": now}
        ):
            done += 1
    return {"subsidies": done}


def _write_yearly_refund(model, member_id: int, year: int, values: dict) -> bool:
    """Write a computed refund (member × year), or leave it alone once it is paid. The row is
    locked before its status is read, so a refund being marked paid meanwhile is never changed
    afterwards; a row created meanwhile by another computation is taken over, not duplicated."""
    with transaction.atomic():
        existing = model.objects.select_for_update().filter(member_id=member_id, year=year).first()
        if existing is None:
            try:
                with transaction.atomic():
                    model.objects.create(member_id=member_id, year=year, **values)
                return True
            except IntegrityError:
                existing = model.objects.select_for_update().get(member_id=member_id, year=year)
        if existing.status == RefundStatus.PAID:
            return False
        for name, value in values.items():
            setattr(existing, name, value)
        existing.save(update_fields=list(values))
    return True


# --- Art. 52: the €50 administrative cost of the sick-child babysitting -------------------------------

#: The benefit whose bookings carry the Art. 52 fee (benefits catalogue code).
SICK_CHILD_CARE = "sick_child_care"
#: A booking that is still on: approved (the babysitting is free, so it is never in a payment batch).
_BOOKED = ("approved", "partially_approved")


def _booked_days(claim) -> list[date]:
    days = [date.fromisoformat(d) if isinstance(d, str) else d for d in (claim.facts or {}).get("days", [])]
    return sorted(set(days)) or [claim.event_date]


def _at(day: date, hhmm: str) -> datetime:
    hours, minutes = (int(part) for part in str(hhmm).split(":"))
    return timezone.make_aware(datetime.combine(day, time(hours, minutes)))


def booked_start(claim) -> datetime:
    """The start of the first booked day (Art. 52 facts ``days`` and ``start_time``, 07:00 by default)."""
    return _at(_booked_days(claim)[0], (claim.facts or {}).get("start_time") or "07:00")


def _booking_fee(booking) -> Decimal:
    """Art. 52's administrative cost as the booking's rule version says it (``misuse_fee``: €50)."""
    params = booking.rule_version.params if booking.rule_version_id else {}
    if rules.CARE_FEE_PARAM not in params:
        raise ValidationError(
            {
                "claim": gettext(
                    "Art. 52: this booking's rule version sets no administrative cost "
                    "(parameter %(param)s); a manager adds it to the catalogue."
                )
                % {"param": rules.CARE_FEE_PARAM}
            }
        )
    return cents(Decimal(str(params[rules.CARE_FEE_PARAM])))


def _locked_booking(claim, *, statuses=_BOOKED):
    """Lock the booking's claim row, then check it under the lock: a sick-child babysitting, still on."""
    locked = benefits_services.claim_lock(claim=claim)
    if locked is None:
        raise ValidationError({"claim": gettext("Unknown booking.")})
    if locked.benefit.code != SICK_CHILD_CARE:
        raise ValidationError(
            {
                "claim": gettext(
                    "Art. 52: the administrative cost is charged on a sick-child babysitting booking only, not on %(benefit)s."
                )
                % {"benefit": locked.benefit.code}
            }
        )
    if locked.status not in statuses:
        raise ValidationError(
            {
                "claim": gettext("Art. 52: this booking is %(status)s, not a babysitting that is on.")
                % {"status": locked.get_status_display().lower()}
            }
        )
    return locked


def _existing_fee(locked) -> CareFee | None:
    return CareFee.objects.filter(claim=locked).first()


def _once_per_booking(existing: CareFee):
    raise ValidationError(
        {
            "claim": gettext(
                "Art. 52: %(amount)s was already charged on this booking (%(ground)s, %(day)s): one fee per booking."
            )
            % {
                "amount": eur(existing.amount),
                "ground": existing.get_ground_display(),
                "day": f"{existing.day:%d/%m/%Y}",
            }
        }
    )


def care_fee_record(
    *, claim, ground: str, note: str = "", hours: Decimal | None = None, day: date | None = None, user=None
) -> CareFee:
    """A clerk records improper use or an overrun (more than 9 hours) of a sick-child babysitting:
    the €50 of Art. 52 is charged on the booking, once (``rules.CARE_FEE_ONCE_PER_BOOKING``).

    The booking's claim row is locked, then its state and its fee read again: of two clerks
    recording at once, one charges the fee and the other is told it was charged. Recording the same
    fact again (a retry) returns the fee already charged. Late cancellations are charged by
    ``care_booking_cancel``, where they happen."""
    if ground not in (rules.CareFeeGround.MISUSE.value, rules.CareFeeGround.OVERRUN.value):
        raise ValidationError(
            {
                "ground": gettext(
                    "Improper use or overrun; a late cancellation is charged when the booking is cancelled."
                )
            }
        )
    with transaction.atomic():
        locked = _locked_booking(claim)
        days = _booked_days(locked)
        day = day or days[0]
        if day not in days:
            raise ValidationError(
                {
                    "day": gettext("Art. 52: %(day)s is not a booked day of this babysitting (%(days)s).")
                    % {"day": f"{day:%d/%m/%Y}", "days": ", ".join(f"{d:%d/%m/%Y}" for d in days)}
                }
            )
        if day > timezone.localdate():
            raise ValidationError({"day": gettext("This has not happened yet: the booked day is after today.")})
        try:
            decision = rules.care_fee(ground, fee=_booking_fee(locked), note=note, hours=hours)
        except rules.CareFeeRefused as exc:
            raise ValidationError({exc.field: str(exc)}) from exc
        existing = _existing_fee(locked)
        if existing is not None:
            if existing.ground == ground and existing.day == day:
                return existing  # the same fact recorded again: charged once
            _once_per_booking(existing)
        return CareFee.objects.create(
            claim=locked,
            ground=decision.ground.value,
            amount=decision.amount,
            day=day,
            hours=hours if ground == rules.CareFeeGround.OVERRUN.value else None,
            note=note.strip(),
            reason=decision.reason,
            recorded_by=user,
        )


def care_booking_cancel(*, claim, received_at: datetime | None = None, note: str = "", user=None) -> CareFee | None:
    """The member cancels a sick-child babysitting: the booking no longer counts toward the 8 days a
    year (its claim is closed as rejected, with the cancellation as its last reason), and when the
    cancellation came late (less than 24 hours before the booked start, ``rules.cancellation_is_late``)
    the €50 of Art. 52 is charged at once. Returns the new fee, or ``None`` for a cancellation on time
    (or a late one on a booking already charged for improper use: one fee per booking).

    Locked, then checked: a booking is cancelled (and charged) once; a second cancellation is refused."""
    now = timezone.now()
    received_at = received_at or now
    if timezone.is_naive(received_at):
        received_at = timezone.make_aware(received_at)
    if received_at > now:
        raise ValidationError(
            {"received_at": gettext("A cancellation is recorded when it was received: not in the future.")}
        )
    with transaction.atomic():
        locked = _locked_booking(claim)
        days = _booked_days(locked)
        start = booked_start(locked)
        end = _at(days[-1], (locked.facts or {}).get("end_time") or "18:00")
        if received_at >= end:
            raise ValidationError(
                {
                    "received_at": gettext("Art. 52: the babysitting ended on %(end)s: it can no longer be cancelled.")
                    % {"end": f"{timezone.localtime(end):%d/%m/%Y %H:%M}"}
                }
            )
        if received_at < start - timedelta(days=366):
            raise ValidationError({"received_at": gettext("Not more than a year before the booked start.")})
        late = rules.cancellation_is_late(start, received_at)
        existing = _existing_fee(locked)
        local = timezone.localtime(received_at)
        if not late:
            cancelled = reasons.reason("art52.cancelled_on_time", when=local)
        elif existing is not None:
            cancelled = reasons.reason("art52.cancelled_late_already_charged", when=local)
        else:
            cancelled = reasons.reason("art52.cancelled_late", when=local)
        # no longer counts toward the 8 days a year and is never judged again: a cancelled booking cannot
        # be re-opened by editing its claim
        benefits_services.claim_cancel(locked=locked, reason=cancelled)
        if not late or existing is not None:
            return None
        decision = rules.care_fee(
            rules.CareFeeGround.LATE_CANCELLATION,
            fee=_booking_fee(locked),
            booked_start=timezone.localtime(start),
            received_at=local,
        )
        return CareFee.objects.create(
            claim=locked,
            ground=decision.ground.value,
            amount=decision.amount,
            day=days[0],
            cancelled_at=received_at,
            note=note.strip(),
            reason=decision.reason,
            recorded_by=user,
        )


# --- Art. 54: the home-care shop's discount on incontinence material ------------------------------------

#: An invoice of the home-care shop above this is a typing error (the field holds up to 8 digits).
INCONTINENCE_MAX_INVOICE = Decimal("99999.99")


def incontinence_sale_record(
    *, member: Member | int, invoice_number: str, invoice_date: date, amount: Decimal, user=None
) -> IncontinenceSale:
    """Record an invoice of incontinence material of the home-care shop and the fund's discount on it
    (Art. 54: 10 %, or 30 % with VT; nothing for a member not in order on the invoice date).

    The invoice number is unique: recording the same invoice again (a retry) returns the sale already
    recorded; the same number with another member, date or amount is refused."""
    today = timezone.localdate()
    invoice_number = (invoice_number or "").strip()
    problems = {
        "invoice_date": bounds.event_date_problem(invoice_date, today=today),
        "member": None
        if bounds.is_id(member.pk if isinstance(member, Member) else member)
        else gettext("Unknown member."),
        "invoice_number": None if invoice_number else gettext("The home-care shop's invoice number."),
    }
    try:
        amount = cents(amount)
    except (TypeError, ValueError):
        problems["amount"] = gettext("An amount in euros, e.g. 47.85.")
    else:
        if not ZERO < amount <= INCONTINENCE_MAX_INVOICE:
            problems["amount"] = gettext("More than %(min)s and at most %(max)s.") % {
                "min": eur(ZERO),
                "max": eur(INCONTINENCE_MAX_INVOICE),
            }
    bounds.raise_problems(problems)
    member_id = member.pk if isinstance(member, Member) else int(member)
    member = Member.objects.filter(pk=member_id).first()
    if member is None:
        raise ValidationError({"member": gettext("Unknown member.")})
    status = member_selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(invoice_date), as_of=today)[
        member.pk
    ]
    entitled, why = status.status is member_rules.Status.ENTITLED, status.reason
    vt = selectors.vt_on(member, invoice_date)
    percent = rules.incontinence_discount_percent(entitled, vt)
    discount = rules.incontinence_discount(amount, percent)
    if not entitled:
        reason = gettext("Art. 54: no discount, the member is not in order on %(day)s: %(why)s") % {
            "day": f"{invoice_date:%d/%m/%Y}",
            "why": why,
        }
    else:
        reason = gettext("Art. 54: %(percent)s %% of %(amount)s on incontinence material (%(who)s on %(day)s).") % {
            "percent": f"{percent:g}",
            "amount": eur(amount),
            "day": f"{invoice_date:%d/%m/%Y}",
            "who": gettext("increased reimbursement (VT)") if vt else gettext("member in order, no VT"),
        }
    with transaction.atomic():
        existing = IncontinenceSale.objects.select_for_update().filter(invoice_number=invoice_number).first()
        if existing is None:
            try:
                with transaction.atomic():
                    return IncontinenceSale.objects.create(
                        member=member,
                        invoice_number=invoice_number,
                        invoice_date=invoice_date,
                        amount=amount,
                        entitled=entitled,
                        vt=vt,
                        discount_percent=percent,
                        discount=discount,
                        reason=reason,
                        recorded_by=user,
                    )
            except IntegrityError:
                existing = IncontinenceSale.objects.select_for_update().get(invoice_number=invoice_number)
        if (existing.member_id, existing.invoice_date, existing.amount) != (member.pk, invoice_date, amount):
            raise ValidationError(
                {
                    "invoice_number": gettext(
                        "Invoice %(number)s is already recorded (%(day)s, %(amount)s, another member or amount)."
                    )
                    % {
                        "number": invoice_number,
                        "day": f"{existing.invoice_date:%d/%m/%Y}",
                        "amount": eur(existing.amount),
                    }
                }
            )
        return existing


# --- the desk's admin actions: a refund paid, a stock unit's state (issue #14) ---------------------------


def yearly_refund_mark_paid(*, refund: MaxInvoiceRefund | AlarmSubsidy, paid_on: date, user, reason: str):
    """The bank paid a maximum-invoice refund or an alarm subsidy (Art. 54): it is marked paid once.
    The row is locked, then its status read: of two clerks marking it at once, one does it and the
    other is told it was paid already; a recomputation waiting on the lock then leaves it alone
    (``_write_yearly_refund``). The clerk and the reason are in the audit trail."""
    from core import audit

    if not reason.strip():
        raise ValidationError({"reason": gettext("Say why the refund is marked paid (e.g. the bank statement).")})
    model = type(refund)
    with transaction.atomic():
        locked = model.objects.select_for_update().get(pk=refund.pk)
        if locked.status == RefundStatus.PAID:
            raise ValidationError(
                {"status": gettext("Already paid on %(day)s.") % {"day": f"{locked.paid_on:%d/%m/%Y}"}}
            )
        amount = locked.refund if model is MaxInvoiceRefund else locked.amount
        if amount <= 0:
            raise ValidationError({"status": gettext("Nothing to pay: the amount is %(amount)s.") % {"amount": amount}})
        locked.status = RefundStatus.PAID
        locked.paid_on = paid_on
        with audit.action(name=f"lending.{model._meta.model_name}.mark_paid", user=user, reason=reason.strip()):
            locked.save(update_fields=["status", "paid_on"])
    refund.status, refund.paid_on = locked.status, locked.paid_on
    return refund


#: The states a clerk sets by hand, and the states each may be set from. A unit is rented and
#: returned by the rental services (``_take_unit``, ``rental_return``), never by hand: a rented unit
#: keeps its state until its rental is returned; a retired (sold) unit does not come back.
UNIT_STATES_SET_BY_HAND = {
    UnitState.AVAILABLE: (UnitState.CLEANING, UnitState.REPAIR),  # checked and cleaned, or repaired
    UnitState.REPAIR: (UnitState.AVAILABLE, UnitState.RESERVED, UnitState.CLEANING),
}


def stock_unit_set_state(*, unit: StockUnit, state: str, user=None, reason: str = "") -> StockUnit:
    """A clerk sets a stock unit's state (available again after cleaning, to repair). Locked, then
    checked against ``UNIT_STATES_SET_BY_HAND``; saved through the ORM, so audited (who, old → new)."""
    from core import audit

    if state not in UNIT_STATES_SET_BY_HAND:
        raise ValidationError({"state": gettext("A unit is not set to %(state)s by hand.") % {"state": state}})
    with transaction.atomic():
        locked = StockUnit.objects.select_for_update().get(pk=unit.pk)
        if locked.state == state:
            raise ValidationError(
                {"state": gettext("Already %(state)s.") % {"state": locked.get_state_display().lower()}}
            )
        if locked.state not in UNIT_STATES_SET_BY_HAND[state]:
            raise ValidationError(
                {
                    "state": gettext("A unit that is %(now)s is not set to %(state)s by hand.")
                    % {"now": locked.get_state_display().lower(), "state": UnitState(state).label.lower()}
                }
            )
        was_held = locked.state == UnitState.RESERVED
        locked.state = state
        with audit.action(name="lending.stockunit.set_state", user=user, reason=reason):
            locked.save(update_fields=["state"])
            if was_held:  # a held unit goes to repair: its request waits again, first in the queue
                for held in Reservation.objects.select_for_update().filter(unit=locked, status=ReservationStatus.OPEN):
                    held.unit = None
                    held.save(update_fields=["unit"])
            if state == UnitState.AVAILABLE:
                offered = _offer_unit(locked)  # the first request in the item's queue gets it
                if offered is not None:
                    unit.reservation_offered = offered
    unit.state = locked.state
    return unit


# --- the bank pays a year's refunds by credit transfer (bank.payouts, issue #15) ---------------------------


def _refund_model(kind: str):
    models_by_kind = {"max_invoice": MaxInvoiceRefund, "alarm": AlarmSubsidy}
    if kind not in models_by_kind:
        raise ValidationError({"kind": gettext("max_invoice or alarm.")})
    return models_by_kind[kind]


def yearly_refunds_to_pay(*, kind: str, year: int) -> list[tuple[MaxInvoiceRefund | AlarmSubsidy, Decimal]]:
    """A year's computed, unpaid maximum-invoice refunds or alarm subsidies (Art. 54) above €0, with
    their amount, members and households loaded (what a transfer file needs)."""
    model = _refund_model(kind)
    rows = (
        model.objects.filter(year=year, status=RefundStatus.COMPUTED).select_related("member__household").order_by("pk")
    )
    field = "refund" if model is MaxInvoiceRefund else "amount"
    return [(row, getattr(row, field)) for row in rows if getattr(row, field) > 0]


def yearly_refund_paid(*, kind: str, refund_id: int, paid_on: date, reference: str) -> bool:
    """The bank's statement shows the refund's transfer (``reference``: its end-to-end id): it is
    paid. Twice changes nothing. Returns whether it was paid now."""
    model = _refund_model(kind)
    refund = model.objects.filter(pk=refund_id).first()
    if refund is None or refund.status == RefundStatus.PAID:
        return False
    try:
        yearly_refund_mark_paid(refund=refund, paid_on=paid_on, user=None, reason=f"SEPA {reference}")
    except ValidationError:
        return False  # paid meanwhile (checked under the lock)
    return True
