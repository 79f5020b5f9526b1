"""Benchmark: everything at Solidaris' size, 2,300,000 households, in one run on one database (issue #18).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/solidaris REDIS_URL=redis://127.0.0.1:6379/6 \\
        .venv/bin/python benchmarks/solidaris_bench.py --households 2300000 [--reuse] [--skip PART …]

(Solidaris 2023: 2,251,603 titulars, 3,309,773 members.) The parts, in this order (``--skip`` any of
them by name; a part that fails prints ``FAILED`` with its traceback and the others still run):

``generation``  ``manage.py generate_population`` (``--reuse``: only the missing households), then
                ``VACUUM (ANALYZE)`` (``members_bench.generate``). Aim ≤ 5 minutes.
``admin``       the member change list and its searches (``members_bench.time_admin``). Aim ≤ 300 ms.
``search``      the search box and the admin lists that search the same way (``search_bench``).
``art8``        the Art. 8 statuses: ``members.services.statuses_refresh`` over every household in
                id ranges of the nightly chunk size, sequentially, on the first night (the statuses
                emptied first) and on the next night (nothing changed), each against the
                hand-written SQL ``benchmarks/art8_sql.py`` ``art8_statuses_sql``. Aim: the refresh
                ≤ 2× its SQL statement.
``dues``        the month's dues booking: ``members.services.dues_book`` for the month after ``--date``
                (not booked yet) over every household in id ranges, inside a transaction that is
                rolled back, against one hand-written ``INSERT … SELECT`` into an UNLOGGED scratch
                table (``bench_dues_sql``, emptied first). Both counts are printed: they must agree.
``figures``     the membership and contributions report figures: ``reports.snapshots.refresh`` for those
                two pages against one hand-written aggregate SQL statement (their totals compared),
                and the whole snapshot refresh (every page), as the chain's last steps do it.
``pages``       the report pages (``nightly_bench.time_pages``). Aim ≤ 1 s.
``claims``      claims in batch, ``benefits.services.claims_file_batch`` in chunks over ``--claim-workers``
                processes (``benefits_bench.worker``). Aim ≥ 500 claims/s.
``nightly``     the whole nightly chain (``force``: every step again) with 1, 2 and 4 Celery worker
                processes (``nightly_bench.run_chain``; ``--workers``). Aim ≤ 3 minutes with 2 workers. Last, as it is
                the longest; the first run on a database is a first night (every status, finding and
                reminder written) and says so.

The database is written to: the statuses (emptied and recomputed), the chain's runs, claims, the
scratch table, the report snapshots. Use a database of the benchmark's own. The summary at the end
is a Markdown table (figure | measured | aim | verdict | ratio to SQL), one row per line after the
line ``SUMMARY``; ``--json FILE`` writes the same rows as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import re
import sys
import time
import traceback
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE, DJANGO_DEBUG=0)
from members_bench import say  # noqa: E402

PARTS = ["generation", "admin", "search", "art8", "dues", "figures", "pages", "claims", "nightly"]
CHAIN_AIM_S = 180
CHAIN_AIM_WORKERS = 2
REFRESH_AIM_RATIO = 2.0
PAGE_AIM_MS = 1000
CLAIMS_AIM_PER_S = 500


@dataclass
class Row:
    figure: str
    measured: str
    aim: str = ""
    verdict: str = ""
    ratio: str = ""


rows: list[Row] = []


def record(figure: str, measured: str, aim: str = "", ok: bool | None = None, ratio: str = "") -> None:
    verdict = "" if ok is None else ("OK" if ok else "MISSED")
    rows.append(Row(figure, measured, aim, verdict, ratio))


def ratio_text(measured: float, sql: float) -> str:
    return f"{measured / sql:.1f}×" if sql else "n/a"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


@contextlib.contextmanager
def part(name: str, skip: list[str]):
    """Run one part; a failure prints FAILED and its traceback, records a FAILED row, and the run goes on."""
    from django.db import connection

    if name in skip:
        say(f"\n=== {name}: skipped (--skip)")
        yield False
        return
    say(f"\n=== {name} ({load()})")
    started = time.perf_counter()
    absorbed = len(members_bench.summary)
    try:
        yield True
    except Exception as error:  # noqa: BLE001 — the benchmark's other parts must still run
        say(f"FAILED {name}: {type(error).__name__}: {error}")
        traceback.print_exc(file=sys.stdout)
        record(f"{name}", "FAILED", "", None, "")
        rows[-1].verdict = "FAILED"
        connection.close()  # a broken transaction or connection must not fail the next part
    finally:
        _absorb(members_bench.summary[absorbed:])
        say(f"=== {name}: {time.perf_counter() - started:.1f} s")


def _absorb(entries) -> None:
    """members_bench's records ``(figure, value, 'OK (target ≤ 300 ms)')`` as summary rows."""
    for figure, value, verdict in entries:
        match = re.match(r"(OK|MISSED) \(target (.*)\)$", verdict)
        if match:
            rows.append(Row(figure, value, match.group(2), match.group(1)))
        else:
            rows.append(Row(figure, value, verdict))


