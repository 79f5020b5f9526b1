"""Issue #17: Art. 54 refunds and alarm subsidies computed but not received (pure table)."""

from decimal import Decimal

import pytest

from core.rights import Kind
from lending import rules

D = Decimal


def payout(amount="60.00", *, paid=False, has_iban=True, transfer=None):
    return rules.YearlyPayout(9, 1, 7, 2025, D(amount), paid, has_iban, transfer)


@pytest.mark.parametrize(
    "item, expected",
    [
        pytest.param(payout(has_iban=False), ("no IBAN to pay it to", D("60.00")), id="art54-alarm-60-no-iban"),
        pytest.param(
            payout(transfer="rejected"), ("transfer rejected by the bank", D("60.00")), id="art54-transfer-came-back"
        ),
        pytest.param(
            payout(has_iban=False, transfer="rejected"),
            ("transfer rejected by the bank", D("60.00")),
            id="art54-rejected-and-no-iban",
        ),
        pytest.param(payout(), None, id="art54-iban-known-next-file-pays"),
        pytest.param(payout(transfer="pending"), None, id="art54-transfer-sent"),
        pytest.param(payout(has_iban=False, transfer="paid"), None, id="art54-transfer-paid"),
        pytest.param(payout(paid=True, has_iban=False), None, id="art54-already-paid"),
        pytest.param(payout("0.00", has_iban=False), None, id="art54-nothing-to-pay"),
    ],
)
def test_unreceived_payout(item, expected):
    right = rules.unreceived_payout(item, Kind.ALARM_SUBSIDY)
    assert (right and (right.note, right.amount)) == expected
    if right:
        assert (right.kind, right.article, right.subject, right.deadline) == (
            Kind.ALARM_SUBSIDY,
            "Art. 54",
            "year:2025",
            None,
        )


def test_max_invoice_refund_keeps_its_kind():
    right = rules.unreceived_payout(payout("123.40", has_iban=False), Kind.MAX_INVOICE_REFUND)
    assert (right.kind, right.amount) == (Kind.MAX_INVOICE_REFUND, D("123.40"))
