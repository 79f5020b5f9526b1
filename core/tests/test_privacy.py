"""Need-to-know (issue #12, point 3): each role sees the member data its work needs; bulk export is the
managers', with a reason; every read of personal data is in a log nobody can change."""

from datetime import date

import pytest
import time_machine
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from benefits import reference as benefits_reference
from benefits import services as benefit_services
from benefits.tests.test_services import paid_up_member
from core.models import AccessLog
from core.privacy import Category, access_log_purge
from members.models import IncreasedReimbursementPeriod

pytestmark = pytest.mark.django_db

IBAN = "BE71096123456769"


@pytest.fixture(autouse=True)
def _mid_2026():
    with time_machine.travel(date(2026, 6, 15), tick=False):
        yield


@pytest.fixture
def member(table_2026):
    """A member with a payout IBAN, an incapacity date, a VT period and a dietetics claim this year."""
    benefits_reference.seed()
    member = paid_up_member(iban=IBAN, last_name="Claes")
    member.incapacity_66_from = date(2025, 9, 1)
    member.email = "an.claes@example.be"
    member.save(update_fields=["incapacity_66_from", "email"])
    IncreasedReimbursementPeriod.objects.create(member=member, start=date(2026, 1, 1))
    claim = benefit_services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 3, 2), quantity=2, evidence=["invoice"]
    )
    assert claim.payout > 0
    return member


def member_page(client, make_user, role, member):
    client.force_login(make_user(role))
    response = client.get(reverse("admin:members_member_change", args=[member.pk]))
    assert response.status_code == 200
    return response.content.decode()


HEALTH_MARKS = ("Benefits used this year", "incapacity_66_from", "vt_periods-TOTAL_FORMS", "hardships-TOTAL_FORMS")


@pytest.mark.parametrize("role", ["lending_desk", "election_bureau"])
def test_lending_desk_and_bureau_member_page_has_no_health_bank_or_national_number(client, make_user, member, role):
    page = member_page(client, make_user, role, member)
    assert "Claes" in page  # identity: they do see who it is
    for mark in HEALTH_MARKS:
        assert mark not in page, mark
    assert IBAN not in page and member.national_number not in page and member.national_number_display not in page
    assert "an.claes@example.be" not in page
    assert ("Lending (ComfoPlus)" in page) is (role == "lending_desk")  # the desk's own rentals
    assert ("is_fund_staff" in page) is (role == "election_bureau")  # the voter roll's facts


def test_clerk_member_page_shows_what_the_clerk_works_with(client, make_user, member):
    page = member_page(client, make_user, "clerk", member)
    for mark in HEALTH_MARKS:
        assert mark in page, mark
    assert IBAN in page and member.national_number in page and "Art. 44" in page


def test_lending_desk_household_page_has_no_ledger_payments_or_national_number(client, make_user, member):
    client.force_login(make_user("lending_desk"))
    page = client.get(reverse("admin:members_household_change", args=[member.household_id])).content.decode()
    assert "Gent" in page and "Claes" in page
    assert (
        "dues ledger" not in page.lower()
        and "payment_set-TOTAL_FORMS" not in page
        and "payments-TOTAL_FORMS" not in page
    )
    assert member.national_number not in page and member.household.payment_reference not in page
    client.force_login(make_user("clerk"))
    page = client.get(reverse("admin:members_household_change", args=[member.household_id])).content.decode()
    assert "dues ledger" in page.lower() and member.national_number in page


def test_lending_desk_member_list_has_no_national_number_and_no_audit_trail(client, make_user, member):
    client.force_login(make_user("lending_desk"))
    page = client.get(reverse("admin:members_member_changelist")).content.decode()
    assert "Claes" in page and member.national_number_display not in page
    assert client.get(reverse("admin:members_member_auditlog", args=[member.pk])).status_code == 403
    client.force_login(make_user("clerk"))
    assert member.national_number_display in client.get(reverse("admin:members_member_changelist")).content.decode()


def test_member_names_no_longer_carry_the_national_number(member):
    assert member.national_number_display not in str(member) and "Claes" in str(member)


