"""The nightly chain on Celery: each step fans its chunks out to the workers (a chord), and the
step's callback starts the next step. The functions doing the work are in ``core.nightly``.

Every task of a chain carries the run's lease token and first renews the lease with it: a task of
a run that lost the lease (a redelivery after a manager resumed the run, or after another run
started) changes nothing and ends the old chain there.
"""

import logging
from datetime import date

from celery import chord, shared_task
from django.db import OperationalError
from django.utils import timezone

from core import nightly
from core.models import ChunkRun, JobRun, RunStatus, StepRun

logger = logging.getLogger("nightly")

# Chunks are minutes at most (20,000 households ≈ 4 s): these limits stop a stuck one well before
# the broker's visibility timeout (CELERY_BROKER_TRANSPORT_OPTIONS, 30 min) would hand it to a
# second worker while the first still runs it.
CHUNK_SOFT_TIME_LIMIT = 10 * 60
CHUNK_TIME_LIMIT = 12 * 60


def _stale(what: str) -> str:
    logger.warning("nightly %s: stale (the run no longer holds the lease); nothing done", what)
    return f"stale: {what} belongs to a run that no longer holds the lease"


def start_chain(run: JobRun) -> None:
    """Queue the chain of a run that ``nightly.start`` returned running."""
    nightly_step.delay(run.pk, 0, run.token)


@shared_task
def nightly_start(run_on: str | None = None, force: bool = False) -> str:
    """Beat calls this every night. A start while another run holds the lease is refused."""
    day = date.fromisoformat(run_on) if run_on else timezone.localdate()
    run = nightly.start(day, force=force, holder="nightly_start")
    if run is None:
        return f"refused: {nightly.refusal_reason()}"
    if run.status == RunStatus.SUCCEEDED:
        return f"run {run.pk} already succeeded"
    start_chain(run)
    return f"run {run.pk} started"


@shared_task
def nightly_step(run_id: int, index: int, token: str) -> str:
    if not nightly.renew_lease(token):
        return _stale(f"step {index} of run {run_id}")
    run = JobRun.objects.get(pk=run_id)
    step = nightly.step_at(index)
    if step is None:
        nightly.finish_run(run, token)
        return "done"
    step_run = nightly.plan(run, step)
    if step_run.status in (RunStatus.SUCCEEDED, RunStatus.SKIPPED):
        nightly_step.delay(run_id, index + 1, token)
        return f"{step.name}: already done"
    if step.chunk is None:
        try:
            nightly.execute_once(step_run, token)
        except nightly.LeaseLost:
            return _stale(f"step {step.name} of run {run_id}")
        except Exception:  # noqa: BLE001 - recorded on the step
            pass
        nightly_step_done.delay(step_run.pk, run_id, index, token)
        return f"{step.name}: once"
    pending = nightly.pending_chunks(step_run)
    if not pending:
        nightly_step_done.delay(step_run.pk, run_id, index, token)
        return f"{step.name}: no chunk left"
    chord(nightly_chunk.si(chunk_id, token) for chunk_id in pending)(
        nightly_step_done.si(step_run.pk, run_id, index, token)
    )
    return f"{step.name}: {len(pending)} chunks"


@shared_task(
    bind=True, acks_late=True, max_retries=3, soft_time_limit=CHUNK_SOFT_TIME_LIMIT, time_limit=CHUNK_TIME_LIMIT
)
def nightly_chunk(self, chunk_id: int, token: str) -> dict:
    """One id range. Idempotent (done chunks are skipped), so a redelivery is harmless; one that
    comes after its run lost the lease does nothing. Transient database errors are retried with
    backoff; any other failure is recorded on the chunk (bad items inside it are skipped there)."""
    try:
        return nightly.execute_chunk(chunk_id, token)
    except nightly.LeaseLost:
        _stale(f"chunk {chunk_id}")
        return {"stale": 1}
    except OperationalError as exc:
        if self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=2**self.request.retries * 10) from exc
        return {"failed": 1}
    except Exception:  # noqa: BLE001 - recorded on the chunk; the step's callback sees it
        return {"failed": 1}


@shared_task
def nightly_step_done(step_run_id: int, run_id: int, index: int, token: str) -> str:
    if not nightly.renew_lease(token):
        return _stale(f"end of step {index} of run {run_id}")
    step_run = StepRun.objects.get(pk=step_run_id)
    if nightly.finish_step(step_run):
        nightly_step.delay(run_id, index + 1, token)
        return f"{step_run.name}: succeeded"
    nightly.finish_run(JobRun.objects.get(pk=run_id), token, failed_step=step_run.name)
    return f"{step_run.name}: failed"


def chunk_count(run: JobRun) -> int:
    return ChunkRun.objects.filter(step__run=run).count()


@shared_task
def idempotency_keys_purge() -> int:
    """Hourly (beat): forget the API's Idempotency-Keys older than their time to live."""
    from core.idempotency import purge_expired

    return purge_expired()
