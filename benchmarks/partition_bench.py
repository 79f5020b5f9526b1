"""Benchmark: the dues ledger as one table vs partitioned by RANGE (month) per calendar year (issue #18).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/part_bench .venv/bin/python benchmarks/partition_bench.py

Needs a database whose ``members_contributiondue`` is still the plain table (migrated to
``members.0016``) and holds several years, past prescription (``manage.py generate_population
--households 300000 --start 2019-01``). Builds ``bench_dues_part``, the same rows partitioned as the
migration ``members.0017`` does (timed: the migration's cost), then runs on both tables the Art. 8
reads (the SQL the selectors and services send, on one nightly chunk of 20,000 households or on 200
households' member files) under EXPLAIN (ANALYZE, BUFFERS) and prints per query: time, buffers, the
partitions the plan reads. Then the month's dues booking (300,000 rows), VACUUM/ANALYZE, index sizes
and the archive of a year (DETACH PARTITION vs DELETE; both rolled back). Prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "0")

PLAIN, PART = "members_contributiondue", "bench_dues_part"


def build_partitioned(cursor) -> float:
    cursor.execute(f"DROP TABLE IF EXISTS {PART} CASCADE")
    start = time.monotonic()
    cursor.execute("SET maintenance_work_mem = '1GB'")
    cursor.execute(
        f"CREATE TABLE {PART} (LIKE {PLAIN} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY) "
        "PARTITION BY RANGE (month)"
    )
    cursor.execute(f"SELECT extract(year FROM min(month))::int, extract(year FROM max(month))::int FROM {PLAIN}")
    low, high = cursor.fetchone()
    for year in range(low, high + 2):
        cursor.execute(
            f"CREATE TABLE {PART}_y{year} PARTITION OF {PART} FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')"
        )
    cursor.execute(f"CREATE TABLE {PART}_default PARTITION OF {PART} DEFAULT")
    cursor.execute(f"INSERT INTO {PART} SELECT * FROM {PLAIN}")
    cursor.execute(f"ALTER TABLE {PART} ADD PRIMARY KEY (id, month)")
    cursor.execute(f"ALTER TABLE {PART} ADD CONSTRAINT bench_part_hm UNIQUE (household_id, month)")
    cursor.execute(
        f"CREATE INDEX bench_part_late ON {PART} (household_id, month) INCLUDE (settled_on) WHERE NOT paid_in_time"
    )
    return time.monotonic() - start


def explain(cursor, sql: str, params) -> dict:
    cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
    raw = cursor.fetchone()[0]
    plan = (raw if isinstance(raw, list) else json.loads(raw))[0]
    text = json.dumps(plan)
    relations = set(re.findall(r'"Relation Name": "([a-z_0-9]+)"', text))
    top = plan["Plan"]
    return {
        "ms": plan["Execution Time"],
        "buffers": top.get("Shared Hit Blocks", 0) + top.get("Shared Read Blocks", 0),
        "read": top.get("Shared Read Blocks", 0),
        "partitions": len([r for r in relations if r.startswith(PART + "_")]),
    }


def queries(low: int, high: int, households: list[int], through: str, floor: str, oldest: str):
    chunk = {"low": low, "high": high}
    return [
        (
            "histories_for: booked range (chunk)",
            "SELECT household_id, min(month), max(month), count(id) FROM {t} "
            "WHERE household_id >= %(low)s AND household_id < %(high)s GROUP BY household_id",
            chunk,
        ),
        (
            "histories_for: months not paid in time (chunk)",
            "SELECT household_id, month, settled_on FROM {t} "
            "WHERE NOT paid_in_time AND household_id >= %(low)s AND household_id < %(high)s",
            chunk,
        ),
        (
            "_refresh_all_paid: late count per household (chunk)",
            "SELECT h.id, (SELECT count(*) FROM {t} d WHERE d.household_id = h.id AND NOT d.paid_in_time) "
            "FROM members_household h WHERE h.id >= %(low)s AND h.id < %(high)s",
            chunk,
        ),
        (
            "_refresh_all_paid: this month booked (chunk)",
            "SELECT h.id FROM members_household h WHERE h.id >= %(low)s AND h.id < %(high)s "
            "AND EXISTS (SELECT 1 FROM {t} d WHERE d.household_id = h.id AND d.month = %(through)s)",
            {**chunk, "through": through},
        ),
        (
            "arrears_facts_for: 24-month window (chunk)",
            "SELECT household_id, month, amount, settled_on FROM {t} WHERE household_id >= %(low)s "
            "AND household_id < %(high)s AND month < %(through)s AND month >= %(floor)s AND settled_on IS NULL",
            {**chunk, "through": through, "floor": floor},
        ),
        (
            "restorable_arrears_rights: window (200 households)",
            "SELECT household_id, month, sum(amount) FROM {t} WHERE household_id = ANY(%(ids)s) "
            "AND settled_on IS NULL AND month >= %(floor)s GROUP BY household_id, month",
            {"ids": households, "floor": floor},
        ),
        (
            "member file ledger: newest 36 (one household)",
            "SELECT * FROM {t} WHERE household_id = %(id)s ORDER BY month DESC LIMIT 36",
            {"id": households[0]},
        ),
        (
            "open_dues_summary: open months (one household)",
            "SELECT month, amount FROM {t} WHERE household_id = %(id)s AND settled_on IS NULL AND amount > 0 "
            "ORDER BY month",
            {"id": households[1]},
        ),
        (
            "figures: open demandable dues (whole ledger)",
            "SELECT count(*), sum(amount) FROM {t} WHERE settled_on IS NULL AND amount > 0 "
            "AND month <= %(through)s AND month >= %(oldest)s",
            {"through": through, "oldest": oldest},
        ),
    ]


def timed(cursor, sql, params=None) -> float:
    start = time.monotonic()
    cursor.execute(sql, params)
    return time.monotonic() - start


def index_bytes(cursor, table: str) -> int:
    cursor.execute(
        """SELECT coalesce(sum(pg_relation_size(i.indexrelid)), 0) FROM pg_index i
           WHERE i.indrelid = %s::regclass
              OR i.indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = %s::regclass)""",
        [table, table],
    )
    return int(cursor.fetchone()[0])


def table_bytes(cursor, table: str) -> int:
    cursor.execute(
        """SELECT coalesce(sum(pg_table_size(c)), 0) FROM (SELECT %s::regclass AS c UNION ALL
           SELECT inhrelid FROM pg_inherits WHERE inhparent = %s::regclass) AS t""",
        [table, table],
    )
    return int(cursor.fetchone()[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="Rebuild bench_dues_part even if it exists.")
    parser.add_argument("--through", default="2026-11-01", help="The nightly's month (first day).")
    parser.add_argument("--archive-year", type=int, default=2019)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    rows = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT relkind FROM pg_class WHERE oid = %s::regclass", [PLAIN])
        if cursor.fetchone()[0] != "r":
            sys.exit(f"{PLAIN} must be the plain table (migrate members 0016 on this benchmark database).")
        cursor.execute(f"SELECT count(*), min(month), max(month), count(DISTINCT household_id) FROM {PLAIN}")
        count, first, last, households = cursor.fetchone()
        print(f"dues ledger: {count:,} rows, {first:%Y-%m}–{last:%Y-%m}, {households:,} households")
        cursor.execute("SELECT to_regclass(%s)", [PART])
        if args.rebuild or cursor.fetchone()[0] is None:
            seconds = build_partitioned(cursor)
            print(f"built {PART} (the migration's copy, keys and indexes): {seconds:.1f} s")
        for table in (PLAIN, PART):
            rows.append((f"ANALYZE (whole table) {table}", timed(cursor, f"ANALYZE {table}") * 1000, None, None))

        cursor.execute("SELECT min(id), max(id) FROM members_household")
        low_id, high_id = cursor.fetchone()
        rng = random.Random(18)
        low = rng.randrange(low_id, high_id - 20_000)
        cursor.execute(f"SELECT DISTINCT household_id FROM {PLAIN} WHERE household_id >= %s LIMIT 5000", [low])
        sample = rng.sample([h for (h,) in cursor.fetchall()], 200)
        through = args.through
        y, m = int(through[:4]), int(through[5:7])
        floor_index = y * 12 + m - 1 - 23
        floor = f"{floor_index // 12}-{floor_index % 12 + 1:02d}-01"
        oldest_index = y * 12 + m - 1 - 60
        oldest = f"{oldest_index // 12}-{oldest_index % 12 + 1:02d}-01"

        print()
        print(f"{'query':55} {'plain ms':>10} {'part ms':>10} {'plain buf':>10} {'part buf':>10} {'parts read':>10}")
        for name, sql, params in queries(low, low + 20_000, sample, through, floor, oldest):
            result = {}
            for table in (PLAIN, PART):
                explain(cursor, sql.format(t=table), params)  # warm the cache: both measured warm
                result[table] = explain(cursor, sql.format(t=table), params)
            p, q = result[PLAIN], result[PART]
            print(
                f"{name:55} {p['ms']:10.1f} {q['ms']:10.1f} {p['buffers']:10,} {q['buffers']:10,} {q['partitions']:10}"
            )
        # the member file of 200 households (the ledger page): total time
        for table in (PLAIN, PART):
            start = time.monotonic()
            for household in sample:
                cursor.execute(
                    f"SELECT * FROM {table} WHERE household_id = %s ORDER BY month DESC LIMIT 36", [household]
                )
                cursor.fetchall()
            rows.append((f"member file ledger ×200 households {table}", (time.monotonic() - start) * 1000, None, None))

        # the month's dues booking: one month for every household (rolled back)
        booking = (
            "INSERT INTO {t} (id, household_id, month, amount, settled_on, paid_in_time, exemption) "
            "SELECT 1000000000 + id, id, '2026-12-01', 12.50, NULL, false, '' FROM members_household"
        )
        for table in (PLAIN, PART):
            cursor.execute("BEGIN")
            rows.append(
                (
                    f"booking 1 month ({households:,} rows) {table}",
                    timed(cursor, booking.format(t=table)) * 1000,
                    None,
                    None,
                )
            )
            cursor.execute("ROLLBACK")

        # the nightly settles this month's dues: dead rows, then VACUUM (ANALYZE)
        settle = "UPDATE {t} SET settled_on = settled_on WHERE month = %s"
        for table, vacuumed in ((PLAIN, PLAIN), (PART, f"{PART}_y{y}")):
            cursor.execute(settle.format(t=table), [through])
            rows.append(
                (f"VACUUM (ANALYZE) {vacuumed}", timed(cursor, f"VACUUM (ANALYZE) {vacuumed}") * 1000, None, None)
            )
        rows.append((f"VACUUM (ANALYZE) whole {PART}", timed(cursor, f"VACUUM (ANALYZE) {PART}") * 1000, None, None))

        # the archive of a year: DETACH PARTITION (+ kept months back) vs DELETE (both rolled back)
        year = args.archive_year
        cursor.execute("BEGIN")
        start = time.monotonic()
        cursor.execute(f"DELETE FROM {PLAIN} WHERE month >= %s AND month < %s", [f"{year}-01-01", f"{year + 1}-01-01"])
        deleted = cursor.rowcount
        rows.append(
            (f"archive {year} by DELETE ({deleted:,} rows) {PLAIN}", (time.monotonic() - start) * 1000, None, None)
        )
        cursor.execute("ROLLBACK")
        cursor.execute("BEGIN")
        detach = timed(cursor, f"ALTER TABLE {PART} DETACH PARTITION {PART}_y{year}")
        rows.append((f"archive {year} by DETACH PARTITION {PART}", detach * 1000, None, None))
        start = time.monotonic()
        cursor.execute(
            f"CREATE TABLE {PART}_y{year}_kept PARTITION OF {PART} FOR VALUES FROM ('{year}-01-01') TO ('{year + 1}-01-01')"
        )
        cursor.execute(
            f"WITH kept AS (DELETE FROM {PART}_y{year} AS d WHERE NOT d.paid_in_time OR d.legacy_import_id IS NOT NULL "
            f"RETURNING d.*) INSERT INTO {PART} SELECT * FROM kept"
        )
        kept = cursor.rowcount
        rows.append(
            (f"  + the kept months back in the ledger ({kept:,} rows)", (time.monotonic() - start) * 1000, None, None)
        )
        cursor.execute("ROLLBACK")

        print()
        print(f"{'operation':70} {'ms':>12}")
        for name, ms, _a, _b in rows:
            print(f"{name:70} {ms:12.1f}")
        print()
        for table in (PLAIN, PART):
            print(
                f"{table:24} table {table_bytes(cursor, table) / 2**20:9,.0f} MiB   "
                f"indexes {index_bytes(cursor, table) / 2**20:9,.0f} MiB"
            )
        cursor.execute(f"SELECT pg_relation_size('{PART}_y{y}'), pg_indexes_size('{PART}_y{y}')")
        heap, indexes = cursor.fetchone()
        print(
            f"{PART}_y{y} (the year the nightly writes): table {heap / 2**20:,.0f} MiB, indexes {indexes / 2**20:,.0f} MiB"
        )
        cursor.execute(
            "SELECT pg_size_pretty(pg_total_relation_size('members_payment')), count(*) FROM members_payment"
        )
        size, payments = cursor.fetchone()
        print(f"members_payment (not partitioned): {payments:,} rows, {size}")
        print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
