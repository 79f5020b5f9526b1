"""The clerk's screens: find a member, read a household, record and import payments."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
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
        {
            "household": household.pk,
            "amount": "20,00",
            "paid_on": "05/01/2026",
            "months": "2026-01, 2026-02",
            "communication": "",
            "bank_reference": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ContributionDue.objects.filter(household=household, settled_on=date(2026, 1, 5)).count() == 2
    messages = clerk_client.get(response.url).content.decode()
    assert "Settled: 01/2026, 02/2026" in messages and "20,00 € 05/01/2026" in messages  # Belgian formats


def test_wrong_amount_in_admin_shows_error_on_field_and_stores_nothing(clerk_client):
    household, _ = household_with_titular()
    response = clerk_client.post(
        reverse("admin:members_payment_add"),
        {
            "household": household.pk,
            "amount": "25,00",
            "paid_on": "05/01/2026",
            "months": "2026-01, 2026-02",
            "communication": "",
            "bank_reference": "",
        },
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


def test_reversing_payments_asks_confirmation_and_a_reason_then_reopens_the_months(clerk_client):
    # given a household that paid January and February 2026
    import time_machine

    household, _ = household_with_titular(start=date(2026, 1, 1))
    with time_machine.travel(date(2026, 2, 10), tick=False):
        payment = services.payment_record(
            household=household,
            amount=Decimal("20.00"),
            paid_on=date(2026, 2, 5),
            months=[Month(2026, 1), Month(2026, 2)],
        ).payment
    url = reverse("admin:members_payment_changelist")
    action = {"action": "reverse_payments", "_selected_action": [payment.pk]}

    # when the clerk picks the action: a confirmation page with what will be reversed, nothing reversed yet
    page = clerk_client.post(url, action)
    assert page.status_code == 200
    content = page.content.decode()
    assert "01/2026, 02/2026" in content and "20,00 €" in content and 'name="reason"' in content
    payment.refresh_from_db()
    assert payment.reversed_on is None

    # when confirming without a reason: the page again, with the error, nothing reversed
    again = clerk_client.post(url, {**action, "post": "yes", "reason": ""})
    assert again.status_code == 200 and "errorlist" in again.content.decode()
    payment.refresh_from_db()
    assert payment.reversed_on is None

    # when confirming with a reason: reversed, months open again, the reason kept
    done = clerk_client.post(url, {**action, "post": "yes", "reason": "Recorded on the wrong household"})
    assert done.status_code == 302
    payment.refresh_from_db()
    assert payment.reversed_on is not None and payment.reversal_reason == "Recorded on the wrong household"
    assert not ContributionDue.objects.filter(household=household, payment=payment).exists()
    assert (
        ContributionDue.objects.filter(
            household=household, settled_on__isnull=True, month__in=[date(2026, 1, 1), date(2026, 2, 1)]
        ).count()
        == 2
    )


def test_a_payment_reversed_meanwhile_is_a_message_not_a_server_error(clerk_client):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    payment = services.payment_record(
        household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 5), months=[Month(2026, 1)]
    ).payment
    url = reverse("admin:members_payment_changelist")
    action = {"action": "reverse_payments", "_selected_action": [payment.pk]}
    assert clerk_client.post(url, action).status_code == 200  # the confirmation page is shown
    # meanwhile a colleague reverses it
    services.payment_reverse(payment=payment, reason="colleague", on=date(2026, 1, 6))

    response = clerk_client.post(url, {**action, "post": "yes", "reason": "second reversal"}, follow=True)

    assert response.status_code == 200
    assert "already" in response.content.decode().lower()
    payment.refresh_from_db()
    assert payment.reversal_reason == "colleague"


def test_a_name_prefix_lists_its_matches_in_name_order_page_by_page(clerk_client, monkeypatch):
    """Issue #18: "jan" — a last name ("Jansen", "Janssens") or a first name (every titular here is a Jan) —
    listed in name order across the pages (on PostgreSQL the ids of the pages so far come from the covering
    indexes, one branch per reading), each member once, with the count of the matches."""
    from members.admin import MemberAdmin

    monkeypatch.setattr(MemberAdmin, "list_per_page", 2)
    for i, name in enumerate(["Zeeman", "Aerts", "Janssens", "Maes", "Jansen"]):
        household_with_titular(last_name=name, birth=date(1980, 1, 1 + i))
    url = reverse("admin:members_member_changelist")
    pages = []
    for page in (1, 2, 3):
        response = clerk_client.get(url, {"q": "jan", "p": page})
        changelist = response.context["cl"]
        assert changelist.result_count == 5
        if connection.vendor == "postgresql":  # the ids came from member_ids_in_name_order
            assert response.wsgi_request.member_search_count == 5
        pages.append([m.last_name for m in changelist.result_list])
    assert pages == [["Aerts", "Jansen"], ["Janssens", "Maes"], ["Zeeman"]]
    rare = clerk_client.get(url, {"q": "maes"}).context["cl"]
    assert [m.last_name for m in rare.result_list] == ["Maes"] and rare.result_count == 1
    by_birth = clerk_client.get(url, {"q": "jan", "o": "3"}).context["cl"]  # a column's order: the plain search
    assert by_birth.result_count == 5


def test_the_household_list_searched_by_a_name_lists_the_newest_first(clerk_client):
    """Issue #18: searched, the list is ordered by ``id + 0`` (no index walk on PostgreSQL), still newest
    first; a column's order still applies."""
    first, _ = household_with_titular(last_name="Vermeulen", birth=date(1980, 3, 1))
    second, _ = household_with_titular(last_name="Vermeulen", birth=date(1980, 3, 2))
    household_with_titular(last_name="Janssens", birth=date(1980, 3, 3))
    url = reverse("admin:members_household_changelist")
    found = clerk_client.get(url, {"q": "vermeulen"}).context["cl"]
    assert [h.pk for h in found.result_list] == [second.pk, first.pk]
    by_number = clerk_client.get(url, {"q": "vermeulen", "o": "1"}).context["cl"]
    assert [h.pk for h in by_number.result_list] == [first.pk, second.pk]
