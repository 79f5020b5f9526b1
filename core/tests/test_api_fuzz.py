"""Schemathesis over the whole API (issue #12, point 11): no input answers a server error, and the
answers conform to the schema (status codes, content types, bodies).

The schema is the one ``/api/schema/`` serves (drf-spectacular), loaded as a dict; every operation
is fuzzed in-process through Django's WSGI handler, as a clerk and as a superuser, with bounded
hypothesis settings (derandomized: the same cases on every run). Operations with a path parameter
are run twice: with generated ids, and with the id of an object that exists, so the fuzz reaches
the code behind the lookup.
"""

from __future__ import annotations

import functools
import json
from datetime import date, timedelta

import pytest
import schemathesis
from django.db import transaction
from django.test import Client
from django.test.client import ClientHandler
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.django_db

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = {GenerationMode.POSITIVE: 7, GenerationMode.NEGATIVE: 3}


@functools.lru_cache(maxsize=1)
def _schema() -> dict:
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    return json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))


class _App:
    """Django's test handler as a WSGI app: no CSRF enforcement for the session cookie, and the
    test's database connection is kept open between requests (as with the test client). Each
    request runs in a savepoint, so a server error that aborted the test's transaction is reported
    as the 500 it is and does not turn every later request into one."""

    def __init__(self):
        self.handler = ClientHandler(enforce_csrf_checks=False)

    def __call__(self, environ, start_response):
        savepoint = transaction.savepoint()
        response = self.handler(environ)
        if response.status_code >= 500:
            transaction.savepoint_rollback(savepoint)
        else:
            transaction.savepoint_commit(savepoint)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return [response.content] if not response.streaming else response.streaming_content


@pytest.fixture
def api_data(table_2026):
    """One of everything the API reads: a household with a titular who paid, a claim, a rental."""
    from benefits import reference as benefit_reference
    from benefits import services as benefit_services
    from lending import reference as lending_reference
    from lending import services as lending_services
    from lending.tests.factories import stock_all
    from members import services
    from members.tests.factories import household_with_titular

    benefit_reference.seed()
    lending_reference.seed()
    stock_all()  # rentals run with a unit
    today = timezone.localdate()
    household, titular = household_with_titular(start=date(2026, 1, 1))
    payment = services.payment_record(household=household, amount=10 * (today.month), paid_on=today).payment
    claim = benefit_services.claim_file(
        member=titular, benefit="glasses", event_date=today, amount_paid="120.00", evidence=["invoice"]
    )
    rental = lending_services.rental_start(item="wheelchair", member=titular, start_date=today - timedelta(days=3))
    # Art. 42.3 exemption, VT period and hardship situation (the exemption paths are under /members/{id}/)
    services.exemption_record(member=titular, kind="incapacity_66", start=date(2026, 1, 1), proof_date=date(2026, 1, 5))
    vt = services.vt_period_record(member=titular, start=date(2026, 1, 1), proof_date=date(2025, 12, 10))
    hardship = services.hardship_record(
        member=titular, kind="living_wage", start=date(2026, 1, 1), proof_date=date(2026, 1, 12)
    )
    return {
        "/api/v1/households/": household.pk,
        "/api/v1/members/": titular.pk,
        "/api/v1/payments/": payment.pk,
        "/api/v1/claims/": claim.pk,
        "/api/v1/lending/rentals/": rental.pk,
        "/api/v1/benefits/": "glasses",
        "/api/v1/lending/items/": "wheelchair",
        "/api/v1/vt-periods/": vt.pk,
        "/api/v1/hardship-situations/": hardship.pk,
    }


def _describe(exc: BaseException) -> str:
    parts = [str(exc)]
    for inner in getattr(exc, "exceptions", ()):
        parts.append(f"  - {type(inner).__name__}: {inner}")
    return "\n".join(parts)


def _existing(operation, api_data) -> dict | None:
    names = [p.name for p in operation.path_parameters]
    if not names:
        return None
    for prefix, value in api_data.items():
        if operation.path.startswith(prefix):
            return {names[0]: value}
    return None


@pytest.mark.parametrize("role", ["clerk", "superuser"])
def test_no_server_error_and_answers_conform_to_the_schema(role, api_data, make_user):
    # given a session as this role
    user = make_user(None, superuser=True) if role == "superuser" else make_user("clerk")
    client = Client()
    client.force_login(user)
    cookies = {"sessionid": client.cookies["sessionid"].value}
    schema = schemathesis.openapi.from_dict(_schema())
    app = _App()
    failures = []

    # when every operation is fuzzed
    for result in schema.get_all_operations():
        operation = result.ok()
        variants = [None]
        existing = _existing(operation, api_data)
        if existing:
            variants.append(existing)
        for path_parameters in variants:
            for mode, examples in EXAMPLES.items():
                strategy = operation.as_strategy(generation_mode=mode, path_parameters=path_parameters)

                @settings(
                    max_examples=examples,
                    derandomize=True,
                    deadline=None,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                @given(case=strategy)
                def run(case):
                    case.call_and_validate(app=app, cookies=cookies, checks=CHECKS)

                try:
                    run()
                except Unsatisfiable:
                    # nothing in this operation can be made invalid (no parameter, no body): there
                    # is no negative case to send, which is not a failure of the API
                    if mode is not GenerationMode.NEGATIVE:
                        raise
                except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - reported together below
                    failures.append(f"{operation.method.upper()} {operation.path} [{mode}]: {_describe(exc)}")

    # then nothing failed
    assert not failures, "\n\n".join(failures)
