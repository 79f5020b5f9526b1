"""The plan of a generated population: what is drawn, with which weights (pure).

No database here: the distributions both paths read (the PostgreSQL path turns them into SQL draws
from ``hashint8extended``, the Python path draws with ``random.Random(seed)``), the run's options,
and the Python draws of one household — its members, its contribution months and its payment
groups — a pure function of the seeded random generator, so the same seed gives the same plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from core.months import Month
from devtools.population.names import CITIES, FIRST_NAMES, LAST_NAMES, STREETS


class GenerationError(ValueError):
    """A run that cannot be generated (bad options, no serial left, a table pricing nothing)."""


# --- Distributions (the one place to change them; both paths read these) ------------------------

REGIONS = (("flanders", 60), ("brussels", 15), ("wallonia", 22), ("abroad", 3))
#: Household size (titular + dependents): 45 % single.
HOUSEHOLD_SIZES = ((1, 45), (2, 25), (3, 13), (4, 12), (5, 5))
#: Share of households of that size whose first dependent is a partner (else a child).
PARTNER_SHARE = {2: 0.70, 3: 0.75, 4: 0.75, 5: 0.75}
#: Titulars this old have at most a partner as dependent.
ELDERLY_AGE = 70
LANGUAGES = ("nl", "fr", "other")
LANGUAGE_BY_REGION = {
    "flanders": (("nl", 86), ("fr", 4), ("other", 10)),
    "brussels": (("nl", 20), ("fr", 50), ("other", 30)),
    "wallonia": (("nl", 3), ("fr", 87), ("other", 10)),
    "abroad": (("nl", 35), ("fr", 35), ("other", 30)),
}
PARTNER_SAME_LANGUAGE = 0.80
PARTNER_OPPOSITE_GENDER = 0.95
FUND_STAFF_SHARE = 0.001
BEHAVIOURS = (("punctual", 85), ("late", 10), ("arrears", 4), ("long_arrears", 1))
#: Punctual and late payers pay per year, quarter or month (months per payment); arrears monthly.
PAYMENT_MODES = ((12, 55), (3, 30), (1, 15))
#: Late payers: share of their payments made after the payment group's first month, and when:
#: 31–120 days after the group's first day (the months of the group that ended before are late).
#: A late payment that would fall after the generation day was made on time instead: late payers
#: have settled late months, open arrears are the "arrears" households'.
LATE_GROUP_SHARE = 0.5
LATE_DELAY_DAYS = (31, 120)
#: Open arrears: the last 1–6 months unpaid; long arrears: the last 25–36 months unpaid (suspended
#: since 2021: Art. 8 §4 revocation is no longer acquired).
ARREARS_MONTHS = (1, 6)
LONG_ARREARS_MONTHS = (25, 36)
FIRST_AFFILIATION = Month(1990, 1)
ADULT_AGE = 18
#: Nobody in the data is born in the last month: their affiliation month has started.
MIN_AGE_DAYS = 30
BEHAVIOUR_CODES = {name: code for code, (name, _w) in enumerate(BEHAVIOURS)}
PUNCTUAL, LATE, ARREARS, LONG_ARREARS = (BEHAVIOUR_CODES[n] for n in ("punctual", "late", "arrears", "long_arrears"))


def weights(pairs):
    """(values, probabilities) of (value, weight) pairs."""
    total = sum(weight for _value, weight in pairs)
    return [value for value, _w in pairs], [weight / total for _value, weight in pairs]


@dataclass(frozen=True)
class MonthPrice:
    """A generated month: the table in force and its monthly amount (``rules.monthly_amount``)."""

    index: int  # Month.index
    table_id: int
    amount: Decimal

    @property
    def month(self) -> Month:
        return Month.from_index(self.index)


@dataclass(frozen=True)
class Options:
    """What to generate: how many households, the contribution months, the seed and "today"."""

    households: int
    seed: int
    start: Month
    through: Month
    as_of: date

    @property
    def current(self) -> Month:
        return Month.of(self.as_of)


# --- One household, drawn in Python (the PostgreSQL path draws the same in SQL) ---------------------


@dataclass(frozen=True)
class PersonPlan:
    """One member of a planned household (months as ``Month.index``)."""

    kind: int  # 0 titular, 1 partner, 2 child
    gender: str
    birth: date
    affiliation: int  # month index
    first_name: str
    last_name: str
    is_fund_staff: bool


@dataclass
class HouseholdPlan:
    """The draws of one household (months as ``Month.index``)."""

    region: str
    language: str
    size: int
    has_partner: bool
    behaviour: int
    pay_mode: int
    pay_day: int
    titular_age: int
    titular_gender: str
    titular_birth: date
    affiliation: int  # month index
    first: int
    last: int
    open_from: int
    street: str = ""
    postal_code: str = ""
    city: str = ""
    people: list[PersonPlan] = field(default_factory=list)

    @property
    def dues(self) -> int:
        """Contribution months booked: one per month from ``first`` through ``last``."""
        return max(0, self.last - self.first + 1)

    @property
    def payment_groups(self) -> int:
        """Payment groups (years, quarters or months) the dues fall in; paid ones get a payment."""
        return self.last // self.pay_mode - self.first // self.pay_mode + 1 if self.last >= self.first else 0

    def group_start(self, month: int) -> int:
        """The first generated month of the payment group of ``month``."""
        return max(month // self.pay_mode * self.pay_mode, self.first)


def tally(plans: list[HouseholdPlan]) -> dict[str, dict[str, int]]:
    """Per payment profile (``BEHAVIOURS``): households, members, dues and payment groups planned."""
    names = {code: name for name, code in BEHAVIOUR_CODES.items()}
    counts = {name: dict.fromkeys(("households", "members", "dues", "payment_groups"), 0) for name, _w in BEHAVIOURS}
    for plan in plans:
        row = counts[names[plan.behaviour]]
        row["households"] += 1
        row["members"] += plan.size
        row["dues"] += plan.dues
        row["payment_groups"] += plan.payment_groups
    return counts


class Planner:
    """Draws households one after the other from ``random.Random(options.seed)``."""

    def __init__(self, options: Options):
        self.s = options
        self.rng = random.Random(options.seed)

    def choose(self, pairs):
        values, probabilities = weights(pairs)
        return self.rng.choices(values, probabilities)[0]

    def birth_date(self, age: int) -> date:
        """Someone ``age`` years old on the generation day, born at least a month ago."""
        day = self.s.as_of
        try:
            anniversary = day.replace(year=day.year - age)
        except ValueError:  # 29 February
            anniversary = day.replace(year=day.year - age, day=28)
        return anniversary - timedelta(days=MIN_AGE_DAYS + int(self.rng.random() * 335))

    def household(self) -> HouseholdPlan:
        """Draw one household, its address and its members (in this order: the seed decides all)."""
        plan = self.draws()
        rng = self.rng
        plan.street = f"{rng.choice(STREETS[plan.region])} {rng.randint(1, 180)}"
        plan.postal_code, plan.city = rng.choice(CITIES[plan.region])
        plan.people = self.people(plan)
        return plan

    def draws(self) -> HouseholdPlan:
        """The household's own draws (the Python twin of ``PostgresGenerator.create_household_plan``)."""
        s, rng = self.s, self.rng
        region = self.choose(REGIONS)
        size = self.choose(HOUSEHOLD_SIZES)
        behaviour = BEHAVIOUR_CODES[self.choose(BEHAVIOURS)]
        pay_mode = self.choose(PAYMENT_MODES) if behaviour in (PUNCTUAL, LATE) else 1
        draw = rng.random()
        age = ADULT_AGE + int(draw / 0.88 * 62) if draw < 0.88 else 80 + int((draw - 0.88) / 0.12 * 18)
        birth = self.birth_date(age)
        if age >= ELDERLY_AGE:
            size = min(size, 2)
        has_partner = size > 1 and rng.random() < PARTNER_SHARE[size]
        lower = max(FIRST_AFFILIATION.index, Month.of(birth).index + ADULT_AGE * 12 + 1)
        upper = min(s.current.index, s.start.index) if behaviour == LONG_ARREARS else s.current.index
        affiliation = min(s.current.index, lower + int(rng.random() * max(1, upper - lower + 1)))
        first, last = max(affiliation, s.start.index), s.through.index
        open_from = last + 1
        if behaviour in (ARREARS, LONG_ARREARS):
            low, high = ARREARS_MONTHS if behaviour == ARREARS else LONG_ARREARS_MONTHS
            open_from = max(first, last + 1 - rng.randint(low, high))
        return HouseholdPlan(
            region=region,
            language=self.choose(LANGUAGE_BY_REGION[region]),
            size=size,
            has_partner=has_partner,
            behaviour=behaviour,
            pay_mode=pay_mode,
            pay_day=rng.randint(1, 28),
            titular_age=age,
            titular_gender=rng.choice("MF"),
            titular_birth=birth,
            affiliation=affiliation,
            first=first,
            last=last,
            open_from=open_from,
        )

    def people(self, plan: HouseholdPlan) -> list[PersonPlan]:
        """The titular, a partner or not, children: genders, birth dates, affiliations and names."""
        s, rng = self.s, self.rng
        family_name = rng.choice(LAST_NAMES[plan.language])
        people = []
        for k in range(plan.size):
            kind = 0 if k == 0 else 1 if k == 1 and plan.has_partner else 2
            language, last_name = plan.language, family_name
            if kind == 0:
                gender, birth, start = plan.titular_gender, plan.titular_birth, plan.affiliation
            elif kind == 1:
                opposite = "F" if plan.titular_gender == "M" else "M"
                gender = opposite if rng.random() < PARTNER_OPPOSITE_GENDER else plan.titular_gender
                birth = self.birth_date(max(ADULT_AGE, plan.titular_age - 5 + rng.randint(0, 10)))
                start = min(s.current.index, max(plan.affiliation, Month.of(birth).index + ADULT_AGE * 12 + 1))
                if rng.random() >= PARTNER_SAME_LANGUAGE:
                    language = rng.choice(LANGUAGES)
                last_name = rng.choice(LAST_NAMES[language])
            else:
                gender = rng.choice("MF")
                birth = self.birth_date(int(rng.random() * min(25, plan.titular_age - ADULT_AGE + 1)))
                start = min(s.current.index, max(plan.affiliation, Month.of(birth).index + 1))
            people.append(
                PersonPlan(
                    kind=kind,
                    gender=gender,
                    birth=birth,
                    affiliation=start,
                    first_name=rng.choice(FIRST_NAMES[(language, gender)]),
                    last_name=last_name,
                    is_fund_staff=kind < 2 and rng.random() < FUND_STAFF_SHARE,
                )
            )
        return people

    def paid_on(self, plan: HouseholdPlan, group_start: int) -> date | None:
        """The Python twin of ``PostgresGenerator.paid_on``: when the group's payment is made."""
        day = Month.from_index(group_start).first_day
        if plan.behaviour == LATE and self.rng.random() < LATE_GROUP_SHARE:
            late = day + timedelta(days=self.rng.randint(*LATE_DELAY_DAYS))
            if late <= self.s.as_of:
                return late
        if group_start > self.s.current.index:
            return None
        return min(day + timedelta(days=plan.pay_day - 1), self.s.as_of)
