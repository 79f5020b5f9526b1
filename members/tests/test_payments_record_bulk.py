"""``services.payments_record_bulk`` (issue #15, the bank statement import's bulk path): the payments
``payment_record`` would record one by one, in order, and each refusal on its own line."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.db import transaction

from core.months import Month
from members import services
from members.models import ContributionDue, Payment
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db

PAID_ON = date(2026, 7, 3)


def _ledger(household_id):
    return sorted(
        (d.month, d.settled_on, d.payment.bank_reference if d.payment else None)
        for d in ContributionDue.objects.filter(household_id=household_id).select_related("payment")
    )


@time_machine.travel(date(2026, 7, 6), tick=False)
def test_payments_in_bulk_are_the_payments_recorded_one_by_one(table_2026):
    first, _t = household_with_titular(last_name="Peeters")
    second, _t = household_with_titular(last_name="Maes")
    wanted = [
        (first.pk, "25.00", "B-1"),  # 01, 02 and 5.00 left over
        (second.pk, "130.00", "B-2"),  # 01–07 open, then ahead until the money runs out
        (first.pk, "15.00", "B-3"),  # sees what B-1 settled: 03
    ]

    # one by one, rolled back
    with transaction.atomic():
        one_by_one = [
            services.payment_record(
                household=h, amount=Decimal(a), paid_on=PAID_ON, source="bank_import", bank_reference=r
            )
            for h, a, r in wanted
        ]
        expected = {
            "months": [sorted(result.months) for result in one_by_one],
            "unallocated": [result.payment.unallocated for result in one_by_one],
            "ledgers": [_ledger(first.pk), _ledger(second.pk)],
        }
        transaction.set_rollback(True)
    assert not Payment.objects.exists()

    results = services.payments_record_bulk(
        payments=[
            services.BulkPayment(household_id=h, amount=Decimal(a), paid_on=PAID_ON, bank_reference=r)
            for h, a, r in wanted
        ],
        note="test",
    )

    assert [result.refused for result in results] == ["", "", ""]
    assert [result.months for result in results] == expected["months"]
    assert [Payment.objects.get(pk=result.payment_id).unallocated for result in results] == expected["unallocated"]
    assert [_ledger(first.pk), _ledger(second.pk)] == expected["ledgers"]
    assert results[0].months == [Month(2026, 1), Month(2026, 2)] and results[2].months == [Month(2026, 3)]


@time_machine.travel(date(2026, 7, 6), tick=False)
def test_a_refused_payment_is_left_out_and_the_others_are_recorded(table_2026):
    household, _t = household_with_titular()
    results = services.payments_record_bulk(
        payments=[
            services.BulkPayment(household_id=household.pk, amount=Decimal("0.00"), paid_on=PAID_ON),
            services.BulkPayment(household_id=household.pk, amount=Decimal("10.00"), paid_on=date(2026, 8, 30)),
            services.BulkPayment(
                household_id=household.pk, amount=Decimal("10.00"), paid_on=PAID_ON, bank_reference="X"
            ),
            services.BulkPayment(
                household_id=household.pk, amount=Decimal("10.00"), paid_on=PAID_ON, bank_reference="X"
            ),
            services.BulkPayment(household_id=987654321, amount=Decimal("10.00"), paid_on=PAID_ON),
        ]
    )

    assert results[0].refused == "The amount must be positive."
    assert "days ahead" in results[1].refused
    assert results[2].payment_id and results[2].months == [Month(2026, 1)]
    assert "also on row" in results[3].refused  # the same bank transaction twice
    assert "does not exist" in results[4].refused
    assert [r.payment_id is None for r in results] == [True, True, False, True, True]
    assert Payment.objects.count() == 1
