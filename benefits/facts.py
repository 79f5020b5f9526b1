"""The facts of a claim, declared once beside the rules that read them (issue #14). Pure.

A claim's ``facts`` (``ClaimFacts.facts``) are what the clerk states about the care that the
statutes judge: the Art. 55 situation and mode, the Art. 49 indication, the Art. 58 activity, …
Each key is declared here once (``FACTS``): its kind, its article, a plain English help text and,
for a choice, where its values come from. The values always come from the rule version itself
(its ``allowed_values``, its ``params`` tables) or from a constant of ``benefits.rules``; never a
second list here. Which facts a benefit takes is read off its rule version (``facts_of``):
its calculation, its required, forbidden and conditional facts, its allowed values.

``validate_facts`` checks what comes in (API, admin, imports, judging again) against that
declaration; the serializer's schema and the admin's form fields are generated from it.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from benefits.rules import (
    KRUNSJ_FACT,
    MATERNITY_PER_DAY_PROVIDERS,
    ORTHODONTICS_WITHOUT_COMPULSORY,
    YOUTH_DAY_ACTIVITIES,
    Calculation,
    RuleSpec,
)


def gettext_noop(message: str) -> str:
    """Marks a label for ``makemessages`` (the admin translates it when shown): this module stays pure."""
    return message


#: The evidence a rule version asks for (``RuleSpec.evidence``), by code: what the clerk ticks, in words
#: (issue #16: labels, never codes, on a screen). English, translated where shown.
EVIDENCE = {
    "invoice": gettext_noop("invoice"),
    "attestation": gettext_noop("attestation"),
    "audiologist_invoice": gettext_noop("audiologist's invoice"),
    "certificate": gettext_noop("certificate"),
    "comfoplus_rent": gettext_noop("ComfoPlus rent invoice"),
    "dentist_attestation": gettext_noop("dentist's attestation"),
    "medical_certificate": gettext_noop("medical certificate"),
    "orthodontist_attestation": gettext_noop("orthodontist's attestation"),
    "payment_proof": gettext_noop("proof of payment"),
    "pharmacist_attestation": gettext_noop("pharmacist's attestation"),
    "podiatrist_invoice": gettext_noop("podiatrist's invoice"),
}


def evidence_label(code: str) -> str:
    """The English label of an evidence code (an unknown code in words: ``new_proof`` → "new proof")."""
    return EVIDENCE.get(code) or code.replace("_", " ")


class Kind(str, enum.Enum):
    BOOL = "bool"  # true / false (JSON booleans only)
    CHOICE = "choice"  # one value of the rule version's list
    INT = "int"  # a whole number within min..max
    DECIMAL = "decimal"  # a number with cents within min..max
    TEXT = "text"  # free text of at most max_length characters (pattern when given)
    DATE = "date"  # an ISO date (YYYY-MM-DD)
    DATES = "dates"  # a list of ISO dates, at most max_length of them


#: A date a fact states (a birth, a booked day) lies within this many days of the claim's event
#: (Art. 53: 30 days before to 90 days after a birth; Art. 52: consecutive days from the event):
#: anything further is a typing error.
DATE_FACT_DAYS = 366

Choices = Callable[[RuleSpec], Iterable[str]]


@dataclass(frozen=True)
class Fact:
    """One fact of a claim: what it is, its kind and bounds, the article that reads it."""

    key: str
    kind: Kind
    article: str
    help: str
    #: CHOICE: the values, read from the rule version (one place: its allowed_values or params)
    choices: Choices | None = None
    #: English labels of values whose code does not say it ("1" of Art. 55); others are the code in words
    labels: Mapping[str, str] = field(default_factory=dict)
    #: CHOICE: a value outside the list is not an input error but a claim for something the statutes
    #: do not cover, refused by the rule with its article (Art. 48: a vaccine that is not on the list)
    open_list: bool = False
    min: int | Decimal | None = None
    max: int | Decimal | None = None
    max_length: int | None = None
    pattern: str | None = None
    #: kept on the claim as a record, never judged (the name the pharmacy printed)
    record: bool = False

    def label(self, value: str) -> str:
        return self.labels.get(value) or value.replace("_", " ").capitalize()

    @property
    def name(self) -> str:
        """What the fact is called (English, translated where shown): ``FACT_NAMES``, else the key in words."""
        return FACT_NAMES.get(self.key) or self.key.replace("_", " ").capitalize()


def _allowed(key: str) -> Choices:
    return lambda rule: rule.allowed_values.get(key, ())


def _transport_situations(rule: RuleSpec) -> Iterable[str]:
    return rule.params.get("table", {}).keys()


def _transport_modes(rule: RuleSpec) -> Iterable[str]:
    return _unique(mode for row in rule.params.get("table", {}).values() for mode in row)


def _indications(rule: RuleSpec) -> Iterable[str]:
    return rule.params.get("indications", {}).keys()


def _specialties(rule: RuleSpec) -> Iterable[str]:
    return _unique(s for spec in rule.params.get("indications", {}).values() for s in spec.get("specialties", ()))


def _milestones(rule: RuleSpec) -> Iterable[str]:
    return (*rule.params.get("milestones", ()), ORTHODONTICS_WITHOUT_COMPULSORY)


def _options(rule: RuleSpec) -> Iterable[str]:
    return rule.params.get("options", {}).keys()


def _activities(rule: RuleSpec) -> Iterable[str]:
    return (*YOUTH_DAY_ACTIVITIES, *rule.params.get("flat_activities", ()))


def _kinds(rule: RuleSpec) -> Iterable[str]:
    return _unique((*rule.allowed_values.get("kind", ()), *rule.params.get("facts_required_when", {}).get("kind", {})))


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _bool(key: str, article: str, text: str) -> Fact:
    return Fact(key, Kind.BOOL, article, text)


_DECLARED = (
    # Art. 43
    _bool("compulsory_refused_or_exhausted", "Art. 43", "The compulsory insurance refused or exhausted the sessions."),
    # Art. 46
    Fact(
        "milestone",
        Kind.CHOICE,
        "Art. 46",
        "The milestone of the orthodontic treatment (175 € each).",
        choices=_milestones,
        labels={ORTHODONTICS_WITHOUT_COMPULSORY: gettext_noop("After 6 months, without compulsory reimbursement")},
    ),
    _bool("requested_before_max_age", "Art. 46", "The request was made before the compulsory insurance's maximum age."),
    _bool(
        "compulsory_reimbursed", "Art. 46", "The compulsory insurance reimburses the treatment (yes when not given)."
    ),
    Fact("treatment", Kind.CHOICE, "Art. 46", "The dental treatment.", choices=_allowed("treatment")),
    _bool("abroad", "Art. 46", "The care was given abroad (not covered)."),
    # Art. 47
    _bool(
        "ophthalmologist_prescription", "Art. 47", "An ophthalmologist's prescription (the extra 50 € every 4 years)."
    ),
    _bool("zero_diopter_both_eyes", "Art. 47", "Diopter 0 on both eyes (not covered)."),
    # Art. 48
    Fact(
        "product",
        Kind.CHOICE,
        "Art. 48",
        "The vaccine or antimalarial, an entry of the statutes' list; a name as the pharmacy printed it is "
        "recorded as its entry (“Vaxigrip Tetra” is “Vaxigrip (tetra)”), any other is refused.",
        choices=_allowed("product"),
        open_list=True,
        max_length=100,
    ),
    Fact(
        "printed_product",
        Kind.TEXT,
        "Art. 48",
        "The name as the pharmacy printed it, kept when it matched an entry of the list.",
        max_length=100,
        record=True,
    ),
    _bool("pandemic", "Art. 48", "Given in a pandemic (not covered)."),
    Fact("recognition", Kind.CHOICE, "Art. 48", "How the medical app is recognised.", choices=_allowed("recognition")),
    _bool("belgian_centre", "Art. 48", "The screening was done in a Belgian centre."),
    # Art. 49
    _bool("advisory_physician_approval", "Art. 49", "The advisory physician approved the stay."),
    Fact(
        "approved_periods",
        Kind.INT,
        "Art. 49",
        "Periods of 7 nights the advisory physician approved (28 nights a year at most).",
        min=0,
        max=4,
    ),
    Fact(
        "condition",
        Kind.TEXT,
        "Art. 49",
        "The condition the stay is for (once per condition per calendar year).",
        max_length=100,
    ),
    Fact("indication", Kind.CHOICE, "Art. 49", "The listed indication of the stay.", choices=_indications),
    Fact("specialty", Kind.CHOICE, "Art. 49", "Surgery: the surgeon's listed specialty.", choices=_specialties),
    _bool("relative_value_over_250", "Art. 49", "Surgery: relative value above K 250 or N 250."),
    _bool("pregnancy_or_fertility_treatment", "Art. 49", "Surgery for a pregnancy or a fertility treatment."),
    _bool("documented_by_treating_physician", "Art. 49", "E-pathology flare: documented by the treating doctor."),
    _bool("treated_by_psychiatrist", "Art. 49", "Depression or burn-out: treated by a psychiatrist."),
    _bool("needs_help_to_move_or_wash", "Art. 49", "Cannot move or wash without help (not covered)."),
    _bool(
        "needs_permanent_medical_care_or_bed_rest", "Art. 49", "Needs permanent medical care or bed rest (not covered)."
    ),
    _bool("contagious_disease", "Art. 49", "The disease is contagious (not covered)."),
    _bool("toxicomania", "Art. 49", "Toxicomania (not covered)."),
    _bool("severe_heart_decompensation", "Art. 49", "Severe heart decompensation (not covered)."),
    _bool(
        "aesthetic_surgery_without_compulsory", "Art. 49", "Aesthetic surgery without compulsory cover (not covered)."
    ),
    _bool(
        "psychiatric_disorder_other_than_mood", "Art. 49", "A psychiatric disorder other than depression or burn-out."
    ),
    # Art. 50
    _bool("recognised_centre", "Art. 50", "A recognised centre or service (annex 2, 2bis)."),
    # Art. 52
    Fact(
        "days",
        Kind.DATES,
        "Art. 52",
        "The booked days of babysitting: consecutive working days (the event date when not given).",
        max_length=31,
    ),
    Fact("start_time", Kind.TEXT, "Art. 52", "Start of the babysitting, HH:MM (07:00 when not given).", pattern="time"),
    Fact("end_time", Kind.TEXT, "Art. 52", "End of the babysitting, HH:MM (16:00 when not given).", pattern="time"),
    # Art. 53
    Fact(
        "birth_date",
        Kind.DATE,
        "Art. 53",
        "The birth date, when the child is not a member yet (else the child's, or the expected date).",
    ),
    Fact("discharge_date", Kind.DATE, "Art. 53", "The child's discharge from the maternity, if later than the birth."),
    Fact(
        "provider",
        Kind.CHOICE,
        "Art. 53",
        "A maternity hotel or a doula (20 hours per day at most); empty for other maternity help.",
        choices=lambda rule: MATERNITY_PER_DAY_PROVIDERS,
    ),
    Fact(
        "stay_days",
        Kind.INT,
        "Art. 53",
        "Maternity hotel or doula: days of the stay (1 when not given).",
        min=1,
        max=120,
    ),
    # Art. 54
    Fact("advice", Kind.CHOICE, "Art. 54", "The kind of occupational therapy advice.", choices=_options),
    # Art. 55
    Fact(
        "situation",
        Kind.CHOICE,
        "Art. 55",
        "The situation of the transport.",
        choices=_transport_situations,
        labels={
            "1": gettext_noop("1 — admission or discharge"),
            "2": gettext_noop("2 — transfer between hospitals"),
            "3": gettext_noop("3 — ambulant hospital care"),
            "4": gettext_noop("4 — dialysis"),
            "5": gettext_noop("5 — radiotherapy or chemotherapy"),
            "vaccination": gettext_noop("Vaccination centre"),
        },
    ),
    Fact(
        "mode",
        Kind.CHOICE,
        "Art. 55",
        "The means of transport.",
        choices=_transport_modes,
        labels={"klinimobiel": "Klinimobiel"},
    ),
    Fact(
        "km", Kind.INT, "Art. 55", "Own car: kilometres of the trip (the quantity when not given).", min=1, max=10_000
    ),
    _bool(
        "unable_to_drive_certificate",
        "Art. 55",
        "Situation 3 by own car: a certificate that the patient could not drive.",
    ),
    # Art. 57
    Fact("kind", Kind.CHOICE, "Art. 57", "Birth, adoption or foster care.", choices=_kinds),
    _bool("child_minor", "Art. 57", "The adopted or fostered child is a minor."),
    _bool("long_term", "Art. 57", "Long-term foster care."),
    # Art. 58
    Fact("activity", Kind.CHOICE, "Art. 58", "The activity (a camp when not given).", choices=_activities),
    _bool(
        KRUNSJ_FACT,
        "Art. 58",
        "A holiday of vzw Krunsj (“uitgezonderd de vakanties van Krunsj”: not covered); stated either way "
        "for a camp, class or playground.",
    ),
    _bool("disabled_66", "Art. 58", "The child has an incapacity of at least 66 %."),
    # Art. 59
    _bool("listed_sport", "Art. 59", "One of the statutes' sports."),
    # Art. 60
    _bool("prescribed", "Art. 60", "Prescribed by a recognised doctor or homeopath."),
    _bool("dilution_10000_oral", "Art. 60", "A dilution of at least 10,000, for oral use."),
    Fact("practice", Kind.CHOICE, "Art. 60", "The alternative practice.", choices=_allowed("practice")),
)

#: Every fact of a claim, by key: one declaration each.
FACTS: Mapping[str, Fact] = {f.key: f for f in _DECLARED}

#: What each fact is called on a screen (issue #16: a label, never the key). English, translated where shown.
FACT_NAMES: Mapping[str, str] = {
    "compulsory_refused_or_exhausted": gettext_noop("Compulsory refused or exhausted"),
    "milestone": gettext_noop("Milestone"),
    "requested_before_max_age": gettext_noop("Requested before max age"),
    "compulsory_reimbursed": gettext_noop("Compulsory reimbursed"),
    "treatment": gettext_noop("Treatment"),
    "abroad": gettext_noop("Abroad"),
    "ophthalmologist_prescription": gettext_noop("Ophthalmologist prescription"),
    "zero_diopter_both_eyes": gettext_noop("Zero diopter both eyes"),
    "product": gettext_noop("Product"),
    "printed_product": gettext_noop("Printed product"),
    "pandemic": gettext_noop("Pandemic"),
    "recognition": gettext_noop("Recognition"),
    "belgian_centre": gettext_noop("Belgian centre"),
    "advisory_physician_approval": gettext_noop("Advisory physician approval"),
    "approved_periods": gettext_noop("Approved periods"),
    "condition": gettext_noop("Condition"),
    "indication": gettext_noop("Indication"),
    "specialty": gettext_noop("Specialty"),
    "relative_value_over_250": gettext_noop("Relative value over 250"),
    "pregnancy_or_fertility_treatment": gettext_noop("Pregnancy or fertility treatment"),
    "documented_by_treating_physician": gettext_noop("Documented by treating physician"),
    "treated_by_psychiatrist": gettext_noop("Treated by psychiatrist"),
    "needs_help_to_move_or_wash": gettext_noop("Needs help to move or wash"),
    "needs_permanent_medical_care_or_bed_rest": gettext_noop("Needs permanent medical care or bed rest"),
    "contagious_disease": gettext_noop("Contagious disease"),
    "toxicomania": gettext_noop("Toxicomania"),
    "severe_heart_decompensation": gettext_noop("Severe heart decompensation"),
    "aesthetic_surgery_without_compulsory": gettext_noop("Aesthetic surgery without compulsory"),
    "psychiatric_disorder_other_than_mood": gettext_noop("Psychiatric disorder other than mood"),
    "recognised_centre": gettext_noop("Recognised centre"),
    "days": gettext_noop("Days"),
    "start_time": gettext_noop("Start time"),
    "end_time": gettext_noop("End time"),
    "birth_date": gettext_noop("Birth date"),
    "discharge_date": gettext_noop("Discharge date"),
    "provider": gettext_noop("Provider"),
    "stay_days": gettext_noop("Stay days"),
    "advice": gettext_noop("Advice"),
    "situation": gettext_noop("Situation"),
    "mode": gettext_noop("Mode"),
    "km": gettext_noop("Km"),
    "unable_to_drive_certificate": gettext_noop("Unable to drive certificate"),
    "kind": gettext_noop("Kind"),
    "child_minor": gettext_noop("Child minor"),
    "long_term": gettext_noop("Long term"),
    "activity": gettext_noop("Activity"),
    "krunsj_holiday": gettext_noop("Krunsj holiday"),
    "disabled_66": gettext_noop("Disabled 66"),
    "listed_sport": gettext_noop("Listed sport"),
    "prescribed": gettext_noop("Prescribed"),
    "dilution_10000_oral": gettext_noop("Dilution 10000 oral"),
    "practice": gettext_noop("Practice"),
}

#: The facts a calculation reads whatever its parameters, and whether the rule cannot judge without them.
CALCULATION_FACTS: Mapping[Calculation, tuple[tuple[str, bool], ...]] = {
    Calculation.ORTHODONTICS: (
        ("milestone", True),
        ("requested_before_max_age", False),
        ("compulsory_reimbursed", False),
    ),
    Calculation.TRANSPORT: (("situation", True), ("mode", True), ("km", False)),
    Calculation.GLASSES: (("ophthalmologist_prescription", False), ("zero_diopter_both_eyes", False)),
    Calculation.NIGHT_PERIODS: (("indication", True), ("approved_periods", True), ("condition", False)),
    Calculation.SICK_CHILD_CARE: (("days", False), ("start_time", False), ("end_time", False)),
    Calculation.MATERNITY_HELP: (
        ("birth_date", False),
        ("discharge_date", False),
        ("provider", False),
        ("stay_days", False),
    ),
    Calculation.YOUTH: (("activity", False), (KRUNSJ_FACT, False), ("disabled_66", False)),
}

#: Facts that come with another: the vaccine's printed name is kept beside its list entry.
COMPANIONS: Mapping[str, tuple[str, ...]] = {"product": ("printed_product",)}


@dataclass(frozen=True)
class Taken:
    """A fact a benefit's rule version takes: required when the rule cannot grant without it."""

    fact: Fact
    required: bool
    choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.fact.key


