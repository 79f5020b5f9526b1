"""Login protection (issue #12, point 6): lockout, API tokens, throttles, two-factor for staff."""

import base64
import importlib
import sys
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "secret-pass-123"
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def login(client, user, password=PASSWORD, code=None, **extra):
    data = {"username": user.username, "password": password, "next": "/admin/"}
    if code is not None:
        data["otp_token"] = code
    return client.post("/admin/login/", data, **extra)


def logged_in(client):
    return "_auth_user_id" in client.session


def code_for(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user.username}:{password}".encode()).decode()


# --- Lockout (django-axes) -------------------------------------------------------------------
@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_admin_login_until_the_cool_off_has_passed(client, make_user, settings):
    settings.LANGUAGE_CODE = "en"
    clerk = make_user("clerk")
    with time_machine.travel(START, tick=False) as traveller:
        for _attempt in range(5):
            assert not logged_in(client) and login(client, clerk, "wrong-password").status_code in (200, 429)

        response = login(client, clerk)  # the right password, refused
        assert response.status_code == 429
        assert response["Retry-After"] == str(15 * 60)
        assert "locked" in response.content.decode()
        assert not logged_in(client)

        traveller.shift(timedelta(minutes=14))
        assert login(client, clerk).status_code == 429 and not logged_in(client)

        traveller.shift(timedelta(minutes=2))
        response = login(client, clerk)
        assert response.status_code == 302 and logged_in(client)


