"""Benchmark: judge claims end to end through the service layer (issue #4).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench \\
        .venv/bin/python benchmarks/benefits_bench.py --claims 100000 --workers 2

Needs a population (``manage.py generate_population --households 1000000``, the devtools app's command
in dev settings; see members_bench.py).
Each claim goes through ``benefits.services.claim_file``: lock the member, compute the Art. 8
entitlement for the event month from the ledger, read the payout history, judge, insert, audit.
Prints claims per second per worker and in total (aim: ≥ 500/s on this 2-core machine).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "0")

SCENARIOS = [
    ("dietetics", dict(quantity=2, evidence=["invoice"])),
    ("foot_care", dict(quantity=1, evidence=["invoice"])),
    (
        "glasses",
        dict(amount_paid=Decimal("180.00"), evidence=["invoice"], facts={"ophthalmologist_prescription": True}),
    ),
    ("sports_club", dict(amount_paid=Decimal("95.00"), evidence=["invoice"], facts={"listed_sport": True})),
    ("transport", dict(amount_paid=Decimal("64.00"), evidence=["invoice"], facts={"situation": "1", "mode": "taxi"})),
    ("dental", dict(amount_paid=Decimal("800.00"), evidence=["dentist_attestation"], facts={"treatment": "crown"})),
    ("alternative_consult", dict(quantity=1, evidence=["invoice"], facts={"practice": "osteopathy"})),
    ("psychology", dict(quantity=2, evidence=["invoice"])),
    ("heart_screening", dict(amount_paid=Decimal("70.00"), evidence=["invoice"])),
    ("vaccination", dict(amount_paid=Decimal("45.00"), evidence=["invoice"], facts={"product": "Havrix"})),
]


def _setup():
    import django

    django.setup()


def worker(args):
    index, count, seed, member_ids, mode, chunk = args
    _setup()
    from django.db import connection

    from benefits import selectors, services

    rng = random.Random(seed)
    catalogue = selectors.Catalogue.load()
    today = date.today()
    statuses = {}

    def request():
        code, kwargs = rng.choice(SCENARIOS)
        event = today - timedelta(days=rng.randint(1, 300))
        return rng.choice(member_ids), code, event, kwargs

    started = time.perf_counter()
    if mode == "single":
        for _ in range(count):
            member, code, event, kwargs = request()
            claim = services.claim_file(member=member, benefit=code, event_date=event, catalogue=catalogue, **kwargs)
            statuses[claim.status] = statuses.get(claim.status, 0) + 1
    else:
        done = 0
        while done < count:
            batch = []
            for _ in range(min(chunk, count - done)):
                member, code, event, kwargs = request()
                batch.append(
                    services.ClaimRequest(
                        member=member,
                        benefit=code,
                        event_date=event,
                        amount_paid=kwargs.get("amount_paid", Decimal("0")),
                        quantity=kwargs.get("quantity", 1),
                        facts=kwargs.get("facts", {}),
                        evidence=tuple(kwargs.get("evidence", ())),
                    )
                )
            for claim in services.claims_file_batch(batch, catalogue=catalogue):
                statuses[claim.status] = statuses.get(claim.status, 0) + 1
            done += len(batch)
    elapsed = time.perf_counter() - started
    connection.close()
    return index, count, elapsed, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--mode",
        choices=["batch", "single", "both"],
        default="both",
        help="batch: claims_file_batch in chunks (feeds, imports); single: claim_file one by one (a clerk)",
    )
    parser.add_argument("--chunk", type=int, default=1000)
    parser.add_argument("--single-claims", type=int, default=5000, help="claims for the one-by-one measurement")
    options = parser.parse_args()

    _setup()
    from django.core.management import call_command
    from django.db import connection

    from members.models import Household, Member

    call_command("migrate", verbosity=0)
    call_command("seed_reference", verbosity=0)
    households = Household.objects.count()
    if not households:
        sys.exit("no population: run manage.py generate_population --households N first")
    # a random sample of members spread over the whole population
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id) FROM members_member")
        top = cursor.fetchone()[0]
    rng = random.Random(options.seed)
    sample = set(rng.sample(range(1, top + 1), min(top, 50_000)))
    member_ids = list(Member.objects.filter(pk__in=sample).values_list("pk", flat=True))
    connection.close()

    print(f"population: {households:,} households; members sampled: {len(member_ids):,}")
    modes = ["batch", "single"] if options.mode == "both" else [options.mode]
    for mode in modes:
        total_claims = options.claims if mode == "batch" else options.single_claims
        per_worker = total_claims // options.workers
        jobs = [
            (i, per_worker, options.seed + i + (100 if mode == "single" else 0), member_ids, mode, options.chunk)
            for i in range(options.workers)
        ]
        started = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(options.workers) as pool:
            results = pool.map(worker, jobs)
        wall = time.perf_counter() - started
        total = sum(r[1] for r in results)
        statuses = {}
        print(
            f"--- {mode}: {'claims_file_batch, chunks of ' + str(options.chunk) if mode == 'batch' else 'claim_file one by one'}"
        )
        for index, count, elapsed, worker_statuses in results:
            print(f"worker {index}: {count:,} claims in {elapsed:.1f} s = {count / elapsed:,.0f} claims/s")
            for key, value in worker_statuses.items():
                statuses[key] = statuses.get(key, 0) + value
        print(
            f"TOTAL {mode}: {total:,} claims in {wall:.1f} s = {total / wall:,.0f} claims/s with {options.workers} worker(s)"
        )
        print("decisions:", ", ".join(f"{k} {v:,}" for k, v in sorted(statuses.items())))


if __name__ == "__main__":
    main()
