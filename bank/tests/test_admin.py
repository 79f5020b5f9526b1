"""The clerk's screens: a mandate registered and amended, a run made, credited and a debit returned,
every write through the services."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse

from bank.models import CollectionRun, ItemStatus, Mandate, MandateStatus
from bank.tests.conftest import COLLECTION, IBANS
from members.models import Payment
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db

REASON = "Bank statement 2026/14, line 3"


@pytest.fixture
def clerk(client, make_user, table_2026, today):
    client.user = make_user("clerk")
    client.force_login(client.user)
    return client


def test_a_clerk_registers_a_mandate_and_a_bad_iban_is_a_form_error(clerk):
    household, _t = household_with_titular()
    url = reverse("admin:bank_mandate_add")
    data = {
        "household": household.pk,
        "debtor_name": "Jan Peeters",
        "iban": "BE41063012345611",
        "signed_on": "10/01/2026",
        "frequency": "monthly",
    }
    refused = clerk.post(url, data)
    assert refused.status_code == 200 and "errorlist" in refused.content.decode()
    assert not Mandate.objects.exists()

    done = clerk.post(url, {**data, "iban": IBANS[0]})
    assert done.status_code == 302, done.content.decode()[:2000]
    mandate = Mandate.objects.get()
    assert mandate.reference.startswith("ZF-H") and mandate.status == MandateStatus.ACTIVE

    page = clerk.get(reverse("admin:bank_mandate_change", args=[mandate.pk]))
    assert page.status_code == 200 and "FRST" in page.content.decode()


def test_the_amend_page_records_an_amendment_that_keeps_the_old_iban(clerk, debtor):
    _h, mandate = debtor()
    url = reverse("admin:bank_mandate_amend", args=[mandate.pk])
    assert clerk.get(url).status_code == 200
    response = clerk.post(
        url,
        {"iban": IBANS[2], "bic": "", "debtor_name": "Jan Peeters", "reference": mandate.reference, "reason": REASON},
    )
    assert response.status_code == 302
    mandate.refresh_from_db()
    [amendment] = mandate.amendments.all()
    assert mandate.iban == IBANS[2] and amendment.old_value == IBANS[0] and amendment.other_bank
    page = clerk.get(reverse("admin:bank_mandate_change", args=[mandate.pk])).content.decode()
    assert IBANS[0] in page  # the amendment inline shows the old value


def test_a_run_made_in_the_admin_is_credited_with_a_reason_and_a_debit_returned(clerk, debtor):
    household, mandate = debtor()
    add = clerk.post(reverse("admin:bank_collectionrun_add"), {"collection_date": "01/07/2026"})
    assert add.status_code == 302, add.content.decode()[:2000]
    run = CollectionRun.objects.get()
    download = clerk.get(reverse("admin:bank_collectionrun_xml", args=[run.pk]))
    assert download.status_code == 200 and download.content.decode() == run.xml

    # the same date again: nothing left to collect, said on the form
    again = clerk.post(reverse("admin:bank_collectionrun_add"), {"collection_date": "01/07/2026"})
    assert again.status_code == 200 and "Nothing is due" in again.content.decode()

    changelist = reverse("admin:bank_collectionrun_changelist")
    action = {"action": "settle", "_selected_action": [run.pk]}
    with time_machine.travel(COLLECTION, tick=False):
        clerk.force_login(clerk.user)  # a session of two weeks ago has expired
        confirm = clerk.post(changelist, action)
        assert confirm.status_code == 200 and 'name="reason"' in confirm.content.decode()
        assert not Payment.objects.exists()
        done = clerk.post(changelist, {**action, "post": "yes", "reason": REASON})
        assert done.status_code == 302
    payment = Payment.objects.get(household=household)
    assert payment.amount == Decimal("70.00")

    item = run.items.get()
    returned_on = COLLECTION + timedelta(days=3)
    with time_machine.travel(returned_on, tick=False):
        url = reverse("admin:bank_collectionitem_return", args=[item.pk])
        assert clerk.get(url).status_code == 200
        response = clerk.post(url, {"reason_code": "AC04", "returned_on": "04/07/2026", "reason": REASON})
        assert response.status_code == 302
    item.refresh_from_db()
    mandate.refresh_from_db()
    payment.refresh_from_db()
    assert item.status == ItemStatus.RETURNED and item.returned_on == date(2026, 7, 4)
    assert payment.reversed_on == date(2026, 7, 4)
    assert mandate.status == MandateStatus.SUSPENDED
    assert clerk.get(reverse("admin:members_correspondence_changelist")).status_code == 200
    # the member page shows the household's direct debits, the return and its reason
    with time_machine.travel(returned_on, tick=False):
        titular = household.members.get()
        page = clerk.get(reverse("admin:members_member_change", args=[titular.pk])).content.decode()
    assert "Direct debit (SEPA)" in page and "AC04" in page