@pytest.mark.django_db
def test_the_lockout_message_speaks_the_users_language(client, make_user):
    clerk = make_user("clerk")
    for _attempt in range(5):
        response = login(client, clerk, "wrong-password", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "This account is locked on this computer after 5 failed login attempts" in response.content.decode()


@pytest.mark.django_db
def test_a_lockout_binds_one_username_on_one_address_only(client, make_user):
    clerk, colleague = make_user("clerk"), make_user("clerk")
    for _attempt in range(5):
        login(client, clerk, "wrong-password", REMOTE_ADDR="10.0.0.1")
    assert login(client, clerk, REMOTE_ADDR="10.0.0.1").status_code == 429

    # a colleague at the same office address logs in
    assert login(client, colleague, REMOTE_ADDR="10.0.0.1").status_code == 302
    client.logout()
    # the clerk from another address logs in
    assert login(client, clerk, REMOTE_ADDR="10.0.0.2").status_code == 302


@pytest.mark.django_db
def test_a_success_resets_the_failure_count(client, make_user):
    clerk = make_user("clerk")
    for _round in range(2):
        for _attempt in range(4):
            login(client, clerk, "wrong-password")
        assert login(client, clerk).status_code == 302
        client.logout()


@pytest.mark.django_db
def test_behind_the_proxy_the_forwarded_address_counts_not_what_the_client_wrote(client, make_user, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    clerk = make_user("clerk")
    for attempt in range(5):  # the attacker varies the part of X-Forwarded-For it controls
        login(client, clerk, "wrong-password", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.7")
    assert login(client, clerk, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7").status_code == 429
    assert login(client, clerk, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 302


@pytest.mark.django_db
def test_five_wrong_passwords_over_the_api_lock_the_api_too(api_client, make_user):
    clerk = make_user("clerk")
    for _attempt in range(5):
        api_client.credentials(HTTP_AUTHORIZATION=basic(clerk, "wrong-password"))
        assert api_client.get("/api/v1/me/").status_code == 401
    api_client.credentials(HTTP_AUTHORIZATION=basic(clerk, PASSWORD))
    assert api_client.get("/api/v1/me/").status_code == 401


@pytest.mark.django_db
def test_auditors_and_managers_see_lockouts_and_a_superuser_unlocks(client, make_user):
    from axes.models import AccessAttempt

    clerk = make_user("clerk")
    for _attempt in range(5):
        login(client, clerk, "wrong-password")
    for role in ("auditor", "manager"):
        client.force_login(make_user(role))
        page = client.get(reverse("admin:axes_accessattempt_changelist"))
        assert page.status_code == 200 and clerk.username in page.content.decode()
        assert (
            client.post(
                reverse("admin:axes_accessattempt_delete", args=[AccessAttempt.objects.get().pk]), {"post": "yes"}
            ).status_code
            == 403
        )
    client.force_login(make_user(superuser=True))
    attempt = AccessAttempt.objects.get(username=clerk.username)
    client.post(reverse("admin:axes_accessattempt_delete", args=[attempt.pk]), {"post": "yes"})
    client.logout()
    assert login(client, clerk).status_code == 302


# --- API tokens ------------------------------------------------------------------------------
def test_production_uses_tokens_then_sessions_never_basic_auth(monkeypatch):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "fund.example")
    monkeypatch.delenv("OTP_REQUIRED_FOR", raising=False)
    sys.modules.pop("config.settings.production", None)
    try:
        production = importlib.import_module("config.settings.production")
    finally:
        sys.modules.pop("config.settings.production", None)
    classes = production.REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"]
    assert classes[0] == "rest_framework.authentication.TokenAuthentication"
    assert "rest_framework.authentication.BasicAuthentication" not in classes
    assert production.OTP_REQUIRED_FOR == ["superuser", "manager"]
    assert production.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert production.AXES_COOLOFF_TIME == timedelta(minutes=15)
    assert production.REST_FRAMEWORK["NUM_PROXIES"] == 1
    assert production.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["user"]


@pytest.mark.django_db
def test_an_unauthenticated_api_call_is_challenged_for_a_token(api_client):
    response = api_client.get("/api/v1/me/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


@pytest.mark.django_db
def test_a_superuser_issues_and_revokes_a_token_on_the_command_line_audited(api_client, make_user, capsys):
    from auditlog.models import LogEntry

    feed = make_user("clerk")
    call_command("api_token", "issue", feed.username)
    key = capsys.readouterr().out.strip()
    assert len(key) == 40

    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api_client.get("/api/v1/me/").status_code == 200

    call_command("api_token", "revoke", feed.username)
    assert api_client.get("/api/v1/me/").status_code == 401

    trail = [entry.changes for entry in LogEntry.objects.filter(object_pk=str(feed.pk)).order_by("pk")]
    assert {"api_token": ["", "issued"]} in trail and {"api_token": ["issued", "revoked"]} in trail
    assert not LogEntry.objects.filter(changes__icontains=key).exists()


@pytest.mark.django_db
def test_the_admin_action_shows_a_new_token_once_to_superusers_only(client, make_user):
    from auditlog.models import LogEntry
    from rest_framework.authtoken.models import Token

    feed, admin_user = make_user("clerk"), make_user(superuser=True)
    client.force_login(admin_user)
    changelist = reverse("admin:auth_user_changelist")
    response = client.post(changelist, {"action": "issue_api_token", "_selected_action": [feed.pk]})
    key = Token.objects.get(user=feed).key
    assert response.status_code == 200 and key in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert LogEntry.objects.get(object_pk=str(feed.pk), changes={"api_token": ["", "issued"]}).actor == admin_user

    manager = make_user("manager")
    manager.user_permissions.add(
        *__import__("django.contrib.auth.models", fromlist=["Permission"]).Permission.objects.filter(
            codename__in=["view_user", "change_user"]
        )
    )
    client.force_login(manager)
    page = client.get(changelist)
    assert page.status_code == 200 and "issue_api_token" not in page.content.decode()


@pytest.mark.django_db
def test_token_clients_are_not_asked_for_a_second_factor(api_client, make_user, settings):
    from core.auth_services import api_token_issue

    settings.OTP_REQUIRED_FOR = ["superuser", "manager"]
    manager = make_user("manager")
    key = api_token_issue(user=manager, actor=None, via="test")
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert api_client.get("/api/v1/me/").status_code == 200


# --- Throttles -------------------------------------------------------------------------------
@pytest.mark.django_db
def test_an_api_user_over_the_rate_gets_429_with_retry_after(api_client, make_user, settings):
    from django.core.cache import cache

    clerk = make_user("clerk")
    cache.delete(f"throttle_user_{clerk.pk}")
    rates = {"anon": None, "user": "2/minute", "login": None}
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
        api_client.force_authenticate(clerk)
        assert [api_client.get("/api/v1/me/").status_code for _ in range(2)] == [200, 200]
        response = api_client.get("/api/v1/me/")
    cache.delete(f"throttle_user_{clerk.pk}")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["code"] == "throttled"


@pytest.mark.django_db
def test_login_posts_from_one_address_are_throttled_over_many_usernames(client, make_user, settings):
    from django.core.cache import cache

    cache.delete("throttle_login_10.9.8.7")
    rates = {"anon": None, "user": None, "login": "3/minute"}
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
        statuses = [
            login(client, make_user("clerk"), "wrong-password", REMOTE_ADDR="10.9.8.7").status_code for _ in range(4)
        ]
    cache.delete("throttle_login_10.9.8.7")
    assert statuses == [200, 200, 200, 429]


# --- Two-factor ------------------------------------------------------------------------------
@pytest.fixture
def otp_enforced(settings):
    settings.OTP_REQUIRED_FOR = ["superuser", "manager"]


@pytest.mark.django_db
def test_a_manager_without_a_device_is_sent_to_enrolment_then_gets_in(client, make_user, otp_enforced):
    manager = make_user("manager")
    client.force_login(manager)
    for page in ("/admin/", "/reports/", "/admin/members/member/"):
        response = client.get(page)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("otp-setup"))

    page = client.get(reverse("otp-setup"), {"next": "/reports/"})
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=manager, confirmed=False)

    wrong = client.post(reverse("otp-setup"), {"otp_token": "000000", "next": "/reports/"})
    assert wrong.status_code == 200 and not TOTPDevice.objects.filter(user=manager, confirmed=True).exists()

    device.refresh_from_db()
    device.throttle_reset()
    done = client.post(reverse("otp-setup"), {"otp_token": code_for(device), "next": "/reports/"})
    assert done.status_code == 200
    codes = StaticToken.objects.filter(device__user=manager).values_list("token", flat=True)
    assert len(codes) == 10 and all(code in done.content.decode() for code in codes)
    assert client.get("/admin/").status_code == 200
    assert client.get("/reports/").status_code == 200


@pytest.mark.django_db
def test_a_superuser_is_forced_too_but_a_clerk_is_not(client, make_user, otp_enforced):
    client.force_login(make_user(superuser=True))
    assert client.get("/admin/")["Location"].startswith(reverse("otp-setup"))
    client.force_login(make_user("clerk"))
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_the_login_asks_the_code_of_a_user_with_a_device_and_refuses_a_wrong_one(client, make_user, otp_enforced):
    manager = make_user("manager")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    with time_machine.travel(START, tick=False):
        response = login(client, manager)
        assert response.status_code == 200 and not logged_in(client)
        assert 'name="otp_token"' in response.content.decode()

        wrong = login(client, manager, code="123456" if code_for(device) != "123456" else "654321")
        assert wrong.status_code == 200 and not logged_in(client)
        assert "not valid" in wrong.content.decode()

        device.refresh_from_db()
        device.throttle_reset()
        right = login(client, manager, code=code_for(device))
        assert right.status_code == 302 and logged_in(client)
        assert client.get("/admin/").status_code == 200
        assert client.get("/reports/").status_code == 200


@pytest.mark.django_db
def test_wrong_codes_count_towards_the_lockout(client, make_user):
    clerk = make_user("clerk")  # enrolled voluntarily
    device = TOTPDevice.objects.create(user=clerk, name="app", confirmed=True)
    with time_machine.travel(START, tick=False):
        wrong = "123456" if code_for(device) != "123456" else "654321"
        for _attempt in range(5):
            device.throttle_reset()
            login(client, clerk, code=wrong)
        device.throttle_reset()
        assert login(client, clerk, code=code_for(device)).status_code == 429
        assert not logged_in(client)


@pytest.mark.django_db
def test_a_session_opened_without_the_code_must_verify_it_and_a_backup_code_works_once(client, make_user, otp_enforced):
    manager = make_user("manager")
    backup = StaticDevice.objects.create(user=manager, name="backup codes", confirmed=True)
    backup.token_set.create(token="abcd2345")
    client.force_login(manager)
    response = client.get("/reports/")
    assert response["Location"].startswith(reverse("otp-verify"))

    assert client.post(reverse("otp-verify"), {"otp_token": "zzzz9999", "next": "/reports/"}).status_code == 200
    backup.throttle_reset()
    response = client.post(reverse("otp-verify"), {"otp_token": "ABCD 2345", "next": "/reports/"})
    assert response.status_code == 302 and response["Location"] == "/reports/"
    assert client.get("/reports/").status_code == 200
    assert not backup.token_set.exists()


@pytest.mark.django_db
def test_a_session_without_the_code_cannot_replace_the_second_factor(client, make_user):
    clerk = make_user("clerk")
    backup = StaticDevice.objects.create(user=clerk, name="backup codes", confirmed=True)
    client.force_login(clerk)
    response = client.get(reverse("otp-setup"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("otp-verify"))
    assert not TOTPDevice.objects.filter(user=clerk).exists() and StaticDevice.objects.filter(pk=backup.pk).exists()


@pytest.mark.django_db
def test_the_session_api_refuses_a_manager_who_has_not_verified(api_client, make_user, otp_enforced):
    api_client.force_login(make_user("manager"))
    response = api_client.get("/api/v1/me/")
    assert response.status_code == 403
    assert "Two-factor" in response.json()["detail"]
    api_client.force_login(make_user("clerk"))
    assert api_client.get("/api/v1/me/").status_code == 200


@pytest.mark.django_db
def test_a_superuser_resets_a_lost_device_audited(client, make_user, otp_enforced):
    from auditlog.models import LogEntry

    manager = make_user("manager")
    TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    admin_user = make_user(superuser=True)
    client.force_login(admin_user)
    session = client.session
    # the superuser's own session is verified: give it a device and mark it
    own = TOTPDevice.objects.create(user=admin_user, name="app", confirmed=True)
    session["otp_device_id"] = own.persistent_id
    session.save()
    client.post(reverse("admin:auth_user_changelist"), {"action": "reset_two_factor", "_selected_action": [manager.pk]})
    assert not TOTPDevice.objects.filter(user=manager).exists()
    assert (
        LogEntry.objects.get(object_pk=str(manager.pk), changes={"two_factor": ["devices", "reset"]}).actor
        == admin_user
    )
