"""Benchmark: one chunk of the nightly chain's two long steps, ``members.dues_and_status`` and
``benefits.rights_scan`` (issue #18), on an existing database (generate it first), on a normal night.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/night23 REDIS_URL= \\
        .venv/bin/python benchmarks/night_chunks_bench.py --chunks 3 [--day 2026-11-27] [--profile rights]

Each step's chunk function (as the chain calls it) runs over the first ``--chunks`` chunks of the nightly's
size, twice: the first pass settles the night (books the month, writes the findings: the first night), the
second is the normal night that is timed and printed, per chunk. The projection at 2,300,000 households is
chunks × mean time / ``--workers``: an extrapolation, not a measurement. ``--profile dues|rights`` runs one
more chunk of that step under cProfile and prints the hot spots. It writes to the database (the night's
dues, statuses and findings, as the chain would).
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
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "0")

import django  # noqa: E402

django.setup()

from benefits import nightly as benefits_nightly  # noqa: E402
from core.nightly import chunk_size  # noqa: E402
from members import nightly as members_nightly  # noqa: E402

STEPS = {
    "dues": ("members.dues_and_status", members_nightly._dues_and_status),
    "rights": ("benefits.rights_scan", benefits_nightly._rights_scan),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=3)
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    parser.add_argument("--households", type=int, default=2_300_000, help="projected population")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile", choices=sorted(STEPS))
    parser.add_argument("--steps", default="dues,rights")
    args = parser.parse_args()
    size = chunk_size()
    low, _high = members_nightly._household_ids()
    ranges = [(low + i * size, low + (i + 1) * size) for i in range(args.chunks)]
    print(f"load average {os.getloadavg()}; day {args.day}; chunk {size}")
    for key in args.steps.split(","):
        name, chunk = STEPS[key]
        for first, last in ranges:  # settle the night
            chunk(args.day, first, last)
        times = []
        for first, last in ranges:
            started = time.perf_counter()
            result = chunk(args.day, first, last)
            times.append(time.perf_counter() - started)
            print(f"{name} [{first}, {last}): {times[-1]:.2f} s {result}")
        mean = sum(times) / len(times)
        chunks = -(-args.households // size)
        print(
            f"{name}: mean {mean:.2f} s per chunk; projected at {args.households:,} households: "
            f"{chunks} chunks × {mean:.2f} s / {args.workers} workers = {chunks * mean / args.workers:.0f} s"
        )
    if args.profile:
        name, chunk = STEPS[args.profile]
        first, last = ranges[0]
        profiler = cProfile.Profile()
        profiler.enable()
        chunk(args.day, first, last)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        print(out.getvalue())
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
