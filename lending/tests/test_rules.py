"""Bijlage 3 and Art. 54 with the statutes' own numbers."""

from datetime import date
from decimal import Decimal as D

import pytest

from lending import catalogue, rules
from lending.rules import ChargeKind, Contract, Delivery, Price, Renter


def price(code) -> Price:
    code_, group, _nl, _en, day_price, fixed, options = next(row for row in catalogue.ITEMS if row[0] == code)
    return Price(code=code_, group=group, day_price=day_price, fixed_cost=fixed, **options)


def total(charges) -> D:
    return sum((c.amount for c in charges), D("0"))


@pytest.mark.parametrize(("code", "expected"), list(catalogue.TOTALS.items()))
def test_every_totaal_of_bijlage_3(code, expected):
    contract = Contract(
        price(code),
        date(2026, 3, 2),
        Renter.MEMBER,
        delivery=Delivery.POST if price(code).group.value == "post" else Delivery.OFFICE,
        first_month_free=price(code).first_month_free_after_birth,
    )
    assert total(rules.start_charges(contract)) == expected


@pytest.mark.parametrize(("code", "expected"), list(catalogue.FIRST_MONTH.items()))
def test_every_first_month_of_bijlage_3(code, expected):
    item = price(code)
    if item.forfait_days == 7:
        pytest.skip("footnote 5 items have a 7-day forfait")
    assert item.forfait == expected


@pytest.mark.parametrize(
    ("code", "forfait"),
    [
        ("hilotherm-cooling-device", D("126.00")),
        ("demountable-mobility-scooter", D("84.00")),
        ("replacement-scooter", D("21.00")),
    ],
)
def test_footnote_5_forfait_of_7_days(code, forfait):
    item = price(code)
    assert item.forfait_days == 7 and item.forfait == forfait
    contract = Contract(item, date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.DRIVER)
    # day 8 is the first day at the day price
    assert rules.rent_after_forfait(contract, date(2026, 3, 8)) == []
    extra = rules.rent_after_forfait(contract, date(2026, 3, 9))
    assert [c.amount for c in extra] == [item.day_price * 1]


def test_spec_example_care_bed_all_year_refund_28_50():
    # SPEC §3.3: 1 January – 31 December of a non-leap year: 365 × €0.90 = €328.50 → refund €28.50
    contract = Contract(price("electric-care-bed"), date(2026, 1, 1), Renter.MEMBER, delivery=Delivery.DRIVER)
    charges = rules.invoice(contract, date(2026, 12, 31))
    counted = rules.counted_rent(charges, 2026)
    assert counted == D("328.50")
    assert rules.max_invoice_refund(counted) == D("28.50")
    # the fee and both trips are on the invoice but do not count
    assert total(charges) == D("328.50") + D("7.00") + D("66.00")


def test_days_count_start_and_return():
    assert rules.days_rented(date(2026, 1, 1), date(2026, 12, 31)) == 365
    assert rules.days_rented(date(2026, 3, 2), date(2026, 3, 2)) == 1
    with pytest.raises(ValueError):
        rules.days_rented(date(2026, 3, 2), date(2026, 3, 1))


def test_day_31_starts_the_day_price():
    contract = Contract(price("wheelchair"), date(2026, 3, 1), Renter.MEMBER)
    assert rules.rent_after_forfait(contract, date(2026, 3, 30)) == []  # 30 days: forfait only
    [rent] = rules.rent_after_forfait(contract, date(2026, 4, 9))  # 40 days: 10 at €0.60
    assert rent.amount == D("6.00") and rent.day == date(2026, 3, 31)


def test_rental_spanning_the_new_year_splits_the_rent_by_year():
    contract = Contract(price("electric-care-bed"), date(2026, 11, 1), Renter.MEMBER, delivery=Delivery.DRIVER)
    charges = rules.invoice(contract, date(2027, 2, 28))
    # forfait 1/11–30/11 in 2026; 1/12–31/12 = 31 days in 2026; 1/1–28/2 = 59 days in 2027
    assert rules.counted_rent(charges, 2026) == D("27.00") + D("27.90")
    assert rules.counted_rent(charges, 2027) == D("53.10")


