"""Core reference data: the nightly schedule in the database (django-celery-beat), so managers see
and change it in the admin."""

from django.db import transaction

NIGHTLY_TASK = "core.tasks.nightly_start"
PURGE_TASK = "core.tasks.idempotency_keys_purge"


@transaction.atomic
def seed(stdout=None, seeder=None) -> None:
    # Not statute data: a schedule a manager changed is the schedule (get_or_create), never drift.
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    schedule, _ = CrontabSchedule.objects.get_or_create(
        minute="0", hour="2", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Brussels"
    )
    task, created = PeriodicTask.objects.get_or_create(
        name="Nightly recalculations",
        defaults={
            "task": NIGHTLY_TASK,
            "crontab": schedule,
            "enabled": True,
            "description": "SPEC §6: dues and entitlement, rent, claims, refunds.",
        },
    )
    if stdout:
        stdout.write(f"nightly schedule: {task.crontab} ({'created' if created else 'kept as the manager left it'})")
    hourly, _ = CrontabSchedule.objects.get_or_create(
        minute="17", hour="*", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Brussels"
    )
    PeriodicTask.objects.get_or_create(
        name="Purge expired idempotency keys",
        defaults={
            "task": PURGE_TASK,
            "crontab": hourly,
            "enabled": True,
            "description": "API retries: keys older than IDEMPOTENCY_KEY_TTL.",
        },
    )
