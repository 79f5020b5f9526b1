"""Issue #16: invoice lines are data (``lending.rules.LINES``: a code and parameters) shown in the reader's
language, with amounts as 0,60 €; the description keeps the English text."""

from datetime import date

import pytest

from benefits.tests.test_services import paid_up_member
from core import reasons
from lending import services
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db


def test_every_line_of_a_rental_is_stored_as_data_and_rendered_translated(price_list):
    _household, unpaid = household_with_titular(start=date(2026, 1, 1))  # not in order: ×3
    rental = services.rental_start(
        item="electric-care-bed", member=unpaid, start_date=date(2026, 3, 2), delivery="driver"
    )
    lines = list(rental.charges.all())
    assert lines and all(line.label.get("code", "").startswith("invoice.") for line in lines)
    forfait = next(line for line in lines if line.label["code"] == "invoice.forfait")
    assert forfait.description == "30 days × 0,90 € (×3: not a member in order)"
    seen = []
    original = reasons._translate
    reasons.set_translator(lambda text: seen.append(text) or f"«{text}»")
    try:
        shown = [line.text for line in lines]
    finally:
        reasons.set_translator(original)
    assert "%(days)s days × %(price)s%(tariff)s" in seen
    assert " (×3: not a member in order)" in seen and "normal schedule" in seen
    assert "«30 days × 0,90 €« (×3: not a member in order)»»" in shown
    assert all("€0" not in text for text in shown)


def test_accrued_rent_line_is_data_too(price_list):
    rental = services.rental_start(item="wheelchair", member=paid_up_member(), start_date=date(2026, 3, 2))
    services.rental_accrue(rental=rental, through=date(2026, 4, 9))
    rent = rental.charges.filter(kind="rent").get()
    assert rent.label["code"] == "invoice.rent_days"
    assert rent.text == "9 days × 0,60 € (01/04/2026–09/04/2026)"