def household_ranges(chunk: int) -> list[tuple[int, int]]:
    from django.db.models import Max, Min

    from members.models import Household

    bounds = Household.objects.aggregate(lo=Min("id"), hi=Max("id"))
    if bounds["lo"] is None:
        return []
    lo, hi = bounds["lo"], bounds["hi"] + 1
    return [(start, min(start + chunk, hi)) for start in range(lo, hi, chunk)]


# --- Art. 8 statuses ----------------------------------------------------------------------------------


def refresh_all(as_of: date, ranges) -> tuple[float, dict[str, int]]:
    from members.services import statuses_refresh

    totals: dict[str, int] = {}
    started = time.perf_counter()
    for number, id_range in enumerate(ranges, 1):
        for key, value in statuses_refresh(as_of=as_of, id_range=id_range).items():
            totals[key] = totals.get(key, 0) + value
        if number % 20 == 0:
            say(f"  {number}/{len(ranges)} ranges, {time.perf_counter() - started:.0f} s")
    return time.perf_counter() - started, totals


def art8_sql(as_of: date) -> tuple[int, float] | None:
    """The hand-written Art. 8 statement (helper art8's ``benchmarks/art8_sql.py``), or None if absent."""
    from django.db import connection

    try:
        from art8_sql import art8_statuses_sql
    except ImportError as error:
        say(f"  art8_sql.py not available ({error}): the refresh is timed without its SQL counterpart")
        return None
    with connection.cursor() as cursor:
        households, seconds = art8_statuses_sql(cursor, as_of, materialise=True)
    say(f"  art8_statuses_sql(materialise=True): {households:,} households in {seconds:.1f} s")
    return households, seconds


def time_art8(as_of: date, chunk: int) -> None:
    from django.db import connection

    from members.models import EntitlementStatus, HouseholdStatus

    ranges = household_ranges(chunk)
    sql = art8_sql(as_of)
    sql_s = sql[1] if sql else 0.0
    if sql:
        record("Art. 8 statuses, hand-written SQL (materialised)", f"{sql[1]:.1f} s, {sql[0]:,} households")
    # the first night: no status yet, every household's is written (with its StatusChange row)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {HouseholdStatus._meta.db_table}")
    else:
        HouseholdStatus.objects.all().delete()
    for night in ("first night, statuses emptied", "next night, nothing changed"):
        elapsed, totals = refresh_all(as_of, ranges)
        households = sum(totals.get(status, 0) for status in EntitlementStatus.values)
        say(f"  statuses_refresh ({night}): {households:,} households in {elapsed:.1f} s; {totals}")
        record(
            f"Art. 8 statuses_refresh, {night} ({len(ranges)} ranges of {chunk:,}, one process)",
            f"{elapsed:.1f} s, {households:,} households, {totals.get('written', 0):,} written",
            f"≤ {REFRESH_AIM_RATIO:g}× SQL",
            elapsed <= REFRESH_AIM_RATIO * sql_s if sql else None,
            ratio_text(elapsed, sql_s) if sql else "n/a (no art8_sql.py)",
        )


# --- The month's dues -------------------------------------------------------------------------------

DUES_SCRATCH = "bench_dues_sql"


