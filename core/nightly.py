"""The nightly recalculations (SPEC §6): an ordered chain of steps, each idempotent and resumable.

Each app declares its steps in ``<app>/nightly.py`` and registers them in its ``hooks.py``
(``core.hooks.register_nightly_step``); ``NIGHTLY_ORDER`` below orders them, written once. This module
records every run, step and chunk (``core.models``), holds a lease so that two runs never overlap,
and executes the work either synchronously (``manage.py run_nightly``, the embedded default) or
fanned out over Celery workers (``core.tasks``): both call the same functions below.

Work over the population is cut into id ranges (chunks). A chunk's work and the record that
it is done commit together, so a run that crashed resumes after its last finished chunk, and a run
that is started again changes nothing it already did. An item of a chunk (a household, a rental)
whose data makes the work raise is recorded (``SkippedItem``) and the chunk's other items go on.

The lease (``core.models.Lease``, one row per job in the database): a run takes it when it is free
or expired, every step and chunk renews it (a heartbeat thread renews it during long work), and
only its own token renews or releases it. A run whose process died stops renewing it and loses it
after ``NIGHTLY_LEASE_SECONDS`` (minutes), so a manager can resume it then. Work that arrives with
a token that no longer holds the lease (a late redelivery) changes nothing. A database row rather
than a Redis key: the same mechanism in the embedded mode (SQLite, a per-process cache that other
processes do not see) and on Redis deployments, atomic by a conditional UPDATE on both databases,
readable by the admin (who holds it, until when), and renewed outside the chunks' transactions.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, InterfaceError, OperationalError, connections, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core import hooks
from core.models import ChunkRun, JobRun, Lease, RunStatus, SkippedItem, StepRun

logger = logging.getLogger("nightly")

JOB = "nightly"

#: The chain's order, written once (issue #14): the name of every step an app registers
#: (``core.hooks.register_nightly_step``), and no other. The system check ``core.E001``–``E003``
#: (``core/checks.py``) reports a registered step missing here and a listed step nobody registers.
NIGHTLY_ORDER = [
    # SPEC §6 step 1: the month's dues, then every household's entitlement (Art. 8), which the
    # steps after it read
    "members.dues_and_status",
    # issue #15: the reminders before suspension, from the statuses just written (Art. 8 §2 1°, §3)
    "members.arrears_reminders",
    "lending.rent",  # step 2: rent of running contracts, overdue returns
    "benefits.deadlines_and_batch",  # step 3: Art. 42.4 deadlines, the next payment batch
    # step 4, in season: Art. 54 refunds and alarm subsidies of the previous year
    "lending.max_invoice",
    "lending.alarm_subsidies",
    "bank.mandates_expire",  # direct-debit mandates unused for 36 months (issue #15)
    "benefits.rights_scan",  # issue #17: rights nobody claims, after the night's statuses and refunds
    "reports.snapshots",  # step 5: the report figures, after the night's changes
    "core.access_log_purge",  # the read-access log's retention
    # issue #18: next year's partition of the dues ledger, a year before the booking writes into it
    # (the first night of a year finds it made; a month without one lands in the DEFAULT partition)
    "members.dues_partitions",
]


def chunk_size() -> int:
    return getattr(settings, "NIGHTLY_CHUNK_SIZE", 20_000)


def lease_seconds() -> float:
    """How long a run keeps the lease without renewing it (a dead run loses it after this)."""
    return getattr(settings, "NIGHTLY_LEASE_SECONDS", 5 * 60)


def skip_limit() -> int:
    """Bad items a chunk records and skips; beyond this it is a fault, not bad data: the chunk fails."""
    return getattr(settings, "NIGHTLY_SKIP_LIMIT", 100)


@dataclass(frozen=True)
class Step:
    """One step of the chain.

    Either ``chunk`` (work on the id range [first, last) of ``ids()``) or ``once`` (a single unit of
    work); ``in_season`` says whether the step runs on a date (year-end steps run January–June).
    ``unit`` names the model whose ids the chunks range over (``"members.household"``): an item
    that fails is recorded under it, and the admin links to it. Its place in the chain is its
    ``name``'s in ``NIGHTLY_ORDER``.
    """

    name: str
    label: str
    ids: Callable[[], tuple[int | None, int | None]] | None = None  # (min id, max id) of the population
    chunk: Callable[[date, int, int], dict] | None = None
    once: Callable[[date], dict] | None = None
    in_season: Callable[[date], bool] = lambda day: True
    unit: str = ""


@dataclass(frozen=True)
class OrderProblem:
    """A disagreement between the registered steps and ``NIGHTLY_ORDER`` (``kind``: ``"unlisted"``,
    ``"unregistered"`` or ``"twice"``)."""

    name: str
    kind: str
    message: str


def order_problems(registered, order=None) -> list[OrderProblem]:
    """Every registered step not in ``order`` (``NIGHTLY_ORDER``), every listed step that is not
    registered, and every step listed twice."""
    order = NIGHTLY_ORDER if order is None else order
    problems = [
        OrderProblem(
            name,
            "unlisted",
            f"nightly step {name!r} ({hooks.NIGHTLY.owner(name)}) is registered but not in NIGHTLY_ORDER",
        )
        for name in registered
        if name not in order
    ]
    problems += [
        OrderProblem(name, "unregistered", f"nightly step {name!r} is in NIGHTLY_ORDER but no app registers it")
        for name in order
        if name not in registered
    ]
    seen: set[str] = set()
    for name in order:
        if name in seen:
            problems.append(OrderProblem(name, "twice", f"nightly step {name!r} is listed twice in NIGHTLY_ORDER"))
        seen.add(name)
    return problems


def steps() -> list[Step]:
    """The registered steps in ``NIGHTLY_ORDER``. A step registered and not listed, or listed and not
    registered, stops the chain: the system check reports it at startup, but a Celery worker runs no
    checks, and a step silently left out of the chain is the fault to avoid."""
    registered = hooks.nightly_steps()
    problems = order_problems(registered)
    if problems:
        raise ImproperlyConfigured("; ".join(problem.message for problem in problems))
    return [registered[name] for name in NIGHTLY_ORDER]


def position_of(step: Step) -> int:
    """The step's place in the chain (``steps()``, in ``NIGHTLY_ORDER``), from 1: ``StepRun.position``, by
    which the admin and run_nightly list a run's steps."""
    return next(place for place, known in enumerate(steps(), 1) if known.name == step.name)


