"""The filing date cannot be backdated (issue #12 point 5, Art. 42.4), and the writes that move
money lock what they check (point 4): a claim is taken into one batch, a batch is paid once, a
benefit is recovered once."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from auditlog.models import LogEntry
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse

from benefits import reference, services
from benefits.models import Claim, ClaimStatus, PaymentBatch, PaymentBatchStatus
from core.months import Month, month_range
from core.reasons import render
from core.tests.parallel import require_row_locks, run_at_once
from members import services as member_services
from members.tests.factories import household_with_titular, paid_history

pytestmark = pytest.mark.django_db

TODAY = date(2026, 6, 15)
THREE_YEARS_AGO = date(2023, 6, 15)


@pytest.fixture
def catalogue(table_2026):
    reference.seed()


def long_standing_member():
    """A titular since 2020, in order: entitled for an event in 2023 (only the filing date can refuse it)."""
    household, member = household_with_titular(start=date(2020, 1, 1), birth=date(1960, 1, 10), iban="BE71096123456769")
    # the years before the 2026 table come from the fund's former ledger (Art. 8 §2: else unknown)
    paid_history(household, Month(2020, 1), Month(2025, 12))
    months = list(month_range(Month(2026, 1), Month(2026, 12)))
    member_services.payment_record(
        household=household, amount=Decimal("10.00") * len(months), paid_on=date(2026, 1, 2), months=months
    )
    return member


def transport(member, event: date, **extra) -> dict:
    return {
        "member": member.pk,
        "benefit": "transport",
        "event_date": event.isoformat(),
        "amount_paid": "80.00",
        "facts": {"situation": "2", "mode": "taxi"},
        "evidence": ["invoice"],
        **extra,
    }


@pytest.fixture
def clerk(make_user, catalogue):
    return make_user("clerk")


@pytest.fixture
def clerk_api(api_client, clerk):
    api_client.force_authenticate(clerk)
    return api_client


# --- point 5: the filing date is the day the fund received the claim ---------------------------------


def test_api_filed_on_three_years_back_is_ignored_and_the_claim_is_late(clerk_api):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        response = clerk_api.post(
            "/api/v1/claims/", transport(member, THREE_YEARS_AGO, filed_on="2023-06-20"), format="json"
        )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["filed_on"] == TODAY.isoformat() and body["filed_on_set_by"] is None
    assert body["status"] == "rejected" and body["payout"] == "0.00"
    assert any(reason["article"] == "Art. 42.4" for reason in body["reasons"])


def test_api_same_claim_within_two_years_is_judged_on_its_merits(clerk_api):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        body = clerk_api.post("/api/v1/claims/", transport(member, date(2025, 3, 3)), format="json").json()
    assert body["status"] in ("approved", "partially_approved") and Decimal(body["payout"]) > 0


@pytest.mark.parametrize(
    ("received_on", "says"),
    [
        pytest.param(date(2026, 6, 16), "after today", id="art42-4-received-tomorrow"),
        pytest.param(date(2025, 3, 2), "before its event", id="art42-4-received-before-the-event"),
    ],
)
def test_api_received_date_out_of_bounds_is_400_naming_field_and_article(clerk_api, received_on, says):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        response = clerk_api.post(
            "/api/v1/claims/", transport(member, date(2025, 3, 3), received_on=received_on.isoformat()), format="json"
        )
    assert response.status_code == 400
    [message] = response.json()["received_on"]
    assert "Art. 42.4" in message and says in message
    assert Claim.objects.count() == 0


def test_api_clerk_files_a_document_received_earlier_and_is_recorded(clerk_api, clerk):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        response = clerk_api.post(
            "/api/v1/claims/", transport(member, date(2024, 5, 2), received_on="2026-05-20"), format="json"
        )
    body = response.json()
    assert response.status_code == 201
    assert body["filed_on"] == "2026-05-20" and body["filed_on_set_by"] == clerk.username
    assert body["status"] != "rejected"  # received within the deadline (31/05/2026)
    claim = Claim.objects.get()
    assert (claim.filed_on, claim.filed_on_set_by) == (date(2026, 5, 20), clerk)
    created = LogEntry.objects.get(content_type__model="claim", object_id=claim.pk, action=LogEntry.Action.CREATE)
    assert created.actor == clerk
    assert str(created.changes_dict["filed_on_set_by"][1]) == str(clerk.pk)


def test_api_received_date_needs_the_clerks_permission(api_client, make_user, catalogue):
    # an integration account that may file claims, but not say when they were received
    user = make_user()
    user.user_permissions.set(Permission.objects.filter(codename__in=["add_claim", "view_claim"]))
    api_client.force_authenticate(user)
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        refused = api_client.post(
            "/api/v1/claims/", transport(member, date(2024, 5, 2), received_on="2026-05-20"), format="json"
        )
        filed_today = api_client.post("/api/v1/claims/", transport(member, date(2024, 5, 2)), format="json")
    assert refused.status_code == 400 and "Art. 42.4" in refused.json()["received_on"][0]
    assert filed_today.status_code == 201 and filed_today.json()["filed_on"] == TODAY.isoformat()


def test_admin_received_date_before_the_event_is_refused_on_the_field(client, clerk):
    from benefits.models import Benefit

    member = long_standing_member()
    client.force_login(clerk)
    with time_machine.travel(TODAY, tick=False):
        response = client.post(
            reverse("admin:benefits_claim_add"),
            {
                "member": member.pk,
                "benefit": Benefit.objects.get(code="transport").pk,
                "event_date": "03/03/2025",
                "filed_on": "02/03/2025",
                "amount_paid": "80,00",
                "compulsory_reimbursement": "0",
                "quantity": "1",
                "key": "",
                "evidence_received": "invoice",
                "fact_situation": "2",
                "fact_mode": "taxi",
            },
        )
    assert response.status_code == 200
    assert "Art. 42.4" in response.content.decode()
    assert Claim.objects.count() == 0


def test_the_filing_date_of_a_filed_claim_cannot_be_changed_by_judging_it_again(clerk):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        claim = services.claim_file(
            member=member,
            benefit="transport",
            event_date=date(2024, 3, 1),
            amount_paid=Decimal("80"),
            facts={"situation": "2", "mode": "taxi"},
            evidence=["invoice"],
        )
        assert claim.status == ClaimStatus.REJECTED  # Art. 42.4: deadline 31/03/2026
        claim.filed_on = date(2024, 3, 5)  # a copy edited by hand
        services.claim_rejudge(claim=claim)
    claim.refresh_from_db()
    assert claim.filed_on == TODAY and claim.status == ClaimStatus.REJECTED


def test_feed_batch_refuses_a_received_date_out_of_bounds(clerk):
    member = long_standing_member()
    with time_machine.travel(TODAY, tick=False):
        with pytest.raises(ValidationError) as refused:
            services.claims_file_batch(
                [
                    services.ClaimRequest(
                        member=member.pk,
                        benefit="transport",
                        event_date=date(2025, 3, 3),
                        amount_paid=Decimal("80"),
                        facts={"situation": "2", "mode": "taxi"},
                        evidence=("invoice",),
                        received_on=date(2026, 7, 1),
                    )
                ],
                actor=clerk,
            )
    assert "Art. 42.4" in refused.value.message_dict["row 1"][0]


# --- point 4: locked, then checked ------------------------------------------------------------------


def approved_claim(member):
    from benefits.tests.helpers import birth_premium

    return birth_premium(member)


def test_judging_again_never_pulls_a_claim_out_of_its_batch(catalogue):
    # given a claim the clerk opened, then a batch that took it meanwhile
    member = long_standing_member()
    stale = approved_claim(member)
    batch = services.batch_release()
    # when the clerk saves the claim: judged again with the page's copy
    with pytest.raises(ValidationError) as refused:
        services.claim_rejudge(claim=stale)
    # then it is refused and the claim stays in its batch: it cannot be batched (and paid) twice
    assert "status" in refused.value.message_dict
    claim = Claim.objects.get()
    assert (claim.status, claim.batch_id) == (ClaimStatus.IN_BATCH, batch.pk)
    assert services.batch_release() is None


def test_a_batch_is_approved_once_and_a_benefit_recovered_once(catalogue, make_user):
    member = long_standing_member()
    claim = approved_claim(member)
    batch = services.batch_release()
    stale_batch = PaymentBatch.objects.get(pk=batch.pk)
    first, second = make_user("manager"), make_user("manager")
    services.batch_approve(batch=batch, user=first)
    with pytest.raises(ValidationError):
        services.batch_approve(batch=stale_batch, user=second)
    assert PaymentBatch.objects.get().approved_by == first

    services.batch_mark_paid(batch=batch, paid_on=date(2026, 3, 20))
    paid = Claim.objects.get(pk=claim.pk)
    stale_claim = Claim.objects.get(pk=claim.pk)
    services.claim_recover(claim=paid, amount=Decimal("300"), reason="paid twice", on=date(2026, 4, 1))
    with pytest.raises(ValidationError):
        services.claim_recover(claim=stale_claim, amount=Decimal("100"), reason="again", on=date(2026, 4, 2))
    claim.refresh_from_db()
    assert (claim.recovered_amount, claim.recovered_on) == (Decimal("300.00"), date(2026, 4, 1))


@pytest.mark.django_db(transaction=True)
def test_parallel_mark_paid_pays_the_batch_once_and_parallel_recoveries_recover_once(table_2026, make_user):
    require_row_locks()
    reference.seed()
    member = long_standing_member()
    claim = approved_claim(member)
    batch = services.batch_release()
    services.batch_approve(batch=batch, user=make_user("manager"))

    # four clerks click "Mark as paid" at once, each with the batch as they read it (approved)
    paid, errors = run_at_once(lambda i: services.batch_mark_paid(batch=batch, paid_on=date(2026, 3, 20 + i)))

    assert len(paid) == 1
    assert len(errors) == 3
    assert all(isinstance(e, ValidationError) and "paid on" in e.message_dict["status"][0] for e in errors)
    batch.refresh_from_db()
    claim.refresh_from_db()
    assert batch.status == PaymentBatchStatus.PAID and claim.status == ClaimStatus.PAID
    assert claim.paid_on == batch.paid_on == paid[0].paid_on

    # then four clerks record a recovery of the paid claim at once: one is recorded
    done, errors = run_at_once(
        lambda i: services.claim_recover(
            claim=claim, amount=Decimal("100") + i, reason=f"clerk {i}", on=date(2026, 4, 1)
        )
    )
    assert len(done) == 1 and len(errors) == 3
    claim.refresh_from_db()
    assert claim.recovered_amount == done[0].recovered_amount
    assert sum("Art. 7" in reason for reason in map(render, claim.reasons)) == 1
