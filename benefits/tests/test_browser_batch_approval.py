"""Issue #16, the manager's journey in Dutch in a real headless Chromium: a payment batch of approved claims
is approved with the admin action (its confirmation page first) and shows as approved, in Dutch, with the
amount in the Belgian format. Skipped, loudly, only where Chromium is absent outside CI (the browser fixture)."""

from datetime import date

import pytest

from benefits import reference, services
from benefits.models import PaymentBatch, PaymentBatchStatus
from benefits.tests.test_services import paid_up_member
from reports.tests.test_browser import browser  # noqa: F401  (the fixture)


@pytest.mark.django_db(transaction=True)
def test_manager_approves_a_payment_batch_in_dutch(live_server, browser, make_user, table_2026, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    # given: a draft batch of one approved claim (Art. 44: 3 sessions × €10)
    reference.seed()
    claim = services.claim_file(
        member=paid_up_member(), benefit="foot_care", event_date=date(2026, 2, 1), quantity=3, evidence=["invoice"]
    )
    batch = services.batch_release(claim_ids=[claim.pk])
    assert batch.status == PaymentBatchStatus.DRAFT
    manager = make_user("manager", password="secret-pass-123")

    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.context.add_cookies([{"name": "django_language", "value": "nl", "url": live_server.url}])
    page.goto(f"{live_server.url}/admin/login/?next=/admin/benefits/paymentbatch/")
    page.fill("#id_username", manager.username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/benefits/paymentbatch/")
    assert page.locator("html").get_attribute("lang") == "nl"

    # when: the batch is ticked and the approve action run, then confirmed
    page.check(f"input.action-select[value='{batch.pk}']")
    page.select_option("select[name=action]", "approve")
    page.click("button[name=index]")
    page.wait_for_selector("form input[name=post][value=yes]", state="attached")
    confirmation = page.locator("#content").inner_text()
    assert "30,00 €" in confirmation and "€30" not in confirmation
    page.click("form input[type=submit].default")
    page.wait_for_url("**/admin/benefits/paymentbatch/")

    # then: approved, said in Dutch, and shown so in the list
    batch.refresh_from_db()
    assert batch.status == PaymentBatchStatus.APPROVED and batch.approved_by_id == manager.pk
    messages = page.locator("ul.messagelist").inner_text()
    assert "Uitgevoerd: 1" in messages and "Done" not in messages, messages  # said in Dutch
    row = page.locator(f"#result_list tr:has(input.action-select[value='{batch.pk}'])").inner_text()
    assert str(PaymentBatchStatus.APPROVED.label) not in row  # not the English label
    assert "Goedgekeurd door een verantwoordelijke" in row, row
    assert not errors, errors
    assert PaymentBatch.objects.get(pk=batch.pk).status == PaymentBatchStatus.APPROVED
