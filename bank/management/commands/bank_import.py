"""Import a bank statement file, CODA 2.x or camt.053 (issue #15, "Statements in").

    manage.py bank_import FILE [--dry-run] [--user NAME]

The format is recognised from the content. One line per entry (matched household, collection,
unmatched, duplicate, return, error), then ``entries N, matched M, unmatched U, duplicates D,
returns R``. ``--dry-run`` shows what would be done and stores nothing. Run again on the same file,
every entry is a duplicate and nothing is stored. The admin's import calls the same service
(``bank.statements.statement_import``).
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from bank.statements import statement_import


class Command(BaseCommand):
    help = (
        "Import a bank file — a CODA or camt.053 statement, a camt.054 notification or a pain.002 status report "
        "(rejections): one line per entry, then a summary line."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The CODA (.cod), camt.053, camt.054 or pain.002 (.xml) file.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be done; store nothing.")
        parser.add_argument("--user", help="Username recorded as having imported it.")

    def handle(self, *args, file: Path, dry_run: bool, user: str | None, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        actor = None
        if user:
            actor = get_user_model().objects.filter(username=user).first()
            if actor is None:
                raise CommandError(f"No user {user!r}.")
        try:
            report = statement_import(file_bytes=file.read_bytes(), file_name=file.name, user=actor, dry_run=dry_run)
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        for line in report.lines:
            self.stdout.write(line.text())
        self.stdout.write(report.summary)
