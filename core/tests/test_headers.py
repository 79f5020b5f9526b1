"""Security headers (issue #12, point 12): a strict Content-Security-Policy on the admin, the report
pages and the API docs; API answers never cached; unauthenticated API calls answer 401 with a
challenge, whatever the order of the authentication classes."""

import re

import pytest
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView

pytestmark = pytest.mark.django_db

PAGES = ["/admin/", "/admin/login/", "/reports/annual/?year=2023", "/api/docs/", "/api/redoc/"]


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in header.split(";") if part.strip())}


@pytest.fixture
def manager(client, make_user):
    from reports import reference

    reference.seed()
    client.force_login(make_user("manager"))
    return client


@pytest.mark.parametrize("path", PAGES)
def test_pages_carry_a_strict_content_security_policy(manager, path):
    if path == "/admin/login/":
        manager.logout()
    response = manager.get(path)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    for name in ("script-src", "style-src"):
        assert directives[name][0] == "'self'"
        assert not {"'unsafe-inline'", "'unsafe-eval'", "*", "https:", "data:"} & set(directives[name]), directives[
            name
        ]
    assert "script-src-attr" not in directives and "script-src-elem" not in directives


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_or_style_the_policy_would_block(manager, path):
    """The browser test proves it in Chromium; this catches a new inline handler without one."""
    if path == "/admin/login/":
        manager.logout()
    html = manager.get(path).content.decode()
    nonce = re.search(r"'nonce-([^']+)'", manager.get(path).headers["Content-Security-Policy"])
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag or "nonce=" in tag, tag
    assert not re.search(r"<style\b(?![^>]*nonce=)", html), "inline <style> without nonce"
    assert not re.search(r"\son[a-z]+=", html), re.search(r".{60}\son[a-z]+=.{60}", html)
    assert "javascript:" not in html
    if "nonce=" in html:
        assert nonce, "a nonce in the page but not in the policy"


def test_swagger_ui_init_script_is_a_separate_javascript_response(manager):
    page = manager.get("/api/docs/").content.decode()
    script_url = re.search(r'<script src="(/api/docs/\?[^"]*script=[^"]*)"', page).group(1).replace("&amp;", "&")
    script = manager.get(script_url)
    assert script.status_code == 200
    assert script.headers["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle(" in script.content.decode()


def test_api_answers_are_never_cached(api_client, make_user):
    from members.tests.factories import household_with_titular

    household_with_titular()
    api_client.force_login(make_user("clerk"))
    response = api_client.get("/api/v1/members/")
    assert response.status_code == 200 and response.json()["results"]
    assert "no-store" in response.headers["Cache-Control"]
    assert "private" in response.headers["Cache-Control"]
    assert response.headers["Pragma"] == "no-cache"
    assert "no-store" in api_client.get("/api/v1/members/999999/").headers["Cache-Control"]


def test_anonymous_api_call_answers_401_with_a_challenge(api_client):
    response = api_client.get("/api/v1/members/")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"]
    assert response.json()["code"] == "not_authenticated"
    assert "no-store" in response.headers["Cache-Control"]


def test_wrong_credentials_answer_401_with_a_challenge(api_client, make_user):
    make_user("clerk", password="secret-pass-123")
    response = api_client.get("/api/v1/members/", HTTP_AUTHORIZATION="Basic bm9ib2R5Om5vdGhpbmc=")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"]


class _Private(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        return Response({"ok": True})


@pytest.mark.parametrize(
    ("classes", "challenge"),
    [
        pytest.param([SessionAuthentication, BasicAuthentication], r'^Basic realm="api"$', id="session-first"),
        pytest.param([BasicAuthentication, SessionAuthentication], r'^Basic realm="api"$', id="basic-first"),
        pytest.param([SessionAuthentication], r'^Session realm="api", login="/admin/login/"$', id="session-only"),
    ],
)
def test_401_challenge_whatever_the_order_of_authentication_classes(classes, challenge):
    """DRF alone answers 403 when the first class (SessionAuthentication) has no challenge."""
    view = type("View", (_Private,), {"authentication_classes": classes}).as_view()
    response = view(APIRequestFactory().get("/api/v1/private/"))
    assert response.status_code == 401
    assert re.match(challenge, response.headers["WWW-Authenticate"]), response.headers["WWW-Authenticate"]