@pytest.mark.parametrize(
    ("renter", "delivery", "expected"),
    [
        pytest.param(Renter.MEMBER, Delivery.DRIVER, D("27.00") + D("7.00") + D("66.00"), id="member-two-trips-33"),
        pytest.param(
            Renter.MEMBER, Delivery.DRIVER_UPSTAIRS, D("27.00") + D("7.00") + D("96.00"), id="member-upstairs-48"
        ),
        pytest.param(
            Renter.MEMBER, Delivery.DRIVER_URGENT, D("27.00") + D("7.00") + D("150.00"), id="member-urgent-75"
        ),
        pytest.param(
            Renter.MEMBER_NOT_IN_ORDER,
            Delivery.DRIVER,
            (D("27.00") + D("7.00") + D("66.00")) * 3,
            id="not-in-order-triple",
        ),
        pytest.param(
            Renter.NON_MEMBER,
            Delivery.DRIVER,
            (D("27.00") + D("7.00")) * 3 + D("132.00"),
            id="non-member-triple-66-per-trip",
        ),
    ],
)
def test_delivery_and_triple_tariff(renter, delivery, expected):
    contract = Contract(price("electric-care-bed"), date(2026, 3, 2), renter, delivery=delivery)
    assert total(rules.start_charges(contract)) == expected


def test_triple_tariff_rent_does_not_count_for_the_maximum_invoice():
    contract = Contract(
        price("electric-care-bed"), date(2026, 1, 1), Renter.MEMBER_NOT_IN_ORDER, delivery=Delivery.OFFICE
    )
    charges = rules.invoice(contract, date(2026, 12, 31))
    assert total(charges) == (D("328.50") + D("7.00")) * 3
    assert rules.counted_rent(charges, 2026) == D("0")


def test_footnote_4_items_do_not_count_for_the_maximum_invoice():
    contract = Contract(price("home-trainer"), date(2026, 1, 1), Renter.MEMBER, delivery=Delivery.DRIVER)
    charges = rules.invoice(contract, date(2026, 12, 31))
    assert rules.counted_rent(charges, 2026) == D("0")
    assert total([c for c in charges if c.kind in ("forfait", "rent")]) == D("255.50")


def test_breast_pump_after_birth_versus_without():
    after_birth = Contract(
        price("breast-pump"), date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.POST, first_month_free=True
    )
    without = Contract(price("breast-pump"), date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.POST)
    assert total(rules.start_charges(after_birth)) == D("7.00")
    assert total(rules.start_charges(without)) == D("82.00")  # 30 × €2.50 + €7


def test_post_item_fee_includes_shipping():
    charges = rules.start_charges(Contract(price("pedalo"), date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.POST))
    assert {(c.kind, c.amount) for c in charges} == {
        ("forfait", D("7.50")),
        ("fee", D("7.00")),
        ("shipping", D("8.00")),
    }


def test_alarm_start_cost_and_installation_and_no_trips():
    charges = rules.start_charges(
        Contract(price("fixed-line-alarm"), date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.DRIVER)
    )
    assert {(c.kind, c.amount) for c in charges} == {
        ("forfait", D("22.50")),
        ("fee", D("35.00")),
        ("installation", D("33.00")),
    }


def test_accessories_without_fee_or_trip():
    charges = rules.start_charges(
        Contract(price("extra-sling"), date(2026, 3, 2), Renter.MEMBER, delivery=Delivery.DRIVER)
    )
    assert [(c.kind, c.amount) for c in charges] == [("forfait", D("6.00"))]


def test_purchases_are_at_list_price_even_at_triple_tariff():
    contract = Contract(
        price("aerosol"), date(2026, 3, 2), Renter.NON_MEMBER, purchases=(("aerosol mask", D("10.00")),)
    )
    charges = rules.start_charges(contract)
    assert [c.amount for c in charges if c.kind == ChargeKind.PURCHASE] == [D("10.00")]


@pytest.mark.parametrize(
    ("hour", "first", "amount"),
    [(10, False, D("55.00")), (23, False, D("65.00")), (3, False, D("65.00")), (10, True, D("0"))],
)
def test_interventions_footnote_8(hour, first, amount):
    assert rules.intervention_charge(hour, date(2026, 5, 1), first, Renter.MEMBER).amount == amount


@pytest.mark.parametrize(
    ("periods", "vt", "subsidy"),
    [
        pytest.param([(date(2025, 6, 15), date(2027, 1, 1))], True, D("60.00"), id="art54-all-year-60"),
        pytest.param([(date(2026, 3, 20), date(2026, 7, 2))], True, D("25.00"), id="art54-five-months"),
        pytest.param([(date(2026, 3, 20), date(2026, 7, 2))], False, D("0"), id="art54-needs-vt"),
        pytest.param(
            [(date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 3, 1), date(2026, 4, 30))],
            True,
            D("20.00"),
            id="art54-overlap-counted-once",
        ),
    ],
)
def test_alarm_subsidy(periods, vt, subsidy):
    assert rules.alarm_subsidy(rules.alarm_months(periods, 2026), vt) == subsidy


