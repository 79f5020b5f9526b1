"""Payouts by SEPA credit transfer, pain.001.001.09 (issue #15).

A claims batch a manager approved, or a year's maximum-invoice refunds or alarm subsidies (Art. 54),
leaves as one pain.001 file: one transfer per claim or refund, to the beneficiary's account (a
dependent's to the titular's: ``benefits.services.payee``), with an end-to-end id that names it
(``CLM-<claim>``, ``MXF-<refund>``, ``ALR-<subsidy>``) and the text the member reads in the
household's language. It is PAID when the bank's statement shows the transfer (``match_statement_entry``,
called by the statement import), not when someone clicks; a transfer the bank rejects comes back to
the clerk with the bank's reason, and a new file pays it again once the account is corrected.

Never twice: a claim or refund is in at most one transfer that was not rejected (a database
constraint), and a batch or year has at most one file the bank has not answered (a database
constraint, and the batch row locked first); creating it again returns that same file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum import iban as std_iban
from stdnum.exceptions import ValidationError as StdnumError
from text_unidecode import unidecode

from bank import rules, xsd
from bank.models import (
    PAYOUT_FILE_OPEN,
    PayoutFile,
    PayoutFileStatus,
    PayoutKind,
    PayoutTransfer,
    PayoutTransferStatus,
)
from bank.services import Creditor, creditor
from benefits import services as benefit_services
from core import audit, bounds
from core.bulk import in_values
from core.money import ZERO, cents
from lending import services as lending_services

#: The pain.001 schema generated (SEPA credit transfer, EPC rulebook 2019+).
PAIN_001_SCHEMA = "pain.001.001.09"
#: An execution date at most this far ahead.
EXECUTION_DAYS_AHEAD = 365


@dataclass(frozen=True)
class _Planned:
    item_id: int
    member_id: int
    household_id: int
    payee_name: str
    iban: str
    amount: Decimal
    remittance: str


def _language(member) -> str:
    return rules.household_language(region=member.household.region)


def _payee(member) -> tuple[str, str]:
    who, account = benefit_services.payee(member)
    return f"{who.first_name} {who.last_name}".strip()[: rules.MAX_NAME_LENGTH], account


def _iban_problem(label: str, name: str, account: str) -> str | None:
    try:
        std_iban.validate(account)
    except StdnumError:
        return _("%(item)s: no valid IBAN for %(payee)s (%(iban)s)") % {
            "item": label,
            "payee": name,
            "iban": account or _("none"),
        }
    return None


def _plan_claims(batch) -> tuple[list[_Planned], list[str]]:
    problems = benefit_services.batch_payee_problems(batch)
    planned = []
    for claim in benefit_services.batch_claims_to_pay(batch):
        name, account = _payee(claim.member)
        language = _language(claim.member)
        what = {"nl": claim.benefit.name_nl, "fr": claim.benefit.name_fr}.get(language) or claim.benefit.name
        planned.append(
            _Planned(
                item_id=claim.pk,
                member_id=claim.member_id,
                household_id=claim.member.household_id,
                payee_name=name,
                iban=std_iban.compact(account),
                amount=cents(claim.payout),
                remittance=rules.payout_remittance_text(
                    language=language,
                    kind=rules.PayoutKind.CLAIMS_BATCH,
                    what=what.lower(),
                    event_date=claim.event_date,
                    article=claim.benefit.article,
                ),
            )
        )
    return planned, problems


def _plan_refunds(kind: rules.PayoutKind, year: int) -> tuple[list[_Planned], list[str]]:
    planned, problems = [], []
    for refund, amount in lending_services.yearly_refunds_to_pay(kind=kind.value, year=year):
        name, account = _payee(refund.member)
        problem = _iban_problem(f"{rules.PAYOUT_PREFIX[kind]} {refund.pk}", name, account)
        if problem:
            problems.append(problem)
            continue
        planned.append(
            _Planned(
                item_id=refund.pk,
                member_id=refund.member_id,
                household_id=refund.member.household_id,
                payee_name=name,
                iban=std_iban.compact(account),
                amount=cents(amount),
                remittance=rules.payout_remittance_text(language=_language(refund.member), kind=kind, year=year),
            )
        )
    return planned, problems


def _rejected_on_same_account(kind: str, planned: list[_Planned]) -> list[str]:
    """A transfer the bank rejected because of the account is not sent again to that same account."""
    last = {}
    for item_id, iban, code in (
        PayoutTransfer.objects.filter(kind=kind, item_id__in=[p.item_id for p in planned])
        .filter(status=PayoutTransferStatus.REJECTED)
        .order_by("pk")
        .values_list("item_id", "iban", "reject_code")
    ):
        last[item_id] = (iban, code)
    problems = []
    for plan in planned:
        iban, code = last.get(plan.item_id, ("", ""))
        reason = rules.TRANSFER_REJECTIONS.get(code)
        if reason and reason.correct_iban and iban == plan.iban:
            problems.append(
                _("%(item)s: the bank rejected %(iban)s of %(payee)s (%(code)s %(label)s): correct the account first.")
                % {"item": plan.item_id, "iban": iban, "payee": plan.payee_name, "code": code, "label": reason.label}
            )
    return problems


def payout_file_create(*, kind: str, source_id: int, execution_date: date, user=None) -> PayoutFile:
    """The pain.001.001.09 file paying an approved claims batch (``source_id``: the batch), or a
    year's computed, unpaid maximum-invoice refunds or alarm subsidies (``source_id``: the year).

    Refused (a ``ValidationError`` naming the payee) when a payee has no valid IBAN. Validated against
    the XSD before it is stored with its checksum. Idempotent: while the bank has not answered the
    source's file, creating it again returns that file (same content); after a rejection, a new file
    pays what is left (the rejected transfers, once their account is corrected)."""
    try:
        payout_kind = rules.PayoutKind(kind)
    except ValueError as exc:
        raise ValidationError({"kind": _("claims_batch, max_invoice or alarm.")}) from exc
    today = timezone.localdate()
    if payout_kind is rules.PayoutKind.CLAIMS_BATCH:
        if not bounds.is_id(source_id):
            raise ValidationError({"batch": _("Payment batch %(id)s does not exist.") % {"id": source_id}})
    elif not (isinstance(source_id, int) and bounds.FIRST_YEAR <= source_id <= today.year):
        raise ValidationError({"year": _("A year from %(first)s to this year.") % {"first": bounds.FIRST_YEAR}})
    if not today <= execution_date <= today + timedelta(days=EXECUTION_DAYS_AHEAD):
        raise ValidationError({"execution_date": _("From today to a year ahead.")})
    fund = creditor()

    with transaction.atomic(), audit.action(name="bank.payout_file_create", user=user):
        # the batch locked first: one file at a time per batch (a year's refunds: the unique open file)
        batch = (
            benefit_services.batch_get_approved(int(source_id))
            if payout_kind is rules.PayoutKind.CLAIMS_BATCH
            else None
        )
        existing = (
            PayoutFile.objects.select_for_update()
            .filter(kind=payout_kind.value, source_id=source_id, status__in=PAYOUT_FILE_OPEN)
            .first()
        )
        if existing is not None:
            return existing
        if batch is not None:
            planned, problems = _plan_claims(batch)
        else:
            planned, problems = _plan_refunds(payout_kind, int(source_id))
        problems += _rejected_on_same_account(payout_kind.value, planned)
        if problems:
            raise ValidationError({"iban": problems})
        taken = set(
            PayoutTransfer.objects.filter(kind=payout_kind.value, item_id__in=[p.item_id for p in planned])
            .exclude(status=PayoutTransferStatus.REJECTED)
            .values_list("item_id", flat=True)
        )
        planned = [p for p in planned if p.item_id not in taken]
        if not planned:
            raise ValidationError({"source_id": _("Nothing left to pay: every transfer was paid or is on its way.")})
        number = PayoutFile.objects.filter(kind=payout_kind.value, source_id=source_id).count() + 1
        try:
            with transaction.atomic():
                payout_file = PayoutFile.objects.create(
                    kind=payout_kind.value,
                    source_id=source_id,
                    message_id=rules.payout_message_id(payout_kind, int(source_id), number),
                    execution_date=execution_date,
                    xml="",
                    sha256="",
                    created_by=user if getattr(user, "pk", None) else None,
                )
        except IntegrityError:  # another request made it meanwhile: that one is the file
            return PayoutFile.objects.get(kind=payout_kind.value, source_id=source_id, status__in=PAYOUT_FILE_OPEN)
        attempts = _attempts(payout_kind.value, [p.item_id for p in planned])
        transfers = [
            PayoutTransfer(
                file=payout_file,
                kind=payout_kind.value,
                item_id=plan.item_id,
                member_id=plan.member_id,
                household_id=plan.household_id,
                payee_name=plan.payee_name,
                iban=plan.iban,
                amount=plan.amount,
                end_to_end_id=rules.payout_end_to_end_id(payout_kind, plan.item_id, attempts.get(plan.item_id, 0) + 1),
                remittance=unidecode(plan.remittance)[: rules.MAX_REMITTANCE_LENGTH],
            )
            for plan in planned
        ]
        PayoutTransfer.objects.bulk_create(transfers)
        xml = _pain_001(payout_file, transfers, fund)
        payout_file.xml = xml
        payout_file.sha256 = hashlib.sha256(xml.encode()).hexdigest()
        payout_file.transfer_count = len(transfers)
        payout_file.total = cents(sum((t.amount for t in transfers), ZERO))
        payout_file.save(update_fields=["xml", "sha256", "transfer_count", "total"])
        audit.log_bulk_create(
            transfers, fields=["end_to_end_id", "amount", "iban"], note=f"payout file {payout_file.message_id}"
        )
    return payout_file


def _attempts(kind: str, item_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for item_id in PayoutTransfer.objects.filter(kind=kind, item_id__in=item_ids).values_list("item_id", flat=True):
        counts[item_id] = counts.get(item_id, 0) + 1
    return counts


def _pain_001(payout_file: PayoutFile, transfers: list[PayoutTransfer], fund: Creditor) -> str:
    """The file's pain.001.001.09, by sepaxml, validated against the official XSD (``bank.xsd``)."""
    from sepaxml import SepaTransfer

    sepa = SepaTransfer(
        {"name": fund.name, "IBAN": fund.iban, "BIC": fund.bic, "batch": True, "currency": "EUR"},
        schema=PAIN_001_SCHEMA,
    )
    sepa._xml.find("CstmrCdtTrfInitn/GrpHdr/MsgId").text = payout_file.message_id
    for transfer in transfers:
        sepa.add_payment(
            {
                "name": transfer.payee_name,
                "IBAN": transfer.iban,
                "amount": int(transfer.amount * 100),
                "execution_date": payout_file.execution_date,
                "description": transfer.remittance,
                "endtoend_id": transfer.end_to_end_id,
            }
        )
    xml = sepa.export(validate=False)
    problem = xsd.problem(xml, PAIN_001_SCHEMA)
    if problem:
        raise ValidationError(_("The pain.001 file does not validate against the XSD: %(error)s") % {"error": problem})
    return xml.decode("utf-8")


