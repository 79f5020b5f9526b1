"""Nightly step of the reports (SPEC §6, step 5): refresh the snapshots behind the report pages. Registered
in ``reports/hooks.py``; its place in the chain is in ``core.nightly.NIGHTLY_ORDER``."""

from core.nightly import Step
from reports import snapshots


def _refresh(day):
    counts = snapshots.refresh(day.year, day)
    if day.month == 1:  # the previous year closes in January
        snapshots.refresh(day.year - 1, day)
    return counts


STEPS = [Step("reports.snapshots", "Refresh the figures behind the report pages", once=_refresh)]