@pytest.mark.parametrize(
    "birth, start, free",
    [
        pytest.param(date(2026, 3, 15), date(2026, 9, 15), True, id="art54-tot-6-maanden-na-de-geboorte-last-day"),
        pytest.param(date(2026, 3, 15), date(2026, 9, 16), False, id="art54-the-day-after-6-months"),
        pytest.param(date(2026, 2, 28), date(2026, 8, 28), True, id="art54-28-february-to-28-august"),
        pytest.param(date(2026, 2, 28), date(2026, 8, 31), False, id="art54-28-february-not-to-31-august"),
        pytest.param(date(2025, 8, 31), date(2026, 2, 28), True, id="art54-31-august-to-28-february"),
        pytest.param(date(2025, 8, 31), date(2026, 3, 1), False, id="art54-31-august-not-to-1-march"),
        pytest.param(date(2026, 5, 10), date(2026, 5, 9), False, id="art54-before-the-birth"),
    ],
)
def test_free_breast_pump_month_until_6_months_after_birth_to_the_day(birth, start, free):
    """Art. 54: "Tot 6 maanden na de geboorte kunnen leden gedurende 1 maand gratis een afkolfapparaat
    … ontlenen"."""
    assert rules.free_month_after_birth(birth, start) is free


# --- Art. 52: "bij oneigenlijk gebruik, overschrijding van de maximale duur (9 uur) en laattijdige
# annulering zal 50 euro administratiekosten aangerekend worden." ------------------------------------

from datetime import datetime  # noqa: E402

from benefits.catalogue import CATALOGUE  # noqa: E402
from lending.rules import CareFeeGround, CareFeeRefused  # noqa: E402

BOOKED = datetime(2026, 3, 10, 8, 0)  # Tuesday 10/03/2026, 08:00


#: Art. 52: "50 euro administratiekosten" — the babysitting rule version's parameter in the catalogue.
FEE = D(
    next(v for b in CATALOGUE if b["code"] == "sick_child_care" for v in b["versions"])["params"][rules.CARE_FEE_PARAM]
)


def test_art_52_fee_is_50_euro_administratiekosten():
    assert FEE == D("50.00")
    assert rules.CARE_MAX_HOURS == D("9")
    assert rules.CARE_FEE_COUNTS_FOR_MAX_INVOICE is False  # Art. 54 counts "huurgelden" only


@pytest.mark.parametrize(
    ("received_at", "late"),
    [
        pytest.param(datetime(2026, 3, 9, 7, 59), False, id="25 uur vooraf: tijdig"),
        pytest.param(datetime(2026, 3, 9, 8, 0), False, id="precies 24 uur vooraf: tijdig"),
        pytest.param(datetime(2026, 3, 9, 8, 1), True, id="23u59 vooraf: laattijdige annulering"),
        pytest.param(datetime(2026, 3, 10, 7, 30), True, id="dezelfde ochtend: laattijdig"),
        pytest.param(datetime(2026, 3, 10, 9, 0), True, id="na het begin (oppas aan de deur): laattijdig"),
    ],
)
def test_art_52_laattijdige_annulering(received_at, late):
    assert rules.cancellation_is_late(BOOKED, received_at) is late
    if late:
        decision = rules.care_fee("late_cancellation", fee=FEE, booked_start=BOOKED, received_at=received_at)
        assert decision.amount == D("50.00") and "laattijdige annulering" in decision.reason
    else:
        with pytest.raises(CareFeeRefused) as refused:
            rules.care_fee("late_cancellation", fee=FEE, booked_start=BOOKED, received_at=received_at)
        assert refused.value.field == "received_at" and "on time" in str(refused.value)


@pytest.mark.parametrize(
    ("hours", "due"),
    [
        pytest.param(D("5"), False, id="5 uur: minimum"),
        pytest.param(D("9"), False, id="9 uur: maximale duur, geen overschrijding"),
        pytest.param(D("9.25"), True, id="9 uur 15: overschrijding van de maximale duur"),
        pytest.param(D("11"), True, id="11 uur: 07-18 u"),
    ],
)
def test_art_52_overschrijding_van_de_maximale_duur_9_uur(hours, due):
    if due:
        decision = rules.care_fee(CareFeeGround.OVERRUN, fee=FEE, hours=hours)
        assert decision.amount == D("50.00") and "9 hours" in decision.reason
    else:
        with pytest.raises(CareFeeRefused) as refused:
            rules.care_fee(CareFeeGround.OVERRUN, fee=FEE, hours=hours)
        assert refused.value.field == "hours" and "no overrun" in str(refused.value)


