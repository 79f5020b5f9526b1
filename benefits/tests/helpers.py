"""Test data shared by the benefits tests."""

from datetime import date

from benefits import services
from benefits.tests.test_services import paid_up_member
from members.tests.factories import add_dependent


def newborn(parent, born=date(2026, 3, 1), gender="F"):
    """A child born on ``born``, a dependent in ``parent``'s household (Art. 53, 57: the child a cap counts on)."""
    return add_dependent(parent.household, birth=born, gender=gender, start=born.replace(day=1))


def birth_premium(member, child=None, born=date(2026, 3, 1)):
    """Art. 57: the €300 birth premium for ``child`` (a newborn of ``member``'s household by default)."""
    return services.claim_file(
        member=member,
        benefit="birth_premium",
        event_date=born,
        child=child or newborn(member, born),
        evidence=["certificate"],
        facts={"kind": "birth"},
    )


def paid_birth_premium(*, manager, paid_on: date):
    """A birth premium filed, batched, approved by ``manager`` and paid on ``paid_on``."""
    claim = birth_premium(paid_up_member())
    batch = services.batch_release()
    services.batch_approve(batch=batch, user=manager)
    services.batch_mark_paid(batch=batch, paid_on=paid_on)
    claim.refresh_from_db()
    return claim
