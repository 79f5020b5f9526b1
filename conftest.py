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


@pytest.fixture(scope="session", autouse=True)
def _close_stray_test_database_sessions(django_db_setup, django_db_blocker):
    """Threads of the Celery worker and the live server may leave PostgreSQL sessions open on the
    test database; end them before pytest-django drops it (else: "being accessed by other users")."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(autouse=True)
def _each_test_starts_in_the_settings_language(settings):
    """A request through the test client leaves its language active in the thread (LocaleMiddleware
    activates it and nothing resets it), so a later test would read messages in Dutch or French by the
    accident of order. Each test starts in ``LANGUAGE_CODE`` (English in the test settings)."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
