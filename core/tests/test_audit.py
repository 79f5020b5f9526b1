"""Every write on domain data leaves who, when and old → new (django-auditlog)."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from members.models import Member
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


def _post_member_change(client, member, **changes):
    url = reverse("admin:members_member_change", args=[member.pk])
    form = client.get(url).context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data.update(
        {
            "birth_date": member.birth_date.strftime("%d/%m/%Y"),
            "affiliation_start": member.affiliation_start.strftime("%d/%m/%Y"),
            "titular_since": member.titular_since.strftime("%d/%m/%Y") if member.titular_since else "",
            "affiliation_end": "",
        }
    )
    data.update(changes)
    for prefix in ("vt_periods", "hardships"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return client.post(url, data)


def test_clerk_edit_in_admin_is_logged_with_actor_and_old_new(client, make_user, table_2026):
    clerk = make_user("clerk")
    client.force_login(clerk)
    _, member = household_with_titular(last_name="Peeters")
    response = _post_member_change(client, member, last_name="Peeters-Maes", email="an@example.be")
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""

    entry = LogEntry.objects.get_for_object(member).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert entry.actor == clerk
    assert entry.changes_dict["last_name"] == ["Peeters", "Peeters-Maes"]


def test_api_write_with_basic_auth_records_the_actor(api_client, make_user, table_2026):
    clerk = make_user("clerk", password="secret-pass-123")
    api_client.credentials(
        HTTP_AUTHORIZATION="Basic "
        + __import__("base64").b64encode(f"{clerk.username}:secret-pass-123".encode()).decode()
    )
    response = api_client.post("/api/v1/households/", {"city": "Gent"}, format="json")
    assert response.status_code == 201
    entry = LogEntry.objects.filter(object_pk=str(response.json()["id"]), content_type__model="household").get()
    assert entry.action == LogEntry.Action.CREATE
    assert entry.actor == clerk


def test_audit_trail_is_visible_on_the_object_page(client, make_user, table_2026):
    _, member = household_with_titular()
    client.force_login(make_user("auditor"))
    page = client.get(reverse("admin:members_member_change", args=[member.pk]))
    assert reverse("admin:members_member_auditlog", args=[member.pk]) in page.content.decode()
    trail = client.get(reverse("admin:members_member_auditlog", args=[member.pk]))
    assert trail.status_code == 200
    assert member.last_name in trail.content.decode()


def test_role_change_is_audited(make_user):
    from django.contrib.auth.models import Group

    user = make_user()
    user.groups.add(Group.objects.get(name="manager"))
    assert LogEntry.objects.get_for_object(user).filter(changes__icontains="manager").exists()


def test_payment_recorded_by_service_is_audited(table_2026):
    from decimal import Decimal

    from core.months import Month
    from members import services

    household, _ = household_with_titular()
    result = services.payment_record(
        household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 3), months=[Month(2026, 1)]
    )
    assert LogEntry.objects.get_for_object(result.payment).filter(action=LogEntry.Action.CREATE).exists()
    assert Member.objects.count() == 1
