"""Celery tasks of the members app: ids and ISO dates in, a service call, counts out."""

from datetime import date

from celery import shared_task
from django.db import OperationalError

from core.months import Month
from members import services


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def book_dues(through: str, first_id: int, last_id: int) -> int:
    """Book the dues up to month ``through`` (YYYY-MM) for households ``first_id`` ≤ id < ``last_id``.
    Idempotent: a month is booked once."""
    return services.dues_book(through=Month.parse(through), id_range=(first_id, last_id))


@shared_task(acks_late=True, autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5)
def refresh_statuses(as_of: str, first_id: int, last_id: int) -> dict:
    """Materialise today's Art. 8 status for households ``first_id`` ≤ id < ``last_id``. Idempotent."""
    return services.statuses_refresh(as_of=date.fromisoformat(as_of), id_range=(first_id, last_id))
