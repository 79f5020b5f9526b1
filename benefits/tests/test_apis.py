"""The benefits API contract (issue #4) and the clerk's admin flow."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from benefits import reference
from benefits.models import Claim, PaymentBatch
from benefits.tests.helpers import newborn, paid_birth_premium
from benefits.tests.test_services import paid_up_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_api(api_client, make_user, table_2026):
    reference.seed()
    api_client.force_authenticate(make_user("clerk"))
    return api_client


def test_catalogue_lists_every_benefit_with_its_rule(clerk_api):
    body = clerk_api.get("/api/v1/benefits/").json()
    by_code = {b["code"]: b for b in body}
    assert len(by_code) == 33
    assert by_code["foot_care"]["article"] == "Art. 44"
    assert "10,00 € per session" in by_code["foot_care"]["current_rule"]
    assert "4 units per calendar year" in by_code["foot_care"]["current_rule"]
    assert by_code["foot_care"]["evidence"] == ["invoice"]


def test_file_claim_returns_the_decision(clerk_api):
    member = paid_up_member()
    response = clerk_api.post(
        "/api/v1/claims/",
        {
            "member": member.pk,
            "benefit": "transport",
            "event_date": "2026-03-02",
            "amount_paid": "400.00",
            "quantity": 1,
            "facts": {"situation": "2", "mode": "ambulance"},
            "evidence": ["invoice"],
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "partially_approved"
    assert body["payout"] == "150.00"
    assert any(r["article"] == "Art. 55" for r in body["reasons"])


def test_rejected_claim_explains_why(clerk_api):
    member = paid_up_member(birth=date(1990, 1, 1))
    body = clerk_api.post(
        "/api/v1/claims/",
        {
            "member": member.pk,
            "benefit": "foot_care",
            "event_date": "2026-03-02",
            "quantity": 1,
            "evidence": ["invoice"],
        },
        format="json",
    ).json()
    assert body["status"] == "rejected" and body["payout"] == "0.00"
    assert any("minimum age 60" in r["text"] for r in body["reasons"])


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        pytest.param({"benefit": "no_such_benefit"}, "benefit", id="unknown-benefit"),
        pytest.param({"facts": {"colour": "blue"}}, "facts", id="undocumented-fact"),
        pytest.param({"quantity": 0}, "quantity", id="zero-quantity"),
        pytest.param({"event_date": "02/03/2026"}, "event_date", id="not-iso-date"),
    ],
)
def test_bad_claim_input_is_400_on_its_field(clerk_api, payload, field):
    member = paid_up_member()
    data = {"member": member.pk, "benefit": "dietetics", "event_date": "2026-03-02", "evidence": ["invoice"], **payload}
    response = clerk_api.post("/api/v1/claims/", data, format="json")
    assert response.status_code == 400
    assert field in response.json()
    assert Claim.objects.count() == 0


def test_benefit_usage(clerk_api):
    member = paid_up_member()
    for day in (2, 9):
        clerk_api.post(
            "/api/v1/claims/",
            {
                "member": member.pk,
                "benefit": "dietetics",
                "event_date": f"2026-03-0{day}",
                "quantity": 2,
                "evidence": ["invoice"],
            },
            format="json",
        )
    rows = {r["benefit"]: r for r in clerk_api.get(f"/api/v1/members/{member.pk}/benefit-usage/?year=2026").json()}
    assert rows["dietetics"]["used_amount"] == "40.00"
    assert rows["dietetics"]["used_units"] == 4
    assert rows["dietetics"]["remaining_units"] == 1
    assert rows["foot_care"]["used_amount"] == "0.00"


def test_claims_schema_documents_every_fact(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    facts = schema["components"]["schemas"]["ClaimInputRequest"]["properties"]["facts"]["properties"]
    assert {"situation", "mode", "milestone", "days", "kind"} <= set(facts)


def test_admin_flow_from_filing_to_paid_batch(client, make_user, table_2026):
    reference.seed()
    member = paid_up_member()
    child = newborn(member)
    clerk = make_user("clerk")
    client.force_login(clerk)
    response = client.post(
        reverse("admin:benefits_claim_add"),
        {
            "member": member.pk,
            "benefit": "birth_premium_id_placeholder",
            "event_date": "01/03/2026",
            "filed_on": "05/03/2026",
            "amount_paid": "0",
            "compulsory_reimbursement": "0",
            "quantity": "1",
            "child": child.pk,
            "evidence_received": "certificate",
            "fact_kind": "birth",
        },
    )
    # the benefit field takes the benefit's id
    from benefits.models import Benefit

    response = client.post(
        reverse("admin:benefits_claim_add"),
        {
            "member": member.pk,
            "benefit": Benefit.objects.get(code="birth_premium").pk,
            "event_date": "01/03/2026",
            "filed_on": "05/03/2026",
            "amount_paid": "0",
            "compulsory_reimbursement": "0",
            "quantity": "1",
            "child": child.pk,
            "evidence_received": "certificate",
            "fact_kind": "birth",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert claim.status == "approved" and claim.payout == Decimal("300.00")
    page = client.get(reverse("admin:benefits_claim_change", args=[claim.pk])).content.decode()
    assert "Art. 57" in page and "300,00 €" in page

    client.post(
        reverse("admin:benefits_claim_changelist"), {"action": "release_to_batch", "_selected_action": [claim.pk]}
    )
    batch = PaymentBatch.objects.get()
    # the clerk cannot approve; the manager can, then exports and marks paid
    client.post(
        reverse("admin:benefits_paymentbatch_changelist"),
        {"action": "approve", "_selected_action": [batch.pk], "post": "yes"},
    )
    batch.refresh_from_db()
    assert batch.status == "draft"
    client.force_login(make_user("manager"))
    client.post(
        reverse("admin:benefits_paymentbatch_changelist"),
        {"action": "approve", "_selected_action": [batch.pk], "post": "yes"},
    )
    batch.refresh_from_db()
    assert batch.status == "approved"
    export = client.post(
        reverse("admin:benefits_paymentbatch_changelist"), {"action": "export_csv", "_selected_action": [batch.pk]}
    )
    assert export["Content-Type"].startswith("text/csv") and b"300.00" in export.content
    client.post(
        reverse("admin:benefits_paymentbatch_changelist"),
        {"action": "mark_paid", "_selected_action": [batch.pk], "post": "yes", "reason": "bank statement 2026/14"},
    )
    claim.refresh_from_db()
    assert claim.status == "paid"
    # the member page shows what was used this year
    member_page = client.get(reverse("admin:members_member_change", args=[member.pk])).content.decode()
    assert "Benefits used this year" in member_page or "benefits this year" in member_page.lower()


def test_recovery_recorded_in_admin_on_a_paid_claim(client, make_user, table_2026):

    reference.seed()
    claim = paid_birth_premium(manager=make_user("manager"), paid_on=date(2026, 3, 20))
    client.force_login(make_user("clerk"))
    url = reverse("admin:benefits_claim_change", args=[claim.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"recovered_amount": "300,00", "recovery_reason": "paid twice", "fraud": ""})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == "recovered" and claim.recovered_amount == Decimal("300.00")


# --- issue #13: typed cap subjects, the Art. 48 list, Art. 58 Krunsj -----------------------------------------


def test_api_birth_premium_counts_per_child_and_names_the_missing_child(clerk_api):
    parent = paid_up_member(birth=date(1990, 4, 4))
    twins = [newborn(parent), newborn(parent, gender="M")]
    claim = {
        "member": parent.pk,
        "benefit": "birth_premium",
        "event_date": "2026-03-01",
        "evidence": ["certificate"],
        "facts": {"kind": "birth"},
    }
    for twin in twins:
        response = clerk_api.post("/api/v1/claims/", {**claim, "child": twin.pk}, format="json")
        assert response.status_code == 201, response.json()
        assert (response.json()["payout"], response.json()["child"]) == ("300.00", twin.pk)
    missing = clerk_api.post("/api/v1/claims/", claim, format="json")
    assert missing.status_code == 400
    assert "Art. 57: the child" in str(missing.json()["child"])
    unknown = clerk_api.post("/api/v1/claims/", {**claim, "child": 987654321}, format="json")
    assert unknown.status_code == 400 and "child" in unknown.json()


def test_api_maternity_help_for_an_unborn_child(clerk_api):
    mother = paid_up_member(birth=date(1990, 4, 4))
    claim = {
        "member": mother.pk,
        "benefit": "maternity_help",
        "event_date": "2026-02-20",
        "quantity": 40,
        "evidence": ["invoice"],
        "expected_birth_date": "2026-03-01",
    }
    first = clerk_api.post("/api/v1/claims/", claim, format="json").json()
    second = clerk_api.post("/api/v1/claims/", {**claim, "expected_birth_date": "2026-03-03"}, format="json").json()
    assert first["unborn_child"] == second["unborn_child"] is not None
    assert (second["status"], second["units"]) == ("partially_approved", 20)
    far = clerk_api.post("/api/v1/claims/", {**claim, "expected_birth_date": "9999-12-31"}, format="json")
    assert far.status_code == 400 and "expected_birth_date" in far.json()


def test_api_vaccine_as_the_pharmacy_printed_it(clerk_api):
    member = paid_up_member()
    body = clerk_api.post(
        "/api/v1/claims/",
        {
            "member": member.pk,
            "benefit": "vaccination",
            "event_date": "2026-02-01",
            "amount_paid": "30.00",
            "evidence": ["invoice"],
            "facts": {"product": "Vaxigrip Tetra"},
        },
        format="json",
    ).json()
    assert (body["status"], body["payout"]) == ("approved", "15.00")
    assert Claim.objects.get(pk=body["id"]).facts["product"] == "Vaxigrip (tetra)"


def test_api_youth_camp_must_say_whether_it_is_krunsj(clerk_api):
    child = paid_up_member(birth=date(2015, 3, 3))
    claim = {
        "member": child.pk,
        "benefit": "youth_camp",
        "event_date": "2026-04-06",
        "quantity": 5,
        "amount_paid": "150.00",
        "evidence": ["invoice"],
        "facts": {"activity": "camp"},
    }
    response = clerk_api.post("/api/v1/claims/", claim, format="json")
    assert response.status_code == 400 and "Art. 58" in str(response.json()["krunsj_holiday"])
    body = clerk_api.post(
        "/api/v1/claims/", {**claim, "facts": {"activity": "camp", "krunsj_holiday": True}}, format="json"
    ).json()
    assert body["status"] == "rejected" and any(
        "uitgezonderd de vakanties van Krunsj" in r["text"] for r in body["reasons"]
    )


# --- issue #14: the facts each benefit takes, declared once (benefits.facts) ------------------------------------------


@pytest.mark.parametrize(
    ("benefit", "facts", "key", "article"),
    [
        pytest.param("sports_club", {"situation": "1"}, "situation", "Art. 59", id="art59-fact-of-another-benefit"),
        pytest.param("transport", {"situation": "2", "mode": "rocket"}, "mode", "Art. 55", id="art55-mode-not-listed"),
        pytest.param(
            "sports_club", {"listed_sport": "maybe"}, "listed_sport", "Art. 59", id="art59-bool-given-as-maybe"
        ),
        pytest.param("sick_child_care", {"days": ["10/03/2026"]}, "days", "Art. 52", id="art52-days-not-iso"),
    ],
)
def test_bad_facts_are_400_naming_the_fact_and_the_article(clerk_api, benefit, facts, key, article):
    member = paid_up_member()
    data = {
        "member": member.pk,
        "benefit": benefit,
        "event_date": "2026-03-02",
        "evidence": ["invoice"],
        "facts": facts,
    }
    response = clerk_api.post("/api/v1/claims/", data, format="json")
    assert response.status_code == 400
    problem = response.json()["facts"][key]
    assert article in str(problem) and Claim.objects.count() == 0


def test_situation_given_as_a_number_is_its_code(clerk_api):
    member = paid_up_member()
    data = {
        "member": member.pk,
        "benefit": "transport",
        "event_date": "2026-03-02",
        "amount_paid": "400.00",
        "evidence": ["invoice"],
        "facts": {"situation": 2, "mode": "ambulance"},
    }
    body = clerk_api.post("/api/v1/claims/", data, format="json").json()
    assert body["payout"] == "150.00"
    assert Claim.objects.get(pk=body["id"]).facts == {"situation": "2", "mode": "ambulance"}


def test_schema_generates_each_fact_from_its_declaration(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    field = schema["components"]["schemas"]["ClaimInputRequest"]["properties"]["facts"]
    facts = field["properties"]
    assert field["additionalProperties"] is False
    assert facts["situation"]["type"] == "string" and facts["situation"]["enum"] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "vaccination",
    ]
    assert facts["listed_sport"]["type"] == "boolean" and "Art. 59" in facts["listed_sport"]["description"]
    assert "sports_club" in facts["listed_sport"]["description"]
    assert (
        facts["approved_periods"]["type"],
        facts["approved_periods"]["minimum"],
        facts["approved_periods"]["maximum"],
    ) == (
        "integer",
        0,
        4,
    )
    assert facts["days"]["type"] == "array" and facts["days"]["items"]["format"] == "date"
    assert "enum" not in facts["product"] and "Vaxigrip (tetra)" in facts["product"]["description"]
    assert facts["kind"]["enum"] == ["birth", "adoption", "foster_care"]


def test_catalogue_lists_the_facts_each_benefit_takes(clerk_api):
    by_code = {b["code"]: b for b in clerk_api.get("/api/v1/benefits/").json()}
    transport = {f["key"]: f for f in by_code["transport"]["facts"]}
    assert (transport["situation"]["type"], transport["situation"]["required"]) == ("choice", True)
    assert {"value": "1", "label": "1 — admission or discharge"} in transport["situation"]["choices"]
    assert transport["km"]["required"] is False and transport["km"]["article"] == "Art. 55"
    assert [f["key"] for f in by_code["sports_club"]["facts"]] == ["listed_sport"]
    assert by_code["foot_care"]["facts"] == []
