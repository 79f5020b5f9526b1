"""Generate a realistic member population with three years of contribution history, fast.

    manage.py generate_population --households 1000000 [--seed 1] [--start 2023-12] [--through 2026-11]

What is generated (households are appended to whatever is already there):

- ``N`` households (Flanders 60 %, Brussels 15 %, Wallonia 22 %, abroad 3 %), each with a titular
  and 0–4 dependents (45 % single; partners; children), Flemish, French and other names.
- Valid Belgian national numbers (rijksregisternummers) that agree with the birth date and gender
  (odd serial = male; mod-97 check with the 2000+ variant), unique across the whole table: the
  serial is the rank of the person among the people born on the same day with the same gender,
  counted on from the highest serial already in the table for that day.
- Affiliation start (first of a month) between 1990 and today; ``titular_since`` = affiliation
  start for titulars.
- One ``ContributionDue`` per household and month from max(affiliation start, ``--start``) through
  ``--through``, priced by the contribution table in force (``rules.table_in_force``). A synthetic
  table (``synthetic=True``) is created for 2026 when the real one does not exist yet, and one from
  ``--start`` on when no table is in force then (see ``ensure_tables``).
- Payment behaviour: 85 % pay every month in time (yearly, quarterly or monthly ``Payment`` rows),
  10 % make some payments late, 4 % have open arrears in their last 1–6 months, 1 % have 25–36
  consecutive unpaid months (suspended, not revoked: Art. 8 §4, nobody acquires the revoked status
  from 1 January 2021 on). Settled dues point at their ``Payment``;
  a payment's amount is the sum of its dues; ``source='generated'``.

PostgreSQL: set-based SQL (INSERT … SELECT) in one transaction. Per-row randomness comes from
``hashint8extended(key, seed)``, so the dues and the payments that settle them are computed
independently from the same household plan and still agree, without joins. Ids are reserved from
the tables' identity sequences while the tables are locked against other writers. When a run adds
at least a quarter of a table's rows (``--rebuild-indexes auto``), the table's secondary indexes
and unique constraints are dropped before the insert and recreated exactly from
``pg_get_indexdef`` / ``pg_get_constraintdef`` before the same transaction commits: a failure
rolls everything back, the schema included. Foreign keys: connected as a superuser, the load runs
with ``session_replication_role = replica`` (as ``pg_restore --disable-triggers``): the foreign
keys and the keys they point at stay in place and their triggers do not fire, since every reference
is computed from the reserved ids (the test suite checks them all). Otherwise, or with
``--validate-foreign-keys``, the foreign keys are dropped with the indexes and re-added, which
validates every row. While the indexes are
rebuilt the tables are locked (ACCESS EXCLUSIVE) until the commit. ``ANALYZE`` runs at the end of
the load, inside the transaction, so the foreign-key checks already have statistics.

SQLite (no ``DATABASE_URL``): the same distributions, generated in Python and written with
``bulk_create`` in batches, in one transaction. Meant for a few thousand households.

Bulk writes bypass ``save()`` and the auditlog signals: intended for generated data.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import NOT_PROVIDED
from django.utils import timezone

from core.months import Month
from members import rules
from members.models import (
    ContributionDue,
    ContributionPart,
    ContributionTable,
    Household,
    Member,
    Payment,
    PaymentSource,
    Role,
    ServiceCode,
)

# --- Distributions (the one place to change them; both back ends read these) ---------------------

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
#: Rebuild a table's indexes when the run adds at least this share of its existing rows.
REBUILD_SHARE = 0.25
REAL_TABLE_START = Month(2026, 1)
#: The 2026 split of the contribution table (SPEC §1.2), used for a synthetic 2026 table.
SPLIT_2026 = (
    (ServiceCode.COMPLEMENTARY, "Complementary operations (benefits)", "80.40"),
    (ServiceCode.INFORMATION, "Information to members", "3.00"),
    (ServiceCode.SOCIAL_WORK, "Social work service", "9.00"),
    (ServiceCode.ADMIN_COSTS, "Administrative centre, cost distribution", "0.00"),
    (ServiceCode.ADMIN_RESERVES, "Administrative centre, reserves", "21.60"),
    (ServiceCode.NATIONAL_UNION, "National union", "6.00"),
)

BEHAVIOUR_CODES = {name: code for code, (name, _w) in enumerate(BEHAVIOURS)}
PUNCTUAL, LATE, ARREARS, LONG_ARREARS = (BEHAVIOUR_CODES[n] for n in ("punctual", "late", "arrears", "long_arrears"))

# --- Names and places -------------------------------------------------------------------------

FIRST_NAMES = {
    ("nl", "M"): (
        "Jan Luc Marc Peter Dirk Johan Patrick Geert Bart Kris Koen Tom Wim Stijn Pieter Jeroen Joris Wouter "
        "Steven Filip Jef Lucas Noah Arthur Louis Liam Jules Finn Lars Mathis Warre Seppe Wout Lander Senne "
        "Jasper Thibo Robbe Milan Vic Rik Frans Jozef Willy Eddy Gert Hans Raf Sander Bram"
    ).split(),
    ("nl", "F"): (
        "Maria An Els Katrien Sofie Veerle Inge Griet Hilde Kristien Lies Leen Annelies Evelien Lotte Hanne "
        "Lien Marie Nina Emma Olivia Louise Mila Elena Noor Fien Lore Jana Ellen Liesbeth Martine Godelieve "
        "Rita Monique Josée Ria Linda Nathalie Sarah Femke Margot Jolien Tine Karolien Charlotte Julie Amber "
        "Marthe Renée Ilse"
    ).split(),
    ("fr", "M"): (
        "Jean Pierre Michel Philippe Jacques Alain Daniel Christian André Claude Luc Marc Éric Thierry Pascal "
        "Didier Olivier Laurent Frédéric Nicolas Julien Sébastien Maxime Antoine Guillaume Thomas Hugo Gabriel "
        "Louis Nathan Théo Raphaël Adam Victor Léon Jules Arthur Romain François Benoît Vincent Xavier Bernard "
        "Robert Georges Henri Émile Mathéo Noah Sacha"
    ).split(),
    ("fr", "F"): (
        "Marie Anne Isabelle Catherine Christine Nathalie Sophie Valérie Véronique Martine Françoise Monique "
        "Nicole Brigitte Chantal Sylvie Céline Julie Aurélie Caroline Laura Camille Manon Léa Chloé Emma Louise "
        "Alice Juliette Lina Zoé Clara Élise Margaux Pauline Charlotte Amélie Mélanie Jeanne Josiane Danielle "
        "Jacqueline Madeleine Simone Anaïs Inès Lucie Noémie Mia Olivia"
    ).split(),
    ("other", "M"): (
        "Mohamed Ahmed Youssef Omar Ali Hassan Ibrahim Karim Mehmet Mustafa Emre Murat Giuseppe Marco Luca "
        "Piotr Tomasz Andrzej Ion Andrei Carlos José Miguel João Mamadou Moussa Jean-Pierre Patrice Amir Bilal "
        "Ayoub Rayan Adam Elias Ilias Dimitri Kevin Samuel"
    ).split(),
    ("other", "F"): (
        "Fatima Khadija Aicha Samira Nadia Yasmina Salma Amina Imane Zeynep Elif Ayşe Fatma Giulia Francesca "
        "Anna Agnieszka Katarzyna Magdalena Elena Ioana Maria Ana Carmen Lucía Aminata Fatoumata Grace Esther "
        "Mariam Sara Nour Hiba Lina Yara Sofia Ines Hana"
    ).split(),
}
LAST_NAMES = {
    "nl": [
        "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Vermeulen", "Van den Broeck", "De Clercq", "Hermans", "Aerts", "Michiels", "Van Damme", "Stevens",
        "Martens", "Van de Velde", "Pauwels", "Claeys", "Desmet", "Verhoeven", "De Backer", "Segers", "Smets",
        "Bogaerts", "Van Dyck", "Cools", "Verstraete", "Lambrechts", "Vandenberghe", "De Vos", "Van Hecke",
        "Hendrickx", "Verbeke", "Maenhout", "Verlinden", "Coppens", "De Meyer", "Vermeersch", "Thys", "Wuyts",
        "Vervoort", "Van Acker", "Geerts", "De Wilde", "Baert", "Huysmans", "Verschueren", "Verheyen", "Van Hoof",
        "Mortier", "De Groote", "Vandamme", "Moens", "Verbruggen", "Govaerts", "Bosmans", "Vanhove", "De Cock",
        "Van Loon", "Laenen", "Lemmens", "Van Goethem", "Van Laere", "Vanderstraeten", "Dewulf", "Bauwens",
        "Verhaegen", "Van Looy", "Sels", "Nijs", "Schepens", "Van Gorp", "Franssens", "Vanderlinden", "Beckers",
        "Heylen", "Adriaensens", "Cornelis", "Coene", "De Jonghe", "D'Hondt", "Van Impe", "Ceulemans",
        "Verstappen", "Luyten", "Bollen", "Dierckx", "Daems", "Schoofs", "Vanhoutte", "De Ridder", "Pieters",
        "Verbiest", "Van Aken", "Vercammen", "Van Herck",
    ],
    "fr": [
        "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard", "Dumont",
        "Leroy", "François", "Mathieu", "Lemaire", "Michel", "Henry", "Hubert", "Collard", "Denis", "Gérard",
        "Charlier", "Dufour", "Thiry", "Noël", "Jacquet", "Fontaine", "Lecomte", "Bertrand", "Petit", "Lefebvre",
        "Masson", "Lefèvre", "Moreau", "Girard", "Marchal", "Dethier", "Dubuisson", "Pirard", "Piette", "Delvaux",
        "Gilson", "Wilmotte", "Massart", "Hardy", "Libert", "Bodart", "Delhaye", "Bastin", "Remy", "Warnier",
        "Dupuis", "Evrard", "Jadot", "Delcourt", "Guillaume", "Frère", "Legrand", "Lenoir", "Nicolas", "Rousseau",
        "Poncelet", "Lambotte", "Lhoest", "Goffin", "Gillet", "Collignon", "Wauthier", "Hanquet", "Closset",
        "Georges", "Defays", "Maréchal", "Schmitz", "Jacob", "Gobert", "Toussaint", "Pierre", "Dony", "Lecocq",
        "Colin", "Baudoin", "Delforge", "Mahieu", "Leblanc", "Paquet", "Detry", "Hoslet", "Servais", "Stassart",
        "Cornet", "Dessy", "Kinet", "Lallemand", "Lhomme", "Englebert", "Delsaux", "Deprez", "Mottet", "Carlier",
        "Bauduin",
    ],
    "other": [
        "El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Ouali", "El Ouardi", "Yilmaz", "Kaya", "Demir",
        "Şahin", "Çelik", "Öztürk", "Rossi", "Russo", "Bianchi", "Romano", "Esposito", "Ferrari", "Kowalski",
        "Nowak", "Wiśniewski", "Lewandowski", "Popescu", "Ionescu", "García", "Fernández", "Rodríguez", "López",
        "Martínez", "Silva", "Santos", "Pereira", "Ferreira", "Oliveira", "Nguyen", "Tran", "Diallo", "Traoré",
        "Mukendi", "Kabongo", "Tshibangu", "Ilunga", "Mbuyi", "Ahmed", "Hassan", "Mohammadi", "Papadopoulos",
        "Georgiou", "Schmidt", "Müller", "Schneider", "Fischer", "Smith", "Murphy", "Kovačević", "Horvat",
        "Ivanov", "Petrov", "Haddad", "Benmoussa",
    ],
}
STREETS = {
    "flanders": [
        "Kerkstraat", "Stationsstraat", "Dorpstraat", "Molenstraat", "Schoolstraat", "Nieuwstraat", "Kapelstraat",
        "Veldstraat", "Beekstraat", "Hoogstraat", "Steenweg", "Lindenlaan", "Kastanjelaan", "Meersstraat",
        "Grote Markt", "Bergstraat", "Brugstraat", "Leopoldlaan", "Vijverstraat", "Heirweg", "Kouterstraat",
        "Populierenlaan", "Tuinstraat", "Ringlaan", "Zandstraat",
    ],
    "brussels": [
        "Avenue Louise", "Chaussée d'Ixelles", "Rue de la Loi", "Boulevard Anspach", "Chaussée de Waterloo",
        "Avenue de Tervueren", "Rue Haute", "Rue Blaes", "Chaussée de Gand", "Avenue Brugmann", "Rue Royale",
        "Boulevard du Midi", "Chaussée de Louvain", "Rue Antoine Dansaert", "Avenue de la Couronne",
        "Chaussée d'Alsemberg", "Rue du Midi", "Place Flagey", "Avenue Georges Henri", "Boulevard Général Jacques",
    ],
    "wallonia": [
        "Rue de l'Église", "Rue de la Station", "Rue du Moulin", "Rue Haute", "Rue Neuve", "Chaussée de Bruxelles",
        "Place communale", "Rue des Écoles", "Avenue des Tilleuls", "Rue du Centre", "Rue de la Gare",
        "Rue Saint-Pierre", "Avenue Albert Ier", "Rue du Château", "Rue des Champs", "Rue de la Chapelle",
        "Rue du Pont", "Rue Grande", "Rue de Namur", "Boulevard Léopold II", "Rue du Stade", "Rue des Prés",
        "Rue de Liège", "Avenue de la Libération", "Rue Albert Ier",
    ],
    "abroad": [
        "Hauptstraße", "Grand-Rue", "Rue de Paris", "Dorpsstraat", "Route d'Arlon", "Bahnhofstraße",
        "Rue Nationale", "Markt", "Avenue de la Liberté", "Wilhelminastraat",
    ],
}
CITIES = {
    "flanders": [
        ("2000", "Antwerpen"), ("9000", "Gent"), ("8000", "Brugge"), ("3000", "Leuven"), ("2800", "Mechelen"),
        ("9300", "Aalst"), ("3500", "Hasselt"), ("8500", "Kortrijk"), ("9100", "Sint-Niklaas"), ("8400", "Oostende"),
        ("2300", "Turnhout"), ("3600", "Genk"), ("8800", "Roeselare"), ("9200", "Dendermonde"), ("1800", "Vilvoorde"),
        ("2500", "Lier"), ("2200", "Herentals"), ("3300", "Tienen"), ("8900", "Ieper"), ("9700", "Oudenaarde"),
        ("2400", "Mol"), ("3290", "Diest"), ("9900", "Eeklo"), ("2900", "Schoten"), ("1700", "Dilbeek"),
        ("3800", "Sint-Truiden"), ("8600", "Diksmuide"), ("9160", "Lokeren"), ("2440", "Geel"), ("1500", "Halle"),
        ("3700", "Tongeren"), ("8700", "Tielt"), ("3200", "Aarschot"), ("2600", "Berchem"), ("2100", "Deurne"),
    ],
    "brussels": [
        ("1000", "Brussel"), ("1020", "Laken"), ("1030", "Schaerbeek"), ("1040", "Etterbeek"), ("1050", "Ixelles"),
        ("1060", "Saint-Gilles"), ("1070", "Anderlecht"), ("1080", "Molenbeek-Saint-Jean"), ("1081", "Koekelberg"),
        ("1082", "Berchem-Sainte-Agathe"), ("1083", "Ganshoren"), ("1090", "Jette"), ("1140", "Evere"),
        ("1150", "Woluwe-Saint-Pierre"), ("1160", "Auderghem"), ("1170", "Watermael-Boitsfort"), ("1180", "Uccle"),
        ("1190", "Forest"), ("1200", "Woluwe-Saint-Lambert"), ("1210", "Saint-Josse-ten-Noode"),
    ],
    "wallonia": [
        ("4000", "Liège"), ("6000", "Charleroi"), ("5000", "Namur"), ("7000", "Mons"), ("1300", "Wavre"),
        ("7500", "Tournai"), ("4800", "Verviers"), ("7100", "La Louvière"), ("1400", "Nivelles"), ("6700", "Arlon"),
        ("5500", "Dinant"), ("4500", "Huy"), ("6600", "Bastogne"), ("1348", "Louvain-la-Neuve"), ("7700", "Mouscron"),
        ("4100", "Seraing"), ("6200", "Châtelet"), ("5300", "Andenne"), ("4300", "Waremme"), ("6800", "Libramont"),
        ("7800", "Ath"), ("6900", "Marche-en-Famenne"), ("4700", "Eupen"), ("1480", "Tubize"), ("5100", "Jambes"),
    ],
    "abroad": [
        ("6211", "Maastricht"), ("4811", "Breda"), ("59000", "Lille"), ("59200", "Tourcoing"),
        ("08000", "Charleville-Mézières"), ("L-1009", "Luxembourg"), ("52062", "Aachen"), ("5611", "Eindhoven"),
        ("4530", "Terneuzen"), ("75011", "Paris"), ("10115", "Berlin"), ("28001", "Madrid"),
    ],
}


def _weights(pairs):
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


class Command(BaseCommand):
    help = "Append N generated households (members, 3 years of dues and payments) to the database, fast."

    def add_arguments(self, parser):
        today = timezone.localdate()
        parser.add_argument("--households", type=int, required=True, help="Number of households to add.")
        parser.add_argument("--seed", type=int, default=1, help="Seed of the pseudo-random choices (default 1).")
        parser.add_argument(
            "--start", type=Month.parse, default=Month.of(today) - 35,
            help="First month of contribution history, YYYY-MM (default: 35 months before the current one).",
        )
        parser.add_argument(
            "--through", type=Month.parse, default=Month.of(today),
            help="Last month of contribution history, YYYY-MM (default: the current month).",
        )
        parser.add_argument(
            "--as-of", type=date.fromisoformat, default=today,
            help="The generation's 'today' (ages, what has been paid by now), YYYY-MM-DD.",
        )
        parser.add_argument(
            "--rebuild-indexes", choices=("auto", "always", "never"), default="auto",
            help="PostgreSQL: drop and recreate secondary indexes and foreign keys around the insert "
            # argparse %-formats help texts: a percent sign is written %%
            f"(auto: when the run adds at least {REBUILD_SHARE * 100:.0f} %% of a table's rows).",
        )
        parser.add_argument(
            "--validate-foreign-keys", action="store_true",
            help="PostgreSQL: have the database check every generated reference (drops and re-adds the foreign "
            "keys; slower). Default: skipped when connected as a superuser (session_replication_role = replica).",
        )
        parser.add_argument(
            "--maintenance-work-mem", default="2GB", help="PostgreSQL: memory for index builds and FK checks (default 2GB)."
        )

    def handle(self, *args, **options):
        run = Options(
            households=options["households"],
            seed=options["seed"],
            start=options["start"],
            through=options["through"],
            as_of=options["as_of"],
        )
        if run.households <= 0:
            raise CommandError("--households must be positive.")
        if run.through < run.start:
            raise CommandError("--through is before --start.")
        if run.start < FIRST_AFFILIATION:
            raise CommandError(f"--start must not be before {FIRST_AFFILIATION}.")
        self.verbosity = options["verbosity"]
        started = time.monotonic()
        self.say(
            f"Generating {run.households:,} households, dues {run.start}–{run.through}, "
            f"as of {run.as_of}, seed {run.seed}, on {connection.vendor}."
        )
        if connection.vendor == "postgresql":
            counts = PostgresGenerator(
                self, run, options["rebuild_indexes"], options["maintenance_work_mem"], options["validate_foreign_keys"]
            ).run()
        else:
            counts = PythonGenerator(self, run).run()
        self.say(
            "Done in {:.1f} s: {}.".format(
                time.monotonic() - started, ", ".join(f"{count:,} {name}" for name, count in counts.items())
            )
        )

    def say(self, text: str):
        if self.verbosity:
            self.stdout.write(text)
            self.stdout.flush()

    def phase(self, name: str, started: float, count: int | None = None) -> float:
        """Print one phase's figures; return the clock for the next phase."""
        now = time.monotonic()
        rows = f"{count:>12,} rows" if count is not None else " " * 17
        rate = f"  {count / (now - started):>12,.0f} rows/s" if count and now > started else ""
        self.say(f"  {name:<46}{rows} {now - started:8.1f} s{rate}")
        return now


