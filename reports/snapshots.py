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


def refresh(year: int, today: date | None = None, keys=None) -> dict[str, int]:
    """Compute and store the snapshots of ``year`` (idempotent: one row per page and year)."""
    today = today or timezone.localdate()
    now = timezone.now()
    figures = hooks.figures()
    for key in keys or figures:
        Snapshot.objects.update_or_create(
            key=key, year=year, defaults={"data": figures[key](year, today), "computed_at": now}
        )
    return {"snapshots": len(keys or figures)}


def get(key: str, year: int, today: date | None = None) -> Snapshot:
    """The snapshot of a page, computed now if the nightly job has not made it yet."""
    snapshot = Snapshot.objects.filter(key=key, year=year).first()
    if snapshot is None:
        refresh(year, today, keys=[key])
        snapshot = Snapshot.objects.get(key=key, year=year)
    return snapshot
