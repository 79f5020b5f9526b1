"""Move the years of the dues ledger past prescription into the archive (``members.partitions``).

    manage.py dues_archive --before-year 2020 [--dry-run] [--user NAME] [--today YYYY-MM-DD]

Art. 8 §2: a contribution claim prescribes five years after the end of its month; a year is archived
only when all its months have. PostgreSQL with the partitioned ledger only (README, "Archive policy").
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from members import partitions


class Command(BaseCommand):
    help = (
        "Move every year of the dues ledger before --before-year out of the live ledger into the "
        "dues_archive schema (kept and queryable), keeping live the months the law still needs (Art. 8 §2)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--before-year", type=int, required=True, help="Archive the years before this one.")
        parser.add_argument("--dry-run", action="store_true", help="Count what would move; change nothing.")
        parser.add_argument("--user", help="Username recorded as having archived.")
        parser.add_argument(
            "--today", type=date.fromisoformat, help="The day prescription is judged on (default today)."
        )

    def handle(self, *args, before_year: int, dry_run: bool, user: str | None, today: date | None, **options):
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user {user!r}.")
        try:
            results = partitions.dues_archive(
                before_year=before_year, today=today or timezone.localdate(), user=actor, dry_run=dry_run
            )
        except partitions.ArchiveRefused as exc:
            raise CommandError(str(exc)) from exc
        if not results:
            self.stdout.write(f"Nothing to archive before {before_year}.")
        for r in results:
            if r.already:
                self.stdout.write(f"{r.year}: already archived.")
                continue
            kept = ", ".join(f"{reason} {count:,}" for reason, count in r.kept.items())
            verb = "would move" if dry_run else "moved"
            self.stdout.write(
                f"{r.year}: {verb} {r.archived:,} of {r.rows:,} months to {r.table}; "
                f"{r.kept_total:,} kept live ({kept})."
            )