def payout_file_mark_sent(*, payout_file: PayoutFile | int, user=None) -> PayoutFile:
    """The file was handed to the bank (written out or downloaded): generated → sent; else unchanged."""
    pk = payout_file.pk if isinstance(payout_file, PayoutFile) else payout_file
    with transaction.atomic(), audit.action(name="bank.payout_file_mark_sent", user=user):
        locked = PayoutFile.objects.select_for_update().get(pk=pk)
        if locked.status == PayoutFileStatus.GENERATED:
            locked.status = PayoutFileStatus.SENT
            locked.save(update_fields=["status"])
    return locked


# --- the bank's statement: paid, or rejected ------------------------------------------------------------


def _lock_transfer(end_to_end_id: str) -> PayoutTransfer | None:
    """The transfer and its file, locked (file first, then the transfer)."""
    file_id = PayoutTransfer.objects.filter(end_to_end_id=end_to_end_id).values_list("file_id", flat=True).first()
    if file_id is None:
        return None
    PayoutFile.objects.select_for_update().filter(pk=file_id).first()
    return PayoutTransfer.objects.select_for_update().select_related("file").get(end_to_end_id=end_to_end_id)


def _settle_file(payout_file: PayoutFile) -> None:
    statuses = set(payout_file.transfers.values_list("status", flat=True))
    if PayoutTransferStatus.PENDING in statuses or not statuses:
        return
    if statuses == {PayoutTransferStatus.PAID}:
        status = PayoutFileStatus.PAID
    elif statuses == {PayoutTransferStatus.REJECTED}:
        status = PayoutFileStatus.REJECTED
    else:
        status = PayoutFileStatus.PARTLY_REJECTED
    if payout_file.status != status:
        payout_file.status = status
        payout_file.save(update_fields=["status"])


