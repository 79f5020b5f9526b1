"""Every benefit of SPEC §2 judged with the statutes' own numbers (benefits.catalogue + benefits.rules)."""

from datetime import date
from decimal import Decimal as D

import pytest

from benefits import catalogue, rules
from benefits.rules import ClaimFacts, Outcome, PastPayout, PersonFacts

ADULT = PersonFacts(birth_date=date(1980, 5, 17), entitlement="entitled")
SENIOR = PersonFacts(birth_date=date(1960, 1, 10), entitlement="entitled")
CHILD_2021 = PersonFacts(birth_date=date(2021, 3, 1), entitlement="entitled")
#: Art. 49: an approved stay after hip surgery by an orthopaedist (K 250 or more).
STAY_HIP = dict(
    advisory_physician_approval=True, indication="surgery", specialty="orthopaedics", relative_value_over_250=True
)


def decide(
    code,
    person=ADULT,
    history=(),
    event=date(2026, 3, 10),
    filed=None,
    paid="0",
    quantity=1,
    compulsory="0",
    evidence=None,
    key="",
    **facts,
):
    rule = catalogue.spec(code, event) or catalogue.spec(code)
    claim = ClaimFacts(
        event_date=event,
        filed_on=filed or event,
        amount_paid=D(paid),
        quantity=quantity,
        compulsory_reimbursement=D(compulsory),
        evidence=frozenset(rule.evidence if evidence is None else evidence),
        facts=facts,
        key=key,
    )
    return rules.judge(rule, person, claim, history)


def past(amount, event=date(2026, 1, 5), units=0, key="", parts=None, **facts):
    return PastPayout(event_date=event, amount=D(amount), units=units, key=key, parts=parts or {}, facts=facts)


def test_every_spec_row_is_in_the_catalogue():
    codes = {entry["code"] for entry in catalogue.CATALOGUE}
    assert codes == {
        "speech_therapy",
        "foot_care",
        "diapers",
        "orthodontics",
        "dental",
        "glasses",
        "eye_surgery",
        "heart_screening",
        "diabetes_association",
        "vaccination",
        "custom_earplugs",
        "smoking_cessation",
        "dietetics",
        "psychology",
        "menopause_consultant",
        "podiatric_insoles",
        "medical_app",
        "genetic_screening",
        "first_aid_course",
        "convalescent_stay",
        "short_stay",
        "day_night_care",
        "electric_toothbrush",
        "sick_child_care",
        "maternity_help",
        "ergotherapy",
        "alarm_subsidy",
        "transport",
        "birth_premium",
        "youth_camp",
        "sports_club",
        "homeopathy",
        "alternative_consult",
    }


# --- general rules (Art. 8, 42) --------------------------------------------------------------


def test_suspended_household_gets_no_payout():
    person = PersonFacts(birth_date=date(1960, 1, 1), entitlement="suspended", entitlement_reason="2026-02 unpaid")
    decision = decide("foot_care", person=person, quantity=1)
    assert decision.outcome is Outcome.REJECTED and decision.payout == D("0")
    assert any("Art. 8" in r for r in map(str, decision.reasons))


def test_claim_filed_after_two_years_is_rejected():
    # event 10/03/2024 → deadline 31/03/2026 (Art. 42.4)
    assert rules.filing_deadline(date(2024, 3, 10)) == date(2026, 3, 31)
    late = decide("alternative_consult", event=date(2024, 3, 10), filed=date(2026, 4, 1), practice="osteopathy")
    in_time = decide("alternative_consult", event=date(2024, 3, 10), filed=date(2026, 3, 31), practice="osteopathy")
    assert late.outcome is Outcome.REJECTED and any("Art. 42.4" in r for r in map(str, late.reasons))
    assert in_time.outcome is Outcome.APPROVED


def test_event_before_the_rule_is_in_force_is_rejected():
    decision = decide("birth_premium", event=date(2026, 1, 20), key="child-1", kind="birth")
    assert decision.outcome is Outcome.REJECTED
    assert any("not in force" in r for r in map(str, decision.reasons))


def test_missing_evidence_is_rejected():
    decision = decide("dietetics", evidence=())
    assert decision.outcome is Outcome.REJECTED and any(
        "evidence missing: invoice" in r for r in map(str, decision.reasons)
    )


def test_rule_versions_switch_on_their_effective_date():
    old = rules.RuleSpec(
        code="foot_care",
        article="Art. 44",
        effective_from=date(2025, 1, 1),
        calculation=rules.Calculation.PER_UNIT,
        unit="session",
        unit_amount=D("8.00"),
    )
    new = catalogue.spec("foot_care")
    assert rules.version_in_force([old, new], date(2025, 12, 31)).unit_amount == D("8.00")
    assert rules.version_in_force([old, new], date(2026, 1, 1)).unit_amount == D("10.00")
    assert rules.version_in_force([old, new], date(2024, 12, 31)) is None