# --- API -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "national_number", "status"),
    [
        pytest.param("clerk", True, True, id="clerk-identifies-by-national-number"),
        pytest.param("lending_desk", False, True, id="desk-sees-status-not-number"),
        pytest.param("election_bureau", False, True, id="bureau-sees-status-not-number"),
    ],
)
def test_member_api_fields_per_role(api_client, make_user, member, role, national_number, status):
    api_client.force_authenticate(make_user(role))
    body = api_client.get(f"/api/v1/members/{member.pk}/").json()
    assert body["last_name"] == "Claes"
    assert ("national_number" in body) is national_number
    assert ("status" in body) is status
    assert "iban" not in body and "incapacity_66_from" not in body
    listed = api_client.get("/api/v1/members/").json()["results"]
    assert ("national_number" in listed[0]) is national_number


def test_household_api_hides_the_payment_reference_from_the_desk(api_client, make_user, member):
    api_client.force_authenticate(make_user("lending_desk"))
    body = api_client.get(f"/api/v1/households/{member.household_id}/").json()
    assert body["city"] == "Gent" and "payment_reference" not in body and "status" in body


# --- export ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["clerk", "lending_desk", "election_bureau", "auditor"])
def test_register_export_refused_to_roles_that_only_view(client, make_user, member, role):
    client.force_login(make_user(role))
    assert client.get(reverse("admin:members_member_export")).status_code == 403
    response = client.post(reverse("admin:members_member_export"), {"format": "0", "resource": "0", "reason": "x" * 20})
    assert response.status_code == 403
    assert client.get(reverse("admin:members_payment_export")).status_code in (403, 404)
    assert not AccessLog.objects.filter(action="export").exists()


def test_manager_exports_with_a_reason_and_it_is_logged(client, make_user, member):
    manager = make_user("manager")
    client.force_login(manager)
    form = client.get(reverse("admin:members_member_export"))
    assert form.status_code == 200 and 'name="reason"' in form.content.decode()
    fields = {f"memberresource_{name}": "on" for name in ("id", "national_number", "last_name", "first_name", "iban")}
    refused = client.post(reverse("admin:members_member_export"), {"format": "0", "resource": "0", **fields})
    assert refused.status_code == 200 and not refused.get("Content-Disposition")
    assert not AccessLog.objects.filter(action="export").exists()

    reason = "Annual report to the Control Office (CDZ) 2026"
    response = client.post(
        reverse("admin:members_member_export"), {"format": "0", "resource": "0", "reason": reason, **fields}
    )
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert member.national_number in response.content.decode()
    row = AccessLog.objects.get(action="export")
    assert (row.user_id, row.username, row.reason, row.count, row.object_type) == (
        manager.pk,
        manager.username,
        reason,
        1,
        "members.member",
    )
    assert Category.BANK in row.categories and Category.NATIONAL_NUMBER in row.categories


# --- the read-access log ---------------------------------------------------------------------------------


def test_viewing_a_member_in_the_admin_writes_one_access_row(client, make_user, member):
    clerk = make_user("clerk")
    client.force_login(clerk)
    client.get(reverse("admin:members_member_change", args=[member.pk]))
    row = AccessLog.objects.get()
    assert (row.username, row.action, row.channel, row.object_type, row.object_id, row.household_id) == (
        clerk.username,
        "view",
        "admin",
        "members.member",
        str(member.pk),
        member.household_id,
    )
    assert set(row.categories.split(",")) >= {"identity", "health", "bank", "national_number"}
    assert row.path == reverse("admin:members_member_change", args=[member.pk])


def test_desk_access_row_names_only_what_the_desk_saw(client, make_user, member):
    member_page(client, make_user, "lending_desk", member)
    assert set(AccessLog.objects.get().categories.split(",")) == {"identity", "entitlement", "lending"}


