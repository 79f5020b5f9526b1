"""ComfoPlus lending: pricing of a rental contract and the maximum invoice (statutes Art. 54,
Bijlage 3 "Uitleenmateriaal", prices from 1 January 2026). Pure functions.

Interpretations (SPEC §3.2–3.3), kept here:
- the start date is day 1 and the return date counts as a day (days = return − start + 1);
- the forfait (30 days' rent, 7 for footnote 5) is charged at the start and belongs to the start
  date's calendar year; every later day belongs to the calendar year it falls in;
- both delivery trips (delivery and pickup) are invoiced at delivery (Art. 54);
- the triple tariff applies to the listed rental amounts (day price, forfait, fixed costs,
  installation, trips) for a renter who is not a member or not in order (Art. 8 status on the
  start date); purchases are sold at their list price; a non-member pays €66 per normal trip;
- only rent charged at member tariff counts for the maximum invoice, except items marked (4).
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from core.dates import add_months
from core.money import ZERO, cents, percent_of
from core.months import Month, month_range
from core.reasons import CODES, Code, Reason, declare, gettext_noop, money_text, primitive
from core.rights import Kind, Right

#: The reasons this app writes on a benefits claim (issue #14): Art. 52, a babysitting booking cancelled
#: by the member (on time: no fee; late: the €50 administrative cost, once per booking).
REASONS = declare(
    Code("art52.cancelled_on_time", gettext_noop("cancelled by the member on %(when)s (on time: no fee)."), "Art. 52"),
    Code(
        "art52.cancelled_late_already_charged",
        gettext_noop(
            "cancelled by the member on %(when)s (late, but this booking's €50 was already charged: one fee per "
            "booking)."
        ),
        "Art. 52",
    ),
    Code(
        "art52.cancelled_late",
        gettext_noop("cancelled by the member on %(when)s (late: €50 administrative cost)."),
        "Art. 52",
    ),
)

#: Why a renter pays the member tariff or three times the listed amounts (Bijlage 3: "Personen die niet in
#: regel zijn met de ziekenfondsbijdragen ... betalen het drievoud"), with the Art. 8 explanation nested
#: (issue #16: stored as data on the rental, shown in the clerk's language).
TARIFF_REASONS = declare(
    Code(
        "tariff.non_member",
        gettext_noop("not a member: three times the listed amounts, €%(trip)s per trip."),
        "Bijlage 3",
    ),
    Code("tariff.not_affiliated", gettext_noop("not affiliated on the start date:%(explanation)s"), "Bijlage 3"),
    Code("tariff.member_in_order", gettext_noop("member in order: member tariff."), "Art. 8"),
    Code(
        "tariff.member_not_in_order",
        gettext_noop("member not in order (%(status)s): three times the listed amounts.%(explanation)s"),
        "Bijlage 3",
    ),
)

#: The Art. 8 statuses in words (translated where shown).
STATUS_WORDS = {
    "suspended": gettext_noop("suspended"),
    "revoked": gettext_noop("revoked"),
    "not_affiliated": gettext_noop("not affiliated"),
}

#: Bijlage 3: a trip for a non-member costs three times the member's €22.
NON_MEMBER_TRIP = "66.00"

#: The invoice lines (issue #16: translated where shown, ``core.reasons.render``; amounts given as Belgian text).
LINES = declare(
    Code(
        "invoice.forfait_free_after_birth",
        gettext_noop("%(days)s days' rent refunded at once after a birth (footnote 2)"),
    ),
    Code("invoice.forfait", gettext_noop("%(days)s days × %(price)s%(tariff)s")),
    Code("invoice.maintenance", gettext_noop("maintenance contribution%(tariff)s")),
    Code("invoice.start_cost", gettext_noop("start cost (7)%(tariff)s")),
    Code("invoice.installation", gettext_noop("installation (7)%(tariff)s")),
    Code("invoice.shipping_in_fee", gettext_noop("shipping (included in fee 3)%(tariff)s")),
    Code("invoice.free_postage", gettext_noop("delivered free of postage (footnote 3)")),
    Code("invoice.postage", gettext_noop("postage%(tariff)s")),
    Code("invoice.delivery_trip", gettext_noop("delivery trip, %(schedule)s%(tariff)s")),
    Code("invoice.pickup_trip", gettext_noop("pickup trip, %(schedule)s, invoiced at delivery (Art. 54)%(tariff)s")),
    Code("invoice.rent_days", gettext_noop("%(days)s days × %(price)s (%(first)s–%(last)s)%(tariff)s")),
    Code("invoice.rent_accrued", gettext_noop("rent %(year)s up to %(end)s (accrued)")),
    Code("invoice.rent_correction", gettext_noop("rent %(year)s up to %(end)s (correction)")),
    Code("invoice.intervention_free", gettext_noop("first intervention of the year, paid by ComfoPlus (footnote 8)")),
    Code("invoice.intervention", gettext_noop("intervention %(hours)s")),
)
#: Parts of a line, translated where shown.
TRIPLE_NOTE = gettext_noop(" (×3: not a member in order)")
TRIPLE_SHORT = gettext_noop(" (×3)")
SCHEDULES = {
    "driver": gettext_noop("normal schedule"),
    "driver_upstairs": gettext_noop("upstairs"),
    "driver_urgent": gettext_noop("urgent"),
}


def line(code: str, **params: object) -> tuple[str, dict]:
    """An invoice line: its English text (the charge's description) and the stored line (its label)."""
    built = Reason(code, "", CODES[code].template, {k: primitive(v) for k, v in params.items()})
    return built.text, built.to_json()


def _charge(kind: ChargeKind, code: str, amount: Decimal, day: date, counts: bool = False, **params) -> Charge:
    text, label = line(code, **params)
    return Charge(kind, text, amount, day, counts, label)


MAX_INVOICE_THRESHOLD = Decimal("300.00")  # Art. 54: rent above €300 per calendar year is refunded
TRIPLE = Decimal(3)


class Group(str, enum.Enum):
    OFFICE = "office"  # stocked in offices, fee (1) €7
    POST = "post"  # delivered by post, fee (3) €15 = maintenance + shipping
    DRIVER = "driver"  # delivered by a driver, fee (1) €7 + delivery (6)
    ALARM = "alarm"  # personal alarm system (PAS), start cost + installation (7)


class Delivery(str, enum.Enum):
    OFFICE = "office"  # picked up at an office: no trip
    POST = "post"
    DRIVER = "driver"  # normal schedule
    DRIVER_UPSTAIRS = "driver_upstairs"
    DRIVER_URGENT = "driver_urgent"  # within 8 working hours, outside the normal schedule


class Renter(str, enum.Enum):
    MEMBER = "member"  # in order with contributions (Art. 8)
    MEMBER_NOT_IN_ORDER = "member_not_in_order"
    NON_MEMBER = "non_member"


class ChargeKind(enum.StrEnum):
    """An invoice line of a rental contract (Art. 54, Bijlage 3); ``lending.models.ChargeKind`` gives
    each its label for the clerk."""

    FORFAIT = "forfait"  # the first 30 days' rent (7 for footnote 5), charged at the start
    RENT = "rent"  # the daily rent after the forfait, one line per calendar year
    FEE = "fee"  # maintenance contribution (1)/(3), or the alarm's start cost (7)
    SHIPPING = "shipping"  # postage of a post item (3)
    INSTALLATION = "installation"  # alarm installation (7)
    DELIVERY = "delivery"  # a driver's trip, delivery or pickup (6)
    PURCHASE = "purchase"  # accessories sold, or the contract converted to a purchase (Art. 54)
    CLEANING = "cleaning"  # costs of the check at the return
    REPAIR = "repair"
    DAMAGE = "damage"
    INTERVENTION = "intervention"  # an intervention of the alarm centre (8)


#: The lines that are rent (Art. 54 "huurgelden"): the forfait and the daily rent.
RENT_KINDS = frozenset({ChargeKind.FORFAIT, ChargeKind.RENT})
#: The lines that are fees and trips of the contract (neither rent nor what is sold or repaired).
FEE_KINDS = frozenset(
    {ChargeKind.FEE, ChargeKind.INSTALLATION, ChargeKind.SHIPPING, ChargeKind.DELIVERY, ChargeKind.INTERVENTION}
)


#: Per trip, member tariff (Art. 54, Bijlage 3 footnote 6).
TRIP_PRICES = {
    Delivery.OFFICE: ZERO,
    Delivery.POST: Decimal("8.00"),
    Delivery.DRIVER: Decimal("33.00"),
    Delivery.DRIVER_UPSTAIRS: Decimal("48.00"),  # €33 + €15 upstairs supplement
    Delivery.DRIVER_URGENT: Decimal("75.00"),
}
#: Per trip for a non-member: €66 in the normal schedule (Bijlage 3, "Levering"); the upstairs
#: supplement is added; urgent and post trips at three times the member price.
NON_MEMBER_TRIP_PRICES = {
    Delivery.OFFICE: ZERO,
    Delivery.POST: Decimal("24.00"),
    Delivery.DRIVER: Decimal("66.00"),
    Delivery.DRIVER_UPSTAIRS: Decimal("81.00"),
    Delivery.DRIVER_URGENT: Decimal("225.00"),
}
INTERVENTION_DAY = Decimal("55.00")  # footnote 8: 06–22 h
INTERVENTION_NIGHT = Decimal("65.00")  # 22–06 h


@dataclass(frozen=True)
class Price:
    """One item's price version (Bijlage 3)."""

    code: str
    group: Group
    day_price: Decimal
    fixed_cost: Decimal = ZERO  # maintenance contribution (1)/(3), or the alarm's start cost (7)
    shipping_in_fixed_cost: Decimal = ZERO  # part of a post item's fixed cost that is shipping (3)
    installation: Decimal = ZERO  # alarm installation (7)
    forfait_days: int = 30  # 7 for footnote (5)
    first_month_free_after_birth: bool = False  # footnote (2)
    excluded_from_max_invoice: bool = False  # footnote (4)
    delivered: bool = True  # accessories rented with a main item have no trip of their own
    interventions: bool = False  # footnote (8): interventions of the alarm centre are charged

    @property
    def forfait(self) -> Decimal:
        return cents(self.day_price * self.forfait_days)


@dataclass(frozen=True)
class Charge:
    kind: ChargeKind
    description: str
    amount: Decimal
    day: date  # the date it belongs to (its calendar year counts for the maximum invoice)
    counts_for_max_invoice: bool = False
    #: the line as a stored reason without article (``LINES``): shown in the reader's language (issue #16);
    #: ``description`` is its English text
    label: dict = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict:
        return {
            "kind": str(self.kind),
            "description": self.description,
            "amount": str(self.amount),
            "date": self.day.isoformat(),
            "counts_for_max_invoice": self.counts_for_max_invoice,
        }


@dataclass(frozen=True)
class Contract:
    price: Price
    start: date
    renter: Renter
    delivery: Delivery = Delivery.OFFICE
    first_month_free: bool = False  # member, footnote (2): up to 6 months after a birth
    purchases: tuple[tuple[str, Decimal], ...] = ()  # (description, list price)
    extras: tuple[Charge, ...] = field(default_factory=tuple)  # cleaning, repair, damage, interventions


def days_rented(start: date, end: date) -> int:
    """The start date is day 1 and the end date counts: 1 January – 31 December = 365 days."""
    if end < start:
        raise ValueError(f"the return date {end:%d/%m/%Y} is before the start {start:%d/%m/%Y}")
    return (end - start).days + 1


def _factor(renter: Renter) -> Decimal:
    return Decimal(1) if renter is Renter.MEMBER else TRIPLE


def start_charges(contract: Contract) -> list[Charge]:
    """What is invoiced at the start: the forfait, the fixed costs, installation, both trips,
    purchases (Art. 54, Bijlage 3)."""
    price, factor, day = contract.price, _factor(contract.renter), contract.start
    member_tariff = contract.renter is Renter.MEMBER
    counts = member_tariff and not price.excluded_from_max_invoice
    tariff: object = "" if member_tariff else {"label": TRIPLE_NOTE}
    charges = []
    if contract.first_month_free and member_tariff and price.first_month_free_after_birth:
        charges.append(
            _charge(ChargeKind.FORFAIT, "invoice.forfait_free_after_birth", ZERO, day, days=price.forfait_days)
        )
    else:
        charges.append(
            _charge(
                ChargeKind.FORFAIT,
                "invoice.forfait",
                cents(price.forfait * factor),
                day,
                counts,
                days=price.forfait_days,
                price=money_text(price.day_price),
                tariff=tariff,
            )
        )
    maintenance = price.fixed_cost - price.shipping_in_fixed_cost
    if maintenance:
        code = "invoice.start_cost" if price.group is Group.ALARM else "invoice.maintenance"
        charges.append(_charge(ChargeKind.FEE, code, cents(maintenance * factor), day, tariff=tariff))
    if price.installation:
        charges.append(
            _charge(
                ChargeKind.INSTALLATION, "invoice.installation", cents(price.installation * factor), day, tariff=tariff
            )
        )
    if price.delivered:
        charges.extend(_trips(contract, tariff))
    for description, amount in contract.purchases:
        charges.append(Charge(ChargeKind.PURCHASE, description, cents(amount), day))
    return charges


def _trips(contract: Contract, tariff: object) -> list[Charge]:
    price, delivery = contract.price, contract.delivery
    if price.shipping_in_fixed_cost and delivery in (Delivery.POST, Delivery.OFFICE):
        # footnote (3): the fee of a post item includes its shipping
        amount = cents(price.shipping_in_fixed_cost * _factor(contract.renter))
        return [_charge(ChargeKind.SHIPPING, "invoice.shipping_in_fee", amount, contract.start, tariff=tariff)]
    if delivery is Delivery.OFFICE:
        return []
    if price.group is Group.POST and price.first_month_free_after_birth and delivery is Delivery.POST:
        return [_charge(ChargeKind.SHIPPING, "invoice.free_postage", ZERO, contract.start)]
    if contract.renter is Renter.NON_MEMBER:
        per_trip = NON_MEMBER_TRIP_PRICES[delivery]
    else:
        per_trip = cents(TRIP_PRICES[delivery] * _factor(contract.renter))
    if delivery is Delivery.POST:
        return [_charge(ChargeKind.SHIPPING, "invoice.postage", per_trip, contract.start, tariff=tariff)]
    schedule = {"label": SCHEDULES[delivery.value]}
    return [
        _charge(
            ChargeKind.DELIVERY, "invoice.delivery_trip", per_trip, contract.start, schedule=schedule, tariff=tariff
        ),
        _charge(ChargeKind.DELIVERY, "invoice.pickup_trip", per_trip, contract.start, schedule=schedule, tariff=tariff),
    ]


def rent_after_forfait(contract: Contract, through: date, already_through: date | None = None) -> list[Charge]:
    """Daily rent from day 31 (day 8 for footnote 5) up to ``through`` inclusive, one charge per
    calendar year, starting after ``already_through`` (what was already accrued)."""
    price, factor = contract.price, _factor(contract.renter)
    first_paid_day = contract.start + timedelta(days=price.forfait_days)
    if already_through is not None:
        first_paid_day = max(first_paid_day, already_through + timedelta(days=1))
    if through < first_paid_day:
        return []
    counts = contract.renter is Renter.MEMBER and not price.excluded_from_max_invoice
    charges = []
    day = first_paid_day
    while day <= through:
        year_end = min(date(day.year, 12, 31), through)
        n = days_rented(day, year_end)
        charges.append(
            _charge(
                ChargeKind.RENT,
                "invoice.rent_days",
                cents(price.day_price * n * factor),
                day,
                counts,
                days=n,
                price=money_text(price.day_price),
                first=day,
                last=year_end,
                tariff="" if factor == 1 else {"label": TRIPLE_SHORT},
            )
        )
        day = year_end + timedelta(days=1)
    return charges


def invoice(contract: Contract, through: date) -> list[Charge]:
    """Every charge of a contract returned (or accrued) on ``through``."""
    return [*start_charges(contract), *rent_after_forfait(contract, through), *contract.extras]


def needs_stock_unit(price: Price) -> bool:
    """Every piece of equipment lent is one of ComfoPlus's units (Art. 54: "aankoop materiaal, beheer
    thuisleveringen en verwerking huurcontracten"): a rental runs with its unit. Interpretation: the one
    line of Bijlage 3 that is a service, not equipment, is professional assistance (footnote 8, the alarm
    centre's interventions): it has no unit."""
    return not price.interventions


def rent_reconciliation(
    contract: Contract, end: date, charged: Mapping[int, Decimal], counted_years: Collection[int] = ()
) -> list[Charge]:
    """The rent lines that bring a contract's rent after the forfait, up to ``end`` inclusive, to what it
    owes, per calendar year (Art. 54): ``charged`` is the rent already charged per year, ``counted_years``
    the years whose rent charged so far counted for the maximum invoice. A late-recorded return corrects
    an accrual that went past it (a negative line); running it again adds nothing."""
    owed = {c.day.year: c for c in rent_after_forfait(contract, end)}
    lines = []
    for year in sorted(set(owed) | set(charged)):
        target = owed[year].amount if year in owed else ZERO
        difference = cents(target - (charged.get(year) or ZERO))
        if difference == ZERO:
            continue
        if year in charged:
            description, label = line(
                "invoice.rent_correction" if difference < 0 else "invoice.rent_accrued", year=year, end=end
            )
            day = max(date(year, 1, 1), contract.start)
        else:
            description, day, label = owed[year].description, owed[year].day, owed[year].label
        counts = owed[year].counts_for_max_invoice if year in owed else year in counted_years
        lines.append(Charge(ChargeKind.RENT, description, difference, day, counts, label))
    return lines


def return_extras(
    return_date: date,
    *,
    cleaning: Decimal = ZERO,
    repair: Decimal = ZERO,
    damage: Decimal = ZERO,
    purchases: Sequence[tuple[str, Decimal]] = (),
) -> list[Charge]:
    """The costs of the check at the return (Art. 54: "Indien een product beschadigd of ongereinigd wordt
    teruggebracht, kan een schadevergoeding gevraagd worden"; Bijlage 3: cleaning, repairs) and what is
    bought with it, on the return date; never counted for the maximum invoice."""
    lines = []
    for kind, amount, label in (
        (ChargeKind.CLEANING, cleaning, "cleaning"),
        (ChargeKind.REPAIR, repair, "repair costs"),
        (ChargeKind.DAMAGE, damage, "damage compensation"),
    ):
        if amount and cents(amount) > ZERO:
            lines.append(Charge(kind, label, cents(amount), return_date))
    for description, amount in purchases:
        lines.append(Charge(ChargeKind.PURCHASE, description, cents(amount), return_date))
    return lines


def return_charges(
    contract: Contract,
    return_date: date,
    charged: Mapping[int, Decimal],
    counted_years: Collection[int] = (),
    *,
    cleaning: Decimal = ZERO,
    repair: Decimal = ZERO,
    damage: Decimal = ZERO,
    purchases: Sequence[tuple[str, Decimal]] = (),
) -> list[Charge]:
    """What a return adds to the invoice: the rent up to the return date (which counts as a day,
    ``days_rented``), reconciled per year with what was charged, then the check's costs. The return
    service writes exactly these lines; the return form previews them."""
    return [
        *rent_reconciliation(contract, return_date, charged, counted_years),
        *return_extras(return_date, cleaning=cleaning, repair=repair, damage=damage, purchases=purchases),
    ]


@dataclass(frozen=True)
class FinalInvoice:
    """A rental's final invoice as the return would leave it (Art. 54, Bijlage 3): every line (``lines``:
    those already charged, then ``new``: what the return adds), the total, whether the triple tariff
    applies, and per calendar year the rent counted for the maximum invoice with its refund."""

    lines: tuple[Charge, ...]
    new: tuple[Charge, ...]
    total: Decimal
    triple: bool
    max_invoice: tuple[tuple[int, Decimal, Decimal], ...]  # (year, counted rent of the member, refund above €300)


def final_invoice(
    charged_lines: Sequence[Charge],
    new: Sequence[Charge],
    renter: Renter,
    counted_elsewhere: Mapping[int, Decimal] | None = None,
) -> FinalInvoice:
    """The final invoice: ``charged_lines`` (on the contract already) and ``new`` (``return_charges``);
    ``counted_elsewhere`` is the member's counted rent per year on other contracts (the maximum invoice
    is per member and calendar year, Art. 54); a non-member has no maximum invoice."""
    lines = (*charged_lines, *new)
    years = sorted({c.day.year for c in lines if c.counts_for_max_invoice})
    max_invoice: tuple[tuple[int, Decimal, Decimal], ...] = ()
    if renter is not Renter.NON_MEMBER:
        elsewhere = counted_elsewhere or {}
        max_invoice = tuple(
            (year, total, max_invoice_refund(total))
            for year in years
            for total in [cents(counted_rent(lines, year) + (elsewhere.get(year) or ZERO))]
        )
    return FinalInvoice(
        lines=lines,
        new=tuple(new),
        total=cents(sum((c.amount for c in lines), ZERO)),
        triple=renter is not Renter.MEMBER,
        max_invoice=max_invoice,
    )


def intervention_charge(moment_hour: int, day: date, first_of_year: bool, renter: Renter) -> Charge:
    """Footnote (8): €55 (06–22 h) or €65 (22–06 h); the first intervention of a year is paid by
    ComfoPlus."""
    amount = INTERVENTION_DAY if 6 <= moment_hour < 22 else INTERVENTION_NIGHT
    if first_of_year:
        return _charge(ChargeKind.INTERVENTION, "invoice.intervention_free", ZERO, day)
    hours = "06–22 h" if amount == INTERVENTION_DAY else "22–06 h"
    return _charge(ChargeKind.INTERVENTION, "invoice.intervention", cents(amount * _factor(renter)), day, hours=hours)


def max_invoice_refund(counted_rent: Decimal) -> Decimal:
    """Art. 54: all rent above €300 in a calendar year is refunded in full."""
    return max(ZERO, cents(counted_rent) - MAX_INVOICE_THRESHOLD)


def counted_rent(charges, year: int) -> Decimal:
    """The rent of ``year`` that counts for the maximum invoice (member tariff, not footnote 4)."""
    return cents(sum((c.amount for c in charges if c.counts_for_max_invoice and c.day.year == year), ZERO))


#: Bijlage 3: the fund refunds the rent "boven een gefactureerd bedrag van 300 euro per kalenderjaar in het
#: eerste semester van het volgend kalenderjaar": computed in January–June of the next year.
MAX_INVOICE_LAST_MONTH = 6
#: Art. 54: the alarm subsidy is paid "in het eerste kwartaal van het volgende kalenderjaar": January–March.
ALARM_SUBSIDY_LAST_MONTH = 3


def refund_year(day: date) -> int:
    """The calendar year whose maximum invoice and alarm subsidy are settled on ``day``: the year before."""
    return day.year - 1


def max_invoice_computable(year: int, as_of: date) -> bool:
    """Art. 54: the maximum invoice of ``year`` is settled in the next year, from 1 January on."""
    return as_of.year > year


def max_invoice_in_season(day: date) -> bool:
    """Bijlage 3: refunds of the previous year are paid in the first semester (January–June)."""
    return day.month <= MAX_INVOICE_LAST_MONTH


def alarm_subsidy_in_season(day: date) -> bool:
    """Art. 54: alarm subsidies of the previous year are paid in the first quarter (January–March)."""
    return day.month <= ALARM_SUBSIDY_LAST_MONTH


ALARM_SUBSIDY_PER_MONTH = Decimal("5.00")  # Art. 54: €5 per month of personal-alarm rent
ALARM_SUBSIDY_MAX = Decimal("60.00")  # up to €60 per year


def alarm_months(periods: list[tuple[date, date]], year: int) -> int:
    """Months of ``year`` in which a personal alarm was rented (a month counts once, whatever the
    number of days; overlapping contracts are not counted twice)."""
    months: set[Month] = set()
    for start, end in periods:
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        if first <= last:
            months.update(month_range(Month.of(first), Month.of(last)))
    return len(months)


def alarm_subsidy(months: int, vt_on_january_first: bool) -> Decimal:
    """Art. 54: members with VT status on 1 January who rent a personal alarm: €5 per month of rent,
    at most €60 per year, paid in the first quarter of the next year."""
    if not vt_on_january_first:
        return ZERO
    return min(ALARM_SUBSIDY_MAX, cents(ALARM_SUBSIDY_PER_MONTH * months))


#: Art. 54: "Tot 6 maanden na de geboorte kunnen leden gedurende 1 maand gratis een afkolfapparaat van
#: het type Medela Symphony en babyweegschaal ontlenen; enkel de onderhoudsbijdrage van 7 euro wordt
#: aangerekend."
FREE_MONTHS_AFTER_BIRTH = 6


def free_month_after_birth(birth_date: date, start: date) -> bool:
    """Art. 54: a rental that starts on ``start`` gets the free month when it starts on or after the
    birth and at the latest on the day 6 months after it (to the day; 31 August → 28/29 February)."""
    return birth_date <= start <= add_months(birth_date, FREE_MONTHS_AFTER_BIRTH)


# --- Art. 52: the €50 administrative cost of the sick-child babysitting ------------------------------
#
# Art. 52 ("Thuisoppas zieke kinderen"): "bij oneigenlijk gebruik, overschrijding van de maximale duur
# (9 uur) en laattijdige annulering zal 50 euro administratiekosten aangerekend worden."
# The fee belongs to a babysitting booking (a ``sick_child_care`` claim of the benefits app), not to a
# ComfoPlus rental or reservation: Art. 54 and Bijlage 3 charge no fee for cancelling a reservation of
# lending material, so none is charged there (the issue text placed it on lending; the statute wins).
# SPEC §2 lists "€50 fee on misuse or late cancellation" only; the statute also charges it for an
# overrun of the 9 hours: the statute wins. The amount ("50 euro") is the ``misuse_fee`` parameter of the
# babysitting's rule version in the benefits catalogue (effective-dated: a manager changes it when the
# statutes do); the services read it from the booking's rule version and hand it to ``care_fee``.


class CareFeeGround(str, enum.Enum):
    MISUSE = "misuse"  # "oneigenlijk gebruik"
    OVERRUN = "overrun"  # "overschrijding van de maximale duur (9 uur)"
    LATE_CANCELLATION = "late_cancellation"  # "laattijdige annulering"


#: The rule-version parameter that holds Art. 52's "50 euro administratiekosten".
CARE_FEE_PARAM = "misuse_fee"
#: Art. 52: "de opdrachten moeten minimum 5 en max. 9 uur bedragen"; the fee is due on "overschrijding
#: van de maximale duur (9 uur)": a day on which the babysitter stayed more than 9 hours.
CARE_MAX_HOURS = Decimal("9")
#: Art. 52 says "laattijdige annulering" without a deadline. Interpretation (to be confirmed by the
#: fund): a cancellation is late when it reaches the fund less than 24 hours before the booked start
#: of the first day; the partner (i-mens / Manpower) plans the babysitter the day before.
CARE_LATE_CANCELLATION_NOTICE = timedelta(hours=24)
#: Interpretation: the statute charges "50 euro" for the booking ("de opdracht"), not per ground or
#: per day: one fee per booking, whatever the number of grounds (misuse and an overrun on one booking
#: cost €50). Enforced by a unique fee per booking (``lending.models.CareFee``).
CARE_FEE_ONCE_PER_BOOKING = True
#: Art. 54: the maximum invoice counts "alle huurgelden" of the lending service; the Art. 52 fee is an
#: administrative cost of another service, not rent: it never counts for the €300 maximum invoice.
CARE_FEE_COUNTS_FOR_MAX_INVOICE = False
#: "Oneigenlijk gebruik" is a clerk's finding: it is recorded with what happened, in words.
CARE_MISUSE_NOTE_MIN_LENGTH = 10
#: An hours figure beyond a whole day is a typing error, not an overrun.
CARE_MAX_RECORDED_HOURS = Decimal("24")


class CareFeeRefused(ValueError):
    """The fee does not apply; ``field`` names the input that says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class CareFeeDecision:
    ground: CareFeeGround
    amount: Decimal
    reason: str


def cancellation_is_late(booked_start: datetime, received_at: datetime) -> bool:
    """Art. 52 "laattijdige annulering": received less than 24 hours before the booked start
    (``CARE_LATE_CANCELLATION_NOTICE``); at exactly 24 hours it is on time."""
    return received_at > booked_start - CARE_LATE_CANCELLATION_NOTICE


def care_fee(
    ground: CareFeeGround | str,
    *,
    fee: Decimal,
    note: str = "",
    hours: Decimal | None = None,
    booked_start: datetime | None = None,
    received_at: datetime | None = None,
) -> CareFeeDecision:
    """Whether the Art. 52 fee (``fee``: €50 in the statutes of 2021) applies, and why; ``CareFeeRefused`` (naming the field) when the
    facts do not make it due.

    - misuse ("oneigenlijk gebruik"): the clerk's finding, described in ``note``;
    - overrun: the babysitter stayed ``hours`` on one day, more than 9 ("overschrijding van de
      maximale duur (9 uur)");
    - late cancellation: the cancellation was ``received_at`` less than 24 hours before
      ``booked_start`` (``cancellation_is_late``)."""
    try:
        ground = CareFeeGround(ground)
    except ValueError as exc:
        raise CareFeeRefused("ground", f"One of {', '.join(g.value for g in CareFeeGround)}.") from exc
    if ground is CareFeeGround.MISUSE:
        if len(note.strip()) < CARE_MISUSE_NOTE_MIN_LENGTH:
            raise CareFeeRefused(
                "note",
                f"Art. 52: describe the improper use (oneigenlijk gebruik) in at least "
                f"{CARE_MISUSE_NOTE_MIN_LENGTH} characters.",
            )
        return CareFeeDecision(ground, fee, f"Art. 52: improper use (oneigenlijk gebruik): {note.strip()}")
    if ground is CareFeeGround.OVERRUN:
        if hours is None:
            raise CareFeeRefused("hours", "Art. 52: give the hours the babysitter stayed that day.")
        hours = Decimal(hours)
        if hours <= 0 or hours > CARE_MAX_RECORDED_HOURS:
            raise CareFeeRefused("hours", f"Between 0 and {CARE_MAX_RECORDED_HOURS} hours.")
        if hours <= CARE_MAX_HOURS:
            raise CareFeeRefused(
                "hours", f"Art. 52: {hours} hours is within the maximum of {CARE_MAX_HOURS} hours: no overrun."
            )
        return CareFeeDecision(
            ground,
            fee,
            f"Art. 52: {hours} hours, more than the maximum duration of "
            f"{CARE_MAX_HOURS} hours (overschrijding van de maximale duur).",
        )
    if booked_start is None or received_at is None:
        raise CareFeeRefused("received_at", "Art. 52: the booked start and the moment the cancellation was received.")
    if not cancellation_is_late(booked_start, received_at):
        raise CareFeeRefused(
            "received_at",
            f"Art. 52: cancelled on time (at least "
            f"{CARE_LATE_CANCELLATION_NOTICE.total_seconds() / 3600:.0f} hours before "
            f"{booked_start:%d/%m/%Y %H:%M}): no fee.",
        )
    return CareFeeDecision(
        ground,
        fee,
        f"Art. 52: late cancellation (laattijdige annulering), received "
        f"{received_at:%d/%m/%Y %H:%M}, less than "
        f"{CARE_LATE_CANCELLATION_NOTICE.total_seconds() / 3600:.0f} hours before "
        f"the booked start {booked_start:%d/%m/%Y %H:%M}.",
    )


# --- Art. 54: the home-care shop's discount on incontinence material -----------------------------------
#
# Art. 54 ("Thuiszorgwinkel"): "Op basis van de facturen voorziet het ziekenfonds een korting t.b.v. 10%
# of 30% voor het incontinentiemateriaal." The article does not say who gets which rate.
# Interpretation (to be confirmed by the fund): 30 % for a member with increased reimbursement
# (verhoogde tegemoetkoming, VT) — the only distinction Art. 54 itself makes between members (the
# alarm subsidy) — and 10 % for every other member; like the whole service, only "voor de leden en de
# personen ten laste indien de voorziene bijdrage betaald wordt": no discount for a member not in
# order (Art. 8). VT and entitlement are read on the invoice date ("op basis van de facturen"; unlike
# the alarm subsidy, the shop's discount names no reference date such as 1 January).

INCONTINENCE_DISCOUNT_PERCENT = Decimal("10")  # Art. 54: "korting t.b.v. 10%" (members in order)
INCONTINENCE_DISCOUNT_PERCENT_VT = Decimal("30")  # Art. 54: "of 30%" (interpretation: members with VT)


def incontinence_discount_percent(entitled: bool, vt: bool) -> Decimal:
    """Art. 54: 30 % with VT, 10 % otherwise, nothing for a member not in order."""
    if not entitled:
        return ZERO
    return INCONTINENCE_DISCOUNT_PERCENT_VT if vt else INCONTINENCE_DISCOUNT_PERCENT


def incontinence_discount(amount: Decimal, percent: Decimal) -> Decimal:
    """The discount on an invoice of incontinence material: ``core.money.percent_of``, rounded to the
    cent half up (ROUND_HALF_UP, the fund's only rounding): 10 % of €12.35 = €1.24."""
    if amount < 0:
        raise ValueError("an invoice amount cannot be negative")
    return percent_of(cents(amount), percent)


# --- rights nobody claims (issue #17): a computed refund that did not reach the member ----------------------


@dataclass(frozen=True)
class YearlyPayout:
    """A maximum-invoice refund or alarm subsidy of a year (Art. 54), with what its payment needs: an
    account to pay it to (the member's, or the titular's for a dependent) and its transfer's status
    (``None``: never sent; ``"pending"``, ``"paid"``, ``"rejected"``: the bank's answer)."""

    item_id: int
    member_id: int
    household_id: int
    year: int
    amount: Decimal
    paid: bool
    has_iban: bool
    transfer: str | None = None


def unreceived_payout(payout: YearlyPayout, kind: Kind) -> Right | None:
    """Art. 54: the fund computes the maximum-invoice refund ("alle huurgelden op kalenderjaarbasis die
    de 300 euro overtreffen, volledig terugbetaald") and the alarm subsidy ("5 euro per maand huur ...
    tot € 60/jaar") itself; the member has nothing to claim, but the money must reach them. A computed,
    unpaid amount above €0 whose transfer came back, or that no transfer can pay (no IBAN and none sent),
    is a right the member does not get: the clerk asks for an account."""
    if payout.paid or payout.amount <= ZERO or payout.transfer in ("pending", "paid"):
        return None
    if payout.transfer == "rejected":
        note = "transfer rejected by the bank"
    elif not payout.has_iban:
        note = "no IBAN to pay it to"
    else:
        return None  # an account is known: the next payout file pays it
    return Right(
        kind,
        "Art. 54",
        payout.member_id,
        payout.household_id,
        f"year:{payout.year}",
        cents(payout.amount),
        None,
        ("iban",),
        note=note,
    )
