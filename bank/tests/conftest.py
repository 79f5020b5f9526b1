"""Households paying by direct debit, on a fixed day (the clock frozen: collections depend on it)."""

from datetime import date

import pytest
import time_machine

#: A Monday: the earliest collection date 14 days later is Monday 29/06/2026.
TODAY = date(2026, 6, 15)
#: A Wednesday, after the pre-notification period: months 01–07/2026 are collected (€10.00 each).
COLLECTION = date(2026, 7, 1)

IBANS = ["BE41063012345610", "BE21001234567803", "BE94735001234514", "BE07363001234566"]


@pytest.fixture
def today():
    with time_machine.travel(TODAY, tick=False):
        yield TODAY


@pytest.fixture
def debtor(db, table_2026, today):
    """``debtor(region=..., frequency=...)`` → (household, mandate), affiliated since 01/2026."""
    from bank import services
    from members.tests.factories import household_with_titular

    def make(*, iban=IBANS[0], frequency="monthly", region=None, start=date(2026, 1, 1), **extra):
        # the titular's letters' language follows the region at creation (issue #15: Member.language)
        household, _titular = household_with_titular(start=start, region=region or "flanders")
        mandate = services.mandate_create(
            household=household,
            iban=iban,
            debtor_name="Jan Peeters",
            signed_on=date(2026, 1, 10),
            frequency=frequency,
            **extra,
        )
        return household, mandate

    return make
