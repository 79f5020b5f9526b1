import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core import hooks
from core.roles import AUDITOR, CLERK, ELECTION_BUREAU, LENDING_DESK, MANAGER

DEMO_USERS = [
    ("admin", None, "Admin", True),
    ("clerk", CLERK, "Clara Clerk", False),
    ("manager", MANAGER, "Marc Manager", False),
    ("bureau", ELECTION_BUREAU, "Bert Bureau", False),
    ("lending", LENDING_DESK, "Lotte Lending", False),
    ("auditor", AUDITOR, "Anna Auditor", False),
]


class Command(BaseCommand):
    help = "Load reference data, demo users (one per role) and a realistic demo population. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--households", type=int, default=60)

    def handle(self, *args, households, **options):
        call_command("seed_reference", stdout=self.stdout)
        password = os.environ.get("DEMO_PASSWORD", "ziekenfonds-demo")
        today = timezone.localdate()
        with transaction.atomic():
            users = self._users(password)
            for _app, demo in hooks.demo_seeders():  # INSTALLED_APPS order: members' population first
                extra = {"households": households} if demo.sized else {}
                demo.seed(today=today, stdout=self.stdout, **extra)
        self.stdout.write(self.style.SUCCESS("demo data loaded"))
        self.stdout.write("logins (password for all: %s): %s" % (password, ", ".join(users)))

    def _users(self, password):
        User = get_user_model()
        names = []
        for username, role, full_name, superuser in DEMO_USERS:
            user, _ = User.objects.get_or_create(username=username)
            first, _, last = full_name.partition(" ")
            user.first_name, user.last_name = first, last
            user.is_staff = True
            user.is_superuser = superuser
            user.set_password(password)
            user.save()
            if role:
                user.groups.set([Group.objects.get(name=role)])
            names.append(f"{username} ({role or 'superuser'})")
        return names
