from importlib import import_module

from django.core.management.base import BaseCommand

from core.roles import DOMAIN_APPS, sync_roles


class Command(BaseCommand):
    help = (
        "Load the reference data of every app (contribution tables, benefit catalogue, lending price list, "
        "annual-report figures) and the role groups. Idempotent: safe to run again."
    )

    def handle(self, *args, **options):
        sync_roles()
        self.stdout.write("roles: " + ", ".join(sorted(__import__("core.roles", fromlist=["ROLES"]).ROLES)))
        for app in ("core", *DOMAIN_APPS):
            try:
                module = import_module(f"{app}.reference")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.reference":
                    raise
                continue
            module.seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("reference data loaded"))