def _access_log_purge(day: date) -> dict:
    from core.privacy import access_log_purge

    return access_log_purge()


#: Core's own step (registered by ``core.hooks.register_core_hooks``): the read-access log's retention.
ACCESS_LOG_PURGE = Step(
    "core.access_log_purge", "Purge the read-access log past ACCESS_LOG_RETENTION_DAYS", once=_access_log_purge
)


# --- the lease --------------------------------------------------------------------------------------


class LeaseLost(Exception):
    """The token no longer holds the lease (another run took it after it expired): the work that
    carries it is stale and must change nothing."""


def _holder(who: str = "") -> str:
    here = f"{socket.gethostname()}:{os.getpid()}"
    return (f"{who} ({here})" if who else here)[:200]


def acquire_lease(job: str = JOB, *, holder: str = "") -> str | None:
    """Take the job's lease if it is free or expired; its token, or None when a run holds it.

    One conditional UPDATE (or the first INSERT): two starts at once cannot both get it, on
    PostgreSQL (the second UPDATE re-checks the row the first one wrote) as on SQLite.
    """
    token = uuid.uuid4().hex
    now = timezone.now()
    values = {
        "token": token,
        "holder": _holder(holder),
        "acquired_at": now,
        "renewed_at": now,
        "expires_at": now + timedelta(seconds=lease_seconds()),
        "run": None,
    }
    free = Q(token="") | Q(expires_at__isnull=True) | Q(expires_at__lte=now)
    if Lease.objects.filter(job=job).filter(free).update(**values):
        return token
    if Lease.objects.filter(job=job).exists():
        return None
    try:
        with transaction.atomic():
            Lease.objects.create(job=job, **values)
    except IntegrityError:  # another start created it a moment ago
        return None
    return token


def renew_lease(token: str, job: str = JOB) -> bool:
    """Extend the lease, only with its own token. Also after it expired, as long as no other run
    took it meanwhile (a chain held up in a queue goes on). False: the lease is someone else's."""
    if not token:
        return False
    now = timezone.now()
    return bool(
        Lease.objects.filter(job=job, token=token).update(
            renewed_at=now, expires_at=now + timedelta(seconds=lease_seconds())
        )
    )


def holds_lease(token: str, job: str = JOB) -> bool:
    return bool(token) and Lease.objects.filter(job=job, token=token).exists()


def release_lease(token: str, job: str = JOB) -> bool:
    """Give the lease up, only with its own token: a late redelivery of an older run's work
    leaves the lease of the run that holds it now alone. Returns whether it was ours."""
    if not token:
        return False
    return bool(Lease.objects.filter(job=job, token=token).update(token="", expires_at=timezone.now()))