# --- Contribution tables ------------------------------------------------------------------------


def ensure_tables(options: Options, say) -> list[MonthPrice]:
    """The table in force for every generated month; create the synthetic tables that are missing.

    - No table starting 2026-01 while months of 2026 are generated: a synthetic 2026 table with the
      2026 split (SPEC §1.2). ``seed_reference`` turns it into the real one (same ``valid_from``);
      better run it first.
    - Still no table in force in the first generated month: a synthetic table from that month on
      (one part, code 15, €120.00 a year). It starts with the generated ledger, not earlier:
      ``selectors.histories_for`` counts a month without a booked due as owed and unpaid when a
      table is in force, so an earlier start would invent months of arrears.
    """
    existing = set(ContributionTable.objects.values_list("valid_from", flat=True))
    if options.through >= REAL_TABLE_START and REAL_TABLE_START.first_day not in existing:
        table = ContributionTable.objects.create(
            name=f"Synthetic table {REAL_TABLE_START.year}",
            valid_from=REAL_TABLE_START.first_day,
            synthetic=True,
            notes="Created by generate_population: the real 2026 table was missing (run seed_reference first).",
        )
        ContributionPart.objects.bulk_create(
            ContributionPart(table=table, code=code, label=label, annual_amount=Decimal(amount))
            for code, label, amount in SPLIT_2026
        )
        existing.add(table.valid_from)
        say(f"  created {table.name} (valid from {table.valid_from})")
    if rules.table_in_force(existing, options.start) is None:
        table = ContributionTable.objects.create(
            name=f"Synthetic table {options.start.year}-{max(options.start.year, REAL_TABLE_START.year - 1)}",
            valid_from=options.start.first_day,
            synthetic=True,
            notes="Created by generate_population for generated contribution history.",
        )
        ContributionPart.objects.create(
            table=table, code=ServiceCode.COMPLEMENTARY, label="Synthetic contribution", annual_amount=Decimal("120.00")
        )
        say(f"  created {table.name} (valid from {table.valid_from})")

    annual = {t.valid_from: (t.pk, t.annual_total) for t in ContributionTable.objects.prefetch_related("parts")}
    months = []
    for index in range(options.start.index, options.through.index + 1):
        valid_from = rules.table_in_force(annual, Month.from_index(index))
        table_id, annual_total = annual[valid_from]
        amount = rules.monthly_amount(annual_total)
        if amount <= 0:
            raise CommandError(f"The table valid from {valid_from} prices a month at {amount}: nothing to pay.")
        months.append(MonthPrice(index, table_id, amount))
    return months


