"""A task round-trips through a real Celery worker on the real Redis (not eager mode).

Skipped, loudly, only where Redis is truly absent outside CI; in CI (CI=true) a missing Redis fails.
"""

import os
from datetime import date
from decimal import Decimal

import pytest

REDIS_URL = os.environ.get("REDIS_URL", "")
TEST_QUEUE = f"test-{os.getpid()}"


def _redis_available() -> bool:
    if not REDIS_URL:
        return False
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture(scope="module")
def real_worker():
    if not _redis_available():
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Celery worker test, but Redis is not reachable (REDIS_URL={REDIS_URL!r})")
        pytest.skip("REAL CELERY WORKER TEST SKIPPED: no Redis (set REDIS_URL=redis://127.0.0.1:6379/0 to run it)")
    from celery.contrib.testing import tasks  # noqa: F401  (registers celery.ping for the ping check)
    from celery.contrib.testing.worker import start_worker

    from config.celery import app

    # a queue of our own (one per test session): a worker of another process on the same Redis
    # never takes these tasks
    app.conf.update(
        task_always_eager=False, broker_url=REDIS_URL, result_backend=REDIS_URL, task_default_queue=TEST_QUEUE
    )
    with start_worker(app, pool="threads", concurrency=1, perform_ping_check=True, shutdown_timeout=30) as worker:
        yield worker


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_status_refresh_round_trips_through_a_real_worker(real_worker, table_2026):
    from core.months import Month
    from members import services
    from members.models import HouseholdStatus
    from members.tasks import refresh_statuses
    from members.tests.factories import household_with_titular

    paying, _ = household_with_titular(start=date(2026, 1, 1))
    services.payment_record(
        household=paying,
        amount=Decimal("30.00"),
        paid_on=date(2026, 1, 2),
        months=[Month(2026, 1), Month(2026, 2), Month(2026, 3)],
    )
    owing, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")

    result = refresh_statuses.delay("2026-03-10", min(paying.pk, owing.pk), max(paying.pk, owing.pk) + 1)
    counts = result.get(timeout=60)

    assert counts["entitled"] == 1 and counts["suspended"] == 1
    assert HouseholdStatus.objects.get(household=paying).status == "entitled"
    assert HouseholdStatus.objects.get(household=owing).status == "suspended"
