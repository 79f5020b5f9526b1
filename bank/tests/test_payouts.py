"""Payouts by SEPA credit transfer (issue #15): pain.001.001.09 files of claims batches and Art. 54
refunds, paid or rejected by the bank's statement (matched by end-to-end id)."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
import xmlschema
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from bank import payouts, rules
from bank.models import PayoutFile, PayoutFileStatus, PayoutTransfer, PayoutTransferStatus
from benefits import services as benefit_services
from benefits.models import ClaimStatus, PaymentBatchStatus
from benefits.tests.test_services import paid_up_member
from members.tests.factories import add_dependent

XSD = Path(__file__).parent / "xsd" / "pain.001.001.09.xsd"
TITULAR_IBAN = "BE71096123456769"


@pytest.fixture
def catalogue(table_2026):
    from benefits import reference

    reference.seed()


def glasses(member, paid="120.00"):
    """Art. 47: glasses on an ophthalmologist's prescription (bril)."""
    return benefit_services.claim_file(
        member=member,
        benefit="glasses",
        event_date=date(2026, 3, 10),
        amount_paid=Decimal(paid),
        evidence=["invoice", "prescription"],
        facts={"ophthalmologist_prescription": True},
    )


def approved_batch(make_user):
    batch = benefit_services.batch_release()
    benefit_services.batch_approve(batch=batch, user=make_user("manager"))
    return batch


def execution_day():
    return timezone.localdate() + timedelta(days=1)


def create(batch, user=None):
    return payouts.payout_file_create(
        kind="claims_batch", source_id=batch.pk, execution_date=execution_day(), user=user
    )


@dataclass
class Entry:
    """A statement line as the statement import hands it over."""

    end_to_end_id: str
    amount: Decimal
    direction: str = "debit"
    booking_date: date = None
    return_reason: str | None = None

    def __post_init__(self):
        self.booking_date = self.booking_date or timezone.localdate()


@pytest.fixture
def household_claims(catalogue, make_user):
    """A titular's glasses and a dependent's glasses (the dependent has no account), in an approved batch."""
    titular = paid_up_member()
    child = add_dependent(titular.household)
    own, childs = glasses(titular), glasses(child)
    assert own.payout > 0 and childs.payout > 0, (own.reasons, childs.reasons)
    return titular, child, own, childs, approved_batch(make_user)


def test_the_file_validates_against_the_xsd_and_pays_the_titulars_account(household_claims):
    titular, child, own, childs, batch = household_claims
    payout_file = create(batch)

    xmlschema.XMLSchema(str(XSD)).validate(payout_file.xml)
    transfers = {t.item_id: t for t in payout_file.transfers.all()}
    # the dependent is paid on the titular's account, under the titular's name
    assert transfers[childs.pk].iban == TITULAR_IBAN and transfers[childs.pk].member_id == child.pk
    assert transfers[childs.pk].payee_name == f"{titular.first_name} {titular.last_name}"
    assert {t.end_to_end_id for t in transfers.values()} == {f"CLM-{own.pk}", f"CLM-{childs.pk}"}
    assert f"<EndToEndId>CLM-{childs.pk}</EndToEndId>" in payout_file.xml
    assert transfers[own.pk].remittance.endswith("03/2026 - Art. 47")
    assert transfers[own.pk].remittance.startswith("Terugbetaling ")
    assert (payout_file.transfer_count, payout_file.total) == (2, own.payout + childs.payout)
    assert payout_file.message_id in payout_file.xml and len(payout_file.sha256) == 64


@pytest.mark.parametrize(
    ("language", "kind", "extra", "text"),
    [
        pytest.param("nl", rules.PayoutKind.CLAIMS_BATCH, {"what": "bril", "article": "Art. 47"},
                     "Terugbetaling bril 03/2026 - Art. 47", id="art47-glasses-nl"),
        pytest.param("fr", rules.PayoutKind.CLAIMS_BATCH, {"what": "lunettes", "article": "Art. 47"},
                     "Remboursement lunettes 03/2026 - Art. 47", id="art47-glasses-fr"),
        pytest.param("en", rules.PayoutKind.MAX_INVOICE, {"year": 2025}, "Maximum invoice 2025 - Art. 54",
                     id="art54-max-invoice-en"),
        pytest.param("nl", rules.PayoutKind.ALARM, {"year": 2025}, "Tegemoetkoming personenalarm 2025 - Art. 54",
                     id="art54-alarm-nl"),
    ],
)  # fmt: skip
def test_remittance_text_in_the_households_language(language, kind, extra, text):
    assert rules.payout_remittance_text(language=language, kind=kind, event_date=date(2026, 3, 10), **extra) == text


