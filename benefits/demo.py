"""Demo claims for the demo members: every kind of decision, a paid batch and a batch waiting for a
manager's approval. Filed through the services, judged by the statutes' rules."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model

from benefits import selectors, services
from benefits.models import Claim, PaymentBatchStatus
from members.models import HouseholdStatus, Member

SCENARIOS = [
    ("dietetics", dict(quantity=3, evidence=["invoice"])),
    ("glasses", dict(amount_paid=Decimal("240.00"), evidence=["invoice"], facts={"ophthalmologist_prescription": True})),
    ("sports_club", dict(amount_paid=Decimal("135.00"), evidence=["invoice"], facts={"listed_sport": True})),
    ("transport", dict(amount_paid=Decimal("86.00"), evidence=["invoice"], facts={"situation": "3", "mode": "taxi"})),
    ("dental", dict(amount_paid=Decimal("1250.00"), evidence=["dentist_attestation"], facts={"treatment": "crown"})),
    ("alternative_consult", dict(quantity=2, evidence=["invoice"], facts={"practice": "osteopathy"})),
    ("vaccination", dict(amount_paid=Decimal("74.20"), evidence=["invoice"], facts={"product": "Shingrix"})),
    ("heart_screening", dict(amount_paid=Decimal("60.00"), evidence=["invoice"])),
    ("psychology", dict(quantity=4, evidence=["invoice"])),
    ("first_aid_course", dict(amount_paid=Decimal("45.00"), evidence=["invoice"])),
    ("foot_care", dict(quantity=2, evidence=["invoice"])),  # rejected under 60
    ("sports_club", dict(amount_paid=Decimal("60.00"), evidence=[], facts={"listed_sport": True})),  # evidence missing
]


def seed(*, today: date, stdout=None) -> int:
    if Claim.objects.exists():
        if stdout:
            stdout.write("benefits: demo claims already present, left as is")
        return 0
    rng = random.Random(57)
    catalogue = selectors.Catalogue.load()
    members = list(Member.objects.filter(household__status__status__in=("entitled", "suspended")).order_by("pk")[:40])
    # the demo clerk files the forms that arrived by post a week after the care (Art. 42.4: received on)
    clerk = get_user_model().objects.filter(username="clerk").first()
    count = 0
    for index, member in enumerate(members):
        for code, kwargs in rng.sample(SCENARIOS, 3):
            event = max(date(today.year, 1, 2), today - timedelta(days=rng.randint(5, 150)))
            received = min(today, event + timedelta(days=7)) if clerk else None
            services.claim_file(member=member, benefit=code, event_date=event, received_on=received, recorded_by=clerk,
                                catalogue=catalogue, **kwargs)
            count += 1
    paid = services.batch_release(claim_ids=list(Claim.objects.order_by("pk").values_list("pk", flat=True)[: count // 2]))
    if paid is not None and not services.batch_payee_problems(paid):
        paid.status = PaymentBatchStatus.APPROVED
        paid.save(update_fields=["status"])
        services.batch_mark_paid(batch=paid, paid_on=today - timedelta(days=3))
    services.batch_release()  # the rest waits in a draft batch for a manager's approval
    if stdout:
        stdout.write(f"benefits: {count} demo claims, {HouseholdStatus.objects.count()} households judged")
    return count
