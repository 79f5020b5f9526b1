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
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from core.dates import add_years, age_in_year, age_on, months_of_age, years_after_end_of_month
from core.money import ZERO, cents, percent_of
from core.reasons import Code, Reason, declare, gettext_noop, money_text, reason

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
                money_text(self.amount) if self.amount is not None else "",
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
    #: the same as declared reasons (``members.rules.Entitlement.explanation``): translated where shown
    entitlement_explanation: tuple = ()
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
    reasons: tuple[Reason, ...]
    parts: Mapping[str, Decimal] = field(default_factory=dict)
    requested: Decimal = ZERO


class Rejected(Exception):
    def __init__(self, reason: Reason):
        super().__init__(str(reason))
        self.reason = reason


# --- the reasons a decision gives (issue #14) -----------------------------------------------------------

#: Every reason a benefit decision gives: its code and English template. A code without an article
#: cites the benefit's rule (its article, "Art. 47"); the others always cite the same article.
#: The entitlement statuses as a refusal names them (translated where shown).
ENTITLEMENT_WORDS = {
    "suspended": gettext_noop("suspended"),
    "revoked": gettext_noop("revoked"),
    "not_affiliated": gettext_noop("not affiliated"),
}

REASONS = declare(
    # the decision itself
    Code("rule.version", gettext_noop("rule version in force since %(since)s.")),
    Code("subject.counted_per", gettext_noop("its caps count per %(subject)s: %(label)s.")),
    Code("payout.total", gettext_noop("Payout €%(payout)s.")),
    Code("payout.units", gettext_noop("Payout €%(payout)s for %(units)s %(unit)s(s).")),
    # the general conditions (Art. 42, Art. 8)
    Code("rule.not_in_force", gettext_noop("not in force on %(event_date)s (from %(since)s).")),
    Code(
        "art42_4.filing_deadline_passed",
        gettext_noop(
            "filed on %(filed_on)s, more than %(years)s years after the end of the event month (deadline %(deadline)s)."
        ),
        "Art. 42.4",
    ),
    Code("subject.required", gettext_noop("%(what)s is required (its cap counts on it).")),
    Code("art8.not_entitled", gettext_noop("not entitled in the event month (%(status)s).%(explanation)s"), "Art. 8"),
    Code("age.below_minimum", gettext_noop("minimum age %(min_age)s, the beneficiary is %(age)s.")),
    Code("age.above_limit", gettext_noop("maximum age %(max_age)s, the beneficiary is %(age)s.")),
    Code("vt.required", gettext_noop("requires increased reimbursement (VT) status on 1 January.")),
    Code("evidence.missing", gettext_noop("evidence missing: %(missing)s.")),
    Code("fact.required", gettext_noop("condition not met: %(fact)s.")),
    Code("fact.excluded", gettext_noop("not covered when %(fact)s.")),
    Code("fact.required_when", gettext_noop("condition not met for %(value)s: %(fact)s.")),
    Code("fact.value_not_covered", gettext_noop("%(fact)s %(value)s is not covered.")),
    Code("compulsory.excluded", gettext_noop("not covered when the compulsory insurance reimburses it.")),
    Code("quantity.below_one", gettext_noop("the quantity must be at least 1.")),
    # the caps (Art. 42.5)
    Code("cap.units_reduced", gettext_noop("%(cap)s%(about)s, %(used)s already used → %(left)s %(unit)s(s).")),
    Code("cap.units_reached", gettext_noop("%(cap)s%(about)s reached (%(used)s used).")),
    Code("cap.amount_reduced", gettext_noop("%(cap)s%(about)s, €%(used)s already paid → €%(left)s left.")),
    Code("cap.amount_reached", gettext_noop("%(cap)s%(about)s reached (€%(used)s paid).")),
    Code("cap.price_paid", gettext_noop("never more than the price paid (€%(basis)s).")),
    # the calculations
    Code("calc.per_unit", gettext_noop("€%(unit_amount)s per %(unit)s × %(quantity)s = €%(amount)s.")),
    Code("calc.percentage", gettext_noop("%(percent)s %% of €%(basis)s = €%(amount)s.")),
    Code("calc.fixed", gettext_noop("fixed €%(amount)s.")),
    Code("calc.refund", gettext_noop("the amount paid, €%(amount)s, up to the caps.")),
    Code("calc.service", gettext_noop("a service provided free of charge (%(quantity)s %(unit)s(s)).")),
    # Art. 46 orthodontics
    Code(
        "orthodontics.without_compulsory_six_months_only",
        gettext_noop("without compulsory reimbursement only one €%(amount)s after 6 months of treatment."),
    ),
    Code(
        "orthodontics.without_compulsory_already_paid",
        gettext_noop("the single €%(amount)s without compulsory reimbursement was already paid."),
    ),
    Code(
        "orthodontics.without_compulsory",
        gettext_noop("€%(amount)s after 6 months of treatment without compulsory reimbursement."),
    ),
    Code("orthodontics.milestone_unknown", gettext_noop("milestone %(milestone)s is not one of %(milestones)s.")),
    Code(
        "orthodontics.after_max_age",
        gettext_noop("the request must be made before the compulsory insurance's maximum age."),
    ),
    Code(
        "orthodontics.milestone_paid",
        gettext_noop("milestone %(milestone)s of the treatment %(treatment)s was already paid."),
    ),
    Code("orthodontics.milestone", gettext_noop("€%(amount)s for milestone %(milestone)s.")),
    # Art. 55 transport
    Code("transport.not_covered", gettext_noop("mode %(mode)s is not covered in situation %(situation)s.")),
    Code(
        "transport.not_yet_covered",
        gettext_noop(
            "transport in situation %(situation)s is covered only from %(covered_from)s (event %(event_date)s)."
        ),
    ),
    Code("transport.own_adults_only", gettext_noop("own transport is reimbursed for adults only.")),
    Code(
        "transport.per_km",
        gettext_noop(
            "situation %(situation)s, %(mode)s: €%(per_km)s/km × %(km)s km = €%(amount)s (max €%(maximum)s per %(per)s)."
        ),
    ),
    Code(
        "transport.percentage",
        gettext_noop(
            "situation %(situation)s, %(mode)s: %(percent)s %% of €%(paid)s = €%(amount)s "
            "(max €%(maximum)s per %(per)s)."
        ),
    ),
    Code(
        "transport.vaccination_day_paid",
        gettext_noop("the €%(maximum)s of the vaccination day %(day)s was already paid (€%(used)s)."),
    ),
    Code(
        "transport.vaccination_day_left",
        gettext_noop("max €%(maximum)s per vaccination day, €%(used)s already paid for %(day)s → €%(left)s left."),
    ),
    # Art. 51 toothbrushes, Art. 45 diapers, Art. 47 glasses
    Code("age_band.already_paid", gettext_noop("already paid once for ages %(from_age)s–%(to_age)s.")),
    Code("age_band.amount", gettext_noop("€%(amount)s once for ages %(from_age)s–%(to_age)s (age %(age)s).")),
    Code("age_band.outside", gettext_noop("age %(age)s is outside the age bands.")),
    Code("year_of_life.too_old", gettext_noop("only until the %(last)srd birthday (the child is %(age)s).")),
    Code(
        "year_of_life.already_paid",
        gettext_noop("the €%(amount)s of year of life %(year)s was already paid (€%(used)s)."),
    ),
    Code("year_of_life.amount", gettext_noop("€%(amount)s per year of life, year of life %(year)s.")),
    Code(
        "year_of_life.amount_left",
        gettext_noop(
            "€%(amount)s per year of life, year of life %(year)s, €%(used)s already paid for it on other invoices "
            "→ €%(left)s left."
        ),
    ),
    Code("glasses.zero_diopter", gettext_noop("not for glasses or lenses with diopter 0 on both eyes.")),
    Code(
        "glasses.yearly_already_paid",
        gettext_noop("the €%(yearly)s is paid at most once per calendar year; it was paid for %(paid_for)s."),
    ),
    Code(
        "glasses.yearly",
        gettext_noop("€%(amount)s of at most €%(yearly)s, once per calendar year, never more than paid."),
    ),
    Code("glasses.extra_too_soon", gettext_noop("the extra €%(extra)s was paid less than %(years)s years ago.")),
    Code(
        "glasses.extra",
        gettext_noop("extra €%(amount)s with an ophthalmologist's prescription (every %(years)s years)."),
    ),
    # Art. 49 convalescent stays
    Code(
        "convalescence.condition_this_year",
        gettext_noop("already granted for this condition (%(condition)s) this calendar year."),
    ),
    Code(
        "convalescence.periods",
        gettext_noop("%(approved)s approved period(s) of %(period)s nights → %(nights)s nights."),
    ),
    Code("convalescence.no_period", gettext_noop("no period of %(period)s nights approved by the advisory physician.")),
    Code(
        "convalescence.no_stay_cost",
        gettext_noop("the stay costs of the convalescent are needed (at most €%(maximum)s per night of them)."),
    ),
    Code(
        "convalescence.stay_cost",
        gettext_noop(
            "at most €%(maximum)s per night and never more than the stay cost (€%(paid)s for %(quantity)s nights) "
            "→ €%(amount)s for %(nights)s nights."
        ),
    ),
    Code("convalescence.per_night", gettext_noop("at most €%(maximum)s per night × %(nights)s = €%(amount)s.")),
    Code("indication.unknown", gettext_noop("indication %(indication)s is not one of %(indications)s.")),
    Code("indication.excluded", gettext_noop("not covered for %(indication)s when %(fact)s.")),
    Code(
        "indication.specialty",
        gettext_noop("surgery by a specialist in %(specialty)s is not covered (only %(specialties)s)."),
    ),
    # Art. 52 sick-child care, Art. 53 maternity help
    Code("sick_child.age", gettext_noop("only for children from 3 months to 12 years.")),
    Code("sick_child.not_working_day", gettext_noop("%(day)s is not a working day (no weekends or public holidays).")),
    Code("sick_child.too_many_days", gettext_noop("at most %(days)s consecutive working days per request.")),
    Code("sick_child.hours", gettext_noop("between 07:00 and 18:00, from 5 to 9 hours a day (%(start)s–%(end)s).")),
    Code(
        "sick_child.booked", gettext_noop("babysitting on %(days)s working day(s), %(start)s–%(end)s, free of charge.")
    ),
    Code("maternity.birth_date_required", gettext_noop("the (expected) birth date is required.")),
    Code("maternity.outside_period", gettext_noop("only from 30 days before to 90 days after the birth or discharge.")),
    Code(
        "maternity.hours_per_day", gettext_noop("maternity hotel or doula at most 20 hours per day → %(hours)s hours.")
    ),
    Code("maternity.amount", gettext_noop("€%(unit_amount)s per hour × %(hours)s = €%(amount)s.")),
    # Art. 58 youth, Art. 48 psychology, Art. 54 ergotherapy
    Code("youth.krunsj", gettext_noop("a holiday of vzw Krunsj is not covered: %(quote)s.")),
    Code("youth.disabled", gettext_noop("activity for a disabled child (≥ 66 %%): the price paid, €%(paid)s.")),
    Code("youth.flat", gettext_noop("%(activity)s: flat, at most €%(flat)s → €%(amount)s.")),
    Code("youth.per_day", gettext_noop("€%(unit_amount)s per day × %(quantity)s = €%(amount)s.")),
    Code("age_rate.amount", gettext_noop("€%(rate)s per %(unit)s at age %(age)s × %(quantity)s = €%(amount)s.")),
    Code("age_rate.no_rate", gettext_noop("no rate for age %(age)s.")),
    Code("option.unknown", gettext_noop("%(fact)s must be one of %(options)s.")),
    Code("option.percent", gettext_noop("%(option)s: %(percent)s %% of €%(paid)s = €%(amount)s.")),
    Code("option.fixed", gettext_noop("%(option)s: €%(fixed)s (never more than paid) → €%(amount)s.")),
    # written by the services after the decision
    Code("art42_4.expired", gettext_noop("deadline %(deadline)s passed."), "Art. 42.4"),
    Code("art7.recovered", gettext_noop("€%(amount)s recovered on %(on)s: %(why)s"), "Art. 7"),
    # issue #15: the bank returned the payout's credit transfer (cites the benefit's article)
    Code(
        "payout.rejected",
        gettext_noop("the bank returned the transfer of €%(amount)s on %(on)s (%(code)s %(label)s): pay it again."),
    ),
)


