"""A clerk files a claim in a real headless Chromium: the claim form shows only the fact fields of the
benefit picked (static/benefits/claim-facts.js, issue #14), under the real Content-Security-Policy.
Skipped, loudly, only where Chromium is absent outside CI (the browser fixture)."""

import pytest

from benefits import reference
from benefits.models import Benefit
from reports.tests.test_browser import browser  # noqa: F401  (the fixture)


def _row_state(page, name):
    """(visible, disabled) of the form row holding the field ``name``."""
    return page.evaluate(
        """(name) => {
            const input = document.querySelector(`[name="${name}"]`);
            const row = input.closest('.form-row');
            return [!row.hidden && row.offsetParent !== null, input.disabled];
        }""",
        name,
    )


@pytest.mark.django_db(transaction=True)
def test_claim_form_shows_the_facts_of_the_benefit_picked(live_server, browser, make_user, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    reference.seed()
    clerk = make_user("clerk", password="secret-pass-123")
    sports, transport = (Benefit.objects.get(code=code).pk for code in ("sports_club", "transport"))
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/?next=/admin/benefits/claim/add/")
    page.fill("#id_username", clerk.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/benefits/claim/add/")

    # when: Art. 59 sports club
    page.select_option("select[data-fact-fields]", str(sports))
    # then: its one fact is shown, Art. 55's are hidden and not sent
    assert _row_state(page, "fact_listed_sport") == [True, False]
    assert _row_state(page, "fact_situation") == [False, True]

    # when: Art. 55 transport
    page.select_option("select[data-fact-fields]", str(transport))
    assert _row_state(page, "fact_situation") == [True, False]
    assert _row_state(page, "fact_mode") == [True, False]
    assert _row_state(page, "fact_listed_sport") == [False, True]
    assert not errors, errors