def facts_of(rule: RuleSpec) -> tuple[Taken, ...]:
    """The facts ``rule`` reads, in the order a clerk fills them in, read off the rule version."""
    wanted: dict[str, bool] = {}

    def take(key: str, required: bool = False) -> None:
        wanted[key] = wanted.get(key, False) or required
        for companion in COMPANIONS.get(key, ()):
            wanted.setdefault(companion, False)

    for key, required in CALCULATION_FACTS.get(rule.calculation, ()):
        take(key, required)
    if rule.calculation is Calculation.BY_OPTION:
        take(str(rule.params.get("fact", "option")), True)
    for row in rule.params.get("table", {}).values():  # Art. 55: a mode that needs a certificate
        for mode in row.values():
            if mode.get("requires"):
                take(mode["requires"])
    for indication in rule.params.get("indications", {}).values():  # Art. 49
        for key in (*indication.get("requires", ()), *indication.get("forbids", ())):
            take(key)
        if indication.get("specialties"):
            take("specialty")
    for key in rule.allowed_values:
        take(key, True)
    for key in rule.required_facts:
        take(key, True)
    for key in rule.params.get("forbidden_facts", ()):
        take(key)
    for key, conditions in rule.params.get("facts_required_when", {}).items():
        take(key)
        for needed in conditions.values():
            for other in needed:
                take(other)
    return tuple(
        Taken(FACTS[key], required, _choices(FACTS[key], rule)) for key, required in wanted.items() if key in FACTS
    ) + tuple(Taken(_undeclared(key), required) for key, required in wanted.items() if key not in FACTS)


