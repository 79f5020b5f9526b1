"""The lending service's report figures (registered in ``lending/hooks.py``; ``reports.snapshots``
stores them): rent and fees, stock use, and the Art. 54 refunds and alarm subsidies of the year before."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Min, Sum

from core.formatting import choice_labels
from core.money import amount_text as _d
from lending import rules as lending_rules
from lending.models import AlarmSubsidy, MaxInvoiceRefund, RentalCharge, StockUnit, UnitState


def lending_years() -> list[int]:
    """Years in which rent or fees were charged."""
    span = RentalCharge.objects.aggregate(first=Min("day"), last=Max("day"))
    return list(range(span["first"].year, span["last"].year + 1)) if span["first"] else []


def lending(year: int, today: date) -> dict:
    """Rent and fees charged in ``year``, the stock's use, and the refunds and subsidies of the year before
    (Art. 54)."""
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
        "labels": {"state": choice_labels(UnitState)},
    }
