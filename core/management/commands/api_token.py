"""Issue or revoke a user's API token (``manage.py api_token issue|revoke USERNAME``)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from core.auth_services import api_token_issue, api_token_revoke


class Command(BaseCommand):
    help = (
        "Issue (or replace) or revoke the API token of a user. The token is printed once; API "
        "clients send it as 'Authorization: Token <key>'. Audited on the user."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["issue", "revoke"])
        parser.add_argument("username")

    def handle(self, *args, action, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        try:
            if action == "issue":
                key = api_token_issue(user=user, actor=None, via="manage.py api_token")
                self.stdout.write(key)
                self.stderr.write(f"Token issued for {username}; it is not shown again.")
            elif api_token_revoke(user=user, actor=None, via="manage.py api_token"):
                self.stdout.write(f"Token of {username} revoked.")
            else:
                self.stdout.write(f"{username} had no token.")
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