def dues_sql(month) -> tuple[int, float]:
    """The month's dues of every household whose titular is affiliated in ``month`` and who has no due
    from that month on, priced from the table in force (Art. 65) or €0 when exempt (Art. 42.3), in one
    ``INSERT … SELECT`` into an UNLOGGED scratch table."""
    from django.db import connection

    from members.models import ContributionDue, ContributionPart, ContributionTable, Member, Role

    first, last = month.first_day, month.last_day
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE UNLOGGED TABLE IF NOT EXISTS {DUES_SCRATCH} (household_id bigint, month date, "
            "amount numeric(14, 2), table_id bigint, settled_on date, paid_in_time boolean, exemption varchar(200))"
        )
        cursor.execute(f"TRUNCATE {DUES_SCRATCH}")
        started = time.perf_counter()
        cursor.execute(
            f"""
            INSERT INTO {DUES_SCRATCH}
            WITH tab AS (
                SELECT t.id, round(coalesce(sum(p.annual_amount), 0) / 12, 2) AS monthly
                FROM {ContributionTable._meta.db_table} t
                LEFT JOIN {ContributionPart._meta.db_table} p ON p.table_id = t.id
                WHERE t.valid_from <= %(first)s
                GROUP BY t.id, t.valid_from
                ORDER BY t.valid_from DESC
                LIMIT 1
            ), titular AS (
                SELECT DISTINCT ON (household_id) *
                FROM {Member._meta.db_table}
                WHERE role = %(titular)s
                ORDER BY household_id, affiliation_start DESC, id DESC
            ), priced AS (
                SELECT t.household_id, tab.id AS table_id, tab.monthly,
                       CASE
                           WHEN t.incapacity_66_from <= %(last)s
                                AND (t.incapacity_66_until IS NULL OR t.incapacity_66_until >= %(first)s)
                                AND date_part('year', age(%(first)s, t.birth_date)) < 21 THEN %(incapacity)s
                           WHEN t.disability_allowance_from <= %(last)s
                                AND (t.disability_allowance_until IS NULL OR t.disability_allowance_until >= %(first)s)
                                AND date_part('year', age(%(first)s, t.birth_date)) < 25 THEN %(allowance)s
                           ELSE ''
                       END AS exemption
                FROM titular t CROSS JOIN tab
                WHERE date_trunc('month', coalesce(t.titular_since, t.affiliation_start)) <= %(first)s
                  AND (t.affiliation_end IS NULL OR t.affiliation_end >= %(first)s)
                  AND NOT EXISTS (
                      SELECT 1 FROM {ContributionDue._meta.db_table} d
                      WHERE d.household_id = t.household_id AND d.month >= %(first)s
                  )
            )
            SELECT household_id, %(first)s, CASE WHEN exemption = '' THEN monthly ELSE 0 END, table_id,
                   CASE WHEN exemption <> '' OR monthly = 0 THEN %(first)s END, exemption <> '' OR monthly = 0,
                   exemption
            FROM priced
            """,
            {
                "first": first,
                "last": last,
                "titular": Role.TITULAR.value,
                # the texts of rules.exemption_reason, stored as dues_book stores them
                "incapacity": "Art. 42.3: titular younger than 21 with an incapacity of at least 66 %",
                "allowance": (
                    "Art. 42.3: titular younger than 25 receiving a disability allowance (law of 27 February 1987)"
                ),
            },
        )
        count = cursor.rowcount
        elapsed = time.perf_counter() - started
    return count, elapsed


class _RollBack(Exception):
    pass


def dues_orm(month, ranges) -> tuple[int, float]:
    """``dues_book`` for ``month`` over every id range, as the chain's step calls it; rolled back."""
    from django.db import transaction

    from members.services import dues_book

    booked, elapsed = 0, 0.0
    try:
        with transaction.atomic():
            started = time.perf_counter()
            for number, id_range in enumerate(ranges, 1):
                booked += dues_book(through=month, id_range=id_range)
                if number % 20 == 0:
                    say(f"  {number}/{len(ranges)} ranges, {time.perf_counter() - started:.0f} s")
            elapsed = time.perf_counter() - started
            raise _RollBack
    except _RollBack:
        pass
    return booked, elapsed