def _on_problem(on: date, transfer: PayoutTransfer) -> None:
    bounds.raise_problems(
        {"on": bounds.past_date_problem(on, today=timezone.localdate(), earliest=transfer.file.created_at.date())}
    )


def payout_transfer_paid(*, end_to_end_id: str, on: date) -> PayoutTransfer | None:
    """The statement shows the transfer ``end_to_end_id`` debited on ``on``: the transfer is paid,
    and the claim (paid, ``paid_on``; its batch when none waits any more) or the refund with it.
    ``None`` when the id is not a payout's; twice changes nothing."""
    with transaction.atomic(), audit.action(name="bank.payout_transfer_paid"):
        transfer = _lock_transfer(end_to_end_id)
        if transfer is None or transfer.status != PayoutTransferStatus.PENDING:
            return transfer
        _on_problem(on, transfer)
        transfer.status = PayoutTransferStatus.PAID
        transfer.paid_on = on
        transfer.save(update_fields=["status", "paid_on"])
        if transfer.kind == PayoutKind.CLAIMS_BATCH:
            benefit_services.batch_claim_paid(claim_id=transfer.item_id, paid_on=on)
        else:
            lending_services.yearly_refund_paid(
                kind=transfer.kind, refund_id=transfer.item_id, paid_on=on, reference=end_to_end_id
            )
        _settle_file(transfer.file)
    return transfer


