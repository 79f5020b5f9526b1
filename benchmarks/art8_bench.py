"""Benchmark: the entitlement refresh against its hand-written SQL statement (issue #18), same data, same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/art8 \\
        .venv/bin/python benchmarks/art8_bench.py [--chunk 20000] [--as-of 2026-11-27] [--profile]

On the population already in the database (``manage.py generate_population``), it times:

1. the SQL baseline (``benchmarks/art8_sql.py``): every status computed, then materialised into an
   UNLOGGED scratch table (best of ``--repeat``);
2. ``members.services.statuses_refresh`` over every household in id ranges of ``--chunk`` on a
   *first night*: the statuses table (``members_householdstatus``) is emptied first, so every status
   is written (with its ``StatusChange`` row);
3. the same on the *next night* (after ``VACUUM (ANALYZE)`` of the statuses, untimed, as a day's
   autovacuum would do): nothing changed, nothing to write;

and prints the ratios first night / SQL materialise and next night / SQL compute against the aim
of ≤ 2× (issue #18). ``--profile``: one chunk of the next night under cProfile, and its SQL.

It empties the statuses table of the database it runs in: it refuses the shared databases.
Runs with ``DJANGO_DEBUG=0`` so queries are not stored in memory.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
os.environ["DJANGO_DEBUG"] = "0"

AIM = 2.0
#: Databases this script never writes to (it empties the statuses table of the one it runs in).
PROTECTED_DATABASES = {"postgres", "root", "test", "template0", "template1", "solidaris"}


def say(text: str = "") -> None:
    print(text, flush=True)


def sql_baseline(as_of: date, repeat: int) -> tuple[int, float, float]:
    """(households, best compute seconds, best materialise seconds)."""
    from art8_sql import art8_statuses_sql
    from django.db import connection, transaction

    best = {}
    households = 0
    with connection.cursor() as cursor:
        for materialise in (False, True):
            runs = []
            for _ in range(repeat):
                with transaction.atomic():
                    households, seconds = art8_statuses_sql(cursor, as_of, materialise=materialise)
                runs.append(seconds)
            best[materialise] = min(runs)
            label = "materialise" if materialise else "compute"
            say(f"SQL baseline, {label}: {households:,} households, best {min(runs):.2f} s of {runs}")
    return households, best[False], best[True]


def refresh(as_of: date, chunk: int, label: str) -> tuple[float, dict[str, int]]:
    from django.db.models import Max, Min

    from members.models import Household
    from members.services import statuses_refresh

    bounds = Household.objects.aggregate(lo=Min("id"), hi=Max("id"))
    lo, hi = bounds["lo"], bounds["hi"] + 1
    ranges = [(start, min(start + chunk, hi)) for start in range(lo, hi, chunk)]
    totals: dict[str, int] = {}
    started = time.perf_counter()
    for id_range in ranges:
        for key, value in statuses_refresh(as_of=as_of, id_range=id_range).items():
            totals[key] = totals.get(key, 0) + value
    elapsed = time.perf_counter() - started
    say(f"statuses_refresh, {label}: {len(ranges)} chunks of {chunk:,}: {elapsed:.2f} s; {totals}")
    return elapsed, totals


def profile_chunk(as_of: date, chunk: int) -> None:
    from django.db import connection
    from django.db.models import Min
    from django.test.utils import CaptureQueriesContext

    from members.models import Household
    from members.services import statuses_refresh

    lo = Household.objects.aggregate(lo=Min("id"))["lo"]
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        profiler.runcall(statuses_refresh, as_of=as_of, id_range=(lo, lo + chunk))
        elapsed = time.perf_counter() - started
    sql_s = sum(float(q["time"]) for q in queries.captured_queries)
    say(
        f"\nprofile of one chunk ({lo:,}, {lo + chunk:,}): {elapsed:.2f} s, {sql_s:.2f} s in "
        f"{len(queries.captured_queries)} queries"
    )
    for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:6]:
        say(f"    {float(q['time']):.3f} s  {' '.join(q['sql'].split())[:160]}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(14)
    say("\n".join("    " + line for line in out.getvalue().splitlines() if line.strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    parser.add_argument("--chunk", type=int, default=20_000, help="Household id range per statuses_refresh call.")
    parser.add_argument("--repeat", type=int, default=2, help="Runs of each SQL baseline; the best counts.")
    parser.add_argument("--profile", action="store_true", help="Profile one chunk of the next night.")
    args = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("art8_bench: PostgreSQL only (set DATABASE_URL)")
    name = settings.DATABASES["default"]["NAME"]
    if name in PROTECTED_DATABASES:
        sys.exit(f"Refusing to empty the statuses of database {name!r}: use a database of its own.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM members_household")
        say(f"database {name}: {cursor.fetchone()[0]:,} households; as of {args.as_of}; chunk {args.chunk:,}")

    households, compute_s, materialise_s = sql_baseline(args.as_of, args.repeat)
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE members_householdstatus")
    first_s, first = refresh(args.as_of, args.chunk, "first night (statuses emptied)")
    # a day passes: autovacuum has seen the night's 500,000-odd new rows (untimed maintenance; without it
    # the next night's first read of them sets their hint bits, writing every page)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) members_householdstatus, members_statuschange")
    say(f"VACUUM (ANALYZE) of the statuses and their changes between the nights: {time.perf_counter() - started:.1f} s")
    next_s, again = refresh(args.as_of, args.chunk, "next night (nothing changed)")
    if args.profile:
        profile_chunk(args.as_of, args.chunk)

    say("")
    say(f"{'figure':<44} {'seconds':>8} {'ratio':>7}  aim ≤ {AIM:.0f}×")
    say(f"{'SQL statement, compute':<44} {compute_s:>8.2f}")
    say(f"{'SQL statement, materialise':<44} {materialise_s:>8.2f}")
    for label, seconds, base in (
        ("refresh, first night / SQL materialise", first_s, materialise_s),
        ("refresh, next night / SQL compute", next_s, compute_s),
    ):
        ratio = seconds / base
        say(f"{label:<44} {seconds:>8.2f} {ratio:>6.1f}×  {'met' if ratio <= AIM else 'MISSED'}")
    say(
        f"households: {households:,} (SQL), judged by the refresh: "
        f"{sum(v for k, v in again.items() if k not in ('changed', 'written')):,}; "
        f"next night wrote {again.get('written', 0):,}, changed {again.get('changed', 0):,}"
    )


if __name__ == "__main__":
    main()
