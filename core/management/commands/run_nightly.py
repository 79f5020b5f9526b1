from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core import nightly


class Command(BaseCommand):
    help = "Run the nightly recalculations now, synchronously (the same steps the Celery workers run)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="YYYY-MM-DD (default: today)")
        parser.add_argument("--force", action="store_true", help="check every step again even if the run succeeded")

    def handle(self, *args, date=None, force=False, **options):
        from datetime import date as date_type

        try:
            day = date_type.fromisoformat(date) if date else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--date: not a date (YYYY-MM-DD): {date}") from exc
        try:
            run = nightly.run_sync(day, force=force)
        except nightly.LeaseLost as exc:
            raise CommandError(f"stopped: this run lost its lease to another run ({exc}); that run goes on") from exc
        if run is None:
            raise CommandError(f"refused: {nightly.refusal_reason()}")
        for step in run.steps.order_by("position"):
            self.stdout.write(f"{step.position:>3} {step.name:<32} {step.get_status_display():<12} {step.counts}")
        self.stdout.write(f"run {run.pk} for {run.run_on}: {run.get_status_display()}")
        for skipped in run.skipped.all():
            self.stdout.write(f"skipped: {skipped.step} {skipped.unit or 'id'} {skipped.item_id}: {skipped.error}")
        if run.status == "failed":
            raise CommandError(run.error)