def payout_transfer_rejected(*, end_to_end_id: str, reason_code: str, on: date) -> PayoutTransfer | None:
    """The bank rejected (or returned) the transfer ``end_to_end_id`` with an ISO reason: the
    transfer is rejected with the reason, and the claim or refund comes back to the clerk unpaid
    (the claim carries the bank's reason; both are listed among the rejected transfers) for a new
    file once the account is corrected. ``None`` when the id is not a payout's; twice changes
    nothing. A transfer the statement showed paid is not rejected afterwards: a ``ValidationError``."""
    code = (reason_code or "").strip().upper()
    if code not in rules.TRANSFER_REJECTIONS:
        raise ValidationError(
            {
                "reason_code": _("Not an ISO 20022 reason code of a credit transfer known here: %(code)s.")
                % {"code": code}
            }
        )
    meaning = rules.TRANSFER_REJECTIONS[code]
    with transaction.atomic(), audit.action(name="bank.payout_transfer_rejected", reason=f"{code} {meaning.label}"):
        transfer = _lock_transfer(end_to_end_id)
        if transfer is None or transfer.status == PayoutTransferStatus.REJECTED:
            return transfer
        if transfer.status == PayoutTransferStatus.PAID:
            raise ValidationError(
                {
                    "end_to_end_id": _("Transfer %(id)s was paid on %(day)s: a clerk handles money coming back later.")
                    % {"id": end_to_end_id, "day": transfer.paid_on}
                }
            )
        _on_problem(on, transfer)
        transfer.status = PayoutTransferStatus.REJECTED
        transfer.reject_code = code
        transfer.reject_text = meaning.label[:140]
        transfer.rejected_on = on
        transfer.save(update_fields=["status", "reject_code", "reject_text", "rejected_on"])
        if transfer.kind == PayoutKind.CLAIMS_BATCH:
            benefit_services.claim_payout_rejected(
                claim_id=transfer.item_id, code=code, label=meaning.label, amount=transfer.amount, on=on
            )
        _settle_file(transfer.file)
    return transfer


# --- the statement import's matcher ---------------------------------------------------------------------


class StatementEntry(Protocol):
    """What the matcher reads of a statement entry (CODA or camt.053 line)."""

    direction: str  # "debit" (money left the fund's account) or "credit"
    end_to_end_id: str | None
    amount: Decimal
    booking_date: date
    return_reason: str | None


@dataclass
class StatementLine:
    """A statement entry as the matcher reads it (``bank.statements`` hands its rows over as these)."""

    end_to_end_id: str | None
    amount: Decimal
    direction: str
    booking_date: date
    return_reason: str | None = None


PAYOUT_PAID = "payout paid"
PAYOUT_REJECTED = "payout rejected"


def transfer_end_to_end_ids(end_to_end_ids) -> set[str]:
    """Which of these end-to-end ids are payout transfers' (a statement's entries, one query for all
    on PostgreSQL: only those are given to ``match_statement_entry``)."""
    wanted = sorted({(e2e or "").strip() for e2e in end_to_end_ids} - {""})
    found: set[str] = set()
    if wanted:
        for condition in in_values("end_to_end_id", wanted, text=True):
            found.update(PayoutTransfer.objects.filter(condition).order_by().values_list("end_to_end_id", flat=True))
    return found


def match_statement_entry(entry: StatementEntry) -> str | None:
    """Match a statement entry to a payout by its end-to-end id: a debit of the transfer's amount
    pays it; an entry with a return reason (or a credit coming back) rejects it. Returns the
    outcome (``"payout paid"`` / ``"payout rejected"``), or ``None`` when the entry is not a
    payout's (another id, or an amount that is not the transfer's: left to the other matchers and
    the clerk)."""
    end_to_end_id = (getattr(entry, "end_to_end_id", None) or "").strip()
    if not end_to_end_id:
        return None
    amount = PayoutTransfer.objects.filter(end_to_end_id=end_to_end_id).values_list("amount", flat=True).first()
    if amount is None or abs(Decimal(entry.amount)) != amount:
        return None
    reason = (getattr(entry, "return_reason", None) or "").strip().upper()
    if reason or entry.direction == "credit":
        if reason not in rules.TRANSFER_REJECTIONS:
            reason = "MS03"  # returned without a reason the fund knows
        payout_transfer_rejected(end_to_end_id=end_to_end_id, reason_code=reason, on=entry.booking_date)
        return PAYOUT_REJECTED
    payout_transfer_paid(end_to_end_id=end_to_end_id, on=entry.booking_date)
    return PAYOUT_PAID