def time_dues(day: date, chunk: int) -> None:
    from core.months import Month

    month = Month.of(day) + 1  # the generator books through the current month: the next is not booked
    count_sql, sql_s = dues_sql(month)
    say(f"  INSERT … SELECT into {DUES_SCRATCH}: {count_sql:,} dues of {month} in {sql_s:.1f} s")
    record(f"dues of {month}, hand-written INSERT … SELECT (unlogged scratch)", f"{sql_s:.1f} s, {count_sql:,} dues")
    ranges = household_ranges(chunk)
    booked, orm_s = dues_orm(month, ranges)
    say(f"  dues_book over {len(ranges)} ranges: {booked:,} dues of {month} in {orm_s:.1f} s (rolled back)")
    if booked != count_sql:
        say(f"  NOTE: the counts differ ({booked:,} booked vs {count_sql:,} by the SQL statement)")
    record(
        f"dues of {month}, members.services.dues_book ({len(ranges)} ranges, one process, rolled back)",
        f"{orm_s:.1f} s, {booked:,} dues" + ("" if booked == count_sql else " (counts differ)"),
        "",
        None,
        ratio_text(orm_s, sql_s),
    )


# --- The nightly chain --------------------------------------------------------------------------------


def chain_progress(day: date) -> str:
    """Where an unfinished run of ``day`` got to, from its step and chunk records (printed per step)."""
    from django.db.models import Count, Q, Sum

    from core.models import JobRun, RunStatus

    run = JobRun.objects.filter(run_on=day).first()
    if run is None:
        return "no run recorded"
    last = ""
    for step in run.steps.order_by("position").annotate(
        done=Count("chunks", filter=Q(chunks__status=RunStatus.SUCCEEDED)),
        busy=Sum("chunks__seconds", filter=Q(chunks__status=RunStatus.SUCCEEDED)),
    ):
        seconds = (step.finished_at - step.started_at).total_seconds() if step.finished_at else None
        chunks = f"{step.done}/{step.chunks_total} chunks, {step.busy or 0:.0f} s in them" if step.chunks_total else ""
        say(f"  {step.name:<32} {step.status:<10} {seconds if seconds is None else round(seconds, 1)!s:>8} s  {chunks}")
        last = f"{step.name} {step.status}" + (f", {chunks}" if chunks else "")
    return f"reached {last}"


def time_chain(day: date, workers: list[int], timeout: float) -> None:
    import nightly_bench
    from django.conf import settings

    from config.celery import app
    from core import nightly
    from core.models import JobRun, Lease, RunStatus

    if not settings.REDIS_URL:
        raise RuntimeError("REDIS_URL is required: the chain runs on Celery workers")
    for count in workers:
        app.control.purge()  # tasks left by an interrupted earlier run would be served first
        Lease.objects.filter(job=nightly.JOB).delete()  # the benchmark's own database: a stale lease
        # the first run on a database writes what later nights only keep: every status, the rights found,
        # the reminders (hundreds of thousands of rows at this size): said in its row
        first = not JobRun.objects.filter(status=RunStatus.SUCCEEDED).exists()
        night = "first night" if first else "a next night"
        say(f"--- {count} worker process(es), {night}, {load()}")
        started = time.perf_counter()
        try:
            result = nightly_bench.run_chain(day, count, timeout=timeout)
        except Exception as error:  # noqa: BLE001 — the next worker count still runs
            say(f"FAILED chain with {count} workers: {type(error).__name__}: {error}")
            measured = f"FAILED after {time.perf_counter() - started:.0f} s"
            if isinstance(error, TimeoutError):
                measured = f"not finished in {timeout:.0f} s ({chain_progress(day)})"
            aim = f"≤ {CHAIN_AIM_S} s" if count == CHAIN_AIM_WORKERS else ""
            # a chain still running after the aim has missed it, whether it would have finished or not
            verdict = "MISSED" if aim and isinstance(error, TimeoutError) and timeout >= CHAIN_AIM_S else "FAILED"
            rows.append(Row(f"nightly chain, {count} worker(s), {night}", measured, aim, verdict))
            continue
        slowest = ("", 0.0)
        for name, (seconds, status, counts) in result["steps"].items():
            say(f"  {name:<32} {status:<10} {seconds if seconds is None else round(seconds, 1)!s:>8} s  {counts}")
            if seconds and seconds > slowest[1]:
                slowest = (name, seconds)
        say(f"  WHOLE CHAIN: {result['total']:.1f} s ({result['status']}) {result['error']}")
        aimed = count == CHAIN_AIM_WORKERS
        record(
            f"nightly chain, {count} worker(s), {night}, whole ({result['status']})",
            f"{result['total']:.1f} s",
            f"≤ {CHAIN_AIM_S} s" if aimed else "",
            result["total"] <= CHAIN_AIM_S and result["status"] == "succeeded" if aimed else None,
        )
        if slowest[0]:
            record(f"nightly chain, {count} worker(s), {night}, slowest step {slowest[0]}", f"{slowest[1]:.1f} s")