def test_a_list_writes_one_row_with_its_count(client, make_user, member):
    paid_up_member(last_name="Wouters")
    client.force_login(make_user("clerk"))
    client.get(reverse("admin:members_member_changelist"))
    row = AccessLog.objects.get()
    assert (row.action, row.object_type, row.count) == ("list", "members.member", 2)


def test_api_reads_are_logged(api_client, make_user, member):
    desk = make_user("lending_desk")
    api_client.force_authenticate(desk)
    api_client.get(f"/api/v1/members/{member.pk}/")
    api_client.get("/api/v1/members/")
    api_client.get(f"/api/v1/members/{member.pk + 999}/")  # a 404 reads nothing
    rows = list(AccessLog.objects.order_by("id").values_list("action", "channel", "object_id", "household_id", "count"))
    assert rows == [("view", "api", str(member.pk), member.household_id, None), ("list", "api", "", None, 1)]


def test_claim_api_read_is_logged_as_health(api_client, make_user, member):
    api_client.force_authenticate(make_user("clerk"))
    claim = member.claims.get()
    assert api_client.get(f"/api/v1/claims/{claim.pk}/").status_code == 200
    row = AccessLog.objects.get()
    assert (row.object_type, row.household_id, row.categories) == (
        "benefits.claim",
        member.household_id,
        "health,identity",
    )


def test_auditor_reads_the_log_and_nobody_changes_it(client, make_user, member):
    member_page(client, make_user, "clerk", member)
    row = AccessLog.objects.get()
    for role, superuser in (("auditor", False), ("manager", False), (None, True)):
        client.force_login(make_user(role, superuser=superuser))
        listing = client.get(reverse("admin:core_accesslog_changelist"))
        assert listing.status_code == 200 and row.username in listing.content.decode()
        found = client.get(
            reverse("admin:core_accesslog_changelist"),
            {"type": "members.member", "category": "health", "q": str(member.pk)},
        )
        assert found.status_code == 200 and row.username in found.content.decode()
        other = client.get(reverse("admin:core_accesslog_changelist"), {"type": "benefits.claim"})
        assert row.username not in other.content.decode()
        page = client.get(reverse("admin:core_accesslog_change", args=[row.pk]))
        assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
        assert (
            client.post(reverse("admin:core_accesslog_change", args=[row.pk]), {"username": "someone"}).status_code
            == 403
        )
        assert client.get(reverse("admin:core_accesslog_add")).status_code == 403
        assert client.post(reverse("admin:core_accesslog_delete", args=[row.pk]), {"post": "yes"}).status_code == 403
    for role in ("clerk", "lending_desk", "election_bureau"):
        client.force_login(make_user(role))
        assert client.get(reverse("admin:core_accesslog_changelist")).status_code == 403
    assert AccessLog.objects.filter(pk=row.pk, username=row.username).exists()


def test_the_log_refuses_changes_in_code(member, rf, make_user):
    row = AccessLog.objects.create(username="x", action="view", object_type="members.member", object_id="1")
    row.username = "y"
    with pytest.raises(PermissionError):
        row.save()
    with pytest.raises(PermissionError):
        row.delete()
    with pytest.raises(PermissionError):
        AccessLog.objects.filter(pk=row.pk).update(username="y")
    with pytest.raises(PermissionError):
        AccessLog.objects.all().delete()


def test_the_database_refuses_updates_of_the_log(member):
    row = AccessLog.objects.create(username="x", action="view")
    with pytest.raises(DatabaseError, match="never changed"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE core_accesslog SET username = 'y' WHERE id = %s", [row.pk])
    assert AccessLog.objects.get(pk=row.pk).username == "x"


def test_purge_keeps_the_retention_period(settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 730
    with time_machine.travel(date(2024, 6, 1), tick=False):
        AccessLog.objects.create(username="older-than-two-years", action="view")
    with time_machine.travel(date(2024, 7, 1), tick=False):
        AccessLog.objects.create(username="within-two-years", action="view")
    AccessLog.objects.create(username="today", action="view")
    assert access_log_purge() == {"access_log_purged": 1}
    assert set(AccessLog.objects.values_list("username", flat=True)) == {"within-two-years", "today"}
