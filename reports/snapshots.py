"""The figures the system computes itself, aggregated once (nightly) into ``Snapshot`` rows.

Each app computes its own figures (``<app>/figures.py``: membership and contributions, benefits,
lending, elections) and registers them in its ``hooks.py`` (``core.hooks.register_figures``); this
module only runs the registered functions and stores their JSON, one row per name and year. The
report pages only read snapshots. Reports import no domain app (import-linter).
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from core import hooks
from reports.models import Snapshot

#: The row holding the years with data of the figures ``name`` (issue #18): ``years:<name>``, year 0.
YEARS_PREFIX = "years:"


def refresh(year: int, today: date | None = None, keys=None) -> dict[str, int]:
    """Compute and store the snapshots of ``year`` (idempotent: one row per page and year), and the years
    with data of the same figures."""
    today = today or timezone.localdate()
    now = timezone.now()
    figures = hooks.figures()
    for key in keys or figures:
        Snapshot.objects.update_or_create(
            key=key, year=year, defaults={"data": figures[key](year, today), "computed_at": now}
        )
        _store_years(key, now)
    return {"snapshots": len(keys or figures)}


def _store_years(name: str, now) -> list[int]:
    found = hooks.figure_years(name)
    Snapshot.objects.update_or_create(
        key=YEARS_PREFIX + name, year=0, defaults={"data": {"years": found}, "computed_at": now}
    )
    return found


def years(name: str) -> list[int]:
    """The years in which the figures ``name`` have data, as of the last refresh (issue #18: finding them
    reads the big tables, e.g. min/max over 74 M dues, 8 s; a page reads one row). Computed and stored now
    when no refresh has stored them yet."""
    stored = Snapshot.objects.filter(key=YEARS_PREFIX + name, year=0).values_list("data", flat=True).first()
    if stored is not None:
        return [int(y) for y in stored.get("years", [])]
    return _store_years(name, timezone.now())


def get(key: str, year: int, today: date | None = None) -> Snapshot:
    """The snapshot of a page, computed now if the nightly job has not made it yet."""
    snapshot = Snapshot.objects.filter(key=key, year=year).first()
    if snapshot is None:
        refresh(year, today, keys=[key])
        snapshot = Snapshot.objects.get(key=key, year=year)
    return snapshot