def test_a_wallonian_household_reads_french(household_claims):
    titular, _child, own, _childs, batch = household_claims
    titular.household.region = "wallonia"
    titular.household.save(update_fields=["region"])
    transfer = create(batch).transfers.get(item_id=own.pk)
    assert transfer.remittance.startswith("Remboursement ") and transfer.remittance.endswith("- Art. 47")


def test_two_creates_make_one_file_with_the_same_content(household_claims):
    *_, batch = household_claims
    first, second = create(batch), create(batch)
    assert first.pk == second.pk and first.xml == second.xml
    assert PayoutFile.objects.count() == 1 and PayoutTransfer.objects.count() == 2


def test_only_an_approved_batch_is_paid(catalogue, make_user):
    glasses(paid_up_member())
    batch = benefit_services.batch_release()
    with pytest.raises(ValidationError, match="only an approved batch"):
        create(batch)
    assert not PayoutFile.objects.exists()


def test_a_payee_without_iban_is_refused_by_name(household_claims):
    titular, *_, batch = household_claims
    titular.iban = ""
    titular.save(update_fields=["iban"])
    with pytest.raises(ValidationError, match="no valid IBAN for"):
        create(batch)
    assert not PayoutFile.objects.exists()


def test_the_statement_pays_the_claims_and_then_the_batch_twice_idempotent(household_claims):
    _titular, _child, own, childs, batch = household_claims
    payout_file = create(batch)
    paid_on = timezone.localdate()

    assert payouts.match_statement_entry(Entry(f"CLM-{own.pk}", own.payout)) == payouts.PAYOUT_PAID
    own.refresh_from_db(), batch.refresh_from_db()
    assert (own.status, own.paid_on) == (ClaimStatus.PAID, paid_on)
    assert batch.status == PaymentBatchStatus.APPROVED  # the dependent's transfer is not on the statement yet

    assert payouts.match_statement_entry(Entry(f"CLM-{childs.pk}", -childs.payout)) == payouts.PAYOUT_PAID
    assert payouts.match_statement_entry(Entry(f"CLM-{childs.pk}", childs.payout)) == payouts.PAYOUT_PAID  # twice
    batch.refresh_from_db(), payout_file.refresh_from_db()
    assert (batch.status, batch.paid_on) == (PaymentBatchStatus.PAID, paid_on)
    assert payout_file.status == PayoutFileStatus.PAID
    assert set(payout_file.transfers.values_list("status", flat=True)) == {PayoutTransferStatus.PAID}


def test_an_entry_that_is_not_a_payouts_is_left_alone(household_claims):
    *_, own, _childs, batch = household_claims
    create(batch)
    assert payouts.match_statement_entry(Entry("ZFDD-20260701-ABC-000001", Decimal("10.00"))) is None
    assert payouts.match_statement_entry(Entry(f"CLM-{own.pk}", own.payout + 1)) is None  # not its amount
    own.refresh_from_db()
    assert own.status == ClaimStatus.IN_BATCH


