"""Issue #17: the benefits' detectors of rights nobody claims, as tables with the statutes' numbers
(eligible / not eligible / already claimed / deadline passed). Pure: no database."""

from datetime import date
from decimal import Decimal

import pytest

from benefits import catalogue, rights
from benefits.catalogue import CATALOGUE
from benefits.rules import RuleSpec
from core.rights import Kind

D = Decimal
H = 7  # household id
DAY = date(2026, 11, 27)


def versions(code: str) -> list[RuleSpec]:
    entry = next(e for e in CATALOGUE if e["code"] == code)
    return [RuleSpec(code=code, article=entry["article"], **v) for v in entry["versions"]]


RULES = {code: versions(code) for code in rights.CODES}
PARENT = rights.Person(1, date(1990, 5, 1), "titular", date(2015, 1, 1))
PARTNER = rights.Person(2, date(1992, 3, 1), "dependent", date(2015, 1, 1))


def child(member_id: int, born: date) -> rights.Person:
    return rights.Person(member_id, born, "dependent", date(born.year, born.month, 1))


def claim(member_id: int, code: str, event: date, *, child_id=None, payout="0.00", status="paid") -> rights.PastClaim:
    return rights.PastClaim(
        100 + member_id, member_id, code, "", event, status, child_id, D(payout), status in ("paid", "approved")
    )


def facts(*people, claims=(), entitled=True) -> rights.HouseholdFacts:
    return rights.HouseholdFacts(H, entitled, tuple(people), tuple(claims))


# --- Art. 57: € 300 per child to each affiliated parent, within the 2-year filing deadline ---------------


@pytest.mark.parametrize(
    "household, day, expected",
    [
        pytest.param(
            facts(PARENT, PARTNER, child(3, date(2026, 6, 10))),
            DAY,
            [(1, "child:3", D("300.00"), date(2028, 6, 30)), (2, "child:3", D("300.00"), date(2028, 6, 30))],
            id="art57-each-affiliated-parent-300",
        ),
        pytest.param(
            facts(
                PARENT,
                PARTNER,
                child(3, date(2026, 6, 10)),
                claims=[claim(1, "birth_premium", date(2026, 6, 10), child_id=3)],
            ),
            DAY,
            [(2, "child:3", D("300.00"), date(2028, 6, 30))],
            id="art57-one-parent-already-claimed",
        ),
        pytest.param(
            facts(PARENT, child(3, date(2026, 6, 10))),
            date(2028, 7, 1),
            [],
            id="art42-4-deadline-passed-end-of-month-two-years-later",
        ),
        pytest.param(
            facts(PARENT, child(3, date(2026, 6, 10))),
            date(2028, 6, 30),
            [(1, "child:3", D("300.00"), date(2028, 6, 30))],
            id="art42-4-last-day-still-runs",
        ),
        pytest.param(
            facts(PARENT, child(3, date(2025, 12, 10))), DAY, [], id="art57-before-the-rule-in-force-2026-02-01"
        ),
        pytest.param(
            facts(rights.Person(1, date(1990, 5, 1), "titular", date(2026, 9, 1)), child(3, date(2026, 6, 10))),
            DAY,
            [],
            id="art57-parent-not-affiliated-at-the-birth",
        ),
        pytest.param(
            facts(
                PARENT, child(3, date(2026, 6, 10)), rights.Person(4, date(2015, 1, 1), "dependent", date(2015, 1, 1))
            ),
            DAY,
            [(1, "child:3", D("300.00"), date(2028, 6, 30))],
            id="art57-a-sibling-is-no-parent",
        ),
    ],
)
def test_birth_premium(household, day, expected):
    found = rights.birth_premiums(household, day, RULES["birth_premium"])
    assert [(r.member_id, r.subject, r.amount, r.deadline) for r in found] == expected
    assert all(r.kind is Kind.BIRTH_PREMIUM and r.article == "Art. 57" for r in found)


# --- Art. 45: € 100 per year of life until the 3rd birthday, at most € 300 per child ---------------------


@pytest.mark.parametrize(
    "born, claims, expected",
    [
        pytest.param(date(2025, 3, 4), [], [("year-of-life:2", D("100.00"), date(2027, 3, 3))], id="art45-second-year"),
        pytest.param(
            date(2025, 3, 4),
            [claim(3, "diapers", date(2026, 4, 1), payout="60.00")],
            [],
            id="art45-already-claimed-this-year-of-life",
        ),
        pytest.param(
            date(2025, 3, 4),
            [claim(3, "diapers", date(2025, 5, 1), payout="100.00")],
            [("year-of-life:2", D("100.00"), date(2027, 3, 3))],
            id="art45-claimed-last-year-of-life-only",
        ),
        pytest.param(date(2023, 11, 27), [], [], id="art45-third-birthday-reached"),
        pytest.param(
            date(2023, 11, 28), [], [("year-of-life:3", D("100.00"), date(2026, 11, 27))], id="art45-last-day"
        ),
        pytest.param(
            date(2024, 1, 10),
            [
                claim(3, "diapers", date(2024, 2, 1), payout="100.00"),
                claim(3, "diapers", date(2025, 2, 1), payout="100.00"),
            ],
            [("year-of-life:3", D("100.00"), date(2027, 1, 9))],
            id="art45-300-lifetime-leaves-100",
        ),
    ],
)
def test_diapers(born, claims, expected):
    found = rights.diapers(facts(PARENT, child(3, born), claims=claims), DAY, RULES["diapers"])
    assert [(r.subject, r.amount, r.deadline) for r in found] == expected
    assert all(r.kind is Kind.DIAPERS and r.article == "Art. 45" and r.member_id == 3 for r in found)


