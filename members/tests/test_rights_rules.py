"""Issue #17: a suspension that paying a small debt lifts (Art. 8 §3), as a pure table."""

from decimal import Decimal

import pytest

from core.months import Month
from core.rights import Kind
from members import rules

D = Decimal
M = Month(2026, 11)


def entitlement(status, missing=(), unknown=()):
    return rules.Entitlement(status, "", M, missing=tuple(missing), unknown=tuple(unknown))


@pytest.mark.parametrize(
    "judged, owed, expected",
    [
        pytest.param(
            entitlement(rules.Status.SUSPENDED, [Month(2026, 1), Month(2026, 2)]),
            "24.60",
            D("24.60"),
            id="art8-3-two-months-restorable",
        ),
        pytest.param(
            entitlement(rules.Status.SUSPENDED, [Month(2025, 1)]), "150.00", D("150.00"), id="art8-3-at-the-threshold"
        ),
        pytest.param(entitlement(rules.Status.SUSPENDED, [Month(2025, 1)]), "150.01", None, id="art8-3-debt-too-large"),
        pytest.param(entitlement(rules.Status.ENTITLED), "0.00", None, id="art8-2-in-order"),
        pytest.param(
            entitlement(rules.Status.REVOKED, [Month(2025, 1)]), "12.30", None, id="art8-4-revoked-not-by-paying"
        ),
        pytest.param(
            entitlement(rules.Status.SUSPENDED, [Month(2025, 1)], [Month(2025, 2)]),
            "12.30",
            None,
            id="art8-2-unknown-months",
        ),
        pytest.param(entitlement(rules.Status.SUSPENDED, [Month(2025, 1)]), "0.00", None, id="art8-3-paid-meanwhile"),
    ],
)
def test_arrears_restorable(judged, owed, expected):
    right = rules.arrears_restorable(judged, D(owed), member_id=1, household_id=7)
    assert (right and right.amount) == expected
    if right:
        assert (right.kind, right.article, right.member_id) == (Kind.ARREARS_RESTORABLE, "Art. 8 §3", 1)
        assert right.subject.startswith("missing-from:")
