"""The audit trail in the clerk's words (issue #16): Brussels time to the second, labels instead of ids,
Belgian values instead of Python reprs, no login noise."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from core import audit
from members.models import Member, Payment
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


def _entry(obj, changes, **extra):
    return LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_pk=str(obj.pk),
        object_id=obj.pk,
        object_repr=str(obj),
        action=LogEntry.Action.UPDATE,
        changes=changes,
        **extra,
    )


@pytest.mark.parametrize(
    ("utc", "shown"),
    [
        pytest.param(datetime(2026, 7, 1, 10, 4, 5, 123456, tzinfo=UTC), "01/07/2026 12:04:05", id="summer-cest"),
        pytest.param(datetime(2026, 1, 15, 23, 30, 59, 999999, tzinfo=UTC), "16/01/2026 00:30:59", id="winter-cet"),
    ],
)
def test_timestamp_is_brussels_time_to_the_second(utc, shown, table_2026):
    _, member = household_with_titular()
    entry = _entry(member, {"last_name": ["A", "B"]})
    LogEntry.objects.filter(pk=entry.pk).update(timestamp=utc)
    entry.refresh_from_db()
    assert audit.entry_time(entry) == shown


def test_changes_read_with_labels_and_belgian_values(table_2026):
    first, member = household_with_titular(last_name="Peeters")
    second, _ = household_with_titular(last_name="Maes", birth=date(1981, 2, 3))
    entry = _entry(
        member,
        {
            "household": [first.pk, second.pk],
            "birth_date": ["1985-03-14", "1985-03-15"],
            "is_fund_staff": [False, True],
            "gender": ["M", "F"],
            "affiliation_end": [None, "2026-12-31"],
        },
    )
    translation.activate("nl")
    rows = {r.field: (r.old, r.new) for r in audit.readable_changes(entry)}
    household_label = str(Member._meta.get_field("household").verbose_name).capitalize()
    assert rows[household_label] == (str(first), str(second))
    assert "Peeters" in rows[household_label][0] and "Maes" in rows[household_label][1]
    birth = str(Member._meta.get_field("birth_date").verbose_name).capitalize()
    assert rows[birth] == ("14/03/1985", "15/03/1985")
    staff = str(Member._meta.get_field("is_fund_staff").verbose_name).capitalize()
    assert rows[staff] == ("nee", "ja")
    end = str(Member._meta.get_field("affiliation_end").verbose_name).capitalize()
    assert rows[end] == ("—", "31/12/2026")
    assert "household" not in rows and "birth_date" not in rows  # labels, not column names


def test_decimals_and_reprs_are_belgian_numbers(table_2026):
    household, _ = household_with_titular()
    payment = Payment.objects.create(household=household, amount=Decimal("1234.50"), paid_on=date(2026, 1, 3))
    entry = _entry(
        payment,
        {
            "amount": ["Decimal('10.00')", "1234.50"],
            "paid_on": ["datetime.date(2026, 1, 2)", "2026-01-03"],
            "created_at": ["2026-01-03 10:00:00.123456", "2026-01-03 10:00:01.5"],
        },
    )
    with translation.override("nl"):
        rows = audit.readable_changes(entry)
    text = " ".join(f"{r.old} {r.new}" for r in rows)
    assert "Decimal" not in text and "datetime" not in text and ".123456" not in text
    values = {(r.old, r.new) for r in rows}
    assert ("10,00", "1.234,50") in values
    assert ("02/01/2026", "03/01/2026") in values
    if any(r.old.startswith("03/01/2026 11:00:00") for r in rows):  # payment has a created_at field
        assert ("03/01/2026 11:00:00", "03/01/2026 11:00:01") in values


def test_a_deleted_related_object_is_named_not_shown_as_a_bare_id(table_2026):
    _, member = household_with_titular()
    entry = _entry(member, {"household": [None, 987654]})
    [row] = audit.readable_changes(entry)
    assert row.old == "—"
    assert "987654" in row.new and row.new != "987654"


def test_login_is_not_an_audit_entry(client, make_user):
    user = make_user("clerk")
    before = LogEntry.objects.get_for_object(user).count()
    response = client.post(
        "/admin/login/", {"username": user.username, "password": "secret-pass-123", "next": "/admin/"}
    )
    assert response.status_code == 302 and "_auth_user_id" in client.session
    user.refresh_from_db()
    assert user.last_login is not None
    assert LogEntry.objects.get_for_object(user).count() == before


def test_audit_pages_show_readable_entries(client, make_user, table_2026):
    household, member = household_with_titular(last_name="Peeters")
    other, _ = household_with_titular(last_name="Janssens", birth=date(1981, 2, 3))
    entry = _entry(member, {"household": [household.pk, other.pk], "birth_date": ["1985-03-14", "1985-03-15"]})
    LogEntry.objects.filter(pk=entry.pk).update(timestamp=datetime(2026, 7, 1, 10, 4, 5, 123456, tzinfo=UTC))
    client.force_login(make_user("auditor"))
    for url in (
        reverse("admin:members_member_auditlog", args=[member.pk]),
        reverse("admin:auditlog_logentry_changelist"),
        reverse("admin:auditlog_logentry_change", args=[entry.pk]),
    ):
        page = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
        assert "01/07/2026 12:04:05" in page, url
        assert "Janssens" in page, url
        assert "1985-03-15" not in page and "10:04:05" not in page, url
