"""Benchmark: clerks under load (issue #18) — Locust's clerks against gunicorn on the production settings,
PostgreSQL at 1,000,000 households; aim: p95 ≤ 300 ms per kind of request, 0 errors.

    .venv/bin/pip install -r benchmarks/requirements.txt      # Locust (not a dependency of the app)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/load REDIS_URL=redis://127.0.0.1:6379/8 \\
        .venv/bin/python benchmarks/load_bench.py --households 1000000 --users 50 --duration 5m

Steps:

1. Creates/migrates the database and generates ``--households`` households when they are missing
   (``members_bench.prepare_database`` / ``generate``: ``migrate``, ``seed_reference``,
   ``generate_population``; ``VACUUM (ANALYZE)`` after a generation); gives ``--mandates`` households a
   SEPA mandate (``bank_bench.ensure_mandates``, the file's bank section and the IBAN search have something
   to show), and puts ``--units`` free stock units of four items in the offices (the rentals the clerks
   start; their running rentals are returned by the clerks themselves).
2. Makes ``--users`` clerk accounts (``load-clerk-01`` …: staff, group ``clerk``, one fresh password for the
   run, their django-axes attempts cleared) and draws 3,000 people of the population (random members: national
   number, names, household, its structured communication) into the terms file the clerks read.
3. ``collectstatic`` and gunicorn as in production (``deploy/Dockerfile``, ``deploy/smoke.sh``):
   ``config.settings.production`` with a secret key, the public host name, HTTPS behind the proxy
   (``X-Forwarded-Proto``), WhiteNoise; ``--workers`` processes of ``--threads`` threads (gthread).
   Default 4 × 2: ``WEB_CONCURRENCY`` ≈ 2 × cores as ``deploy/README.md`` says; PostgreSQL runs on the
   same two cores, so more processes only queue for the CPU, and 8 threads cover the time a request waits
   for the database.
4. Locust headless (``benchmarks/locustfile.py``): ``--users`` clerks spawned ``--spawn-rate`` a second,
   ``--duration``; CSV statistics in the printed folder.
5. Prints per kind p50 / p95 / p99 / max, requests/s, failures (with their messages), the load average
   and the verdict against p95 ≤ 300 ms and 0 errors; stops gunicorn.

Nothing bench-only in the settings: the clerks log in from distinct workstation addresses (the proxy's
``X-Forwarded-For``), so the per-address login throttle and django-axes apply as in the office.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE=config.settings.dev, DJANGO_DEBUG=0)
from members_bench import say  # noqa: E402

AIM_P95_MS = 300
HOST = "backoffice.example.be"
CLERK_PREFIX = "load-clerk-"
#: Items the clerks rent out (Bijlage 3), each with ``--units`` / 4 free units.
RENTAL_ITEMS = ("wheelchair", "rollator-4-wheel-standard", "walking-frame", "aerosol")
PEOPLE = 3_000
#: Once a day per clerk (a deliberately slow password hash): reported, errors counted, outside the p95 aim.
LOGIN_KINDS = ("login page", "login")
#: The steady window starts this long after the last clerk arrived (their logins' queue drains).
STEADY_AFTER_S = 60


# --- data ----------------------------------------------------------------------------------------


def ensure_stock(units: int) -> list[int]:
    """``units`` stock units over RENTAL_ITEMS (serials ``LOAD-…``), free again: the ids of the items."""
    from lending.models import Item, Office, Rental, RentalStatus, StockUnit, UnitState

    offices = list(Office.objects.order_by("pk"))
    items = [Item.objects.get(code=code) for code in RENTAL_ITEMS]
    made = 0
    for index in range(units):
        item = items[index % len(items)]
        _unit, created = StockUnit.objects.get_or_create(
            serial=f"LOAD-{index + 1:05d}", defaults={"item": item, "office": offices[index % len(offices)]}
        )
        made += created
    # earlier runs leave units rented or being cleaned: buy more until ``units`` are free, as a fund whose
    # stock runs short would (a desk without a free unit is not what this test measures)
    index = StockUnit.objects.filter(serial__startswith="LOAD-").count()
    missing = units - StockUnit.objects.filter(serial__startswith="LOAD-", state=UnitState.AVAILABLE).count()
    while missing > 0:
        item = items[index % len(items)]
        _unit, created = StockUnit.objects.get_or_create(
            serial=f"LOAD-{index + 1:05d}", defaults={"item": item, "office": offices[index % len(offices)]}
        )
        made += created
        missing -= created
        index += 1
    running = Rental.objects.filter(status=RentalStatus.RUNNING, unit__serial__startswith="LOAD-").count()
    free = StockUnit.objects.filter(serial__startswith="LOAD-", state=UnitState.AVAILABLE).count()
    say(f"stock: {units} units of {', '.join(RENTAL_ITEMS)} ({made} added; {free} free, {running} rented)")
    return [item.pk for item in items]


def ensure_clerks(count: int) -> tuple[list[str], str]:
    """``count`` clerk accounts with one new password (hashed once), their lockout attempts cleared."""
    from axes.models import AccessAttempt
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from core.roles import CLERK

    User = get_user_model()
    password = secrets.token_urlsafe(18)
    hashed = make_password(password)
    group = Group.objects.get(name=CLERK)
    names = [f"{CLERK_PREFIX}{n:02d}" for n in range(1, count + 1)]
    for name in names:
        user, _created = User.objects.get_or_create(username=name, defaults={"is_staff": True})
        user.is_staff, user.is_active, user.password = True, True, hashed
        user.save(update_fields=["is_staff", "is_active", "password"])
        user.groups.add(group)
    AccessAttempt.objects.filter(username__startswith=CLERK_PREFIX).delete()
    say(f"clerks: {count} accounts {names[0]} … {names[-1]} (group {CLERK})")
    return names, password


def sample_people(count: int, seed: int) -> list[dict]:
    """``count`` random members (by id) with what a clerk types to find them."""
    import random

    from django.db.models import Max, Min
    from stdnum.be import nn

    from members.models import Household, Member

    rng = random.Random(seed)
    low, high = Member.objects.aggregate(lo=Min("id"), hi=Max("id")).values()
    ids = sorted({rng.randint(low, high) for _ in range(count * 2)})
    rows = list(
        Member.objects.filter(pk__in=ids, affiliation_end__isnull=True)
        .exclude(national_number="")
        .values_list("pk", "national_number", "last_name", "first_name", "household_id")
    )
    rng.shuffle(rows)
    return [
        {
            "member": pk,
            "nn": number,
            "nn_printed": nn.format(number),
            "last": last,
            "first": first,
            "household": household,
            "reference": Household(pk=household).payment_reference,
        }
        for pk, number, last, first, household in rows[:count]
    ]


# --- gunicorn --------------------------------------------------------------------------------------


def production_env(static_root: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "load-" + secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_STATIC_ROOT": static_root,
        "SEPA_CREDITOR_ID": os.environ.get("SEPA_CREDITOR_ID", "BE05ZZZ0411987139"),
        "SEPA_CREDITOR_NAME": os.environ.get("SEPA_CREDITOR_NAME", "Ziekenfonds load"),
        "SEPA_CREDITOR_IBAN": os.environ.get("SEPA_CREDITOR_IBAN", "BE41063012345610"),
        "SEPA_CREDITOR_BIC": os.environ.get("SEPA_CREDITOR_BIC", "GKCCBEBB"),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int, workers: int, threads: int, log: Path) -> subprocess.Popen:
    python = sys.executable
    process = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--timeout",
            "60",
            "--access-logfile",
            str(log.with_suffix(".access.log")),
            "--error-logfile",
            str(log),
        ],
        cwd=ROOT,
        env=env,
        stdout=open(log.with_suffix(".out.log"), "w"),  # noqa: SIM115  (the app's log lines; closed with it)
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopped as a whole
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"gunicorn exited ({process.returncode}); see {log}")
        try:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": HOST})
            if urllib.request.urlopen(request, timeout=5).status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.5)
    stop(process)
    sys.exit(f"gunicorn did not answer /healthz within 60 s; see {log}")


def gunicorn_cpu_seconds(process: subprocess.Popen) -> float:
    """User + system CPU of gunicorn's workers so far (psutil, installed with Locust)."""
    import psutil

    total = 0.0
    for child in psutil.Process(process.pid).children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