def _choices(fact: Fact, rule: RuleSpec) -> tuple[str, ...]:
    return tuple(str(v) for v in fact.choices(rule)) if fact.kind is Kind.CHOICE and fact.choices else ()


def _undeclared(key: str) -> Fact:
    """A fact a manager's rule version names that no declaration knows (a new required fact):
    taken as a yes/no condition, so the version still works until it is declared here."""
    return Fact(key, Kind.BOOL, "", key.replace("_", " ").capitalize() + ".")


def all_choices(key: str, rules: Iterable[RuleSpec]) -> tuple[str, ...]:
    """The values of a choice fact over several benefits (the schema's enum, the admin's list)."""
    return _unique(v for rule in rules for taken in facts_of(rule) if taken.key == key for v in taken.choices)


def users(key: str, rules: Iterable[RuleSpec]) -> tuple[str, ...]:
    """The codes of the benefits that take ``key``."""
    return _unique(rule.code for rule in rules if any(t.key == key for t in facts_of(rule)))


def users_and_choices(rules: Iterable[RuleSpec]) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """``users`` and ``all_choices`` of every fact at once, each rule read once (issue #18: the claim
    form asks them for its 66 fields): {key: benefit codes}, {key: values}, in the same order."""
    codes: dict[str, dict[str, None]] = {}
    values: dict[str, dict[str, None]] = {}
    for rule in rules:
        for taken in facts_of(rule):
            codes.setdefault(taken.key, {})[rule.code] = None
            values.setdefault(taken.key, {}).update(dict.fromkeys(taken.choices))
    return {k: tuple(v) for k, v in codes.items()}, {k: tuple(v) for k, v in values.items()}


