"""Issue #16, in a real Chromium and in Dutch: a clerk registers a household with its titular (the national
number typed as printed on the eID), adds a child as dependent by picking the household through the
autocomplete, and files a claim with facts for that child (the member picked through the autocomplete,
the facts as typed fields). No id and no JSON is typed."""

from datetime import date
from decimal import Decimal

import pytest

from reports.tests.test_browser import browser  # noqa: F401  (the Chromium fixture)

PASSWORD = "secret-pass-123"


def _clerk_page(browser, live_server, make_user):  # noqa: F811
    user = make_user("clerk", password=PASSWORD)
    context = browser.new_context()
    context.add_cookies([{"name": "django_language", "value": "nl", "url": live_server.url}])
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.locator("html").get_attribute("lang") == "nl"
    return page, problems


def _pick(page, field: str, typed: str, expected: str):
    """Open the autocomplete of ``field``, type as a clerk would, click the option that reads ``expected``."""
    page.click(f".field-{field} .select2-selection")
    page.fill(".select2-container--open .select2-search__field", typed)
    option = page.locator(".select2-results__option", has_text=expected)
    option.first.wait_for(timeout=15000)
    option.first.click()
    assert expected in page.locator(f".field-{field} .select2-selection__rendered").inner_text()


def _register_household_and_child(page, live_server):
    from members.models import Household, Member

    page.goto(f"{live_server.url}/admin/members/household/add/")
    page.fill("#id_street", "Veldstraat 12")
    page.fill("#id_postal_code", "9000")
    page.fill("#id_city", "Gent")
    page.fill("#id_national_number", "85.03.14-123.02")  # as printed on the eID: not cut at 11 characters
    page.fill("#id_last_name", "Claes")
    page.fill("#id_first_name", "Tom")
    page.fill("#id_affiliation_start", "01/01/2026")
    page.click("input[name=_continue]")
    page.wait_for_url("**/change/**")
    household = Household.objects.get()
    titular = household.members.get()
    assert (titular.national_number, titular.birth_date, titular.gender, titular.role) == (
        "85031412302",
        date(1985, 3, 14),
        "M",
        "titular",
    )

    page.goto(f"{live_server.url}/admin/members/member/add/")
    _pick(page, "household", "claes", "Claes Tom")
    page.fill("#id_national_number", "15 03 03 002 79")
    page.fill("#id_last_name", "Claes")
    page.fill("#id_first_name", "Fien")
    page.select_option("#id_role", "dependent")
    page.fill("#id_affiliation_start", "01/01/2026")
    page.click("input[name=_save]")
    page.wait_for_url(f"**/members/household/{household.pk}/file/")  # back on the household's file
    child = Member.objects.get(first_name="Fien")
    assert (child.household_id, child.role, child.birth_date, child.gender) == (
        household.pk,
        "dependent",
        date(2015, 3, 3),
        "F",
    )
    return household, child


@pytest.mark.django_db(transaction=True)
def test_clerk_registers_a_household_with_its_titular_and_adds_a_child(
    live_server,
    browser,  # noqa: F811
    make_user,
    table_2026,
    settings,
):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    page, problems = _clerk_page(browser, live_server, make_user)
    _register_household_and_child(page, live_server)
    assert problems == []


@pytest.mark.django_db(transaction=True)
def test_clerk_files_a_claim_with_facts_for_the_child(
    live_server,
    browser,  # noqa: F811
    make_user,
    table_2026,
    settings,
):
    from benefits import reference
    from benefits.models import Benefit, Claim

    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    reference.seed()
    page, problems = _clerk_page(browser, live_server, make_user)
    household, child = _register_household_and_child(page, live_server)

    camp = Benefit.objects.get(code="youth_camp")
    page.goto(f"{live_server.url}/admin/benefits/claim/add/")
    _pick(page, "member", "claes fien", "Claes Fien, °03/03/2015")
    page.select_option("#id_benefit", str(camp.pk))
    # the facts script still finds the chosen benefit: the camp's facts are shown, another benefit's are not
    assert page.locator("#id_fact_activity").is_visible()
    assert not page.locator("#id_fact_treatment").is_visible()
    page.fill("#id_event_date", "02/03/2026")
    page.fill("#id_amount_paid", "100,00")
    page.fill("#id_quantity", "5")
    page.select_option("#id_fact_activity", "camp")
    page.select_option("#id_fact_krunsj_holiday", "no")
    page.check("input[name=evidence_received][value=invoice]")
    page.click("input[name=_save]")
    page.wait_for_url("**/benefits/claim/**")
    claim = Claim.objects.get()
    assert (claim.member_id, claim.benefit_id, claim.quantity, claim.amount_paid) == (
        child.pk,
        camp.pk,
        5,
        Decimal("100.00"),
    )
    assert claim.facts == {"activity": "camp", "krunsj_holiday": False}
    assert claim.evidence == ["invoice"]
    assert problems == []
