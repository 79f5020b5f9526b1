"""Impossible dates and numbers are refused at the door, naming the field, and change nothing
(issue #12, points 2 and 11)."""

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from core import bounds
from members.models import ContributionDue, Payment
from members.tests.factories import household_with_titular, person_number

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk_api(api_client, make_user):
    api_client.force_authenticate(make_user("clerk"))
    return api_client


@pytest.mark.parametrize(
    "body, field",
    [
        pytest.param({"paid_on": "9999-12-31"}, "paid_on", id="paid-on-9999"),
        pytest.param({"paid_on": "0001-01-01"}, "paid_on", id="paid-on-0001"),
        pytest.param({"months": ["9999-12"], "amount": "10.00"}, "months", id="month-9999"),
        pytest.param({"months": ["2025-12"], "amount": "10.00"}, "months", id="month-before-affiliation"),
    ],
)
def test_an_impossible_payment_is_refused_and_books_nothing(clerk_api, table_2026, body, field):
    # given a household affiliated since January
    household, _titular = household_with_titular(start=date(2026, 1, 1))
    dues_before = ContributionDue.objects.count()
    # when a payment with an impossible date or month comes in
    response = clerk_api.post(
        "/api/v1/payments/",
        {"household": household.pk, "amount": "120.00", "paid_on": str(timezone.localdate()), **body},
        format="json",
    )
    # then it is refused on that field, and not a single due is booked
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert ContributionDue.objects.count() == dues_before
    assert not Payment.objects.exists()