def current_lease(job: str = JOB) -> Lease | None:
    """The lease while a run holds it (taken and not expired), else None."""
    return Lease.objects.select_related("run").filter(job=job, expires_at__gt=timezone.now()).exclude(token="").first()


def refusal_reason(job: str = JOB) -> str:
    """Why a start is refused right now, for the manager: who holds the lease, until when."""
    lease = current_lease(job)
    if lease is None:
        return _("the previous run released the lease a moment ago: try again.")
    until = date_format(timezone.localtime(lease.expires_at), "d/m/Y H:i:s")
    renewed = date_format(timezone.localtime(lease.renewed_at), "H:i:s")
    if lease.run_id:
        what = _("the run for %(day)s (attempt %(attempt)s)") % {
            "day": date_format(lease.run.run_on, "d/m/Y"),
            "attempt": lease.run.attempts,
        }
    else:
        what = _("a run that is starting")
    return _(
        "%(what)s holds the lease (%(holder)s, last renewed at %(renewed)s) until %(until)s. "
        "A run that stopped loses it then and can be resumed."
    ) % {"what": what, "holder": lease.holder, "renewed": renewed, "until": until}


class Heartbeat:
    """Renews the lease from a thread, every third of its duration, while long work runs here.

    The thread has its own database connection, so each renewal commits at once, outside the
    chunk's transaction (which must not hold the lease row for minutes).
    """

    def __init__(self, token: str, job: str = JOB):
        self.token, self.job = token, job
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lease-{job}", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> bool:
        self._stop.set()
        self._thread.join()
        return False

    def _beat(self) -> None:
        try:
            while not self._stop.wait(lease_seconds() / 3):
                try:
                    if not renew_lease(self.token, self.job):
                        logger.error("nightly lease lost: another run holds it; this work will not commit")
                        return
                except Exception:  # noqa: BLE001 - a failed renewal is retried at the next beat
                    logger.exception("nightly lease renewal failed")
        finally:
            connections.close_all()  # this thread's connections only


# --- runs ---------------------------------------------------------------------------------------------


def start(run_on: date, *, force: bool = False, holder: str = "") -> JobRun | None:
    """Begin (or resume) the run for ``run_on``. Returns None, and logs why, when another run holds
    the lease (``refusal_reason`` says who and until when). A finished run is left alone unless
    ``force`` (then every step is checked again). The run's ``token`` is its lease: pass it on to
    every step and chunk of its chain."""
    token = acquire_lease(holder=holder)
    if token is None:
        logger.warning("nightly run for %s refused: %s", run_on, refusal_reason())
        return None
    try:
        now = timezone.now()
        run, created = JobRun.objects.get_or_create(
            job=JOB, run_on=run_on, defaults={"started_at": now, "token": token}
        )
        if not created:
            if run.status == RunStatus.SUCCEEDED and not force:
                release_lease(token)
                return run
            run.status = RunStatus.RUNNING
            run.attempts += 1
            run.error = ""
            run.finished_at = None
            run.token = token  # the previous attempt's chain, if it still has work queued, is stale now
            run.save(update_fields=["status", "attempts", "error", "finished_at", "token"])
            if force:
                # checking everything again: chunks are idempotent, so they simply run once more
                ChunkRun.objects.filter(step__run=run).delete()
                run.steps.all().delete()
        Lease.objects.filter(job=JOB, token=token).update(run=run)
    except BaseException:
        release_lease(token)
        raise
    logger.info("nightly run %s for %s started (attempt %s)", run.pk, run_on, run.attempts)
    return run


def plan(run: JobRun, step: Step) -> StepRun:
    """The step's record and its chunks (created once; kept when a run resumes)."""
    step_run, _created = StepRun.objects.get_or_create(
        run=run, name=step.name, defaults={"position": position_of(step), "started_at": timezone.now()}
    )
    if step_run.status == RunStatus.FAILED:  # resumed: its failed chunks (or its once-work) run again
        step_run.status, step_run.error, step_run.finished_at = RunStatus.RUNNING, "", None
        step_run.save(update_fields=["status", "error", "finished_at"])
    if step.chunk is not None and not step_run.chunks.exists():
        low, high = step.ids()
        if low is not None:
            size = chunk_size()
            ChunkRun.objects.bulk_create(
                [ChunkRun(step=step_run, first_id=first, last_id=first + size) for first in range(low, high + 1, size)]
            )
        step_run.chunks_total = step_run.chunks.count()
        step_run.save(update_fields=["chunks_total"])
    return step_run