def test_art_52_oneigenlijk_gebruik_is_described_by_the_clerk():
    decision = rules.care_fee("misuse", fee=FEE, note="Kind niet ziek, geen medisch attest voor de oppasser.")
    assert decision.amount == D("50.00") and "oneigenlijk gebruik" in decision.reason
    with pytest.raises(CareFeeRefused) as refused:
        rules.care_fee("misuse", fee=FEE, note="  misbruik ")
    assert refused.value.field == "note"


@pytest.mark.parametrize(
    ("ground", "kwargs", "field"),
    [
        ("babysitter-late", {}, "ground"),
        ("overrun", {}, "hours"),
        ("overrun", {"hours": D("0")}, "hours"),
        ("overrun", {"hours": D("25")}, "hours"),
        ("late_cancellation", {"booked_start": BOOKED}, "received_at"),
    ],
)
def test_art_52_bad_input_names_the_field(ground, kwargs, field):
    with pytest.raises(CareFeeRefused) as refused:
        rules.care_fee(ground, fee=FEE, **kwargs)
    assert refused.value.field == field


# --- Art. 54 Thuiszorgwinkel: "Op basis van de facturen voorziet het ziekenfonds een korting t.b.v.
# 10% of 30% voor het incontinentiemateriaal." ---------------------------------------------------------


@pytest.mark.parametrize(
    ("entitled", "vt", "percent"),
    [
        pytest.param(True, False, D("10"), id="lid in orde: 10%"),
        pytest.param(True, True, D("30"), id="lid met verhoogde tegemoetkoming: 30%"),
        pytest.param(False, True, D("0"), id="bijdrage niet betaald: geen korting"),
        pytest.param(False, False, D("0"), id="niet in orde, geen VT: geen korting"),
    ],
)
def test_art_54_incontinence_percent(entitled, vt, percent):
    assert rules.incontinence_discount_percent(entitled, vt) == percent


@pytest.mark.parametrize(
    ("amount", "percent", "discount"),
    [
        pytest.param(D("100.00"), D("10"), D("10.00"), id="10% van 100"),
        pytest.param(D("100.00"), D("30"), D("30.00"), id="30% van 100"),
        pytest.param(D("12.35"), D("10"), D("1.24"), id="10% van 12,35 = 1,235 -> 1,24 (half up)"),
        pytest.param(D("12.25"), D("10"), D("1.23"), id="10% van 12,25 = 1,225 -> 1,23 (half up, niet bankers)"),
        pytest.param(D("47.85"), D("30"), D("14.36"), id="30% van 47,85 = 14,355 -> 14,36"),
        pytest.param(D("0.01"), D("30"), D("0.00"), id="30% van 1 cent = 0,003 -> 0"),
        pytest.param(D("89.99"), D("0"), D("0.00"), id="geen korting"),
    ],
)
def test_art_54_incontinence_discount_in_cents(amount, percent, discount):
    assert rules.incontinence_discount(amount, percent) == discount


def test_art_54_negative_invoice_refused():
    with pytest.raises(ValueError):
        rules.incontinence_discount(D("-1.00"), D("10"))


# --- Art. 54 / Bijlage 3: when the refunds of a year are settled ------------------------------------------------
# Bijlage 3: "... boven een gefactureerd bedrag van 300 euro per kalenderjaar in het eerste semester van het
# volgend kalenderjaar terug"; Art. 54: the alarm subsidy "in het eerste kwartaal van het volgende kalenderjaar".


@pytest.mark.parametrize(
    ("day", "max_invoice", "alarm"),
    [
        pytest.param(date(2027, 1, 1), True, True, id="bijlage3-art54-1-januari"),
        pytest.param(date(2027, 3, 31), True, True, id="art54-eerste-kwartaal-last-day"),
        pytest.param(date(2027, 4, 1), True, False, id="art54-after-the-first-quarter"),
        pytest.param(date(2027, 6, 30), True, False, id="bijlage3-eerste-semester-last-day"),
        pytest.param(date(2027, 7, 1), False, False, id="bijlage3-after-the-first-semester"),
        pytest.param(date(2026, 12, 31), False, False, id="december-out-of-season"),
    ],
)
def test_refund_seasons(day, max_invoice, alarm):
    assert rules.max_invoice_in_season(day) is max_invoice
    assert rules.alarm_subsidy_in_season(day) is alarm


def test_refunds_settle_the_previous_calendar_year():
    assert rules.refund_year(date(2027, 2, 1)) == 2026
    assert not rules.max_invoice_computable(2026, date(2026, 12, 31))  # "volgend kalenderjaar"
    assert rules.max_invoice_computable(2026, date(2027, 1, 1))


