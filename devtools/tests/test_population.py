"""The population generator used by the benchmarks makes valid, judgeable data."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from core.months import Month
from members import rules, selectors, services
from members.models import ContributionDue, Household, Member

pytestmark = pytest.mark.django_db


def test_generate_population_makes_valid_households(table_2026):
    call_command("generate_population", "--households", "40", stdout=StringIO())
    assert Household.objects.count() == 40
    for member in Member.objects.all()[:60]:
        parsed = rules.parse_national_number(member.national_number)
        assert parsed.birth_date == member.birth_date
    assert ContributionDue.objects.exists()
    counts = services.statuses_refresh(as_of=date(2026, 11, 23))
    assert counts["entitled"] + counts["suspended"] + counts["revoked"] + counts["not_affiliated"] == 40


def _judged_one_by_one(as_of: date) -> dict[int, tuple[str, str]]:
    """Every household judged alone: its titular, its history, ``rules.entitlement_or_not_affiliated``."""

    month = Month.of(as_of)
    titulars = selectors.titulars_for()
    expected = {}
    for household_id, history in selectors.histories_for(titulars, through=month).items():
        result = rules.entitlement_or_not_affiliated(history, month, as_of)
        expected[household_id] = (result.status.value, result.reason)
    return expected


def test_set_based_refresh_agrees_with_judging_each_household_alone(table_2026):
    """The set-based path (PostgreSQL) stores exactly what ``rules.entitlement`` says for each
    household, including the households it must leave to the one-by-one path."""
    from datetime import timedelta

    from members.models import HouseholdStatus, Role, StatusChange
    from members.tests.factories import add_dependent, household_with_titular

    as_of = date(2026, 11, 23)
    call_command(
        "generate_population", "--households", "300", "--as-of", "2026-11-23", "--through", "2026-11", stdout=StringIO()
    )
    # Edge cases next to the generated ones:
    ended, _ = household_with_titular(start=date(2024, 1, 1), affiliation_end=date(2026, 6, 30))  # left the fund
    exempt, _ = household_with_titular(
        start=date(2026, 1, 1),
        birth=date(2003, 2, 1),  # Art. 42.3, nothing booked
        disability_allowance_from=date(2025, 1, 1),
    )
    unbooked, _ = household_with_titular(start=date(2026, 3, 1), last_name="Maes")  # no dues booked at all
    handed_over, old = household_with_titular(start=date(2020, 1, 1), last_name="Claes")  # titular since a dependent
    services.dues_book(through=Month.parse("2026-11"), household_ids=[handed_over.pk])
    Member.objects.filter(pk=old.pk).update(affiliation_end=date(2026, 9, 30))
    partner = add_dependent(handed_over, birth=date(1981, 4, 4), start=date(2020, 1, 1))
    Member.objects.filter(pk=partner.pk).update(role=Role.TITULAR, titular_since=date(2026, 10, 1))
    recent, _ = household_with_titular(start=date(2026, 11, 1), last_name="Wouters")  # window = the affiliation
    services.dues_book(through=Month.parse("2026-11"), household_ids=[recent.pk])
    services.payment_record(household=recent, amount=Decimal("10.00"), paid_on=date(2026, 11, 2))

    # 25 months unpaid up to 2025-12, everything paid on 15/01/2026: not revoked (Art. 8 §4: nobody
    # acquires the revoked status "vanaf 1 januari 2021"), so entitled at once (Art. 8 §2–3)
    caught_up, _ = household_with_titular(start=date(2023, 12, 1), last_name="Goossens")
    services.dues_book(through=Month.parse("2026-11"), household_ids=[caught_up.pk])
    services.payment_record(
        household=caught_up,
        amount=Decimal("250.00"),
        paid_on=date(2026, 1, 15),
        months=[Month(2023, 12) + k for k in range(25)],
    )
    services.payment_record(
        household=caught_up,
        amount=Decimal("110.00"),
        paid_on=date(2026, 1, 15),
        months=[Month(2026, 1) + k for k in range(11)],
    )
    # paid in time, but this month is not booked yet: it is owed all the same
    behind, _ = household_with_titular(start=date(2026, 6, 1), last_name="Jacobs")
    services.dues_book(through=Month.parse("2026-10"), household_ids=[behind.pk])
    services.payment_record(household=behind, amount=Decimal("50.00"), paid_on=date(2026, 6, 1))

    expected = _judged_one_by_one(as_of)
    low = Household.objects.order_by("id").first().pk
    high = Household.objects.order_by("-id").first().pk + 1
    middle = (low + high) // 2
    counts = [services.statuses_refresh(as_of=as_of, id_range=r) for r in ((low, middle), (middle, high))]

    stored = {h: (s, r) for h, s, r in HouseholdStatus.objects.values_list("household_id", "status", "reason")}
    assert stored == expected
    statuses = {status for status, _reason in expected.values()}
    assert {"entitled", "suspended", "not_affiliated"} <= statuses
    assert "revoked" not in statuses  # every 25th unpaid month here falls after 2020 (Art. 8 §4)
    assert sum(c["changed"] for c in counts) == len(expected) == StatusChange.objects.count()
    assert stored[ended.pk][0] == "not_affiliated" and stored[unbooked.pk][0] == "suspended"
    assert stored[exempt.pk][0] == "entitled" and stored[handed_over.pk][0] == "entitled"
    assert "(the whole affiliation)" in stored[recent.pk][1]
    assert stored[caught_up.pk][0] == "entitled" and stored[behind.pk][0] == "suspended"

    # The next night changes nothing and writes nothing …
    again = services.statuses_refresh(as_of=as_of)
    assert (again["changed"], again["written"]) == (0, 0)
    # … a month later only the reasons' windows move on, and the changes are recorded once.
    later = as_of + timedelta(days=31)
    services.dues_book(through=Month.of(later))
    expected = _judged_one_by_one(later)
    services.statuses_refresh(as_of=later)
    stored = {h: (s, r) for h, s, r in HouseholdStatus.objects.values_list("household_id", "status", "reason")}
    assert stored == expected


def test_set_based_refresh_judges_with_the_payments_known_on_the_day(table_2026):
    """A month settled after the judging day was still unpaid on that day (Art. 8 §3)."""
    from members.models import HouseholdStatus
    from members.tests.factories import household_with_titular

    household, _ = household_with_titular(start=date(2026, 1, 1))
    services.dues_book(through=Month.parse("2026-02"), household_ids=[household.pk])
    services.payment_record(household=household, amount=Decimal("20.00"), paid_on=date(2026, 2, 20))
    on_the_day = date(2026, 2, 10)
    expected = _judged_one_by_one(on_the_day)
    services.statuses_refresh(as_of=on_the_day)
    assert HouseholdStatus.objects.get(household=household).status == expected[household.pk][0] == "suspended"
    services.statuses_refresh(as_of=date(2026, 2, 21))
    assert HouseholdStatus.objects.get(household=household).status == "entitled"


@pytest.mark.parametrize("validate", [False, True], ids=["references-unchecked-during-load", "validate-foreign-keys"])
def test_generated_references_resolve_and_the_schema_is_restored(table_2026, validate):
    """The generator's fast path loads without foreign-key checks (superuser, replica role): every
    reference it computed must resolve, and every key, index and foreign key must be back."""
    from django.db import connection

    from members.tests.test_schema import EXPECTED

    if connection.vendor != "postgresql":
        pytest.skip("the set-based generator (index rebuild, replica role) is PostgreSQL's; runs in CI")
    tables = ("members_household", "members_member", "members_payment", "members_contributiondue")

    def schema():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT conrelid::regclass::text, conname, contype, convalidated FROM pg_constraint "
                "WHERE conrelid = ANY(%s::regclass[]) OR confrelid = ANY(%s::regclass[])",
                [list(tables), list(tables)],
            )
            constraints = set(cursor.fetchall())
            cursor.execute(
                "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = ANY(%s::regclass[])", [list(tables)]
            )
            return constraints, {row[0] for row in cursor.fetchall()}

    # the year partitions the generator creates (issue #18: the default three years, one per year)
    from django.utils import timezone

    from members import partitions

    now = Month.of(timezone.localdate())
    partitions.ensure_year_partitions(range((now - 35).year, now.year + 1))
    before = schema()
    args = ["--households", "150", "--rebuild-indexes", "always"] + (["--validate-foreign-keys"] if validate else [])
    call_command("generate_population", *args, stdout=StringIO())
    assert schema() == before
    with connection.cursor() as cursor:
        # the ledger partitioned by year (issue #18): the rebuilt indexes reach every partition, and
        # every generated month is in its year's partition, none in DEFAULT
        cursor.execute("SELECT count(*) FROM pg_index WHERE NOT indisvalid")
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM members_contributiondue_default")
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM members_contributiondue")
        assert cursor.fetchone()[0] > 0
    assert all(validated for _table, _name, kind, validated in before[0] if kind == "f")
    with connection.cursor() as cursor:
        cursor.execute("SHOW session_replication_role")
        assert cursor.fetchone()[0] == "origin"
        cursor.execute(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname "
            "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.conrelid = ANY(%s::regclass[])",
            [list(tables)],
        )
        foreign_keys = cursor.fetchall()
        assert len(foreign_keys) >= 5
        for child, column, parent, key in foreign_keys:
            cursor.execute(
                f"SELECT count(*) FROM {child} c WHERE c.{column} IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{key} = c.{column})"
            )
            assert cursor.fetchone()[0] == 0, (child, column, parent)
    assert EXPECTED["members_contributiondue"] <= before[1]


def test_generate_population_help_is_printable():
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("generate_population", "--help", stdout=out)


def test_generate_population_after_days_whose_serials_are_taken(table_2026):
    """seed_demo draws serials at random up to the last one (997 for men, 998 for women): the generator
    takes the free ones below."""
    args = (
        "generate_population",
        "--households",
        "30",
        "--seed",
        "3",
        "--as-of",
        "2026-11-23",
        "--through",
        "2026-11",
        "--rebuild-indexes",
        "never",
    )
    # given the birth dates the generator draws, each already taken by someone with serial 997 / 998
    from django.db import transaction

    class Undo(Exception):
        pass

    try:
        with transaction.atomic():
            call_command(*args, stdout=StringIO())
            births = set(Member.objects.values_list("birth_date", "gender"))
            raise Undo
    except Undo:
        pass
    from members.models import Household

    household = Household.objects.create()
    Member.objects.bulk_create(
        [
            Member(
                national_number=rules.national_number_for(birth, gender, 498),
                first_name="Taken",
                last_name="Serial",
                birth_date=birth,
                gender=gender,
                household=household,
                role="dependent",
                affiliation_start=date(2020, 1, 1),
            )
            for birth, gender in births
        ]
    )
    # when generating the same households
    call_command(*args, stdout=StringIO())
    # then every one got a valid, unique national number
    generated = Member.objects.exclude(first_name="Taken")
    assert generated.count() >= 30
    for member in generated:
        assert rules.parse_national_number(member.national_number).birth_date == member.birth_date
    assert len(set(Member.objects.values_list("national_number", flat=True))) == Member.objects.count()


@pytest.mark.parametrize("birth", [date(1926, 1, 1), date(1999, 12, 31), date(2000, 1, 1), date(2026, 10, 3)], ids=str)
@pytest.mark.parametrize("gender", ["M", "F"])
@pytest.mark.parametrize("rank", [0, 1, 48, 498])
def test_the_set_based_national_numbers_are_the_synthesizers(birth, gender, rank):
    """The PostgreSQL path writes the digits ``rules.national_number_for`` makes (one synthesizer)."""
    from django.db import connection

    from devtools.population.postgres import national_number_sql, serial_sql

    if connection.vendor != "postgresql":
        pytest.skip("the set-based twin is PostgreSQL's; runs in CI")
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT {national_number_sql("body", "birth_date")}
            FROM (SELECT yymmdd * 1000 + {serial_sql("male", 0)} + 2 * rank AS body, birth_date
                  FROM (SELECT %s::bigint AS yymmdd, %s::boolean AS male, %s::int AS rank, %s::date AS birth_date) AS p
            ) AS n
            """,
            [int(f"{birth:%y%m%d}"), gender == "M", rank, birth],
        )
        assert cursor.fetchone()[0] == rules.national_number_for(birth, gender, rank)
