"""The clerk's screens: find a member, read a household, record and import payments."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from core.months import Month
from members import services
from members.models import ContributionDue, Payment
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_client(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    return client


def test_find_member_by_national_number_with_separators(clerk_client):
    _, titular = household_with_titular(last_name="Vermeulen")
    household_with_titular(last_name="Janssens")
    formatted = titular.national_number_display  # 80.05.17-xxx.xx
    response = clerk_client.get(reverse("admin:members_member_changelist"), {"q": formatted})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Vermeulen" in content and "Janssens" not in content


def test_find_member_by_name_prefix(clerk_client):
    household_with_titular(last_name="Vermeulen")
    household_with_titular(last_name="Janssens")
    content = clerk_client.get(reverse("admin:members_member_changelist"), {"q": "verm"}).content.decode()
    assert "Vermeulen" in content and "Janssens" not in content


def test_household_page_shows_ledger_status_and_reason(clerk_client):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    from core.months import Month
    from members import services

    services.dues_book(through=Month(2026, 3), household_ids=[household.pk])
    response = clerk_client.get(reverse("admin:members_household_change", args=[household.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Art. 8" in content  # the reason for the status
    assert "03/2026" in content and "10,00 €" in content  # the ledger, Belgian formats
    assert household.payment_reference in content


def test_record_payment_in_admin(clerk_client):
    household, _ = household_with_titular()
    response = clerk_client.post(
        reverse("admin:members_payment_add"),
        {"household": household.pk, "amount": "20,00", "paid_on": "05/01/2026", "months": "2026-01, 2026-02",
         "communication": "", "bank_reference": ""},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ContributionDue.objects.filter(household=household, settled_on=date(2026, 1, 5)).count() == 2
    messages = clerk_client.get(response.url).content.decode()
    assert "Settled: 01/2026, 02/2026" in messages and "20,00 € 05/01/2026" in messages  # Belgian formats


def test_wrong_amount_in_admin_shows_error_on_field_and_stores_nothing(clerk_client):
    household, _ = household_with_titular()
    response = clerk_client.post(
        reverse("admin:members_payment_add"),
        {"household": household.pk, "amount": "25,00", "paid_on": "05/01/2026", "months": "2026-01, 2026-02",
         "communication": "", "bank_reference": ""},
    )
    assert response.status_code == 200
    assert "does not match the dues" in response.content.decode()
    assert Payment.objects.count() == 0


# Bank statements: members/tests/test_bank_import.py (upload → check → apply, in the background).


def test_a_payment_is_reversed_never_deleted(clerk_client):
    household, _ = household_with_titular()
    services.dues_book(through=Month(2026, 2), household_ids=[household.pk])
    payment = services.payment_record(household=household, amount=Decimal("20.00"), paid_on=date(2026, 1, 5)).payment
    assert clerk_client.get(reverse("admin:members_payment_delete", args=[payment.pk])).status_code == 403
    page = clerk_client.get(reverse("admin:members_payment_change", args=[payment.pk])).content.decode()
    assert "01/2026, 02/2026" in page  # the months it settled, found through the household
    assert Payment.objects.filter(pk=payment.pk).exists()


def test_household_page_sets_prescribed_months_apart(clerk_client):
    """Art. 8 §2: months older than five years are shown, but no longer demanded."""
    import time_machine

    from members.tests.factories import contribution_table

    contribution_table(date(2019, 1, 1))
    household, _ = household_with_titular(start=date(2019, 1, 1))
    services.dues_book(through=Month(2026, 11), household_ids=[household.pk])
    with time_machine.travel(date(2026, 11, 23), tick=False):
        content = clerk_client.get(reverse("admin:members_household_change", args=[household.pk])).content.decode()
    assert "610,00 €" in content  # 11/2021 … 11/2026 can still be demanded
    assert "340,00 €" in content and "prescribed" in content  # 01/2019 … 10/2021
