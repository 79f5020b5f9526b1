"""Art. 8 history facts through the clerk's and the manager's screens and the API (issue #13)."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.months import Month, month_range
from members.models import ContributionDue, InsolvencyProcedure, LegacyLedgerImport, PriorAffiliation
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db
M = Month.parse


@pytest.fixture
def clerk_api(api_client, make_user, table_2026):
    api_client.force_authenticate(make_user("clerk"))
    return api_client


def test_api_records_a_debt_settlement_once_and_the_entitlement_follows(clerk_api):
    household, titular = household_with_titular(start=date(2026, 1, 1))
    body = {
        "member": titular.pk,
        "kind": "collective_debt_settlement",
        "judgment_date": "2026-03-10",
        "court": "Arbeidsrechtbank Gent",
        "case_reference": "26/55/B",
        "proof": "beschikking van toelaatbaarheid",
    }
    response = clerk_api.post("/api/v1/insolvency-procedures/", body, format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert response.status_code == 201, response.data
    assert response.data["last_month_counted_as_paid"] == "2026-03"
    again = clerk_api.post("/api/v1/insolvency-procedures/", body, format="json")
    assert again.status_code == 201 and again.data["id"] == response.data["id"]
    assert InsolvencyProcedure.objects.count() == 1
    listed = clerk_api.get(f"/api/v1/insolvency-procedures/?member={titular.pk}")
    assert listed.status_code == 200
    entitlement = clerk_api.get(f"/api/v1/members/{titular.pk}/entitlement/", {"on": "2026-03-15"})
    assert entitlement.status_code == 200
    # January–March owed before the judgment of 10/03/2026 count as paid (Art. 8 §3 2°)
    assert entitlement.data["status"] == "entitled" and entitlement.data["unknown_months"] == []


@pytest.mark.parametrize(
    ("field", "change"),
    [
        pytest.param("judgment_date", {"judgment_date": "9999-12-31"}, id="judgment-in-9999"),
        pytest.param("member", {"member": 2**70}, id="member-id-too-large"),
        pytest.param("kind", {"kind": "fraud"}, id="unknown-kind"),
    ],
)
def test_api_bad_values_are_400_naming_the_field(clerk_api, field, change):
    _household, titular = household_with_titular(start=date(2026, 1, 1))
    body = {
        "member": titular.pk,
        "kind": "bankruptcy",
        "judgment_date": "2026-02-10",
        "court": "Ondernemingsrechtbank",
        "case_reference": "F/26/1",
        "proof": "vonnis",
        **change,
    }
    response = clerk_api.post("/api/v1/insolvency-procedures/", body, format="json")
    assert response.status_code == 400 and field in response.data


def test_api_records_a_period_at_another_fund(clerk_api):
    _household, titular = household_with_titular(start=date(2026, 1, 1))
    body = {
        "member": titular.pk,
        "kind": "other_fund",
        "first_month": "2024-01",
        "last_month": "2025-12",
        "fund": "Ziekenfonds X",
        "in_order": True,
        "proof": "attestation",
    }
    response = clerk_api.post("/api/v1/prior-affiliations/", body, format="json")
    assert response.status_code == 201, response.data
    assert response.data["first_month"] == "2024-01"
    late = clerk_api.post(
        "/api/v1/prior-affiliations/", {**body, "first_month": "2026-01", "last_month": "2026-02"}, format="json"
    )
    assert late.status_code == 400 and "last_month" in late.data
    assert PriorAffiliation.objects.count() == 1


def test_lending_desk_cannot_read_the_facts(api_client, make_user, table_2026):
    api_client.force_authenticate(make_user("lending_desk"))
    assert api_client.get("/api/v1/insolvency-procedures/").status_code == 403


def test_clerk_records_a_procedure_in_the_admin_and_the_household_page_shows_it(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    household, titular = household_with_titular(start=date(2026, 1, 1))
    url = reverse("admin:members_insolvencyprocedure_add")
    assert client.get(url, {"member": titular.pk}).status_code == 200
    refused = client.post(
        url,
        {
            "member": titular.pk,
            "kind": "bankruptcy",
            "judgment_date": "2099-01-01",
            "court": "Ondernemingsrechtbank Gent",
            "case_reference": "F/1",
            "proof": "vonnis",
        },
    )
    assert refused.status_code == 200 and InsolvencyProcedure.objects.count() == 0
    response = client.post(
        url,
        {
            "member": titular.pk,
            "kind": "bankruptcy",
            "judgment_date": "2026-02-10",
            "court": "Ondernemingsrechtbank Gent",
            "case_reference": "F/1",
            "proof": "vonnis",
        },
    )
    assert response.status_code == 302
    procedure = InsolvencyProcedure.objects.get()
    assert procedure.recorded_by is not None
    page = client.get(reverse("admin:members_household_change", args=[household.pk])).content.decode()
    assert "contributions owed up to 02/2026 count as paid" in page  # Belgian months (issue #16)


def _ledger(household):
    return (
        "household;month;amount;paid_on\n"
        + "".join(f"{household.pk};{m};9,50;{m.first_day:%d/%m/%Y}\n" for m in month_range(M("2024-07"), M("2025-12")))
    ).encode()


def test_manager_imports_a_legacy_ledger_dry_run_first(client, make_user, table_2026):
    household, _titular = household_with_titular(start=date(2020, 1, 1))
    client.force_login(make_user("manager"))
    url = reverse("admin:members_legacyledgerimport_add")
    response = client.post(
        url, {"ledger": SimpleUploadedFile("legacy.csv", _ledger(household), content_type="text/csv")}
    )
    assert response.status_code == 302
    job = LegacyLedgerImport.objects.get()
    assert job.status == "checked" and job.months_new == 18
    assert not ContributionDue.objects.filter(legacy_import__isnull=False).exists()  # the dry run wrote nothing
    page = client.get(reverse("admin:members_legacyledgerimport_change", args=[job.pk])).content.decode()
    assert "Apply the legacy ledger" in page
    client.post(reverse("admin:members_legacyledgerimport_apply", args=[job.pk]))
    assert ContributionDue.objects.filter(household=household, legacy_import=job).count() == 18


def test_clerk_cannot_import_a_legacy_ledger(client, make_user, table_2026):
    household, _titular = household_with_titular(start=date(2020, 1, 1))
    client.force_login(make_user("clerk"))
    assert client.get(reverse("admin:members_legacyledgerimport_add")).status_code == 403
    from members import legacy_ledger

    job = legacy_ledger.legacy_ledger_upload(file_name="l.csv", content=_ledger(household))
    assert client.post(reverse("admin:members_legacyledgerimport_apply", args=[job.pk])).status_code == 403
    assert not ContributionDue.objects.filter(legacy_import__isnull=False).exists()


def test_clerk_records_a_period_at_another_fund_in_the_admin_any_day_of_the_month(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    household, titular = household_with_titular(start=date(2026, 1, 1))
    response = client.post(
        reverse("admin:members_prioraffiliation_add"),
        {
            "member": titular.pk,
            "kind": "other_fund",
            "first_month": "15/01/2024",
            "last_month": "20/12/2025",
            "fund": "Ziekenfonds X",
            "in_order": "on",
            "proof": "attestation",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    period = PriorAffiliation.objects.get()
    assert (period.first_month, period.last_month) == (date(2024, 1, 1), date(2025, 12, 1))
    page = client.get(reverse("admin:members_household_change", args=[household.pk])).content.decode()
    assert "Ziekenfonds X" in page


def test_api_ends_a_procedure_once_and_keeps_what_it_counted_as_paid(clerk_api, make_user, api_client):
    """The end of the procedure is recorded (plan completed, bankruptcy closed); the contributions owed
    before the judgment keep counting as paid (Art. 8 §3 2°); an end before the judgment, in the future
    or a second different end is a 400 naming ``ended_on``."""
    _household, titular = household_with_titular(start=date(2026, 1, 1))
    body = {
        "member": titular.pk,
        "kind": "bankruptcy",
        "judgment_date": "2026-02-10",
        "court": "Ondernemingsrechtbank Gent",
        "case_reference": "26/120",
        "proof": "vonnis van faillietverklaring",
    }
    procedure = clerk_api.post("/api/v1/insolvency-procedures/", body, format="json").data["id"]
    url = f"/api/v1/insolvency-procedures/{procedure}/end/"

    before_judgment = clerk_api.post(url, {"ended_on": "2026-02-01"}, format="json")
    in_9999 = clerk_api.post(url, {"ended_on": "9999-12-31"}, format="json")
    ended = clerk_api.post(url, {"ended_on": "2026-06-30"}, format="json")
    again = clerk_api.post(url, {"ended_on": "2026-06-30"}, format="json")
    other = clerk_api.post(url, {"ended_on": "2026-07-31"}, format="json")

    assert before_judgment.status_code == 400 and "ended_on" in str(before_judgment.data)
    assert in_9999.status_code == 400 and "ended_on" in str(in_9999.data)
    assert ended.status_code == 200 and ended.data["ended_on"] == "2026-06-30"
    assert again.status_code == 200
    assert other.status_code == 400 and "ended_on" in str(other.data)
    assert InsolvencyProcedure.objects.get(pk=procedure).ended_on == date(2026, 6, 30)
    api_client.force_authenticate(make_user("auditor"))
    assert api_client.post(url, {"ended_on": "2026-06-30"}, format="json").status_code == 403
