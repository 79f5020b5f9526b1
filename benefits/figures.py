"""The benefits app's report figures (registered in ``benefits/hooks.py``; ``reports.snapshots`` stores
them): claims, payouts per benefit and rejections by article, per event year."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Min, Q, Sum
from django.utils.translation import gettext

from benefits.models import COUNTING_STATUSES, Benefit, Claim, ClaimStatus
from core.formatting import in_every_language
from core.money import amount_text as _d
from core.reasons import CODES


def benefits_years() -> list[int]:
    """The event years of the claims."""
    span = Claim.objects.aggregate(first=Min("event_date"), last=Max("event_date"))
    return list(range(span["first"].year, span["last"].year + 1)) if span["first"] else []


def _names(benefit: Benefit) -> dict[str, str]:
    return {"en": benefit.name, "nl": benefit.name_nl or benefit.name, "fr": benefit.name_fr or benefit.name}


def _reason_names(codes) -> dict[str, dict[str, str]]:
    """A rejection code's sentence in every language, its parameters left out (``…``)."""
    names = {}
    for code in codes:
        declared = CODES.get(code)
        if declared is not None:
            in_each = in_every_language(_LazyTemplate(declared.template))
            names[code] = {language: _PARAM.sub("…", text).replace("%%", "%") for language, text in in_each.items()}
    return names


def benefits(year: int, today: date) -> dict:
    """Claims with their event in ``year``: payouts per benefit, and rejections by the article that refused
    them."""
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
        # names in every language, shown in the reader's (issue #16)
        "labels": {
            "benefit": {b.code: _names(b) for b in Benefit.objects.filter(code__in=[p["code"] for p in per_benefit])},
            "reason": _reason_names(by_code),
        },
    }


_PARAM = re.compile(r"%\([a-z_]+\)[sd]")


class _LazyTemplate:
    """A declared reason template, translated when shown (``in_every_language`` calls ``str``)."""

    def __init__(self, template: str) -> None:
        self.template = template

    def __str__(self) -> str:
        return gettext(self.template)


def take_up_years() -> list[int]:
    """The years in which the detectors first found a right (issue #17)."""
    from benefits.models import Finding

    span = Finding.objects.aggregate(first=Min("first_found"), last=Max("first_found"))
    return list(range(span["first"].year, span["last"].year + 1)) if span["first"] else []


def take_up(year: int, today: date) -> dict:
    """Issue #17: the take-up of the rights the detectors see, per right, for the findings first found in
    ``year``: how many (the eligible population the detectors see), how many were claimed, how many after an
    invitation letter, and the amount that reached members after one (what the letters brought)."""
    from benefits.models import Finding, FindingStatus

    rows = (
        Finding.objects.filter(first_found__year=year)
        .values("kind", "article")
        .annotate(
            eligible=Count("id"),
            members=Count("member", distinct=True),
            letters=Count("id", filter=Q(letter_sent_on__isnull=False)),
            claimed=Count("id", filter=Q(status=FindingStatus.CLAIMED)),
            claimed_after_letter=Count("id", filter=Q(status=FindingStatus.CLAIMED, letter_sent_on__isnull=False)),
            amount_after_letter=Sum("amount", filter=Q(status=FindingStatus.CLAIMED, letter_sent_on__isnull=False)),
            dismissed=Count("id", filter=Q(status=FindingStatus.DISMISSED)),
            expired=Count("id", filter=Q(status=FindingStatus.EXPIRED)),
        )
        .order_by("kind")
    )
    per_right = [
        {
            "kind": row["kind"],
            "article": row["article"],
            "eligible": row["eligible"],
            "members": row["members"],
            "letters": row["letters"],
            "claimed": row["claimed"],
            "claimed_after_letter": row["claimed_after_letter"],
            "amount_after_letter": _d(row["amount_after_letter"]),
            "dismissed": row["dismissed"],
            "expired": row["expired"],
            "take_up": round(100 * row["claimed"] / row["eligible"], 1) if row["eligible"] else 0.0,
        }
        for row in rows
    ]
    total = sum((Decimal(r["amount_after_letter"]) for r in per_right), Decimal("0.00"))
    return {
        "eligible": sum(r["eligible"] for r in per_right),
        "claimed": sum(r["claimed"] for r in per_right),
        "claimed_after_letter": sum(r["claimed_after_letter"] for r in per_right),
        "amount_after_letter": _d(total),
        "per_right": per_right,
    }
