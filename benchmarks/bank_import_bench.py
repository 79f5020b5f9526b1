"""Benchmark: bank statement imports — check (dry run) and apply, set-based, against recording the
lines one by one with ``payment_record`` (what the import-export import did in the HTTP request).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \\
        .venv/bin/python benchmarks/bank_import_bench.py --households 50000 --rows 5000 50000 [--reuse] [--profile]

Steps:

1. Creates/migrates the database and generates ``--households`` households with a year of
   history when they are missing (``members_bench.prepare_database`` / ``generate``).
2. For each size in ``--rows``: a statement (CSV with ``;``, Windows-1252, Belgian amounts and
   dates, the households' structured communications; a household may have several lines; one line
   in ten names the months it pays) is uploaded, checked (``tasks.bank_import_validate``) and
   applied (``tasks.bank_import_apply``), each timed: rows/s (target ≥ 5,000 rows/s).
3. ``payment_record`` line by line over ``--baseline`` lines of a statement, in a transaction
   rolled back afterwards: the old rate, for comparison.

The statements are applied for real (their payments stay, as a bank's would); bank references carry
the run's time, so the script can run again on the same database.
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
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE, DJANGO_DEBUG=0)
from members_bench import record, say  # noqa: E402

TARGET_ROWS_PER_S = 5_000


def build_statement(rows: int, seed: int, run: str) -> bytes:
    """``rows`` statement lines over the generated households (a few lines for some), paid this month."""
    from django.utils import timezone

    from core.months import Month
    from members import selectors
    from members.models import Household

    rng = random.Random(seed)
    households = list(selectors.titulars_for().values())
    today = timezone.localdate()
    lines = ["Datum;Bedrag;Mededeling;Transactie;Maanden"]
    seen = set()
    for index in range(rows):
        titular = rng.choice(households)
        paid_on = today - timedelta(days=rng.randrange(0, 5))
        reference = Household(pk=titular.household_id).payment_reference
        months = ""
        if index % 10 == 0 and titular.household_id not in seen:  # the next month, named, on a first line
            months = str(Month.of(today) + 1)
            amount = "10,00"
        else:
            amount = rng.choice(["10,00", "20,00", "30,00", "120,00", "15,00"])
        seen.add(titular.household_id)
        lines.append(f"{paid_on:%d/%m/%Y};{amount};Bijdrage {reference} – €;{run}-{index};{months}")
    return ("\n".join(lines) + "\n").encode("cp1252")


def time_import(rows: int, seed: int, profile: bool) -> None:
    from django.db import transaction

    from members import bank_import, tasks
    from members.models import BankImport, BankImportStatus

    run = f"bench{int(time.time())}"
    content = build_statement(rows, seed, run)
    # a named month is refused when an earlier run paid it already: then the names are dropped
    with transaction.atomic():
        job = bank_import.bank_import_upload(file_name=f"{run}.csv", content=content, user=None)
    started, cpu = time.perf_counter(), time.process_time()
    status = tasks.bank_import_validate(job.pk)
    checked, checked_cpu = time.perf_counter() - started, time.process_time() - cpu
    job.refresh_from_db()
    if status != BankImportStatus.VALIDATED:
        refused = {e["message"].split(":")[0] for e in job.errors[:5]}
        say(
            f"{rows:,} rows: check says {status} ({job.error_count} errors, e.g. {refused}); retrying without named months"
        )
        BankImport.objects.filter(pk=job.pk).update(status=BankImportStatus.FAILED)
        content = "\n".join(line.rsplit(";", 1)[0] + ";" for line in content.decode("cp1252").splitlines()).encode(
            "cp1252"
        )
        with transaction.atomic():
            job = bank_import.bank_import_upload(file_name=f"{run}-b.csv", content=content, user=None)
        started, cpu = time.perf_counter(), time.process_time()
        status = tasks.bank_import_validate(job.pk)
        checked, checked_cpu = time.perf_counter() - started, time.process_time() - cpu
        job.refresh_from_db()
        assert status == BankImportStatus.VALIDATED, job.errors[:5]
    say(
        f"{rows:,} rows: checked in {checked:.2f} s = {rows / checked:,.0f} rows/s (Python CPU {checked_cpu:.2f} s) "
        f"({job.payments:,} payments, {job.households:,} households, {job.months_settled:,} months)"
    )
    record(
        f"check of {rows:,} rows",
        f"{checked:.2f} s, {rows / checked:,.0f} rows/s (CPU {checked_cpu:.2f} s)",
        members_bench._verdict(rows / checked >= TARGET_ROWS_PER_S, f"≥ {TARGET_ROWS_PER_S:,} rows/s"),
    )

    with transaction.atomic():
        assert bank_import.bank_import_request_apply(job=job, user=None)
    profiler = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    status = tasks.bank_import_apply(job.pk)
    if profiler:
        profiler.disable()
    applied, applied_cpu = time.perf_counter() - started, time.process_time() - cpu
    job.refresh_from_db()
    assert status == BankImportStatus.APPLIED, (status, job.failure, job.errors[:5])
    say(
        f"{rows:,} rows: applied in {applied:.2f} s = {rows / applied:,.0f} rows/s (Python CPU {applied_cpu:.2f} s) "
        f"({job.months_settled:,} months settled, {job.unallocated} € unallocated)"
    )
    record(
        f"apply of {rows:,} rows",
        f"{applied:.2f} s, {rows / applied:,.0f} rows/s (CPU {applied_cpu:.2f} s)",
        members_bench._verdict(rows / applied >= TARGET_ROWS_PER_S, f"≥ {TARGET_ROWS_PER_S:,} rows/s"),
    )
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        say(out.getvalue())


def time_one_by_one(rows: int, seed: int) -> None:
    """``payment_record`` per line (the old import's inner loop), rolled back afterwards."""
    from django.db import transaction

    from members import bank_import, services
    from members.models import PaymentSource

    content = build_statement(rows, seed + 1, f"base{int(time.time())}")
    reading = bank_import.read_statement(content, today=bank_import.timezone.localdate())
    started = time.perf_counter()
    done = 0
    with transaction.atomic():
        for line in reading.lines:
            try:
                with transaction.atomic():
                    services.payment_record(
                        household=line.household_id,
                        amount=line.amount,
                        paid_on=line.paid_on,
                        months=list(line.months) or None,
                        source=PaymentSource.BANK_IMPORT,
                        bank_reference=line.bank_reference,
                        communication=line.communication,
                    )
            except Exception:  # noqa: BLE001 - a refused line counts as done, as in the old dry run
                pass
            done += 1
        elapsed = time.perf_counter() - started
        transaction.set_rollback(True)
    say(f"payment_record line by line: {done:,} lines in {elapsed:.2f} s = {done / elapsed:,.0f} rows/s")
    record(f"payment_record one by one ({done:,} lines)", f"{done / elapsed:,.0f} rows/s", "the old import's rate")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--rows", type=int, nargs="+", default=[5_000, 50_000])
    parser.add_argument("--baseline", type=int, default=1_000, help="lines recorded one by one (0: skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", action="store_true", help="only generate the households that are missing")
    parser.add_argument("--recreate", action="store_true", help="drop and recreate the database first")
    parser.add_argument("--profile", action="store_true", help="print the apply's hot spots")
    args = parser.parse_args()

    import django

    django.setup()
    from config.celery import app

    # the tasks are called here, in this process, and timed: what the upload and "apply" enqueue
    # goes to an in-memory broker that nobody reads
    app.conf.update(task_always_eager=False, broker_url="memory://", result_backend="cache+memory://")
    members_bench.prepare_database(args.recreate)
    members_bench.generate(args.households, args.seed, args.reuse, vacuum=True)
    for rows in args.rows:
        time_import(rows, args.seed + rows, args.profile)
    if args.baseline:
        time_one_by_one(args.baseline, args.seed)
    say(
        f"\nSummary (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: wall times grow with other work; "
        "CPU is this process's)"
    )
    for figure, value, verdict in members_bench.summary:
        say(f"  {figure:<42} {value:<44} {verdict}")


if __name__ == "__main__":
    main()