def pending_chunks(step_run: StepRun) -> list[int]:
    return list(step_run.chunks.exclude(status=RunStatus.SUCCEEDED).values_list("pk", flat=True))


# --- a chunk, and the bad items in it -------------------------------------------------------------------


class TooManySkipped(Exception):
    """More items failed than ``NIGHTLY_SKIP_LIMIT``: a fault of the code or the system, not bad data."""


def _not_about_an_item() -> tuple[type[BaseException], ...]:
    """Failures that no item causes: the database went away, the lease was lost, the time limit."""
    kinds: tuple[type[BaseException], ...] = (OperationalError, InterfaceError, LeaseLost, TooManySkipped)
    try:
        from billiard.exceptions import SoftTimeLimitExceeded
    except ImportError:  # pragma: no cover - billiard comes with Celery
        return kinds
    return (*kinds, SoftTimeLimitExceeded)


@dataclass(frozen=True)
class Skip:
    item_id: int
    error: str
    traceback: str


def _add(totals: dict, counts: dict) -> dict:
    for key, value in counts.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            totals[key] = totals.get(key, 0) + value
        else:
            totals[key] = value
    return totals


def run_isolating(
    work: Callable[[int, int], dict], first: int, last: int, skipped: list[Skip], *, limit: int | None = None
) -> dict:
    """``work(first, last)`` in a savepoint; its counts. When it raises because of an item, the
    range is halved and each half done on its own, down to single ids: the bad items are appended
    to ``skipped`` and everything else commits.

    The set-based path is unchanged when nothing fails (one savepoint more); one bad item among
    20,000 costs about three passes over the chunk. Failures no item causes are raised at once,
    and more than ``limit`` bad items raise ``TooManySkipped`` (the chunk fails as a whole).
    """
    limit = skip_limit() if limit is None else limit
    try:
        with transaction.atomic():
            return dict(work(first, last) or {})
    except _not_about_an_item():
        raise
    except Exception as exc:
        if last - first <= 1:
            skipped.append(Skip(first, f"{exc.__class__.__name__}: {exc}"[:500], traceback.format_exc()[-4000:]))
            if len(skipped) > limit:
                raise TooManySkipped(
                    f"more than {limit} items failed in ids [{first}, {last}): a fault, not bad data; "
                    f"first: {skipped[0].error}"
                ) from exc
            return {}
        middle = (first + last) // 2
        counts = run_isolating(work, first, middle, skipped, limit=limit)
        return _add(counts, run_isolating(work, middle, last, skipped, limit=limit))


def execute_chunk(chunk_id: int, token: str) -> dict:
    """Do one chunk; its work, its bad items and its "done" mark commit together (exactly once).

    Raises ``LeaseLost`` (and changes nothing) when ``token`` no longer holds the lease.
    """
    chunk = ChunkRun.objects.select_related("step__run").get(pk=chunk_id)
    if chunk.status == RunStatus.SUCCEEDED:
        return chunk.counts
    if not renew_lease(token):
        raise LeaseLost(f"chunk {chunk.pk}: the lease is held by another run")
    step = _step(chunk.step.name)
    run = chunk.step.run
    started = time.perf_counter()
    skipped: list[Skip] = []
    try:
        with Heartbeat(token), transaction.atomic():
            counts = run_isolating(
                lambda first, last: step.chunk(run.run_on, first, last), chunk.first_id, chunk.last_id, skipped
            )
            if skipped:
                counts["skipped"] = len(skipped)
                SkippedItem.objects.bulk_create(
                    [
                        SkippedItem(
                            run=run,
                            chunk=chunk,
                            step=step.name,
                            unit=step.unit,
                            item_id=skip.item_id,
                            error=skip.error,
                            traceback=skip.traceback,
                        )
                        for skip in skipped
                    ]
                )
            if not holds_lease(token):
                raise LeaseLost(f"chunk {chunk.pk}: the lease was taken by another run during the work")
            ChunkRun.objects.filter(pk=chunk.pk).update(
                status=RunStatus.SUCCEEDED, counts=counts, error="", seconds=time.perf_counter() - started
            )
    except LeaseLost:
        logger.warning("nightly chunk %s of %s not committed: its run lost the lease", chunk.pk, step.name)
        raise
    except Exception:
        ChunkRun.objects.filter(pk=chunk.pk).exclude(status=RunStatus.SUCCEEDED).update(
            status=RunStatus.FAILED, error=traceback.format_exc()[-4000:]
        )
        logger.exception("nightly chunk %s of %s failed", chunk.pk, step.name)
        raise
    for skip in skipped:
        logger.warning("nightly %s: %s %s skipped: %s", step.name, step.unit or "item", skip.item_id, skip.error)
    return counts


