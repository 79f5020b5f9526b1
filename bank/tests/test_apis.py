"""The mandate API contract (issue #15): POST /api/v1/mandates/ → 201 {id, reference, status}."""

from datetime import date

import pytest

from bank.models import Mandate
from bank.tests.conftest import IBANS
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_api(api_client, make_user, table_2026, today):
    api_client.force_authenticate(make_user("clerk"))
    return api_client


def body(of, **changes):
    return {
        "household": of.pk,
        "iban": "BE41 0630 1234 5610",
        "debtor_name": "Jan Peeters",
        "signed_on": "2026-01-10",
        **changes,
    }


def test_a_clerk_registers_a_mandate(clerk_api):
    household, _t = household_with_titular()
    response = clerk_api.post("/api/v1/mandates/", body(household, reference="MANDAAT-0001"), format="json")
    assert response.status_code == 201, response.content
    mandate = Mandate.objects.get()
    assert response.json() == {"id": mandate.pk, "reference": "MANDAAT-0001", "status": "active"}
    assert mandate.iban == IBANS[0] and mandate.signed_on == date(2026, 1, 10)

    detail = clerk_api.get(f"/api/v1/mandates/{mandate.pk}/")
    assert detail.status_code == 200 and detail.json()["iban"] == IBANS[0]
    listed = clerk_api.get("/api/v1/mandates/")
    assert listed.status_code == 200 and [m["id"] for m in listed.json()["results"]] == [mandate.pk]


def test_the_reference_is_generated_when_not_given(clerk_api):
    household, _t = household_with_titular()
    response = clerk_api.post("/api/v1/mandates/", body(household), format="json")
    assert response.status_code == 201
    assert response.json()["reference"].startswith(f"ZF-H{household.pk}-20260110-")


@pytest.mark.parametrize(
    "changes,field",
    [
        pytest.param({"iban": "BE41063012345611"}, "iban", id="iban-check-digits"),
        pytest.param({"iban": "not an iban"}, "iban", id="iban-garbage"),
        pytest.param({"signed_on": "2026-06-16"}, "signed_on", id="signed-tomorrow"),
        pytest.param({"reference": "A//B"}, "reference", id="reference-charset"),
        pytest.param({"household": 99999999}, "household", id="unknown-household"),
        pytest.param({"household": 10**30}, "household", id="household-beyond-an-id"),
    ],
)
def test_bad_input_is_a_400_under_its_field(clerk_api, changes, field):
    household, _t = household_with_titular()
    response = clerk_api.post("/api/v1/mandates/", body(household, **changes), format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert not Mandate.objects.exists()


def test_a_second_active_mandate_is_a_400(clerk_api):
    household, _t = household_with_titular()
    assert clerk_api.post("/api/v1/mandates/", body(household), format="json").status_code == 201
    second = clerk_api.post("/api/v1/mandates/", body(household, iban=IBANS[1]), format="json")
    assert second.status_code == 400 and "household" in second.json()


def test_a_retried_post_with_the_same_idempotency_key_registers_one_mandate(clerk_api):
    household, _t = household_with_titular()
    first = clerk_api.post("/api/v1/mandates/", body(household), format="json", HTTP_IDEMPOTENCY_KEY="mandate-1")
    again = clerk_api.post("/api/v1/mandates/", body(household), format="json", HTTP_IDEMPOTENCY_KEY="mandate-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again["Idempotent-Replayed"] == "true"
    assert Mandate.objects.count() == 1


@pytest.mark.parametrize("role", ["lending_desk", "election_bureau", "auditor"])
def test_only_clerks_register_mandates(api_client, make_user, table_2026, today, role):
    household, _t = household_with_titular()
    api_client.force_authenticate(make_user(role))
    response = api_client.post("/api/v1/mandates/", body(household), format="json")
    assert response.status_code == 403
    assert not Mandate.objects.exists()
