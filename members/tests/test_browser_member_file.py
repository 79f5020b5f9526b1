"""A clerk working in Dutch opens a household's member file in a real headless Chromium (Debian's,
driven by Playwright), records a payment from it and is back on the file, seeing the payment and the
month settled (issue #16). Skipped, loudly, only where Chromium is absent outside CI."""

from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from core.months import Month, month_range
from members import services
from members.member_file import file_url
from members.tests.factories import add_dependent, household_with_titular
from reports.tests.test_browser import browser  # noqa: F401  (the Chromium fixture)


@pytest.mark.django_db(transaction=True)
def test_clerk_records_a_payment_from_the_file_in_dutch(live_server, browser, make_user, table_2026, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    today = timezone.localdate()
    household, _titular = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    add_dependent(household)
    services.dues_book(through=Month.of(today), household_ids=[household.pk])
    paid = list(month_range(Month(2026, 1), Month(2026, 6)))
    services.payment_record(household=household, amount=Decimal("60.00"), paid_on=date(2026, 1, 2), months=paid)
    clerk = make_user("clerk", password="secret-pass-123")

    context = browser.new_context(locale="nl-BE", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    back = file_url(household.pk)
    page.goto(f"{live_server.url}/admin/login/?next={back}")
    page.fill("#id_username", clerk.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(f"**{back}")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert "Maes Jan" in page.locator("#summary").inner_text()
    july = page.locator("#contributions tr", has_text="07/2026").first
    assert "open" in july.inner_text()  # not yet paid (Dutch: "open" too)
    # the section index and the summary fit a 1366 px screen: no horizontal scrolling of the page
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366

    # "Betaling registreren": the payment form, pre-filled with the household
    page.locator("a.file-action", has_text="Betaling registreren").click()
    page.wait_for_selector("#id_amount")
    assert page.input_value("#id_household") == str(household.pk)
    page.fill("#id_amount", "10,00")
    page.fill("#id_paid_on", today.strftime("%d/%m/%Y"))
    page.fill("#id_months", "2026-07")
    page.click("input[name=_save]")

    page.wait_for_url(f"**{back}")  # back on the file, not on the payments list
    assert page.locator(".messagelist").count() == 1
    july = page.locator("#contributions tr", has_text="07/2026").first
    assert today.strftime("%d/%m/%Y") in july.inner_text()  # the month settled today
    payments = page.locator("#contributions table").nth(1).inner_text()
    assert "10,00 €" in payments and "07/2026" in payments
    assert not errors, errors
    context.close()
