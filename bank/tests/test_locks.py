"""Two collection runs at the same moment collect each month once (row locks: PostgreSQL)."""

from decimal import Decimal

import pytest

from bank import services
from bank.models import CollectionItem, CollectionItemDue
from bank.tests.conftest import COLLECTION, IBANS, TODAY
from core.tests.parallel import require_row_locks, run_at_once


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_collect_every_month_once(debtor):
    require_row_locks()
    for iban in IBANS[:3]:
        debtor(iban=iban)

    results, errors = run_at_once(
        lambda i: services.collection_run_create(collection_date=COLLECTION, today=TODAY), times=2
    )

    assert errors == []
    assert sorted(r.mandates for r in results) == [0, 3]
    assert sum((r.total for r in results), Decimal("0")) == Decimal("210.00")
    assert CollectionItem.objects.count() == 3
    assert CollectionItemDue.objects.filter(open=True).count() == 21
