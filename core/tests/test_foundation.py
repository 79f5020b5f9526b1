"""The ground: settings switches, API conventions, schema, languages, production checks."""

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation

from core.formatting import eur, short_date

ROOT = Path(__file__).resolve().parents[2]


def test_database_follows_database_url():
    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite3"
    assert settings.DATABASES["default"]["ENGINE"].endswith(expected)


def test_celery_is_eager_only_without_redis():
    from config.celery import app

    assert app.conf.task_always_eager is (not os.environ.get("REDIS_URL"))


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_belgian_formats_in_every_language(language):
    with translation.override(language):
        assert eur(Decimal("1234.56")) == "1.234,56 €"
        assert eur(Decimal("-0.5")) == "-0,50 €"
        assert short_date(date(2026, 12, 31)) == "31/12/2026"


def test_admin_speaks_french_and_dutch(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr")
    assert "Nom d’utilisateur" in response.content.decode() or "Nom d'utilisateur" in response.content.decode()
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="nl")
    assert "Gebruikersnaam" in response.content.decode()


@pytest.mark.django_db
def test_language_switch_sticks(client, make_user):
    client.force_login(make_user("clerk"))
    client.post("/i18n/setlang/", {"language": "fr", "next": "/admin/"})
    assert 'lang="fr"' in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_healthz(client):
    body = client.get("/healthz").json()
    assert body["database"] == "ok"
    assert body["status"] == "ok"


@pytest.mark.django_db
def test_schema_is_valid_openapi_and_needs_login(client, make_user):
    assert client.get("/api/schema/").status_code in (401, 403)
    client.force_login(make_user("clerk"))
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/members/{id}/entitlement/" in schema["paths"]
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=StringIO())
    docs = client.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


@pytest.mark.django_db
def test_api_errors_have_one_shape(api_client, make_user):
    api_client.force_authenticate(make_user("clerk"))
    response = api_client.get("/api/v1/members/999999/")
    assert response.status_code == 404
    assert set(response.json()) == {"detail", "code"}


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_production_settings_pass_check_deploy():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "ci-" + "x7#Kp2$vQ9!mZ4&wL8^nR3*tY6@bH1%d" * 2,
        "DJANGO_ALLOWED_HOSTS": "backoffice.example.be",
        # the fund as SEPA creditor (bank, issue #15): production has no demo values
        "SEPA_CREDITOR_ID": "BE05ZZZ0411987139",
        "SEPA_CREDITOR_NAME": "Ziekenfonds",
        "SEPA_CREDITOR_IBAN": "BE41063012345610",
        "SEPA_CREDITOR_BIC": "GKCCBEBB",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("language", "members", "suspended"),
    [("nl", "leden", "Geschorst"), ("fr", "membres", "Suspendu"), ("en", "members", "Suspended")],
)
def test_our_own_strings_are_translated(language, members, suspended):
    from members.models import EntitlementStatus, Member

    with translation.override(language):
        assert str(Member._meta.verbose_name_plural) == members
        assert str(EntitlementStatus.SUSPENDED.label) == suspended
