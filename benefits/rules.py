"""Judging a claim against a benefit's rule version (statutes Art. 42–60). Pure functions.

A rule version is data (``RuleSpec``): how the payout is calculated, its caps (per claim, per
calendar year, per N years from the first payout, per child/treatment/disorder, per lifetime), its
age limits and its evidence. Rules that are not a plain cap (orthodontics milestones, transport
situation × mode, toothbrush age bands, diapers per year of life, the glasses' extra €50 every 4
years, convalescent stays in periods of 7 nights, sick-child care as a booked service, maternity
help around a birth) have a named calculation with its parameters in ``RuleSpec.params``.

Everything is passed in: the rule, the person, the claim and the payouts already made for the same
benefit. ``judge`` returns the payout and the reasons, each citing its article.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from core.dates import add_years, age_in_year, age_on, months_of_age, years_after_end_of_month
from core.money import ZERO, cents, percent_of

#: Art. 58: "aan de jongeren die deelnemen aan activiteiten ingericht door een dienst Jeugdvakanties –
#: uitgezonderd de vakanties van Krunsj" (and the same for the holidays of disabled children). The
#: fact the claim records: the activity is a holiday organised by vzw Krunsj.
KRUNSJ_FACT = "krunsj_holiday"
KRUNSJ_QUOTE = "“uitgezonderd de vakanties van Krunsj”"

#: Art. 46: "Zonder terugbetaling uit de wettelijke ziekteverzekering wordt slechts één forfaitaire
#: tegemoetkoming van € 175 voor één enkele behandeling na 6 maanden behandeling gewaarborgd": the one
#: milestone of a treatment the compulsory insurance does not reimburse.
ORTHODONTICS_WITHOUT_COMPULSORY = "six_months_without_compulsory"

#: Art. 58: "maximum 5 euro per dag" for a camp, a class or a playground (the activities paid per day;
#: the flat ones are the rule version's ``flat_activities``). A claim without an activity is a camp.
YOUTH_DAY_ACTIVITIES = ("camp", "class", "playground")

#: Art. 53: "voor een kraamhotel of voor een borstvoedings- en bevallingscoach (doula) wordt tot maximaal
#: 20 uren per dag terugbetaald": the providers whose hours are capped per day (``stay_days``).
MATERNITY_PER_DAY_PROVIDERS = ("maternity_hotel", "doula")

#: Art. 53 "per ingeschreven (on)geboren kind": an unborn child is known by its household and expected
#: birth date. Interpretation: expected dates of one household within 180 days of each other are the
#: same pregnancy (a revised due date, a clerk's typo, a birth weeks early), never two children; a
#: multiple birth is told apart by its rank, at most MAX_BIRTH_RANK.
SAME_PREGNANCY_DAYS = 180
MAX_BIRTH_RANK = 8

#: Art. 46 orthodontics: a treatment is known by the day its appliance was placed (code 305631), on or
#: before each milestone's date. Interpretation: a treatment runs at most 15 years (the 36
#: consultations are yearly at the least), so an older start date is a typing error.
TREATMENT_YEARS_BACK = 15

#: Art. 42.4 (law of 6 August 1990, art. 48bis): a claim prescribes 2 years after the end of the
#: month of the event.
FILING_YEARS = 2


class Calculation(str, enum.Enum):
    PER_UNIT = "per_unit"  # unit_amount × quantity (sessions, nights, days, hours, km, insoles)
    PERCENTAGE = "percentage"  # percent of the amount paid (less the compulsory share if deducted)
    FIXED = "fixed"  # a fixed amount per claim (birth premium, genetic screening)
    REFUND = "refund"  # the amount paid, up to the caps (membership fees, apps, courses)
    SERVICE = "service"  # a service booked for the member, no money paid (sick-child care)
    ORTHODONTICS = "orthodontics"  # Art. 46: €175 per milestone
    TRANSPORT = "transport"  # Art. 55: situation × mode table
    AGE_BANDS = "age_bands"  # Art. 51: one amount per age band, once in the band
    YEAR_OF_LIFE = "year_of_life"  # Art. 45: an amount per year of life
    GLASSES = "glasses"  # Art. 47: ≤ €50 once per calendar year + ≤ €50 every 4 years with a prescription
    NIGHT_PERIODS = (
        "night_periods"  # Art. 49: ≤ €25 per night of the stay cost, periods of 7, once per condition per year
    )
    SICK_CHILD_CARE = "sick_child_care"  # Art. 52: booked days, working days only
    MATERNITY_HELP = "maternity_help"  # Art. 53: hours around a birth, per child
    YOUTH = "youth"  # Art. 58: per day or flat, yearly cap higher for disabled children
    AGE_RATE = "age_rate"  # Art. 48 psychology: a per-unit amount that depends on age
    BY_OPTION = "by_option"  # Art. 54 ergotherapy: a percentage or a fixed amount by kind of advice


#: Calculations that book a service instead of paying money.
SERVICES = frozenset({Calculation.SERVICE, Calculation.SICK_CHILD_CARE})


class CapScope(str, enum.Enum):
    CLAIM = "claim"  # one claim
    YEAR = "year"  # the calendar year of the event (Art. 42.5)
    YEAR_KEY = "year_key"  # the calendar year, per subject (per app), of this beneficiary
    KEY = "key"  # per subject for life, of this beneficiary (per disorder, per treatment, per child per parent)
    SUBJECT = "subject"  # per subject for life, whoever claims it (Art. 53: 60 hours per child)
    PERIOD = "period"  # every N years from the first payout (Art. 42.5)
    LIFETIME = "lifetime"  # the beneficiary's life


@dataclass(frozen=True)
class Cap:
    scope: CapScope
    amount: Decimal | None = None
    units: int | None = None
    years: int | None = None  # with PERIOD
    part: str | None = None  # limit only one component of the payout (glasses' extra)

    def describe(self) -> str:
        what = " and ".join(
            x
            for x in (
                f"€{self.amount}" if self.amount is not None else "",
                f"{self.units} units" if self.units is not None else "",
            )
            if x
        )
        scope = {
            CapScope.CLAIM: "per claim (trip)",
            CapScope.YEAR: "per calendar year",
            CapScope.YEAR_KEY: "per calendar year and per item",
            CapScope.KEY: "per child/treatment/disorder",
            CapScope.SUBJECT: "per child, whoever claims",
            CapScope.PERIOD: f"per {self.years} years from the first payout",
            CapScope.LIFETIME: "per lifetime",
        }[self.scope]
        return f"max {what} {scope}"


class Subject(str, enum.Enum):
    """What a per-subject cap counts on, as the article names it (issue #13: never a free-text key)."""

    CHILD = "child"  # Art. 53 "per ingeschreven (on)geboren kind", Art. 57 "per kind": a member, or an unborn child
    DISORDER = "disorder"  # Art. 43 "de maximale tegemoetkoming voor een stoornis"
    APP = "app"  # Art. 48 "per medische app"
    TREATMENT = "treatment"  # Art. 46 orthodontics: the treatment, known by the day its appliance was placed


#: The claim field that names each kind of subject, and what the clerk is asked for.
SUBJECT_FIELDS: Mapping[Subject, tuple[str, str]] = {
    Subject.CHILD: ("child", "the child (a member, or an unborn child by its expected birth date)"),
    Subject.DISORDER: ("disorder", "the disorder"),
    Subject.APP: ("medical_app", "the medical app"),
    Subject.TREATMENT: ("treatment_start", "the day the treatment's appliance was placed"),
}


@dataclass(frozen=True)
class SubjectRef:
    """The typed subject of a claim, as stored. ``child_id``: the member; an unborn child counts as
    the member it was born as (``born_as_id``) once linked, so the hours before and after the
    birth share one cap."""

    child_id: int | None = None
    unborn_id: int | None = None
    born_as_id: int | None = None
    disorder: str = ""
    app_id: int | None = None
    treatment_start: date | None = None
    legacy: str = ""  # the free-text key of claims filed before issue #13 that could not be typed

    def given(self) -> set[Subject]:
        found = set()
        if self.child_id or self.unborn_id:
            found.add(Subject.CHILD)
        if self.disorder:
            found.add(Subject.DISORDER)
        if self.app_id:
            found.add(Subject.APP)
        if self.treatment_start:
            found.add(Subject.TREATMENT)
        return found


def subject_key(kind: Subject | None, ref: SubjectRef) -> str:
    """What a per-subject cap counts on: the same child, disorder, app or treatment gives the same
    key however it was typed; an unborn child linked to its member counts as that member."""
    if kind is Subject.CHILD:
        member = ref.child_id or ref.born_as_id
        if member:
            return f"child:{member}"
        if ref.unborn_id:
            return f"unborn:{ref.unborn_id}"
    elif kind is Subject.DISORDER and ref.disorder:
        return f"disorder:{ref.disorder}"
    elif kind is Subject.APP and ref.app_id:
        return f"app:{ref.app_id}"
    elif kind is Subject.TREATMENT and ref.treatment_start:
        return f"treatment:{ref.treatment_start.isoformat()}"
    if ref.legacy:
        return "legacy:" + normalized_name(ref.legacy)
    return ""


def subject_problems(rule: RuleSpec, ref: SubjectRef) -> dict[str, str]:
    """Input errors, by claim field, before a claim is judged: the subject its rule counts on is
    missing, or a subject of another kind was given (it would count on nothing)."""
    problems = {}
    if rule.subject is not None:
        field_name, what = SUBJECT_FIELDS[rule.subject]
        if rule.subject not in ref.given():
            problems[field_name] = (
                f"{rule.article}: {what} is required: the cap "
                f"({'; '.join(c.describe() for c in rule.caps if c.scope in KEYED_SCOPES)}) counts on it."
            )
    for other in ref.given() - ({rule.subject} if rule.subject else set()):
        field_name, what = SUBJECT_FIELDS[other]
        problems[field_name] = (
            f"{rule.article}: this benefit counts on no {other.value}; leave {field_name.replace('_', ' ')} empty."
        )
    return problems


def fact_problems(rule: RuleSpec, facts: Mapping) -> dict[str, str]:
    """Input errors in the facts a rule needs stated either way (not a condition to meet)."""
    problems = {}
    if rule.calculation is Calculation.YOUTH and facts.get("activity", "camp") not in rule.params.get(
        "flat_activities", ()
    ):
        if not isinstance(facts.get(KRUNSJ_FACT), bool):
            problems[KRUNSJ_FACT] = (
                f"{rule.article}: say whether the activity is a holiday of vzw Krunsj (true/false): {KRUNSJ_QUOTE}."
            )
    return problems


# --- Art. 48: the vaccines of the list -----------------------------------------------------------

#: Art. 48: a list entry's bracketed part is optional and "a/b" inside it are alternatives:
#: "Pneumo(vax) 23" is "Pneumo 23" or "Pneumovax 23"; "Infanrix (Hexa/IPV)" is "Infanrix",
#: "Infanrix Hexa" or "Infanrix IPV" (Interpretation: the brackets name the variants of one product
#: the statute covers, as the pharmacy prints them).
BRACKET = re.compile(r"\(([^()]*)\)")


def name_variants(entry: str) -> frozenset[str]:
    """The names a list entry stands for, normalized (``normalized_name``)."""
    match = BRACKET.search(entry)
    if match is None:
        return frozenset({normalized_name(entry)})
    head, tail = entry[: match.start()], entry[match.end() :]
    options = ["", *(o for o in match.group(1).split("/"))]
    found: set[str] = set()
    for option in options:
        found |= name_variants(head + option + tail)
    return frozenset(found)


def normalized_name(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive: "Vaxigrip Tetra", "VAXIGRIP-tetra" and
    "vaxigriptetra" are one name; digits stay ("Gardasil 9" is not "Gardasil")."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def match_listed(printed: str, entries: Iterable[str]) -> str | None:
    """The list entry a printed name is, or None. Only a whole name matches (Interpretation:
    "Prevenar 20" is not on the list and is not "Prevenar"; the clerk picks from the list)."""
    wanted = normalized_name(printed)
    if not wanted:
        return None
    found = [entry for entry in entries if wanted in name_variants(entry)]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class RuleSpec:
    """One version of a benefit's rule, in force from ``effective_from``."""

    code: str
    article: str  # "Art. 44"
    effective_from: date
    calculation: Calculation
    unit: str = ""  # session, night, day, hour, km, insole, eye, month
    unit_amount: Decimal | None = None
    percent: Decimal | None = None
    fixed_amount: Decimal | None = None
    capped_at_paid: bool = False  # "nooit hoger dan de betaalde prijs"
    deduct_compulsory: bool = False  # Art. 47: less what the compulsory insurance paid
    excluded_if_compulsory: bool = False  # "niet indien er een tussenkomst is in de verplichte verzekering"
    caps: tuple[Cap, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    age_in_year: bool = False  # Art. 58: the age reached in the calendar year of the event
    requires_vt: bool = False  # increased reimbursement (VT) on 1 January (Art. 54 alarm subsidy)
    evidence: tuple[str, ...] = ()
    required_facts: tuple[str, ...] = ()  # facts that must be true (e.g. advisory_physician_approval)
    allowed_values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fact → allowed values
    params: Mapping = field(default_factory=dict)
    subject: Subject | None = None  # what its per-subject caps count on (child, disorder, app, treatment)


@dataclass(frozen=True)
class PersonFacts:
    birth_date: date
    entitlement: (
        str  # "entitled" | "suspended" | "revoked" (legacy, before 2021) | "not_affiliated" (Art. 8, event month)
    )
    entitlement_reason: str = ""
    vt_on_january_first: bool = False
    disabled_66: bool = False


@dataclass(frozen=True)
class ClaimFacts:
    event_date: date
    filed_on: date
    amount_paid: Decimal = ZERO
    quantity: int = 1
    compulsory_reimbursement: Decimal = ZERO  # what the compulsory insurance paid
    evidence: frozenset[str] = frozenset()
    facts: Mapping = field(default_factory=dict)
    key: str = ""  # what a per-subject cap counts on (``subject_key``): the child, treatment, disorder or app
    subject_label: str = ""  # the subject as a clerk reads it (a child's name, the disorder, the app)


@dataclass(frozen=True)
class PastPayout:
    """A payout already made for the same benefit: to this beneficiary (``own``), or to another one
    for the same subject (Art. 53: another parent's hours for the same child)."""

    event_date: date
    amount: Decimal
    units: int = 0
    key: str = ""
    parts: Mapping[str, Decimal] = field(default_factory=dict)
    facts: Mapping = field(default_factory=dict)
    own: bool = True


class Outcome(str, enum.Enum):
    APPROVED = "approved"
    PARTIALLY_APPROVED = "partially_approved"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    payout: Decimal
    units: int
    reasons: tuple[str, ...]
    parts: Mapping[str, Decimal] = field(default_factory=dict)
    requested: Decimal = ZERO


class Rejected(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# --- selecting the version ---------------------------------------------------------------------


def version_in_force(versions: Iterable[RuleSpec], event_date: date) -> RuleSpec | None:
    """The rule version in force on the event date: the latest that started on or before it."""
    candidates = [v for v in versions if v.effective_from <= event_date]
    return max(candidates, key=lambda v: v.effective_from) if candidates else None


def filing_deadline(event_date: date) -> date:
    """Art. 42.4 (art. 48bis of the law of 6 August 1990): two years after the end of the month of the
    event, i.e. the last day of the same month two years later."""
    return years_after_end_of_month(event_date, FILING_YEARS)


# --- Art. 7: recovering a benefit granted wrongly ---------------------------------------------------------

#: Art. 7: "De vordering tot terugbetaling ... verjaart twee jaar na het einde van de maand waarin de
#: uitbetaling is geschied."
RECOVERY_YEARS = 2
#: Art. 7: in case of "bedrieglijke handelingen" (fraud) "bedraagt de verjaringstermijn vijf jaar welke
#: ingaat na het einde van de maand waarin de uitbetaling is geschied."
RECOVERY_YEARS_FRAUD = 5


def recovery_deadline(paid_on: date, fraud: bool) -> date:
    """Art. 7: the last day a benefit paid on ``paid_on`` can be recovered: the end of the payment
    month + 2 years (5 years in case of fraud), i.e. the last day of the same month that many years
    later (payment in February: the last day of February, 28 or 29)."""
    return years_after_end_of_month(paid_on, RECOVERY_YEARS_FRAUD if fraud else RECOVERY_YEARS)


def received_on_problem(received_on: date, event_date: date, today: date) -> str | None:
    """Art. 42.4: the filing date is the day the fund received the claim, so a received date given
    by hand is never after today and never before the event it claims for."""
    if received_on > today:
        return f"Art. 42.4: the claim cannot have been received after today ({today:%d/%m/%Y}); it was given as {received_on:%d/%m/%Y}."
    if received_on < event_date:
        return (
            f"Art. 42.4: the claim cannot have been received ({received_on:%d/%m/%Y}) before its event "
            f"({event_date:%d/%m/%Y})."
        )
    return None


# --- judging ------------------------------------------------------------------------------------


def judge(rule: RuleSpec, person: PersonFacts, claim: ClaimFacts, history: Iterable[PastPayout]) -> Decision:
    """Judge one claim. Rejections and reductions carry their article."""
    history = [h for h in history]
    own = [h for h in history if h.own]
    rule = _for_claim(rule, person, claim)
    reasons: list[str] = [f"{rule.article}: rule version in force since {rule.effective_from:%d/%m/%Y}."]
    if rule.subject is not None and claim.subject_label:
        reasons.append(f"{rule.article}: its caps count per {rule.subject.value}: {claim.subject_label}.")
    try:
        _check_general(rule, person, claim, reasons)
        gross, gross_units, parts, calc_reasons = CALCULATORS[rule.calculation](rule, person, claim, own)
        reasons.extend(calc_reasons)
        units = gross_units
        payout, units, parts = _apply_caps(rule, claim, history, gross, units, parts, reasons)
    except Rejected as rejection:
        reasons.append(rejection.reason)
        return Decision(Outcome.REJECTED, ZERO, 0, tuple(reasons), requested=cents(claim.amount_paid))

    service = rule.calculation in SERVICES
    if payout <= ZERO and not service:
        return Decision(Outcome.REJECTED, ZERO, 0, tuple(reasons), requested=gross)
    if service and units <= 0:
        return Decision(Outcome.REJECTED, ZERO, 0, tuple(reasons), requested=ZERO)
    requested_units = claim.quantity if rule.unit else gross_units
    partial = payout < gross or units < requested_units
    reasons.append(f"Payout €{payout}" + (f" for {units} {rule.unit}(s)" if rule.unit else "") + ".")
    return Decision(
        Outcome.PARTIALLY_APPROVED if partial else Outcome.APPROVED,
        payout,
        units,
        tuple(reasons),
        parts,
        requested=gross,
    )


def _for_claim(rule: RuleSpec, person: PersonFacts, claim: ClaimFacts) -> RuleSpec:
    """Caps that depend on the person or the claim.

    Art. 55: the maximum per trip of the situation × mode is a per-claim cap.
    Art. 58: disabled children (≥ 66 %) have a yearly cap of €250 instead of €120.
    """
    if rule.calculation is Calculation.TRANSPORT:
        row = (
            rule.params.get("table", {})
            .get(str(claim.facts.get("situation", "")), {})
            .get(str(claim.facts.get("mode", "")))
        )
        if row is not None:
            return replace(rule, caps=(*rule.caps, Cap(CapScope.CLAIM, amount=Decimal(row["max"]))))
    if rule.calculation is Calculation.YOUTH and (person.disabled_66 or claim.facts.get("disabled_66")):
        yearly = Decimal(rule.params.get("yearly_disabled", "250.00"))
        caps = tuple(replace(c, amount=yearly) if c.scope is CapScope.YEAR else c for c in rule.caps)
        return replace(rule, caps=caps)
    return rule


def _check_general(rule: RuleSpec, person: PersonFacts, claim: ClaimFacts, reasons: list[str]) -> None:
    if claim.event_date < rule.effective_from:
        raise Rejected(
            f"{rule.article}: not in force on {claim.event_date:%d/%m/%Y} (from {rule.effective_from:%d/%m/%Y})."
        )
    deadline = filing_deadline(claim.event_date)
    if claim.filed_on > deadline:
        raise Rejected(
            f"Art. 42.4: filed on {claim.filed_on:%d/%m/%Y}, more than {FILING_YEARS} years after the end of the "
            f"event month (deadline {deadline:%d/%m/%Y})."
        )
    if rule.subject is not None and not claim.key:
        raise Rejected(f"{rule.article}: {SUBJECT_FIELDS[rule.subject][1]} is required (its cap counts on it).")
    if person.entitlement != "entitled":
        raise Rejected(
            f"Art. 8: not entitled in the event month ({person.entitlement}). {person.entitlement_reason}".strip()
        )
    age = (
        age_in_year(person.birth_date, claim.event_date)
        if rule.age_in_year
        else age_on(person.birth_date, claim.event_date)
    )
    if rule.min_age is not None and age < rule.min_age:
        raise Rejected(f"{rule.article}: minimum age {rule.min_age}, the beneficiary is {age}.")
    if rule.max_age is not None and age > rule.max_age:
        raise Rejected(f"{rule.article}: maximum age {rule.max_age}, the beneficiary is {age}.")
    if rule.requires_vt and not person.vt_on_january_first:
        raise Rejected(f"{rule.article}: requires increased reimbursement (VT) status on 1 January.")
    missing = [e for e in rule.evidence if e not in claim.evidence]
    if missing:
        raise Rejected(f"{rule.article}: evidence missing: {', '.join(missing)}.")
    for fact in rule.required_facts:
        if not claim.facts.get(fact):
            raise Rejected(f"{rule.article}: condition not met: {fact.replace('_', ' ')}.")
    for fact in rule.params.get("forbidden_facts", ()):
        if claim.facts.get(fact):
            raise Rejected(f"{rule.article}: not covered when {fact.replace('_', ' ')}.")
    for fact, conditions in rule.params.get("facts_required_when", {}).items():
        for needed in conditions.get(str(claim.facts.get(fact)), ()):
            if not claim.facts.get(needed):
                raise Rejected(
                    f"{rule.article}: condition not met for {claim.facts.get(fact)}: {needed.replace('_', ' ')}."
                )
    for fact, allowed in rule.allowed_values.items():
        value = claim.facts.get(fact)
        if value not in allowed:
            raise Rejected(f"{rule.article}: {fact.replace('_', ' ')} {value!r} is not covered.")
    if rule.excluded_if_compulsory and claim.compulsory_reimbursement > ZERO:
        raise Rejected(f"{rule.article}: not covered when the compulsory insurance reimburses it.")
    if claim.quantity < 1:
        raise Rejected(f"{rule.article}: the quantity must be at least 1.")


def _paid_basis(rule: RuleSpec, claim: ClaimFacts) -> Decimal:
    basis = cents(claim.amount_paid)
    if rule.deduct_compulsory:
        basis = max(ZERO, basis - cents(claim.compulsory_reimbursement))
    return basis


# --- caps ---------------------------------------------------------------------------------------


#: Caps that count per subject (child, disorder, app, treatment).
KEYED_SCOPES = frozenset({CapScope.KEY, CapScope.YEAR_KEY, CapScope.SUBJECT})


def _in_scope(cap: Cap, claim: ClaimFacts, past: PastPayout, history: list[PastPayout]) -> bool:
    if cap.scope is CapScope.SUBJECT:
        return bool(claim.key) and past.key == claim.key
    if not past.own:
        return False
    if cap.scope is CapScope.YEAR:
        return past.event_date.year == claim.event_date.year
    if cap.scope is CapScope.YEAR_KEY:
        return past.event_date.year == claim.event_date.year and bool(claim.key) and past.key == claim.key
    if cap.scope is CapScope.KEY:
        return bool(claim.key) and past.key == claim.key
    if cap.scope is CapScope.LIFETIME:
        return True
    if cap.scope is CapScope.PERIOD:
        # a PERIOD cap always has its years (RuleCap validation); mypy sees the Optional field
        start = period_start(cap.years, [h.event_date for h in history if h.own and _counts(cap, h)], claim.event_date)  # type: ignore[arg-type]
        return start is not None and start <= past.event_date < add_years(start, cap.years)  # type: ignore[arg-type]
    return False


def _counts(cap: Cap, past: PastPayout) -> bool:
    return cap.part is None or past.parts.get(cap.part, ZERO) > ZERO


def period_start(years: int, payout_dates: list[date], event_date: date) -> date | None:
    """Art. 42.5: a period of N years runs from the first payout; the next one from the first
    payout after it ended ("vanaf deze datum + x aantal jaren": from 29 February, the 28th in a year
    without it, ``core.dates.add_years``). The period an event falls in, or None when it starts a new one."""
    start = None
    for day in sorted(d for d in payout_dates if d <= event_date):
        if start is None or day >= add_years(start, years):
            start = day
    if start is not None and event_date < add_years(start, years):
        return start
    return None


def _apply_caps(rule, claim, history, gross, units, parts, reasons):
    payout, units = gross, units
    unit_amount = (payout / units) if units and rule.unit else None
    for cap in rule.caps:
        about = f" ({claim.subject_label})" if cap.scope in KEYED_SCOPES and claim.subject_label else ""
        if cap.scope is CapScope.CLAIM:
            used_amount, used_units = ZERO, 0
        else:
            scoped = [h for h in history if _counts(cap, h) and _in_scope(cap, claim, h, history)]
            used_amount = sum((h.parts.get(cap.part, ZERO) if cap.part else h.amount for h in scoped), ZERO)
            used_units = sum(h.units for h in scoped)
        if cap.units is not None and units:
            left = max(0, cap.units - used_units)
            if units > left:
                reasons.append(
                    f"{rule.article}: {cap.describe()}{about}, {used_units} already used → {left} {rule.unit}(s)."
                )
                units = left
                if unit_amount is not None:
                    payout = cents(unit_amount * units)
                if units == 0:
                    raise Rejected(f"{rule.article}: {cap.describe()}{about} reached ({used_units} used).")
        if cap.amount is not None:
            current = parts.get(cap.part, ZERO) if cap.part else payout
            left = max(ZERO, cap.amount - used_amount)
            if current > left:
                reasons.append(f"{rule.article}: {cap.describe()}{about}, €{used_amount} already paid → €{left} left.")
                if cap.part:
                    payout -= current - left
                    parts = {**parts, cap.part: left}
                else:
                    payout = left
                    if unit_amount and units:
                        units = min(units, int(left // unit_amount)) or units
                if payout <= ZERO and not cap.part:
                    raise Rejected(f"{rule.article}: {cap.describe()}{about} reached (€{used_amount} paid).")
    if rule.capped_at_paid and rule.calculation not in SERVICES:
        basis = _paid_basis(rule, claim)
        if payout > basis:
            reasons.append(f"{rule.article}: never more than the price paid (€{basis}).")
            payout = basis
    return cents(payout), units, parts


# --- calculators ----------------------------------------------------------------------------------


def _per_unit(rule, person, claim, history):
    amount = cents(Decimal(rule.unit_amount) * claim.quantity)
    return (
        amount,
        claim.quantity,
        {},
        [f"{rule.article}: €{rule.unit_amount} per {rule.unit} × {claim.quantity} = €{amount}."],
    )


def _percentage(rule, person, claim, history):
    basis = _paid_basis(rule, claim)
    amount = percent_of(basis, rule.percent)
    return amount, claim.quantity, {}, [f"{rule.article}: {rule.percent} % of €{basis} = €{amount}."]


def _fixed(rule, person, claim, history):
    return cents(rule.fixed_amount), 1, {}, [f"{rule.article}: fixed €{rule.fixed_amount}."]


def _refund(rule, person, claim, history):
    amount = cents(claim.amount_paid)
    return amount, 1, {}, [f"{rule.article}: the amount paid, €{amount}, up to the caps."]


def _service(rule, person, claim, history):
    return (
        ZERO,
        claim.quantity,
        {},
        [f"{rule.article}: a service provided free of charge ({claim.quantity} {rule.unit}(s))."],
    )


def _orthodontics(rule, person, claim, history):
    """Art. 46: €175 per milestone of a treatment (placement; after 6, 12, …, 36 consultations;
    end). Without compulsory reimbursement, only one €175 after 6 months, for one treatment."""
    milestone = claim.facts.get("milestone")
    amount = Decimal(rule.params.get("milestone_amount", "175.00"))
    if not claim.facts.get("compulsory_reimbursed", True):
        if milestone != ORTHODONTICS_WITHOUT_COMPULSORY:
            raise Rejected(
                f"{rule.article}: without compulsory reimbursement only one €{amount} after 6 months of treatment."
            )
        if any(h.facts.get("milestone") == milestone for h in history):
            raise Rejected(f"{rule.article}: the single €{amount} without compulsory reimbursement was already paid.")
        return (
            cents(amount),
            1,
            {},
            [f"{rule.article}: €{amount} after 6 months of treatment without compulsory reimbursement."],
        )
    milestones = tuple(rule.params.get("milestones", ()))
    if milestone not in milestones:
        raise Rejected(f"{rule.article}: milestone {milestone!r} is not one of {', '.join(milestones)}.")
    if not claim.facts.get("requested_before_max_age", False):
        raise Rejected(f"{rule.article}: the request must be made before the compulsory insurance's maximum age.")
    if any(h.key == claim.key and h.facts.get("milestone") == milestone for h in history):
        raise Rejected(
            f"{rule.article}: milestone {milestone} of the treatment {claim.subject_label or claim.key} was already paid."
        )
    return cents(amount), 1, {}, [f"{rule.article}: €{amount} for milestone {milestone}."]


def _transport(rule, person, claim, history):
    """Art. 55: percentage of the invoice (compulsory share included) with a maximum per trip, by
    situation and mode; own car €0.10/km (adults), max €25 per trip."""
    situation = str(claim.facts.get("situation", ""))
    mode = str(claim.facts.get("mode", ""))
    table = rule.params.get("table", {})
    row = table.get(situation, {}).get(mode)
    if row is None:
        raise Rejected(f"{rule.article}: mode {mode!r} is not covered in situation {situation!r}.")
    maximum = Decimal(row["max"])
    if row.get("from") and claim.event_date < date.fromisoformat(row["from"]):
        # Art. 55: "Dit voordeel treedt naar aanleiding van de coronapandemie uitzonderlijk in op 1 april 2021."
        raise Rejected(
            f"{rule.article}: transport in situation {situation!r} is covered only from "
            f"{date.fromisoformat(row['from']):%d/%m/%Y} (event {claim.event_date:%d/%m/%Y})."
        )
    if row.get("requires") and not claim.facts.get(row["requires"]):
        raise Rejected(f"{rule.article}: condition not met: {row['requires'].replace('_', ' ')}.")
    if "per_km" in row:
        if row.get("adults_only") and age_on(person.birth_date, claim.event_date) < 18:
            raise Rejected(f"{rule.article}: own transport is reimbursed for adults only.")
        km = int(claim.facts.get("km", claim.quantity))
        amount = cents(Decimal(row["per_km"]) * km)
        text = f"€{row['per_km']}/km × {km} km = €{amount}"
    else:
        amount = percent_of(cents(claim.amount_paid), Decimal(row["percent"]))
        text = f"{row['percent']} % of €{cents(claim.amount_paid)} = €{amount}"
    # the maximum per trip (or flight) is a per-claim cap: see _for_claim
    reasons = [f"{rule.article}: situation {situation}, {mode}: {text} (max €{maximum} per {row.get('per', 'trip')})."]
    if row.get("per_day"):
        # Art. 55: "met een maximum van € 10 per (inentings)dag": the trips of one vaccination day
        # share the maximum, whatever the mode.
        used = sum(
            (
                h.amount
                for h in history
                if h.event_date == claim.event_date and str(h.facts.get("situation", "")) == situation
            ),
            ZERO,
        )
        left = max(ZERO, maximum - used)
        if left <= ZERO:
            raise Rejected(
                f"{rule.article}: the €{maximum} of the vaccination day {claim.event_date:%d/%m/%Y} "
                f"was already paid (€{used})."
            )
        if used > ZERO and amount > left:
            reasons.append(
                f"{rule.article}: max €{maximum} per vaccination day, €{used} already paid for "
                f"{claim.event_date:%d/%m/%Y} → €{left} left."
            )
            amount = left
    return amount, 1, {}, reasons


def _age_bands(rule, person, claim, history):
    """Art. 51: one amount per age band, once in the band (age on the purchase date)."""
    age = age_on(person.birth_date, claim.event_date)
    for band in rule.params.get("bands", ()):
        if band["from"] <= age <= band["to"]:
            if any(band["from"] <= age_on(person.birth_date, h.event_date) <= band["to"] for h in history):
                raise Rejected(f"{rule.article}: already paid once for ages {band['from']}–{band['to']}.")
            amount = Decimal(band["amount"])
            return (
                cents(amount),
                1,
                {},
                [f"{rule.article}: €{amount} once for ages {band['from']}–{band['to']} (age {age})."],
            )
    raise Rejected(f"{rule.article}: age {age} is outside the age bands.")


def _year_of_life(rule, person, claim, history):
    """Art. 45: "De tussenkomst bedraagt € 100 per levensjaar voor peuters tot hun 3de verjaardag.
    Het gaat per kind om een tegemoetkoming van maximum € 300 euro." The €100 of a year of life
    (age on the purchase date) is spread over as many invoices as the parents hand in for that
    year, each never more than paid; the €300 per child is a lifetime cap."""
    age = age_on(person.birth_date, claim.event_date)
    last = int(rule.params.get("until_age", 3))
    if age >= last:
        raise Rejected(f"{rule.article}: only until the {last}rd birthday (the child is {age}).")
    amount = Decimal(rule.params.get("amount_per_year", "100.00"))
    used = sum((h.amount for h in history if age_on(person.birth_date, h.event_date) == age), ZERO)
    left = max(ZERO, amount - used)
    if left <= ZERO:
        raise Rejected(f"{rule.article}: the €{amount} of year of life {age + 1} was already paid (€{used}).")
    text = f"{rule.article}: €{amount} per year of life, year of life {age + 1}"
    if used:
        text += f", €{used} already paid for it on other invoices → €{left} left"
    return cents(left), 1, {}, [text + "."]


def _glasses(rule, person, claim, history):
    """Art. 47: up to €50 for optical material, "maximaal éénmaal per kalenderjaar uitgekeerd ...
    en kan nooit hoger zijn dan het effectief betaalde bedrag"; "Daarbovenop ... om de 4 jaar tot
    € 50 extra ..., mits afgifte van het voorschrift van de oogarts" (the 4 years run from the first
    extra, Art. 42.5); not for zero diopter on both eyes. The yearly amount is one payout per
    calendar year, not a €50 budget: a second invoice in the same year gets no yearly part, even
    when the first payout was less than €50 (it may still get the extra every 4 years)."""
    if claim.facts.get("zero_diopter_both_eyes"):
        raise Rejected(f"{rule.article}: not for glasses or lenses with diopter 0 on both eyes.")
    paid = cents(claim.amount_paid)
    base_cap = Decimal(rule.params.get("yearly_amount", "50.00"))
    extra_cap = Decimal(rule.params.get("extra_amount", "50.00"))
    extra_years = int(rule.params.get("extra_every_years", 4))
    this_year = sorted(
        h.event_date
        for h in history
        if h.event_date.year == claim.event_date.year and h.parts.get("yearly", ZERO if h.parts else h.amount) > ZERO
    )
    if this_year:
        base = ZERO
        reasons = [
            f"{rule.article}: the €{base_cap} is paid at most once per calendar year; it was paid for "
            f"{this_year[0]:%d/%m/%Y}."
        ]
    else:
        base = min(base_cap, paid)
        reasons = [f"{rule.article}: €{base} of at most €{base_cap}, once per calendar year, never more than paid."]
    extra = ZERO
    if claim.facts.get("ophthalmologist_prescription"):
        extras = [h.event_date for h in history if h.parts.get("extra", ZERO) > ZERO]
        if period_start(extra_years, extras, claim.event_date) is not None:
            reasons.append(f"{rule.article}: the extra €{extra_cap} was paid less than {extra_years} years ago.")
        else:
            # SPEC §2 says "plus €50 every 4 years"; Art. 47 says "tot € 50 extra" (up to €50), and the
            # statutes win: together with the yearly part never more than paid.
            extra = min(extra_cap, paid - base)
            reasons.append(
                f"{rule.article}: extra €{extra} with an ophthalmologist's prescription (every {extra_years} years)."
            )
    return base + extra, 1, {"yearly": base, "extra": extra}, reasons


def _night_periods(rule, person, claim, history):
    """Art. 49: "een tussenkomst van maximum 25 euro per overnachting in de verblijfkosten van de
    herstellende": per night at most €25 and never more than that night's stay cost (the invoice
    of the convalescent, without a companion's costs, spread over its nights); granted "in periodes
    van 7 overnachtingen met een maximum van 28 overnachtingen per kalenderjaar", "voor eenzelfde
    aandoening maar één keer per kalenderjaar", with the advisory physician's approval, for one of
    the listed indications (``params["indications"]``) and none of the exclusions (forbidden facts)."""
    _check_indication(rule, claim)
    condition = str(claim.facts.get("condition", ""))
    if any(h.event_date.year == claim.event_date.year and h.facts.get("condition") == condition for h in history):
        raise Rejected(f"{rule.article}: already granted for this condition ({condition}) this calendar year.")
    period = int(rule.params.get("period_nights", 7))
    approved = int(claim.facts.get("approved_periods", 0))
    nights = min(claim.quantity, approved * period)
    reasons = []
    if nights < claim.quantity:
        reasons.append(f"{rule.article}: {approved} approved period(s) of {period} nights → {nights} nights.")
    if nights <= 0:
        raise Rejected(f"{rule.article}: no period of {period} nights approved by the advisory physician.")
    maximum = Decimal(rule.unit_amount)
    cost_per_night = cents(claim.amount_paid) / claim.quantity
    if cost_per_night <= ZERO:
        raise Rejected(
            f"{rule.article}: the stay costs of the convalescent are needed (at most €{maximum} per night of them)."
        )
    per_night = min(maximum, cost_per_night)
    amount = cents(per_night * nights)
    if per_night < maximum:
        reasons.append(
            f"{rule.article}: at most €{maximum} per night and never more than the stay cost "
            f"(€{cents(claim.amount_paid)} for {claim.quantity} nights) → €{amount} for {nights} nights."
        )
    else:
        reasons.append(f"{rule.article}: at most €{maximum} per night × {nights} = €{amount}.")
    return amount, nights, {}, reasons


def _check_indication(rule, claim):
    """Art. 49: "Een zorgverblijf kan worden toegekend:" after one of the listed indications. Each
    indication names the facts it needs (``requires``), the facts that exclude it (``forbids``)
    and, for surgery, the listed specialties."""
    indications = rule.params.get("indications")
    if not indications:
        return
    indication = claim.facts.get("indication")
    spec = indications.get(str(indication)) if indication is not None else None
    if spec is None:
        raise Rejected(f"{rule.article}: indication {indication!r} is not one of {', '.join(indications)}.")
    for needed in spec.get("requires", ()):
        if not claim.facts.get(needed):
            raise Rejected(f"{rule.article}: condition not met for {indication}: {needed.replace('_', ' ')}.")
    for forbidden in spec.get("forbids", ()):
        if claim.facts.get(forbidden):
            raise Rejected(f"{rule.article}: not covered for {indication} when {forbidden.replace('_', ' ')}.")
    specialties = spec.get("specialties")
    if specialties and claim.facts.get("specialty") not in specialties:
        raise Rejected(
            f"{rule.article}: surgery by a specialist in {claim.facts.get('specialty')!r} is not covered "
            f"(only {', '.join(specialties)})."
        )


def _sick_child_care(rule, person, claim, history):
    """Art. 52: a free babysitter for an acutely ill child of 3 months to 12 years: at most 4
    consecutive working days (no weekends, no public holidays), 5 to 9 hours a day between 07:00
    and 18:00, at most 8 days per calendar year."""
    months = months_of_age(person.birth_date, claim.event_date)
    if months < 3 or age_on(person.birth_date, claim.event_date) > 12:
        raise Rejected(f"{rule.article}: only for children from 3 months to 12 years.")
    days = [date.fromisoformat(d) if isinstance(d, str) else d for d in claim.facts.get("days", [])] or [
        claim.event_date
    ]
    days = sorted(set(days))
    closed = set(rule.params.get("closed_days", ()))
    for day in days:
        if day.weekday() >= 5 or day.isoformat() in closed or is_public_holiday(day):
            raise Rejected(f"{rule.article}: {day:%d/%m/%Y} is not a working day (no weekends or public holidays).")
    if len(days) > int(rule.params.get("max_consecutive_days", 4)) or not _consecutive_working_days(days, closed):
        raise Rejected(
            f"{rule.article}: at most {rule.params.get('max_consecutive_days', 4)} consecutive working days per request."
        )
    start, end = claim.facts.get("start_time", "07:00"), claim.facts.get("end_time", "16:00")
    hours = (_minutes(end) - _minutes(start)) / 60
    if _minutes(start) < _minutes("07:00") or _minutes(end) > _minutes("18:00") or not 5 <= hours <= 9:
        raise Rejected(f"{rule.article}: between 07:00 and 18:00, from 5 to 9 hours a day ({start}–{end}).")
    return (
        ZERO,
        len(days),
        {},
        [f"{rule.article}: babysitting on {len(days)} working day(s), {start}–{end}, free of charge."],
    )


def _maternity_help(rule, person, claim, history):
    """Art. 53: €5 per hour, at most 60 hours per child, from 30 days before to 90 days after
    the birth (or the child's discharge); maternity hotel or doula at most 20 hours per day."""
    birth = claim.facts.get("birth_date")
    if birth is None:
        raise Rejected(f"{rule.article}: the (expected) birth date is required.")
    birth = date.fromisoformat(birth) if isinstance(birth, str) else birth
    reference = claim.facts.get("discharge_date") or birth
    reference = date.fromisoformat(reference) if isinstance(reference, str) else reference
    if not birth - timedelta(days=30) <= claim.event_date <= reference + timedelta(days=90):
        raise Rejected(f"{rule.article}: only from 30 days before to 90 days after the birth or discharge.")
    hours = claim.quantity
    reasons = []
    if claim.facts.get("provider") in MATERNITY_PER_DAY_PROVIDERS:
        days = int(claim.facts.get("stay_days", 1))
        if hours > 20 * days:
            reasons.append(f"{rule.article}: maternity hotel or doula at most 20 hours per day → {20 * days} hours.")
            hours = 20 * days
    amount = cents(Decimal(rule.unit_amount) * hours)
    reasons.append(f"{rule.article}: €{rule.unit_amount} per hour × {hours} = €{amount}.")
    return amount, hours, {}, reasons


def _youth(rule, person, claim, history):
    """Art. 58: €5 per day of a camp, class or playground; a youth-club membership or a school
    trip: flat, at most €30; disabled children (≥ 66 %): the price paid; always ≤ the price paid.
    The yearly cap (€120, or €250 for disabled children) is in the caps."""
    activity = claim.facts.get("activity", "camp")
    if claim.facts.get(KRUNSJ_FACT):
        raise Rejected(f"{rule.article}: a holiday of vzw Krunsj is not covered: {KRUNSJ_QUOTE}.")
    paid = cents(claim.amount_paid)
    if person.disabled_66 or claim.facts.get("disabled_66"):
        return paid, 1, {}, [f"{rule.article}: activity for a disabled child (≥ 66 %): the price paid, €{paid}."]
    if activity in rule.params.get("flat_activities", ()):
        flat = Decimal(rule.params.get("flat_amount", "30.00"))
        amount = min(flat, paid)
        return amount, 1, {}, [f"{rule.article}: {activity.replace('_', ' ')}: flat, at most €{flat} → €{amount}."]
    amount = cents(Decimal(rule.unit_amount) * claim.quantity)
    return amount, claim.quantity, {}, [f"{rule.article}: €{rule.unit_amount} per day × {claim.quantity} = €{amount}."]


def _age_rate(rule, person, claim, history):
    """Art. 48 (psychology): a per-session amount by age band on the event date."""
    age = age_on(person.birth_date, claim.event_date)
    for band in rule.params.get("rates", ()):
        if band["from"] <= age <= band["to"]:
            rate = Decimal(band["amount"])
            amount = cents(rate * claim.quantity)
            return (
                amount,
                claim.quantity,
                {},
                [f"{rule.article}: €{rate} per {rule.unit} at age {age} × {claim.quantity} = €{amount}."],
            )
    raise Rejected(f"{rule.article}: no rate for age {age}.")


def _by_option(rule, person, claim, history):
    """Art. 54 ergotherapy: the VAPH file advice is refunded in full; a home-adaptation advice €50."""
    fact = rule.params.get("fact", "option")
    option = rule.params.get("options", {}).get(claim.facts.get(fact))
    if option is None:
        raise Rejected(f"{rule.article}: {fact} must be one of {', '.join(rule.params.get('options', {}))}.")
    paid = cents(claim.amount_paid)
    if "percent" in option:
        amount = percent_of(paid, Decimal(option["percent"]))
        return (
            amount,
            1,
            {},
            [f"{rule.article}: {claim.facts.get(fact)}: {option['percent']} % of €{paid} = €{amount}."],
        )
    amount = min(Decimal(option["fixed"]), paid)
    return (
        cents(amount),
        1,
        {},
        [f"{rule.article}: {claim.facts.get(fact)}: €{option['fixed']} (never more than paid) → €{amount}."],
    )


CALCULATORS: dict[Calculation, Callable] = {
    Calculation.PER_UNIT: _per_unit,
    Calculation.PERCENTAGE: _percentage,
    Calculation.FIXED: _fixed,
    Calculation.REFUND: _refund,
    Calculation.SERVICE: _service,
    Calculation.ORTHODONTICS: _orthodontics,
    Calculation.TRANSPORT: _transport,
    Calculation.AGE_BANDS: _age_bands,
    Calculation.YEAR_OF_LIFE: _year_of_life,
    Calculation.GLASSES: _glasses,
    Calculation.NIGHT_PERIODS: _night_periods,
    Calculation.SICK_CHILD_CARE: _sick_child_care,
    Calculation.MATERNITY_HELP: _maternity_help,
    Calculation.YOUTH: _youth,
    Calculation.AGE_RATE: _age_rate,
    Calculation.BY_OPTION: _by_option,
}


# --- calendar helpers ---------------------------------------------------------------------------


def is_public_holiday(day: date) -> bool:
    import holidays

    return day in holidays.country_holidays("BE", years=day.year)


def _consecutive_working_days(days: list[date], closed: set[str]) -> bool:
    for earlier, later in zip(days, days[1:], strict=False):
        step = earlier + timedelta(days=1)
        while step < later:
            if step.weekday() < 5 and not is_public_holiday(step) and step.isoformat() not in closed:
                return False
            step += timedelta(days=1)
    return True


def _minutes(text: str) -> int:
    hours, _, minutes = str(text).partition(":")
    return int(hours) * 60 + int(minutes or 0)


def with_effective_from(rule: RuleSpec, day: date) -> RuleSpec:
    return replace(rule, effective_from=day)
