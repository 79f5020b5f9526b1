"""Issue #17 in a real headless Chromium: a clerk goes from a finding of the worklist to a filed claim, and
the next scan closes the finding as claimed. Skipped, loudly, only where Chromium is absent outside CI."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from benefits import reference, worklist
from benefits.models import Claim, Finding
from core.months import Month, month_range
from members import services as member_services
from members.tests.factories import household_with_titular
from reports.tests.test_browser import browser  # noqa: F401  (the fixture)


@pytest.mark.django_db(transaction=True)
def test_a_clerk_goes_from_a_finding_to_a_filed_claim(live_server, browser, make_user, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    reference.seed()
    from members import reference as member_reference

    member_reference.seed()
    today = timezone.localdate()
    # given: a member in order who turned 60 on 1 January (Art. 44), found by the scan
    household, member = household_with_titular(start=date(today.year, 1, 1), birth=date(today.year - 60, 1, 1))
    months = list(month_range(Month(today.year, 1), Month(today.year, 12)))
    member_services.payment_record(
        household=household, amount=Decimal("10.00") * len(months), paid_on=date(today.year, 1, 2), months=months
    )
    member_services.statuses_refresh(as_of=today, id_range=(0, 10**9))
    worklist.rights_scan(day=today)
    finding = Finding.objects.get(kind="foot_care", member=member)
    clerk = make_user("clerk", password="secret-pass-123")

    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/?next=/admin/benefits/finding/")
    page.fill("#id_username", clerk.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/benefits/finding/")
    # when: the clerk filters the worklist by right, opens the finding and files the claim from it
    page.goto(f"{live_server.url}/admin/benefits/finding/?kind__exact=foot_care")
    page.click(f"a[href*='/admin/benefits/finding/{finding.pk}/change/']")
    page.click("text=File a claim")
    page.wait_for_url("**/admin/benefits/claim/add/**")
    event = max(date(today.year, 1, 2), today - timedelta(days=3))
    page.fill("input[name=event_date]", f"{event:%d/%m/%Y}")
    page.fill("input[name=quantity]", "2")
    page.check("input[name=evidence_received][value=invoice]")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    # then: the claim is filed for the member and the benefit of the finding, and approved (Art. 44: 2 × €10)
    claim = Claim.objects.get(member=member, benefit__code="foot_care")
    assert (claim.status, claim.payout) == ("approved", Decimal("20.00"))
    # and the next scan closes the finding as claimed
    worklist.rights_scan(day=today)
    finding.refresh_from_db()
    assert finding.status == "claimed"
    assert not errors, errors
