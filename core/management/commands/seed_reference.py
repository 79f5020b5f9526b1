from contextlib import nullcontext

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core import hooks
from core.roles import ROLES, sync_roles
from core.seeding import ALL, Seeder


class Command(BaseCommand):
    help = (
        "Load the reference data of every app (contribution tables, benefit catalogue, lending price list, "
        "annual-report figures) and the role groups. A row missing in the database is inserted; a seeded row "
        "that differs from the catalogue (a manager's edit) is reported and kept, unless --force names it. "
        "Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; report what differs or is missing and exit with status 1 when anything does "
            "(for CI and deployments).",
        )
        parser.add_argument(
            "--force",
            action="append",
            default=[],
            metavar="APP_OR_KEY",
            help="Overwrite the database's values with the catalogue's (audited) for an app (benefits, lending, "
            "members, reports), one row by the key the report prints (e.g. rule-version:transport@2020-01-01), "
            f"or '{ALL}'. Repeatable.",
        )
        parser.add_argument("--actor", metavar="USERNAME", help="The user the audit trail names for forced overwrites.")

    def handle(self, *args, check=False, force=(), actor=None, **options):
        if check and force:
            raise CommandError("--check writes nothing; it cannot be combined with --force.")
        user = None
        if actor:
            user = get_user_model().objects.filter(username=actor).first()
            if user is None:
                raise CommandError(f"--actor: no user {actor!r}.")
        seeders: list[Seeder] = []
        with transaction.atomic():
            sync_roles()
            self.stdout.write("roles: " + ", ".join(sorted(ROLES)))
            from auditlog.context import set_actor

            with set_actor(user) if user else nullcontext():
                for app, seed in hooks.reference_seeders():  # core first, then INSTALLED_APPS order
                    seeder = Seeder(app, force=frozenset(force), actor=user, dry_run=check)
                    seed(stdout=self.stdout, seeder=seeder)
                    seeders.append(seeder)
            self._check_force_targets(force, seeders)
            if check:
                transaction.set_rollback(True)  # a dry run: what would be inserted is reported, not kept
        drift = [d for s in seeders for d in s.drift]
        missing = [k for s in seeders for k in s.inserted]
        if check:
            if drift or missing:
                raise CommandError(
                    f"the database differs from the catalogue: {len({d.key for d in drift})} rows differ, "
                    f"{len(missing)} missing (nothing was written). Run seed_reference to insert what is missing; "
                    "--force APP_OR_KEY to take the catalogue's value where a row differs.",
                    returncode=1,
                )
            self.stdout.write(self.style.SUCCESS("reference data: the database agrees with the catalogue"))
            return
        if drift:
            self.stdout.write(
                self.style.WARNING(
                    f"{len({d.key for d in drift})} seeded rows differ from the catalogue and were kept as in the database "
                    "(lines DIFFERS above). If the catalogue is right: seed_reference --force <key or app>."
                )
            )
        self.stdout.write(self.style.SUCCESS("reference data loaded"))

    @staticmethod
    def _check_force_targets(force, seeders):
        known = {ALL} | {s.app for s in seeders} | {k for s in seeders for k in s.keys}
        unknown = [target for target in force if target not in known]
        if unknown:  # inside the transaction: nothing is kept
            raise CommandError(f"--force: no app or seeded row {', '.join(map(repr, unknown))} (nothing was written).")
