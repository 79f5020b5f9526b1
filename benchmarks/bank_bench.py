"""Benchmark: the bank at scale — a direct-debit collection run (pain.008) over the households with a
mandate, and a camt.053 statement import (issue #15: a million households' dues collected, a statement
of 500,000 entries imported, each in ≤ 2 minutes).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL= \\
        .venv/bin/python benchmarks/bank_bench.py --households 20000 --mandates 20000 --entries 20000

Steps:

1. Creates/migrates the database and generates ``--households`` households when they are missing
   (``members_bench.prepare_database`` / ``generate``, always ``--reuse``).
2. Gives ``--mandates`` households (with a titular, in id order) an active SEPA mandate, bulk-inserted
   (the benchmark measures the run, not ``mandate_create``); skipped for those that have one.
3. ``bank.services.collection_run_create`` on the first valid collection date (pre-notification days
   ahead, a TARGET2 business day): dues, mandates, pain.008 size, seconds, dues/s. Rolled back
   afterwards (``--keep``: committed), so the next run of the script collects the same dues. Then a
   hand-written SQL statement for the same selection (dues of households with an active mandate,
   unpaid, in no open collection item, month ≤ the collection's month), timed on the same data
   (the dues booked as the run books them, rolled back too), and the ratio run / SQL.
4. A camt.053.001.08 of ``--entries`` credit entries, each a household paying by its structured
   communication (``bank.tests.statement_builders``), imported with
   ``bank.statements.statement_import(dry_run=False)``: entries/s; imported a second time (the
   statement is a duplicate: nothing booked).
5. A summary, each aim (≤ 120 s) checked at the measured size and extrapolated linearly to
   1,000,000 households / 500,000 entries (an extrapolation, not a measurement).

``--profile`` (or an extrapolation over the aim) runs the step again under cProfile, rolled back, and
prints the hot spots. ``BANK_IMPORT_MAX_ROWS`` / ``_BYTES`` are raised in this process when the
statement is larger than the settings allow (an upload's limits, not the import's).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import sys
import time
import warnings
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE, DJANGO_DEBUG=0)
from members_bench import record, say  # noqa: E402

# a profiled step runs more queries than the query log keeps: said in the profile's figures
warnings.filterwarnings("ignore", message="Limit for query logging exceeded")

AIM_S = 120
COLLECTION_AIM_HOUSEHOLDS = 1_000_000
IMPORT_AIM_ENTRIES = 500_000

#: The same selection as ``bank.services._plan``'s query, by hand.
SELECTION_SQL = """
SELECT d.id, d.household_id, d.month, d.amount
  FROM members_contributiondue d
  JOIN bank_mandate m ON m.household_id = d.household_id AND m.status = 'active'
 WHERE d.settled_on IS NULL
   AND d.amount > 0
   AND d.month <= %s
   AND NOT EXISTS (SELECT 1 FROM bank_collectionitemdue l WHERE l.due_id = d.id AND l.open)
 ORDER BY d.household_id, d.month
