"""Issue #14: the big changelists and list APIs run a fixed number of queries, whatever the number of rows.

Each test opens the page with N rows and with 3N rows and asserts the same query count: a per-row query
(an N+1: a missing select_related/prefetch_related, a property reading a relation per row) makes the
second count larger."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from benefits import reference as benefits_reference
from benefits.tests.helpers import birth_premium
from benefits.tests.test_services import paid_up_member
from lending import reference as lending_reference
from lending import services as lending_services
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db

N = 2


def count_queries(client, url) -> int:
    client.get(url)  # warm up: session, content types, permissions caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def households(n, start=0):
    for k in range(start, start + n):
        household, titular = household_with_titular(last_name=f"Peeters{k}")
        add_dependent(household)


def payers(n, start=0):
    for k in range(start, start + n):
        paid_up_member(last_name=f"Janssens{k}")


def claims(n, start=0):
    for k in range(start, start + n):
        birth_premium(paid_up_member(last_name=f"Maes{k}"))


def rentals(n, start=0):
    from lending.tests.factories import free_unit

    for k in range(start, start + n):
        free_unit("wheelchair")  # a rental runs with its stock unit (issue #16)
        lending_services.rental_start(
            item="wheelchair", member=paid_up_member(last_name=f"Wouters{k}"), start_date=date(2026, 3, 2)
        )


@pytest.fixture
def admin_web(client, make_user, table_2026):
    benefits_reference.seed()
    lending_reference.seed()
    client.force_login(make_user(superuser=True))
    return client


@pytest.fixture
def clerk_api(api_client, make_user, table_2026):
    benefits_reference.seed()
    lending_reference.seed()
    api_client.force_authenticate(make_user("clerk"))
    return api_client


def assert_constant(client, url, make):
    make(N)
    few = count_queries(client, url)
    make(2 * N, start=N)  # now 3N rows
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries with {N} rows, {many} with {3 * N} (a query per row)"


@pytest.mark.parametrize(
    "changelist, make",
    [
        ("admin:members_member_changelist", households),
        ("admin:members_household_changelist", households),
        ("admin:members_payment_changelist", payers),
        ("admin:benefits_claim_changelist", claims),
        ("admin:lending_rental_changelist", rentals),
    ],
    ids=["member", "household", "payment", "claim", "rental"],
)
def test_admin_changelist_query_count_does_not_grow_with_rows(admin_web, changelist, make):
    assert_constant(admin_web, reverse(changelist), make)


@pytest.mark.parametrize(
    "url, make",
    [
        ("/api/v1/members/", households),
        ("/api/v1/households/", households),
        ("/api/v1/payments/", payers),
        ("/api/v1/claims/", claims),
        ("/api/v1/lending/rentals/", rentals),
    ],
    ids=["members", "households", "payments", "claims", "rentals"],
)
def test_list_api_query_count_does_not_grow_with_rows(clerk_api, url, make):
    assert_constant(clerk_api, url, make)
