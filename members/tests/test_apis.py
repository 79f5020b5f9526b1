"""The members API contract (issue #3)."""

from datetime import date

import pytest

from core.months import Month
from members.models import ContributionDue, Member, Payment
from members.tests.factories import household_with_titular, person_number

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_api(api_client, make_user, table_2026):
    api_client.force_authenticate(make_user("clerk"))
    return api_client


def test_create_household_and_member(clerk_api):
    response = clerk_api.post(
        "/api/v1/households/", {"city": "Gent", "postal_code": "9000", "region": "flanders"}, format="json"
    )
    assert response.status_code == 201
    household_id = response.json()["id"]

    number = person_number(date(1980, 5, 17), "F")
    response = clerk_api.post(
        "/api/v1/members/",
        {
            "national_number": number,
            "first_name": "An",
            "last_name": "Peeters",
            "birth_date": "1980-05-17",
            "gender": "F",
            "household": household_id,
            "role": "titular",
            "affiliation_start": "2026-01-01",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    member = Member.objects.get(pk=response.json()["id"])
    assert (member.national_number, member.titular_since) == (number, date(2026, 1, 1))


def test_bad_national_number_is_a_400_under_its_field(clerk_api):
    household_id = clerk_api.post("/api/v1/households/", {}, format="json").json()["id"]
    response = clerk_api.post(
        "/api/v1/members/",
        {
            "national_number": "85073003329",
            "first_name": "A",
            "last_name": "B",
            "birth_date": "1985-07-30",
            "gender": "M",
            "household": household_id,
            "role": "titular",
            "affiliation_start": "2026-01-01",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "check digits" in response.json()["national_number"][0]
    assert Member.objects.count() == 0


def test_birth_date_conflict_is_a_400_under_birth_date(clerk_api):
    household_id = clerk_api.post("/api/v1/households/", {}, format="json").json()["id"]
    response = clerk_api.post(
        "/api/v1/members/",
        {
            "national_number": "85073003328",
            "first_name": "A",
            "last_name": "B",
            "birth_date": "1985-07-31",
            "gender": "M",
            "household": household_id,
            "role": "titular",
            "affiliation_start": "2026-01-01",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "birth_date" in response.json()


def test_payment_for_months(clerk_api):
    household, _ = household_with_titular()
    response = clerk_api.post(
        "/api/v1/payments/",
        {"household": household.pk, "amount": "20.00", "paid_on": "2026-01-10", "months": ["2026-01", "2026-02"]},
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["months"] == ["2026-01", "2026-02"]
    assert ContributionDue.objects.filter(household=household, settled_on=date(2026, 1, 10)).count() == 2


def test_payment_not_matching_dues_is_400_and_stores_nothing(clerk_api):
    household, _ = household_with_titular()
    response = clerk_api.post(
        "/api/v1/payments/",
        {"household": household.pk, "amount": "15.00", "paid_on": "2026-01-10", "months": ["2026-01", "2026-02"]},
        format="json",
    )
    assert response.status_code == 400
    assert "amount" in response.json()
    assert Payment.objects.count() == 0
    assert not ContributionDue.objects.filter(settled_on__isnull=False).exists()


def test_bad_month_is_400_under_months(clerk_api):
    household, _ = household_with_titular()
    response = clerk_api.post(
        "/api/v1/payments/",
        {"household": household.pk, "amount": "10.00", "paid_on": "2026-01-10", "months": ["January"]},
        format="json",
    )
    assert response.status_code == 400
    assert "months" in response.json()


def test_entitlement_endpoint(clerk_api):
    household, titular = household_with_titular(start=date(2026, 1, 1))
    url = f"/api/v1/members/{titular.pk}/entitlement/?on=2026-02-14"
    body = clerk_api.get(url).json()
    assert body["status"] == "suspended"
    assert body["missing_months"] == ["2026-01", "2026-02"]
    assert "Art. 8" in body["reason"]
    assert (body["code"], body["article"]) == ("entitlement.unpaid", "Art. 8 §3")

    clerk_api.post(
        "/api/v1/payments/",
        {"household": household.pk, "amount": "20.00", "paid_on": "2026-02-15", "months": ["2026-01", "2026-02"]},
        format="json",
    )
    body = clerk_api.get(url).json()
    assert body["status"] == "entitled"


def test_entitlement_before_affiliation_is_the_not_affiliated_status_with_its_reason(clerk_api):
    """Art. 6: not affiliated in the event month is a status like the others (issue #14), not an error."""
    _, titular = household_with_titular(start=date(2026, 1, 1))
    response = clerk_api.get(f"/api/v1/members/{titular.pk}/entitlement/?on=2025-06-01")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "not_affiliated"
    assert body["event_month"] == "2025-06"
    assert "not affiliated in 2025-06" in body["reason"] and "Art. 6" in body["reason"]


def test_entitlement_bad_date_is_400(clerk_api):
    _, titular = household_with_titular()
    response = clerk_api.get(f"/api/v1/members/{titular.pk}/entitlement/?on=14/02/2026")
    assert response.status_code == 400
    assert "on" in response.json()


def test_anonymous_is_refused(api_client, table_2026):
    response = api_client.get("/api/v1/members/")
    assert response.status_code in (401, 403)
    assert set(response.json()) == {"detail", "code"}


def test_manager_reads_but_does_not_create(api_client, make_user, table_2026):
    api_client.force_authenticate(make_user("manager"))
    assert api_client.get("/api/v1/members/").status_code == 200
    response = api_client.post("/api/v1/households/", {}, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_a_national_number_already_affiliated_is_a_400_under_its_field(clerk_api):
    household, titular = household_with_titular()
    response = clerk_api.post(
        "/api/v1/members/",
        {
            "national_number": titular.national_number,
            "first_name": "Jan",
            "last_name": "Peeters",
            "birth_date": titular.birth_date.isoformat(),
            "gender": titular.gender,
            "household": household.pk,
            "role": "dependent",
            "affiliation_start": "2026-01-01",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "national_number" in response.json()
    assert Member.objects.count() == 1


def test_payment_list_gives_each_payments_months_in_one_query(clerk_api, django_assert_max_num_queries):
    from decimal import Decimal

    from members import services

    expected = {}
    for k in range(4):
        household, _ = household_with_titular(last_name=f"Peeters{k}")
        months = [f"2026-0{m}" for m in range(1, k + 2)]
        result = services.payment_record(
            household=household,
            amount=Decimal(10 * len(months)),
            paid_on=date(2026, 1, 10),
            months=[Month.parse(m) for m in months],
        )
        expected[result.payment.pk] = months
    with django_assert_max_num_queries(
        7
    ):  # auth, count, page, months, roles + read-access row: not one more per payment
        response = clerk_api.get("/api/v1/payments/")
    assert response.status_code == 200
    assert {row["id"]: row["months"] for row in response.json()["results"]} == expected
