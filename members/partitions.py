"""The dues ledger partitioned by year, and its archive (issue #18). PostgreSQL only.

``members_contributiondue`` is partitioned by RANGE (month), one partition per calendar year
(``members_contributiondue_y2026``) and a DEFAULT partition, by the migration
``members.0017_partition_dues_by_year``. The nightly step ``members.dues_partitions`` creates this
year's and next year's partitions before the dues booking needs them (a month that no year partition
takes lands in the DEFAULT partition, so an insert never fails; the next creation moves it).

The archive (``dues_archive``, ``manage.py dues_archive``): Art. 8 §2 of the statutes, "de vordering
tot betaling van de bijdragen voor de diensten van de aanvullende verzekering [...] vijf jaar na het
einde van de maand waarop de onbetaalde bijdragen betrekking hebben, verjaart". A year wholly past
that is detached from the ledger into the schema ``dues_archive`` (kept, queryable, not deleted);
the months the law still needs stay in the live ledger (README, "Archive policy").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction

from core import audit
from core.months import Month
from members import rules

DUES = "members_contributiondue"
ARCHIVE_SCHEMA = "dues_archive"

#: Why a month of an archived year stays in the live ledger (an SQL condition over the due ``d``):
#: - ``late``: not paid in time (unpaid, or paid late). A revocation acquired before 2021 and its
#:   restoration (Art. 8 §4, ``rules.REVOCATION_ABOLISHED_FROM``) are read from these months, and an
#:   open month past prescription is no longer demandable but must stay explainable (Art. 8 §2).
#: - ``legacy``: a month of the former system's ledger (Art. 8 §2: known history before the tables).
#: - ``collected``: a month a direct debit collected (``bank.CollectionItemDue``, a bank record).
KEPT = {
    "late": "NOT d.paid_in_time",
    "legacy": "d.legacy_import_id IS NOT NULL",
}


class ArchiveRefused(Exception):
    """The archive cannot run as asked (the message says why)."""


def is_partitioned() -> bool:
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT relkind FROM pg_class WHERE oid = to_regclass(%s)", [DUES])
        row = cursor.fetchone()
    return bool(row) and row[0] == "p"


def partition_name(year: int) -> str:
    return f"{DUES}_y{year}"


def year_partitions() -> dict[int, str]:
    """The ledger's year partitions, by year."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
               WHERE i.inhparent = %s::regclass""",
            [DUES],
        )
        names = [name for (name,) in cursor.fetchall()]
    prefix = f"{DUES}_y"
    return {int(name[len(prefix) :]): name for name in names if name.startswith(prefix)}


def ensure_year_partitions(years) -> list[str]:
    """Create the year partitions of ``years`` that do not exist; the months of such a year that sat
    in the DEFAULT partition move into it. Returns the partitions created (none on SQLite)."""
    if not is_partitioned():
        return []
    created = []
    with transaction.atomic(), connection.cursor() as cursor:
        # ALTER TABLE refuses a table with deferred foreign-key checks pending in the transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        existing = year_partitions()
        for year in sorted(set(years) - set(existing)):
            name, low, high = partition_name(year), f"{year}-01-01", f"{year + 1}-01-01"
            cursor.execute(
                f"SELECT EXISTS (SELECT 1 FROM {DUES}_default WHERE month >= %s AND month < %s)", [low, high]
            )
            if not cursor.fetchone()[0]:
                cursor.execute(f"CREATE TABLE {name} PARTITION OF {DUES} FOR VALUES FROM ('{low}') TO ('{high}')")
                created.append(name)
                continue
            # The DEFAULT partition holds months of that year (rare: a month booked before its year had
            # a partition). It may not when the new partition is attached: they move into it. A link
            # to a moved month would see it gone meanwhile, so the keys that point at dues are
            # re-added (and checked) after.
            referencing = _referencing()
            for table, key, _definition in referencing:
                cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{key}"')
            cursor.execute(f"CREATE TABLE {name} (LIKE {DUES} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
            cursor.execute(
                f"WITH moved AS (DELETE FROM {DUES}_default WHERE month >= %s AND month < %s RETURNING *) "
                f"INSERT INTO {name} SELECT * FROM moved",
                [low, high],
            )
            cursor.execute(f"ALTER TABLE {DUES} ATTACH PARTITION {name} FOR VALUES FROM ('{low}') TO ('{high}')")
            for table, key, definition in referencing:
                cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{key}" {definition}')
            created.append(name)
    return created


def dues_partitions_step(day: date) -> dict:
    """Nightly: this year's and next year's partitions exist before the dues booking needs them."""
    return {"partitions_created": len(ensure_year_partitions([day.year, day.year + 1]))}


def archive_floor() -> Month | None:
    """The first month after the archived years (months before it are not priced: they are in the
    archive, or kept live), or ``None`` when nothing is archived."""
    from members.models import DuesArchive

    last = DuesArchive.objects.order_by("-year").values_list("year", flat=True).first()
    return Month(last + 1, 1) if last is not None else None


def _referencing() -> list[tuple[str, str, str]]:
    """(table, constraint, definition) of the foreign keys that point at a due."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
               WHERE confrelid = %s::regclass AND contype = 'f' AND conparentid = 0""",
            [DUES],
        )
        return cursor.fetchall()


def _kept_condition(referencing) -> dict[str, str]:
    conditions = dict(KEPT)
    links = [
        f"EXISTS (SELECT 1 FROM {table} AS r WHERE r.due_id = d.id AND r.due_month = d.month)"
        for table, _name, _definition in referencing
    ]
    if links:
        conditions["collected"] = " OR ".join(links)
    return conditions


@dataclass
class YearArchive:
    year: int
    rows: int = 0  # the year's rows in the live ledger before
    kept: dict[str, int] = field(default_factory=dict)  # by reason (a month may have several)
    kept_total: int = 0
    archived: int = 0
    table: str = ""
    already: bool = False


def dues_archive(*, before_year: int, today: date, user=None, dry_run: bool = False) -> list[YearArchive]:
    """Move every year before ``before_year`` out of the live ledger into ``dues_archive``.

    Refused unless every month of those years has prescribed on ``today`` (Art. 8 §2: five years
    after the end of the month). Per year, in one transaction: the partition is detached and moved
    to the archive schema (the rows stay, with their indexes and foreign keys), a new partition of the
    year takes back the months the law still needs (``KEPT``), and a ``DuesArchive`` row records who,
    when, what and how many (audited). A year already archived is skipped: running it again changes
    nothing. ``dry_run``: the counts, nothing written.
    """
    from members.models import DuesArchive

    if not is_partitioned():
        raise ArchiveRefused(
            "The dues archive needs PostgreSQL with the partitioned ledger (migration members.0017); "
            f"this database is {connection.vendor}: nothing archived."
        )
    last_month = Month(before_year - 1, 12)
    if not rules.contribution_prescribed(last_month, today):
        oldest = rules.oldest_demandable_month(today)
        raise ArchiveRefused(
            f"Refused: the contributions of {last_month} are still demandable on {today:%d/%m/%Y} (Art. 8 §2: "
            f"a claim prescribes five years after the end of its month; the oldest demandable month is "
            f"{oldest}): --before-year {oldest.year} at most."
        )
    done = set(DuesArchive.objects.values_list("year", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT extract(year FROM month)::int FROM {DUES}_default WHERE month < %s",
            [date(before_year, 1, 1)],
        )
        stray = [year for (year,) in cursor.fetchall()]
    if stray and not dry_run:
        ensure_year_partitions(stray)  # months of those years in the DEFAULT partition move to their year's
    years = sorted({y for y in year_partitions() if y < before_year} | set(stray))
    results = []
    for year in years:
        if year in done:
            results.append(YearArchive(year, already=True))
            continue
        results.append(_archive_year(year, user=user, dry_run=dry_run))
    return results


def _archive_year(year: int, *, user, dry_run: bool) -> YearArchive:
    from members.models import DuesArchive

    source = partition_name(year)
    target = f"{ARCHIVE_SCHEMA}.{DUES}_y{year}"
    result = YearArchive(year, table=target)
    referencing = _referencing()
    conditions = _kept_condition(referencing)
    any_kept = " OR ".join(f"({c})" for c in conditions.values())
    with transaction.atomic(), connection.cursor() as cursor:
        counts = ", ".join(f"count(*) FILTER (WHERE {c})" for c in conditions.values())
        cursor.execute(
            f"SELECT count(*), count(*) FILTER (WHERE {any_kept}), {counts} FROM {DUES} AS d "
            "WHERE d.month >= %s AND d.month < %s",
            [date(year, 1, 1), date(year + 1, 1, 1)],
        )
        total, kept_total, *by_reason = cursor.fetchone()
        result.rows, result.kept_total = total, kept_total
        result.kept = dict(zip(conditions, by_reason, strict=True))
        result.archived = total - kept_total
        if dry_run:
            return result
        # ALTER TABLE refuses a table with deferred foreign-key checks pending in the transaction
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {ARCHIVE_SCHEMA}")
        cursor.execute(f"LOCK TABLE {DUES} IN ACCESS EXCLUSIVE MODE")
        # a partition that a foreign key's rows still reference cannot be detached: the keys are
        # re-added (and checked against every link) once the kept months are back in the ledger
        for table, name, _definition in referencing:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        cursor.execute(f"ALTER TABLE {DUES} DETACH PARTITION {source}")
        cursor.execute(f"ALTER TABLE {source} SET SCHEMA {ARCHIVE_SCHEMA}")
        cursor.execute(
            f"COMMENT ON TABLE {target} IS %s",
            [f"Dues of {year}, archived (issue #18, Art. 8 §2: prescribed). Not live: the kept months are in {DUES}."],
        )
        cursor.execute(
            f"CREATE TABLE {source} PARTITION OF {DUES} FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')"
        )
        cursor.execute(
            f"WITH kept AS (DELETE FROM {target} AS d WHERE {any_kept} RETURNING d.*) INSERT INTO {DUES} SELECT * FROM kept"
        )
        for table, name, definition in referencing:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        with audit.action(name="dues_archive", user=user, reason=f"Art. 8 §2: {year} prescribed"):
            DuesArchive.objects.create(
                year=year,
                archive_table=target,
                rows_archived=result.archived,
                rows_kept=result.kept_total,
                kept=result.kept,
                archived_by=user,
            )
    return result


def archived_dues(household_id: int) -> list[tuple]:
    """A household's archived months (month, amount, settled on, paid in time, exemption), oldest
    first: the archive stays queryable (Art. 8 §2), e.g. to explain an old decision."""
    from members.models import DuesArchive

    tables = list(DuesArchive.objects.values_list("archive_table", flat=True))
    if not tables or connection.vendor != "postgresql":
        return []
    union = " UNION ALL ".join(
        f"SELECT month, amount, settled_on, paid_in_time, exemption FROM {t} WHERE household_id = %s" for t in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"{union} ORDER BY month", [household_id] * len(tables))
        return cursor.fetchall()
