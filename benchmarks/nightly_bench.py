"""Benchmark: the nightly chain over a large population with real Celery workers (issue #7).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python benchmarks/nightly_bench.py --workers 1 2

Needs a population (``manage.py generate_population --households 1000000``). For each worker count,
starts that many Celery worker processes, runs the whole chain for one date (``force``: every step
again) and prints the time per step, the whole chain, and the speed-up between worker counts.
Report pages are then timed too (they read the snapshots the chain refreshed; aim ≤ 1 s).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "0")


def run_chain(day: date, workers: int, timeout: float | None = None) -> dict:
    """Start ``workers`` Celery worker processes, run the whole chain for ``day`` (``force``) and
    return its status, wall time and steps. ``timeout`` (seconds): give up waiting (TimeoutError)."""
    from core.models import JobRun, RunStatus
    from core.tasks import nightly_start

    env = {**os.environ}
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--loglevel=WARNING",
            f"--concurrency={workers}",
            "--pool=prefork",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            f"--hostname=bench{workers}@%h",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        time.sleep(6)  # worker start-up
        started = time.perf_counter()
        print(f"  start: {nightly_start.delay(day.isoformat(), True).get(timeout=60)}")
        while True:
            run = JobRun.objects.get(run_on=day)
            if run.status != RunStatus.RUNNING:
                break
            if timeout is not None and time.perf_counter() - started > timeout:
                raise TimeoutError(f"run {run.pk} still running after {timeout:.0f} s")
            time.sleep(1)
        total = time.perf_counter() - started
        steps = {
            s.name: ((s.finished_at - s.started_at).total_seconds() if s.finished_at else None, s.status, s.counts)
            for s in run.steps.order_by("position")
        }
        return {"status": run.status, "total": total, "steps": steps, "error": run.error}
    finally:
        worker.terminate()
        worker.wait(timeout=60)


def time_pages(year: int) -> dict[str, float]:
    """Median ms of 5 requests of each report page (as a superuser); returns {page: median ms}."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="bench-manager", defaults={"is_staff": True, "is_superuser": True}
    )
    client = Client()
    client.force_login(user)
    medians = {}
    for key in ("membership", "contributions", "benefits", "lending", "elections", "annual"):
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            response = client.get(f"/reports/{key}/", {"year": year}, HTTP_HOST="127.0.0.1")
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        timings.sort()
        print(f"  report page {key:<14} median {timings[2]:7.1f} ms (aim ≤ 1000 ms)")
        medians[key] = timings[2]
    return medians


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--date", default=date.today().isoformat())
    options = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from core import nightly
    from core.models import Lease
    from members.models import Household

    if not settings.REDIS_URL:
        sys.exit("REDIS_URL is required: the chain runs on Celery workers")
    call_command("migrate", verbosity=0)
    call_command("seed_reference", verbosity=0)
    print(f"population: {Household.objects.count():,} households; chunk size {nightly.chunk_size():,}")
    day = date.fromisoformat(options.date)
    results = {}
    from config.celery import app

    for workers in options.workers:
        app.control.purge()  # tasks left by an interrupted earlier run would be served first
        # the benchmark's own database: forget a lease that an interrupted earlier run left behind
        Lease.objects.filter(job=nightly.JOB).delete()
        print(f"--- {workers} worker process(es)")
        result = run_chain(day, workers)
        results[workers] = result
        for name, (seconds, status, counts) in result["steps"].items():
            print(f"  {name:<32} {status:<10} {seconds if seconds is None else round(seconds, 1)!s:>8} s  {counts}")
        print(f"  WHOLE CHAIN: {result['total']:.1f} s ({result['status']}) {result['error']}")
    if len(results) > 1:
        first, *rest = sorted(results)
        for workers in rest:
            print(f"speed-up {first} → {workers} workers: {results[first]['total'] / results[workers]['total']:.2f}×")
    time_pages(day.year)


if __name__ == "__main__":
    main()
