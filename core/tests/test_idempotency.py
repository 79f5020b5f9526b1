"""The Idempotency-Key header (issue #12 point 4): a retried API write answers the first answer and
does the work once; every write endpoint takes it and the schema documents it."""

import threading
from datetime import date, timedelta

import pytest
import time_machine
from django.db import connections, transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from rest_framework.test import APIClient
from rest_framework.views import APIView

from core.idempotency import HEADER, IdempotentMixin, purge_expired
from core.models import IdempotencyKey
from core.tests.parallel import require_row_locks, run_at_once
from lending import reference as lending_reference
from lending.models import ChargeKind, Rental, RentalCharge
from lending.tests.factories import stock_all
from members.models import Payment
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(make_user, table_2026):
    return make_user("clerk")


@pytest.fixture
def clerk_api(api_client, clerk):
    api_client.force_authenticate(clerk)
    return api_client


def payment(household, **extra):
    data = {
        "household": household.pk,
        "amount": "20.00",
        "paid_on": "2026-01-10",
        "months": ["2026-01", "2026-02"],
        **extra,
    }
    return {name: value for name, value in data.items() if value is not None}


def test_the_same_payment_sent_twice_with_one_key_is_stored_once(clerk_api):
    household, _ = household_with_titular()
    first = clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "pay-7f3a"})
    retry = clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "pay-7f3a"})
    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first
    assert Payment.objects.count() == 1


def test_the_same_key_with_another_body_is_refused(clerk_api):
    household, _ = household_with_titular()
    clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "pay-1"})
    other = clerk_api.post(
        "/api/v1/payments/",
        payment(household, amount="10.00", months=["2026-03"]),
        format="json",
        headers={HEADER: "pay-1"},
    )
    elsewhere = clerk_api.post("/api/v1/households/", {"city": "Gent"}, format="json", headers={HEADER: "pay-1"})
    assert other.status_code == elsewhere.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused" and "another request" in other.json()["detail"]
    assert Payment.objects.count() == 1


def test_without_a_key_every_request_is_new(clerk_api):
    household, _ = household_with_titular()
    clerk_api.post("/api/v1/payments/", payment(household, months=None, amount="10.00"), format="json")
    clerk_api.post("/api/v1/payments/", payment(household, months=None, amount="10.00"), format="json")
    assert Payment.objects.count() == 2
    assert not IdempotencyKey.objects.exists()


def test_the_same_json_in_another_key_order_is_the_same_request(clerk_api):
    household, _ = household_with_titular()
    body = (
        '{"household": %d, "amount": "20.00", "paid_on": "2026-01-10", "months": ["2026-01", "2026-02"]}' % household.pk
    )
    reordered = '{"months":["2026-01","2026-02"],"paid_on":"2026-01-10","amount":"20.00","household":%d}' % household.pk
    first = clerk_api.post("/api/v1/payments/", body, content_type="application/json", headers={HEADER: "k"})
    retry = clerk_api.post("/api/v1/payments/", reordered, content_type="application/json", headers={HEADER: "k"})
    assert (first.status_code, retry.status_code) == (201, 201) and Payment.objects.count() == 1


def test_keys_belong_to_their_user(clerk_api, make_user):
    household, _ = household_with_titular()
    clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "shared"})
    other = APIClient()
    other.force_authenticate(make_user("clerk"))
    response = other.post(
        "/api/v1/payments/",
        payment(household, amount="10.00", months=["2026-03"]),
        format="json",
        headers={HEADER: "shared"},
    )
    assert response.status_code == 201 and "Idempotent-Replayed" not in response
    assert Payment.objects.count() == 2


def test_an_error_is_not_kept_so_the_corrected_request_may_use_the_key(clerk_api):
    household, _ = household_with_titular()
    wrong = clerk_api.post(
        "/api/v1/payments/", payment(household, amount="15.00"), format="json", headers={HEADER: "k2"}
    )
    assert wrong.status_code == 400 and "amount" in wrong.json()
    corrected = clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "k2"})
    assert corrected.status_code == 201
    assert (
        clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "k2"}).json()
        == corrected.json()
    )
    assert Payment.objects.count() == 1


def test_an_expired_key_is_a_new_key_and_expired_keys_are_purged(clerk_api, settings):
    settings.IDEMPOTENCY_KEY_TTL = timedelta(hours=24)
    household, _ = household_with_titular()
    data = payment(household, months=None, amount="10.00")
    clerk_api.post("/api/v1/payments/", data, format="json", headers={HEADER: "old"})
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        again = clerk_api.post("/api/v1/payments/", data, format="json", headers={HEADER: "old"})
        assert again.status_code == 201 and "Idempotent-Replayed" not in again
        assert Payment.objects.count() == 2
        clerk_api.post("/api/v1/payments/", data, format="json", headers={HEADER: "fresh"})
    assert IdempotencyKey.objects.count() == 2
    with time_machine.travel(timezone.now() + timedelta(hours=50)):
        assert purge_expired() == 2
    assert not IdempotencyKey.objects.exists()