# --- checking what comes in ----------------------------------------------------------------------------


class FactErrors(ValueError):
    """Bad facts, by key: each message names the fact, the rule it breaks and the article."""

    def __init__(self, problems: Mapping[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = dict(problems)


TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def validate_facts(rule: RuleSpec, facts: Mapping, event_date: date | None = None) -> dict:
    """The facts of a claim for ``rule``, checked and normalised (situation 1 → "1", "3" km → 3, a date
    → its ISO text). An unknown key for this benefit, a value of the wrong kind or outside its list
    or bounds raises ``FactErrors``. Whether a condition is met (a required fact true, a forbidden one
    false, a combination covered) is not checked here: the rule judges it and gives its reason."""
    if not isinstance(facts, Mapping):
        raise FactErrors({"facts": f"{rule.article}: the facts are an object of key: value."})
    taken = {t.key: t for t in facts_of(rule)}
    problems: dict[str, str] = {}
    clean: dict = {}
    for key, value in facts.items():
        if key not in taken:
            names = ", ".join(sorted(taken)) or "none"
            problems[str(key)] = f"{rule.article}: {rule.code} takes no fact {key!r} (it takes: {names})."
            continue
        try:
            clean[key] = _value(taken[key], value, rule, event_date)
        except ValueError as exc:
            problems[key] = str(exc)
    if problems:
        raise FactErrors(problems)
    return clean


def _value(taken: Taken, value, rule: RuleSpec, event_date: date | None):
    fact = taken.fact
    article = fact.article or rule.article
    name = fact.key.replace("_", " ")
    if fact.kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise ValueError(f"{article}: {name} is true or false, not {value!r}.")
        return value
    if fact.kind is Kind.CHOICE:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # Art. 55 situation 1 is "1"
        if not isinstance(value, str):
            raise ValueError(f"{article}: {name} is one of the listed values, not {value!r}.")
        if fact.open_list:
            return _text(fact, value, article, name)
        if value not in taken.choices:
            raise ValueError(f"{article}: {name} {value!r} is not one of {', '.join(taken.choices)}.")
        return value
    if fact.kind is Kind.INT:
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError(f"{article}: {name} is a whole number, not {value!r}.")
        _bounded(fact, value, article, name)
        return value
    if fact.kind is Kind.DECIMAL:
        try:
            number = Decimal(str(value)) if not isinstance(value, bool) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise ValueError(f"{article}: {name} is a number, not {value!r}.")
        _bounded(fact, number, article, name)
        return str(number)
    if fact.kind is Kind.TEXT:
        if not isinstance(value, str):
            raise ValueError(f"{article}: {name} is text, not {value!r}.")
        return _text(fact, value, article, name)
    if fact.kind is Kind.DATE:
        return _date(value, article, name, event_date).isoformat()
    if fact.kind is Kind.DATES:
        if not isinstance(value, (list, tuple)) or not value:
            raise ValueError(f"{article}: {name} is a list of dates (YYYY-MM-DD), not {value!r}.")
        if fact.max_length is not None and len(value) > fact.max_length:
            raise ValueError(f"{article}: {name}: at most {fact.max_length} dates.")
        return [_date(v, article, name, event_date).isoformat() for v in value]
    raise ValueError(f"{article}: {name}: unknown kind {fact.kind}.")  # pragma: no cover


def _text(fact: Fact, value: str, article: str, name: str) -> str:
    value = value.strip()
    if fact.max_length is not None and len(value) > fact.max_length:
        raise ValueError(f"{article}: {name} is at most {fact.max_length} characters.")
    if fact.pattern == "time" and not TIME.match(value):
        raise ValueError(f"{article}: {name} is a time HH:MM, not {value!r}.")
    return value


def _bounded(fact: Fact, value, article: str, name: str) -> None:
    if (fact.min is not None and value < fact.min) or (fact.max is not None and value > fact.max):
        raise ValueError(f"{article}: {name} is from {fact.min} to {fact.max}, not {value}.")


def _date(value, article: str, name: str, event_date: date | None) -> date:
    day: date | None = value if isinstance(value, date) else None
    if day is None and isinstance(value, str) and len(value) == 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            day = None
    if day is None:
        raise ValueError(f"{article}: {name} is a date YYYY-MM-DD, not {value!r}.")
    if event_date is not None and abs(day - event_date) > timedelta(days=DATE_FACT_DAYS):
        raise ValueError(
            f"{article}: {name} {day:%d/%m/%Y} is more than {DATE_FACT_DAYS} days from the event ({event_date:%d/%m/%Y})."
        )
    return day