# --- report ----------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def steady_report(samples_path: Path, since: float) -> bool:
    """Per kind, the requests that started after the clerks had all logged in and the queue of their logins
    had drained (``since``): the desk's working hours, without the morning's arrival."""
    if not samples_path.exists():
        say("(no samples written by Locust)")
        return False
    samples = [row for row in json.loads(samples_path.read_text()) if row[0] >= since]
    if not samples:
        say("(no request in the steady window)")
        return False
    kinds: dict[str, list] = {}
    for _when, name, ms, ok in samples:
        kinds.setdefault(name, []).append((ms, ok))
    width = max(len(name) for name in kinds)
    span = max(row[0] for row in samples) - since
    say(
        f"\nsteady state: the {span:.0f} s after every clerk had logged in and {STEADY_AFTER_S} s more "
        f"({len(samples) / span:.2f} requests/s)"
    )
    say(f"{'kind':<{width}}  {'requests':>8} {'fails':>5} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}")
    ok_all = True
    for name in sorted(kinds, key=lambda n: (n in LOGIN_KINDS, n)):
        times = [ms for ms, _ok in kinds[name]]
        fails = sum(not ok for _ms, ok in kinds[name])
        p95 = percentile(times, 0.95)
        over = p95 > AIM_P95_MS and name not in LOGIN_KINDS
        ok_all &= not over and not fails
        say(
            f"{name:<{width}}  {len(times):>8} {fails:>5} {percentile(times, 0.5):>6.0f} {p95:>6.0f} "
            f"{percentile(times, 0.99):>6.0f} {max(times):>6.0f}{'  > aim' if over else ''}"
        )
    say(f"STEADY STATE: {'PASS' if ok_all else 'FAIL'} (every kind p95 ≤ {AIM_P95_MS} ms, 0 errors)")
    return ok_all


