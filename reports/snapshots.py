"""The figures the system computes itself, aggregated once (nightly) into ``Snapshot`` rows.

Each function reads the big tables with a few GROUP BY queries and returns plain JSON; the report
pages only read snapshots.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from reports.models import Snapshot


def _d(value) -> str:
    return str(Decimal(value or 0).quantize(Decimal("0.01")))


def membership(year: int, today: date) -> dict:
    from members.models import HouseholdStatus, IncreasedReimbursementPeriod, Member, Role

    day = min(today, date(year, 12, 31))
    a_year_before = date(day.year - 1, day.month, min(day.day, 28))

    def counts_on(on: date) -> dict:
        active = Member.objects.filter(affiliation_start__lte=on).filter(
            Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=on)
        )
        by_role = dict(active.values_list("role").annotate(n=Count("id")).order_by())
        vt = (
            IncreasedReimbursementPeriod.objects.filter(start__lte=on)
            .filter(Q(end__isnull=True) | Q(end__gte=on))
            .filter(member__in=active)
            .values("member")
            .distinct()
            .count()
        )
        titulars, dependents = by_role.get(Role.TITULAR, 0), by_role.get(Role.DEPENDENT, 0)
        return {"titulars": titulars, "dependents": dependents, "members": titulars + dependents, "vt_members": vt}

    now, before = counts_on(day), counts_on(a_year_before)
    active = Member.objects.filter(affiliation_start__lte=day).filter(
        Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=day)
    )
    regions = dict(active.values_list("household__region").annotate(n=Count("id")).order_by())
    statuses = dict(HouseholdStatus.objects.values_list("status").annotate(n=Count("household")).order_by())
    return {
        "on": day.isoformat(),
        **now,
        "vt_share": round(100 * now["vt_members"] / now["members"], 1) if now["members"] else 0,
        "growth": {key: now[key] - before[key] for key in now},
        "by_region": regions,
        "statuses": statuses,
    }


def contributions(year: int, today: date) -> dict:
    from members import rules
    from members.models import ContributionDue, ContributionPart

    settled = ContributionDue.objects.filter(settled_on__year=year, amount__gt=0)
    per_month = {
        m: _d(total)
        for m, total in settled.annotate(m=ExtractMonth("settled_on"))
        .values_list("m")
        .annotate(total=Sum("amount"))
        .order_by("m")
    }
    per_table = dict(settled.values_list("table").annotate(total=Sum("amount")).order_by())
    # split the income over the service codes in the proportions of each table (Art. 66)
    per_code: dict[str, Decimal] = defaultdict(Decimal)
    parts = defaultdict(list)
    for table_id, code, amount in ContributionPart.objects.values_list("table_id", "code", "annual_amount"):
        parts[table_id].append((code, amount))
    for table_id, total in per_table.items():
        annual = sum((a for _c, a in parts[table_id]), Decimal(0))
        for code, amount in parts[table_id]:
            if annual:
                per_code[code] += Decimal(total) * amount / annual
    # arrears the fund can still demand: the claims to older months have prescribed (Art. 8 §2)
    open_dues = ContributionDue.objects.filter(
        settled_on__isnull=True,
        amount__gt=0,
        month__lte=today,
        month__gte=rules.oldest_demandable_month(today).first_day,
    )
    arrears = open_dues.aggregate(total=Sum("amount"), households=Count("household", distinct=True))
    return {
        "income": _d(sum((Decimal(v) for v in per_table.values()), Decimal(0))),
        "per_month": per_month,
        "per_code": {code: _d(v) for code, v in sorted(per_code.items())},
        "arrears": _d(arrears["total"]),
        "households_in_arrears": arrears["households"] or 0,
    }


def benefits(year: int, today: date) -> dict:
    from benefits.models import COUNTING_STATUSES, Claim, ClaimStatus

    claims = Claim.objects.filter(event_date__year=year)
    paid = claims.filter(status__in=COUNTING_STATUSES)
    per_benefit = [
        {"code": code, "article": article, "payout": _d(total), "claims": n}
        for code, article, total, n in paid.values_list("benefit__code", "benefit__article")
        .annotate(total=Sum("payout"), n=Count("id"))
        .order_by("-total")
    ]
    rejected = claims.filter(status=ClaimStatus.REJECTED)
    # the last reason is the one that refused it (issue #14: its article and code, no text parsed)
    by_article: dict[str, int] = defaultdict(int)
    by_code: dict[str, int] = defaultdict(int)
    for stored in rejected.values_list("reasons", flat=True).iterator(chunk_size=5000):
        last = stored[-1] if stored and isinstance(stored[-1], dict) else {}
        by_article[last.get("article") or "?"] += 1
        by_code[last.get("code") or "?"] += 1
    return {
        "claims": claims.count(),
        "payout": _d(paid.aggregate(total=Sum("payout"))["total"]),
        "rejected": rejected.count(),
        "rejections_by_article": dict(sorted(by_article.items(), key=lambda kv: -kv[1])),
        "rejections_by_code": dict(sorted(by_code.items(), key=lambda kv: -kv[1])),
        "per_benefit": per_benefit,
    }


def lending(year: int, today: date) -> dict:
    from lending import rules as lending_rules
    from lending.models import AlarmSubsidy, MaxInvoiceRefund, RentalCharge, StockUnit, UnitState

    charges = RentalCharge.objects.filter(day__year=year)
    by_kind = {kind: _d(total) for kind, total in charges.values_list("kind").annotate(total=Sum("amount")).order_by()}
    units = dict(StockUnit.objects.values_list("state").annotate(n=Count("id")).order_by())
    total_units = sum(units.values())
    return {
        "rent": _d(sum(Decimal(by_kind.get(k, 0)) for k in sorted(lending_rules.RENT_KINDS))),
        "fees": _d(sum(Decimal(by_kind.get(k, 0)) for k in sorted(lending_rules.FEE_KINDS))),
        "by_kind": by_kind,
        "units": units,
        "utilisation": round(100 * units.get(UnitState.RENTED, 0) / total_units, 1) if total_units else 0,
        "max_invoice_refunds": _d(MaxInvoiceRefund.objects.filter(year=year - 1).aggregate(t=Sum("refund"))["t"]),
        "alarm_subsidies": _d(AlarmSubsidy.objects.filter(year=year - 1).aggregate(t=Sum("amount"))["t"]),
    }


def elections(year: int, today: date) -> dict:
    from elections.models import Election

    result = []
    for election in Election.objects.filter(year=year):
        voters = election.voters.count()
        cast = (election.result or {}).get("cast", election.ballots.count())
        result.append(
            {
                "election": str(election),
                "status": election.get_status_display(),
                "seats": election.seats,
                "voters": voters,
                "cast": cast,
                "turnout": round(100 * cast / voters, 1) if voters else 0,
                "elected": (election.result or {}).get("elected", []),
            }
        )
    return {"elections": result}


PAGES = {
    "membership": membership,
    "contributions": contributions,
    "benefits": benefits,
    "lending": lending,
    "elections": elections,
}


def refresh(year: int, today: date | None = None, keys=None) -> dict[str, int]:
    """Compute and store the snapshots of ``year`` (idempotent: one row per page and year)."""
    today = today or timezone.localdate()
    now = timezone.now()
    for key in keys or PAGES:
        Snapshot.objects.update_or_create(
            key=key, year=year, defaults={"data": PAGES[key](year, today), "computed_at": now}
        )
    return {"snapshots": len(keys or PAGES)}


def get(key: str, year: int, today: date | None = None) -> Snapshot:
    """The snapshot of a page, computed now if the nightly job has not made it yet."""
    snapshot = Snapshot.objects.filter(key=key, year=year).first()
    if snapshot is None:
        refresh(year, today, keys=[key])
        snapshot = Snapshot.objects.get(key=key, year=year)
    return snapshot
