"""The nightly chain on Celery: each step fans its chunks out to the workers (a chord), and the
step's callback starts the next step. The functions doing the work are in ``core.nightly``."""

import logging
from datetime import date

from celery import chord, shared_task
from django.db import OperationalError
from django.utils import timezone

from core import nightly
from core.models import ChunkRun, JobRun, RunStatus, StepRun

logger = logging.getLogger("nightly")


@shared_task
def nightly_start(run_on: str | None = None, force: bool = False) -> str:
    """Beat calls this every night. A second start while a run holds the lock is refused."""
    day = date.fromisoformat(run_on) if run_on else timezone.localdate()
    run = nightly.start(day, force=force)
    if run is None:
        return "refused: another run is in progress"
    if run.status == RunStatus.SUCCEEDED:
        return f"run {run.pk} already succeeded"
    nightly_step.delay(run.pk, 0)
    return f"run {run.pk} started"


@shared_task
def nightly_step(run_id: int, index: int) -> str:
    run = JobRun.objects.get(pk=run_id)
    step = nightly.step_at(index)
    if step is None:
        nightly.finish_run(run)
        return "done"
    step_run = nightly.plan(run, step)
    if step_run.status in (RunStatus.SUCCEEDED, RunStatus.SKIPPED):
        nightly_step.delay(run_id, index + 1)
        return f"{step.name}: already done"
    if step.chunk is None:
        try:
            nightly.execute_once(step_run)
        except Exception:  # noqa: BLE001 - recorded on the step
            pass
        nightly_step_done.delay(step_run.pk, run_id, index)
        return f"{step.name}: once"
    pending = nightly.pending_chunks(step_run)
    if not pending:
        nightly_step_done.delay(step_run.pk, run_id, index)
        return f"{step.name}: no chunk left"
    chord(nightly_chunk.si(chunk_id) for chunk_id in pending)(nightly_step_done.si(step_run.pk, run_id, index))
    return f"{step.name}: {len(pending)} chunks"


@shared_task(bind=True, acks_late=True, max_retries=3)
def nightly_chunk(self, chunk_id: int) -> dict:
    """One id range. Idempotent (done chunks are skipped), so a redelivery is harmless. Transient
    database errors are retried with backoff; any other failure is recorded on the chunk."""
    try:
        return nightly.execute_chunk(chunk_id)
    except OperationalError as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=2 ** self.request.retries * 10) from exc
        return {"failed": 1}
    except Exception:  # noqa: BLE001 - recorded on the chunk; the step's callback sees it
        return {"failed": 1}


@shared_task
def nightly_step_done(step_run_id: int, run_id: int, index: int) -> str:
    step_run = StepRun.objects.get(pk=step_run_id)
    if nightly.finish_step(step_run):
        nightly_step.delay(run_id, index + 1)
        return f"{step_run.name}: succeeded"
    nightly.finish_run(JobRun.objects.get(pk=run_id), failed_step=step_run.name)
    return f"{step_run.name}: failed"


def chunk_count(run: JobRun) -> int:
    return ChunkRun.objects.filter(step__run=run).count()


@shared_task
def idempotency_keys_purge() -> int:
    """Hourly (beat): forget the API's Idempotency-Keys older than their time to live."""
    from core.idempotency import purge_expired

    return purge_expired()
