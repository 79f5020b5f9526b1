"""The benefits app's report figures (registered in ``benefits/hooks.py``; ``reports.snapshots`` stores
them): claims, payouts per benefit and rejections by article, per event year."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.db.models import Count, Sum

from benefits.models import COUNTING_STATUSES, Claim, ClaimStatus
from core.money import amount_text as _d


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
    }