def execute_once(step_run: StepRun, token: str) -> dict:
    step = _step(step_run.name)
    day = step_run.run.run_on
    if not renew_lease(token):
        raise LeaseLost(f"step {step.name}: the lease is held by another run")
    if not step.in_season(day):
        StepRun.objects.filter(pk=step_run.pk).update(status=RunStatus.SKIPPED, finished_at=timezone.now())
        return {}
    try:
        with Heartbeat(token), transaction.atomic():
            counts = step.once(day) or {}
            if not holds_lease(token):
                raise LeaseLost(f"step {step.name}: the lease was taken by another run during the work")
            StepRun.objects.filter(pk=step_run.pk).update(counts=counts)
        return counts
    except LeaseLost:
        logger.warning("nightly step %s not committed: its run lost the lease", step.name)
        raise
    except Exception:
        StepRun.objects.filter(pk=step_run.pk).update(
            status=RunStatus.FAILED, error=traceback.format_exc()[-4000:], finished_at=timezone.now()
        )
        logger.exception("nightly step %s failed", step_run.name)
        raise


def finish_step(step_run: StepRun) -> bool:
    """Sum the chunks' counts; succeeded when every chunk did. Returns whether it succeeded."""
    step_run.refresh_from_db()
    if step_run.status in (RunStatus.FAILED, RunStatus.SKIPPED):
        return step_run.status == RunStatus.SKIPPED
    if step_run.chunks_total:
        totals: dict[str, int] = {}
        for counts in step_run.chunks.values_list("counts", flat=True):
            for key, value in (counts or {}).items():
                if isinstance(value, (int, float)):
                    totals[key] = totals.get(key, 0) + value
        failed = step_run.chunks.exclude(status=RunStatus.SUCCEEDED).count()
        step_run.counts = totals
        step_run.status = RunStatus.FAILED if failed else RunStatus.SUCCEEDED
        step_run.error = f"{failed} chunk(s) failed" if failed else ""
    else:
        step_run.status = RunStatus.SUCCEEDED
    step_run.finished_at = timezone.now()
    step_run.save(update_fields=["counts", "status", "error", "finished_at"])
    return step_run.status == RunStatus.SUCCEEDED


def finish_run(run: JobRun, token: str, *, failed_step: str = "", error: str = "") -> JobRun:
    """Record the run's outcome and release the lease, only when ``token`` is the run's current
    attempt and still holds the lease; otherwise (a late redelivery) change nothing."""
    failed = bool(failed_step or error)
    if not holds_lease(token):
        logger.warning(
            "nightly run %s: a stale attempt tried to finish it; left to the run that holds the lease", run.pk
        )
        run.refresh_from_db()
        return run
    values = {
        "status": RunStatus.FAILED if failed else RunStatus.SUCCEEDED,
        "error": error or (f"step {failed_step} failed" if failed_step else ""),
        "finished_at": timezone.now(),
    }
    JobRun.objects.filter(pk=run.pk, token=token).update(**values)
    release_lease(token)
    run.refresh_from_db()
    skipped = run.skipped.count()
    logger.info("nightly run %s for %s %s (%s item(s) skipped)", run.pk, run.run_on, run.status, skipped)
    return run


def run_sync(run_on: date, *, force: bool = False, holder: str = "run_nightly") -> JobRun | None:
    """The whole chain in this process (``manage.py run_nightly``): same functions as the workers."""
    run = start(run_on, force=force, holder=holder)
    if run is None or run.status == RunStatus.SUCCEEDED:
        return run
    token = run.token
    try:
        for step in steps():
            step_run = plan(run, step)
            if step_run.status in (RunStatus.SUCCEEDED, RunStatus.SKIPPED):
                continue
            if step.chunk is not None:
                for chunk_id in pending_chunks(step_run):
                    execute_chunk(chunk_id, token)
            else:
                execute_once(step_run, token)
            if not finish_step(step_run):
                return finish_run(run, token, failed_step=step.name)
        return finish_run(run, token)
    except LeaseLost:
        raise  # another run took over: this one changes nothing more
    except Exception as exc:  # noqa: BLE001 - recorded on the run; the lease must be released
        finish_run(run, token, error=f"{exc.__class__.__name__}: {exc}")
        raise


def _step(name: str) -> Step:
    return next(s for s in steps() if s.name == name)


def step_at(position_index: int) -> Step | None:
    ordered = steps()
    return ordered[position_index] if position_index < len(ordered) else None
