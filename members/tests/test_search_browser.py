"""Issue #16, the clerk's first journey in a real browser (Debian's Chromium through Playwright, as
reports/tests/test_browser.py): a clerk working in Dutch types a name in the search box of the admin
header, picks the person with the arrow keys, presses Enter and lands on the household's page."""

import pytest

from members.tests.factories import household_with_titular
from reports.tests.test_browser import browser  # noqa: F401  (the fixture)


@pytest.mark.django_db(transaction=True)
def test_a_dutch_clerk_finds_a_person_with_the_keyboard(live_server, browser, make_user, table_2026, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    household, titular = household_with_titular(last_name="Peeters")  # Jan Peeters
    household_with_titular(last_name="Janssens")  # another Jan: the list must let the clerk choose
    clerk = make_user("clerk", password="secret-pass-123")

    context = browser.new_context(locale="nl-BE")  # Accept-Language: nl-BE → the Dutch admin
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda m: (
            problems.append(m.text) if m.type == "error" and not m.text.startswith("Failed to load resource") else None
        ),
    )
    # every failed request but the browser's own favicon guess (the admin declares none)
    page.on(
        "response",
        lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 and "favicon" not in r.url else None,
    )
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", clerk.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.locator("html").get_attribute("lang") == "nl"

    box = page.locator("#site-search-q")  # the box in the header, on every admin page
    box.click()
    page.keyboard.type("Jan Peeters", delay=40)
    page.wait_for_selector("#site-search-list [role=option]")
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")  # the first person found
    active = page.locator("#site-search-list [role=option].active")
    assert active.count() == 1 and "Peeters Jan" in active.inner_text()
    assert box.get_attribute("aria-activedescendant") == active.get_attribute("id")
    box.press("Enter")
    page.wait_for_url(f"**/admin/members/household/{household.pk}/change/")
    assert page.locator("#content h2, #content h1").first.is_visible()
    assert not problems, problems

    # without the list (Escape), Enter submits the form: the results page, grouped, with the same person
    box = page.locator("#site-search-q")
    box.fill("Peeters")
    page.wait_for_selector("#site-search-list [role=option]")
    box.press("Escape")  # closes the list, keeps the text
    assert box.get_attribute("aria-expanded") == "false" and box.input_value() == "Peeters"
    box.press("Enter")
    page.wait_for_url("**/admin/search/?q=Peeters")
    assert page.locator(f'.search-group a[href="/admin/members/member/{titular.pk}/change/"]').count() == 1
    context.close()
