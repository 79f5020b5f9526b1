"""Test data shared by the benefits tests."""

from datetime import date

from benefits import services
from benefits.tests.test_services import paid_up_member


def paid_birth_premium(*, manager, paid_on: date):
    """A birth premium filed, batched, approved by ``manager`` and paid on ``paid_on``."""
    claim = services.claim_file(member=paid_up_member(), benefit="birth_premium", event_date=date(2026, 3, 1),
                                key="baby", evidence=["certificate"], facts={"kind": "birth"})
    batch = services.batch_release()
    services.batch_approve(batch=batch, user=manager)
    services.batch_mark_paid(batch=batch, paid_on=paid_on)
    claim.refresh_from_db()
    return claim
