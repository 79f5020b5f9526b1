"""The nightly recalculations (SPEC §6): an ordered chain of steps, each idempotent and resumable.

Each domain app declares its steps in ``<app>/nightly.py`` (``STEPS``); this module orders them,
records every run, step and chunk (``core.models``), holds a lock so that two runs never overlap,
and executes the work either synchronously (``manage.py run_nightly``, the embedded default) or
fanned out over Celery workers (``core.tasks``): both call the same functions below.

Work over the whole population is cut into id ranges (chunks). A chunk's work and the record that
it is done commit together, so a run that crashed resumes after its last finished chunk, and a run
that is started again changes nothing it already did.
"""

from __future__ import annotations

import logging
import time
import traceback
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from core.models import ChunkRun, JobRun, RunStatus, StepRun
from core.roles import app_modules

logger = logging.getLogger("nightly")

JOB = "nightly"
LOCK_SECONDS = 6 * 60 * 60


def chunk_size() -> int:
    return getattr(settings, "NIGHTLY_CHUNK_SIZE", 20_000)


@dataclass(frozen=True)
class Step:
    """One step of the chain.

    Either ``chunk`` (work on the id range [first, last) of ``ids()``) or ``once`` (a single unit of
    work); ``in_season`` says whether the step runs on a date (year-end steps run January–June).
    """

    position: int
    name: str
    label: str
    ids: Callable[[], tuple[int | None, int | None]] | None = None  # (min id, max id) of the population
    chunk: Callable[[date, int, int], dict] | None = None
    once: Callable[[date], dict] | None = None
    in_season: Callable[[date], bool] = lambda day: True


def steps() -> list[Step]:
    found = [step for _app, module in app_modules("nightly") for step in module.STEPS]
    return sorted(found, key=lambda s: s.position)


# --- the lock ---------------------------------------------------------------------------------------


def _lock_key(job: str) -> str:
    return f"lock:{job}"


def acquire_lock(job: str = JOB) -> str | None:
    """``SET NX EX`` on the cache (Redis in production): one run at a time, even across machines."""
    token = uuid.uuid4().hex
    return token if cache.add(_lock_key(job), token, LOCK_SECONDS) else None


def release_lock(job: str = JOB) -> None:
    cache.delete(_lock_key(job))


# --- runs ---------------------------------------------------------------------------------------------


def start(run_on: date, *, force: bool = False) -> JobRun | None:
    """Begin (or resume) the run for ``run_on``. Returns None, and logs it, when another run holds
    the lock. A finished run is left alone unless ``force`` (then every step is checked again)."""
    if acquire_lock() is None:
        logger.warning("nightly run for %s refused: another run is in progress", run_on)
        return None
    now = timezone.now()
    run, created = JobRun.objects.get_or_create(job=JOB, run_on=run_on, defaults={"started_at": now})
    if not created:
        if run.status == RunStatus.SUCCEEDED and not force:
            release_lock()
            return run
        run.status = RunStatus.RUNNING
        run.attempts += 1
        run.error = ""
        run.finished_at = None
        run.save(update_fields=["status", "attempts", "error", "finished_at"])
        if force:
            # checking everything again: chunks are idempotent, so they simply run once more
            ChunkRun.objects.filter(step__run=run).delete()
            run.steps.all().delete()
    logger.info("nightly run %s for %s started (attempt %s)", run.pk, run_on, run.attempts)
    return run


def plan(run: JobRun, step: Step) -> StepRun:
    """The step's record and its chunks (created once; kept when a run resumes)."""
    step_run, _ = StepRun.objects.get_or_create(
        run=run, name=step.name, defaults={"position": step.position, "started_at": timezone.now()}
    )
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


def execute_chunk(chunk_id: int) -> dict:
    """Do one chunk; its work and its "done" mark commit together (exactly once)."""
    chunk = ChunkRun.objects.select_related("step__run").get(pk=chunk_id)
    if chunk.status == RunStatus.SUCCEEDED:
        return chunk.counts
    step = _step(chunk.step.name)
    started = time.perf_counter()
    try:
        with transaction.atomic():
            counts = step.chunk(chunk.step.run.run_on, chunk.first_id, chunk.last_id) or {}
            ChunkRun.objects.filter(pk=chunk.pk).update(
                status=RunStatus.SUCCEEDED, counts=counts, error="", seconds=time.perf_counter() - started)
        return counts
    except Exception:
        ChunkRun.objects.filter(pk=chunk.pk).update(status=RunStatus.FAILED, error=traceback.format_exc()[-4000:])
        logger.exception("nightly chunk %s of %s failed", chunk.pk, chunk.step.name)
        raise


def execute_once(step_run: StepRun) -> dict:
    step = _step(step_run.name)
    day = step_run.run.run_on
    if not step.in_season(day):
        StepRun.objects.filter(pk=step_run.pk).update(status=RunStatus.SKIPPED, finished_at=timezone.now())
        return {}
    try:
        with transaction.atomic():
            counts = step.once(day) or {}
            StepRun.objects.filter(pk=step_run.pk).update(counts=counts)
        return counts
    except Exception:
        StepRun.objects.filter(pk=step_run.pk).update(status=RunStatus.FAILED, error=traceback.format_exc()[-4000:],
                                                      finished_at=timezone.now())
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


def finish_run(run: JobRun, *, failed_step: str = "") -> JobRun:
    run.status = RunStatus.FAILED if failed_step else RunStatus.SUCCEEDED
    run.error = f"step {failed_step} failed" if failed_step else ""
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "error", "finished_at"])
    release_lock()
    logger.info("nightly run %s for %s %s", run.pk, run.run_on, run.status)
    return run


def run_sync(run_on: date, *, force: bool = False) -> JobRun | None:
    """The whole chain in this process (``manage.py run_nightly``): same functions as the workers."""
    run = start(run_on, force=force)
    if run is None or run.status == RunStatus.SUCCEEDED:
        return run
    try:
        for step in steps():
            step_run = plan(run, step)
            if step_run.status in (RunStatus.SUCCEEDED, RunStatus.SKIPPED):
                continue
            if step.chunk is not None:
                for chunk_id in pending_chunks(step_run):
                    execute_chunk(chunk_id)
            else:
                execute_once(step_run)
            if not finish_step(step_run):
                return finish_run(run, failed_step=step.name)
        return finish_run(run)
    except Exception as exc:  # noqa: BLE001 - recorded on the run; the lock must be released
        run.error = f"{exc.__class__.__name__}: {exc}"
        run.status = RunStatus.FAILED
        run.finished_at = timezone.now()
        run.save(update_fields=["error", "status", "finished_at"])
        release_lock()
        raise


def _step(name: str) -> Step:
    return next(s for s in steps() if s.name == name)


def step_at(position_index: int) -> Step | None:
    ordered = steps()
    return ordered[position_index] if position_index < len(ordered) else None
