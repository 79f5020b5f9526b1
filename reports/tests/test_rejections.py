"""Issue #14: the benefits report counts rejections by the article and the code of the reason that
refused them, read from the stored reasons (no text parsed)."""

from datetime import date

import pytest

from benefits import reference as benefit_reference
from benefits import services
from benefits.models import Benefit, Claim, ClaimStatus
from benefits.tests.test_services import paid_up_member
from reports import reference, snapshots

pytestmark = pytest.mark.django_db


def test_rejections_are_counted_by_article_and_by_code(table_2026):
    reference.seed()
    benefit_reference.seed()
    # given two members too young for foot care (Art. 44: from 60) …
    for name in ("Peeters", "Maes"):
        member = paid_up_member(birth=date(1990, 1, 1), last_name=name)
        services.claim_file(
            member=member, benefit="foot_care", event_date=date(2026, 3, 2), quantity=1, evidence=["invoice"]
        )
    # … one without the evidence Art. 44 asks …
    services.claim_file(member=paid_up_member(last_name="Claes"), benefit="foot_care", event_date=date(2026, 3, 2))
    # … and a rejection stored before reasons had codes (migrated as a legacy reason)
    Claim.objects.create(
        member=paid_up_member(last_name="Wouters"),
        benefit=Benefit.objects.get(code="glasses"),
        event_date=date(2026, 2, 1),
        filed_on=date(2026, 2, 1),
        status=ClaimStatus.REJECTED,
        reasons=[{"code": "legacy", "article": "Art. 47", "text": "not for zero diopter.", "params": {}}],
    )
    # when the figures are taken
    snapshots.refresh(2026, date(2026, 11, 23))
    data = snapshots.get("benefits", 2026).data
    # then
    assert data["rejected"] == 4
    assert data["rejections_by_article"] == {"Art. 44": 3, "Art. 47": 1}
    assert data["rejections_by_code"] == {"age.below_minimum": 2, "evidence.missing": 1, "legacy": 1}
