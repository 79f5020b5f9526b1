"""The dues ledger partitioned by year and its archive (issue #18, ``members.partitions``).

PostgreSQL for real (partitions, DETACH, the archive schema); on SQLite only the clear refusal."""

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from core.months import Month, month_range
from members import partitions, rules, selectors, services
from members.models import ContributionDue, DuesArchive
from members.tests.factories import contribution_table, household_with_titular

pytestmark = pytest.mark.django_db

#: 27/11/2026: the claims of 12/2020 prescribed after 31/12/2025, those of 12/2021 only after 31/12/2026.
TODAY = date(2026, 11, 27)

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PARTITIONED LEDGER IS POSTGRESQL-ONLY: DATABASE_URL is not PostgreSQL"
)


def ledger(household, table, months, *, unpaid=()):
    """Book ``months`` at €10,00: paid on the 5th (in time), or open when in ``unpaid``."""
    ContributionDue.objects.bulk_create(
        ContributionDue(
            household=household,
            month=m.first_day,
            amount=Decimal("10.00"),
            table=table,
            settled_on=None if m in unpaid else m.first_day.replace(day=5),
            paid_in_time=m not in unpaid,
        )
        for m in months
    )


def partition_of(due_id) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tableoid::regclass::text FROM members_contributiondue WHERE id = %s", [due_id])
        return cursor.fetchone()[0]


@on_postgres
def test_the_ledger_is_partitioned_by_year_with_a_default_partition():
    assert partitions.is_partitioned()
    years = partitions.year_partitions()
    assert {TODAY.year, TODAY.year + 1} <= set(years) or date.today().year + 1 in years
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('members_contributiondue_default') IS NOT NULL")
        assert cursor.fetchone()[0]
        cursor.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'members_contributiondue'::regclass "
            "AND contype = 'p'"
        )
        assert cursor.fetchone()[0] == "PRIMARY KEY (id, month)"


@on_postgres
def test_the_nightly_step_creates_next_years_partition_and_a_month_without_one_lands_in_default():
    # given: a household with a month far ahead of any partition
    household, _titular = household_with_titular()
    table = contribution_table(date(2026, 1, 1))
    ledger(household, table, [Month(2040, 3)])
    due = ContributionDue.objects.get(household=household)
    assert partition_of(due.pk) == "members_contributiondue_default"  # the insert did not fail

    # when: the nightly step runs in 2039, then in 2040
    assert partitions.dues_partitions_step(date(2039, 6, 1)) == {"partitions_created": 2}
    assert partitions.dues_partitions_step(date(2039, 6, 2)) == {"partitions_created": 0}  # idempotent

    # then: 2039 and 2040 exist, and the month moved from DEFAULT into its year's partition
    assert {2039, 2040} <= set(partitions.year_partitions())
    assert partition_of(due.pk) == "members_contributiondue_y2040"
    assert ContributionDue.objects.get(pk=due.pk).month == date(2040, 3, 1)


def _households():
    """A household revoked before 2021 (Art. 8 §4: 25 unpaid months 12/2018–12/2020, restoration running
    from 01/2021) and one that paid every month in time since 01/2019; both left the fund end 2022."""
    table = contribution_table(date(2018, 12, 1))
    revoked, _t = household_with_titular(start=date(2018, 12, 1), affiliation_end=date(2022, 12, 31))
    unpaid = set(month_range(Month(2018, 12), Month(2020, 12)))
    ledger(revoked, table, month_range(Month(2018, 12), Month(2022, 12)), unpaid=unpaid)
    paying, _t = household_with_titular(start=date(2019, 1, 1), affiliation_end=date(2022, 12, 31))
    ledger(paying, table, month_range(Month(2019, 1), Month(2022, 12)))
    return revoked, paying


def _statuses(revoked, paying):
    judged = selectors.entitlements_for(household_ids=[revoked.pk, paying.pk], event_month=Month(2022, 6), as_of=TODAY)
    return judged[revoked.pk], judged[paying.pk]


@on_postgres
def test_archive_moves_prescribed_years_out_and_keeps_what_art8_needs(django_user_model):
    # given
    revoked, paying = _households()
    before = _statuses(revoked, paying)
    assert before[0].status == rules.Status.REVOKED and before[1].status == rules.Status.ENTITLED
    clerk = django_user_model.objects.create_user("archivist")

    # when: 2018 and 2019 (wholly prescribed on 27/11/2026) are archived
    results = partitions.dues_archive(before_year=2020, today=TODAY, user=clerk)

    # then: per year, the paid-in-time months left the live ledger, the unpaid ones stayed
    by_year = {r.year: r for r in results}
    assert set(by_year) == {2018, 2019}
    assert (by_year[2019].rows, by_year[2019].archived, by_year[2019].kept_total) == (24, 12, 12)
    assert by_year[2019].kept["late"] == 12
    live_2019 = set(ContributionDue.objects.filter(month__year=2019).values_list("household_id", "paid_in_time"))
    assert live_2019 == {(revoked.pk, False)}
    archived = partitions.archived_dues(paying.pk)
    assert [row[0] for row in archived] == [m.first_day for m in month_range(Month(2019, 1), Month(2019, 12))]
    assert partitions.archived_dues(revoked.pk) == []
    # Art. 8 unchanged: the revocation (its unpaid months kept) and the paid months (not priced as owed)
    after = _statuses(revoked, paying)
    assert [(e.status, e.reason) for e in after] == [(e.status, e.reason) for e in before]
    # the nightly booking does not book the archived months again
    assert services.dues_book(through=Month(2022, 12), household_ids=[paying.pk]) == 0
    # audited: who, when, what, how many
    record = DuesArchive.objects.get(year=2019)
    assert (record.rows_archived, record.rows_kept, record.archived_by) == (12, 12, clerk)
    assert record.archive_table == "dues_archive.members_contributiondue_y2019"
    entry = LogEntry.objects.get_for_object(record).get()
    assert entry.actor == clerk and entry.additional_data["action"] == "dues_archive"

    # when run again: nothing changes
    again = partitions.dues_archive(before_year=2020, today=TODAY)
    assert all(r.already for r in again) and DuesArchive.objects.count() == 2
    assert partitions.archived_dues(paying.pk) == archived


