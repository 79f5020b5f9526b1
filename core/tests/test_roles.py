"""Each role may do its job and nothing else (core.roles)."""

import pytest
from django.urls import reverse

from core.roles import ROLES, sync_roles

pytestmark = pytest.mark.django_db


def test_roles_exist_after_migrate():
    from django.contrib.auth.models import Group

    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)


def test_sync_roles_is_idempotent_and_removes_stray_permissions():
    from django.contrib.auth.models import Group, Permission

    clerk = Group.objects.get(name="clerk")
    stray = Permission.objects.get(codename="delete_member")
    clerk.permissions.add(stray)
    first = sync_roles()
    assert sync_roles() == first
    assert not clerk.permissions.filter(pk=stray.pk).exists()


@pytest.mark.parametrize(
    ("role", "url", "status"),
    [
        pytest.param("clerk", "admin:members_member_add", 200, id="clerk-adds-members"),
        pytest.param("clerk", "admin:members_payment_add", 200, id="clerk-records-payments"),
        pytest.param("clerk", "admin:members_contributiontable_add", 403, id="clerk-cannot-change-the-table"),
        pytest.param("clerk", "admin:auditlog_logentry_changelist", 403, id="clerk-cannot-read-audit"),
        pytest.param("manager", "admin:members_member_changelist", 200, id="manager-reads-members"),
        pytest.param("manager", "admin:members_member_add", 403, id="manager-does-not-add-members"),
        pytest.param("manager", "admin:members_contributiontable_add", 200, id="manager-keeps-the-table"),
        pytest.param("manager", "admin:django_celery_beat_periodictask_changelist", 200, id="manager-sees-schedule"),
        pytest.param("election_bureau", "admin:members_member_changelist", 200, id="bureau-reads-voters"),
        pytest.param("election_bureau", "admin:members_payment_changelist", 403, id="bureau-no-payments"),
        pytest.param("election_bureau", "admin:members_member_add", 403, id="bureau-no-member-edits"),
        pytest.param("lending_desk", "admin:members_payment_changelist", 403, id="lending-no-payments"),
        pytest.param("lending_desk", "admin:members_household_changelist", 200, id="lending-reads-households"),
        pytest.param("auditor", "admin:auditlog_logentry_changelist", 200, id="auditor-reads-audit"),
        pytest.param("auditor", "admin:members_member_add", 403, id="auditor-changes-nothing"),
    ],
)
def test_role_boundaries_in_admin(client, make_user, role, url, status):
    client.force_login(make_user(role))
    assert client.get(reverse(url)).status_code == status


def test_manager_and_auditor_may_read_reports_clerk_may_not(make_user):
    assert make_user("manager").has_perm("reports.view_reports")
    assert make_user("auditor").has_perm("reports.view_reports")
    assert not make_user("clerk").has_perm("reports.view_reports")


def test_nobody_but_superuser_deletes_members(make_user):
    for role in ROLES:
        assert not make_user(role).has_perm("members.delete_member"), role
