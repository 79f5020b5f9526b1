"""Bring a fund's former contribution ledger in (``members.legacy_ledger``): a dry run by default."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from members import legacy_ledger
from members.models import LegacyLedgerStatus


class Command(BaseCommand):
    help = (
        "Check a legacy contribution ledger (CSV or XLSX: household or national_number; month; amount; paid_on) "
        "and, with --apply, bring it into the dues ledger in one transaction (Art. 8 §2). Without --apply "
        "nothing of the ledger changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--apply", action="store_true", help="Apply the file when the check finds no error.")
        parser.add_argument("--user", help="Username recorded as having uploaded and applied the file.")

    def handle(self, *args, file: Path, apply: bool, user: str | None, **options):
        if not file.is_file():
            raise CommandError(f"{file} is not a file.")
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user {user!r}.")
        job = legacy_ledger.legacy_ledger_upload(file_name=file.name, content=file.read_bytes(), user=actor)
        self.stdout.write(
            f"import {job.pk}: {job.rows_total} rows, {job.months_new} months to add for "
            f"{job.households} households, {job.months_unchanged} already imported, "
            f"{job.error_count} errors"
        )
        for error in job.errors:
            self.stdout.write(f"  row {error['row']} {error['field']}: {error['message']}")
        if job.status != LegacyLedgerStatus.CHECKED:
            raise CommandError("Refused: nothing was imported. Correct the file and run again.")
        if not apply:
            self.stdout.write("Dry run: nothing was imported (add --apply).")
            return
        try:
            job = legacy_ledger.legacy_ledger_apply(job=job, user=actor)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        if job.status != LegacyLedgerStatus.APPLIED:
            raise CommandError(f"Refused under the locks: {job.error_count} errors; nothing was imported.")
        self.stdout.write(self.style.SUCCESS(f"Applied: {job.months_new} months for {job.households} households."))