# --- selecting the version ---------------------------------------------------------------------


def version_in_force(versions: Iterable[RuleSpec], event_date: date) -> RuleSpec | None:
    """The rule version in force on the event date: the latest that started on or before it."""
    candidates = [v for v in versions if v.effective_from <= event_date]
    return max(candidates, key=lambda v: v.effective_from) if candidates else None


@functools.lru_cache(maxsize=8192)  # a pure function of the date, asked per child and claim by the rights scan
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
    reasons: list[Reason] = [reason("rule.version", rule.article, since=rule.effective_from)]
    if rule.subject is not None and claim.subject_label:
        reasons.append(
            reason("subject.counted_per", rule.article, subject=rule.subject.value, label=claim.subject_label)
        )
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
    if rule.unit:
        reasons.append(reason("payout.units", rule.article, payout=payout, units=units, unit=rule.unit))
    else:
        reasons.append(reason("payout.total", rule.article, payout=payout))
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


def _check_general(rule: RuleSpec, person: PersonFacts, claim: ClaimFacts, reasons: list[Reason]) -> None:
    if claim.event_date < rule.effective_from:
        raise Rejected(
            reason("rule.not_in_force", rule.article, event_date=claim.event_date, since=rule.effective_from)
        )
    deadline = filing_deadline(claim.event_date)
    if claim.filed_on > deadline:
        raise Rejected(
            reason("art42_4.filing_deadline_passed", filed_on=claim.filed_on, years=FILING_YEARS, deadline=deadline)
        )
    if rule.subject is not None and not claim.key:
        raise Rejected(reason("subject.required", rule.article, what=SUBJECT_FIELDS[rule.subject][1]))
    if person.entitlement != "entitled":
        text = person.entitlement_reason.strip()
        status = {"label": ENTITLEMENT_WORDS.get(person.entitlement, person.entitlement)}
        # issue #16: the explanation as reasons (shown in the reader's language), its English text for one
        # judged before entitlements explained themselves with codes
        explanation = list(person.entitlement_explanation) or (f" {text}" if text else "")
        raise Rejected(reason("art8.not_entitled", status=status, explanation=explanation))
    age = (
        age_in_year(person.birth_date, claim.event_date)
        if rule.age_in_year
        else age_on(person.birth_date, claim.event_date)
    )
    if rule.min_age is not None and age < rule.min_age:
        raise Rejected(reason("age.below_minimum", rule.article, min_age=rule.min_age, age=age))
    if rule.max_age is not None and age > rule.max_age:
        raise Rejected(reason("age.above_limit", rule.article, max_age=rule.max_age, age=age))
    if rule.requires_vt and not person.vt_on_january_first:
        raise Rejected(reason("vt.required", rule.article))
    missing = [e for e in rule.evidence if e not in claim.evidence]
    if missing:
        from benefits.facts import evidence_label  # facts reads this module's constants

        labels = [{"label": evidence_label(e)} for e in missing]  # in words, translated where shown (issue #16)
        raise Rejected(reason("evidence.missing", rule.article, missing=labels))
    for fact in rule.required_facts:
        if not claim.facts.get(fact):
            raise Rejected(reason("fact.required", rule.article, fact=fact.replace("_", " ")))
    for fact in rule.params.get("forbidden_facts", ()):
        if claim.facts.get(fact):
            raise Rejected(reason("fact.excluded", rule.article, fact=fact.replace("_", " ")))
    for fact, conditions in rule.params.get("facts_required_when", {}).items():
        for needed in conditions.get(str(claim.facts.get(fact)), ()):
            if not claim.facts.get(needed):
                raise Rejected(
                    reason(
                        "fact.required_when",
                        rule.article,
                        value=str(claim.facts.get(fact)),
                        fact=needed.replace("_", " "),
                    )
                )
    for fact, allowed in rule.allowed_values.items():
        value = claim.facts.get(fact)
        if value not in allowed:
            raise Rejected(
                reason("fact.value_not_covered", rule.article, fact=fact.replace("_", " "), value=repr(value))
            )
    if rule.excluded_if_compulsory and claim.compulsory_reimbursement > ZERO:
        raise Rejected(reason("compulsory.excluded", rule.article))
    if claim.quantity < 1:
        raise Rejected(reason("quantity.below_one", rule.article))


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
                    reason(
                        "cap.units_reduced",
                        rule.article,
                        cap=cap.describe(),
                        about=about,
                        used=used_units,
                        left=left,
                        unit=rule.unit,
                    )
                )
                units = left
                if unit_amount is not None:
                    payout = cents(unit_amount * units)
                if units == 0:
                    raise Rejected(
                        reason("cap.units_reached", rule.article, cap=cap.describe(), about=about, used=used_units)
                    )
        if cap.amount is not None:
            current = parts.get(cap.part, ZERO) if cap.part else payout
            left = max(ZERO, cap.amount - used_amount)
            if current > left:
                reasons.append(
                    reason(
                        "cap.amount_reduced", rule.article, cap=cap.describe(), about=about, used=used_amount, left=left
                    )
                )
                if cap.part:
                    payout -= current - left
                    parts = {**parts, cap.part: left}
                else:
                    payout = left
                    if unit_amount and units:
                        units = min(units, int(left // unit_amount)) or units
                if payout <= ZERO and not cap.part:
                    raise Rejected(
                        reason("cap.amount_reached", rule.article, cap=cap.describe(), about=about, used=used_amount)
                    )
    if rule.capped_at_paid and rule.calculation not in SERVICES:
        basis = _paid_basis(rule, claim)
        if payout > basis:
            reasons.append(reason("cap.price_paid", rule.article, basis=basis))
            payout = basis
    return cents(payout), units, parts


# --- calculators ----------------------------------------------------------------------------------


def _per_unit(rule, person, claim, history):
    amount = cents(Decimal(rule.unit_amount) * claim.quantity)
    return (
        amount,
        claim.quantity,
        {},
        [
            reason(
                "calc.per_unit",
                rule.article,
                unit_amount=rule.unit_amount,
                unit=rule.unit,
                quantity=claim.quantity,
                amount=amount,
            )
        ],
    )


def _percentage(rule, person, claim, history):
    basis = _paid_basis(rule, claim)
    amount = percent_of(basis, rule.percent)
    return (
        amount,
        claim.quantity,
        {},
        [reason("calc.percentage", rule.article, percent=rule.percent, basis=basis, amount=amount)],
    )


def _fixed(rule, person, claim, history):
    return cents(rule.fixed_amount), 1, {}, [reason("calc.fixed", rule.article, amount=rule.fixed_amount)]


def _refund(rule, person, claim, history):
    amount = cents(claim.amount_paid)
    return amount, 1, {}, [reason("calc.refund", rule.article, amount=amount)]


def _service(rule, person, claim, history):
    return (
        ZERO,
        claim.quantity,
        {},
        [reason("calc.service", rule.article, quantity=claim.quantity, unit=rule.unit)],
    )


def _orthodontics(rule, person, claim, history):
    """Art. 46: €175 per milestone of a treatment (placement; after 6, 12, …, 36 consultations;
    end). Without compulsory reimbursement, only one €175 after 6 months, for one treatment."""
    milestone = claim.facts.get("milestone")
    amount = Decimal(rule.params.get("milestone_amount", "175.00"))
    if not claim.facts.get("compulsory_reimbursed", True):
        if milestone != ORTHODONTICS_WITHOUT_COMPULSORY:
            raise Rejected(reason("orthodontics.without_compulsory_six_months_only", rule.article, amount=amount))
        if any(h.facts.get("milestone") == milestone for h in history):
            raise Rejected(reason("orthodontics.without_compulsory_already_paid", rule.article, amount=amount))
        return (
            cents(amount),
            1,
            {},
            [reason("orthodontics.without_compulsory", rule.article, amount=amount)],
        )
    milestones = tuple(rule.params.get("milestones", ()))
    if milestone not in milestones:
        raise Rejected(
            reason(
                "orthodontics.milestone_unknown",
                rule.article,
                milestone=repr(milestone),
                milestones=", ".join(milestones),
            )
        )
    if not claim.facts.get("requested_before_max_age", False):
        raise Rejected(reason("orthodontics.after_max_age", rule.article))
    if any(h.key == claim.key and h.facts.get("milestone") == milestone for h in history):
        raise Rejected(
            reason(
                "orthodontics.milestone_paid",
                rule.article,
                milestone=str(milestone),
                treatment=claim.subject_label or claim.key,
            )
        )
    return (
        cents(amount),
        1,
        {},
        [reason("orthodontics.milestone", rule.article, amount=amount, milestone=str(milestone))],
    )


def _transport(rule, person, claim, history):
    """Art. 55: percentage of the invoice (compulsory share included) with a maximum per trip, by
    situation and mode; own car €0.10/km (adults), max €25 per trip."""
    situation = str(claim.facts.get("situation", ""))
    mode = str(claim.facts.get("mode", ""))
    table = rule.params.get("table", {})
    row = table.get(situation, {}).get(mode)
    if row is None:
        raise Rejected(reason("transport.not_covered", rule.article, mode=repr(mode), situation=repr(situation)))
    maximum = Decimal(row["max"])
    if row.get("from") and claim.event_date < date.fromisoformat(row["from"]):
        # Art. 55: "Dit voordeel treedt naar aanleiding van de coronapandemie uitzonderlijk in op 1 april 2021."
        raise Rejected(
            reason(
                "transport.not_yet_covered",
                rule.article,
                situation=repr(situation),
                covered_from=date.fromisoformat(row["from"]),
                event_date=claim.event_date,
            )
        )
    if row.get("requires") and not claim.facts.get(row["requires"]):
        raise Rejected(reason("fact.required", rule.article, fact=row["requires"].replace("_", " ")))
    per = row.get("per", "trip")
    # the maximum per trip (or flight) is a per-claim cap: see _for_claim
    if "per_km" in row:
        if row.get("adults_only") and age_on(person.birth_date, claim.event_date) < 18:
            raise Rejected(reason("transport.own_adults_only", rule.article))
        km = int(claim.facts.get("km", claim.quantity))
        amount = cents(Decimal(row["per_km"]) * km)
        reasons = [
            reason(
                "transport.per_km",
                rule.article,
                situation=situation,
                mode=mode,
                per_km=row["per_km"],
                km=km,
                amount=amount,
                maximum=maximum,
                per=per,
            )
        ]
    else:
        amount = percent_of(cents(claim.amount_paid), Decimal(row["percent"]))
        reasons = [
            reason(
                "transport.percentage",
                rule.article,
                situation=situation,
                mode=mode,
                percent=row["percent"],
                paid=cents(claim.amount_paid),
                amount=amount,
                maximum=maximum,
                per=per,
            )
        ]
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
                reason("transport.vaccination_day_paid", rule.article, maximum=maximum, day=claim.event_date, used=used)
            )
        if used > ZERO and amount > left:
            reasons.append(
                reason(
                    "transport.vaccination_day_left",
                    rule.article,
                    maximum=maximum,
                    used=used,
                    day=claim.event_date,
                    left=left,
                )
            )
            amount = left
    return amount, 1, {}, reasons


def _age_bands(rule, person, claim, history):
    """Art. 51: one amount per age band, once in the band (age on the purchase date)."""
    age = age_on(person.birth_date, claim.event_date)
    for band in rule.params.get("bands", ()):
        if band["from"] <= age <= band["to"]:
            if any(band["from"] <= age_on(person.birth_date, h.event_date) <= band["to"] for h in history):
                raise Rejected(reason("age_band.already_paid", rule.article, from_age=band["from"], to_age=band["to"]))
            amount = Decimal(band["amount"])
            return (
                cents(amount),
                1,
                {},
                [
                    reason(
                        "age_band.amount",
                        rule.article,
                        amount=amount,
                        from_age=band["from"],
                        to_age=band["to"],
                        age=age,
                    )
                ],
            )
    raise Rejected(reason("age_band.outside", rule.article, age=age))


def _year_of_life(rule, person, claim, history):
    """Art. 45: "De tussenkomst bedraagt € 100 per levensjaar voor peuters tot hun 3de verjaardag.
    Het gaat per kind om een tegemoetkoming van maximum € 300 euro." The €100 of a year of life
    (age on the purchase date) is spread over as many invoices as the parents hand in for that
    year, each never more than paid; the €300 per child is a lifetime cap."""
    age = age_on(person.birth_date, claim.event_date)
    last = int(rule.params.get("until_age", 3))
    if age >= last:
        raise Rejected(reason("year_of_life.too_old", rule.article, last=last, age=age))
    amount = Decimal(rule.params.get("amount_per_year", "100.00"))
    used = sum((h.amount for h in history if age_on(person.birth_date, h.event_date) == age), ZERO)
    left = max(ZERO, amount - used)
    if left <= ZERO:
        raise Rejected(reason("year_of_life.already_paid", rule.article, amount=amount, year=age + 1, used=used))
    if used:
        why = reason("year_of_life.amount_left", rule.article, amount=amount, year=age + 1, used=used, left=left)
    else:
        why = reason("year_of_life.amount", rule.article, amount=amount, year=age + 1)
    return cents(left), 1, {}, [why]


def _glasses(rule, person, claim, history):
    """Art. 47: up to €50 for optical material, "maximaal éénmaal per kalenderjaar uitgekeerd ...
    en kan nooit hoger zijn dan het effectief betaalde bedrag"; "Daarbovenop ... om de 4 jaar tot
    € 50 extra ..., mits afgifte van het voorschrift van de oogarts" (the 4 years run from the first
    extra, Art. 42.5); not for zero diopter on both eyes. The yearly amount is one payout per
    calendar year, not a €50 budget: a second invoice in the same year gets no yearly part, even
    when the first payout was less than €50 (it may still get the extra every 4 years)."""
    if claim.facts.get("zero_diopter_both_eyes"):
        raise Rejected(reason("glasses.zero_diopter", rule.article))
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
        reasons = [reason("glasses.yearly_already_paid", rule.article, yearly=base_cap, paid_for=this_year[0])]
    else:
        base = min(base_cap, paid)
        reasons = [reason("glasses.yearly", rule.article, amount=base, yearly=base_cap)]
    extra = ZERO
    if claim.facts.get("ophthalmologist_prescription"):
        extras = [h.event_date for h in history if h.parts.get("extra", ZERO) > ZERO]
        if period_start(extra_years, extras, claim.event_date) is not None:
            reasons.append(reason("glasses.extra_too_soon", rule.article, extra=extra_cap, years=extra_years))
        else:
            # SPEC §2 says "plus €50 every 4 years"; Art. 47 says "tot € 50 extra" (up to €50), and the
            # statutes win: together with the yearly part never more than paid.
            extra = min(extra_cap, paid - base)
            reasons.append(reason("glasses.extra", rule.article, amount=extra, years=extra_years))
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
        raise Rejected(reason("convalescence.condition_this_year", rule.article, condition=condition))
    period = int(rule.params.get("period_nights", 7))
    approved = int(claim.facts.get("approved_periods", 0))
    nights = min(claim.quantity, approved * period)
    reasons = []
    if nights < claim.quantity:
        reasons.append(reason("convalescence.periods", rule.article, approved=approved, period=period, nights=nights))
    if nights <= 0:
        raise Rejected(reason("convalescence.no_period", rule.article, period=period))
    maximum = Decimal(rule.unit_amount)
    cost_per_night = cents(claim.amount_paid) / claim.quantity
    if cost_per_night <= ZERO:
        raise Rejected(reason("convalescence.no_stay_cost", rule.article, maximum=maximum))
    per_night = min(maximum, cost_per_night)
    amount = cents(per_night * nights)
    if per_night < maximum:
        reasons.append(
            reason(
                "convalescence.stay_cost",
                rule.article,
                maximum=maximum,
                paid=cents(claim.amount_paid),
                quantity=claim.quantity,
                amount=amount,
                nights=nights,
            )
        )
    else:
        reasons.append(reason("convalescence.per_night", rule.article, maximum=maximum, nights=nights, amount=amount))
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
        raise Rejected(
            reason("indication.unknown", rule.article, indication=repr(indication), indications=", ".join(indications))
        )
    for needed in spec.get("requires", ()):
        if not claim.facts.get(needed):
            raise Rejected(
                reason("fact.required_when", rule.article, value=str(indication), fact=needed.replace("_", " "))
            )
    for forbidden in spec.get("forbids", ()):
        if claim.facts.get(forbidden):
            raise Rejected(
                reason(
                    "indication.excluded", rule.article, indication=str(indication), fact=forbidden.replace("_", " ")
                )
            )
    specialties = spec.get("specialties")
    if specialties and claim.facts.get("specialty") not in specialties:
        raise Rejected(
            reason(
                "indication.specialty",
                rule.article,
                specialty=repr(claim.facts.get("specialty")),
                specialties=", ".join(specialties),
            )
        )


def _sick_child_care(rule, person, claim, history):
    """Art. 52: a free babysitter for an acutely ill child of 3 months to 12 years: at most 4
    consecutive working days (no weekends, no public holidays), 5 to 9 hours a day between 07:00
    and 18:00, at most 8 days per calendar year."""
    months = months_of_age(person.birth_date, claim.event_date)
    if months < 3 or age_on(person.birth_date, claim.event_date) > 12:
        raise Rejected(reason("sick_child.age", rule.article))
    days = [date.fromisoformat(d) if isinstance(d, str) else d for d in claim.facts.get("days", [])] or [
        claim.event_date
    ]
    days = sorted(set(days))
    closed = set(rule.params.get("closed_days", ()))
    for day in days:
        if day.weekday() >= 5 or day.isoformat() in closed or is_public_holiday(day):
            raise Rejected(reason("sick_child.not_working_day", rule.article, day=day))
    if len(days) > int(rule.params.get("max_consecutive_days", 4)) or not _consecutive_working_days(days, closed):
        raise Rejected(
            reason("sick_child.too_many_days", rule.article, days=int(rule.params.get("max_consecutive_days", 4)))
        )
    start, end = claim.facts.get("start_time", "07:00"), claim.facts.get("end_time", "16:00")
    hours = (_minutes(end) - _minutes(start)) / 60
    if _minutes(start) < _minutes("07:00") or _minutes(end) > _minutes("18:00") or not 5 <= hours <= 9:
        raise Rejected(reason("sick_child.hours", rule.article, start=str(start), end=str(end)))
    return (
        ZERO,
        len(days),
        {},
        [reason("sick_child.booked", rule.article, days=len(days), start=str(start), end=str(end))],
    )


def _maternity_help(rule, person, claim, history):
    """Art. 53: €5 per hour, at most 60 hours per child, from 30 days before to 90 days after
    the birth (or the child's discharge); maternity hotel or doula at most 20 hours per day."""
    birth = claim.facts.get("birth_date")
    if birth is None:
        raise Rejected(reason("maternity.birth_date_required", rule.article))
    birth = date.fromisoformat(birth) if isinstance(birth, str) else birth
    reference = claim.facts.get("discharge_date") or birth
    reference = date.fromisoformat(reference) if isinstance(reference, str) else reference
    if not birth - timedelta(days=30) <= claim.event_date <= reference + timedelta(days=90):
        raise Rejected(reason("maternity.outside_period", rule.article))
    hours = claim.quantity
    reasons = []
    if claim.facts.get("provider") in MATERNITY_PER_DAY_PROVIDERS:
        days = int(claim.facts.get("stay_days", 1))
        if hours > 20 * days:
            reasons.append(reason("maternity.hours_per_day", rule.article, hours=20 * days))
            hours = 20 * days
    amount = cents(Decimal(rule.unit_amount) * hours)
    reasons.append(reason("maternity.amount", rule.article, unit_amount=rule.unit_amount, hours=hours, amount=amount))
    return amount, hours, {}, reasons


def _youth(rule, person, claim, history):
    """Art. 58: €5 per day of a camp, class or playground; a youth-club membership or a school
    trip: flat, at most €30; disabled children (≥ 66 %): the price paid; always ≤ the price paid.
    The yearly cap (€120, or €250 for disabled children) is in the caps."""
    activity = claim.facts.get("activity", "camp")
    if claim.facts.get(KRUNSJ_FACT):
        raise Rejected(reason("youth.krunsj", rule.article, quote=KRUNSJ_QUOTE))
    paid = cents(claim.amount_paid)
    if person.disabled_66 or claim.facts.get("disabled_66"):
        return paid, 1, {}, [reason("youth.disabled", rule.article, paid=paid)]
    if activity in rule.params.get("flat_activities", ()):
        flat = Decimal(rule.params.get("flat_amount", "30.00"))
        amount = min(flat, paid)
        return (
            amount,
            1,
            {},
            [reason("youth.flat", rule.article, activity=activity.replace("_", " "), flat=flat, amount=amount)],
        )
    amount = cents(Decimal(rule.unit_amount) * claim.quantity)
    return (
        amount,
        claim.quantity,
        {},
        [reason("youth.per_day", rule.article, unit_amount=rule.unit_amount, quantity=claim.quantity, amount=amount)],
    )


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
                [
                    reason(
                        "age_rate.amount",
                        rule.article,
                        rate=rate,
                        unit=rule.unit,
                        age=age,
                        quantity=claim.quantity,
                        amount=amount,
                    )
                ],
            )
    raise Rejected(reason("age_rate.no_rate", rule.article, age=age))


def _by_option(rule, person, claim, history):
    """Art. 54 ergotherapy: the VAPH file advice is refunded in full; a home-adaptation advice €50."""
    fact = rule.params.get("fact", "option")
    option = rule.params.get("options", {}).get(claim.facts.get(fact))
    if option is None:
        raise Rejected(
            reason("option.unknown", rule.article, fact=str(fact), options=", ".join(rule.params.get("options", {})))
        )
    paid = cents(claim.amount_paid)
    if "percent" in option:
        amount = percent_of(paid, Decimal(option["percent"]))
        return (
            amount,
            1,
            {},
            [
                reason(
                    "option.percent",
                    rule.article,
                    option=str(claim.facts.get(fact)),
                    percent=option["percent"],
                    paid=paid,
                    amount=amount,
                )
            ],
        )
    amount = min(Decimal(option["fixed"]), paid)
    return (
        cents(amount),
        1,
        {},
        [reason("option.fixed", rule.article, option=str(claim.facts.get(fact)), fixed=option["fixed"], amount=amount)],
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