# --- Art. 51: € 25 once from 3 to 5, € 50 once from 6 to 11 ----------------------------------------------


@pytest.mark.parametrize(
    "born, claims, expected",
    [
        pytest.param(date(2023, 5, 1), [], [("band:3-5", D("25.00"), date(2029, 4, 30))], id="art51-at-3-25"),
        pytest.param(date(2020, 5, 1), [], [("band:6-11", D("50.00"), date(2032, 4, 30))], id="art51-at-6-50"),
        pytest.param(date(2024, 5, 1), [], [], id="art51-not-yet-3"),
        pytest.param(date(2014, 5, 1), [], [], id="art51-12-too-old"),
        pytest.param(
            date(2021, 5, 1),
            [claim(3, "electric_toothbrush", date(2024, 6, 1), payout="25.00")],
            [],
            id="art51-once-in-the-band-already-claimed",
        ),
        pytest.param(
            date(2020, 5, 1),
            [claim(3, "electric_toothbrush", date(2024, 6, 1), payout="25.00")],
            [("band:6-11", D("50.00"), date(2032, 4, 30))],
            id="art51-claimed-in-the-first-band-only",
        ),
    ],
)
def test_toothbrush(born, claims, expected):
    found = rights.toothbrushes(facts(PARENT, child(3, born), claims=claims), DAY, RULES["electric_toothbrush"])
    assert [(r.subject, r.amount, r.deadline) for r in found] == expected


def test_toothbrush_before_its_rule_is_in_force():
    assert rights.toothbrushes(facts(child(3, date(2021, 5, 1))), date(2025, 6, 1), RULES["electric_toothbrush"]) == []


# --- Art. 44: € 10 per session, 4 per calendar year (€ 40), from 60 --------------------------------------


@pytest.mark.parametrize(
    "born, claims, expected",
    [
        pytest.param(date(1966, 3, 1), [], [("year:2026", D("40.00"), date(2026, 12, 31))], id="art44-turned-60"),
        pytest.param(date(1966, 12, 20), [], [], id="art44-turns-60-later-this-year"),
        pytest.param(date(1965, 3, 1), [], [], id="art44-turned-60-last-year-not-told-again"),
        pytest.param(date(1967, 3, 1), [], [], id="art44-59"),
        pytest.param(
            date(1966, 3, 1), [claim(1, "foot_care", date(2026, 5, 1), payout="10.00")], [], id="art44-already-claimed"
        ),
        pytest.param(
            date(1966, 3, 1),
            [claim(1, "foot_care", date(2025, 12, 1), payout="10.00")],
            [("year:2026", D("40.00"), date(2026, 12, 31))],
            id="art44-claimed-last-year-only",
        ),
    ],
)
def test_foot_care(born, claims, expected):
    person = rights.Person(1, born, "titular", date(2000, 1, 1))
    found = rights.foot_care(facts(person, claims=claims), DAY, RULES["foot_care"])
    assert [(r.subject, r.amount, r.deadline) for r in found] == expected


def test_foot_care_deadline_passed_next_year():
    person = rights.Person(1, date(1966, 3, 1), "titular", date(2000, 1, 1))
    assert rights.foot_care(facts(person), date(2027, 1, 1), RULES["foot_care"]) == []


# --- Art. 42.4: a claim saved without a decision, near its filing deadline ---------------------------------


@pytest.mark.parametrize(
    "event, status, expected",
    [
        pytest.param(date(2024, 12, 5), "filed", [date(2026, 12, 31)], id="art42-4-within-60-days"),
        pytest.param(date(2025, 6, 5), "filed", [], id="art42-4-deadline-far"),
        pytest.param(date(2024, 10, 5), "filed", [], id="art42-4-deadline-passed"),
        pytest.param(date(2024, 12, 5), "approved", [], id="art42-4-decided"),
    ],
)
def test_filing_deadline(event, status, expected):
    household = facts(PARENT, claims=[claim(1, "glasses", event, status=status)])
    found = rights.filing_deadlines(household, DAY)
    assert [r.deadline for r in found] == expected
    assert all(r.kind is Kind.FILING_DEADLINE and r.subject == "claim:101" for r in found)


def test_a_suspended_household_gets_only_its_deadline_warnings():
    household = facts(
        PARENT,
        child(3, date(2026, 6, 10)),
        claims=[claim(1, "glasses", date(2024, 12, 5), status="filed")],
        entitled=False,
    )
    assert [r.kind for r in rights.rights_of(household, DAY, RULES)] == [Kind.FILING_DEADLINE]


def test_the_catalogue_has_the_codes_the_detectors_read():
    assert {spec.code for spec in catalogue.LATEST} >= set(rights.CODES)
