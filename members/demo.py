"""A realistic demo population: Belgian names, valid national numbers, households with dependents
and three years of contribution history, with every entitlement status (Art. 8) represented.

Written through the services (so the audit trail and the rules apply as for a clerk).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from core.months import Month, month_range
from members import rules, services
from members.models import Gender, HardshipKind, HardshipSituation, Household, IncreasedReimbursementPeriod, Role

FIRST_NAMES_M = [
    "Lucas",
    "Noah",
    "Arthur",
    "Louis",
    "Liam",
    "Jules",
    "Victor",
    "Adam",
    "Finn",
    "Mathis",
    "Wout",
    "Thomas",
    "Pieter",
    "Jan",
    "Koen",
    "Bart",
    "Didier",
    "Mehdi",
    "Youssef",
    "Luc",
    "Marc",
    "Dirk",
]
FIRST_NAMES_F = [
    "Emma",
    "Olivia",
    "Louise",
    "Mila",
    "Elena",
    "Marie",
    "Lina",
    "Nora",
    "Julie",
    "Fien",
    "Camille",
    "Sofie",
    "An",
    "Els",
    "Lotte",
    "Sarah",
    "Inès",
    "Fatima",
    "Anouk",
    "Hanne",
    "Chloé",
    "Ine",
]
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Vermeulen",
    "Van den Broeck",
    "Hermans",
    "Aerts",
    "Dewulf",
    "Desmet",
    "Leclercq",
    "El Amrani",
    "Van Damme",
    "Pauwels",
    "Verstraete",
]
PLACES = [
    ("2000", "Antwerpen", "flanders"),
    ("9000", "Gent", "flanders"),
    ("3000", "Leuven", "flanders"),
    ("8000", "Brugge", "flanders"),
    ("3500", "Hasselt", "flanders"),
    ("2800", "Mechelen", "flanders"),
    ("1000", "Brussel", "brussels"),
    ("1030", "Schaarbeek", "brussels"),
    ("4000", "Liège", "wallonia"),
    ("5000", "Namur", "wallonia"),
    ("6000", "Charleroi", "wallonia"),
]
STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Molenstraat",
    "Rue de la Gare",
    "Nieuwstraat",
]


BANKS = (1, 96, 63, 310, 363, 732)  # bank codes of the Belgian IBAN registry (BNP, Belfius, KBC, ING …)


def belgian_iban(bank: int, account: int) -> str:
    """A valid Belgian IBAN: bank code + account + the account's mod-97 digits, then the IBAN's own."""
    from stdnum import iban

    first = f"{bank:03d}{account:07d}"
    bban = first + f"{int(first) % 97 or 97:02d}"
    return "BE" + iban.calc_check_digits("BE00" + bban) + bban


@dataclass
class Profile:
    """How a demo household pays its contributions."""

    name: str
    weight: int


PROFILES = [
    Profile("yearly", 30),  # pays every January for the year
    Profile("quarterly", 25),
    Profile("monthly", 20),
    Profile("late_payer", 8),  # pays months late, but pays
    Profile("recent_arrears", 7),  # stopped paying 4 months ago → suspended
    # Art. 8 §4: nobody acquires the revoked status from 1 January 2021 on, so 25+ unpaid months suspend
    Profile("long_arrears", 3),  # 28 months unpaid → suspended (not revoked)
    Profile("caught_up", 2),  # 26 months unpaid, then paid the 24-month window late → entitled at once
    Profile("exempt", 2),  # Art. 42.3 exemption
    Profile("new_member", 3),  # affiliated this year
]
#: Issue #15: households the arrears reminders are about (seeded apart, after the weighted population, so
#: the population above stays as it was): in order for years, then the last month(s) unpaid — still
#: entitled by the presumption of Art. 8 §2 1°, suspended if nothing is paid (Art. 8 §3).
REMINDER_PROFILES = [
    Profile("reminder_first", 0),  # last month unpaid → the first reminder
    Profile("reminder_second", 0),  # the two last months unpaid → the second reminder, before suspension
]


class DemoBuilder:
    def __init__(self, today: date, seed: int = 2026):
        self.today = today
        self.rng = random.Random(seed)
        self.serial = 1
        self.used = set()
        self.history_start = Month.of(today) - 35

    def person(self, birth: date, gender: str) -> str:
        while True:
            number = rules.national_number_for(birth, gender, self.rng.randrange(1, 997) // 2)
            if number not in self.used:
                self.used.add(number)
                return number

    def birth(self, age_from: int, age_to: int) -> date:
        year = self.today.year - self.rng.randint(age_from, age_to)
        return date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def household(self, profile: Profile) -> Household:
        rng = self.rng
        postal, city, region = rng.choice(PLACES)
        household = services.household_create(
            street=f"{rng.choice(STREETS)} {rng.randint(1, 180)}", postal_code=postal, city=city, region=region
        )
        last = rng.choice(LAST_NAMES)
        gender = rng.choice([Gender.MALE, Gender.FEMALE])
        if profile.name == "new_member":
            start = (Month.of(self.today) - rng.randint(1, 8)).first_day
        else:
            start = (Month.of(self.today) - rng.randint(40, 300)).first_day
        titular_birth = self.birth(19, 22) if profile.name == "exempt" else self.birth(26, 85)
        extra = {}
        if profile.name == "exempt":  # Art. 42.3, recognised by an attest two weeks later
            recognised = date(titular_birth.year + 5, 1, 1)
            extra = {
                "incapacity_66_from": recognised,
                "incapacity_66_proof_date": recognised + timedelta(days=14),
                "incapacity_66_proof": f"Attest FOD Sociale Zekerheid {titular_birth:%y%m%d}-66",
            }
        titular = services.member_create(
            national_number=self.person(titular_birth, gender),
            first_name=rng.choice(FIRST_NAMES_M if gender == Gender.MALE else FIRST_NAMES_F),
            last_name=last,
            birth_date=titular_birth,
            gender=gender,
            household=household,
            role=Role.TITULAR,
            affiliation_start=start,
            titular_since=start,
            email=f"{last.lower().replace(' ', '')}.{household.pk}@example.be",
            iban=belgian_iban(rng.choice(BANKS), rng.randrange(1, 9_999_999)),
            **extra,
        )
        dependents = rng.choices([0, 1, 2, 3], weights=[35, 30, 25, 10])[0] if profile.name != "exempt" else 0
        for index in range(dependents):
            if index == 0 and rng.random() < 0.7:
                birth, dep_gender = self.birth(26, 80), (Gender.FEMALE if gender == Gender.MALE else Gender.MALE)
            else:
                birth, dep_gender = self.birth(0, 17), rng.choice([Gender.MALE, Gender.FEMALE])
            dep_start = max(start, Month.of(birth).first_day)
            services.member_create(
                national_number=self.person(birth, dep_gender),
                first_name=rng.choice(FIRST_NAMES_M if dep_gender == Gender.MALE else FIRST_NAMES_F),
                last_name=last,
                birth_date=birth,
                gender=dep_gender,
                household=household,
                role=Role.DEPENDENT,
                affiliation_start=(Month.of(dep_start) + (1 if dep_start.day > 1 else 0)).first_day,
            )
        if rng.random() < 0.25:
            vt_start = date(self.today.year - rng.randint(0, 6), 1, 1)
            IncreasedReimbursementPeriod.objects.create(
                member=titular,
                start=vt_start,
                proof_date=vt_start - timedelta(days=20),
                proof_reference=f"VT-attest {vt_start.year}/{household.pk}",
            )
        self.pay(household, Month.of(start), profile)
        if profile.name == "caught_up":
            HardshipSituation.objects.create(
                member=titular,
                kind=HardshipKind.LIVING_WAGE,
                start=(Month.of(self.today) - 11).first_day,
                end=(Month.of(self.today) - 9).last_day,
                evidence=f"OCMW-beslissing leefloon {household.pk}",
                proof_date=(Month.of(self.today) - 11).first_day + timedelta(days=9),
            )
        return household

    def pay(self, household: Household, start: Month, profile: Profile) -> None:
        """Pay the dues of ``household`` the way its profile does."""
        now = Month.of(self.today)
        first = max(start, self.history_start)
        if first > now:
            return
        services.dues_book(through=now, household_ids=[household.pk])
        months = list(month_range(first, now))
        if profile.name == "exempt":
            return
        if profile.name == "recent_arrears":
            months = months[:-4]
        elif profile.name == "reminder_first":
            months = months[:-2]  # last month and this one open
        elif profile.name == "reminder_second":
            months = months[:-3]
        elif profile.name == "long_arrears":
            months = [m for m in months if m < now - 27]
        elif profile.name == "caught_up":
            months = [m for m in months if m < now - 36 or m > now - 10]
        elif profile.name == "debt_settlement":
            # stopped paying 9 months ago; admitted to a collective debt settlement 3 months ago, pays since
            months = [m for m in months if not now - 9 <= m <= now - 3]
        groups = {"yearly": 12, "quarterly": 3}.get(profile.name, 1)
        if profile.name in ("yearly", "quarterly"):
            chunks = {}
            for month in months:
                key = (month.year, (month.month - 1) // groups)
                chunks.setdefault(key, []).append(month)
            batches = list(chunks.values())
        else:
            batches = [[m] for m in months]
        for batch in batches:
            head = batch[0]
            if profile.name == "late_payer" and self.rng.random() < 0.3:
                paid_on = min((head + 2).first_day.replace(day=10), self.today)
            else:
                paid_on = head.first_day.replace(day=self.rng.randint(1, 20))
            paid_on = min(paid_on, self.today)
            services.payment_record(
                household=household,
                amount=sum(_due(household, m) for m in batch),
                paid_on=paid_on,
                months=batch,
                communication=household.payment_reference,
            )
        if profile.name == "caught_up":
            # the arrears of the window (Art. 8 §2: the month and the 23 before it) paid in one go
            # 9 months ago; the older unpaid months stay open and do not matter (no revocation since 2021)
            arrears = [m for m in month_range(max(first, now - 23), now - 10)]
            if arrears:
                services.payment_record(
                    household=household,
                    amount=sum(_due(household, m) for m in arrears),
                    paid_on=min((now - 9).first_day.replace(day=5), self.today),
                    months=arrears,
                    communication=household.payment_reference,
                )


def seed_history_examples(builder: DemoBuilder) -> list[Household]:
    """Households a clerk should see for Art. 8's history (issue #13): one in collective debt
    settlement (the months owed before the judgment count as paid, Art. 8 §3 2°), one migrated with
    its legacy ledger, one that came from another fund (Art. 8 §2 2° a) with a gap nobody recorded
    yet (its months are unknown: not in order until the clerk records them)."""
    from members import legacy_ledger
    from members.models import InsolvencyKind

    now = Month.of(builder.today)
    made = []
    # 1. Collective debt settlement: judgment of admissibility on the 12th, three months ago.
    household = builder.household(Profile("debt_settlement", 0))
    titular = household.titular
    services.insolvency_procedure_record(
        member=titular,
        kind=InsolvencyKind.DEBT_SETTLEMENT,
        judgment_date=(now - 3).first_day.replace(day=12),
        court="Arbeidsrechtbank Gent",
        case_reference=f"{(now - 3).year % 100}/{household.pk:04d}/B",
        proof="Beschikking van toelaatbaarheid (copy received from the schuldbemiddelaar)",
    )
    made.append(household)

    # 2. Migrated: five years here, the first years in the former system's ledger.
    household = builder.household(Profile("monthly", 0))
    titular = household.titular
    first_booked = Month.of(household.dues.order_by("month").values_list("month", flat=True).first() or now.first_day)
    legacy_start = max(Month.of(titular.titular_since), first_booked - 30)
    rows = "".join(
        f"{household.pk};{m};9,50;{m.first_day.replace(day=4):%d/%m/%Y}\n"
        for m in month_range(legacy_start, first_booked - 1)
    )
    if rows:
        job = legacy_ledger.legacy_ledger_upload(
            file_name="former-system-ledger.csv", content=("household;month;amount;paid_on\n" + rows).encode()
        )
        legacy_ledger.legacy_ledger_apply(job=job)
    made.append(household)

    # 3. Came from another fund ten months ago (Art. 6 2°); its attestation covers up to 16 months ago:
    # the months between are unknown until the clerk records them.
    start = now - 10
    postal, city, region = builder.rng.choice(PLACES)
    household = services.household_create(street="Veldstraat 12", postal_code=postal, city=city, region=region)
    birth = builder.birth(30, 60)
    titular = services.member_create(
        national_number=builder.person(birth, Gender.FEMALE),
        first_name="Anouk",
        last_name="Verstraete",
        birth_date=birth,
        gender=Gender.FEMALE,
        household=household,
        role=Role.TITULAR,
        affiliation_start=start.first_day,
        titular_since=start.first_day,
    )
    builder.pay(household, start, Profile("monthly", 0))
    services.prior_affiliation_record(
        member=titular,
        kind="other_fund",
        first_month=now - 30,
        last_month=now - 16,
        fund="Ziekenfonds Voorbeeld (nr 999)",
        in_order=True,
        proof="Attestation of the former fund (mutation document)",
    )
    made.append(household)
    return made


def _due(household, month):
    from members.models import ContributionDue

    return ContributionDue.objects.get(household=household, month=month.first_day).amount


def ensure_history_table(first_month: Month) -> None:
    """Months before the statutes' first table need a price for the demo's three years of history:
    a copy of the earliest real table from ``first_month`` on, marked synthetic. Not earlier: a month
    priced but before the history would stand open in every household's ledger as arrears."""
    from members.models import ContributionTable

    earliest = ContributionTable.objects.filter(synthetic=False).order_by("valid_from").first()
    if earliest is None or earliest.valid_from <= first_month.first_day:
        return
    table, created = ContributionTable.objects.get_or_create(
        valid_from=first_month.first_day,
        defaults={
            "name": f"Synthetic table {first_month}–{earliest.valid_from.year - 1} (demo history)",
            "synthetic": True,
        },
    )
    if created:
        for part in earliest.parts.all():
            table.parts.create(code=part.code, label=part.label, annual_amount=part.annual_amount)


def seed(*, today: date, households: int = 60, stdout=None) -> int:
    """Create the demo households unless they exist already (then do nothing)."""
    if Household.objects.exists():
        if stdout:
            stdout.write("members: demo data already present, left as is")
        return 0
    builder = DemoBuilder(today)
    ensure_history_table(builder.history_start)
    profiles = [p for p in PROFILES for _ in range(p.weight)]
    for index in range(households):
        # the first households show every profile once; the rest follow the weights
        profile = PROFILES[index] if index < len(PROFILES) else builder.rng.choice(profiles)
        builder.household(profile)
    seed_history_examples(builder)
    for profile in REMINDER_PROFILES:
        builder.household(profile)
    counts = services.statuses_refresh(as_of=today)
    letters = seed_reminders(today=today)
    if stdout:
        stdout.write(f"members: {households} demo households; statuses {counts}; reminders {letters}")
    return households


def seed_reminders(*, today: date) -> dict[str, int]:
    """The arrears reminders the nightly step would write tonight (idempotent: a reminder is written once)."""
    from members import reminders

    last = Household.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return reminders.arrears_reminders_write(day=today, id_range=(0, last + 1))