def report(prefix: Path, loads: list[float]) -> bool:
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    with open(f"{prefix}_failures.csv", encoding="utf-8") as handle:
        failures = list(csv.DictReader(handle))
    kinds = [r for r in rows if r["Name"] != "Aggregated"]
    total = next(r for r in rows if r["Name"] == "Aggregated")
    width = max(len(r["Name"]) for r in rows)
    say(f"\n{'kind':<{width}}  {'requests':>8} {'fails':>5} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}  req/s")
    ok = True
    for row in sorted(kinds, key=lambda r: (r["Name"] in LOGIN_KINDS, r["Name"])):
        p95 = float(row["95%"])
        over = p95 > AIM_P95_MS and row["Name"] not in LOGIN_KINDS
        ok &= not over and row["Failure Count"] == "0"
        say(
            f"{row['Name']:<{width}}  {int(row['Request Count']):>8} {int(row['Failure Count']):>5} "
            f"{row['50%']:>6} {row['95%']:>6} {row['99%']:>6} {float(row['Max Response Time']):>6.0f}  "
            f"{float(row['Requests/s']):5.2f}{'  > aim' if over else ''}"
        )
    say(
        f"{'all':<{width}}  {int(total['Request Count']):>8} {int(total['Failure Count']):>5} {total['50%']:>6} "
        f"{total['95%']:>6} {total['99%']:>6} {float(total['Max Response Time']):>6.0f}  {float(total['Requests/s']):5.2f}"
    )
    ok &= total["Failure Count"] == "0"
    if failures:
        say("\nfailures:")
        for failure in failures:
            say(f"  {failure['Occurrences']:>5} × {failure['Name']}: {failure['Error'][:200]}")
    say(
        f"\nload average during the run (1 min, every 30 s): {', '.join(f'{x:.1f}' for x in loads)} "
        f"on {os.cpu_count()} CPUs"
    )
    say(
        f"VERDICT: {'PASS' if ok else 'FAIL'} (aim: every kind of the desk's mix p95 ≤ {AIM_P95_MS} ms, 0 errors; "
        f"the login, once a day, outside the p95 aim)"
    )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--mandates", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=240, help="free stock units for the rentals")
    parser.add_argument("--users", type=int, default=50, help="clerks")
    parser.add_argument(
        "--spawn-rate", type=float, default=1, help="clerks arriving a second (each logs in: a PBKDF2 hash)"
    )
    parser.add_argument("--duration", default="5m", help="Locust's --run-time")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn process")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--static-root",
        default=str(Path(tempfile.gettempdir()) / "load-bench-static"),
        help="collected static files, kept between runs (WhiteNoise compresses them: minutes)",
    )
    parser.add_argument("--collectstatic", action="store_true", help="collect the static files again")
    parser.add_argument("--skip-data", action="store_true", help="the database is ready: no migrate/generation")
    args = parser.parse_args()

    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/load")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/8")
    import django

    django.setup()
    from django.db import connection

    from members.models import Household

    say(f"database: {connection.vendor} {connection.settings_dict['NAME']}, Redis {os.environ['REDIS_URL']}")
    if connection.vendor != "postgresql":
        sys.exit("The load test is for PostgreSQL (DATABASE_URL).")
    if not args.skip_data:
        members_bench.prepare_database(False)
        before = Household.objects.count()
        members_bench.generate(args.households, args.seed, reuse=True, vacuum=before < args.households)
        if args.mandates:
            import bank_bench

            bank_bench.ensure_mandates(args.mandates)
    say(f"households: {Household.objects.count():,}")
    items = ensure_stock(args.units)
    clerks, password = ensure_clerks(args.users)
    from benefits.models import Benefit

    work = Path(tempfile.mkdtemp(prefix="load."))
    terms = work / "terms.json"
    terms.write_text(
        json.dumps(
            {
                "host": HOST,
                "clerks": clerks,
                "password": password,
                "people": sample_people(PEOPLE, args.seed),
                "benefit_foot_care": Benefit.objects.get(code="foot_care").pk,
                "rental_items": items,
            }
        ),
        encoding="utf-8",
    )
    os.chmod(terms, 0o600)  # it holds the run's password
    connection.close()

    static_root = Path(args.static_root)
    env = production_env(str(static_root))
    if args.collectstatic or not (static_root / "staticfiles.json").exists():
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "--clear", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        say(f"collectstatic into {static_root}: {time.perf_counter() - started:.0f} s")
    port = free_port()
    gunicorn = start_gunicorn(env, port, args.workers, args.threads, work / "gunicorn.log")
    say(
        f"gunicorn on :{port}: {args.workers} processes × {args.threads} threads, config.settings.production; "
        f"logs and CSV in {work}"
    )
    prefix = work / "locust"
    loads: list[float] = []
    try:
        say(
            f"locust: {args.users} clerks, {args.spawn_rate}/s, {args.duration} (load average {os.getloadavg()[0]:.1f})"
        )
        locust = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("locust")),
                "-f",
                str(ROOT / "benchmarks" / "locustfile.py"),
                "--host",
                f"http://127.0.0.1:{port}",
                "--headless",
                "--users",
                str(args.users),
                "--spawn-rate",
                str(args.spawn_rate),
                "--run-time",
                args.duration,
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**os.environ, "LOAD_TERMS": str(terms), "LOAD_SAMPLES": str(work / "samples.json")},
            stdout=open(work / "locust.log", "w"),  # noqa: SIM115  (closed with the process)
            stderr=subprocess.STDOUT,
        )
        started = time.time()
        while locust.poll() is None:
            try:
                locust.wait(timeout=30)
            except subprocess.TimeoutExpired:
                loads.append(os.getloadavg()[0])
        cpu = gunicorn_cpu_seconds(gunicorn)
    finally:
        stop(gunicorn)
    ok = report(prefix, loads)
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        total = next(r for r in csv.DictReader(handle) if r["Name"] == "Aggregated")
    requests = int(total["Request Count"])
    say(
        f"gunicorn's CPU: {cpu:.0f} s for {requests:,} requests, {1000 * cpu / max(requests, 1):.0f} ms a request "
        f"(Python; PostgreSQL's share not included)"
    )
    steady = steady_report(work / "samples.json", started + args.users / args.spawn_rate + STEADY_AFTER_S)
    sys.exit(0 if ok and steady else 1)


if __name__ == "__main__":
    main()