# --- Report figures -------------------------------------------------------------------------------------


def figures_sql(year: int, today: date) -> tuple[dict, float]:
    """The membership and contributions figures' numbers in one aggregate statement: members by region
    and role on the day and a year before, VT members, the statuses, the income of the year per month
    and per table, and the demandable arrears."""
    from django.db import connection

    from core.dates import add_years
    from members import rules
    from members.models import (
        ContributionDue,
        Household,
        HouseholdStatus,
        IncreasedReimbursementPeriod,
        Member,
        Role,
    )

    day = min(today, date(year, 12, 31))
    params = {
        "day": day,
        "before": add_years(day, -1),
        "titular": Role.TITULAR.value,
        "dependent": Role.DEPENDENT.value,
        "year_start": date(year, 1, 1),
        "year_end": date(year + 1, 1, 1),
        "today": today,
        "oldest": rules.oldest_demandable_month(today).first_day,
    }
    active = "m.affiliation_start <= {on} AND (m.affiliation_end IS NULL OR m.affiliation_end >= {on})"
    now, before = active.format(on="%(day)s"), active.format(on="%(before)s")
    dues = ContributionDue._meta.db_table
    statement = f"""
        WITH people AS (
            SELECT h.region,
                   count(*) FILTER (WHERE m.role = %(titular)s AND {now}) AS titulars,
                   count(*) FILTER (WHERE m.role = %(dependent)s AND {now}) AS dependents,
                   count(*) FILTER (WHERE m.role = %(titular)s AND {before}) AS titulars_before,
                   count(*) FILTER (WHERE m.role = %(dependent)s AND {before}) AS dependents_before
            FROM {Member._meta.db_table} m JOIN {Household._meta.db_table} h ON h.id = m.household_id
            GROUP BY h.region
        ), vt AS (
            SELECT count(DISTINCT v.member_id) FILTER (WHERE v.start <= %(day)s AND (v."end" IS NULL OR v."end" >= %(day)s)
                                                       AND {now}) AS now,
                   count(DISTINCT v.member_id) FILTER (WHERE v.start <= %(before)s
                                                       AND (v."end" IS NULL OR v."end" >= %(before)s) AND {before}) AS before
            FROM {IncreasedReimbursementPeriod._meta.db_table} v JOIN {Member._meta.db_table} m ON m.id = v.member_id
        ), statuses AS (
            SELECT status, count(*) AS n FROM {HouseholdStatus._meta.db_table} GROUP BY status
        ), income AS (
            SELECT date_part('month', settled_on)::int AS month, table_id, sum(amount) AS total
            FROM {dues}
            WHERE settled_on >= %(year_start)s AND settled_on < %(year_end)s AND amount > 0
            GROUP BY GROUPING SETS ((1), (2))
        ), arrears AS (
            SELECT sum(amount) AS total, count(DISTINCT household_id) AS households
            FROM {dues}
            WHERE settled_on IS NULL AND amount > 0 AND month <= %(today)s AND month >= %(oldest)s
        )
        SELECT 'region', region, titulars, dependents, titulars_before, dependents_before FROM people
        UNION ALL SELECT 'vt', '', now, before, NULL, NULL FROM vt
        UNION ALL SELECT 'status', status, n, NULL, NULL, NULL FROM statuses
        UNION ALL SELECT 'income_month', month::text, total, NULL, NULL, NULL FROM income WHERE month IS NOT NULL
        UNION ALL SELECT 'income_table', table_id::text, total, NULL, NULL, NULL FROM income WHERE table_id IS NOT NULL
        UNION ALL SELECT 'arrears', '', total, households, NULL, NULL FROM arrears
    """
    with connection.cursor() as cursor:
        started = time.perf_counter()
        cursor.execute(statement, params)
        result = cursor.fetchall()
        elapsed = time.perf_counter() - started
    totals = {"titulars": 0, "dependents": 0, "income": 0, "arrears": 0}
    for kind, _key, a, b, _c, _d in result:
        if kind == "region":
            totals["titulars"] += int(a)
            totals["dependents"] += int(b)
        elif kind == "income_table":
            totals["income"] += a
        elif kind == "arrears":
            totals["arrears"] = a or 0
    return totals, elapsed