def test_a_member_born_in_9999_is_refused(clerk_api, table_2026):
    household, _titular = household_with_titular()
    response = clerk_api.post(
        "/api/v1/members/",
        {
            "national_number": person_number(date(1985, 7, 31)),
            "first_name": "A",
            "last_name": "B",
            "birth_date": "9999-12-31",
            "gender": "M",
            "household": household.pk,
            "role": "dependent",
            "application_signed_on": "9999-12-31",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "application_signed_on" in response.json()


def test_member_dates_are_bounded_in_the_model_for_admin_and_imports(table_2026):
    from django.core.exceptions import ValidationError

    _household, titular = household_with_titular()
    titular.affiliation_end = date(9999, 12, 31)
    titular.disability_allowance_from = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        titular.full_clean()
    assert {"affiliation_end", "disability_allowance_from"} <= set(refused.value.message_dict)


def test_a_list_returns_at_most_the_maximum_page(clerk_api, table_2026):
    for _ in range(3):
        household_with_titular()
    response = clerk_api.get("/api/v1/members/?limit=1000000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 3
    # the ceiling itself
    from core.pagination import BoundedLimitOffsetPagination

    assert BoundedLimitOffsetPagination.max_limit == bounds.MAX_PAGE_SIZE
    request = type("R", (), {"query_params": {"limit": "1000000"}})()
    assert BoundedLimitOffsetPagination().get_limit(request) == bounds.MAX_PAGE_SIZE


@pytest.mark.parametrize(
    "url, status, field",
    [
        pytest.param("/api/v1/members/?offset=99999999999999999999", 400, "offset", id="offset-out-of-range"),
        pytest.param("/api/v1/members/99999999999999999999/", 404, None, id="id-out-of-range"),
        pytest.param("/api/v1/members/-1/", 404, None, id="negative-id-matches-no-route"),
        pytest.param("/api/v1/lending/max-invoice/?member=1&year=99999", 400, "year", id="max-invoice-year"),
        pytest.param(
            "/api/v1/lending/max-invoice/?member=99999999999999999999", 400, "member", id="max-invoice-member"
        ),
        pytest.param(
            "/api/v1/elections/assembly-size/?members=999999999999999999999", 400, "members", id="assembly-members"
        ),
    ],
)
def test_out_of_range_query_and_path_numbers_are_client_errors(clerk_api, url, status, field):
    response = clerk_api.get(url)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    if field:
        assert field in response.json()


def test_query_dates_and_years_are_bounded(clerk_api, table_2026):
    _household, titular = household_with_titular()
    assert clerk_api.get(f"/api/v1/members/{titular.pk}/entitlement/?on=0001-01-01").json().keys() == {"on"}
    assert clerk_api.get(f"/api/v1/members/{titular.pk}/entitlement/?on=9999-12-31").status_code == 400
    response = clerk_api.get(f"/api/v1/members/{titular.pk}/benefit-usage/?year=-66030")
    assert response.status_code == 400 and "year" in response.json()


def test_claims_rentals_and_counts_refuse_impossible_values(clerk_api, table_2026, make_user):
    from benefits import reference as benefit_reference
    from lending import reference as lending_reference
    from lending.tests.factories import stock_all

    benefit_reference.seed()
    lending_reference.seed()
    stock_all()  # a rental runs with its stock unit (issue #16)
    _household, titular = household_with_titular()
    today = timezone.localdate()
    claim = clerk_api.post(
        "/api/v1/claims/", {"member": titular.pk, "benefit": "glasses", "event_date": "9999-12-31"}, format="json"
    )
    assert claim.status_code == 400 and "event_date" in claim.json()
    quantity = clerk_api.post(
        "/api/v1/claims/",
        {"member": titular.pk, "benefit": "glasses", "event_date": str(today), "quantity": 2**40},
        format="json",
    )
    assert quantity.status_code == 400 and "quantity" in quantity.json()
    rental = clerk_api.post(
        "/api/v1/lending/rentals/",
        {"item": "wheelchair", "member": titular.pk, "start_date": "0001-01-01"},
        format="json",
    )
    assert rental.status_code == 400 and "start_date" in rental.json()
    started = clerk_api.post(
        "/api/v1/lending/rentals/",
        {"item": "wheelchair", "member": titular.pk, "start_date": str(today - timedelta(days=3))},
        format="json",
    )
    assert started.status_code == 201, started.content
    returned = clerk_api.post(
        f"/api/v1/lending/rentals/{started.json()['id']}/return/",
        {"return_date": str(today + timedelta(days=1))},
        format="json",
    )
    assert returned.status_code == 400 and "return_date" in returned.json()
    count = clerk_api.post(
        "/api/v1/elections/count/",
        {"seats": 2**62, "valid_ballots": 1, "list_votes": 0, "candidates": [{"name": "a", "name_votes": 1}]},
        format="json",
    )
    assert count.status_code == 400 and "seats" in count.json()


def test_the_schema_documents_the_error_answers(clerk_api):
    schema = clerk_api.get("/api/schema/?format=json").json()
    payments = schema["paths"]["/api/v1/payments/"]["post"]["responses"]
    assert {"400", "401", "403"} <= set(payments) and "404" not in payments
    assert "404" in schema["paths"]["/api/v1/members/{id}/"]["get"]["responses"]
    assert {"ValidationError", "Error"} <= set(schema["components"]["schemas"])
    assert schema["components"]["schemas"]["Household"]["properties"]["status"]["nullable"] is True
    limit = next(p for p in schema["paths"]["/api/v1/members/"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == bounds.MAX_PAGE_SIZE


@pytest.mark.django_db(transaction=True)
def test_the_same_bank_reference_twice_at_once_is_a_400_on_bank_reference(table_2026):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (SQLite serialises whole-database writes); runs in CI")
    from django.core.exceptions import ValidationError

    from members import services

    # given two households, and the same bank transaction sent for both at the same moment
    households = [household_with_titular()[0] for _ in range(2)]
    barrier = threading.Barrier(2)
    outcomes = []

    def record(household):
        try:
            barrier.wait()
            services.payment_record(
                household=household, amount=Decimal("10.00"), paid_on=timezone.localdate(), bank_reference="BANK-TX-1"
            )
            outcomes.append("stored")
        except ValidationError as exc:
            outcomes.append(sorted(exc.message_dict))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=record, args=(h,)) for h in households]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # then one is stored and the other refused on bank_reference (never an IntegrityError)
    assert sorted(map(str, outcomes)) == ["['bank_reference']", "stored"]
    assert Payment.objects.filter(bank_reference="BANK-TX-1").count() == 1
