"""``manage.py rights_scan [--date YYYY-MM-DD]``: the nightly step ``benefits.rights_scan`` (issue #17) run on
its own, in the nightly's chunks; the last line is ``findings new N, open M, closed K``. Run twice on the same
date, the second run finds nothing new."""

from datetime import date as date_type

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from benefits import worklist
from core import bounds, nightly


class Command(BaseCommand):
    help = "Find the rights members leave unclaimed (issue #17): findings new N, open M, closed K"

    def add_arguments(self, parser):
        parser.add_argument("--date", help="YYYY-MM-DD (default: today)")

    def handle(self, *args, date=None, **options):
        today = timezone.localdate()
        try:
            day = date_type.fromisoformat(date) if date else today
        except ValueError as exc:
            raise CommandError(f"--date: not a date (YYYY-MM-DD): {date}") from exc
        problem = bounds.year_problem(day.year, today=today)
        if problem:
            raise CommandError(f"--date: {problem}")
        counts = worklist.rights_scan(day=day, chunk=nightly.chunk_size())
        self.stdout.write(f"claimed {counts['claimed']}, expired {counts['expired']}")
        self.stdout.write(f"findings new {counts['new']}, open {counts['open']}, closed {counts['closed']}")
