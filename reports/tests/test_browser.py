"""A manager logs in with a real headless Chromium (Debian's, driven by Playwright) and opens every
report page; each chart must be drawn. Skipped, loudly, only where Chromium is absent outside CI."""

import os
import shutil
from datetime import date

import pytest

from reports import reference, snapshots

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture
def browser(monkeypatch):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser test: Debian's chromium is missing (apt-get install chromium)")
        pytest.skip("BROWSER TEST SKIPPED: no /usr/bin/chromium (apt-get install chromium to run it)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the test's own ORM calls are sync.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield instance
        instance.close()


@pytest.mark.django_db(transaction=True)
def test_manager_opens_every_report_page_and_sees_the_charts(live_server, browser, make_user, table_2026, settings):
    from benefits.tests.test_services import paid_up_member

    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    reference.seed()
    paid_up_member()
    snapshots.refresh(2026, date(2026, 11, 23))
    make_user("manager", password="secret-pass-123")
    from django.contrib.auth import get_user_model

    username = get_user_model().objects.get(groups__name="manager").username
    page = browser.new_page()
    page.goto(f"{live_server.url}/admin/login/?next=/reports/")
    page.fill("#id_username", username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/reports/")
    for key, year in [
        ("membership", 2026),
        ("contributions", 2026),
        ("benefits", 2026),
        ("lending", 2026),
        ("elections", 2026),
        ("annual", 2023),
    ]:
        page.goto(f"{live_server.url}/reports/{key}/?year={year}")
        page.wait_for_selector("body[data-charts-ready]")
        drawn = page.evaluate(
            "() => Array.from(document.querySelectorAll('canvas[data-chart]'))"
            ".map(c => !!Chart.getChart(c) && c.width > 0 && c.height > 0)"
        )
        assert drawn and all(drawn), f"{key}: charts not drawn {drawn}"
        assert page.locator("table").count() >= 1


@pytest.mark.django_db(transaction=True)
def test_pages_work_under_the_content_security_policy(live_server, browser, make_user, settings):
    """Admin, a report page (Chart.js) and the API docs (Swagger UI, Redoc) in Chromium under the
    real Content-Security-Policy: no violation reported, no script error, and each page did its job."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    reference.seed()
    user = make_user("manager", password="secret-pass-123")
    page = browser.new_page()
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    # every violation, also those Chromium does not print (securitypolicyviolation events)
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', "
        "e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));"
    )

    def visit(path, ready):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "'unsafe-inline'" not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
        try:
            page.wait_for_selector(ready, timeout=15000)
        except Exception as exc:
            raise AssertionError(
                f"{path} never got ready; CSP problems so far: {problems + page.evaluate('window.__csp')}"
            ) from exc
        problems.extend(f"{path}: {violation}" for violation in page.evaluate("window.__csp"))

    visit("/admin/login/", "#id_username")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    visit("/admin/", "#user-tools")
    visit("/admin/members/member/", "#changelist")
    visit("/reports/annual/?year=2023", "body[data-charts-ready]")
    drawn = page.evaluate(
        "() => Array.from(document.querySelectorAll('canvas[data-chart]')).map(c => !!Chart.getChart(c))"
    )
    assert drawn and all(drawn), drawn
    # the year picker submits without an inline handler; it offers the years with data (issue #16)
    page.select_option("select[name=year]", "2022")
    page.wait_for_url("**/reports/annual/?year=2022")
    visit("/api/docs/", ".swagger-ui .opblock")
    visit("/api/redoc/", "[data-section-id]")
    assert not problems, "\n".join(problems)
