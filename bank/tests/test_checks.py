"""The fund's SEPA creditor settings are checked when the application starts (bank.checks)."""

import pytest

from bank.checks import sepa_creditor_settings


def ids():
    return sorted(error.id for error in sepa_creditor_settings())


def test_the_demo_settings_are_valid():
    assert ids() == []


@pytest.mark.parametrize(
    "name,value,check",
    [
        pytest.param("SEPA_CREDITOR_ID", "", "bank.E001", id="creditor-id-missing"),
        pytest.param("SEPA_CREDITOR_ID", "BE06ZZZ0411987139", "bank.E001", id="creditor-id-check-digits"),
        pytest.param("SEPA_CREDITOR_NAME", "", "bank.E002", id="name-missing"),
        pytest.param("SEPA_CREDITOR_NAME", "X" * 71, "bank.E002", id="name-too-long"),
        pytest.param("SEPA_CREDITOR_IBAN", "BE41063012345611", "bank.E003", id="iban-check-digits"),
        pytest.param("SEPA_CREDITOR_BIC", "GKCC", "bank.E004", id="bic-too-short"),
        pytest.param("SEPA_PRENOTIFICATION_DAYS", 0, "bank.E005", id="prenotification-zero-days"),
    ],
)
def test_a_missing_or_invalid_creditor_setting_is_an_error(settings, name, value, check):
    setattr(settings, name, value)
    assert ids() == [check]
