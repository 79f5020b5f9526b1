"""Project-wide pytest fixtures: users per role, API clients, a contribution table."""

import itertools
from datetime import date

import pytest

_usernames = itertools.count(1)


@pytest.fixture
def api_client():
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def make_user(db):
    """``make_user("clerk")`` → a staff user in that role's group (roles come from core.roles)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(role=None, *, superuser=False, password="secret-pass-123"):
        user = get_user_model().objects.create_user(
            username=f"{role or 'user'}{next(_usernames)}", password=password, is_staff=True, is_superuser=superuser
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def table_2026(db):
    """The statutes' contribution table 2026 (€120/year), loaded as seed_reference does."""
    from members import reference
    from members.models import ContributionTable

    reference.seed()
    return ContributionTable.objects.get(valid_from=date(2026, 1, 1))
