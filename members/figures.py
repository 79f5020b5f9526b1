"""The members app's report figures (registered in ``members/hooks.py``; ``reports.snapshots`` stores
them): membership on a day and a year before, and the contributions of a year (Art. 66, Art. 8 §2).

Each function reads the big tables with a few GROUP BY queries and returns plain JSON.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from core.dates import add_years
from core.formatting import choice_labels
from core.money import amount_text as _d
from members import rules
from members.models import (
    ContributionDue,
    ContributionPart,
    Correspondence,
    CorrespondenceKind,
    EntitlementStatus,
    HouseholdStatus,
    IncreasedReimbursementPeriod,
    Member,
    Region,
    Role,
    ServiceCode,
)


def _span(first, last) -> list[int]:
    """The years from ``first`` to ``last`` (dates, or None when there is no row)."""
    return list(range(first.year, last.year + 1)) if first and last else []


def membership_years() -> list[int]:
    """Years with members: from the first affiliation to the last day anyone was affiliated (today)."""
    first = Member.objects.aggregate(first=Min("affiliation_start"))["first"]
    return _span(first, first and max(first, timezone.localdate()))


def contributions_years() -> list[int]:
    """Years in which contributions were settled."""
    span = ContributionDue.objects.aggregate(first=Min("settled_on"), last=Max("settled_on"))
    return _span(span["first"], span["last"])


def correspondence_years() -> list[int]:
    span = Correspondence.objects.aggregate(first=Min("created_at"), last=Max("created_at"))
    return _span(span["first"], span["last"])


def membership(year: int, today: date) -> dict:
    """Members on ``today`` (or 31 December of ``year``) and a year before: titulars, dependents, VT
    members, growth, regions, and the households' statuses (Art. 8)."""
    day = min(today, date(year, 12, 31))
    a_year_before = add_years(day, -1)  # growth over 12 months: the same day a year before (29/02 → 28/02)

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
        # the codes' names in every language, shown in the reader's (issue #16)
        "labels": {"region": choice_labels(Region), "status": choice_labels(EntitlementStatus)},
    }


def contributions(year: int, today: date) -> dict:
    """Contributions settled in ``year``: per month, per service code (Art. 66), and the arrears still
    demandable on ``today`` (Art. 8 §2)."""
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
        "labels": {"code": choice_labels(ServiceCode)},
    }


def correspondence(year: int, today: date) -> dict:
    """Letters and messages written in ``year`` (issue #15): per kind and month (``MM``), and per kind
    (the reminders before suspension, Art. 8 §3; the direct-debit letters). One GROUP BY."""
    rows = (
        Correspondence.objects.filter(created_at__year=year)
        .annotate(m=ExtractMonth("created_at"))
        .values_list("kind", "m")
        .annotate(n=Count("id"))
        .order_by("kind", "m")
    )
    per_kind_month: dict[str, dict[str, int]] = defaultdict(dict)
    for kind, month, count in rows:
        per_kind_month[kind][f"{month:02d}"] = count
    reminders = dict(
        Correspondence.objects.filter(created_at__year=year, kind=CorrespondenceKind.REMINDER)
        .values_list("details__reminder")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {
        "per_kind_month": dict(per_kind_month),
        "per_kind": {kind: sum(months.values()) for kind, months in per_kind_month.items()},
        "reminders": {str(k or ""): n for k, n in reminders.items()},
        "labels": {"kind": choice_labels(CorrespondenceKind)},
    }