# --- PostgreSQL: set-based -----------------------------------------------------------------------


TABLES = {
    "households": Household._meta.db_table,
    "members": Member._meta.db_table,
    "payments": Payment._meta.db_table,
    "dues": ContributionDue._meta.db_table,
}


def _other_columns(model, generated: str) -> tuple[str, str, list]:
    """The model's columns that the generator does not set, with their model defaults.

    Returns (", col, …", ", %s, …", params) to append to an INSERT, so a field added to the model
    later is filled with its default instead of breaking the generator (db_default: left to the DB).
    """
    quote = connection.ops.quote_name
    names = {name.strip() for name in generated.split(",")}
    columns, params = [], []
    for field in model._meta.concrete_fields:
        if field.column in names or field.db_default is not NOT_PROVIDED:
            continue
        columns.append(quote(field.column))
        params.append(field.get_db_prep_save(field.get_default(), connection))
    return "".join(f", {c}" for c in columns), ", %s" * len(columns), params


def _sql_literal(value) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


class _FlatList:
    """Several lists of strings as one SQL array (a query parameter), picked by group and draw."""

    def __init__(self, groups: list[list[str]]):
        self.values, self.offsets = [], []
        for values in groups:
            self.offsets.append((len(self.values), len(values)))
            self.values.extend(values)

    def index(self, group: str, u: str) -> str:
        """SQL for the 1-based array index of a uniform pick (draw ``u``) in the list ``group``."""
        cases = " ".join(
            f"WHEN {i} THEN {offset + 1} + floor({u} * {size})::int" for i, (offset, size) in enumerate(self.offsets)
        )
        return f"(CASE {group} {cases} END)"


