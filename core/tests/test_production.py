"""The production deployment as it really runs: `collectstatic` with the production settings
(whitenoise's compressed manifest storage), then gunicorn on those settings behind a (simulated)
TLS proxy, on the test's own database. It serves the admin login page with its hashed CSS, a report
page to a manager who logged in through the real login form, and the API docs with their assets.

Issue #12, point 1: `collectstatic` aborted on the vendored Chart.js (it named a `.map` file that is
not shipped), no manifest was written, and every admin page answered HTTP 500.
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote, urljoin

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

ROOT = Path(__file__).resolve().parents[2]
HOST = "backoffice.example.be"
PASSWORD = "secret-pass-123"
HASHED_ASSET = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")


def _database_url(tmp_path: Path) -> str:
    """A URL gunicorn can open that holds the test's committed data (pytest-django's test_<name>)."""
    settings_dict = connection.settings_dict
    if connection.vendor == "postgresql":
        credentials = quote(settings_dict["USER"] or "", safe="")
        if settings_dict["PASSWORD"]:
            credentials += ":" + quote(settings_dict["PASSWORD"], safe="")
        location = f"{settings_dict['HOST'] or ''}{':' + str(settings_dict['PORT']) if settings_dict['PORT'] else ''}"
        return f"postgres://{credentials}@{location}/{quote(settings_dict['NAME'], safe='')}"
    if connection.vendor == "sqlite":
        if not connection.is_in_memory_db():
            return f"sqlite:///{Path(settings_dict['NAME']).resolve()}"
        # The SQLite test database lives in this process's memory: copy it (committed data, the
        # test is transactional) to a file that the gunicorn process can open.
        copy = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(copy) as target:
            connection.connection.backup(target)
        target.close()
        return f"sqlite:///{copy}"
    pytest.skip(f"PRODUCTION SMOKE TEST SKIPPED: no way to share a {connection.vendor} test database with gunicorn")


def _current_code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ProxyClient:
    """Talks to gunicorn as the TLS proxy in front of it would: `X-Forwarded-Proto: https` and the
    public host name. Cookies are kept by hand, Secure ones included (the hop to gunicorn is http)."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", **kwargs.pop("headers", {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, urljoin(self.base_url, path), headers=headers, allow_redirects=False, timeout=15, **kwargs
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def assets(self, page: requests.Response) -> list[str]:
        """Every same-site script and style sheet the page loads, fetched: each must answer 200."""
        urls = re.findall(r'<(?:script[^>]*\ssrc|link[^>]*\shref)="(/[^"]+)"', page.text)
        for url in urls:
            asset = self.get(url.replace("&amp;", "&"))
            assert asset.status_code == 200, f"{url}: HTTP {asset.status_code}"
        return urls


@pytest.fixture
def manager(transactional_db, make_user):
    """The data the pages show, committed before the server opens the database."""
    from reports import reference

    reference.seed()
    user = make_user("manager")
    # production verifies with its own hashers (PBKDF2), not the test settings' fast MD5; few
    # iterations keep it quick (the login upgrades the hash, as it would after a settings change)
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    # production requires a second factor of managers (OTP_REQUIRED_FOR): the manager has set up an
    # authenticator app, and the login form below carries its current code
    user.totp_device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user


@pytest.fixture
def production_server(tmp_path, manager):
    """collectstatic + gunicorn with config.settings.production; yields a ProxyClient factory."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "smoke-" + "q8#Lm3$wV7!pZ2&kR9^tN4*yB6@cH1%f" * 2,
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_STATIC_ROOT": str(tmp_path / "staticfiles"),
        "DATABASE_URL": _database_url(tmp_path),
        "LOG_LEVEL": "WARNING",
    }
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert collect.returncode == 0, f"collectstatic failed with the production settings:\n{collect.stderr[-3000:]}"
    assert (tmp_path / "staticfiles" / "staticfiles.json").exists(), "no manifest written"

    port = _free_port()
    log = (tmp_path / "gunicorn.log").open("w+")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "2",
            "--timeout",
            "30",
            "--error-logfile",
            "-",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = ProxyClient(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 20
        while True:
            assert server.poll() is None, f"gunicorn exited: {(tmp_path / 'gunicorn.log').read_text()[-3000:]}"
            try:
                if client.get("/healthz").status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer /healthz within 20 s"
            time.sleep(0.2)
        yield lambda: ProxyClient(client.base_url)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        if server.returncode not in (0, -15):
            print((tmp_path / "gunicorn.log").read_text()[-3000:])


@pytest.mark.django_db(transaction=True)
def test_production_build_serves_login_reports_and_api_docs_through_gunicorn(production_server, manager):
    client = production_server()

    # the admin login page, its CSS served by whitenoise under a hashed (forever-cacheable) name
    login = client.get("/admin/login/?next=/reports/annual/%3Fyear%3D2023")
    assert login.status_code == 200, login.text[:2000]
    assert "Content-Security-Policy" in login.headers
    css = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login.text)
    assert css, "admin CSS not served under its hashed name"
    stylesheet = client.get(css.group(1))
    assert stylesheet.status_code == 200 and stylesheet.headers["Content-Type"].startswith("text/css")
    assert "immutable" in stylesheet.headers.get("Cache-Control", ""), stylesheet.headers
    client.assets(login)

    # a manager logs in through the real form (CSRF cookie + token, Secure session cookie)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    answer = client.request(
        "POST",
        "/admin/login/?next=/reports/annual/%3Fyear%3D2023",
        data={
            "username": manager.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": token,
            "otp_token": _current_code(manager.totp_device),
            "next": "/reports/annual/?year=2023",
        },
        headers={"Origin": f"https://{HOST}", "Referer": f"https://{HOST}/admin/login/"},
    )
    assert answer.status_code == 302, re.findall(
        r'class="errornote">(.*?)<|class="errorlist[^"]*"><li>(.*?)<', answer.text
    )
    assert answer.headers["Location"] == "/reports/annual/?year=2023"
    assert any("secure" in header.lower() for header in answer.raw.headers.getlist("Set-Cookie"))

    report = client.get("/reports/annual/?year=2023")
    assert report.status_code == 200, report.text[:2000]
    assert "4.768" in report.text  # total FTE of the 2023 annual report
    assets = client.assets(report)
    chart_js = next(url for url in assets if "vendor/chartjs/chart.umd.min" in url)
    assert HASHED_ASSET.search(chart_js), chart_js
    assert "sourceMappingURL" not in client.get(chart_js).text
    assert any("reports/charts." in url and HASHED_ASSET.search(url) for url in assets), assets

    # the API docs: Swagger UI, its vendored bundle and style sheets, the init script
    docs = client.get("/api/docs/")
    assert docs.status_code == 200, docs.text[:2000]
    assert "Content-Security-Policy" in docs.headers
    assets = client.assets(docs)
    assert any("swagger-ui-bundle" in url and HASHED_ASSET.search(url) for url in assets), assets
    script = next(url for url in assets if "script=" in url)
    assert client.get(script.replace("&amp;", "&")).headers["Content-Type"].startswith("application/javascript")
    schema = client.get("/api/schema/", headers={"Accept": "application/vnd.oai.openapi+json"})
    assert schema.status_code == 200 and schema.json()["openapi"].startswith("3.")
