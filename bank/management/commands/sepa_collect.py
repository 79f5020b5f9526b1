"""Collect the contributions due on a date by SEPA direct debit: the pain.008 file(s) (issue #15).

    manage.py sepa_collect --collection-date 2026-12-15 --out /srv/bank/outgoing

Prints each file's path on its own line, then ``collected N dues, M mandates, total €X``. Run twice
for the same date, the second run collects nothing (the months are in the first run's collection).
The files are also kept in the database (admin → direct debit collections) and can be written again
with ``--rewrite``.
"""

from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from bank import selectors, services


class Command(BaseCommand):
    help = (
        "Write the pain.008.001.08 file for what is due and collectable on --collection-date (SEPA Core direct "
        "debit of the contributions) into --out; prints each file's path and a summary line."
    )

    def add_arguments(self, parser):
        parser.add_argument("--collection-date", required=True, help="YYYY-MM-DD: a TARGET2 business day.")
        parser.add_argument("--out", required=True, type=Path, help="Directory the file(s) are written to.")
        parser.add_argument("--user", help="Username recorded as having made the run.")
        parser.add_argument(
            "--rewrite", action="store_true", help="Also write again the files already made for that date."
        )

    def handle(self, *args, collection_date: str, out: Path, user: str | None, rewrite: bool, **options):
        try:
            day = date.fromisoformat(collection_date)
        except ValueError as exc:
            raise CommandError(f"--collection-date: not a date (YYYY-MM-DD): {collection_date!r}") from exc
        if not out.is_dir():
            raise CommandError(f"--out: {out} is not a directory.")
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user {user!r}.")
        try:
            result = services.collection_run_create(collection_date=day, today=timezone.localdate(), user=actor)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        made = {run.pk for run in result.runs}
        runs = list(selectors.runs_on(day)) if rewrite else list(result.runs)
        for run in runs:
            if run.pk not in made:
                run.refresh_from_db(fields=["xml"])
            target = out / run.file_name
            target.write_text(run.xml if run.xml else "", encoding="utf-8")
            self.stdout.write(str(target))
        self.stdout.write(f"collected {result.dues} dues, {result.mandates} mandates, total €{result.total}")
