"""The lending desk in a real headless Chromium, in Dutch (issue #16): a clerk starts a rental — warned of
the triple tariff, a stock unit assigned — and returns it, seeing the final invoice's preview, then the
invoice."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from lending.models import Item, Rental, UnitState
from reports.tests.test_browser import browser  # noqa: F401 (fixture)


@pytest.mark.django_db(transaction=True)
def test_clerk_starts_a_rental_and_returns_it_in_dutch(live_server, browser, make_user, price_list, settings):  # noqa: F811
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    make_user("clerk", password="secret-pass-123")
    username = get_user_model().objects.get(groups__name="clerk").username
    wheelchair = Item.objects.get(code="wheelchair")
    today = timezone.localdate().strftime("%d/%m/%Y")

    context = browser.new_context(locale="nl-BE", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/?next=/admin/lending/rental/add/")
    page.fill("#id_username", username)
    page.fill("#id_password", "secret-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/lending/rental/add/")
    assert page.locator("html").get_attribute("lang") == "nl"

    # the start form: a non-member renter, the first free unit
    page.select_option("#id_item", str(wheelchair.pk))
    page.fill("#id_renter_name", "Jeanne Dupont")
    page.fill("#id_start_date", today)
    page.select_option("#id_delivery", "office")
    page.click("input[name=_save]")
    # warned before anything is rented: three times the amounts, and why
    warning = page.locator(".field-confirm_triple_tariff .errorlist").inner_text()
    assert "Drievoudig tarief" in warning and "Bijlage 3" in warning  # in Dutch, with its reason
    assert not Rental.objects.exists()
    page.check("#id_confirm_triple_tariff")
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/lending/rental/")
    rental = Rental.objects.get()
    assert rental.unit is not None and rental.unit.state == UnitState.RENTED
    assert rental.unit.serial in page.locator(".messagelist").inner_text()  # "Stock unit … assigned"
    page.goto(f"{live_server.url}/admin/lending/rental/{rental.pk}/change/")
    assert rental.unit.serial in page.content() and "Drievoudig tarief" in page.content()

    # the return: the calendar, the final invoice's preview, then the invoice
    page.goto(f"{live_server.url}/admin/lending/rental/{rental.pk}/return/")
    page.wait_for_selector("#final-invoice-preview")
    assert page.locator(".datetimeshortcuts").count() >= 1  # the admin's date picker
    page.fill("#id_return_date", today)
    page.fill("#id_repair", "12,50")
    page.click("input[name=_preview]")
    preview = page.locator("#final-invoice-preview").inner_text()
    assert "12,50 €" in preview
    rental.refresh_from_db()
    assert rental.status == "running"  # a preview writes nothing
    page.click("input[name=_confirm]")
    page.wait_for_url(f"**/admin/lending/rental/{rental.pk}/change/")
    rental.refresh_from_db()
    total = sum((c.amount for c in rental.charges.all()), Decimal(0))
    assert rental.status == "returned" and rental.charges.filter(amount=Decimal("12.50")).exists()
    invoice = page.content()
    assert f"{total:.2f}".replace(".", ",") + " €" in invoice
    context.close()