def time_figures(day: date) -> None:
    from decimal import Decimal

    from reports import snapshots
    from reports.models import Snapshot

    totals, sql_s = figures_sql(day.year, day)
    say(f"  one aggregate SQL statement: {sql_s:.1f} s; {totals}")
    record("report figures membership + contributions, one aggregate SQL statement", f"{sql_s:.1f} s")
    started = time.perf_counter()
    snapshots.refresh(day.year, day, keys=["membership", "contributions"])
    orm_s = time.perf_counter() - started
    membership = Snapshot.objects.get(key="membership", year=day.year).data
    contributions = Snapshot.objects.get(key="contributions", year=day.year).data
    agree = (
        membership["titulars"] == totals["titulars"]
        and membership["dependents"] == totals["dependents"]
        and Decimal(contributions["income"]) == Decimal(totals["income"])
        and Decimal(contributions["arrears"] or 0) == Decimal(totals["arrears"])
    )
    say(
        f"  snapshots.refresh(membership, contributions): {orm_s:.1f} s; titulars {membership['titulars']:,}, "
        f"dependents {membership['dependents']:,}, income {contributions['income']}, arrears {contributions['arrears']}"
        f" — {'the same as' if agree else 'NOT the same as'} the SQL statement's"
    )
    record(
        "report figures membership + contributions, snapshots.refresh (the figures hooks)",
        f"{orm_s:.1f} s" + ("" if agree else " (totals differ from the SQL's)"),
        "",
        None,
        ratio_text(orm_s, sql_s),
    )
    started = time.perf_counter()
    counts = snapshots.refresh(day.year, day)
    whole_s = time.perf_counter() - started
    say(f"  snapshots.refresh, every page: {whole_s:.1f} s; {counts}")
    record(f"report snapshots, every page ({counts['snapshots']}), the chain's step", f"{whole_s:.1f} s")


# --- Report pages, claims --------------------------------------------------------------------------------


def time_pages(day: date) -> None:
    import nightly_bench

    for key, median in nightly_bench.time_pages(day.year).items():
        record(f"report page {key}", f"{median:.0f} ms median of 5", f"≤ {PAGE_AIM_MS} ms", median <= PAGE_AIM_MS)


def time_claims(claims: int, workers: int, chunk: int, seed: int) -> None:
    import benefits_bench
    from django.db import connection

    from members.models import Member

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT max(id) FROM {Member._meta.db_table}")
        top = cursor.fetchone()[0] or 0
    rng = random.Random(seed)
    sample = set(rng.sample(range(1, top + 1), min(top, 50_000)))
    member_ids = list(Member.objects.filter(pk__in=sample).values_list("pk", flat=True))
    connection.close()  # the forked workers open their own
    per_worker = claims // workers
    jobs = [(i, per_worker, seed + i, member_ids, "batch", chunk) for i in range(workers)]
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        results = pool.map(benefits_bench.worker, jobs)
    wall = time.perf_counter() - started
    total = sum(r[1] for r in results)
    statuses: dict[str, int] = {}
    for _index, _count, _elapsed, worker_statuses in results:
        for key, value in worker_statuses.items():
            statuses[key] = statuses.get(key, 0) + value
    rate = total / wall if wall else 0
    say(f"  {total:,} claims in {wall:.1f} s = {rate:,.0f} claims/s; {statuses}")
    record(
        f"claims in batch (claims_file_batch, chunks of {chunk}, {workers} processes)",
        f"{rate:,.0f} claims/s ({total:,} in {wall:.1f} s)",
        f"≥ {CLAIMS_AIM_PER_S}/s",
        rate >= CLAIMS_AIM_PER_S,
    )


