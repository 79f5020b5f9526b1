"""The claim screens: what the services refuse is a message on the form and nothing is stored — not a
"added successfully" for a claim that does not exist (issue #12, point 13)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from benefits import services
from benefits.tests.helpers import paid_birth_premium
from benefits.models import Benefit, Claim, ClaimStatus
from benefits.tests.test_services import paid_up_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client, make_user, catalogue):
    client.force_login(make_user("clerk"))
    return client


@pytest.fixture
def catalogue(table_2026):
    from benefits import reference

    reference.seed()


def _claim_form(member, **changes):
    data = {"member": member.pk, "benefit": Benefit.objects.get(code="foot_care").pk, "event_date": "01/02/2026",
            "filed_on": "01/03/2026", "amount_paid": "25,00", "compulsory_reimbursement": "0", "quantity": "1",
            "evidence_text": "invoice", "facts_text": ""}
    return {**data, **changes}


def test_claim_the_service_refuses_is_a_form_error(clerk):
    member = paid_up_member()
    response = clerk.post(reverse("admin:benefits_claim_add"), _claim_form(member, quantity="0"))
    assert response.status_code == 200
    # the service's bound (core.bounds), on the form's field
    assert response.context["adminform"].form.errors["quantity"] == ["A whole number from 1 to 10.000."]
    assert not Claim.objects.exists()


def test_claim_filed_in_the_admin_is_judged_by_the_service(clerk):
    member = paid_up_member()
    response = clerk.post(reverse("admin:benefits_claim_add"), _claim_form(member), follow=True)
    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.APPROVED and claim.payout == Decimal("10.00")  # Art. 44: €10 per session
    assert claim.evidence == ["invoice"]
    assert any("Judged: Approved" in str(m) for m in response.context["messages"])


def test_recovery_the_service_refuses_is_a_form_error_on_the_amount(client, make_user, catalogue):
    claim = paid_birth_premium(manager=make_user("manager"), paid_on=date(2026, 4, 1))
    client.force_login(make_user("clerk"))
    url = reverse("admin:benefits_claim_change", args=[claim.pk])

    response = client.post(url, {"recovered_amount": "999,00", "recovery_reason": "double payment", "fraud": ""})
    assert response.status_code == 200
    assert "Between €0.01 and the payout €300.00." in response.context["adminform"].form.errors["recovered_amount"]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PAID and claim.recovered_amount == 0

    client.post(url, {"recovered_amount": "300,00", "recovery_reason": "double payment", "fraud": ""})
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.RECOVERED and claim.recovered_amount == Decimal("300.00")