class _IndexRebuild:
    """Drop the keys, unique constraints, indexes and foreign keys of some tables; recreate them.

    A bulk insert into a table without indexes, followed by one sorted build per index, is several
    times faster than maintaining the indexes row by row. Everything is recreated exactly from the
    catalog (``pg_get_indexdef``, ``pg_get_constraintdef``: names, columns, operator classes,
    predicates, deferrability), in the same transaction.

    ``keep_foreign_keys=False``: foreign keys are dropped with the rest (also those of other tables
    that point at a dropped key) and re-added at the end, which validates every row.
    ``keep_foreign_keys=True`` (the load runs with ``session_replication_role = replica``, so the
    foreign-key triggers do not fire): foreign keys stay, and so do the keys they point at (they are
    maintained row by row, in id order); the other indexes are dropped and rebuilt.
    """

    def __init__(self, cursor, tables: list[str], *, keep_foreign_keys: bool = False):
        self.cursor = cursor
        self.tables = tables
        self.keep_foreign_keys = keep_foreign_keys
        self.indexes: dict[str, list[str]] = {table: [] for table in tables}  # table → CREATE statements
        self.foreign_keys: dict[tuple[str, str], str] = {}  # (table, name) → definition

    def drop(self):
        cursor, quote = self.cursor, connection.ops.quote_name
        keys: dict[str, list[tuple[str, str]]] = {table: [] for table in self.tables}
        for table in self.tables:
            cursor.execute(
                """
                SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid),
                       EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)
                FROM pg_constraint c
                WHERE (c.conrelid = %s::regclass AND c.contype IN ('p', 'u', 'x', 'f'))
                   OR (c.confrelid = %s::regclass AND c.contype = 'f')
                ORDER BY 1, 2
                """,
                [table, table],
            )
            for owner, name, kind, definition, referenced in cursor.fetchall():
                if kind == "f":
                    if not self.keep_foreign_keys:
                        self.foreign_keys[(owner, name)] = definition
                elif not (self.keep_foreign_keys and referenced):
                    keys[table].append((name, definition))
            cursor.execute(
                """
                SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                WHERE i.indrelid = %s::regclass
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
                ORDER BY 1
                """,
                [table],
            )
            plain = cursor.fetchall()
            self.indexes[table] = [definition for _name, definition in plain] + [
                f"ALTER TABLE {table} ADD CONSTRAINT {quote(name)} {definition}" for name, definition in keys[table]
            ]
            keys[table] += [(None, name) for name, _definition in plain]
        for owner, name in self.foreign_keys:
            cursor.execute(f"ALTER TABLE {owner} DROP CONSTRAINT {quote(name)}")
        for table, items in keys.items():
            for constraint, index in items:
                if constraint is None:
                    cursor.execute(f"DROP INDEX {index}")
                else:
                    cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {quote(constraint)}")

    def restore_indexes(self, table: str):
        for statement in self.indexes[table]:
            self.cursor.execute(statement)

    def restore_foreign_keys(self):
        quote = connection.ops.quote_name
        for (owner, name), definition in self.foreign_keys.items():
            self.cursor.execute(f"ALTER TABLE {owner} ADD CONSTRAINT {quote(name)} {definition}")