# --- Main ---------------------------------------------------------------------------------------------


def population() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples::bigint FROM pg_class WHERE relname IN "
            "('members_household', 'members_member', 'members_payment', 'members_contributiondue')"
        )
        sizes = dict(cursor.fetchall())
    return ", ".join(f"{name.removeprefix('members_')} ≈{count:,}" for name, count in sorted(sizes.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=2_300_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", action="store_true", help="keep existing households; generate only the missing")
    parser.add_argument("--skip", nargs="*", default=[], choices=PARTS, help="parts not to run")
    parser.add_argument("--date", default=date.today().isoformat(), help="the night (as_of) of the Art. 8 statuses")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="Celery worker processes")
    parser.add_argument("--chain-timeout", type=float, default=3600, help="seconds to wait for one chain")
    parser.add_argument("--repeat", type=int, default=5, help="requests per admin page, terms per search kind")
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--claim-workers", type=int, default=2)
    parser.add_argument("--claim-chunk", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="also write the summary rows to this file")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    from core import nightly

    if connection.vendor != "postgresql":
        sys.exit("This benchmark compares with hand-written PostgreSQL: set DATABASE_URL to a PostgreSQL database.")
    day = date.fromisoformat(args.date)
    chunk = nightly.chunk_size()
    run_started = time.perf_counter()
    say(f"database: {connection.settings_dict['NAME']}; {os.cpu_count()} CPUs; {load()}; night {day}")
    members_bench.prepare_database(recreate=False)

    with part("generation", []) as go:
        if go:
            # aim ≤ 300 s from 1,000,000 households on (members_bench scales it down for fewer)
            members_bench.generate(args.households, args.seed, args.reuse, vacuum=True)
    say(f"population: {population()}; chunk size {chunk:,}")
    with part("admin", args.skip) as go:
        if go:
            members_bench.time_admin(args.repeat)
    with part("search", args.skip) as go:
        if go:
            from urllib.parse import urlencode

            import search_bench

            client = search_bench.clerk_client()
            terms = search_bench.sample_terms(args.repeat, args.seed)
            for kind, typed in terms.items():
                search_bench.time_requests(
                    client, kind, [f"/admin/search/?{urlencode({'q': q, 'format': 'json'})}" for q in typed]
                )
            for label, urls in search_bench.result_pages(terms).items():
                search_bench.time_requests(client, label, urls[: max(3, args.repeat // 2)])
    with part("art8", args.skip) as go:
        if go:
            time_art8(day, chunk)
    with part("dues", args.skip) as go:
        if go:
            time_dues(day, chunk)
    with part("figures", args.skip) as go:
        if go:
            time_figures(day)
    with part("pages", args.skip) as go:
        if go:
            time_pages(day)
    with part("claims", args.skip) as go:
        if go:
            time_claims(args.claims, args.claim_workers, args.claim_chunk, args.seed)

    with part("nightly", args.skip) as go:
        if go:
            time_chain(day, args.workers, args.chain_timeout)
    say("\n" + "=" * 100)
    say(
        f"SUMMARY — {connection.settings_dict['NAME']}: {population()}; whole run "
        f"{time.perf_counter() - run_started:.0f} s; at the end {load()} on {os.cpu_count()} CPUs"
    )
    say("| figure | measured | aim | verdict | ratio to SQL |")
    say("|---|---|---|---|---|")
    for row in rows:
        say(f"| {row.figure} | {row.measured} | {row.aim} | {row.verdict} | {row.ratio} |")
    if args.json:
        args.json.write_text(json.dumps([asdict(row) for row in rows], indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