@on_postgres
def test_archive_refuses_a_year_not_wholly_past_prescription_and_a_dry_run_writes_nothing():
    revoked, paying = _households()
    # 12/2021 prescribes only after 31/12/2026 (Art. 8 §2)
    with pytest.raises(partitions.ArchiveRefused, match="still demandable"):
        partitions.dues_archive(before_year=2022, today=TODAY)
    with pytest.raises(CommandError, match="--before-year 2021 at most"):
        call_command("dues_archive", "--before-year", "2022", "--today", "2026-11-27")

    results = partitions.dues_archive(before_year=2021, today=TODAY, dry_run=True)

    assert {r.year: (r.archived, r.kept_total) for r in results} == {2018: (0, 1), 2019: (12, 12), 2020: (12, 12)}
    assert DuesArchive.objects.count() == 0
    assert ContributionDue.objects.count() == 49 + 48


@on_postgres
def test_archive_keeps_a_month_a_direct_debit_collected_and_its_link_stays_checked():
    # given: a paid-in-time month of 2019 that a direct debit collected
    from django.db import IntegrityError, transaction

    from bank import services as bank_services
    from bank.models import CollectionItem, CollectionItemDue, CollectionRun

    _revoked, paying = _households()
    due = ContributionDue.objects.get(household=paying, month=date(2019, 4, 1))
    mandate = bank_services.mandate_create(
        household=paying, iban="BE41063012345610", debtor_name="Jan Peeters", signed_on=date(2019, 1, 10)
    )
    run = CollectionRun.objects.create(collection_date=date(2019, 4, 2), message_id="ARCHIVE-1", xml="", sha256="0")
    item = CollectionItem.objects.create(
        run=run, mandate=mandate, household=paying, sequence_type="RCUR", amount=Decimal("10.00"), end_to_end_id="A-1"
    )
    link = CollectionItemDue.objects.create(item=item, due=due, open=False)
    with connection.cursor() as cursor:
        cursor.execute("SELECT due_month FROM bank_collectionitemdue WHERE id = %s", [link.pk])
        assert cursor.fetchone()[0] == date(2019, 4, 1)  # the trigger carries the due's month

    # when
    [result] = [r for r in partitions.dues_archive(before_year=2020, today=TODAY) if r.year == 2019]

    # then: the collected month stays live, and the link's foreign key is back and checked
    assert result.kept["collected"] == 1 and result.archived == 11
    assert partition_of(due.pk) == "members_contributiondue_y2019"
    with pytest.raises(IntegrityError, match="bank_collectionitemd_due_id"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE bank_collectionitemdue SET due_id = %s WHERE id = %s", [due.pk + 10**9, link.pk])
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


@on_postgres
def test_a_dangling_reference_to_a_due_is_still_refused():
    from django.db import IntegrityError, transaction

    from bank import services as bank_services
    from bank.models import CollectionItem, CollectionItemDue, CollectionRun

    household, _titular = household_with_titular()
    ledger(household, contribution_table(date(2026, 1, 1)), [Month(2026, 1)])
    due = ContributionDue.objects.get(household=household)
    mandate = bank_services.mandate_create(
        household=household, iban="BE41063012345610", debtor_name="Jan Peeters", signed_on=date(2026, 1, 10)
    )
    run = CollectionRun.objects.create(collection_date=date(2026, 2, 2), message_id="DANGLING-1", xml="", sha256="0")
    item = CollectionItem.objects.create(
        run=run,
        mandate=mandate,
        household=household,
        sequence_type="RCUR",
        amount=Decimal("10.00"),
        end_to_end_id="D-1",
    )
    # a link to no due: refused by the composite key (no month, MATCH FULL)
    with pytest.raises(IntegrityError, match="bank_collectionitemd_due_id"), transaction.atomic():
        CollectionItemDue.objects.create(item=item, due_id=due.pk + 10**9)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    # a due that a link references cannot be deleted behind Django's back
    CollectionItemDue.objects.create(item=item, due=due)
    with pytest.raises(IntegrityError, match="bank_collectionitemd_due_id"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM members_contributiondue WHERE id = %s", [due.pk])
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite refusal")
def test_archive_is_refused_clearly_on_sqlite():
    with pytest.raises(partitions.ArchiveRefused, match="needs PostgreSQL"):
        partitions.dues_archive(before_year=2020, today=TODAY)
    with pytest.raises(CommandError, match="needs PostgreSQL"):
        call_command("dues_archive", "--before-year", "2020", "--today", "2026-11-27")
    assert partitions.dues_partitions_step(TODAY) == {"partitions_created": 0}
    assert partitions.archive_floor() is None
