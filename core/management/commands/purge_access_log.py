from django.core.management.base import BaseCommand

from core.privacy import access_log_purge


class Command(BaseCommand):
    help = "Delete read-access log rows older than ACCESS_LOG_RETENTION_DAYS (the nightly chain does it too)."

    def handle(self, *args, **options):
        counts = access_log_purge()
        self.stdout.write(f"{counts['access_log_purged']} read-access rows purged")
