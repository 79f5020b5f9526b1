"""Issue #14: a claim's reasons are stored as data (article and code beside the text), the API says
their shape, the admin shows them as "article: text", and the sentences stored before are migrated."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from benefits import reference, services
from benefits.models import Benefit, Claim, ClaimStatus
from benefits.tests.helpers import paid_birth_premium
from benefits.tests.test_services import paid_up_member
from core.tests.migrations import migrate, migrate_to_latest

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(table_2026):
    reference.seed()


def test_a_rejected_claims_stored_reasons_have_article_and_code(catalogue):
    # given a member of 36 (foot care from 60, Art. 44)
    member = paid_up_member(birth=date(1990, 1, 1))
    # when the claim is judged
    claim = services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 3, 2), quantity=1, evidence=["invoice"]
    )
    claim.refresh_from_db()
    # then every stored reason names its article and code, and the last one refused it
    assert claim.status == ClaimStatus.REJECTED
    assert all(r["code"] and r["article"] and r["text"] for r in claim.reasons)
    assert claim.reasons[0]["code"] == "rule.version"
    assert claim.reasons[-1] == {
        "code": "age.below_minimum",
        "article": "Art. 44",
        "text": "minimum age 60, the beneficiary is 36.",
        "params": {"min_age": 60, "age": 36},
    }


def test_the_services_reasons_after_the_decision_are_coded(catalogue, make_user):
    # Art. 42.4: a filed claim whose deadline passed
    member = paid_up_member()
    filed = Claim.objects.create(
        member=member,
        benefit=Benefit.objects.get(code="dietetics"),
        event_date=date(2024, 1, 15),
        filed_on=date(2024, 2, 1),
    )
    services.claims_flag_expired(today=date(2026, 2, 1))
    filed.refresh_from_db()
    assert filed.reasons[-1] == {
        "code": "art42_4.expired",
        "article": "Art. 42.4",
        "text": "deadline 31/01/2026 passed.",
        "params": {"deadline": "2026-01-31"},
    }
    # Art. 7: a paid claim recovered
    paid = paid_birth_premium(manager=make_user("manager"), paid_on=date(2026, 3, 20))
    services.claim_recover(claim=paid, amount=Decimal("300"), reason="paid twice", on=date(2026, 4, 1))
    paid.refresh_from_db()
    assert (paid.reasons[-1]["code"], paid.reasons[-1]["article"]) == ("art7.recovered", "Art. 7")
    assert paid.reasons[-1]["text"] == "€300.00 recovered on 01/04/2026: paid twice"


def test_the_api_returns_reasons_as_code_article_and_text(api_client, make_user, catalogue):
    api_client.force_authenticate(make_user("clerk"))
    member = paid_up_member(birth=date(1990, 1, 1))
    body = api_client.post(
        "/api/v1/claims/",
        {"member": member.pk, "benefit": "foot_care", "event_date": "2026-03-02", "evidence": ["invoice"]},
        format="json",
    ).json()
    assert [set(r) for r in body["reasons"]] == [{"code", "article", "text"}] * len(body["reasons"])
    assert body["reasons"][-1] == {
        "code": "age.below_minimum",
        "article": "Art. 44",
        "text": "minimum age 60, the beneficiary is 36.",
    }


def test_the_schema_says_the_shape_of_a_reason(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    reasons = schema["components"]["schemas"]["ClaimOutput"]["properties"]["reasons"]
    assert reasons["type"] == "array" and reasons["readOnly"] is True
    item = schema["components"]["schemas"][reasons["items"]["$ref"].rsplit("/", 1)[-1]]
    assert set(item["properties"]) == {"code", "article", "text"}
    assert set(item["required"]) == {"code", "article", "text"}


def test_the_admin_shows_article_and_text(client, make_user, catalogue):
    member = paid_up_member(birth=date(1990, 1, 1))
    claim = services.claim_file(
        member=member, benefit="foot_care", event_date=date(2026, 3, 2), quantity=1, evidence=["invoice"]
    )
    client.force_login(make_user("clerk"))
    page = client.get(reverse("admin:benefits_claim_change", args=[claim.pk])).content.decode()
    assert "<li>Art. 44: minimum age 60, the beneficiary is 36.</li>" in page


# --- migration 0007 on a database used before it ---------------------------------------------------

BEFORE = [("benefits", "0006_claim_status_cancelled")]
AFTER = [("benefits", "0007_claim_reasons_as_data")]

OLD = [
    "Art. 44: rule version in force since 01/01/2026.",
    "Payout €30.00 for 3 session(s).",
    "Art. 42.4: deadline 31/01/2026 passed.",
]


def _migrate(target):
    return migrate(target)


@pytest.mark.django_db(transaction=True)
def test_sentences_stored_before_become_legacy_reasons_and_back(table_2026):
    apps = _migrate(BEFORE)
    member = paid_up_member()
    Claim = apps.get_model("benefits", "Claim")
    Benefit = apps.get_model("benefits", "Benefit")
    foot_care = Benefit.objects.create(code="foot_care", article="Art. 44", name="foot care")
    old = Claim.objects.create(
        member_id=member.pk, benefit=foot_care, event_date=date(2026, 3, 2), filed_on=date(2026, 3, 2), reasons=OLD
    ).pk
    empty = Claim.objects.create(
        member_id=member.pk, benefit=foot_care, event_date=date(2026, 3, 2), filed_on=date(2026, 3, 2)
    ).pk

    apps = _migrate(AFTER)
    Claim = apps.get_model("benefits", "Claim")
    assert Claim.objects.get(pk=old).reasons == [
        {"code": "legacy", "article": "Art. 44", "text": "rule version in force since 01/01/2026.", "params": {}},
        {"code": "legacy", "article": "", "text": "Payout €30.00 for 3 session(s).", "params": {}},
        {"code": "legacy", "article": "Art. 42.4", "text": "deadline 31/01/2026 passed.", "params": {}},
    ]
    assert Claim.objects.get(pk=empty).reasons == []

    apps = _migrate(BEFORE)
    assert apps.get_model("benefits", "Claim").objects.get(pk=old).reasons == OLD
    migrate_to_latest()  # leave the database as the other tests expect it