# --- ChargeKind: the kinds of invoice line ----------------------------------------------------------------------


def test_every_charge_of_a_contract_has_a_charge_kind():
    contract = Contract(
        Price("bed", rules.Group.DRIVER, D("1.50"), fixed_cost=D("7.00")),
        date(2026, 1, 1),
        Renter.MEMBER,
        Delivery.DRIVER,
        purchases=(("matras", D("10.00")),),
    )
    charges = rules.invoice(contract, date(2026, 3, 1))
    assert {c.kind for c in charges} == {
        ChargeKind.FORFAIT,
        ChargeKind.FEE,
        ChargeKind.DELIVERY,
        ChargeKind.PURCHASE,
        ChargeKind.RENT,
    }
    assert all(isinstance(c.kind, ChargeKind) for c in charges)
    assert charges[0].as_dict()["kind"] == "forfait"


def test_rent_kinds_are_the_huurgelden_of_the_maximum_invoice():
    """Art. 54: the maximum invoice counts "huurgelden": the forfait and the daily rent, nothing else."""
    assert rules.RENT_KINDS == {ChargeKind.FORFAIT, ChargeKind.RENT}
    assert not rules.RENT_KINDS & rules.FEE_KINDS


# --- the return and its final invoice (issue #16): the functions the return service and its preview share ---


@pytest.mark.parametrize(
    ("code", "start", "returned", "charged", "expected"),
    [
        # Bijlage 3: wheelchair €0.60/day; the return date counts: 2/3–20/4 = 50 days → 20 days after the forfait
        pytest.param("wheelchair", date(2026, 3, 2), date(2026, 4, 20), {}, [D("12.00")], id="art54-day-31-on"),
        pytest.param("wheelchair", date(2026, 3, 2), date(2026, 3, 31), {}, [], id="art54-within-the-forfait"),
        # an accrual that went up to 30/6 (91 days after the forfait) corrected by a return on 20/4
        pytest.param(
            "wheelchair",
            date(2026, 3, 2),
            date(2026, 4, 20),
            {2026: D("54.60")},
            [D("-42.60")],
            id="late-return-corrects",
        ),
        # SPEC §3.3: care bed all year, day price €0.90, the rent after the forfait 335 × 0.90
        pytest.param(
            "electric-care-bed", date(2027, 1, 1), date(2027, 12, 31), {}, [D("301.50")], id="spec-care-bed-all-year"
        ),
    ],
)
def test_return_rent_reconciles_with_what_was_charged(code, start, returned, charged, expected):
    contract = Contract(price(code), start, Renter.MEMBER)
    lines = rules.return_charges(contract, returned, charged)
    assert [c.amount for c in lines] == expected
    after = dict(charged)
    for line in lines:
        after[line.day.year] = after.get(line.day.year, D(0)) + line.amount
    assert rules.return_charges(contract, returned, after) == []  # recorded again: nothing more


def test_return_extras_are_the_check_costs_and_purchases_never_counted():
    lines = rules.return_extras(
        date(2026, 4, 20), cleaning=D("7.5"), repair=D("0"), damage=D("25"), purchases=(("aerosol mask", D("10")),)
    )
    assert [(c.kind, c.amount) for c in lines] == [
        (ChargeKind.CLEANING, D("7.50")),
        (ChargeKind.DAMAGE, D("25.00")),
        (ChargeKind.PURCHASE, D("10.00")),
    ]
    assert not any(c.counts_for_max_invoice for c in lines)


@pytest.mark.parametrize(
    ("renter", "triple", "max_invoice"),
    [
        # SPEC §3.3: 365 × €0.90 = €328.50 of member-tariff rent → €28.50 refunded
        pytest.param(Renter.MEMBER, False, ((2027, D("328.50"), D("28.50")),), id="spec-refund-28-50"),
        pytest.param(Renter.MEMBER_NOT_IN_ORDER, True, (), id="art8-triple-tariff-not-counted"),
        pytest.param(Renter.NON_MEMBER, True, (), id="non-member-no-maximum-invoice"),
    ],
)
def test_final_invoice_totals_triple_tariff_and_maximum_invoice(renter, triple, max_invoice):
    contract = Contract(price("electric-care-bed"), date(2027, 1, 1), renter)
    start = rules.start_charges(contract)
    invoice = rules.final_invoice(start, rules.return_charges(contract, date(2027, 12, 31), {}), renter)
    assert invoice.triple is triple
    assert invoice.max_invoice == max_invoice
    assert invoice.total == total(invoice.lines)