def test_a_rejected_transfer_comes_back_to_the_clerk_and_a_new_file_pays_it(household_claims):
    titular, _child, own, childs, batch = household_claims
    first = create(batch)
    payouts.payout_transfer_paid(end_to_end_id=f"CLM-{own.pk}", on=timezone.localdate())

    outcome = payouts.match_statement_entry(Entry(f"CLM-{childs.pk}", childs.payout, "credit", return_reason="AC04"))
    again = payouts.payout_transfer_rejected(
        end_to_end_id=f"CLM-{childs.pk}", reason_code="AC04", on=timezone.localdate()
    )

    assert outcome == payouts.PAYOUT_REJECTED
    assert (again.status, again.reject_code, again.reject_text) == ("rejected", "AC04", "Account closed")
    childs.refresh_from_db(), batch.refresh_from_db(), first.refresh_from_db()
    assert childs.status == ClaimStatus.IN_BATCH and batch.status == PaymentBatchStatus.APPROVED
    assert [r["code"] for r in childs.reasons].count("payout.rejected") == 1  # twice: one reason
    assert (childs.reasons[-1]["article"], childs.reasons[-1]["params"]["code"]) == ("Art. 47", "AC04")
    assert "Account closed" in childs.reasons[-1]["text"]
    assert first.status == PayoutFileStatus.PARTLY_REJECTED

    # not again to the closed account
    with pytest.raises(ValidationError, match="correct the account first"):
        create(batch)
    titular.iban = "BE21001234567803"
    titular.save(update_fields=["iban"])
    second = create(batch)
    transfer = second.transfers.get()
    assert (transfer.item_id, transfer.end_to_end_id, transfer.iban) == (childs.pk, f"CLM-{childs.pk}-2", titular.iban)
    payouts.payout_transfer_paid(end_to_end_id=transfer.end_to_end_id, on=timezone.localdate())
    batch.refresh_from_db()
    assert batch.status == PaymentBatchStatus.PAID


def test_a_paid_transfer_is_not_rejected_afterwards(household_claims):
    *_, own, _childs, batch = household_claims
    create(batch)
    payouts.payout_transfer_paid(end_to_end_id=f"CLM-{own.pk}", on=timezone.localdate())
    with pytest.raises(ValidationError, match="was paid on"):
        payouts.payout_transfer_rejected(end_to_end_id=f"CLM-{own.pk}", reason_code="AC01", on=timezone.localdate())


def test_an_unknown_reason_code_is_refused():
    with pytest.raises(ValidationError, match="reason code"):
        payouts.payout_transfer_rejected(end_to_end_id="CLM-1", reason_code="XX99", on=date(2026, 3, 1))


def test_max_invoice_refunds_of_a_year_are_paid_by_the_statement(catalogue):
    from lending.models import MaxInvoiceRefund, RefundStatus

    member = paid_up_member()
    year = timezone.localdate().year - 1
    refund = MaxInvoiceRefund.objects.create(
        member=member, year=year, counted_rent=Decimal("350.00"), refund=Decimal("50.00"), computed_at=timezone.now()
    )
    payout_file = payouts.payout_file_create(kind="max_invoice", source_id=year, execution_date=execution_day())
    transfer = payout_file.transfers.get()
    assert transfer.end_to_end_id == f"MXF-{refund.pk}" and transfer.remittance == f"Maximumfactuur {year} - Art. 54"
    assert payouts.match_statement_entry(Entry(transfer.end_to_end_id, Decimal("50.00"))) == payouts.PAYOUT_PAID
    refund.refresh_from_db()
    assert (refund.status, refund.paid_on) == (RefundStatus.PAID, timezone.localdate())


def test_command_writes_the_batch_file_and_prints_its_path(household_claims, tmp_path):
    *_, batch = household_claims
    out = StringIO()
    call_command("sepa_payouts", "--batch", str(batch.pk), "--out", str(tmp_path), stdout=out)
    path = Path(out.getvalue().strip().splitlines()[0])
    payout_file = PayoutFile.objects.get()
    assert path == tmp_path / payout_file.file_name and path.read_text(encoding="utf-8") == payout_file.xml
    assert payout_file.status == PayoutFileStatus.SENT
    # twice: the same file, written again
    out2 = StringIO()
    call_command("sepa_payouts", "--batch", str(batch.pk), "--out", str(tmp_path), stdout=out2)
    assert out2.getvalue().splitlines()[0] == str(path) and PayoutFile.objects.count() == 1


