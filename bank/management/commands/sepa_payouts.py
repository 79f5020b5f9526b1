"""Pay an approved claims batch (or a year's Art. 54 refunds) by SEPA credit transfer: the pain.001 file (issue #15).

    manage.py sepa_payouts --batch 12 --out /srv/bank/outgoing
    manage.py sepa_payouts --kind max_invoice --year 2025 --out /srv/bank/outgoing

Prints the file's path, then ``N transfers, total €X``. Run again while the bank has not answered,
it writes the same file again. The claims (refunds) are paid when the bank's statement shows them.
"""

from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from bank import payouts


class Command(BaseCommand):
    help = (
        "Write the pain.001.001.09 file (SEPA credit transfer) of an approved claims batch (--batch), or of a "
        "year's maximum-invoice refunds or alarm subsidies (--kind, --year), into --out; prints its path."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, help="The approved payment batch's id.")
        parser.add_argument("--kind", choices=["max_invoice", "alarm"], help="A year's Art. 54 refunds instead.")
        parser.add_argument("--year", type=int, help="With --kind: the year the refunds are for.")
        parser.add_argument("--out", required=True, type=Path, help="Directory the file is written to.")
        parser.add_argument("--execution-date", help="YYYY-MM-DD (default: today).")
        parser.add_argument("--user", help="Username recorded as having made the file.")

    def handle(self, *args, batch, kind, year, out: Path, execution_date, user, **options):
        if (batch is None) == (kind is None):
            raise CommandError("Give --batch ID, or --kind max_invoice|alarm with --year Y.")
        if kind and year is None:
            raise CommandError("--kind needs --year.")
        if not out.is_dir():
            raise CommandError(f"--out: {out} is not a directory.")
        try:
            day = date.fromisoformat(execution_date) if execution_date else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--execution-date: not a date (YYYY-MM-DD): {execution_date!r}") from exc
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user {user!r}.")
        try:
            payout_file = payouts.payout_file_create(
                kind=kind or "claims_batch", source_id=batch if kind is None else year, execution_date=day, user=actor
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        target = out / payout_file.file_name
        target.write_text(payout_file.xml, encoding="utf-8")
        payouts.payout_file_mark_sent(payout_file=payout_file, user=actor)
        self.stdout.write(str(target))
        self.stdout.write(f"{payout_file.transfer_count} transfers, total €{payout_file.total}")
