"""Nightly steps of the lending service (SPEC §6, steps 2 and 4), registered in ``lending/hooks.py``; their
places in the chain are in ``core.nightly.NIGHTLY_ORDER``."""

from datetime import date

from core.nightly import Step
from lending import rules, selectors, services


def _accrue(day: date, first_id: int, last_id: int) -> dict:
    return services.rentals_accrue_all(through=day, id_range=(first_id, last_id))


STEPS = [
    Step(
        "lending.rent",
        "Accrue rent of running contracts past their forfait; flag overdue returns",
        ids=selectors.running_ids,
        chunk=_accrue,
        unit="lending.rental",
    ),
    # Art. 54: refunds are paid in the first semester of the next year, alarm subsidies in Q1
    Step(
        "lending.max_invoice",
        "Maximum-invoice refunds for the previous year (January–June)",
        once=lambda day: services.max_invoice_compute(year=rules.refund_year(day), as_of=day),
        in_season=rules.max_invoice_in_season,
    ),
    Step(
        "lending.alarm_subsidies",
        "Alarm subsidies for the previous year (first quarter)",
        once=lambda day: services.alarm_subsidies_compute(year=rules.refund_year(day)),
        in_season=rules.alarm_subsidy_in_season,
    ),
]
