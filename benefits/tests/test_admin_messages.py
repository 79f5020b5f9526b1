"""Issue #16: a claim the rules refuse is a warning with its reason, never a green success banner;
the evidence is shown in words, not as codes."""

import pytest
from django.contrib import messages
from django.urls import reverse

from benefits.models import Claim, ClaimStatus
from benefits.tests.test_admin import _claim_form, catalogue, clerk  # noqa: F401
from benefits.tests.test_services import paid_up_member

pytestmark = pytest.mark.django_db


def test_a_rejected_claim_gets_a_warning_with_its_reason_and_no_success(clerk):  # noqa: F811
    member = paid_up_member()
    data = _claim_form(member)
    del data["evidence_received"]  # no invoice: refused (evidence missing)
    response = clerk.post(reverse("admin:benefits_claim_add"), data, follow=True)
    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.REJECTED
    shown = [(m.level, str(m)) for m in response.context["messages"]]
    assert all(level != messages.SUCCESS for level, _text in shown), shown
    warning = next(text for level, text in shown if level == messages.WARNING)
    assert "Rejected" in warning and "Art." in warning and "evidence missing" in warning


def test_an_approved_claim_is_still_confirmed(clerk):  # noqa: F811
    response = clerk.post(reverse("admin:benefits_claim_add"), _claim_form(paid_up_member()), follow=True)
    assert Claim.objects.get().status == ClaimStatus.APPROVED
    assert any(m.level == messages.SUCCESS for m in response.context["messages"])


def test_evidence_choices_are_words_not_codes(clerk):  # noqa: F811
    response = clerk.get(reverse("admin:benefits_claim_add"))
    choices = dict(response.context["adminform"].form.fields["evidence_received"].choices)
    assert choices["payment_proof"] == "proof of payment"
    assert all("_" not in label for label in choices.values())


def test_claims_list_shows_status_payout_and_batch_first_and_a_compact_benefit_filter(clerk):  # noqa: F811
    clerk.post(reverse("admin:benefits_claim_add"), _claim_form(paid_up_member()), follow=True)
    response = clerk.get(reverse("admin:benefits_claim_changelist"))
    assert response.status_code == 200
    admin_view = response.context["cl"].model_admin
    assert admin_view.list_display[1:4] == ("status_badge", "payout_display", "batch")
    text = response.content.decode()
    assert "data-navigate" in text  # the benefit filter is one drop-down, not forty links
