"""One bank transaction is one payment, also when it is recorded twice at the same moment
(issue #12 point 4): checked under the lock, and the unique index decides between households."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from core.tests.parallel import require_row_locks, run_at_once
from members import services
from members.models import Payment
from members.tests.factories import household_with_titular


@pytest.mark.django_db(transaction=True)
def test_one_bank_reference_recorded_at_once_for_two_households_is_one_payment(table_2026):
    require_row_locks()
    households = [household_with_titular(last_name=name)[0] for name in ("Peeters", "Maes")]
    payments, errors = run_at_once(
        lambda i: services.payment_record(
            household=households[i], amount=Decimal("10.00"), paid_on=date(2026, 1, 10), bank_reference="BANK-2026-0001"
        ),
        times=2,
    )
    assert len(payments) == 1
    [error] = errors
    assert isinstance(error, ValidationError) and "already imported" in error.message_dict["bank_reference"][0]
    assert Payment.objects.filter(bank_reference="BANK-2026-0001").count() == 1