class PostgresGenerator:
    """Everything in one transaction, as INSERT … SELECT over two small temporary plan tables.

    ``gen_hh`` holds one row per household (its draws and its offsets into the reserved id ranges),
    ``gen_month`` one row per generated month (table, amount, running total). Members, payments and
    dues are pure functions of those rows and of ``hashint8extended`` draws, so the payments and
    the dues they settle are computed separately and still agree.
    """

    def __init__(self, command: Command, options: Options, rebuild: str, maintenance_work_mem: str,
                 validate_foreign_keys: bool = False):
        self.command = command
        self.s = options
        self.rebuild = rebuild
        self.validate_foreign_keys = validate_foreign_keys
        self.maintenance_work_mem = maintenance_work_mem
        regions = [r for r, _w in REGIONS]
        self.region_code = {r: i for i, r in enumerate(regions)}
        self.language_code = {lang: i for i, lang in enumerate(LANGUAGES)}
        self.postal_codes = _FlatList([[p for p, _c in CITIES[r]] for r in regions])
        self.cities = _FlatList([[c for _p, c in CITIES[r]] for r in regions])
        self.streets = _FlatList([STREETS[r] for r in regions])
        self.last_names = _FlatList([LAST_NAMES[lang] for lang in LANGUAGES])
        # group = language * 2 + (gender = 'F')
        self.first_names = _FlatList([FIRST_NAMES[(lang, g)] for lang in LANGUAGES for g in ("M", "F")])

    # --- SQL building blocks ---

    def u(self, key: str, salt: int) -> str:
        """A uniform draw in [0, 1): a pure function of (key, salt, seed)."""
        return f"((hashint8extended(({key})::bigint, {self.s.seed * 1000 + salt}) & 4294967295)::float8 / 4294967296.0)"

    @staticmethod
    def pick(u: str, pairs) -> str:
        """A CASE choosing one of the values with the given weights from the draw ``u``."""
        values, weights = _weights(pairs)
        parts, cumulative = [], 0.0
        for value, weight in zip(values[:-1], weights[:-1]):
            cumulative += weight
            parts.append(f"WHEN {u} < {cumulative!r} THEN {_sql_literal(value)}")
        return f"(CASE {' '.join(parts)} ELSE {_sql_literal(values[-1])} END)"

    @staticmethod
    def month_start(index: str) -> str:
        return f"make_date(({index}) / 12, mod({index}, 12) + 1, 1)"

    @staticmethod
    def month_index(day: str) -> str:
        # date_part (double precision) rather than extract (numeric since PostgreSQL 14): cheaper.
        return f"(date_part('year', {day})::int * 12 + date_part('month', {day})::int - 1)"

    def birth_date(self, age: str, u: str) -> str:
        """Someone ``age`` years old on the generation day, born at least a month ago."""
        return f"((DATE '{self.s.as_of.isoformat()}' - make_interval(years => {age}))::date - ({MIN_AGE_DAYS} + floor({u} * 335)::int))"

    def late_on(self, group_mi: str, group_day: str) -> str:
        """When a late payer's payment for the group starting in month ``group_mi`` (on
        ``group_day``) is made, or NULL when it is paid on time."""
        key = f"h.g::bigint * 4096 + mod({group_mi}, 4096)"
        low, high = LATE_DELAY_DAYS
        return (
            f"(CASE WHEN h.behaviour = {LATE} AND {self.u(key, 20)} < {LATE_GROUP_SHARE!r} "
            f"THEN {group_day} + ({low} + floor({self.u(key, 21)} * {high - low + 1})::int) END)"
        )

    def paid_on(self, group_mi: str, group_day: str) -> str:
        """When the payment for the group starting in ``group_mi`` / ``group_day`` is made (NULL:
        not yet, on the generation day). On time: the household's payment day in the group's
        first month; late payers sometimes after it (if that is not after the generation day)."""
        as_of = f"DATE '{self.s.as_of.isoformat()}'"
        late = self.late_on(group_mi, group_day)
        return f"""(CASE
            WHEN {late} <= {as_of} THEN {late}
            WHEN {group_day} > DATE '{self.s.current.first_day.isoformat()}' THEN NULL
            ELSE least({group_day} + h.pay_offset, {as_of})
        END)"""

    # --- the run ---

    def run(self) -> dict[str, int]:
        c = self.command
        counts = {}
        with transaction.atomic(), connection.cursor() as cursor:
            t = time.monotonic()
            # The statements are few and huge: JIT would compile for seconds and save nothing.
            cursor.execute("SET LOCAL jit = off")
            # Plan tables, window sorts and hash joins stay in memory.
            cursor.execute("SET LOCAL work_mem = '1GB'")
            cursor.execute(f"SET LOCAL maintenance_work_mem = {_sql_literal(self.maintenance_work_mem)}")
            months = ensure_tables(self.s, c.say)
            # Writers of these tables wait for the commit, so the reserved id ranges stay ours.
            cursor.execute(f"LOCK TABLE {', '.join(TABLES.values())} IN SHARE ROW EXCLUSIVE MODE")
            self.create_month_plan(cursor, months)
            self.create_household_plan(cursor)
            cursor.execute("SELECT sum(size), sum(n_due), sum(n_groups) FROM gen_hh")
            members, dues, groups = (int(v or 0) for v in cursor.fetchone())
            new_rows = {"households": self.s.households, "members": members, "payments": groups, "dues": dues}
            bases = {name: self.reserve_ids(cursor, TABLES[name], new_rows[name]) for name in TABLES}
            t = c.phase("plan", t, self.s.households)

            rebuilt = [TABLES[n] for n in TABLES if self.should_rebuild(cursor, TABLES[n], new_rows[n])]
            unchecked = not self.validate_foreign_keys and self.may_skip_foreign_key_checks(cursor)
            if unchecked:
                # As pg_restore --disable-triggers: the ids are reserved and every reference is computed
                # from them (members/tests/test_population.py checks them all), so the foreign-key
                # triggers are skipped for this transaction instead of checking 45 M references.
                cursor.execute("SET LOCAL session_replication_role = replica")
            schema = _IndexRebuild(cursor, rebuilt, keep_foreign_keys=unchecked)
            if rebuilt:
                schema.drop()
                t = c.phase(f"drop {'indexes' if unchecked else 'keys, indexes, FKs'} of {len(rebuilt)} tables", t)

            counts["households"] = self.insert_households(cursor, bases)
            t = c.phase("households", t, counts["households"])
            counts["members"] = self.insert_members(cursor, bases)
            t = c.phase("members (national numbers)", t, counts["members"])
            counts["payments"] = self.insert_payments(cursor, bases)
            t = c.phase("payments", t, counts["payments"])
            counts["dues"] = self.insert_dues(cursor, bases)
            t = c.phase("contribution dues", t, counts["dues"])
            if unchecked:
                # back to normal for what follows in the transaction (it may be a caller's, e.g. a test's)
                cursor.execute("SET LOCAL session_replication_role = DEFAULT")

            for table in rebuilt:
                schema.restore_indexes(table)
                t = c.phase(f"keys and indexes of {table}", t)
            # Statistics for the foreign key checks below and for every query after the commit.
            for table in (*TABLES.values(), ContributionTable._meta.db_table):
                cursor.execute(f"ANALYZE {table}")
            t = c.phase("analyze", t)
            if schema.foreign_keys:
                schema.restore_foreign_keys()
                t = c.phase("foreign keys (re-added, validated)", t)
        c.phase("commit", t)
        return counts

    @staticmethod
    def may_skip_foreign_key_checks(cursor) -> bool:
        """``session_replication_role`` can only be set by a superuser."""
        cursor.execute("SELECT current_setting('is_superuser') = 'on'")
        return cursor.fetchone()[0]

    def reserve_ids(self, cursor, table: str, count: int) -> int:
        """Reserve ``count`` consecutive ids from the table's identity sequence; return the first."""
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
        sequence = cursor.fetchone()[0]
        cursor.execute(f"SELECT nextval(%s), (SELECT coalesce(max(id), 0) FROM {table})", [sequence])
        following, highest = cursor.fetchone()
        first = max(following, highest + 1)
        cursor.execute("SELECT setval(%s, %s)", [sequence, first + max(count, 1) - 1])
        return first

    def should_rebuild(self, cursor, table: str, new_rows: int) -> bool:
        if self.rebuild != "auto" or new_rows == 0:
            return self.rebuild == "always"
        limit = int(new_rows / REBUILD_SHARE)
        cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %s) AS existing", [limit])
        return cursor.fetchone()[0] < limit

    # --- plans ---

    def create_month_plan(self, cursor, months: list[MonthPrice]):
        """One row per generated month: its dates, table and amount, and running totals so the
        amount of a payment group is a subtraction (``cum_q_end``/``cum_y_end``: the running total
        at the end of the month's quarter/year, or of the last generated month)."""
        cursor.execute(
            """
            CREATE TEMP TABLE gen_month (
                mi int PRIMARY KEY, first_day date NOT NULL, next_first date NOT NULL,
                quarter_day date NOT NULL, year_day date NOT NULL, table_id bigint NOT NULL,
                amount numeric(14,2) NOT NULL, cum numeric(16,2) NOT NULL,
                cum_q_end numeric(16,2) NOT NULL, cum_y_end numeric(16,2) NOT NULL
            ) ON COMMIT DROP
            """
        )
        running, cum = Decimal("0.00"), {}
        for price in months:
            running += price.amount
            cum[price.index] = running
        last = months[-1].index
        rows = []
        for price in months:
            month = price.month
            rows.append((
                price.index, month.first_day, (month + 1).first_day, month.quarter_start.first_day,
                Month(month.year, 1).first_day, price.table_id, price.amount, cum[price.index],
                cum[min(last, month.quarter_start.index + 2)], cum[min(last, Month(month.year, 12).index)],
            ))
        cursor.executemany("INSERT INTO gen_month VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)

    def create_household_plan(self, cursor):
        """One row per household: its draws, its contribution months and its id offsets."""
        s, u, pick = self.s, self.u, self.pick
        language = "(CASE region {} END)".format(
            " ".join(
                f"WHEN {self.region_code[region]} THEN "
                + pick("u_lang", [(self.language_code[lang], w) for lang, w in pairs])
                for region, pairs in LANGUAGE_BY_REGION.items()
            )
        )
        partner = "(CASE size {} ELSE false END)".format(
            " ".join(f"WHEN {size} THEN {u('g', 3)} < {share!r}" for size, share in PARTNER_SHARE.items())
        )
        age = (
            f"(CASE WHEN r.u8 < 0.88 THEN {ADULT_AGE} + floor(r.u8 / 0.88 * 62)::int "
            f"ELSE 80 + floor((r.u8 - 0.88) / 0.12 * 18)::int END)"
        )
        # the draws that a CASE reads several times, computed once per household (OFFSET 0: not inlined)
        once = ", ".join(f"{u('g', salt)} AS u{salt}" for salt in (1, 2, 4, 5, 6, 8, 10, 11))
        arrears = f"{ARREARS_MONTHS[0]} + floor({u('g', 16)} * {ARREARS_MONTHS[1] - ARREARS_MONTHS[0] + 1})::int"
        long_arrears = (f"{LONG_ARREARS_MONTHS[0]} + floor({u('g', 16)} * "
                        f"{LONG_ARREARS_MONTHS[1] - LONG_ARREARS_MONTHS[0] + 1})::int")
        current = s.current.index
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_hh ON COMMIT DROP AS
            WITH draws AS MATERIALIZED (
                SELECT g, {age} AS tit_age,
                       {pick('r.u1', [(self.region_code[r], w) for r, w in REGIONS])} AS region,
                       {pick('r.u2', HOUSEHOLD_SIZES)} AS size_drawn,
                       {pick('r.u4', [(BEHAVIOUR_CODES[b], w) for b, w in BEHAVIOURS])} AS behaviour,
                       {pick('r.u5', PAYMENT_MODES)} AS mode_drawn,
                       1 + floor(r.u6 * 28)::int AS pay_day,
                       CASE WHEN r.u10 < 0.5 THEN 'M' ELSE 'F' END AS tit_gender,
                       r.u11 AS u_lang
                FROM generate_series(0, {s.households - 1}) AS g
                CROSS JOIN LATERAL (SELECT {once} OFFSET 0) AS r
            ), people AS MATERIALIZED (
                SELECT d.*,
                       {self.birth_date('tit_age', u('g', 9))} AS tit_birth,
                       CASE WHEN tit_age >= {ELDERLY_AGE} THEN least(size_drawn, 2) ELSE size_drawn END AS size,
                       CASE WHEN behaviour IN ({PUNCTUAL}, {LATE}) THEN mode_drawn ELSE 1 END AS pay_mode,
                       pay_day - 1 AS pay_offset,
                       {language} AS lang
                FROM draws d
            ), affiliation AS MATERIALIZED (
                SELECT p.*,
                       {partner} AS has_partner,
                       {self.last_names.index('lang', u('g', 12))} AS last_name_ix,
                       {self.cities.index('region', u('g', 13))} AS place_ix,
                       {self.streets.index('region', u('g', 14))} AS street_ix,
                       1 + floor({u('g', 15)} * 180)::int AS house_number,
                       -- the month after the 18th birthday, not before 1990
                       greatest({FIRST_AFFILIATION.index}, {self.month_index('tit_birth')} + {ADULT_AGE * 12 + 1}) AS lower_mi,
                       CASE WHEN behaviour = {LONG_ARREARS} THEN {min(current, s.start.index)} ELSE {current} END AS upper_mi
                FROM people p
            ), months AS MATERIALIZED (
                SELECT a.*, greatest(aff_mi, {s.start.index}) AS first_mi, {s.through.index} AS last_mi
                FROM (
                    SELECT a.*,
                           least({current}, lower_mi + floor({u('g', 7)} * greatest(1, upper_mi - lower_mi + 1))::int) AS aff_mi
                    FROM affiliation a
                ) AS a
            ), plan AS MATERIALIZED (
                SELECT m.*,
                       greatest(0, last_mi - first_mi + 1) AS n_due,
                       CASE WHEN last_mi >= first_mi THEN last_mi / pay_mode - first_mi / pay_mode + 1 ELSE 0 END AS n_groups,
                       CASE behaviour
                           WHEN {ARREARS} THEN greatest(first_mi, last_mi + 1 - ({arrears}))
                           WHEN {LONG_ARREARS} THEN greatest(first_mi, last_mi + 1 - ({long_arrears}))
                           ELSE last_mi + 1
                       END AS open_from
                FROM months m
            )
            SELECT plan.*,
                   {self.month_start('first_mi')} AS first_day,
                   sum(size) OVER w - size AS mem_off,
                   sum(n_due) OVER w - n_due AS due_off,
                   sum(n_groups) OVER w - n_groups AS pay_off
            FROM plan
            WINDOW w AS (ORDER BY g)
            ORDER BY g
            """
        )

    # --- inserts ---

    def insert_households(self, cursor, bases) -> int:
        region = "(CASE region {} END)".format(
            " ".join(f"WHEN {code} THEN {_sql_literal(name)}" for name, code in self.region_code.items())
        )
        generated = "id, street, postal_code, city, region, created_at"
        columns, values, params = _other_columns(Household, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES['households']} ({generated}{columns})
            SELECT {bases['households']} + g, (%s::text[])[street_ix] || ' ' || house_number,
                   (%s::text[])[place_ix], (%s::text[])[place_ix], {region}, now(){values}
            FROM gen_hh ORDER BY g
            """,
            [self.streets.values, self.postal_codes.values, self.cities.values, *params],
        )
        return cursor.rowcount

    def insert_members(self, cursor, bases) -> int:
        """Members with national numbers: yymmdd + serial + mod-97 check (with '2' prefixed from 2000).

        The serial is 2 × (rank among the generated people with the same birth date and gender)
        on top of the highest serial already used with that yymmdd and gender: odd for men (001,
        003, …), even for women (002, 004, …). Two people a century apart may get the same yymmdd
        and serial; their check digits differ (2000000000 is not a multiple of 97), so the numbers
        are unique across the table. Sort keys are dates, integers and booleans: text sorts under
        a linguistic collation would cost seconds per million rows.
        """
        u, current = self.u, self.s.current.index
        key = "h.g::bigint * 8 + k"
        other_language = self.pick(u(key, 34), [(self.language_code[lang], 1) for lang in LANGUAGES])
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_mem ON COMMIT DROP AS
            WITH slots AS (
                SELECT h.g, h.tit_age, h.tit_birth, h.tit_gender, h.aff_mi, h.lang, h.last_name_ix,
                       {bases['members']} + h.mem_off + k AS id, k, {key} AS mkey,
                       CASE WHEN k = 0 THEN 0 WHEN k = 1 AND h.has_partner THEN 1 ELSE 2 END AS kind,
                       {u(key, 30)} AS u_gender, {u(key, 31)} AS u_age, {u(key, 32)} AS u_day,
                       CASE WHEN {u(key, 33)} < {PARTNER_SAME_LANGUAGE!r} THEN h.lang ELSE {other_language} END AS partner_lang,
                       {u(key, 35)} AS u_last, {u(key, 36)} AS u_first, {u(key, 37)} AS u_staff
                FROM gen_hh h CROSS JOIN LATERAL generate_series(0, h.size - 1) AS k
            ), persons AS MATERIALIZED (
                SELECT s.*,
                       CASE kind
                           WHEN 0 THEN tit_gender
                           WHEN 1 THEN CASE WHEN u_gender < {PARTNER_OPPOSITE_GENDER!r}
                                            THEN CASE tit_gender WHEN 'M' THEN 'F' ELSE 'M' END ELSE tit_gender END
                           ELSE CASE WHEN u_gender < 0.5 THEN 'M' ELSE 'F' END
                       END AS gender,
                       CASE kind
                           WHEN 0 THEN tit_birth
                           WHEN 1 THEN {self.birth_date(f'greatest({ADULT_AGE}, tit_age - 5 + floor(u_age * 11)::int)', 'u_day')}
                           ELSE {self.birth_date(f'floor(u_age * least(25, tit_age - {ADULT_AGE - 1}))::int', 'u_day')}
                       END AS birth_date,
                       CASE kind WHEN 1 THEN partner_lang ELSE lang END AS name_lang
                FROM slots s
            )
            SELECT id, g, kind, gender, gender = 'M' AS male, birth_date,
                   mod(date_part('year', birth_date)::int, 100) * 10000 + date_part('month', birth_date)::int * 100
                       + date_part('day', birth_date)::int AS yymmdd,
                   {self.first_names.index("name_lang * 2 + CASE gender WHEN 'F' THEN 1 ELSE 0 END", 'u_first')} AS first_name_ix,
                   CASE kind WHEN 1 THEN {self.last_names.index('name_lang', 'u_last')} ELSE last_name_ix END AS last_name_ix,
                   CASE kind
                       WHEN 0 THEN aff_mi
                       WHEN 1 THEN least({current}, greatest(aff_mi, {self.month_index('birth_date')} + {ADULT_AGE * 12 + 1}))
                       ELSE least({current}, greatest(aff_mi, {self.month_index('birth_date')} + 1))
                   END AS aff_mi,
                   kind < 2 AND u_staff < {FUND_STAFF_SHARE!r} AS is_fund_staff
            FROM persons
            """
        )
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_serial ON COMMIT DROP AS
            SELECT substr(national_number, 1, 6)::int AS yymmdd,
                   mod(substr(national_number, 7, 3)::int, 2) = 1 AS male,
                   max(substr(national_number, 7, 3)::int) AS highest
            FROM {TABLES['members']}
            WHERE national_number ~ '^[0-9]{{11}}$'
            GROUP BY 1, 2
            """
        )
        # statistics, so the serial join below is planned as a hash join, not sorted twice
        cursor.execute("ANALYZE gen_mem")
        cursor.execute("ANALYZE gen_serial")
        # A day whose serials are taken up to the end (seed_demo draws them at random up to 997) gets
        # the free serials below: the rank-th free one of its parity, in gen_free.
        cursor.execute(
            f"""
            CREATE TEMP TABLE gen_free ON COMMIT DROP AS
            WITH crowded AS (
                SELECT DISTINCT n.yymmdd, n.male
                FROM (SELECT birth_date, yymmdd, male, count(*) AS people FROM gen_mem GROUP BY 1, 2, 3) AS n
                JOIN gen_serial u USING (yymmdd, male)
                WHERE u.highest + 2 * n.people > 997
            ), used AS (
                SELECT substr(national_number, 1, 6)::int AS yymmdd, mod(substr(national_number, 7, 3)::int, 2) = 1 AS male,
                       substr(national_number, 7, 3)::int AS serial
                FROM {TABLES['members']}
                WHERE national_number ~ '^[0-9]{{11}}$'
                  AND substr(national_number, 1, 6)::int IN (SELECT yymmdd FROM crowded)
            )
            SELECT c.yymmdd, c.male, s AS serial,
                   row_number() OVER (PARTITION BY c.yymmdd, c.male ORDER BY s) AS rank
            FROM crowded c CROSS JOIN LATERAL generate_series(CASE WHEN c.male THEN 1 ELSE 2 END, 997, 2) AS s
            WHERE NOT EXISTS (SELECT 1 FROM used WHERE used.yymmdd = c.yymmdd AND used.male = c.male AND used.serial = s)
            """
        )
        cursor.execute(
            """
            SELECT n.birth_date
            FROM (SELECT birth_date, yymmdd, male, count(*) AS people FROM gen_mem GROUP BY 1, 2, 3) AS n
            LEFT JOIN gen_serial u USING (yymmdd, male)
            WHERE coalesce(u.highest, CASE WHEN n.male THEN -1 ELSE 0 END) + 2 * n.people > 997
              AND n.people > (SELECT count(*) FROM gen_free f WHERE f.yymmdd = n.yymmdd AND f.male = n.male)
            LIMIT 1
            """
        )
        full = cursor.fetchone()
        if full:
            raise CommandError(
                f"Too many people born on {full[0]:%d/%m/%Y}: no serial left. Generate fewer households per run."
            )
        role = f"CASE kind WHEN 0 THEN '{Role.TITULAR.value}' ELSE '{Role.DEPENDENT.value}' END"
        generated = (
            "id, national_number, first_name, last_name, birth_date, gender, household_id, role, "
            "affiliation_start, titular_since, is_fund_staff, created_at"
        )
        columns, values, params = _other_columns(Member, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES['members']} ({generated}{columns})
            SELECT id,
                   lpad((body * 100 + 97 - mod(CASE WHEN birth_date >= DATE '2000-01-01'
                                                   THEN 2000000000 + body ELSE body END, 97))::text, 11, '0'),
                   (%s::text[])[first_name_ix], (%s::text[])[last_name_ix], birth_date, gender,
                   {bases['households']} + g, {role},
                   {self.month_start('aff_mi')}, CASE kind WHEN 0 THEN {self.month_start('aff_mi')} END,
                   is_fund_staff, now(){values}
            FROM (
                SELECT r.*,
                       r.yymmdd::bigint * 1000 + coalesce(
                           (SELECT f.serial FROM gen_free f WHERE f.yymmdd = r.yymmdd AND f.male = r.male AND f.rank = r.rank),
                           coalesce(r.highest, CASE WHEN r.male THEN -1 ELSE 0 END) + 2 * r.rank) AS body
                FROM (
                    SELECT m.*, u.highest,
                           row_number() OVER (PARTITION BY m.birth_date, m.male ORDER BY m.id) AS rank
                    FROM gen_mem m LEFT JOIN gen_serial u USING (yymmdd, male)
                ) AS r
            ) AS numbered
            ORDER BY id
            """,
            [self.first_names.values, self.last_names.values, *params],
        )
        return cursor.rowcount

    def insert_payments(self, cursor, bases) -> int:
        """One payment per group (year, quarter or month, from the household's first month on)
        that is paid by now; its amount is the sum of the group's dues (running totals)."""
        generated = "id, household_id, amount, paid_on, source, unallocated, created_at"
        columns, values, params = _other_columns(Payment, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES['payments']} ({generated}{columns})
            SELECT {bases['payments']} + x.pay_off + x.group_no, {bases['households']} + x.g,
                   x.amount, x.paid_on, '{PaymentSource.GENERATED.value}', 0, now(){values}
            FROM (
                SELECT h.g, h.pay_off, m.mi / h.pay_mode - h.first_mi / h.pay_mode AS group_no,
                       CASE h.pay_mode WHEN 1 THEN m.amount
                                       WHEN 3 THEN m.cum_q_end - m.cum + m.amount
                                       ELSE m.cum_y_end - m.cum + m.amount END AS amount,
                       {self.paid_on('m.mi', 'm.first_day')} AS paid_on
                FROM gen_hh h
                CROSS JOIN LATERAL generate_series(
                    (h.first_mi / h.pay_mode) * h.pay_mode, least(h.last_mi, h.open_from - 1), h.pay_mode) AS step
                JOIN gen_month m ON m.mi = greatest(step, h.first_mi)
                OFFSET 0
            ) AS x
            WHERE x.paid_on IS NOT NULL
            """,
            params,
        )
        return cursor.rowcount

    def insert_dues(self, cursor, bases) -> int:
        """Every month from the household's first month through ``--through``: settled on its
        group's payment date (and pointing at that payment), or open."""
        group_day = (
            "greatest(CASE h.pay_mode WHEN 1 THEN m.first_day WHEN 3 THEN m.quarter_day ELSE m.year_day END, h.first_day)"
        )
        group_mi = "greatest((m.mi / h.pay_mode) * h.pay_mode, h.first_mi)"
        generated = "id, household_id, month, amount, table_id, payment_id, settled_on, paid_in_time"
        columns, values, params = _other_columns(ContributionDue, generated)
        cursor.execute(
            f"""
            INSERT INTO {TABLES['dues']} ({generated}{columns})
            SELECT {bases['dues']} + x.due_off + (x.mi - x.first_mi), {bases['households']} + x.g,
                   x.first_day, x.amount, x.table_id,
                   CASE WHEN x.settled_on IS NOT NULL
                        THEN {bases['payments']} + x.pay_off + (x.mi / x.pay_mode - x.first_mi / x.pay_mode) END,
                   x.settled_on, coalesce(x.settled_on < x.next_first, false){values}
            FROM (
                SELECT h.g, h.due_off, h.pay_off, h.first_mi, h.pay_mode,
                       m.mi, m.first_day, m.next_first, m.amount, m.table_id,
                       CASE WHEN m.mi < h.open_from THEN {self.paid_on(group_mi, group_day)} END AS settled_on
                FROM gen_hh h JOIN gen_month m ON m.mi BETWEEN h.first_mi AND h.last_mi
                OFFSET 0
            ) AS x
            """,
            params,
        )
        return cursor.rowcount


# --- Elsewhere (SQLite): the same distributions in Python, bulk_create in batches ---------------


@dataclass
class _HouseholdPlan:
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


class PythonGenerator:
    """The fallback for databases without set-based generation: a few thousand households."""

    BATCH_HOUSEHOLDS = 500

    def __init__(self, command: Command, options: Options):
        self.command = command
        self.s = options
        self.rng = random.Random(options.seed)

    def choose(self, pairs):
        values, weights = _weights(pairs)
        return self.rng.choices(values, weights)[0]

    def birth_date(self, age: int) -> date:
        """Someone ``age`` years old on the generation day, born at least a month ago."""
        day = self.s.as_of
        try:
            anniversary = day.replace(year=day.year - age)
        except ValueError:  # 29 February
            anniversary = day.replace(year=day.year - age, day=28)
        return anniversary - timedelta(days=MIN_AGE_DAYS + int(self.rng.random() * 335))

    def run(self) -> dict[str, int]:
        c = self.command
        t = time.monotonic()
        counts = dict.fromkeys(TABLES, 0)
        with transaction.atomic():
            self.prices = {m.index: m for m in ensure_tables(self.s, c.say)}
            self.next_id = {
                name: (model.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
                for name, model in (("households", Household), ("members", Member), ("payments", Payment), ("dues", ContributionDue))
            }
            self.serials: dict[tuple[str, str], int] = {}
            self.used: dict[tuple[str, str], set[int]] = {}
            for number in Member.objects.values_list("national_number", flat=True).iterator():
                if len(number) == 11 and number.isdigit():
                    serial = int(number[6:9])
                    key = (number[:6], "M" if serial % 2 else "F")
                    self.serials[key] = max(self.serials.get(key, 0), serial)
                    self.used.setdefault(key, set()).add(serial)
            rows = {name: [] for name in TABLES}
            for g in range(self.s.households):
                self.add_household(rows)
                if (g + 1) % self.BATCH_HOUSEHOLDS == 0:
                    self.flush(rows, counts)
            self.flush(rows, counts)
        for name, count in counts.items():
            c.say(f"  {name:<34}{count:>12,} rows")
        c.phase("bulk_create (one transaction)", t)
        return counts

    def flush(self, rows, counts):
        for name, model in (("households", Household), ("members", Member), ("payments", Payment), ("dues", ContributionDue)):
            model.objects.bulk_create(rows[name], batch_size=500)
            counts[name] += len(rows[name])
            rows[name].clear()

    def take_id(self, name: str) -> int:
        value = self.next_id[name]
        self.next_id[name] += 1
        return value

    def plan(self) -> _HouseholdPlan:
        """Draw one household (the Python twin of ``PostgresGenerator.create_household_plan``)."""
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
        return _HouseholdPlan(
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

    def national_number(self, birth: date, gender: str) -> str:
        key = (birth.strftime("%y%m%d"), gender)
        serial = self.serials.get(key, -1 if gender == "M" else 0) + 2
        if serial > 997:
            # the day's serials are taken up to the end (seed_demo draws them at random): the lowest free one
            used = self.used.setdefault(key, set())
            serial = next((s for s in range(1 if gender == "M" else 2, 998, 2) if s not in used), None)
            if serial is None:
                raise CommandError(f"Too many people born on {birth:%d/%m/%Y}: no serial left.")
            self.used[key].add(serial)
        else:
            self.serials[key] = serial
            self.used.setdefault(key, set()).add(serial)
        body = f"{key[0]}{serial:03d}"
        base = int(body) + (2_000_000_000 if birth.year >= 2000 else 0)
        return f"{body}{97 - base % 97:02d}"

    def paid_on(self, plan: _HouseholdPlan, group_start: int) -> date | None:
        """The Python twin of ``PostgresGenerator.paid_on``: when the group's payment is made."""
        day = Month.from_index(group_start).first_day
        if plan.behaviour == LATE and self.rng.random() < LATE_GROUP_SHARE:
            late = day + timedelta(days=self.rng.randint(*LATE_DELAY_DAYS))
            if late <= self.s.as_of:
                return late
        if group_start > self.s.current.index:
            return None
        return min(day + timedelta(days=plan.pay_day - 1), self.s.as_of)

    def add_household(self, rows):
        """One household with its members, dues and payments, appended to ``rows``."""
        s, rng, plan = self.s, self.rng, self.plan()
        household = Household(
            id=self.take_id("households"),
            street=f"{rng.choice(STREETS[plan.region])} {rng.randint(1, 180)}",
            region=plan.region,
        )
        household.postal_code, household.city = rng.choice(CITIES[plan.region])
        rows["households"].append(household)

        family_name = rng.choice(LAST_NAMES[plan.language])
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
            start_day = Month.from_index(start).first_day
            rows["members"].append(
                Member(
                    id=self.take_id("members"),
                    national_number=self.national_number(birth, gender),
                    first_name=rng.choice(FIRST_NAMES[(language, gender)]),
                    last_name=last_name,
                    birth_date=birth,
                    gender=gender,
                    household=household,
                    role=Role.TITULAR if kind == 0 else Role.DEPENDENT,
                    affiliation_start=start_day,
                    titular_since=start_day if kind == 0 else None,
                    is_fund_staff=kind < 2 and rng.random() < FUND_STAFF_SHARE,
                )
            )

        payments: dict[int, Payment] = {}
        paid_on: dict[int, date | None] = {}  # group → payment date
        for month in range(plan.first, plan.last + 1):
            price = self.prices[month]
            group = month // plan.pay_mode
            if group not in paid_on:
                paid_on[group] = self.paid_on(plan, max(group * plan.pay_mode, plan.first))
            settled = paid_on[group] if month < plan.open_from else None
            payment = None
            if settled is not None:
                payment = payments.get(group)
                if payment is None:
                    payment = payments[group] = Payment(
                        id=self.take_id("payments"),
                        household=household,
                        amount=Decimal("0.00"),
                        paid_on=settled,
                        source=PaymentSource.GENERATED,
                        unallocated=Decimal("0.00"),
                    )
                    rows["payments"].append(payment)
                payment.amount += price.amount
            rows["dues"].append(
                ContributionDue(
                    id=self.take_id("dues"),
                    household=household,
                    month=price.month.first_day,
                    amount=price.amount,
                    table_id=price.table_id,
                    payment=payment,
                    settled_on=settled,
                    paid_in_time=settled is not None and settled <= price.month.last_day,
                )
            )
