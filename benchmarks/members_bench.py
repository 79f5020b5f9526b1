"""Benchmark: the members app at scale — generation, the clerk's member list, the status refresh.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \\
        .venv/bin/python benchmarks/members_bench.py --households 1000000 [--reuse] [--recreate]

Steps:

1. Creates the database if it does not exist (``--recreate``: drops and recreates it first),
   runs ``migrate`` and, when the command exists, ``seed_reference``.
2. Generates the population with ``manage.py generate_population`` (the ``devtools`` app, installed
   by the dev and test settings only: ``devtools/population/``) (``--reuse``: only the
   households that are missing), then ``VACUUM (ANALYZE)`` so autovacuum does not run during the
   measurements (timed separately: maintenance, not generation).
3. The admin member change list, a search by national number and a last-name prefix search, each
   requested ``--repeat`` times by a logged-in superuser (``django.test.Client``): median ms
   (target ≤ 300 ms), plus the queries of one request and the slowest one.
4. ``members.services.statuses_refresh`` over every household in id ranges of ``--chunk``,
   sequentially in this process: seconds and households/s (target: the population in ≤ 2 min).
   Right after a generation this is the first refresh, which writes every status; it then runs a
   second time, as the next night would (nothing changed: nothing written). When the target is
   missed (or with ``--profile``), one chunk is run again under cProfile and the hot spots are
   printed.

Runs with ``DJANGO_DEBUG=0`` so queries are not stored in memory.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
os.environ["DJANGO_DEBUG"] = "0"
# WhiteNoise warns about a missing collectstatic directory on every request: not our subject.
warnings.filterwarnings("ignore", message="No directory at")

ADMIN_TARGET_MS = 300
STATUS_TARGET_S = 120
#: The status target is for a population of a million households, whatever size was generated.
STATUS_TARGET_POPULATION = 1_000_000
#: Databases this script never writes to (it creates, fills and may drop its own).
PROTECTED_DATABASES = {"postgres", "root", "test", "template0", "template1"}

summary: list[tuple[str, str, str]] = []  # (figure, value, target/verdict)


def say(text: str = "") -> None:
    print(text, flush=True)


def record(figure: str, value: str, verdict: str = "") -> None:
    summary.append((figure, value, verdict))


# --- Database -----------------------------------------------------------------------------------


def prepare_database(recreate: bool) -> None:
    """Create (or drop and recreate) the benchmark database on PostgreSQL; migrate; seed."""
    from django.conf import settings
    from django.core.management import call_command, get_commands
    from django.db import connection

    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.postgresql":
        import psycopg
        from psycopg import sql

        name = db["NAME"]
        if name in PROTECTED_DATABASES:
            sys.exit(f"Refusing to benchmark in database {name!r}: use a database of its own (e.g. bench).")
        params = {
            k: v
            for k, v in {
                "host": db.get("HOST"),
                "port": db.get("PORT"),
                "user": db.get("USER"),
                "password": db.get("PASSWORD"),
            }.items()
            if v
        }
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if exists and recreate:
                connection.close()
                say(f"dropping database {name}")
                admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
                exists = None
            if not exists:
                say(f"creating database {name}")
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    elif recreate:
        sys.exit("--recreate is for PostgreSQL only.")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    say(f"migrate: {time.perf_counter() - started:.1f} s")
    if "seed_reference" in get_commands():
        call_command("seed_reference", verbosity=0, stdout=io.StringIO())
        say("seed_reference: done")
    else:
        say("seed_reference: not available, skipped (the generator creates synthetic contribution tables)")


def generate(households: int, seed: int, reuse: bool, vacuum: bool) -> None:
    from django.core.management import call_command, get_commands
    from django.db import connection

    from members.models import Household

    if "generate_population" not in get_commands():
        sys.exit("generate_population is a devtools command: run with config.settings.dev (the default here).")
    existing = Household.objects.count()
    wanted = households - existing if reuse else households
    if reuse and wanted <= 0:
        say(f"generation: skipped, {existing:,} households exist (--reuse)")
        record("generation", "skipped (--reuse)", "")
    else:
        if existing and not reuse:
            say(f"note: {existing:,} households exist already; adding {wanted:,} more")
        say(f"generating {wanted:,} households …")
        started = time.perf_counter()
        call_command("generate_population", households=wanted, seed=seed)
        elapsed = time.perf_counter() - started
        target = 300 if wanted >= 1_000_000 else 300 * wanted / 1_000_000
        record(
            f"generation of {wanted:,} households", f"{elapsed:.1f} s", _verdict(elapsed <= target, f"≤ {target:.0f} s")
        )
    if vacuum and connection.vendor == "postgresql":
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for table in ("members_household", "members_member", "members_payment", "members_contributiondue"):
                cursor.execute(f"VACUUM (ANALYZE) {table}")
        elapsed = time.perf_counter() - started
        say(f"vacuum (analyze): {elapsed:.1f} s")
        record("vacuum (analyze) after generation", f"{elapsed:.1f} s", "maintenance, not generation")


def _verdict(ok: bool, target: str) -> str:
    return f"{'OK' if ok else 'MISSED'} (target {target})"


# --- Admin --------------------------------------------------------------------------------------


def time_admin(repeat: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from members.models import Member

    user = get_user_model().objects.filter(username="bench-admin").first()
    if user is None:
        user = get_user_model().objects.create_superuser("bench-admin", "bench-admin@example.org", None)
    client = Client()
    client.force_login(user)

    middle = Member.objects.order_by("-id").values_list("id", flat=True).first() or 0
    sample = (
        Member.objects.filter(id__gte=middle // 2).order_by("id").values_list("national_number", "last_name").first()
    )
    if sample is None:
        say("admin: no members, skipped")
        return
    number, last_name = sample
    prefix = last_name[:4]
    pages = [
        ("member change list", "/admin/members/member/"),
        (f"search national number {number}", f"/admin/members/member/?q={number}"),
        (f"search name prefix {prefix!r}", f"/admin/members/member/?q={prefix}"),
    ]
    for label, url in pages:
        timings, status = [], None
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            status = response.status_code
        if status != 200:
            reason = {404: "not found: the admin is not registered (yet)", 302: "redirect (not logged in?)"}.get(
                status, ""
            )
            say(f"admin {label}: HTTP {status} {reason}")
            record(f"admin: {label}", f"HTTP {status}", reason)
            continue
        median = statistics.median(timings)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        slowest = max(queries.captured_queries, key=lambda q: float(q["time"]), default=None)
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        say(
            f"admin {label}: median {median:.0f} ms (min {min(timings):.0f}, max {max(timings):.0f}); "
            f"{len(queries.captured_queries)} queries, {sql_ms:.0f} ms in SQL"
        )
        if slowest is not None:
            say(f"    slowest query {float(slowest['time']) * 1000:.0f} ms: {slowest['sql'][:300]}")
        record(
            f"admin: {label}",
            f"{median:.0f} ms median of {repeat}",
            _verdict(median <= ADMIN_TARGET_MS, f"≤ {ADMIN_TARGET_MS} ms"),
        )


# --- Status refresh -----------------------------------------------------------------------------


def time_statuses(chunk: int, limit: int | None, profile: bool, label: str = "") -> None:
    from django.db.models import Max, Min

    from members.models import EntitlementStatus, Household
    from members.services import statuses_refresh

    bounds = Household.objects.aggregate(lo=Min("id"), hi=Max("id"))
    if bounds["lo"] is None:
        say("statuses_refresh: no households, skipped")
        return
    lo, hi = bounds["lo"], bounds["hi"] + 1
    ranges = [(start, min(start + chunk, hi)) for start in range(lo, hi, chunk)]
    if limit:
        ranges = ranges[:limit]
    as_of = date.today()
    say(f"statuses_refresh(as_of={as_of}) over {len(ranges)} id ranges of {chunk:,} (ids {lo:,}–{hi - 1:,}) …")
    totals: dict[str, int] = {}
    started = time.perf_counter()
    for number, id_range in enumerate(ranges, 1):
        chunk_started = time.perf_counter()
        counts = statuses_refresh(as_of=as_of, id_range=id_range)
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
        if number == 1 or number % 10 == 0 or number == len(ranges):
            elapsed = time.perf_counter() - started
            done = sum(totals.get(status, 0) for status in EntitlementStatus.values)
            say(
                f"  chunk {number}/{len(ranges)} {id_range}: {time.perf_counter() - chunk_started:.1f} s; "
                f"total {elapsed:.0f} s, {done / elapsed:,.0f} households/s"
            )
    elapsed = time.perf_counter() - started
    households = sum(totals.get(status, 0) for status in EntitlementStatus.values)
    rate = households / elapsed if elapsed else 0
    say(f"statuses_refresh: {households:,} households in {elapsed:.1f} s = {rate:,.0f} households/s; {totals}")
    projected = STATUS_TARGET_POPULATION / rate if rate else float("inf")
    label_suffix = label
    label = (
        "statuses_refresh, all households" if not limit else f"statuses_refresh, first {len(ranges)} chunks"
    ) + label
    record(label, f"{elapsed:.1f} s, {rate:,.0f} households/s", "")
    record(
        f"statuses_refresh, projected for {STATUS_TARGET_POPULATION:,}{label_suffix}",
        f"{projected:.0f} s",
        _verdict(projected <= STATUS_TARGET_S, f"≤ {STATUS_TARGET_S} s"),
    )
    record(f"statuses by status{label_suffix}", ", ".join(f"{k} {v:,}" for k, v in totals.items()), "")

    if profile or projected > STATUS_TARGET_S:
        profile_chunk(ranges[0], as_of)


def profile_chunk(id_range: tuple[int, int], as_of: date) -> None:
    """One chunk under cProfile: where the time goes (SQL vs Python)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from members.services import statuses_refresh

    say(f"\nprofile of one chunk {id_range}:")
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        profiler.runcall(statuses_refresh, as_of=as_of, id_range=id_range)
        elapsed = time.perf_counter() - started
    sql_s = sum(float(q["time"]) for q in queries.captured_queries)
    say(
        f"  {elapsed:.1f} s in all, {sql_s:.1f} s in {len(queries.captured_queries)} SQL queries "
        f"(Python: {elapsed - sql_s:.1f} s)"
    )
    for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:5]:
        say(f"    {float(q['time']):.2f} s  {q['sql'][:200]}")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime")
    stats.print_stats(18)
    say("  by own time (tottime):")
    say("\n".join("    " + line for line in out.getvalue().splitlines() if line.strip()))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"/(members|core)/", 16)
    say("  by cumulative time (project code):")
    say("\n".join("    " + line.replace(str(ROOT) + "/", "") for line in out.getvalue().splitlines() if line.strip()))
    record("profiled chunk", f"{elapsed:.1f} s ({sql_s:.1f} s SQL, {elapsed - sql_s:.1f} s Python)", "")