def test_admin_creates_the_file_from_an_approved_batch_after_confirmation_and_downloads_it(
    household_claims, client, make_user
):
    *_, own, _childs, batch = household_claims
    client.force_login(make_user("clerk"))
    changelist = reverse("admin:bank_payablebatch_changelist")
    asked = client.post(changelist, {"action": "create_transfer_file", "_selected_action": [batch.pk]})
    assert asked.status_code == 200 and not PayoutFile.objects.exists()  # the confirmation page first
    client.post(changelist, {"action": "create_transfer_file", "_selected_action": [batch.pk], "post": "yes"})
    payout_file = PayoutFile.objects.get()

    page = client.get(reverse("admin:bank_payoutfile_change", args=[payout_file.pk])).content.decode()
    assert f"CLM-{own.pk}" in page and payout_file.file_name in page
    download = client.get(reverse("admin:bank_payoutfile_xml", args=[payout_file.pk]))
    assert download.content.decode() == payout_file.xml
    payout_file.refresh_from_db()
    assert payout_file.status == PayoutFileStatus.SENT

    payouts.payout_transfer_rejected(end_to_end_id=f"CLM-{own.pk}", reason_code="AC01", on=timezone.localdate())
    rejected = client.get(reverse("admin:bank_payouttransfer_changelist") + "?status__exact=rejected")
    assert f"CLM-{own.pk}" in rejected.content.decode() and "invalid IBAN" in rejected.content.decode()


def test_api_lists_payout_files_and_shows_a_files_transfers(household_claims, api_client, make_user):
    *_, own, _childs, batch = household_claims
    payout_file = create(batch)
    api_client.force_authenticate(make_user("clerk"))

    listed = api_client.get("/api/v1/payout-files/")
    detail = api_client.get(f"/api/v1/payout-files/{payout_file.pk}/")
    missing = api_client.get("/api/v1/payout-files/99999999999999999999/")

    assert listed.status_code == 200 and "xml" not in str(listed.json())
    assert detail.status_code == 200 and detail.json()["message_id"] == payout_file.message_id
    assert f"CLM-{own.pk}" in {t["end_to_end_id"] for t in detail.json()["transfers"]}
    assert missing.status_code == 404


@pytest.mark.django_db(transaction=True)
def test_parallel_creates_make_one_file_and_parallel_statement_lines_pay_once(table_2026, make_user):
    from benefits import reference
    from core.tests.parallel import require_row_locks, run_at_once

    require_row_locks()
    reference.seed()
    own = glasses(paid_up_member())
    batch = approved_batch(make_user)

    files, errors = run_at_once(lambda i: create(batch))
    assert not errors and len({f.pk for f in files}) == 1 and PayoutFile.objects.count() == 1

    outcomes, errors = run_at_once(lambda i: payouts.match_statement_entry(Entry(f"CLM-{own.pk}", own.payout)))
    assert not errors and outcomes == [payouts.PAYOUT_PAID] * 4
    own.refresh_from_db(), batch.refresh_from_db()
    assert own.status == ClaimStatus.PAID and batch.status == PaymentBatchStatus.PAID
    assert PayoutTransfer.objects.get().status == PayoutTransferStatus.PAID


def test_the_imported_statement_pays_one_transfer_and_rejects_the_other(household_claims):
    """End to end: the pain.001 leaves, the bank's camt.053 comes back with the fund's debit for one
    transfer and the other transfer returned (AC04 closed account): the statement import decides both."""
    from bank import statements
    from bank.models import EntryOutcome
    from bank.tests.statement_builders import Stmt, Tx, camt_file

    titular, _child, own, childs, batch = household_claims
    create(batch)
    day = timezone.localdate()
    name = f"{titular.first_name} {titular.last_name}"
    camt = camt_file(
        [
            Stmt(
                number=7,
                day=day,
                entries=[
                    Tx(own.payout, day, credit=False, name=name, iban=TITULAR_IBAN, e2e=f"CLM-{own.pk}", ref="P1"),
                    Tx(childs.payout, day, credit=True, name=name, iban=TITULAR_IBAN, e2e=f"CLM-{childs.pk}",
                       reason="AC04", ref="P2"),
                ],
            )
        ]
    )  # fmt: skip

    report = statements.statement_import(file_bytes=camt, file_name="camt.xml")

    assert [line.outcome for line in report.lines] == [EntryOutcome.PAYOUT, EntryOutcome.PAYOUT]
    own.refresh_from_db()
    childs.refresh_from_db()
    assert own.status == ClaimStatus.PAID and own.paid_on == day
    assert childs.status != ClaimStatus.PAID
    assert PayoutTransfer.objects.get(end_to_end_id=f"CLM-{childs.pk}").status == "rejected"
    # imported again: nothing decided twice
    again = statements.statement_import(file_bytes=camt, file_name="camt.xml")
    assert {line.outcome for line in again.lines} == {EntryOutcome.DUPLICATE}