@pytest.mark.parametrize("key", ["", "x" * 256, "spaces are not allowed", "naïve"])
def test_a_malformed_key_is_400_on_the_header(clerk_api, key):
    household, _ = household_with_titular()
    response = clerk_api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: key})
    assert response.status_code == 400 and HEADER in response.json()
    assert Payment.objects.count() == 0


def test_a_retried_rental_return_bills_once(api_client, make_user, table_2026):
    from benefits.tests.test_services import paid_up_member
    from lending import services as lending_services

    lending_reference.seed()

    stock_all()  # rentals run with a unit
    api_client.force_authenticate(make_user("lending_desk"))
    rental = lending_services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    url = f"/api/v1/lending/rentals/{rental.pk}/return/"
    body = {"return_date": "2026-04-01", "cleaning": "12.50"}
    first = api_client.post(url, body, format="json", headers={HEADER: "return-1"})
    retry = api_client.post(url, body, format="json", headers={HEADER: "return-1"})
    assert first.status_code == retry.status_code == 200 and retry.json() == first.json()
    assert RentalCharge.objects.filter(rental=rental, kind=ChargeKind.CLEANING).count() == 1
    assert Rental.objects.get().status == "returned"


@pytest.mark.django_db(transaction=True)
def test_a_duplicate_while_the_first_is_being_answered_is_409(table_2026, make_user):
    require_row_locks()
    clerk = make_user("clerk")
    household, _ = household_with_titular()
    api = APIClient()
    api.force_authenticate(clerk)
    # the first request: its key is claimed and locked by the connection that is answering it
    IdempotencyKey.objects.create(user=clerk, key="busy", method="POST", path="/api/v1/payments/", fingerprint="-")
    holding, release = threading.Event(), threading.Event()

    def first_request_in_flight():
        try:
            with transaction.atomic():
                IdempotencyKey.objects.select_for_update().get(user=clerk, key="busy")
                holding.set()
                release.wait(30)
        finally:
            connections.close_all()

    thread = threading.Thread(target=first_request_in_flight)
    thread.start()
    try:
        assert holding.wait(30)
        response = api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "busy"})
    finally:
        release.set()
        thread.join()
    assert response.status_code == 409 and response.json()["code"] == "idempotency_key_in_flight"
    assert Payment.objects.count() == 0
    # once the first is over (here: it failed), the retry goes through
    assert api.post("/api/v1/payments/", payment(household), format="json", headers={HEADER: "busy"}).status_code == 201

    # four retries of one payment at the same moment: it is recorded once, every success is the same answer
    other, _ = household_with_titular(last_name="Maes")

    def post(_):
        client = APIClient()
        client.force_authenticate(clerk)
        response = client.post("/api/v1/payments/", payment(other), format="json", headers={HEADER: "storm"})
        return response.status_code, response.json()

    answers, errors = run_at_once(post)
    assert not errors
    assert {code for code, _ in answers} <= {201, 409}
    assert len({str(body) for code, body in answers if code == 201}) == 1
    assert Payment.objects.filter(household=other).count() == 1


# --- every write endpoint takes the key, and the schema says so ----------------------------------------


def _api_views(resolver=None, prefix=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _api_views(pattern, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v1/"):
            yield route, pattern.callback


def _write_methods(callback) -> set[str]:
    cls = getattr(callback, "cls", None)
    if cls is None or not issubclass(cls, APIView):
        return set()
    actions = getattr(callback, "actions", None)
    methods = set(actions) if actions else {m for m in cls.http_method_names if hasattr(cls, m)}
    return {m.upper() for m in methods} & {"POST", "PUT", "PATCH", "DELETE"}


def test_every_api_write_endpoint_takes_the_idempotency_key():
    writes = {route: cb.cls for route, cb in _api_views() if _write_methods(cb)}
    assert any("rentals" in route and "return" in route for route in writes)  # custom actions are found too
    uncovered = sorted(route for route, cls in writes.items() if not issubclass(cls, IdempotentMixin))
    assert uncovered == [], f"write endpoints without IdempotentMixin: {uncovered}"


def test_schema_documents_the_header_on_writes_only(client, make_user):
    client.force_login(make_user("clerk"))
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    paths = schema["paths"]

    def header(operation):
        return [p for p in operation.get("parameters", []) if p["in"] == "header" and p["name"] == HEADER]

    for path, method in [
        ("/api/v1/payments/", "post"),
        ("/api/v1/claims/", "post"),
        ("/api/v1/lending/rentals/{id}/return/", "post"),
        ("/api/v1/households/", "post"),
    ]:
        [parameter] = header(paths[path][method])
        assert parameter["required"] is False and "first" in parameter["description"]
        assert {"409", "422"} <= set(paths[path][method]["responses"])
    assert not header(paths["/api/v1/payments/"]["get"])
