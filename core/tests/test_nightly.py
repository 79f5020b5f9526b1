"""The nightly chain (issues #7, #12): results, idempotence, resuming a crashed run, the lease, bad
households, bookings that meet a clerk's, and the same chain through a real Celery worker on Redis."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from core import nightly
from core.models import ChunkRun, JobRun, RunStatus, SkippedItem
from core.tests.test_celery_worker import real_worker  # noqa: F401 (fixture)
from lending import reference as lending_reference
from lending import services as lending_services
from lending.models import ChargeKind, RentalCharge
from lending.tests.factories import stock_all
from members import selectors as member_selectors
from members import services as member_services
from members.models import ContributionTable, HouseholdStatus, StatusChange
from members.tests.factories import household_with_titular

DAY = date(2026, 6, 10)


def population():
    """Three households: paid up, owing since January, paid up and renting a care bed."""
    from core.months import Month, month_range

    paying, _ = household_with_titular(start=date(2026, 1, 1))
    member_services.payment_record(
        household=paying,
        amount=Decimal("60.00"),
        paid_on=date(2026, 1, 3),
        months=list(month_range(Month(2026, 1), Month(2026, 6))),
    )
    owing, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    renting, renter = household_with_titular(start=date(2026, 1, 1), last_name="Claes")
    member_services.payment_record(
        household=renting,
        amount=Decimal("60.00"),
        paid_on=date(2026, 1, 3),
        months=list(month_range(Month(2026, 1), Month(2026, 6))),
    )
    lending_reference.seed()
    stock_all()  # rentals run with a unit
    rental = lending_services.rental_start(
        item="electric-care-bed", member=renter, start_date=date(2026, 1, 1), delivery="driver"
    )
    return paying, owing, renting, rental


def snapshot():
    return (
        sorted(HouseholdStatus.objects.values_list("household_id", "status")),
        sorted(RentalCharge.objects.values_list("rental_id", "kind", "amount")),
    )


def expect_results(paying, owing, renting, rental):
    statuses = dict(HouseholdStatus.objects.values_list("household_id", "status"))
    assert statuses == {paying.pk: "entitled", owing.pk: "suspended", renting.pk: "entitled"}
    rent = sum(
        RentalCharge.objects.filter(rental=rental, kind__in=(ChargeKind.FORFAIT, ChargeKind.RENT)).values_list(
            "amount", flat=True
        )
    )
    assert rent == Decimal("0.90") * 161  # 1 January – 10 June


@pytest.mark.django_db
def test_sync_chain_results_and_second_run_changes_nothing(table_2026, settings):
    settings.NIGHTLY_CHUNK_SIZE = 2
    paying, owing, renting, rental = population()
    run = nightly.run_sync(DAY)
    assert run.status == RunStatus.SUCCEEDED
    assert [s.name for s in run.steps.order_by("position")] == [
        "members.dues_and_status",
        "members.arrears_reminders",
        "lending.rent",
        "benefits.deadlines_and_batch",
        "lending.max_invoice",
        "lending.alarm_subsidies",
        "bank.mandates_expire",
        "benefits.rights_scan",
        "reports.snapshots",
        "core.access_log_purge",
        "members.dues_partitions",
    ]
    expect_results(paying, owing, renting, rental)
    before, changes = snapshot(), StatusChange.objects.count()
    again = nightly.run_sync(DAY, force=True)
    assert again.status == RunStatus.SUCCEEDED and again.attempts == 2
    assert snapshot() == before and StatusChange.objects.count() == changes


@pytest.mark.django_db
def test_run_killed_in_step_1_is_resumed_minutes_later_to_the_same_result(table_2026, settings):
    settings.NIGHTLY_CHUNK_SIZE = 1  # one household per chunk
    settings.NIGHTLY_LEASE_SECONDS = 120
    paying, owing, renting, rental = population()
    # a run that did one chunk of step 1 and then its process died: nobody renews its lease
    run = nightly.start(DAY)
    first_step = nightly.steps()[0]
    step_run = nightly.plan(run, first_step)
    assert step_run.chunks_total == 3
    nightly.execute_chunk(nightly.pending_chunks(step_run)[0], run.token)
    assert HouseholdStatus.objects.count() == 1

    # while its lease runs, a start is refused (the run might still be alive) …
    assert nightly.run_sync(DAY) is None
    # … and once it expired (minutes, not the 6 hours of the old lock), the run resumes
    with time_machine.travel(timezone.now() + timedelta(seconds=121)):
        resumed = nightly.run_sync(DAY)
    assert resumed.pk == run.pk and resumed.attempts == 2 and resumed.status == RunStatus.SUCCEEDED
    expect_results(paying, owing, renting, rental)
    assert step_run.chunks.filter(status="succeeded").count() == 3
    assert nightly.current_lease() is None  # released by the run that finished


@pytest.mark.django_db
def test_a_second_concurrent_start_is_refused(table_2026, caplog):
    assert nightly.acquire_lease(holder="another machine") is not None  # a run in progress elsewhere
    assert nightly.run_sync(DAY) is None
    assert JobRun.objects.count() == 0
    assert "refused" in caplog.text and "another machine" in caplog.text


@pytest.mark.django_db
def test_the_lease_is_released_and_renewed_only_with_its_own_token():
    token = nightly.acquire_lease()
    assert token and nightly.acquire_lease() is None
    assert not nightly.release_lease("f" * 32)  # a late redelivery of an older run
    assert not nightly.renew_lease("f" * 32)
    assert nightly.acquire_lease() is None and nightly.current_lease().token == token
    assert nightly.renew_lease(token)
    assert nightly.release_lease(token)
    assert nightly.current_lease() is None
    assert nightly.acquire_lease() is not None


@pytest.mark.django_db
def test_a_late_redelivery_changes_nothing_of_the_run_that_holds_the_lease_now(table_2026, settings):
    from core.tasks import nightly_chunk, nightly_step, nightly_step_done

    settings.NIGHTLY_CHUNK_SIZE = 1
    population()
    # attempt 1 planned step 1 and died; its lease expired; a manager resumed the run (attempt 2)
    dead = nightly.start(DAY)
    step_run = nightly.plan(dead, nightly.steps()[0])
    chunk_ids = nightly.pending_chunks(step_run)
    with time_machine.travel(timezone.now() + timedelta(seconds=nightly.lease_seconds() + 1), tick=False):
        alive = nightly.start(DAY, holder="manager")
        assert alive.pk == dead.pk and alive.token != dead.token

        # attempt 1's chunk and step callbacks arrive late (the broker redelivers them)
        assert nightly_chunk.run(chunk_ids[0], dead.token) == {"stale": 1}
        assert nightly_step_done.run(step_run.pk, dead.pk, 0, dead.token).startswith("stale")
        assert nightly_step.run(dead.pk, 1, dead.token).startswith("stale")
        assert not nightly.release_lease(dead.token)

        # nothing of attempt 2 was touched: its lease, its run, its chunks
        lease = nightly.current_lease()
        assert lease.token == alive.token and lease.run_id == alive.pk and "manager" in lease.holder
        alive.refresh_from_db()
        assert alive.status == RunStatus.RUNNING and alive.finished_at is None
        assert ChunkRun.objects.filter(pk__in=chunk_ids, status=RunStatus.SUCCEEDED).count() == 0
        with pytest.raises(nightly.LeaseLost):
            nightly.execute_chunk(chunk_ids[0], dead.token)
        assert nightly.finish_run(alive, dead.token).status == RunStatus.RUNNING


# --- bad households, and bookings that meet a clerk's -------------------------------------------------


def poisoned_household():
    """A household whose ledger holds a month the rules cannot step past (booked before dates were
    bounded: "paid_on 9999-12-31"): every computation of its next month raises."""
    from members.models import ContributionDue

    household, _ = household_with_titular(start=date(2026, 1, 1), last_name="Wouters")
    ContributionDue.objects.create(
        household=household,
        month=date(9999, 12, 1),
        amount=Decimal("10.00"),
        table=ContributionTable.objects.get(valid_from=date(2026, 1, 1)),
    )
    return household


@pytest.mark.django_db
def test_a_bad_household_is_recorded_and_the_rest_of_its_chunk_is_processed(table_2026, client, make_user):
    paying, owing, renting, rental = population()
    bad = poisoned_household()
    assert nightly.chunk_size() > 4  # the four households share one chunk

    run = nightly.run_sync(DAY)

    assert run.status == RunStatus.SUCCEEDED, run.error
    [skipped] = SkippedItem.objects.filter(run=run)
    assert (skipped.item_id, skipped.unit, skipped.step) == (bad.pk, "members.household", "members.dues_and_status")
    assert "year" in skipped.error and "Traceback" in skipped.traceback
    expect_results(paying, owing, renting, rental)  # the chunk's other households were committed
    step = run.steps.get(name="members.dues_and_status")
    assert step.counts["skipped"] == 1 and step.counts["dues_booked"] == 6  # the owing household's months
    # the manager sees it on the run's page, linked to the household
    client.force_login(make_user("manager"))
    page = client.get(reverse("admin:core_jobrun_change", args=[run.pk])).content.decode()
    assert reverse("admin:members_household_change", args=[bad.pk]) in page and "year" in page


@pytest.mark.django_db
def test_a_run_failed_by_more_bad_households_than_the_limit_succeeds_when_resumed_after_the_fix(
    table_2026, settings, eager_celery
):
    from core.tasks import nightly_start

    settings.NIGHTLY_SKIP_LIMIT = 0  # any bad household fails its chunk
    paying, owing, renting, rental = population()
    bad = poisoned_household()

    assert nightly_start.delay(DAY.isoformat()).get().startswith("run")
    failed = JobRun.objects.get(run_on=DAY)
    assert failed.status == RunStatus.FAILED and failed.error == "step members.dues_and_status failed"
    chunk = ChunkRun.objects.get(step__run=failed)
    assert chunk.status == RunStatus.FAILED and "TooManySkipped" in chunk.error and "year" in chunk.error
    assert not SkippedItem.objects.exists()  # rolled back with the chunk
    assert nightly.current_lease() is None  # released: it can be resumed at once

    bad.dues.filter(month=date(9999, 12, 1)).delete()  # a clerk corrects the ledger
    assert nightly_start.delay(DAY.isoformat()).get().startswith("run")
    resumed = JobRun.objects.get(run_on=DAY)
    assert resumed.status == RunStatus.SUCCEEDED and resumed.attempts == 2, resumed.error
    statuses = dict(HouseholdStatus.objects.values_list("household_id", "status"))
    assert statuses == {paying.pk: "entitled", owing.pk: "suspended", renting.pk: "entitled", bad.pk: "suspended"}


@pytest.mark.django_db
def test_isolating_skips_only_the_items_that_fail():
    seen = []

    def work(first, last):
        if any(item in (13, 77) for item in range(first, last)):
            raise ValueError(f"bad data in [{first}, {last})")
        seen.extend(range(first, last))
        return {"done": last - first}

    skipped = []
    counts = nightly.run_isolating(work, 0, 100, skipped, limit=5)
    assert counts == {"done": 98} and sorted(seen) == [i for i in range(100) if i not in (13, 77)]
    assert [s.item_id for s in skipped] == [13, 77] and "ValueError: bad data in [13, 14)" == skipped[0].error


@pytest.mark.django_db
def test_isolating_gives_up_on_faults_that_are_not_about_an_item():
    def everything_fails(first, last):
        raise ValueError("a bug, not bad data")

    with pytest.raises(nightly.TooManySkipped, match="more than 3 items failed"):
        nightly.run_isolating(everything_fails, 0, 1000, [], limit=3)

    calls = []

    def database_gone(first, last):
        calls.append((first, last))
        raise OperationalError("server closed the connection")

    with pytest.raises(OperationalError):
        nightly.run_isolating(database_gone, 0, 1000, [], limit=3)
    assert calls == [(0, 1000)]  # not split into a thousand retries


@dataclass(frozen=True)
class ClerkPaysMeanwhile(member_selectors.Tables):
    """The contribution tables, and a clerk who records a payment the moment the booking starts
    pricing months (after the booking read what was booked)."""

    pay: Callable[[], object] = lambda: None
    paid: list = field(default_factory=list)

    def due(self, titular, month):
        if not self.paid:
            self.paid.append("paying")  # the clerk's own booking prices months too
            self.paid[0] = self.pay()
        return super().due(titular, month)


@pytest.mark.django_db
def test_a_payment_recorded_while_the_chain_books_dues_does_not_fail_the_booking(table_2026):
    from core.months import Month, month_range
    from members.models import ContributionDue

    household, _ = household_with_titular(start=date(2026, 1, 1))
    other, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    january_to_june = list(month_range(Month(2026, 1), Month(2026, 6)))
    tables = ClerkPaysMeanwhile(
        member_selectors.Tables.load().by_start,
        pay=lambda: member_services.payment_record(
            household=household, amount=Decimal("60.00"), paid_on=date(2026, 1, 3), months=january_to_june
        ),
    )

    booked = member_services.dues_book(through=Month(2026, 6), id_range=(household.pk, other.pk + 1), tables=tables)

    assert tables.paid  # the clerk's payment came between the booking's read and its insert
    assert booked == 6  # the other household's months; the clerk's stay as the clerk booked them
    dues = ContributionDue.objects.filter(household=household)
    assert dues.count() == 6 and all(due.settled_on == date(2026, 1, 3) for due in dues)
    assert ContributionDue.objects.filter(household=other, settled_on__isnull=True).count() == 6


@pytest.mark.django_db
def test_a_payment_recorded_between_planning_and_booking_does_not_skip_or_fail_the_chunk(table_2026, monkeypatch):
    from core.months import Month, month_range

    paying, owing, renting, rental = population()
    run = nightly.start(DAY)
    step_run = nightly.plan(run, nightly.steps()[0])
    # planned; now the owing household pays January–June at the desk while the chunk books its dues
    real_load, paid = member_selectors.Tables.load, []  # one payment (its own booking loads tables too)
    monkeypatch.setattr(
        member_selectors.Tables,
        "load",
        classmethod(
            lambda cls: ClerkPaysMeanwhile(
                real_load().by_start,
                paid=paid,
                pay=lambda: member_services.payment_record(
                    household=owing,
                    amount=Decimal("60.00"),
                    paid_on=DAY,
                    months=list(month_range(Month(2026, 1), Month(2026, 6))),
                ),
            )
        ),
    )
    [chunk_id] = nightly.pending_chunks(step_run)
    counts = nightly.execute_chunk(chunk_id, run.token)
    assert paid and "skipped" not in counts and not SkippedItem.objects.exists()
    assert HouseholdStatus.objects.get(household=owing).status == "entitled"  # paid late, but paid (Art. 8)


# --- the admin -----------------------------------------------------------------------------------------


@pytest.fixture
def eager_celery():
    """Tasks run in the request, as in the embedded mode (no Redis)."""
    from config.celery import app

    saved = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved


def resume(client, run):
    response = client.post(
        reverse("admin:core_jobrun_changelist"), {"action": "resume", "_selected_action": [run.pk]}, follow=True
    )
    assert response.status_code == 200
    return [(m.level_tag, str(m)) for m in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_admin_resume_shows_a_refusal_as_an_error_with_who_holds_the_lease_until_when(table_2026, client, make_user):
    failed = JobRun.objects.create(run_on=date(2026, 6, 9), started_at=timezone.now(), status=RunStatus.FAILED)
    busy = nightly.start(DAY, holder="worker-1")  # tonight's run is in progress
    client.force_login(make_user("manager"))

    [(level, text)] = resume(client, failed)

    assert level == "error" and "Not resumed (09/06/2026)" in text
    until = timezone.localtime(nightly.current_lease().expires_at)
    assert "10/06/2026" in text and "worker-1" in text and f"{until:%d/%m/%Y %H:%M:%S}" in text
    failed.refresh_from_db()
    assert failed.status == RunStatus.FAILED and failed.attempts == 1
    assert nightly.current_lease().token == busy.token


@pytest.mark.django_db
def test_admin_resume_of_a_dead_run_starts_it_at_once_after_its_lease_expired(
    table_2026, client, make_user, eager_celery, django_capture_on_commit_callbacks
):
    paying, owing, renting, rental = population()
    dead = nightly.start(DAY)  # its process died right after starting
    client.force_login(make_user("manager"))
    page = client.get(reverse("admin:core_jobrun_changelist")).content.decode()
    assert "held until" in page

    with time_machine.travel(timezone.now() + timedelta(seconds=nightly.lease_seconds() + 1), tick=False):
        assert "lost: the run stopped" in client.get(reverse("admin:core_jobrun_changelist")).content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            [(level, text)] = resume(client, dead)

    assert level == "success" and "Resumed (10/06/2026, attempt 2)" in text
    dead.refresh_from_db()
    assert dead.status == RunStatus.SUCCEEDED and dead.attempts == 2
    expect_results(paying, owing, renting, rental)


def test_the_visibility_timeout_is_above_every_time_limit_and_returns_a_lost_chunk_within_the_hour():
    from django.conf import settings

    from config.celery import app

    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert visibility <= 60 * 60
    app.loader.import_default_modules()
    for name, task in app.tasks.items():
        if not name.startswith("celery."):
            limit = task.time_limit or app.conf.task_time_limit
            assert limit and limit < visibility, name
    assert settings.NIGHTLY_LEASE_SECONDS <= 10 * 60


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


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_chunk_longer_than_the_lease_keeps_it_through_a_real_worker(real_worker, settings, monkeypatch):  # noqa: F811
    from core.tasks import nightly_start

    settings.NIGHTLY_LEASE_SECONDS = 1.5  # a heartbeat every 0.5 s
    working = threading.Event()

    def slow(day, first, last):
        working.set()
        time.sleep(4)  # well past the lease: only the heartbeat keeps it
        return {"slept": 1}

    monkeypatch.setattr(
        nightly,
        "steps",
        lambda: [nightly.Step("test.slow", "A chunk longer than the lease", ids=lambda: (1, 1), chunk=slow)],
    )
    assert nightly_start.delay(DAY.isoformat()).get(timeout=30).startswith("run")
    assert working.wait(20)
    time.sleep(2.5)  # the renewal at the chunk's start has expired by now

    assert nightly.start(date(2026, 6, 11)) is None  # the running chain still holds the lease
    lease = nightly.current_lease()
    assert lease.renewed_at - lease.acquired_at > timedelta(seconds=2)
    deadline = time.monotonic() + 30
    while JobRun.objects.get(run_on=DAY).status == RunStatus.RUNNING and time.monotonic() < deadline:
        time.sleep(0.2)
    run = JobRun.objects.get(run_on=DAY)
    assert run.status == RunStatus.SUCCEEDED and run.steps.get().counts == {"slept": 1}
    assert nightly.current_lease() is None and not JobRun.objects.filter(run_on=date(2026, 6, 11)).exists()
