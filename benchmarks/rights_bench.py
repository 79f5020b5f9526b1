"""Benchmark: the nightly step ``benefits.rights_scan`` (issue #17: rights nobody claims) at scale — every
registered detector (benefits Art. 44/45/51/57/42.4, lending Art. 54 payouts, members Art. 8 §3) over every
household, in the nightly's chunks (aim: ≤ 60 s added to the chain for 1,000,000 households with 2 workers).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL= \\
        .venv/bin/python benchmarks/rights_bench.py --households 20000

Steps:

1. Creates/migrates the database and generates ``--households`` households when they are missing
   (``members_bench.prepare_database`` / ``generate``, always ``--reuse``), then materialises their Art. 8
   status (``members.services.statuses_refresh``, as the chain's first step does) when it is missing.
2. ``benefits.worklist.rights_scan_chunk`` over every household in id ranges of ``--chunk`` (the
   nightly's chunk size), sequentially in this process: the first night (every finding written), then the
   same day again (the next run of the chain: nothing new, nothing closed). Seconds, households/s, findings.
3. The summary: each night's time at the measured size and extrapolated linearly to 1,000,000 households,
   divided over ``--workers`` Celery workers (the chunks are independent: the chain fans them out), against
   the aim of 60 s. An extrapolation, not a measurement: say so when quoting it.

The findings are deleted afterwards (``--keep``: kept), so the next run measures the first night again.
``--profile`` runs one chunk under cProfile and prints the hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE, DJANGO_DEBUG=0)
from members_bench import record, say  # noqa: E402

AIM_S = 60
AIM_HOUSEHOLDS = 1_000_000


def ensure_statuses(chunk: int) -> None:
    """The Art. 8 status the benefits' detectors read (the chain's first step writes it)."""
    from django.db.models import Max, Min

    from members import services
    from members.models import Household, HouseholdStatus

    if HouseholdStatus.objects.exists():
        say("statuses: present, not recomputed")
        return
    bounds = Household.objects.aggregate(low=Min("id"), high=Max("id"))
    started = time.perf_counter()
    from django.utils import timezone

    today = timezone.localdate()
    for first in range(bounds["low"], bounds["high"] + 1, chunk):
        services.statuses_refresh(as_of=today, id_range=(first, first + chunk))
    say(f"statuses: materialised in {time.perf_counter() - started:.1f} s (setup, not measured)")


def scan(chunk: int, label: str) -> tuple[float, dict]:
    from django.utils import timezone

    from benefits import worklist

    today = timezone.localdate()
    low, high = worklist.household_ids()
    totals: dict[str, int] = {}
    started, cpu = time.perf_counter(), time.process_time()
    chunks = 0
    for first in range(low, high + 1, chunk):
        for name, count in worklist.rights_scan_chunk(day=today, id_range=(first, first + chunk)).items():
            totals[name] = totals.get(name, 0) + count
        chunks += 1
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    households = high - low + 1
    say(
        f"rights_scan{label}: {households:,} households in {chunks} chunks, {elapsed:.1f} s "
        f"(Python CPU {cpu:.1f} s) = {households / elapsed:,.0f} households/s; "
        f"findings new {totals.get('new', 0):,}, open {totals.get('open', 0):,}, closed {totals.get('closed', 0):,}"
    )
    return elapsed, {**totals, "households": households}


def profile_chunk(chunk: int) -> None:
    from django.utils import timezone

    from benefits import worklist

    low, _high = worklist.household_ids()
    profiler = cProfile.Profile()
    profiler.enable()
    worklist.rights_scan_chunk(day=timezone.localdate(), id_range=(low, low + chunk))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"/(benefits|lending|members|core)/", 25)
    say(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--chunk", type=int, default=20_000, help="household id range per chunk (the nightly's)")
    parser.add_argument("--workers", type=int, default=2, help="Celery workers the chain fans the chunks over")
    parser.add_argument("--recreate", action="store_true", help="drop and recreate the database first")
    parser.add_argument("--keep", action="store_true", help="keep the findings (default: deleted afterwards)")
    parser.add_argument("--profile", action="store_true", help="profile one chunk")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection

    say(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    members_bench.prepare_database(args.recreate)
    members_bench.generate(args.households, args.seed, reuse=True, vacuum=True)
    ensure_statuses(args.chunk)

    from benefits.models import Finding

    Finding.objects.all().delete()
    for label in ("", " (again, the same day)"):
        elapsed, totals = scan(args.chunk, label)
        per_worker = elapsed * AIM_HOUSEHOLDS / totals["households"] / args.workers
        record(
            f"rights_scan{label}: {totals['households']:,} households",
            f"{elapsed:.1f} s, new {totals.get('new', 0):,}, open {totals.get('open', 0):,}",
        )
        record(
            f"rights_scan{label}, EXTRAPOLATED to {AIM_HOUSEHOLDS:,} / {args.workers} workers",
            f"{per_worker:.0f} s (linear)",
            members_bench._verdict(per_worker <= AIM_S, f"≤ {AIM_S} s, extrapolated"),
        )
    if args.profile:
        profile_chunk(args.chunk)
    if not args.keep:
        Finding.objects.all().delete()
    say(
        f"\nSUMMARY (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs, shared with other work: "
        f"the figures are this machine's at this moment; aim: {AIM_HOUSEHOLDS:,} households ≤ {AIM_S} s "
        f"with {args.workers} workers)"
    )
    width = max(len(f) for f, _v, _t in members_bench.summary)
    for figure, value, verdict in members_bench.summary:
        say(f"  {figure:<{width}}  {value:<44} {verdict}")


if __name__ == "__main__":
    main()
