from django.core.management.base import BaseCommand

from core.roles import DOMAIN_APPS, ROLES, app_modules, sync_roles


class Command(BaseCommand):
    help = (
        "Load the reference data of every app (contribution tables, benefit catalogue, lending price list, "
        "annual-report figures) and the role groups. Idempotent: safe to run again."
    )

    def handle(self, *args, **options):
        sync_roles()
        self.stdout.write("roles: " + ", ".join(sorted(ROLES)))
        for _app, module in app_modules("reference", ("core", *DOMAIN_APPS)):
            module.seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("reference data loaded"))