# --- Main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--reuse", action="store_true", help="Keep existing households; generate only the missing ones."
    )
    parser.add_argument("--recreate", action="store_true", help="PostgreSQL: drop and recreate the database first.")
    parser.add_argument(
        "--no-vacuum", dest="vacuum", action="store_false", help="Skip VACUUM (ANALYZE) after generation."
    )
    parser.add_argument("--repeat", type=int, default=5, help="Requests per admin page (median reported).")
    parser.add_argument("--chunk", type=int, default=20_000, help="Household id range per statuses_refresh call.")
    parser.add_argument("--status-chunks", type=int, default=None, help="Only the first N chunks (then extrapolate).")
    parser.add_argument("--profile", action="store_true", help="Profile one status chunk even when on target.")
    parser.add_argument("--skip", nargs="*", default=[], choices=["admin", "statuses"], help="Skip measurements.")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    say(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    prepare_database(args.recreate)
    generate(args.households, args.seed, args.reuse, args.vacuum)
    if "admin" not in args.skip:
        time_admin(args.repeat)
    if "statuses" not in args.skip:
        time_statuses(args.chunk, args.status_chunks, args.profile)
        time_statuses(args.chunk, args.status_chunks, False, label=" (again: the next night)")

    from members.models import ContributionDue, Household, Member, Payment

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT relname, reltuples::bigint FROM pg_class WHERE relname IN "
                "('members_household', 'members_member', 'members_payment', 'members_contributiondue')"
            )
            sizes = dict(cursor.fetchall())
        population = ", ".join(f"{name.removeprefix('members_')} ≈{count:,}" for name, count in sorted(sizes.items()))
    else:
        population = ", ".join(
            f"{model.__name__} {model.objects.count():,}" for model in (Household, Member, Payment, ContributionDue)
        )
    say("\n" + "=" * 100)
    say(f"SUMMARY — {population}")
    width = max(len(f) for f, _v, _t in summary) if summary else 10
    for figure, value, verdict in summary:
        say(f"  {figure:<{width}}  {value:<40} {verdict}")


if __name__ == "__main__":
    main()
