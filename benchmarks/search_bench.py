"""Benchmark: the one search box (issue #16) at scale — each kind of term a clerk types, ≤ 300 ms a search
at 1,000,000 households.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL= \\
        .venv/bin/python benchmarks/search_bench.py --households 1000000 [--mandates 100000] [--repeat 30]

Steps:

1. Creates/migrates the database and generates ``--households`` households when they are missing
   (``members_bench.prepare_database`` / ``generate``, always ``--reuse``); gives ``--mandates``
   households an active SEPA mandate (``bank_bench.ensure_mandates``), so an IBAN has something to find.
2. Draws ``--repeat`` terms of each kind from the data (random members and households, seeded): a
   national number as printed on the eID (85.03.14-123.02) and as 11 digits, a name "Last First",
   "First Last", a first name alone and a 4-letter last-name prefix, a structured communication, a
   household number, a postal code, a street, a postal code with a street, a mandate's IBAN; and a
   claim and a rental number (the generated population has none: a miss, measured as well).
3. Each term is searched as a clerk (``django.test.Client``, the box's JSON answer
   ``/admin/search/?format=json``, the whole request: permissions, every provider, the read-access
   rows); p50 / p95 / max per kind, and the queries of one request. Then the results page (no
   script) and the admin lists that search the same way (issue #16's gaps), a few terms each.

Runs with ``DJANGO_DEBUG=0`` so queries are not stored in memory.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import members_bench  # noqa: E402  (sets DJANGO_SETTINGS_MODULE, DJANGO_DEBUG=0)
from members_bench import record, say  # noqa: E402

AIM_MS = 300


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def sample_terms(repeat: int, seed: int) -> dict[str, list[str]]:
    """``repeat`` terms of each kind, drawn from the database (random ids, so mostly cold pages)."""
    from django.db.models import Max, Min
    from stdnum.be import nn

    from bank.models import Mandate
    from members.models import Household, Member

    rng = random.Random(seed)
    low, high = Member.objects.aggregate(lo=Min("id"), hi=Max("id")).values()
    members = []
    while len(members) < repeat:
        row = (
            Member.objects.filter(id__gte=rng.randint(low, high))
            .order_by("id")
            .values_list("national_number", "last_name", "first_name", "household_id")
            .first()
        )
        if row:
            members.append(row)
    households = list(
        Household.objects.filter(pk__in=[household for *_rest, household in members]).values_list(
            "pk", "street", "postal_code"
        )
    )
    mandates = Mandate.objects.aggregate(lo=Min("id"), hi=Max("id"))
    ibans = []
    if mandates["lo"] is not None:
        while len(ibans) < repeat:
            found = (
                Mandate.objects.filter(id__gte=rng.randint(mandates["lo"], mandates["hi"]))
                .order_by("id")
                .values_list("iban", flat=True)
                .first()
            )
            if found:
                ibans.append(found[:4] + " " + " ".join(found[i : i + 4] for i in range(4, len(found), 4)))
    reference = Household(pk=1).payment_reference  # only its shape: each term gets its own
    assert reference.startswith("+++")
    terms = {
        "national number 85.03.14-123.02": [nn.format(n) for n, *_ in members],
        "national number 11 digits": [n for n, *_ in members],
        "name Last First": [f"{last} {first}" for _n, last, first, _h in members],
        "name First Last": [f"{first} {last}" for _n, last, first, _h in members],
        "first name alone": [first for _n, _l, first, _h in members],
        "last name prefix (4 letters)": [last[:4] for _n, last, _f, _h in members],
        "structured communication": [Household(pk=pk).payment_reference for pk, _s, _p in households],
        "household number": [str(pk) for pk, _s, _p in households],
        "postal code": [postal for _pk, _s, postal in households],
        "street": [street.rsplit(" ", 1)[0] for _pk, street, _p in households],
        "postal code and street": [f"{postal} {street.split()[0]}" for _pk, street, postal in households],
        "claim or rental number": [str(rng.randint(1, 1_000_000)) for _ in range(repeat)],
    }
    if ibans:
        terms["IBAN (mandate)"] = ibans
    return terms


def result_pages(terms: dict[str, list[str]]) -> dict[str, list[str]]:
    """The results page (no script) and the admin lists that search the same way: label → URLs."""
    from urllib.parse import urlencode

    return {
        "results page, name Last First": [f"/admin/search/?{urlencode({'q': q})}" for q in terms["name Last First"]],
        "household list, structured communication": [
            f"/admin/members/household/?{urlencode({'q': q})}" for q in terms["structured communication"]
        ],
        "household list, name Last First": [
            f"/admin/members/household/?{urlencode({'q': q})}" for q in terms["name Last First"]
        ],
        "household list, postal code and street": [
            f"/admin/members/household/?{urlencode({'q': q})}" for q in terms["postal code and street"]
        ],
        "member list, name First Last": [
            f"/admin/members/member/?{urlencode({'q': q})}" for q in terms["name First Last"]
        ],
        "claim list, member name": [f"/admin/benefits/claim/?{urlencode({'q': q})}" for q in terms["name Last First"]],
        "payment list, structured communication": [
            f"/admin/members/payment/?{urlencode({'q': q})}" for q in terms["structured communication"]
        ],
    }


def clerk_client():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user = get_user_model().objects.filter(username="bench-clerk").first()
    if user is None:
        user = get_user_model().objects.create_user("bench-clerk", password=None, is_staff=True)
        user.groups.add(Group.objects.get(name="clerk"))
    client = Client()
    client.force_login(user)
    return client


def time_requests(client, label: str, urls: list[str]) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, hits, statuses = [], 0, set()
    client.get(urls[0])  # warm: session, permissions, templates
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        statuses.add(response.status_code)
        if response.get("Content-Type", "").startswith("application/json"):
            hits += sum(len(group["hits"]) for group in response.json()["groups"])
    with CaptureQueriesContext(connection) as queries:
        client.get(urls[-1])
    p50, p95, worst = statistics.median(timings), percentile(timings, 0.95), max(timings)
    found = f", {hits / len(urls):.1f} hits/search" if hits else ""
    say(
        f"{label:<44} p50 {p50:6.0f} ms  p95 {p95:6.0f} ms  max {worst:6.0f} ms  "
        f"({len(urls)} searches, {len(queries)} queries{found}; HTTP {sorted(statuses)})"
    )
    record(
        f"search: {label}",
        f"p50 {p50:.0f} / p95 {p95:.0f} / max {worst:.0f} ms",
        members_bench._verdict(p95 <= AIM_MS, f"p95 ≤ {AIM_MS} ms"),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=1_000_000)
    parser.add_argument("--mandates", type=int, default=100_000, help="households with a mandate (IBAN searches)")
    parser.add_argument("--repeat", type=int, default=30, help="terms of each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--recreate", action="store_true", help="drop and recreate the database first")
    args = parser.parse_args()

    import django

    django.setup()
    from urllib.parse import urlencode

    import bank_bench
    from django.db import connection

    say(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    members_bench.prepare_database(args.recreate)
    members_bench.generate(args.households, args.seed, reuse=True, vacuum=True)
    if args.mandates:
        bank_bench.ensure_mandates(args.mandates)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE bank_mandate")
    client = clerk_client()
    terms = sample_terms(args.repeat, args.seed)
    say(f"\nthe search box (JSON), as a clerk, {args.repeat} terms per kind:")
    for kind, typed in terms.items():
        time_requests(client, kind, [f"/admin/search/?{urlencode({'q': q, 'format': 'json'})}" for q in typed])
    say("\nthe results page (no script) and the admin lists that search the same way:")
    few = max(3, args.repeat // 5)
    pages = result_pages(terms)
    for label, urls in pages.items():
        time_requests(client, label, urls[:few])

    say(
        f"\nSUMMARY (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; aim: each search ≤ {AIM_MS} ms "
        f"at 1,000,000 households)"
    )
    width = max(len(f) for f, _v, _t in members_bench.summary)
    for figure, value, verdict in members_bench.summary:
        say(f"  {figure:<{width}}  {value:<36} {verdict}")


if __name__ == "__main__":
    main()
