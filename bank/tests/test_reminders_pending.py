"""No arrears reminder for months a direct debit is collecting (issue #15, "Reminders before suspension";
Art. 8 §2 1°): the member was pre-notified that the bank will debit them. A returned debit opens the months
again, and the reminder follows."""

from datetime import date

import pytest
import time_machine

from bank import services
from bank.models import CollectionItem
from bank.tests.conftest import IBANS
from members.models import Correspondence, CorrespondenceKind
from members.tests.test_reminders import in_order, night  # noqa: F401  (the members' fixture and nightly)

pytestmark = pytest.mark.django_db


def test_a_month_in_a_pending_direct_debit_gets_no_reminder_until_the_debit_comes_back(in_order):  # noqa: F811
    # given a household in order since 2024 whose June 2026 is unpaid, with a mandate
    household = in_order("2026-06")
    services.mandate_create(household=household, iban=IBANS[0], debtor_name="Jan Peeters", signed_on=date(2026, 6, 1))
    # and a collection of June and July on 6 July 2026, made on 20 June (pre-notified)
    with time_machine.travel(date(2026, 6, 20), tick=False):
        result = services.collection_run_create(collection_date=date(2026, 7, 6), today=date(2026, 6, 20))
    assert result.dues == 2

    # when the night of 3 July runs: June is being collected
    assert night(date(2026, 7, 3)) == {"reminders_first": 0, "reminders_second": 0}
    assert not Correspondence.objects.filter(household=household, kind=CorrespondenceKind.REMINDER).exists()

    # when the bank returns the debit (insufficient funds), the months are open again: the reminder follows
    item = CollectionItem.objects.get(household=household)
    with time_machine.travel(date(2026, 7, 8), tick=False):
        services.collection_item_return(item=item, reason_code="AM04", on=date(2026, 7, 8))
    assert night(date(2026, 7, 9)) == {"reminders_first": 1, "reminders_second": 0}
    reminder = Correspondence.objects.get(household=household, kind=CorrespondenceKind.REMINDER)
    assert reminder.details["months"] == ["2026-06"]
