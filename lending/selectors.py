"""Reads of the lending service: prices, the renter's tariff, births, counted rent, VT, the nightly
ranges (STYLE: fetch here, then let ``lending.rules`` decide; the writes are in ``lending.services``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Max, Min, Q, Sum

from core import bounds, search
from core.dates import add_months
from core.money import ZERO, cents
from core.months import Month
from core.reasons import Reason, reason
from lending import rules
from lending.models import (
    AlarmSubsidy,
    CareFee,
    IncontinenceSale,
    Item,
    MaxInvoiceRefund,
    PriceVersion,
    RefundStatus,
    Rental,
    RentalCharge,
    RentalStatus,
)
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import IncreasedReimbursementPeriod, Member


def price_on(item: Item, day: date) -> PriceVersion:
    """The item's price version in force on ``day`` (Bijlage 3)."""
    version = item.prices.filter(valid_from__lte=day).order_by("-valid_from").first()
    if version is None:
        raise ValidationError({"start_date": f"No price for {item.code} on {day:%d/%m/%Y} (Bijlage 3)."})
    return version


def renter_tariff(member: Member | None, day: date, as_of: date) -> tuple[rules.Renter, Reason]:
    """Member tariff only for a member in order on the start date (Art. 8, judged ``as_of``); otherwise ×3
    (Bijlage 3). The reason is data (``rules.TARIFF_REASONS``, the Art. 8 explanation nested): shown in
    the reader's language (issue #16)."""
    if member is None:
        return rules.Renter.NON_MEMBER, reason("tariff.non_member", trip=rules.NON_MEMBER_TRIP)
    result = member_selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(day), as_of=as_of)[
        member.pk
    ]
    # the Art. 8 explanation as reasons; its English sentence for one that has none
    explanation = list(result.explanation) or f" {result.reason}"
    if result.status is member_rules.Status.NOT_AFFILIATED:
        return rules.Renter.NON_MEMBER, reason("tariff.not_affiliated", explanation=explanation)
    if result.status is member_rules.Status.ENTITLED:
        return rules.Renter.MEMBER, reason("tariff.member_in_order")
    status = {"label": rules.STATUS_WORDS.get(result.status.value, result.status.value)}
    return rules.Renter.MEMBER_NOT_IN_ORDER, reason(
        "tariff.member_not_in_order", status=status, explanation=explanation
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


# --- the member page's panels (read here, rendered by lending.admin) -------------------------------------


@dataclass(frozen=True)
class Lending:
    """What the member page shows of a member's lending: the maximum invoice of the year so far (Art. 54),
    the latest refunds and the running rentals."""

    counted_rent: Decimal
    refund: Decimal
    refunds: tuple[MaxInvoiceRefund, ...]
    running: tuple[Rental, ...]


def lending_for_member(*, member_ids: Collection[int], year: int, refunds: int = 3) -> dict[int, Lending]:
    """Per member id: the counted rent of ``year`` and its refund above €300 (Art. 54), the ``refunds``
    latest maximum-invoice refunds and the running rentals (with their item); three queries."""
    member_ids = set(member_ids)
    counted = dict(
        RentalCharge.objects.filter(rental__member_id__in=member_ids, counts_for_max_invoice=True, day__year=year)
        .values("rental__member_id")
        .annotate(total=Sum("amount"))
        .order_by()
        .values_list("rental__member_id", "total")
    )
    latest: dict[int, list[MaxInvoiceRefund]] = defaultdict(list)
    for refund in MaxInvoiceRefund.objects.filter(member_id__in=member_ids).order_by("member_id", "-year"):
        if len(latest[refund.member_id]) < refunds:
            latest[refund.member_id].append(refund)
    running: dict[int, list[Rental]] = defaultdict(list)
    for rental in (
        Rental.objects.filter(member_id__in=member_ids, status=RentalStatus.RUNNING)
        .select_related("item")
        .order_by("member_id", "-start_date", "-id")
    ):
        running[rental.member_id].append(rental)
    result = {}
    for member_id in member_ids:
        rent = cents(counted.get(member_id) or ZERO)
        result[member_id] = Lending(
            counted_rent=rent,
            refund=rules.max_invoice_refund(rent),
            refunds=tuple(latest[member_id]),
            running=tuple(running[member_id]),
        )
    return result


def care_fees_for_member(*, member_ids: Collection[int], limit: int = 5) -> dict[int, list[CareFee]]:
    """Per member id: the latest ``limit`` sick-child care fees of the member's household (Art. 52), with
    their claim and its member; two queries."""
    households = dict(Member.objects.filter(pk__in=set(member_ids)).values_list("pk", "household_id"))
    by_household: dict[int, list[CareFee]] = defaultdict(list)
    for fee in (
        CareFee.objects.filter(claim__member__household_id__in=set(households.values()))
        .select_related("claim__member")
        .order_by("-day", "-id")
    ):
        fees = by_household[fee.claim.member.household_id]
        if len(fees) < limit:
            fees.append(fee)
    return {member_id: by_household[household_id] for member_id, household_id in households.items()}


def incontinence_sales_for_member(*, member_ids: Collection[int], limit: int = 5) -> dict[int, list[IncontinenceSale]]:
    """Per member id: the latest ``limit`` incontinence-material sales of the home-care shop (Art. 54); one
    query."""
    sales: dict[int, list[IncontinenceSale]] = {member_id: [] for member_id in member_ids}
    for sale in IncontinenceSale.objects.filter(member_id__in=set(member_ids)).order_by(
        "member_id", "-invoice_date", "-id"
    ):
        if len(sales[sale.member_id]) < limit:
            sales[sale.member_id].append(sale)
    return sales


# --- The one search box (issue #16): rentals by number, renter or national number ----------------------


def search_rentals(query: search.Query, *, limit: int, memo: dict | None = None) -> list[search.Hit]:
    """Rentals by their number, by a non-member renter's name (prefix), or the latest rentals of the
    member with the national number typed."""
    from django.db.models.functions import Lower
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from core.formatting import short_date

    base = Rental.objects.select_related("member", "item")
    rentals: dict[int, Rental] = {}
    if query.number is not None and query.number <= bounds.MAX_ID:
        rentals |= {r.pk: r for r in base.filter(pk=query.number)}
    if query.national_number:
        latest = base.filter(member__national_number=query.national_number).order_by("-start_date", "-id")[:limit]
        rentals |= {r.pk: r for r in latest}
    whole_names = [split.last for split in query.names if split.last and not split.first]
    if whole_names and len(rentals) < limit:
        renters = (
            base.annotate(renter_lower=Lower("renter_name"))
            .filter(member__isnull=True, renter_lower__startswith=whole_names[0])
            .order_by("renter_lower", "id")[:limit]
        )
        rentals |= {r.pk: r for r in renters}
    hits = []
    for rental in list(rentals.values())[:limit]:
        who = f"{rental.member.last_name} {rental.member.first_name}" if rental.member_id else rental.renter_name
        hits.append(
            search.Hit(
                key=f"rental:{rental.pk}",
                label=_("Rental %(id)s") % {"id": rental.pk} + f" — {who}",
                detail=" · ".join(
                    (rental.item.localized_name, short_date(rental.start_date), rental.get_status_display())
                ),
                url=reverse("admin:lending_rental_change", args=[rental.pk]),
            )
        )
    return hits


# --- the return form's preview of the final invoice (issue #16) ------------------------------------------


def rent_charged(rental: Rental) -> tuple[dict[int, Decimal], set[int]]:
    """The rent charged on ``rental`` after its forfait, per calendar year, and the years whose rent
    counted for the maximum invoice (what ``rules.rent_reconciliation`` reconciles with); one query."""
    charged: dict[int, Decimal] = defaultdict(lambda: ZERO)
    counted: set[int] = set()
    for day, amount, counts in rental.charges.filter(kind=rules.ChargeKind.RENT.value).values_list(
        "day", "amount", "counts_for_max_invoice"
    ):
        charged[day.year] += amount
        if counts:
            counted.add(day.year)
    return dict(charged), counted


def charges_of(rental: Rental) -> list[rules.Charge]:
    """The lines already on ``rental``'s invoice, as ``rules.Charge``."""
    return [
        rules.Charge(rules.ChargeKind(c.kind), c.description, c.amount, c.day, c.counts_for_max_invoice)
        for c in rental.charges.order_by("day", "id")
    ]


def final_invoice_preview(
    rental: Rental,
    return_date: date,
    *,
    cleaning: Decimal = ZERO,
    repair: Decimal = ZERO,
    damage: Decimal = ZERO,
    purchases: tuple[tuple[str, Decimal], ...] = (),
) -> rules.FinalInvoice:
    """The final invoice ``services.rental_return`` would leave with these values, computed by the same
    pure function (``rules.return_charges``) from the same reads; nothing is written. With the member's
    counted rent on other contracts, for the maximum invoice of each year (Art. 54)."""
    charged, counted_years = rent_charged(rental)
    new = rules.return_charges(
        rental.contract(),
        return_date,
        charged,
        counted_years,
        cleaning=cleaning,
        repair=repair,
        damage=damage,
        purchases=purchases,
    )
    existing = charges_of(rental)
    elsewhere: dict[int, Decimal] = {}
    if rental.member_id:
        years = {c.day.year for c in (*existing, *new) if c.counts_for_max_invoice}
        elsewhere = {
            row["day__year"]: row["total"]
            for row in RentalCharge.objects.filter(
                rental__member_id=rental.member_id, counts_for_max_invoice=True, day__year__in=years
            )
            .exclude(rental=rental)
            .values("day__year")
            .annotate(total=Sum("amount"))
            .order_by()
        }
    return rules.final_invoice(existing, new, rules.Renter(rental.renter), elsewhere)


# --- rights nobody claims (issue #17) ------------------------------------------------------------------


def yearly_payouts_for(id_range: tuple[int, int]) -> dict[str, list[rules.YearlyPayout]]:
    """The computed, unpaid maximum-invoice refunds and alarm subsidies (Art. 54) of the members of the
    households in ``id_range`` (end excluded), with whether an account is known to pay them (the member's,
    or the household titular's) and their last transfer's status (the bank's, through ``core.hooks``).
    Four queries, whatever the number of households."""
    from core import hooks

    low, high = id_range
    with_iban = set(
        Member.objects.filter(household_id__gte=low, household_id__lt=high)
        .exclude(iban="")
        .values_list("pk", "household_id", "role")
    )
    member_iban = {pk for pk, _household, _role in with_iban}
    titular_iban = {household for _pk, household, role in with_iban if role == "titular"}
    result: dict[str, list[rules.YearlyPayout]] = {}
    for kind, model, field in (("max_invoice", MaxInvoiceRefund, "refund"), ("alarm", AlarmSubsidy, "amount")):
        rows = list(
            model.objects.filter(
                member__household_id__gte=low,
                member__household_id__lt=high,
                status=RefundStatus.COMPUTED,
                **{f"{field}__gt": 0},
            ).values_list("pk", "member_id", "member__household_id", "year", field)
        )
        transfers = hooks.payout_statuses(kind, [row[0] for row in rows]) if rows else {}
        result[kind] = [
            rules.YearlyPayout(
                pk,
                member_id,
                household_id,
                year,
                amount,
                False,
                member_id in member_iban or household_id in titular_iban,
                transfers.get(pk),
            )
            for pk, member_id, household_id, year, amount in rows
        ]
    return result


def unreceived_payout_rights(day: date, id_range: tuple[int, int]) -> list:
    """The rights detector of the lending service (registered in ``lending/hooks.py``): Art. 54 refunds and
    subsidies computed but not received (``rules.unreceived_payout``)."""
    from core.rights import Kind

    kinds = {"max_invoice": Kind.MAX_INVOICE_REFUND, "alarm": Kind.ALARM_SUBSIDY}
    found = []
    for kind, payouts in yearly_payouts_for(id_range).items():
        for payout in payouts:
            right = rules.unreceived_payout(payout, kinds[kind])
            if right is not None:
                found.append(right)
    return found
