"""The nightly chain (issue #7): results, idempotence, resuming a crashed run, the lock, and the
same chain through a real Celery worker on Redis."""

import time
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command

from core import nightly
from core.models import JobRun, RunStatus
from core.tests.test_celery_worker import real_worker  # noqa: F401 (fixture)
from lending import reference as lending_reference
from lending import services as lending_services
from lending.models import RentalCharge
from members import services as member_services
from members.models import HouseholdStatus, StatusChange
from members.tests.factories import household_with_titular

DAY = date(2026, 6, 10)


@pytest.fixture(autouse=True)
def free_lock():
    nightly.release_lock()
    yield
    nightly.release_lock()


def population():
    """Three households: paid up, owing since January, paid up and renting a care bed."""
    from core.months import Month, month_range

    paying, _ = household_with_titular(start=date(2026, 1, 1))
    member_services.payment_record(household=paying, amount=Decimal("60.00"), paid_on=date(2026, 1, 3),
                                   months=list(month_range(Month(2026, 1), Month(2026, 6))))
    owing, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    renting, renter = household_with_titular(start=date(2026, 1, 1), last_name="Claes")
    member_services.payment_record(household=renting, amount=Decimal("60.00"), paid_on=date(2026, 1, 3),
                                   months=list(month_range(Month(2026, 1), Month(2026, 6))))
    lending_reference.seed()
    rental = lending_services.rental_start(item="electric-care-bed", member=renter, start_date=date(2026, 1, 1), delivery="driver")
    return paying, owing, renting, rental


def snapshot():
    return (
        sorted(HouseholdStatus.objects.values_list("household_id", "status")),
        sorted(RentalCharge.objects.values_list("rental_id", "kind", "amount")),
    )


def expect_results(paying, owing, renting, rental):
    statuses = dict(HouseholdStatus.objects.values_list("household_id", "status"))
    assert statuses == {paying.pk: "entitled", owing.pk: "suspended", renting.pk: "entitled"}
    rent = sum(RentalCharge.objects.filter(rental=rental, kind__in=("forfait", "rent")).values_list("amount", flat=True))
    assert rent == Decimal("0.90") * 161  # 1 January – 10 June


@pytest.mark.django_db
def test_sync_chain_results_and_second_run_changes_nothing(table_2026, settings):
    settings.NIGHTLY_CHUNK_SIZE = 2
    paying, owing, renting, rental = population()
    run = nightly.run_sync(DAY)
    assert run.status == RunStatus.SUCCEEDED
    assert [s.name for s in run.steps.order_by("position")] == [
        "members.dues_and_status", "lending.rent", "benefits.deadlines_and_batch", "lending.max_invoice", "lending.alarm_subsidies",
        "reports.snapshots", "core.access_log_purge"]
    expect_results(paying, owing, renting, rental)
    before, changes = snapshot(), StatusChange.objects.count()
    again = nightly.run_sync(DAY, force=True)
    assert again.status == RunStatus.SUCCEEDED and again.attempts == 2
    assert snapshot() == before and StatusChange.objects.count() == changes


@pytest.mark.django_db
def test_run_killed_in_step_1_resumes_to_the_same_result(table_2026, settings):
    settings.NIGHTLY_CHUNK_SIZE = 1  # one household per chunk
    paying, owing, renting, rental = population()
    # a run that did one chunk of step 1 and then died (its lock expired)
    run = nightly.start(DAY)
    first_step = nightly.steps()[0]
    step_run = nightly.plan(run, first_step)
    assert step_run.chunks_total == 3
    nightly.execute_chunk(nightly.pending_chunks(step_run)[0])
    nightly.release_lock()
    assert HouseholdStatus.objects.count() == 1

    resumed = nightly.run_sync(DAY)
    assert resumed.pk == run.pk and resumed.attempts == 2 and resumed.status == RunStatus.SUCCEEDED
    expect_results(paying, owing, renting, rental)
    assert step_run.chunks.filter(status="succeeded").count() == 3


@pytest.mark.django_db
def test_a_second_concurrent_start_is_refused(table_2026, caplog):
    assert nightly.acquire_lock() is not None  # a run in progress elsewhere
    assert nightly.run_sync(DAY) is None
    assert JobRun.objects.count() == 0
    assert "refused" in caplog.text


@pytest.mark.django_db
def test_run_nightly_command(table_2026, capsys):
    population()
    call_command("run_nightly", "--date", DAY.isoformat())
    assert "Succeeded" in capsys.readouterr().out


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_chain_through_a_real_worker(real_worker, table_2026, settings):  # noqa: F811
    from core.tasks import nightly_start

    settings.NIGHTLY_CHUNK_SIZE = 2
    paying, owing, renting, rental = population()
    assert nightly_start.delay(DAY.isoformat()).get(timeout=30).startswith("run")
    deadline = time.monotonic() + 90
    run = None
    while time.monotonic() < deadline:
        run = JobRun.objects.filter(run_on=DAY).first()
        if run and run.status != RunStatus.RUNNING:
            break
        time.sleep(0.3)
    assert run is not None and run.status == RunStatus.SUCCEEDED, run and run.error
    expect_results(paying, owing, renting, rental)
    # started again: refused while running, a no-op once done
    assert "already succeeded" in nightly_start.delay(DAY.isoformat()).get(timeout=30)
