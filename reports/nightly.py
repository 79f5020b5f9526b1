"""Nightly step of the reports (SPEC §6, step 5): refresh the snapshots behind the report pages."""

from core.nightly import Step
from reports import snapshots


def _refresh(day):
    counts = snapshots.refresh(day.year, day)
    if day.month == 1:  # the previous year closes in January
        snapshots.refresh(day.year - 1, day)
    return counts


def _purge_access_log(day):
    from core.privacy import access_log_purge

    return access_log_purge()


STEPS = [
    Step(50, "reports.snapshots", "Refresh the figures behind the report pages", once=_refresh),
    # core has no nightly module (the chain collects the domain apps'); the log's retention ends here.
    Step(
        90, "core.access_log_purge", "Purge the read-access log past ACCESS_LOG_RETENTION_DAYS", once=_purge_access_log
    ),
]
