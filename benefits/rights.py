"""Rights nobody claims (issue #17): the benefits' detectors, pure rules beside each benefit's own rule.

Fetch, then calculate: ``benefits.selectors.rights_facts_for`` loads a chunk of households (their members,
their claims of the benefits below, the rule versions) into the small dataclasses of this module; the
functions here say, per household, which rights a member very likely has and did not claim
(``core.rights.Right``). No clock: ``day`` is passed in. Every detector cites its article and reads the
amounts from the rule version in force (the statutes' numbers), never from a copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from benefits.rules import RuleSpec, filing_deadline, version_in_force
from core.dates import age_in_year, age_on, anniversary
from core.money import ZERO, cents
from core.rights import Kind, Right

#: The benefit codes whose claims the detectors read (the catalogue's codes).
BIRTH_PREMIUM = "birth_premium"  # Art. 57
DIAPERS = "diapers"  # Art. 45
TOOTHBRUSH = "electric_toothbrush"  # Art. 51
FOOT_CARE = "foot_care"  # Art. 44
CODES = (BIRTH_PREMIUM, DIAPERS, TOOTHBRUSH, FOOT_CARE)

#: Art. 57 "aan elke aangesloten ouder": the household's members who can be the child's parent. The fund
#: does not record parenthood; a member at least this many years older than the child is taken as a
#: parent, and the clerk checks it with the birth certificate the letter asks for.
PARENT_AGE_GAP = 16
#: Art. 44: "minstens 60 jaar oud zijn": members who turn 60 this year are told once.
FOOT_CARE_AGE = 60
#: Art. 42.4: a claim saved without a decision is shown to the clerk this many days before its filing
#: deadline (two years after the end of the month of the event), so that it is decided in time.
FILING_WARNING_DAYS = 60


@dataclass(frozen=True)
class Person:
    """A member of the household, as the detectors need it."""

    member_id: int
    birth_date: date
    role: str  # "titular" | "dependent"
    affiliation_start: date
    affiliation_end: date | None = None

    def affiliated_on(self, day: date) -> bool:
        return self.affiliation_start <= day and (self.affiliation_end is None or self.affiliation_end >= day)


@dataclass(frozen=True)
class PastClaim:
    """A claim of one of ``CODES`` (or any claim saved without a decision), not cancelled or expired."""

    claim_id: int
    member_id: int
    code: str
    article: str
    event_date: date
    status: str
    child_id: int | None = None
    payout: Decimal = ZERO
    counting: bool = False  # its payout counts toward the caps (approved, in a batch, paid)


@dataclass(frozen=True)
class HouseholdFacts:
    household_id: int
    entitled: bool  # Art. 8: the household's materialised status is "in order"
    people: tuple[Person, ...]
    claims: tuple[PastClaim, ...] = ()


def _claims(facts: HouseholdFacts, code: str, member_id: int) -> list[PastClaim]:
    return [c for c in facts.claims if c.code == code and c.member_id == member_id]


def birth_premiums(facts: HouseholdFacts, day: date, versions: Sequence[RuleSpec]) -> list[Right]:
    """Art. 57: "een premie van € 300 per kind aan elke aangesloten ouder bij de aanvullende verzekering
    van het ziekenfonds op het moment van de geboorte", for each child of the household whose premium a
    parent has not claimed, while the Art. 42.4 filing deadline (two years after the end of the month of
    the birth) runs."""
    found = []
    for child in facts.people:
        if child.role != "dependent" or child.birth_date > day:
            continue
        deadline = filing_deadline(child.birth_date)
        rule = version_in_force(versions, child.birth_date)
        if day > deadline or rule is None or rule.fixed_amount is None:
            continue
        for parent in facts.people:
            if parent.member_id == child.member_id or not parent.affiliated_on(child.birth_date):
                continue
            if age_on(parent.birth_date, child.birth_date) < PARENT_AGE_GAP:
                continue
            if any(c.child_id == child.member_id for c in _claims(facts, BIRTH_PREMIUM, parent.member_id)):
                continue
            found.append(
                Right(
                    Kind.BIRTH_PREMIUM,
                    rule.article,
                    parent.member_id,
                    facts.household_id,
                    f"child:{child.member_id}",
                    cents(rule.fixed_amount),
                    deadline,
                    rule.evidence,
                    note=f"child {child.member_id} born {child.birth_date:%d/%m/%Y}",
                )
            )
    return found


def diapers(facts: HouseholdFacts, day: date, versions: Sequence[RuleSpec]) -> list[Right]:
    """Art. 45: "€ 100 per levensjaar voor peuters tot hun 3de verjaardag ... maximum € 300" per child:
    a child under 3 with nothing claimed in its current year of life, until the year ends."""
    rule = version_in_force(versions, day)
    if rule is None:
        return []
    until = int(rule.params.get("until_age", 3))
    per_year = Decimal(str(rule.params.get("amount_per_year", "100.00")))
    lifetime = next((cap.amount for cap in rule.caps if cap.amount is not None), None)
    found = []
    for child in facts.people:
        age = age_on(child.birth_date, day)
        if child.birth_date > day or age >= until:
            continue
        claims = _claims(facts, DIAPERS, child.member_id)
        if any(age_on(child.birth_date, c.event_date) == age for c in claims):
            continue
        used = sum((c.payout for c in claims if c.counting), ZERO)
        amount = per_year if lifetime is None else min(per_year, lifetime - used)
        if amount <= ZERO:
            continue
        found.append(
            Right(
                Kind.DIAPERS,
                rule.article,
                child.member_id,
                facts.household_id,
                f"year-of-life:{age + 1}",
                cents(amount),
                anniversary(child.birth_date, age + 1) - timedelta(days=1),
                rule.evidence,
            )
        )
    return found


def toothbrushes(facts: HouseholdFacts, day: date, versions: Sequence[RuleSpec]) -> list[Right]:
    """Art. 51: "voor kinderen van 3 tot en met 5 jaar: € 25 (éénmalig tijdens deze 3 jaren); voor
    jongeren van 6 tot en met 11 jaar: € 50 (éénmalig tijdens deze 6 jaren)": a child in a band with
    nothing claimed in it, until the band ends."""
    rule = version_in_force(versions, day)
    if rule is None:
        return []
    found = []
    for child in facts.people:
        age = age_on(child.birth_date, day)
        band = next((b for b in rule.params.get("bands", ()) if b["from"] <= age <= b["to"]), None)
        if band is None:
            continue
        claims = _claims(facts, TOOTHBRUSH, child.member_id)
        if any(band["from"] <= age_on(child.birth_date, c.event_date) <= band["to"] for c in claims):
            continue
        found.append(
            Right(
                Kind.TOOTHBRUSH,
                rule.article,
                child.member_id,
                facts.household_id,
                f"band:{band['from']}-{band['to']}",
                cents(Decimal(str(band["amount"]))),
                anniversary(child.birth_date, band["to"] + 1) - timedelta(days=1),
                rule.evidence,
            )
        )
    return found


def foot_care(facts: HouseholdFacts, day: date, versions: Sequence[RuleSpec]) -> list[Right]:
    """Art. 44: "10 euro per prestatie ... maximum 4 prestaties (€ 40) per kalenderjaar; minstens 60 jaar
    oud zijn": a member who turned 60 this year (on or before ``day``) with no foot care claimed this year."""
    rule = version_in_force(versions, day)
    if rule is None or rule.unit_amount is None:
        return []
    sessions = next((cap.units for cap in rule.caps if cap.units is not None), 1)
    found = []
    for person in facts.people:
        if age_in_year(person.birth_date, day) != FOOT_CARE_AGE or age_on(person.birth_date, day) < FOOT_CARE_AGE:
            continue
        if any(c.event_date.year == day.year for c in _claims(facts, FOOT_CARE, person.member_id)):
            continue
        found.append(
            Right(
                Kind.FOOT_CARE,
                rule.article,
                person.member_id,
                facts.household_id,
                f"year:{day.year}",
                cents(rule.unit_amount * sessions),
                date(day.year, 12, 31),
                rule.evidence,
            )
        )
    return found