"""


class Rollback(Exception):
    pass


def _verdict(seconds: float, label: str) -> str:
    return members_bench._verdict(seconds <= AIM_S, f"≤ {AIM_S} s{label}")


# --- Mandates -----------------------------------------------------------------------------------


def ensure_mandates(wanted: int) -> list[int]:
    """The first ``wanted`` households with a titular get an active mandate (bulk); their ids."""
    from django.utils import timezone
    from stdnum import iban as stdnum_iban

    from bank import rules
    from bank.models import Mandate, MandateStatus
    from members.models import Member, Role

    households = list(
        Member.objects.filter(role=Role.TITULAR)
        .order_by("household_id")
        .values_list("household_id", flat=True)
        .distinct()[:wanted]
    )
    if len(households) < wanted:
        say(f"note: only {len(households):,} households have a titular; {len(households):,} mandates")
    have = set(
        Mandate.objects.filter(status=MandateStatus.ACTIVE, household_id__in=households).values_list(
            "household_id", flat=True
        )
    )
    missing = [pk for pk in households if pk not in have]
    if not missing:
        say(f"mandates: {len(have):,} active already, none added")
        return households
    today = timezone.localdate()
    signed_on = today - timedelta(days=120)

    def iban(pk: int) -> str:  # bank/demo.py's _belgian_iban: a valid Belgian IBAN per household
        first = f"{100 + pk % 800:03d}{pk % 10_000_000:07d}"
        bban = first + f"{int(first) % 97 or 97:02d}"
        return "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban

    started = time.perf_counter()
    Mandate.objects.bulk_create(
        [
            Mandate(
                reference=rules.mandate_reference(pk, signed_on, f"b{pk:x}"[-6:]),
                household_id=pk,
                debtor_name=f"Household {pk}",
                iban=iban(pk),
                signed_on=signed_on,
                status=MandateStatus.ACTIVE,
                status_changed_on=today,
            )
            for pk in missing
        ],
        batch_size=5_000,
    )
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE bank_mandate")
    say(f"mandates: {len(missing):,} bulk-inserted in {time.perf_counter() - started:.1f} s ({len(have):,} existed)")
    return households


# --- Collection run -----------------------------------------------------------------------------


def collection_dates():
    from django.conf import settings
    from django.utils import timezone

    from bank import rules

    today = timezone.localdate()
    return today, rules.earliest_collection_date(today=today, prenotification_days=settings.SEPA_PRENOTIFICATION_DAYS)


def time_collection(keep: bool, profile: bool) -> dict:
    from django.db import transaction

    from bank.services import collection_run_create

    today, collection_date = collection_dates()
    say(f"\ncollection_run_create(collection_date={collection_date}, today={today}) …")
    started, cpu = time.perf_counter(), time.process_time()
    try:
        with transaction.atomic():
            result = collection_run_create(collection_date=collection_date, today=today)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            if not keep:
                raise Rollback
    except Rollback:
        pass
    size = sum(len(run.xml.encode()) for run in result.runs)
    rate = result.dues / elapsed if elapsed else 0
    say(
        f"collection: {result.dues:,} dues of {result.mandates:,} mandates, {result.total} €, "
        f"{len(result.runs)} pain.008 file(s), {size / 1e6:.1f} MB, in {elapsed:.1f} s (Python CPU {cpu:.1f} s) = {rate:,.0f} dues/s, "
        f"{result.mandates / elapsed if elapsed else 0:,.0f} mandates/s{'' if keep else ' (rolled back)'}"
    )
    if result.run is None:
        say("  nothing collected: every due is paid or in an open collection already (an earlier --keep?)")
    record(
        f"collection run: {result.dues:,} dues, {result.mandates:,} mandates",
        f"{elapsed:.1f} s, {rate:,.0f} dues/s, pain.008 {size / 1e6:.1f} MB",
        _verdict(elapsed, " at this size"),
    )
    projected = elapsed * COLLECTION_AIM_HOUSEHOLDS / result.mandates if result.mandates else float("inf")
    record(
        f"collection, EXTRAPOLATED to {COLLECTION_AIM_HOUSEHOLDS:,} mandates",
        f"{projected:.0f} s (linear)",
        _verdict(projected, ", extrapolated"),
    )
    sql_s = time_selection_sql(collection_date, result.dues, elapsed)
    if profile or projected > AIM_S:
        profile_call(
            "collection_run_create",
            lambda: collection_run_create(collection_date=collection_date, today=today),
            r"/(bank|members|core)/",
        )
    return {"elapsed": elapsed, "dues": result.dues, "mandates": result.mandates, "sql": sql_s}


def time_selection_sql(collection_date, dues: int, run_s: float) -> float:
    """The run's selection by hand: the dues booked first as the run does (rolled back)."""
    from collections import defaultdict

    from django.db import connection, transaction

    from bank import rules
    from bank.models import Mandate, MandateStatus
    from members import services as member_services

    try:
        with transaction.atomic():
            by_last = defaultdict(list)
            for household_id, frequency in Mandate.objects.filter(status=MandateStatus.ACTIVE).values_list(
                "household_id", "frequency"
            ):
                by_last[rules.collectable_months_through(rules.Frequency(frequency), collection_date)].append(
                    household_id
                )
            for last, ids in by_last.items():
                member_services.dues_book(through=last, household_ids=ids)
            last = max(by_last) if by_last else None
            timings, rows = [], 0
            for _ in range(3):
                with connection.cursor() as cursor:
                    started = time.perf_counter()
                    cursor.execute(SELECTION_SQL, [last.first_day if last else collection_date])
                    rows = len(cursor.fetchall())
                    timings.append(time.perf_counter() - started)
            raise Rollback
    except Rollback:
        pass
    best = min(timings)
    ratio = run_s / best if best else float("inf")
    say(
        f"hand-written SQL selection: {rows:,} dues in {best * 1000:.0f} ms (best of 3; the run took "
        f"{dues:,}: it also drops months older than it may demand) — the run takes {ratio:,.0f}× the SELECT"
    )
    record(f"hand-written SQL selection ({rows:,} dues)", f"{best * 1000:.0f} ms; run / SQL = {ratio:,.0f}×", "")
    return best


# --- Statement import ---------------------------------------------------------------------------


def build_camt(households: list[int], entries: int, seed: int) -> bytes:
    from django.conf import settings
    from django.utils import timezone

    from bank.tests.statement_builders import Stmt, Tx, camt_file, structured

    rng = random.Random(seed)
    today = timezone.localdate()
    run = f"B{int(time.time())}"
    amounts = [Decimal(a) for a in ("10.00", "20.00", "30.00", "60.00", "15.00")]
    txs = []
    for index in range(entries):
        pk = rng.choice(households)
        txs.append(
            Tx(
                amount=rng.choice(amounts),
                day=today,
                name=f"Household {pk}",
                iban="",
                structured=structured(pk),
                ref=f"{run}-{index}",
            )
        )
    number = int(time.time()) % 100_000  # a new statement each run of the script
    return camt_file([Stmt(number=number, day=today, entries=txs)], account=settings.SEPA_CREDITOR_IBAN)