# --- per benefit ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "outcome", "payout", "units"),
    [
        # Art. 43 speech therapy: €10 per session, 80 per disorder, once 80 more for another disorder
        pytest.param(
            dict(
                code="speech_therapy",
                quantity=30,
                key="dyslexia",
                compulsory_refused_or_exhausted=True,
                history=[past("600", units=60, key="dyslexia")],
            ),
            Outcome.PARTIALLY_APPROVED,
            "200.00",
            20,
            id="art43-80-sessions-per-disorder",
        ),
        pytest.param(
            dict(
                code="speech_therapy",
                quantity=10,
                key="stutter",
                compulsory_refused_or_exhausted=True,
                history=[past("800", units=80, key="dyslexia")],
            ),
            Outcome.APPROVED,
            "100.00",
            10,
            id="art43-second-disorder-80-more",
        ),
        pytest.param(
            dict(
                code="speech_therapy",
                quantity=5,
                key="third",
                compulsory_refused_or_exhausted=True,
                history=[past("800", units=80, key="a"), past("800", units=80, key="b")],
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art43-only-once-extended",
        ),
        pytest.param(
            dict(code="speech_therapy", quantity=5, key="a"),
            Outcome.REJECTED,
            "0",
            0,
            id="art43-needs-compulsory-refusal",
        ),
        # Art. 44 foot care: €10 per session, 4 per calendar year, age ≥ 60
        pytest.param(
            dict(code="foot_care", person=SENIOR, quantity=1, history=[past("30", units=3)]),
            Outcome.APPROVED,
            "10.00",
            1,
            id="art44-fourth-session-paid",
        ),
        pytest.param(
            dict(code="foot_care", person=SENIOR, quantity=1, history=[past("40", units=4)]),
            Outcome.REJECTED,
            "0",
            0,
            id="art44-fifth-session-refused",
        ),
        pytest.param(
            dict(code="foot_care", person=SENIOR, quantity=1, history=[past("40", event=date(2025, 12, 1), units=4)]),
            Outcome.APPROVED,
            "10.00",
            1,
            id="art44-new-calendar-year",
        ),
        pytest.param(dict(code="foot_care", person=ADULT, quantity=1), Outcome.REJECTED, "0", 0, id="art44-under-60"),
        # Art. 45 diapers: €100 per year of life until the 3rd birthday, max €300
        pytest.param(
            dict(code="diapers", person=CHILD_2021, event=date(2023, 6, 1), paid="140"),
            Outcome.APPROVED,
            "100.00",
            1,
            id="art45-third-year-of-life",
        ),
        pytest.param(
            dict(
                code="diapers",
                person=CHILD_2021,
                event=date(2023, 9, 1),
                paid="140",
                history=[past("100", event=date(2023, 6, 1))],
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art45-year-of-life-paid-once",
        ),
        pytest.param(
            dict(code="diapers", person=CHILD_2021, event=date(2024, 3, 2), paid="50"),
            Outcome.REJECTED,
            "0",
            0,
            id="art45-after-third-birthday",
        ),
        pytest.param(
            dict(code="diapers", person=CHILD_2021, event=date(2022, 3, 5), paid="60"),
            Outcome.PARTIALLY_APPROVED,
            "60.00",
            1,
            id="art45-never-more-than-paid",
        ),
        # "€ 100 per levensjaar": one year's €100 over as many invoices as the parents hand in
        pytest.param(
            dict(
                code="diapers",
                person=CHILD_2021,
                event=date(2023, 9, 1),
                paid="140",
                history=[past("60", event=date(2023, 6, 1))],
            ),
            Outcome.APPROVED,
            "40.00",
            1,
            id="art45-100-per-levensjaar-over-several-invoices",
        ),
        pytest.param(
            dict(
                code="diapers",
                person=CHILD_2021,
                event=date(2021, 9, 1),
                paid="25",
                history=[past("30", event=date(2021, 4, 1)), past("30", event=date(2021, 6, 1))],
            ),
            Outcome.PARTIALLY_APPROVED,
            "25.00",
            1,
            id="art45-third-invoice-in-the-same-year-of-life",
        ),
        # "Het gaat per kind om een tegemoetkoming van maximum € 300 euro."
        pytest.param(
            dict(
                code="diapers",
                person=CHILD_2021,
                event=date(2024, 2, 1),
                paid="90",
                history=[
                    past("100", event=date(2021, 6, 1)),
                    past("100", event=date(2022, 6, 1)),
                    past("70", event=date(2023, 6, 1)),
                ],
            ),
            Outcome.APPROVED,
            "30.00",
            1,
            id="art45-max-300-per-kind",
        ),
        # Art. 46 dental: 25 % of the personal share, €1,400 per 2 years from the first payout
        pytest.param(
            dict(code="dental", paid="2000", treatment="implant"),
            Outcome.APPROVED,
            "500.00",
            1,
            id="art46-dental-25-percent",
        ),
        pytest.param(
            dict(
                code="dental",
                paid="2000",
                treatment="implant",
                event=date(2026, 11, 1),
                history=[past("1000", event=date(2025, 3, 1))],
            ),
            Outcome.PARTIALLY_APPROVED,
            "400.00",
            1,
            id="art46-dental-1400-per-2-years",
        ),
        pytest.param(
            dict(
                code="dental",
                paid="2000",
                treatment="implant",
                event=date(2027, 3, 2),
                history=[past("1400", event=date(2025, 3, 1))],
            ),
            Outcome.APPROVED,
            "500.00",
            1,
            id="art46-dental-new-period-after-2-years",
        ),
        pytest.param(
            dict(code="dental", paid="400", treatment="crown", compulsory="50"),
            Outcome.REJECTED,
            "0",
            0,
            id="art46-dental-not-if-compulsory-pays",
        ),
        pytest.param(
            dict(code="dental", paid="400", treatment="crown", abroad=True),
            Outcome.REJECTED,
            "0",
            0,
            id="art46-dental-not-abroad",
        ),
        # Art. 47 eye surgery: €100 per eye, once €200, ≤ paid − compulsory
        pytest.param(
            dict(code="eye_surgery", quantity=2, paid="1500", compulsory="0"),
            Outcome.APPROVED,
            "200.00",
            2,
            id="art47-eye-surgery-both-eyes",
        ),
        pytest.param(
            dict(code="eye_surgery", quantity=1, paid="150", compulsory="90"),
            Outcome.PARTIALLY_APPROVED,
            "60.00",
            1,
            id="art47-eye-surgery-paid-less-compulsory",
        ),
        pytest.param(
            dict(code="eye_surgery", quantity=2, paid="1500", history=[past("100", units=1)]),
            Outcome.PARTIALLY_APPROVED,
            "100.00",
            1,
            id="art47-eye-surgery-once-200",
        ),
        # Art. 48
        pytest.param(
            dict(code="heart_screening", paid="80"), Outcome.APPROVED, "40.00", 1, id="art48-heart-50-percent"
        ),
        pytest.param(
            dict(code="heart_screening", paid="80", history=[past("30")]),
            Outcome.PARTIALLY_APPROVED,
            "20.00",
            1,
            id="art48-heart-50-per-year",
        ),
        pytest.param(
            dict(code="diabetes_association", paid="25"), Outcome.APPROVED, "25.00", 1, id="art48-diabetes-paid"
        ),
        pytest.param(
            dict(code="diabetes_association", paid="45"),
            Outcome.PARTIALLY_APPROVED,
            "30.00",
            1,
            id="art48-diabetes-30-per-year",
        ),
        pytest.param(
            dict(code="vaccination", paid="160", product="Shingrix"),
            Outcome.PARTIALLY_APPROVED,
            "50.00",
            1,
            id="art48-vaccine-50-per-year",
        ),
        pytest.param(
            dict(code="vaccination", paid="60", product="Unlisted"),
            Outcome.REJECTED,
            "0",
            0,
            id="art48-vaccine-not-listed",
        ),
        pytest.param(
            dict(code="vaccination", paid="60", product="Havrix", pandemic=True),
            Outcome.REJECTED,
            "0",
            0,
            id="art48-vaccine-not-in-pandemic",
        ),
        pytest.param(
            dict(code="custom_earplugs", paid="90"), Outcome.APPROVED, "45.00", 1, id="art48-earplugs-50-percent"
        ),
        pytest.param(
            dict(code="smoking_cessation", paid="120"),
            Outcome.PARTIALLY_APPROVED,
            "50.00",
            1,
            id="art48-smoking-50-max",
        ),
        pytest.param(
            dict(code="dietetics", quantity=3, history=[past("30", units=3)]),
            Outcome.PARTIALLY_APPROVED,
            "20.00",
            2,
            id="art48-dietetics-5-per-year",
        ),
        pytest.param(
            dict(code="psychology", person=CHILD_2021, quantity=2),
            Outcome.APPROVED,
            "40.00",
            2,
            id="art48-psychology-20-under-18",
        ),
        pytest.param(
            dict(code="psychology", quantity=2, history=[past("140", units=14)]),
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            1,
            id="art48-psychology-15-per-year",
        ),
        pytest.param(
            dict(code="menopause_consultant", quantity=2, history=[past("40", event=date(2026, 1, 5), units=4)]),
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            1,
            id="art48-menopause-5-per-lifetime",
        ),
        pytest.param(
            dict(code="podiatric_insoles", quantity=3),
            Outcome.PARTIALLY_APPROVED,
            "50.00",
            2,
            id="art48-insoles-25-each-50-per-year",
        ),
        pytest.param(
            dict(code="medical_app", paid="30", key="app-a", recognition="mhealth_belgium"),
            Outcome.PARTIALLY_APPROVED,
            "20.00",
            1,
            id="art48-app-20-per-app",
        ),
        pytest.param(
            dict(
                code="medical_app", paid="15", key="app-b", recognition="prescribed", history=[past("20", key="app-a")]
            ),
            Outcome.APPROVED,
            "15.00",
            1,
            id="art48-app-other-app",
        ),
        pytest.param(
            dict(code="genetic_screening", paid="300", belgian_centre=True),
            Outcome.PARTIALLY_APPROVED,
            "125.00",
            1,
            id="art48-genetic-125-once",
        ),
        pytest.param(
            dict(
                code="genetic_screening", paid="300", belgian_centre=True, history=[past("125", event=date(2026, 1, 2))]
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art48-genetic-only-once",
        ),
        pytest.param(
            dict(code="first_aid_course", paid="45"), Outcome.PARTIALLY_APPROVED, "30.00", 1, id="art48-first-aid-30"
        ),
        # Art. 49 convalescent stay: at most €25 per night of the stay cost, periods of 7, max 28 per year,
        # once per condition, advisory physician, a listed indication
        pytest.param(
            dict(code="convalescent_stay", quantity=14, paid="700", approved_periods=2, condition="hip", **STAY_HIP),
            Outcome.APPROVED,
            "350.00",
            14,
            id="art49-two-periods",
        ),
        pytest.param(
            dict(code="convalescent_stay", quantity=10, paid="500", approved_periods=1, condition="hip", **STAY_HIP),
            Outcome.PARTIALLY_APPROVED,
            "175.00",
            7,
            id="art49-periods-of-7",
        ),
        pytest.param(
            dict(
                code="convalescent_stay",
                quantity=14,
                paid="700",
                approved_periods=2,
                condition="burnout",
                history=[past("525", units=21, condition="hip")],
                **STAY_HIP,
            ),
            Outcome.PARTIALLY_APPROVED,
            "175.00",
            7,
            id="art49-28-nights-per-year",
        ),
        pytest.param(
            dict(
                code="convalescent_stay",
                quantity=7,
                paid="350",
                approved_periods=1,
                condition="hip",
                history=[past("175", units=7, condition="hip")],
                **STAY_HIP,
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art49-once-per-condition-per-year",
        ),
        pytest.param(
            dict(
                code="convalescent_stay",
                quantity=7,
                paid="350",
                approved_periods=1,
                condition="hip",
                **{**STAY_HIP, "advisory_physician_approval": False},
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art49-needs-advisory-physician",
        ),
        # "een tussenkomst van maximum 25 euro per overnachting in de verblijfkosten": never more than the stay cost
        pytest.param(
            dict(code="convalescent_stay", quantity=7, paid="126", approved_periods=1, condition="hip", **STAY_HIP),
            Outcome.APPROVED,
            "126.00",
            7,
            id="art49-maximum-25-per-overnachting-of-the-cost",
        ),
        pytest.param(
            dict(code="convalescent_stay", quantity=10, paid="180", approved_periods=1, condition="hip", **STAY_HIP),
            Outcome.PARTIALLY_APPROVED,
            "126.00",
            7,
            id="art49-cost-per-night-of-the-granted-nights",
        ),
        pytest.param(
            dict(code="convalescent_stay", quantity=7, paid="0", approved_periods=1, condition="hip", **STAY_HIP),
            Outcome.REJECTED,
            "0",
            0,
            id="art49-no-stay-cost-no-payout",
        ),
        # Art. 50
        pytest.param(
            dict(code="short_stay", quantity=30, recognised_centre=True),
            Outcome.PARTIALLY_APPROVED,
            "420.00",
            28,
            id="art50-short-stay-28-nights",
        ),
        pytest.param(
            dict(code="day_night_care", quantity=10, recognised_centre=True, history=[past("225", units=45)]),
            Outcome.PARTIALLY_APPROVED,
            "25.00",
            5,
            id="art50-day-care-50-per-year",
        ),
        # Art. 51 toothbrush: €25 once at 3–5, €50 once at 6–11, ≤ paid
        pytest.param(
            dict(code="electric_toothbrush", person=CHILD_2021, event=date(2026, 3, 10), paid="40"),
            Outcome.APPROVED,
            "25.00",
            1,
            id="art51-age-3-5-25",
        ),
        pytest.param(
            dict(
                code="electric_toothbrush",
                person=CHILD_2021,
                event=date(2026, 3, 10),
                paid="40",
                history=[past("25", event=date(2026, 1, 4))],
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art51-once-in-band",
        ),
        pytest.param(
            dict(
                code="electric_toothbrush",
                person=PersonFacts(date(2018, 2, 1), "entitled"),
                paid="35",
                history=[past("25", event=date(2022, 1, 4))],
            ),
            Outcome.PARTIALLY_APPROVED,
            "35.00",
            1,
            id="art51-age-6-11-capped-at-paid",
        ),
        # Art. 53 maternity help: €5 per hour, 60 hours per child
        pytest.param(
            dict(
                code="maternity_help",
                quantity=20,
                key="baby-1",
                birth_date="2026-03-01",
                history=[past("250", units=50, key="baby-1")],
            ),
            Outcome.PARTIALLY_APPROVED,
            "50.00",
            10,
            id="art53-60-hours-per-child",
        ),
        pytest.param(
            dict(
                code="maternity_help", quantity=30, key="baby-1", birth_date="2026-03-01", provider="doula", stay_days=1
            ),
            Outcome.PARTIALLY_APPROVED,
            "100.00",
            20,
            id="art53-doula-20-hours-per-day",
        ),
        pytest.param(
            dict(code="maternity_help", quantity=5, key="baby-1", birth_date="2025-10-01"),
            Outcome.REJECTED,
            "0",
            0,
            id="art53-more-than-90-days-after-birth",
        ),
        # Art. 54 ergotherapy and alarm subsidy
        pytest.param(
            dict(code="ergotherapy", paid="180", advice="vaph_file"),
            Outcome.APPROVED,
            "180.00",
            1,
            id="art54-vaph-advice-in-full",
        ),
        pytest.param(
            dict(code="ergotherapy", paid="120", advice="home_adaptation"),
            Outcome.APPROVED,
            "50.00",
            1,
            id="art54-home-adaptation-50",
        ),
        pytest.param(
            dict(
                code="alarm_subsidy",
                person=PersonFacts(date(1940, 1, 1), "entitled", vt_on_january_first=True),
                quantity=12,
            ),
            Outcome.APPROVED,
            "60.00",
            12,
            id="art54-alarm-5-per-month-60-per-year",
        ),
        pytest.param(dict(code="alarm_subsidy", quantity=12), Outcome.REJECTED, "0", 0, id="art54-alarm-needs-vt"),
        # Art. 57 birth premium €300 per child to each affiliated parent
        pytest.param(
            dict(code="birth_premium", key="child-1", kind="birth"), Outcome.APPROVED, "300.00", 1, id="art57-birth-300"
        ),
        pytest.param(
            dict(
                code="birth_premium",
                key="child-1",
                kind="birth",
                history=[past("300", event=date(2026, 3, 1), key="child-1")],
            ),
            Outcome.REJECTED,
            "0",
            0,
            id="art57-once-per-child",
        ),
        pytest.param(
            dict(code="birth_premium", key="child-2", kind="adoption"),
            Outcome.REJECTED,
            "0",
            0,
            id="art57-adoption-needs-minor",
        ),
        # Art. 58 youth: €5 per day, flat ≤ €30, €120 per year (€250 disabled), age ≤ 18 in the year
        pytest.param(
            dict(code="youth_camp", person=CHILD_2021, quantity=7, paid="200"),
            Outcome.APPROVED,
            "35.00",
            7,
            id="art58-camp-5-per-day",
        ),
        pytest.param(
            dict(code="youth_camp", person=CHILD_2021, quantity=7, paid="200", history=[past("100")]),
            Outcome.PARTIALLY_APPROVED,
            "20.00",
            4,
            id="art58-120-per-year",
        ),
        pytest.param(
            dict(code="youth_camp", person=CHILD_2021, paid="45", activity="youth_club_membership"),
            Outcome.APPROVED,
            "30.00",
            1,
            id="art58-club-flat-30",
        ),
        pytest.param(
            dict(
                code="youth_camp",
                person=PersonFacts(date(2015, 1, 1), "entitled", disabled_66=True),
                paid="300",
                history=[past("100")],
            ),
            Outcome.PARTIALLY_APPROVED,
            "150.00",
            1,
            id="art58-disabled-250-per-year",
        ),
        pytest.param(
            dict(code="youth_camp", person=PersonFacts(date(2007, 12, 31), "entitled"), quantity=2, paid="50"),
            Outcome.REJECTED,
            "0",
            0,
            id="art58-19-in-the-year",
        ),
        pytest.param(
            dict(code="youth_camp", person=PersonFacts(date(2008, 12, 31), "entitled"), quantity=2, paid="50"),
            Outcome.APPROVED,
            "10.00",
            2,
            id="art58-18-in-the-year",
        ),
        # Art. 59 sports club ≤ €50 per year, ≤ paid
        pytest.param(
            dict(code="sports_club", paid="180", listed_sport=True),
            Outcome.PARTIALLY_APPROVED,
            "50.00",
            1,
            id="art59-sports-50",
        ),
        pytest.param(
            dict(code="sports_club", paid="180", listed_sport=False),
            Outcome.REJECTED,
            "0",
            0,
            id="art59-sport-not-listed",
        ),
        # Art. 60
        pytest.param(
            dict(code="homeopathy", paid="30", prescribed=True, dilution_10000_oral=True),
            Outcome.APPROVED,
            "15.00",
            1,
            id="art60-homeopathy-50-percent",
        ),
        pytest.param(
            dict(code="alternative_consult", quantity=2, practice="osteopathy", history=[past("40", units=4)]),
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            1,
            id="art60-5-consultations-per-year",
        ),
        pytest.param(
            dict(code="alternative_consult", quantity=1, practice="reiki"),
            Outcome.REJECTED,
            "0",
            0,
            id="art60-practice-not-listed",
        ),
    ],
)
def test_benefit_rules(kwargs, outcome, payout, units):
    code = kwargs.pop("code")
    decision = decide(code, **kwargs)
    assert decision.outcome is outcome, decision.reasons
    assert decision.payout == D(payout)
    assert decision.units == units
    assert all(r for r in map(str, decision.reasons))
    article = catalogue.spec(code).article
    assert any(article in r for r in map(str, decision.reasons))


@pytest.mark.parametrize(
    ("paid", "prescription", "history", "payout", "parts"),
    [
        pytest.param("120", False, [], "50.00", {"yearly": "50.00", "extra": "0"}, id="art47-glasses-50-per-year"),
        pytest.param(
            "30", False, [], "30.00", {"yearly": "30.00", "extra": "0"}, id="art47-glasses-never-more-than-paid"
        ),
        pytest.param(
            "120", True, [], "100.00", {"yearly": "50.00", "extra": "50.00"}, id="art47-glasses-extra-with-prescription"
        ),
        pytest.param(
            "120",
            True,
            [past("100", event=date(2024, 2, 1), parts={"yearly": D("50"), "extra": D("50")})],
            "50.00",
            {"yearly": "50.00", "extra": "0"},
            id="art47-glasses-extra-every-4-years",
        ),
        pytest.param(
            "120",
            True,
            [past("100", event=date(2022, 2, 1), parts={"yearly": D("50"), "extra": D("50")})],
            "100.00",
            {"yearly": "50.00", "extra": "50.00"},
            id="art47-glasses-extra-after-4-years",
        ),
        pytest.param(
            "120",
            False,
            [past("50", event=date(2026, 1, 20), parts={"yearly": D("50")})],
            "0",
            None,
            id="art47-glasses-once-per-year",
        ),
        # "De tussenkomst wordt maximaal éénmaal per kalenderjaar uitgekeerd": one payout, not a €50 budget
        pytest.param(
            "120",
            False,
            [past("30", event=date(2026, 1, 20), parts={"yearly": D("30"), "extra": D("0")})],
            "0",
            None,
            id="art47-glasses-maximaal-eenmaal-per-kalenderjaar-even-below-50",
        ),
        # "Daarbovenop ... om de 4 jaar tot € 50 extra ... mits afgifte van het voorschrift van de oogarts"
        pytest.param(
            "120",
            True,
            [past("30", event=date(2026, 1, 20), parts={"yearly": D("30"), "extra": D("0")})],
            "50.00",
            {"yearly": "0", "extra": "50.00"},
            id="art47-glasses-extra-later-in-the-year",
        ),
        pytest.param(
            "120",
            False,
            [past("30", event=date(2025, 12, 20), parts={"yearly": D("30"), "extra": D("0")})],
            "50.00",
            {"yearly": "50.00", "extra": "0"},
            id="art47-glasses-again-next-calendar-year",
        ),
        pytest.param(
            "70",
            True,
            [],
            "70.00",
            {"yearly": "50.00", "extra": "20.00"},
            id="art47-glasses-extra-never-more-than-paid",
        ),
    ],
)
def test_glasses(paid, prescription, history, payout, parts):
    decision = decide("glasses", paid=paid, history=history, ophthalmologist_prescription=prescription)
    assert decision.payout == D(payout)
    if parts:
        assert {k: D(v) for k, v in parts.items()} == dict(decision.parts)
    else:
        assert decision.outcome is Outcome.REJECTED


def test_glasses_zero_diopter_and_compulsory_are_excluded():
    assert decide("glasses", paid="120", zero_diopter_both_eyes=True).outcome is Outcome.REJECTED
    assert decide("glasses", paid="120", compulsory="20").outcome is Outcome.REJECTED


@pytest.mark.parametrize(
    ("facts", "paid", "payout"),
    [
        pytest.param(dict(situation="1", mode="public_transport"), "30", "15.00", id="art55-public-50"),
        pytest.param(dict(situation="1", mode="public_transport"), "80", "25.00", id="art55-public-max-25"),
        pytest.param(dict(situation="2", mode="ambulance"), "400", "150.00", id="art55-ambulance-max-150"),
        pytest.param(dict(situation="3", mode="taxi"), "100", "50.00", id="art55-taxi-50"),
        pytest.param(dict(situation="1", mode="helicopter"), "4000", "1250.00", id="art55-helicopter-max-1250"),
        pytest.param(dict(situation="1", mode="helicopter"), "1000", "750.00", id="art55-helicopter-75"),
        pytest.param(dict(situation="1", mode="own_car", km=120), "0", "12.00", id="art55-own-car-010-per-km"),
        pytest.param(dict(situation="1", mode="own_car", km=400), "0", "25.00", id="art55-own-car-max-25"),
        pytest.param(dict(situation="4", mode="ambulance"), "100", "90.00", id="art55-dialysis-90"),
        pytest.param(dict(situation="5", mode="taxi"), "120", "75.00", id="art55-serial-taxi-max-75"),
        pytest.param(dict(situation="vaccination", mode="taxi"), "30", "10.00", id="art55-vaccination-max-10"),
    ],
)
def test_transport(facts, paid, payout):
    decision = decide("transport", paid=paid, **facts)
    assert decision.payout == D(payout), decision.reasons


@pytest.mark.parametrize(
    ("event", "mode", "paid", "history", "outcome", "payout"),
    [
        # "50 % van de rekening met een maximum van € 10 per (inentings)dag": two trips of one day share it
        pytest.param(
            date(2026, 3, 10),
            "taxi",
            "30",
            [past("10", event=date(2026, 3, 10), situation="vaccination")],
            Outcome.REJECTED,
            "0",
            id="art55-vaccination-10-per-inentingsdag-second-trip",
        ),
        pytest.param(
            date(2026, 3, 10),
            "public_transport",
            "20",
            [past("6", event=date(2026, 3, 10), situation="vaccination")],
            Outcome.APPROVED,
            "4.00",
            id="art55-vaccination-day-shared-by-its-trips",
        ),
        pytest.param(
            date(2026, 3, 11),
            "taxi",
            "30",
            [past("10", event=date(2026, 3, 10), situation="vaccination")],
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            id="art55-vaccination-next-day-new-10",
        ),
        pytest.param(
            date(2026, 3, 10),
            "taxi",
            "30",
            [past("75", event=date(2026, 3, 10), situation="3")],
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            id="art55-vaccination-day-not-shared-with-other-transport",
        ),
        # "Dit voordeel treedt naar aanleiding van de coronapandemie uitzonderlijk in op 1 april 2021."
        pytest.param(
            date(2021, 3, 31), "taxi", "30", [], Outcome.REJECTED, "0", id="art55-vaccination-not-before-1-april-2021"
        ),
        pytest.param(
            date(2021, 4, 1),
            "taxi",
            "30",
            [],
            Outcome.PARTIALLY_APPROVED,
            "10.00",
            id="art55-vaccination-from-1-april-2021",
        ),
    ],
)
def test_transport_to_a_vaccination_centre(event, mode, paid, history, outcome, payout):
    decision = decide("transport", event=event, paid=paid, history=history, situation="vaccination", mode=mode)
    assert (decision.outcome, decision.payout) == (outcome, D(payout)), decision.reasons
    assert all("Art. 55" in r or r.startswith("Payout") for r in map(str, decision.reasons))


def test_transport_situations_1_to_5_keep_their_date_of_1_january_2020():
    assert decide("transport", event=date(2020, 1, 1), paid="30", situation="1", mode="public_transport").payout == D(
        "15.00"
    )


@pytest.mark.parametrize(
    ("facts", "cited"),
    [
        pytest.param(dict(indication=None), "indication", id="art49-needs-a-listed-indication"),
        pytest.param(dict(indication="sports_injury"), "indication", id="art49-indication-not-listed"),
        pytest.param(dict(specialty="dermatology"), "dermatology", id="art49-surgery-by-a-listed-specialist"),
        pytest.param(dict(relative_value_over_250=False), "relative value over 250", id="art49-surgery-over-k250-n250"),
        pytest.param(
            dict(specialty="gynaecology", pregnancy_or_fertility_treatment=True),
            "pregnancy",
            id="art49-gynaecology-not-pregnancy-or-fertility",
        ),
        pytest.param(
            dict(indication="depression_burnout"), "psychiatrist", id="art49-depression-treated-by-psychiatrist"
        ),
        pytest.param(dict(indication="e_pathology_flare"), "documented", id="art49-e-pathology-flare-documented"),
        pytest.param(dict(needs_help_to_move_or_wash=True), "move or wash", id="art49-must-move-and-wash-without-help"),
        pytest.param(
            dict(needs_permanent_medical_care_or_bed_rest=True), "bed rest", id="art49-no-permanent-care-or-bed-rest"
        ),
        pytest.param(dict(contagious_disease=True), "contagious", id="art49-not-contagious"),
        pytest.param(dict(toxicomania=True), "toxicomania", id="art49-toxicomanie-excluded"),
        pytest.param(dict(severe_heart_decompensation=True), "heart", id="art49-ernstige-hartdecompensatie-excluded"),
        pytest.param(
            dict(aesthetic_surgery_without_compulsory=True), "aesthetic", id="art49-esthetische-heelkunde-excluded"
        ),
        pytest.param(
            dict(psychiatric_disorder_other_than_mood=True),
            "psychiatric",
            id="art49-psychiatrische-aandoening-excluded",
        ),
    ],
)
def test_convalescent_stay_indications_and_exclusions(facts, cited):
    """Art. 49: "Een zorgverblijf kan worden toegekend:" only after a listed indication, and
    "Toxicomanie, ernstige hartdecompensatie, esthetische heelkunde ... komen niet in aanmerking"."""
    decision = decide(
        "convalescent_stay", quantity=7, paid="350", approved_periods=1, condition="hip", **{**STAY_HIP, **facts}
    )
    assert decision.outcome is Outcome.REJECTED and decision.payout == D("0")
    assert "Art. 49" in str(decision.reasons[-1]) and cited in str(decision.reasons[-1]), decision.reasons


@pytest.mark.parametrize(
    "facts",
    [
        pytest.param(dict(indication="chemotherapy"), id="art49-after-chemotherapy"),
        pytest.param(dict(indication="renal_dialysis"), id="art49-after-nierdialyse"),
        pytest.param(dict(indication="hospital_stay_6_nights"), id="art49-after-6-nights-in-hospital"),
        pytest.param(
            dict(indication="depression_burnout", treated_by_psychiatrist=True), id="art49-depression-burn-out"
        ),
        pytest.param(
            dict(indication="e_pathology_flare", documented_by_treating_physician=True), id="art49-e-pathology"
        ),
    ],
)
def test_convalescent_stay_listed_indications_are_paid(facts):
    decision = decide(
        "convalescent_stay",
        quantity=7,
        paid="210",
        approved_periods=1,
        condition="x",
        advisory_physician_approval=True,
        **facts,
    )
    assert (decision.outcome, decision.payout) == (Outcome.APPROVED, D("175.00")), decision.reasons


def test_transport_own_car_adults_only_and_no_helicopter_for_dialysis():
    child = decide("transport", person=CHILD_2021, situation="1", mode="own_car", km=50)
    assert child.outcome is Outcome.REJECTED
    assert decide("transport", paid="3000", situation="4", mode="helicopter").outcome is Outcome.REJECTED


@pytest.mark.parametrize(
    ("facts", "history", "outcome", "payout"),
    [
        pytest.param(
            dict(milestone="placement", requested_before_max_age=True),
            [],
            Outcome.APPROVED,
            "175.00",
            id="art46-ortho-placement-175",
        ),
        pytest.param(
            dict(milestone="placement", requested_before_max_age=True),
            [past("175", key="t1", milestone="placement")],
            Outcome.REJECTED,
            "0",
            id="art46-ortho-milestone-once",
        ),
        pytest.param(
            dict(milestone="end_of_treatment", requested_before_max_age=True),
            [past("175", key="t1", milestone=m) for m in catalogue.ORTHODONTIC_MILESTONES[:-1]],
            Outcome.APPROVED,
            "175.00",
            id="art46-ortho-eighth-milestone-reaches-1400",
        ),
        pytest.param(
            dict(milestone="consultations_6", requested_before_max_age=False),
            [],
            Outcome.REJECTED,
            "0",
            id="art46-ortho-request-before-max-age",
        ),
        pytest.param(
            dict(milestone="six_months_without_compulsory", compulsory_reimbursed=False),
            [],
            Outcome.APPROVED,
            "175.00",
            id="art46-ortho-without-compulsory-once-175",
        ),
        pytest.param(
            dict(milestone="consultations_6", compulsory_reimbursed=False),
            [],
            Outcome.REJECTED,
            "0",
            id="art46-ortho-without-compulsory-only-after-6-months",
        ),
    ],
)
def test_orthodontics(facts, history, outcome, payout):
    decision = decide("orthodontics", key="t1", **facts, history=history)
    assert decision.outcome is outcome, decision.reasons
    assert decision.payout == D(payout)


@pytest.mark.parametrize(
    ("facts", "history", "outcome", "days"),
    [
        # 2026-03-09 is a Monday
        pytest.param(
            dict(days=["2026-03-09", "2026-03-10", "2026-03-11"]), [], Outcome.APPROVED, 3, id="art52-three-days"
        ),
        pytest.param(
            dict(days=["2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"]),
            [],
            Outcome.REJECTED,
            0,
            id="art52-max-4-consecutive-days",
        ),
        pytest.param(dict(days=["2026-03-14"]), [], Outcome.REJECTED, 0, id="art52-no-weekends"),
        pytest.param(dict(days=["2026-04-06"]), [], Outcome.REJECTED, 0, id="art52-no-public-holidays-easter-monday"),
        pytest.param(
            dict(days=["2026-03-09", "2026-03-10"]),
            [past("0", units=7)],
            Outcome.PARTIALLY_APPROVED,
            1,
            id="art52-8-days-per-year",
        ),
        pytest.param(
            dict(days=["2026-03-09"], start_time="06:00", end_time="12:00"),
            [],
            Outcome.REJECTED,
            0,
            id="art52-between-7-and-18",
        ),
        pytest.param(
            dict(days=["2026-03-09"], start_time="08:00", end_time="12:00"),
            [],
            Outcome.REJECTED,
            0,
            id="art52-at-least-5-hours",
        ),
    ],
)
def test_sick_child_care(facts, history, outcome, days):
    child = PersonFacts(birth_date=date(2020, 5, 5), entitlement="entitled")
    decision = decide(
        "sick_child_care", person=child, event=date(2026, 3, 9), quantity=len(facts["days"]), history=history, **facts
    )
    assert decision.outcome is outcome, decision.reasons
    assert decision.units == days
    assert decision.payout == D("0")


def test_sick_child_care_age_limits():
    baby = PersonFacts(birth_date=date(2026, 1, 1), entitlement="entitled")
    assert (
        decide("sick_child_care", person=baby, event=date(2026, 3, 9), days=["2026-03-09"]).outcome is Outcome.REJECTED
    )


def test_period_start_follows_first_payouts():
    # Art. 42.5: every 2 years from the first payout
    payouts = [date(2024, 3, 1), date(2025, 1, 1), date(2026, 4, 1)]
    assert rules.period_start(2, payouts, date(2026, 2, 28)) == date(2024, 3, 1)
    assert rules.period_start(2, payouts, date(2026, 5, 1)) == date(2026, 4, 1)
    assert rules.period_start(2, [], date(2026, 5, 1)) is None


def test_transport_situation_3_by_own_car_needs_a_certificate():
    assert decide("transport", situation="3", mode="own_car", km=60).outcome is Outcome.REJECTED
    decision = decide("transport", situation="3", mode="own_car", km=60, unable_to_drive_certificate=True)
    assert decision.payout == D("6.00")


# --- issue #13: what per-subject caps count on; the Art. 48 vaccine list; Art. 58 Krunsj ----------------


@pytest.mark.parametrize(
    "printed, entry",
    [
        # the statute's bracketed entries as a pharmacy prints them
        pytest.param("Vaxigrip Tetra", "Vaxigrip (tetra)", id="art48-vaxigrip-tetra"),
        pytest.param("VAXIGRIP", "Vaxigrip (tetra)", id="art48-vaxigrip-without-bracket"),
        pytest.param("Pneumovax 23", "Pneumo(vax) 23", id="art48-pneumovax-23"),
        pytest.param("pneumo 23", "Pneumo(vax) 23", id="art48-pneumo-23"),
        pytest.param("Infanrix Hexa", "Infanrix (Hexa/IPV)", id="art48-infanrix-hexa-alternative-a"),
        pytest.param("Infanrix-IPV", "Infanrix (Hexa/IPV)", id="art48-infanrix-ipv-alternative-b"),
        pytest.param("Infanrix", "Infanrix (Hexa/IPV)", id="art48-infanrix-bare"),
        pytest.param("Influvac Tetra", "Influvac (tetra)", id="art48-influvac-tetra"),
        pytest.param("Alpharix Tetra", "Alpharix (tetra)", id="art48-alpharix-tetra"),
        pytest.param("FSME-Immun", "FSME (Immun)", id="art48-fsme-immun"),
        pytest.param("Imovax Polio", "Imovax (Polio)", id="art48-imovax-polio"),
        pytest.param("M-M-RVAXPRO", "MMR vax (Pro)", id="art48-mmrvaxpro"),
        pytest.param("Triaxis Polio", "Triaxis (Polio)", id="art48-triaxis-polio"),
        pytest.param("Typhim Vi", "Typhim (Vi)", id="art48-typhim-vi"),
        pytest.param("Vivotif Berna", "Vivotif (Berna)", id="art48-vivotif-berna"),
        # plain entries: case, spaces and hyphens do not matter; digits do
        pytest.param("act hib", "Act-Hib", id="art48-act-hib"),
        pytest.param("Gardasil 9", "Gardasil 9", id="art48-gardasil-9"),
        pytest.param("gardasil", "Gardasil", id="art48-gardasil"),
        pytest.param("Prevenar13", "Prevenar 13", id="art48-prevenar-13"),
        pytest.param("Mérieux HDCV", "Merieux HDCV", id="art48-merieux-accent"),
        pytest.param("  shingrix ", "Shingrix", id="art48-shingrix"),
        # not on the list: no entry is proposed, the clerk picks
        pytest.param("Prevenar 20", None, id="art48-prevenar-20-not-listed"),
        pytest.param("Vaxigrip Tetra 0,5 ml", None, id="art48-extra-words-not-matched"),
        pytest.param("Pneumovax", None, id="art48-pneumovax-without-23"),
        pytest.param("Infanrix Quinta", None, id="art48-infanrix-other-variant"),
        pytest.param("Comirnaty", None, id="art48-covid-vaccine-not-listed"),
        pytest.param("", None, id="art48-empty"),
    ],
)
def test_vaccine_printed_by_the_pharmacy_is_its_list_entry(printed, entry):
    """Art. 48 "Deze tegemoetkoming geldt voor de volgende vaccinaties ...: ... Infanrix (Hexa/IPV), ...
    Pneumo(vax) 23, ... Vaxigrip (tetra) ..."."""
    assert rules.match_listed(printed, catalogue.VACCINES) == entry


def test_vaccine_list_is_the_statutes_verbatim():
    assert len(catalogue.VACCINES) == 84 and len(set(catalogue.VACCINES)) == 84
    assert {"Pneumo(vax) 23", "Infanrix (Hexa/IPV)", "Vaxigrip (tetra)", "MMR vax (Pro)", "Vivotif (Berna)"} <= set(
        catalogue.VACCINES
    )
    # every entry stands for names no other entry stands for (a match is never ambiguous)
    seen = {}
    for entry in catalogue.VACCINES:
        for name in rules.name_variants(entry):
            assert name not in seen, (entry, seen.get(name))
            seen[name] = entry


def test_vaccine_from_the_list_is_covered_and_a_printed_one_is_not_until_matched():
    assert decide("vaccination", paid="30", product="Vaxigrip (tetra)").payout == D("15.00")
    refused = decide("vaccination", paid="30", product="Prevenar 20")
    assert refused.outcome is Outcome.REJECTED and any("Art. 48" in r for r in map(str, refused.reasons))


@pytest.mark.parametrize(
    "facts, outcome, payout",
    [
        pytest.param(dict(krunsj_holiday=True), Outcome.REJECTED, "0", id="art58-krunsj-holiday-excluded"),
        pytest.param(dict(krunsj_holiday=False), Outcome.APPROVED, "35.00", id="art58-other-youth-holiday-5-per-day"),
        pytest.param(
            dict(krunsj_holiday=True, disabled_66=True),
            Outcome.REJECTED,
            "0",
            id="art58-krunsj-holiday-excluded-for-disabled-children-too",
        ),
    ],
)
def test_youth_camp_of_krunsj_is_not_covered(facts, outcome, payout):
    """Art. 58: "... activiteiten ingericht door een dienst Jeugdvakanties – uitgezonderd de vakanties van Krunsj"."""
    decision = decide("youth_camp", person=CHILD_2021, quantity=7, paid="200", **facts)
    assert (decision.outcome, decision.payout) == (outcome, D(payout))
    if outcome is Outcome.REJECTED:
        assert any(
            r.startswith("Art. 58") and "uitgezonderd de vakanties van Krunsj" in r for r in map(str, decision.reasons)
        )


def test_youth_camp_must_say_whether_it_is_a_krunsj_holiday():
    rule = catalogue.spec("youth_camp")
    assert "Art. 58" in rules.fact_problems(rule, {"activity": "camp"})["krunsj_holiday"]
    assert rules.fact_problems(rule, {"activity": "camp", "krunsj_holiday": False}) == {}
    assert rules.fact_problems(rule, {"activity": "school_trip"}) == {}  # a school trip is no holiday


@pytest.mark.parametrize(
    "code, field, article",
    [
        pytest.param("maternity_help", "child", "Art. 53", id="art53-needs-the-child"),
        pytest.param("birth_premium", "child", "Art. 57", id="art57-needs-the-child"),
        pytest.param("speech_therapy", "disorder", "Art. 43", id="art43-needs-the-disorder"),
        pytest.param("medical_app", "medical_app", "Art. 48", id="art48-needs-the-app"),
        pytest.param("orthodontics", "treatment_start", "Art. 46", id="art46-needs-the-treatment"),
    ],
)
def test_a_per_subject_cap_needs_its_subject(code, field, article):
    problems = rules.subject_problems(catalogue.spec(code), rules.SubjectRef())
    assert list(problems) == [field] and problems[field].startswith(article)
    # and the rule itself refuses to count on nothing
    decision = decide(code, quantity=1, kind="birth", birth_date="2026-03-01")
    assert decision.outcome is Outcome.REJECTED and any(
        r.startswith(f"{article}: ") and "required" in r for r in map(str, decision.reasons)
    )


def test_a_subject_of_another_kind_is_refused():
    problems = rules.subject_problems(
        catalogue.spec("birth_premium"), rules.SubjectRef(child_id=7, disorder="stuttering")
    )
    assert set(problems) == {"disorder"} and problems["disorder"].startswith("Art. 57")
    assert set(rules.subject_problems(catalogue.spec("foot_care"), rules.SubjectRef(app_id=3))) == {"medical_app"}


def test_subject_keys_count_on_what_the_article_names():
    child, unborn, linked = (
        rules.SubjectRef(child_id=12),
        rules.SubjectRef(unborn_id=5),
        rules.SubjectRef(unborn_id=5, born_as_id=12),
    )
    # an unborn child linked to the member it was born as is that member
    assert rules.subject_key(rules.Subject.CHILD, linked) == rules.subject_key(rules.Subject.CHILD, child) == "child:12"
    assert rules.subject_key(rules.Subject.CHILD, unborn) == "unborn:5"
    assert rules.subject_key(rules.Subject.DISORDER, rules.SubjectRef(disorder="stuttering")) == "disorder:stuttering"
    # a claim filed before issue #13 keeps its free-text key, written any way
    assert (
        rules.subject_key(rules.Subject.CHILD, rules.SubjectRef(legacy="Baby 1"))
        == rules.subject_key(rules.Subject.CHILD, rules.SubjectRef(legacy=" baby-1"))
        == "legacy:baby1"
    )


def test_maternity_hours_count_per_child_whoever_claims_and_the_premium_per_parent():
    """Art. 53 "maximum 60 uren per ingeschreven (on)geboren kind"; Art. 57 "een premie van € 300 per kind
    aan elke aangesloten ouder"."""
    other_parent = PastPayout(date(2026, 3, 5), D("250"), units=50, key="child:12", own=False)
    hours = decide("maternity_help", quantity=20, key="child:12", birth_date="2026-03-01", history=[other_parent])
    assert (hours.outcome, hours.units, hours.payout) == (Outcome.PARTIALLY_APPROVED, 10, D("50.00"))
    premium_of_other_parent = PastPayout(date(2026, 3, 1), D("300"), units=1, key="child:12", own=False)
    premium = decide(
        "birth_premium", key="child:12", kind="birth", event=date(2026, 3, 1), history=[premium_of_other_parent]
    )
    assert (premium.outcome, premium.payout) == (Outcome.APPROVED, D("300.00"))


def test_cap_reason_names_the_subject():
    claim = ClaimFacts(
        event_date=date(2026, 3, 10),
        filed_on=date(2026, 3, 10),
        quantity=20,
        key="child:12",
        subject_label="child Fien Peeters, born 01/03/2026",
        evidence=frozenset({"invoice"}),
        facts={"birth_date": "2026-03-01"},
    )
    decision = rules.judge(catalogue.spec("maternity_help"), ADULT, claim, [past("250", units=50, key="child:12")])
    assert any(
        r.startswith("Art. 53") and "Fien Peeters" in r and "50 already used" in r for r in map(str, decision.reasons)
    )


# --- Art. 7: recovering a benefit granted wrongly ("verjaart twee jaar na het einde van de maand waarin de
# uitbetaling is geschied"; "vijf jaar" in case of "bedrieglijke handelingen") ---------------------------------


@pytest.mark.parametrize(
    ("paid_on", "fraud", "deadline"),
    [
        pytest.param(date(2024, 3, 15), False, date(2026, 3, 31), id="art7-twee-jaar-na-het-einde-van-de-maand"),
        pytest.param(date(2024, 3, 1), False, date(2026, 3, 31), id="art7-first-of-the-month-counts-from-its-end"),
        pytest.param(date(2024, 12, 31), False, date(2026, 12, 31), id="art7-december-payment"),
        pytest.param(date(2024, 2, 29), False, date(2026, 2, 28), id="art7-29-february-to-28-february"),
        pytest.param(date(2024, 3, 15), True, date(2029, 3, 31), id="art7-bedrieglijke-handelingen-vijf-jaar"),
        pytest.param(date(2023, 2, 10), True, date(2028, 2, 29), id="art7-fraud-into-a-leap-february"),
    ],
)
def test_recovery_deadline_art7(paid_on, fraud, deadline):
    assert rules.recovery_deadline(paid_on, fraud) == deadline


def test_recovery_years_are_the_statutes_two_and_five():
    assert (rules.RECOVERY_YEARS, rules.RECOVERY_YEARS_FRAUD) == (2, 5)


@pytest.mark.parametrize(
    ("code", "evidence", "language", "expected"),
    [
        # Art. 39 (dietetics): the invoice, in the reader's language (issue #16: labels, never codes)
        ("dietetics", (), "nl", "ontbrekende bewijsstukken: factuur."),
        ("dietetics", (), "en", "evidence missing: invoice."),
        # a code with an underscore is shown as its label, never as the code
        ("podiatric_insoles", (), "en", "evidence missing: podiatrist's invoice."),
    ],
)
def test_missing_evidence_is_named_by_its_label_in_the_readers_language(code, evidence, language, expected):
    from django.utils import translation

    from core.reasons import render

    decision = decide(code, evidence=evidence, event=date(2026, 3, 10))
    (refusal,) = [r for r in decision.reasons if r.code == "evidence.missing"]
    with translation.override(language):
        shown = render(refusal.to_json())
    assert shown.endswith(expected) and "_" not in shown
    assert refusal.params["missing"] and "_invoice" not in refusal.text