def filing_deadlines(facts: HouseholdFacts, day: date) -> list[Right]:
    """Art. 42.4 (art. 48bis of the law of 6 August 1990): a claim saved without a decision whose filing
    deadline (two years after the end of the month of the event) falls within ``FILING_WARNING_DAYS``:
    the clerk decides it before it expires."""
    found = []
    for claim in facts.claims:
        if claim.status != "filed":
            continue
        deadline = filing_deadline(claim.event_date)
        if not day <= deadline <= day + timedelta(days=FILING_WARNING_DAYS):
            continue
        found.append(
            Right(
                Kind.FILING_DEADLINE,
                "Art. 42.4",
                claim.member_id,
                facts.household_id,
                f"claim:{claim.claim_id}",
                claim.payout if claim.payout > ZERO else None,
                deadline,
                note=f"{claim.code} ({claim.article}) of {claim.event_date:%d/%m/%Y}",
            )
        )
    return found


def rights_of(facts: HouseholdFacts, day: date, rules: Mapping[str, Sequence[RuleSpec]]) -> list[Right]:
    """Every unclaimed benefit right of one household. A household not in order (Art. 8 §3: suspended)
    gets no benefit: only the claims about to expire are shown (members' Art. 8 detector tells it what
    paying restores)."""
    found = filing_deadlines(facts, day)
    if not facts.entitled:
        return found
    found += birth_premiums(facts, day, rules.get(BIRTH_PREMIUM, ()))
    found += diapers(facts, day, rules.get(DIAPERS, ()))
    found += toothbrushes(facts, day, rules.get(TOOTHBRUSH, ()))
    found += foot_care(facts, day, rules.get(FOOT_CARE, ()))
    return found


#: The detectors that read only the version in force on ``day`` (not on an event's date).
_DAY_VERSION_CODES = (DIAPERS, TOOTHBRUSH, FOOT_CARE)


def rights_of_all(
    households: Iterable[HouseholdFacts], day: date, rules: Mapping[str, Sequence[RuleSpec]]
) -> list[Right]:
    """``rights_of`` of every household. The version in force on ``day`` of the detectors that read only
    that one is selected once for the chunk, not once per household (issue #18): the same rights."""
    narrowed = dict(rules)
    for code in _DAY_VERSION_CODES:
        version = version_in_force(rules.get(code, ()), day)
        narrowed[code] = (version,) if version is not None else ()
    return [right for facts in households for right in rights_of(facts, day, narrowed)]