def time_import(households: list[int], entries: int, seed: int, profile: bool) -> dict:
    from django.conf import settings

    from bank.statements import statement_import

    started = time.perf_counter()
    content = build_camt(households, entries, seed)
    say(
        f"\ncamt.053.001.08 of {entries:,} entries, {len(content) / 1e6:.1f} MB, built in {time.perf_counter() - started:.1f} s"
    )
    if entries > settings.BANK_IMPORT_MAX_ROWS or len(content) > settings.BANK_IMPORT_MAX_BYTES:
        say(
            f"  (raising BANK_IMPORT_MAX_ROWS {settings.BANK_IMPORT_MAX_ROWS:,} / BANK_IMPORT_MAX_BYTES "
            f"{settings.BANK_IMPORT_MAX_BYTES:,} in this process: an upload's limits)"
        )
        settings.BANK_IMPORT_MAX_ROWS = max(settings.BANK_IMPORT_MAX_ROWS, entries)
        settings.BANK_IMPORT_MAX_BYTES = max(settings.BANK_IMPORT_MAX_BYTES, len(content) + 1)

    figures = {}
    for label in ("import", "re-import"):
        started, cpu = time.perf_counter(), time.process_time()
        report = statement_import(file_bytes=content, file_name=f"bench-{label}.xml", dry_run=False)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        outcomes = {}
        for line in report.lines:
            outcomes[line.outcome] = outcomes.get(line.outcome, 0) + 1
        rate = entries / elapsed if elapsed else 0
        say(
            f"{label}: {entries:,} entries in {elapsed:.1f} s (Python CPU {cpu:.1f} s) = {rate:,.0f} entries/s; "
            f"{outcomes}"
        )
        record(
            f"statement {label}: {entries:,} entries",
            f"{elapsed:.1f} s, {rate:,.0f} entries/s",
            _verdict(elapsed, " at this size") if label == "import" else "all duplicates",
        )
        figures[label] = elapsed
    projected = figures["import"] * IMPORT_AIM_ENTRIES / entries
    record(
        f"statement import, EXTRAPOLATED to {IMPORT_AIM_ENTRIES:,} entries",
        f"{projected:.0f} s (linear)",
        _verdict(projected, ", extrapolated"),
    )
    if profile or projected > AIM_S:
        fresh = build_camt(households, min(entries, 1_000), seed + 1)
        profile_call(
            f"statement_import (dry run) of {min(entries, 1_000):,} entries",
            lambda: statement_import(file_bytes=fresh, file_name="bench-profile.xml", dry_run=True),
            r"/(bank|members|core)/",
        )
    return figures


# --- Profile ------------------------------------------------------------------------------------


def profile_call(label: str, call, project: str) -> None:
    """``call`` under cProfile in a transaction rolled back: where the time goes."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    say(f"\nprofile of {label} (rolled back):")
    profiler = cProfile.Profile()
    try:
        with transaction.atomic(), CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            profiler.runcall(call)
            elapsed = time.perf_counter() - started
            raise Rollback
    except Rollback:
        pass
    sql_s = sum(float(q["time"]) for q in queries.captured_queries)
    logged = len(queries.captured_queries)
    capped = " (the log keeps the last 9,000 only)" if logged >= 9_000 else ""
    say(f"  {elapsed:.1f} s in all (with the profiler's overhead), {sql_s:.1f} s in {logged:,} SQL queries{capped}")
    for q in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:5]:
        say(f"    {float(q['time']):.2f} s  {q['sql'][:200]}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(15)
    say("  by own time (tottime):")
    say("\n".join("    " + line for line in out.getvalue().splitlines() if line.strip()))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(project, 15)
    say("  by cumulative time (project code):")
    say("\n".join("    " + line.replace(str(ROOT) + "/", "") for line in out.getvalue().splitlines() if line.strip()))


# --- Main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--mandates", type=int, default=None, help="households with a mandate (default: all)")
    parser.add_argument("--entries", type=int, default=IMPORT_AIM_ENTRIES)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--recreate", action="store_true", help="drop and recreate the database first")
    parser.add_argument("--keep", action="store_true", help="commit the collection run (default: rolled back)")
    parser.add_argument("--profile", action="store_true", help="profile each step even when on target")
    parser.add_argument("--skip", nargs="*", default=[], choices=["collection", "import"])
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    say(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    members_bench.prepare_database(args.recreate)
    members_bench.generate(args.households, args.seed, reuse=True, vacuum=True)
    households = ensure_mandates(args.mandates if args.mandates is not None else args.households)
    if "collection" not in args.skip:
        time_collection(args.keep, args.profile)
    if "import" not in args.skip:
        time_import(households, args.entries, args.seed, args.profile)

    say(
        f"\nSUMMARY (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; aims: {COLLECTION_AIM_HOUSEHOLDS:,} "
        f"households collected and {IMPORT_AIM_ENTRIES:,} entries imported, each ≤ {AIM_S} s)"
    )
    width = max(len(f) for f, _v, _t in members_bench.summary)
    for figure, value, verdict in members_bench.summary:
        say(f"  {figure:<{width}}  {value:<44} {verdict}")


if __name__ == "__main__":
    main()
