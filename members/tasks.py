"""Celery tasks of the members app: ids and ISO dates in, a service call, counts out."""

import contextlib
import logging
from datetime import date

from celery import shared_task
from django.db import OperationalError
from django.utils import translation

from core.months import Month
from members import bank_import, services

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def book_dues(through: str, first_id: int, last_id: int) -> int:
    """Book the dues up to month ``through`` (YYYY-MM) for households ``first_id`` ≤ id < ``last_id``.
    Idempotent: a month is booked once."""
    return services.dues_book(through=Month.parse(through), id_range=(first_id, last_id))


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def refresh_statuses(as_of: str, first_id: int, last_id: int) -> dict:
    """Materialise today's Art. 8 status for households ``first_id`` ≤ id < ``last_id``. Idempotent."""
    return services.statuses_refresh(as_of=date.fromisoformat(as_of), id_range=(first_id, last_id))


@shared_task(acks_late=True)
def bank_import_validate(job_id: int, language: str = "") -> str:
    """Check an uploaded bank statement (the dry run). Idempotent: a finished check is not redone."""
    return _bank_import_step(bank_import.validate, job_id, language, expected="validating")


@shared_task(acks_late=True)
def bank_import_apply(job_id: int, language: str = "") -> str:
    """Apply a checked bank statement, all or nothing. Idempotent: the import's row is locked and
    its status re-checked in the transaction that writes the payments."""
    return _bank_import_step(bank_import.apply, job_id, language, expected="applying")


def _bank_import_step(step, job_id: int, language: str, *, expected: str) -> str:
    try:
        with translation.override(language) if language else contextlib.nullcontext():
            return step(job_id=job_id)
    except Exception as exc:  # noqa: BLE001 - recorded on the import for the clerk, then logged
        logger.exception("bank statement import %s failed", job_id)
        bank_import.mark_failed(job_id=job_id, error=f"{type(exc).__name__}: {exc}", expected=expected)
        return "failed"
