"""SEPA direct debit of the contributions (issue #15): mandates, their amendments, collection runs
and what each collected. The rules are in ``bank/rules.py`` (SEPA Core rulebook)."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from stdnum import iban as std_iban
from stdnum.exceptions import ValidationError as StdnumError

from bank import rules
from benefits import models as benefits_models
from core.formatting import eur, short_date


def normalise_iban(value: str) -> str:
    """``be68 5390 0754 7034`` → ``BE68539007547034``; a ``ValidationError`` when it is no IBAN."""
    try:
        return std_iban.validate(value or "")
    except StdnumError as exc:
        raise ValidationError(_("Not a valid IBAN (check digits or length).")) from exc


def validate_iban(value: str) -> None:
    normalise_iban(value)


def validate_sepa_id(value: str) -> None:
    if not rules.is_sepa_id(value):
        raise ValidationError(
            _(
                "At most 35 characters: letters, digits, spaces and / - ? : ( ) . , ' + "
                "(not starting or ending with / and no //)."
            )
        )


class MandateStatus(models.TextChoices):
    ACTIVE = rules.MandateStatus.ACTIVE.value, _("Active")
    SUSPENDED = rules.MandateStatus.SUSPENDED.value, _("Suspended")
    REVOKED = rules.MandateStatus.REVOKED.value, _("Revoked")
    # SEPA Core rulebook PR-01.05: 36 months without a collection
    EXPIRED = rules.MandateStatus.EXPIRED.value, _("Expired")


class Frequency(models.TextChoices):
    MONTHLY = rules.Frequency.MONTHLY.value, _("Monthly")
    YEARLY = rules.Frequency.YEARLY.value, _("Yearly (the year's dues at once)")


class Mandate(models.Model):
    """A SEPA Core direct debit mandate (domiciliëringsmandaat) of a household for its contributions."""

    reference = models.CharField(
        _("mandate reference"),
        max_length=35,
        unique=True,
        validators=[validate_sepa_id],
        help_text=_("Unique; generated when left empty."),
    )
    household = models.ForeignKey(
        "members.Household",
        on_delete=models.PROTECT,
        related_name="mandates",
        verbose_name=_("household"),
        db_index=False,  # mandate_household_idx serves it
    )
    debtor_name = models.CharField(_("debtor name"), max_length=70)
    iban = models.CharField(_("IBAN"), max_length=34, validators=[validate_iban])
    bic = models.CharField(_("BIC"), max_length=11, blank=True)
    signed_on = models.DateField(_("signed on"))
    status = models.CharField(
        _("status"), max_length=10, choices=MandateStatus.choices, default=MandateStatus.ACTIVE, db_index=True
    )
    status_reason = models.CharField(_("status reason"), max_length=200, blank=True)
    status_changed_on = models.DateField(_("status changed on"), null=True, blank=True)
    frequency = models.CharField(_("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.MONTHLY)
    last_collection_on = models.DateField(
        _("last collection"), null=True, blank=True, help_text=_("Expires 36 months after it (SEPA rulebook).")
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["household", "-signed_on", "-id"]
        verbose_name = _("direct debit mandate")
        verbose_name_plural = _("direct debit mandates")
        indexes = [
            models.Index(fields=["household", "status"], name="mandate_household_idx"),
            models.Index(fields=["iban"], name="mandate_iban_idx"),  # issue #16: who pays from this IBAN
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["household"],
                condition=Q(status="active"),
                name="mandate_one_active_per_household",
                violation_error_message=_("This household already has an active mandate."),
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def expires_on(self):
        return rules.mandate_expires_on(signed_on=self.signed_on, last_collection_on=self.last_collection_on)


class AmendedField(models.TextChoices):
    IBAN = "iban", _("IBAN")
    BIC = "bic", _("BIC")
    DEBTOR_NAME = "debtor_name", _("debtor name")
    REFERENCE = "reference", _("mandate reference")


class MandateAmendment(models.Model):
    """One change of a mandate's IBAN, BIC, debtor name or reference: the old value is kept."""

    mandate = models.ForeignKey(Mandate, on_delete=models.PROTECT, related_name="amendments", verbose_name=_("mandate"))
    field = models.CharField(_("what changed"), max_length=12, choices=AmendedField.choices)
    old_value = models.CharField(_("old value"), max_length=70)
    new_value = models.CharField(_("new value"), max_length=70)
    other_bank = models.BooleanField(
        _("to another bank"), default=False, help_text=_("The next collection is a first one again (FRST).")
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    amended_at = models.DateTimeField(_("amended at"))
    amended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["mandate", "-amended_at", "-id"]
        verbose_name = _("mandate amendment")
        verbose_name_plural = _("mandate amendments")

    def __str__(self):
        return f"{self.get_field_display()}: {self.old_value} → {self.new_value}"


class RunStatus(models.TextChoices):
    GENERATED = "generated", _("File generated")  # to be sent to the bank
    SETTLED = "settled", _("Settled")  # the bank credited it: payments booked


class CollectionRun(models.Model):
    """One pain.008.001.08 file: a collection date, one payment information block per sequence type."""

    collection_date = models.DateField(_("collection date"), db_index=True)
    message_id = models.CharField(_("message id"), max_length=35, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.GENERATED)
    item_count = models.PositiveIntegerField(_("collections"), default=0)
    due_count = models.PositiveIntegerField(_("months collected"), default=0)
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2, default=Decimal("0.00"))
    xml = models.TextField(_("pain.008 file"), editable=False)
    sha256 = models.CharField(_("checksum (SHA-256)"), max_length=64)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    settled_on = models.DateField(_("settled on"), null=True, blank=True)

    class Meta:
        ordering = ["-collection_date", "-id"]
        verbose_name = _("direct debit collection")
        verbose_name_plural = _("direct debit collections")
        constraints = [
            models.CheckConstraint(
                condition=Q(total__gte=0),
                name="collection_run_total",
                violation_error_message=_("Total: zero or more."),
            )
        ]

    def __str__(self):
        return f"{self.message_id} ({short_date(self.collection_date)}, {eur(self.total)})"

    @property
    def file_name(self) -> str:
        return f"{self.message_id}.xml"


class SequenceType(models.TextChoices):
    FIRST = rules.SequenceType.FIRST.value, _("First (FRST)")
    RECURRENT = rules.SequenceType.RECURRENT.value, _("Recurrent (RCUR)")


class ItemStatus(models.TextChoices):
    PENDING = "pending", _("Sent, not yet credited")
    SETTLED = "settled", _("Credited")
    RETURNED = "returned", _("Returned")  # R-transaction: the months are open again


class ReturnReasonCode(models.TextChoices):
    """ISO 20022 reason codes of returned or rejected collections (``bank.rules.RETURN_REASONS``)."""

    AC01 = "AC01", _("AC01 Account identifier incorrect (invalid IBAN)")
    AC04 = "AC04", _("AC04 Account closed")
    AC06 = "AC06", _("AC06 Account blocked")
    AC13 = "AC13", _("AC13 Debtor account is a consumer account")
    AG01 = "AG01", _("AG01 Direct debit forbidden on this account")
    AG02 = "AG02", _("AG02 Wrong operation or transaction code")
    AM04 = "AM04", _("AM04 Insufficient funds")
    AM05 = "AM05", _("AM05 Duplicate collection")
    BE05 = "BE05", _("BE05 Creditor identifier unknown to the debtor's bank")
    CNOR = "CNOR", _("CNOR Creditor bank is not registered")
    DNOR = "DNOR", _("DNOR Debtor bank is not registered")
    FF01 = "FF01", _("FF01 Invalid file format")
    MD01 = "MD01", _("MD01 No valid mandate")
    MD02 = "MD02", _("MD02 Mandate data missing or incorrect")
    MD06 = "MD06", _("MD06 Refund requested by the debtor")
    MD07 = "MD07", _("MD07 Debtor deceased")
    MS02 = "MS02", _("MS02 Refused by the debtor")
    MS03 = "MS03", _("MS03 Reason not specified by the bank")
    RC01 = "RC01", _("RC01 Bank identifier (BIC) incorrect")
    RR01 = "RR01", _("RR01 Debtor account or identification missing")
    RR02 = "RR02", _("RR02 Debtor name or address missing")
    RR03 = "RR03", _("RR03 Creditor name or address missing")
    RR04 = "RR04", _("RR04 Regulatory reason")
    SL01 = "SL01", _("SL01 Specific service of the debtor's bank")


class CollectionItem(models.Model):
    """One direct debit in a run: a mandate, the sum of the household's months it collects."""

    run = models.ForeignKey(CollectionRun, on_delete=models.PROTECT, related_name="items", verbose_name=_("run"))
    mandate = models.ForeignKey(Mandate, on_delete=models.PROTECT, related_name="items", verbose_name=_("mandate"))
    household = models.ForeignKey(
        "members.Household",
        on_delete=models.PROTECT,
        related_name="collection_items",
        verbose_name=_("household"),
    )
    sequence_type = models.CharField(_("sequence"), max_length=4, choices=SequenceType.choices)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    end_to_end_id = models.CharField(_("end-to-end id"), max_length=35, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    payment = models.OneToOneField(
        "members.Payment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="collection_item",
        verbose_name=_("payment"),
    )
    settled_on = models.DateField(_("credited on"), null=True, blank=True)
    return_reason = models.CharField(_("return reason"), max_length=4, choices=ReturnReasonCode.choices, blank=True)
    returned_on = models.DateField(_("returned on"), null=True, blank=True)
    dues = models.ManyToManyField(
        "members.ContributionDue", through="CollectionItemDue", related_name="collection_items", verbose_name=_("dues")
    )

    class Meta:
        ordering = ["run", "id"]
        verbose_name = _("direct debit")
        verbose_name_plural = _("direct debits")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0),
                name="collection_item_amount_positive",
                violation_error_message=_("Amount: more than 0,00 €."),
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(return_reason=""),
                name="collection_item_return_has_reason",
                violation_error_message=_("Return reason: required for a returned direct debit."),
            ),
        ]

    def __str__(self):
        return f"{self.end_to_end_id} {eur(self.amount)}"


class CollectionItemDue(models.Model):
    """A month (``members.ContributionDue``) an item collects. ``open`` until the item is returned:
    a month is in at most one open item, so it is never collected twice."""

    item = models.ForeignKey(CollectionItem, on_delete=models.PROTECT, related_name="links")
    due = models.ForeignKey("members.ContributionDue", on_delete=models.PROTECT, related_name="collection_links")
    open = models.BooleanField(_("open"), default=True)

    class Meta:
        verbose_name = _("month collected")
        verbose_name_plural = _("months collected")
        constraints = [
            models.UniqueConstraint(
                fields=["due"],
                condition=Q(open=True),
                name="collection_due_once",
                violation_error_message=_("This month is already in a collection that was not returned."),
            ),
            models.UniqueConstraint(
                fields=["item", "due"],
                name="collection_item_due_unique",
                violation_error_message=_("Contribution due: already in this collection item."),
            ),
        ]

    def __str__(self):
        return f"{self.item_id}: {self.due_id}"


# --- payouts by SEPA credit transfer (pain.001.001.09) ------------------------------------------------


class PayoutKind(models.TextChoices):
    CLAIMS_BATCH = rules.PayoutKind.CLAIMS_BATCH.value, _("Claims batch")
    MAX_INVOICE = rules.PayoutKind.MAX_INVOICE.value, _("Maximum-invoice refunds of a year (Art. 54)")
    ALARM = rules.PayoutKind.ALARM.value, _("Alarm subsidies of a year (Art. 54)")


class PayoutFileStatus(models.TextChoices):
    GENERATED = "generated", _("File generated")  # to be sent to the bank
    SENT = "sent", _("Sent to the bank")  # written out for the bank; its transfers await the statement
    PAID = "paid", _("Paid")  # the statement showed every transfer
    PARTLY_REJECTED = "partly_rejected", _("Partly rejected")  # settled; some transfers came back
    REJECTED = "rejected", _("Rejected")  # every transfer came back


#: A file whose transfers the bank has not all answered: at most one per source (batch or year).
PAYOUT_FILE_OPEN = (PayoutFileStatus.GENERATED, PayoutFileStatus.SENT)


class PayoutFile(models.Model):
    """One pain.001.001.09 file (SEPA credit transfer) paying a claims batch, or a year's
    maximum-invoice refunds or alarm subsidies (Art. 54)."""

    kind = models.CharField(_("what it pays"), max_length=12, choices=PayoutKind.choices)
    source_id = models.PositiveIntegerField(_("batch or year"))
    message_id = models.CharField(_("message id"), max_length=35, unique=True)
    execution_date = models.DateField(_("execution date"))
    status = models.CharField(
        _("status"), max_length=16, choices=PayoutFileStatus.choices, default=PayoutFileStatus.GENERATED
    )
    transfer_count = models.PositiveIntegerField(_("transfers"), default=0)
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2, default=Decimal("0.00"))
    xml = models.TextField(_("pain.001 file"), editable=False)
    sha256 = models.CharField(_("checksum (SHA-256)"), max_length=64)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("payout file")
        verbose_name_plural = _("payout files")
        constraints = [
            models.CheckConstraint(
                condition=Q(total__gte=0), name="payout_file_total", violation_error_message=_("Total: zero or more.")
            ),
            models.UniqueConstraint(
                fields=["kind", "source_id"],
                condition=Q(status__in=["generated", "sent"]),
                name="payout_file_one_open_per_source",
                violation_error_message=_("This batch or year already has a payout file the bank has not answered."),
            ),
        ]

    def __str__(self):
        return f"{self.message_id} ({self.get_kind_display()} {self.source_id}, {eur(self.total)})"

    @property
    def file_name(self) -> str:
        return f"{self.message_id}.xml"


class PayoutTransferStatus(models.TextChoices):
    PENDING = "pending", _("Sent, not yet on the statement")
    PAID = "paid", _("Paid (on the statement)")
    REJECTED = "rejected", _("Rejected by the bank")  # back to the clerk with the bank's reason


class PayoutTransfer(models.Model):
    """One credit transfer of a payout file: a claim, refund or subsidy paid to the beneficiary's
    account (a dependent's to the titular's, ``benefits.services.payee``)."""

    file = models.ForeignKey(PayoutFile, on_delete=models.PROTECT, related_name="transfers", verbose_name=_("file"))
    kind = models.CharField(_("what it pays"), max_length=12, choices=PayoutKind.choices)
    item_id = models.PositiveIntegerField(_("claim, refund or subsidy"))
    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="payout_transfers", verbose_name=_("beneficiary")
    )
    household = models.ForeignKey(
        "members.Household", on_delete=models.PROTECT, related_name="payout_transfers", verbose_name=_("household")
    )
    payee_name = models.CharField(_("account holder"), max_length=70)
    iban = models.CharField(_("IBAN"), max_length=34)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    end_to_end_id = models.CharField(_("end-to-end id"), max_length=35, unique=True)
    remittance = models.CharField(_("remittance text"), max_length=140)
    status = models.CharField(
        _("status"), max_length=10, choices=PayoutTransferStatus.choices, default=PayoutTransferStatus.PENDING
    )
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    reject_code = models.CharField(_("bank's reason code"), max_length=4, blank=True)
    reject_text = models.CharField(_("bank's reason"), max_length=140, blank=True)
    rejected_on = models.DateField(_("rejected on"), null=True, blank=True)

    class Meta:
        ordering = ["file", "id"]
        verbose_name = _("payout transfer")
        verbose_name_plural = _("payout transfers")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0),
                name="payout_transfer_amount_positive",
                violation_error_message=_("Amount: more than 0,00 €."),
            ),
            # an item is paid by one transfer at most: a new one only after the bank rejected the last
            models.UniqueConstraint(
                fields=["kind", "item_id"],
                condition=~Q(status="rejected"),
                name="payout_transfer_item_once",
                violation_error_message=_("This claim or refund is already in a transfer that was not rejected."),
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reject_code=""),
                name="payout_transfer_reject_has_reason",
                violation_error_message=_("Reject code: required for a rejected transfer."),
            ),
        ]

    def __str__(self):
        return f"{self.end_to_end_id} {eur(self.amount)}"


class PayableBatch(benefits_models.PaymentBatch):
    """A claims batch as the bank's screens show it: approved ones are paid by a pain.001 file."""

    class Meta:
        proxy = True
        verbose_name = _("claims batch to pay")
        verbose_name_plural = _("claims batches to pay")


# --- bank statements in (CODA 2.x and camt.053, issue #15 "Statements in") ------------------------------


class StatementFormat(models.TextChoices):
    CODA = "coda", _("CODA 2.x")
    CAMT_053 = "camt053", _("camt.053")
    CAMT_054 = "camt054", _("camt.054 (notification)")
    PAIN_002 = "pain002", _("pain.002 (status report: rejections)")


class Statement(models.Model):
    """One statement of the fund's account as the bank sent it (uittreksel): imported once.

    Its identity is (account, number, date): the same statement imported again, alone or inside
    another file, is recognised and stores nothing."""

    account_iban = models.CharField(_("account"), max_length=34)
    number = models.CharField(_("statement number"), max_length=35)
    statement_date = models.DateField(_("statement date"))
    format = models.CharField(_("format"), max_length=8, choices=StatementFormat.choices)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    sha256 = models.CharField(_("file checksum (SHA-256)"), max_length=64, db_index=True)
    opening_balance = models.DecimalField(_("old balance"), max_digits=14, decimal_places=2, null=True, blank=True)
    closing_balance = models.DecimalField(_("new balance"), max_digits=14, decimal_places=2, null=True, blank=True)
    entry_count = models.PositiveIntegerField(_("entries"), default=0)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )

    class Meta:
        ordering = ["-statement_date", "-id"]
        verbose_name = _("bank statement")
        verbose_name_plural = _("bank statements")
        constraints = [
            models.UniqueConstraint(
                fields=["account_iban", "number", "statement_date"],
                name="statement_identity",
                violation_error_message=_("This statement was already imported."),
            )
        ]

    def __str__(self):
        return f"{self.account_iban} {self.number} ({short_date(self.statement_date)})"


class EntryOutcome(models.TextChoices):
    """What an entry of a statement became."""

    MATCHED = "matched", _("Matched to a household")  # a contribution payment (Art. 8 §2: months settled)
    COLLECTION_CREDITED = "collection", _("Direct debit collection credited")
    COLLECTION_RETURNED = "returned", _("Direct debit returned")  # the months are open again
    PAYOUT = "payout", _("Payout (credit transfer)")
    UNMATCHED = "unmatched", _("Unmatched: for a clerk")
    NOT_OURS = "not_ours", _("Not ours")
    TO_REFUND = "to_refund", _("To refund")
    DUPLICATE = "duplicate", _("Duplicate (already imported)")


class StatementEntry(models.Model):
    """One movement of a statement and what it became. Its ``identity`` (the bank's reference, or
    the account, date, sequence, amount and counterparty when the bank gives none) is stored once:
    an overlapping statement finds it and books nothing twice."""

    statement = models.ForeignKey(
        Statement, on_delete=models.PROTECT, related_name="entries", verbose_name=_("statement")
    )
    identity = models.CharField(_("identity"), max_length=200)
    sequence = models.CharField(_("sequence"), max_length=20)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    credit = models.BooleanField(_("credit"), help_text=_("Money in (a debit is money out)."))
    booking_date = models.DateField(_("booking date"))
    value_date = models.DateField(_("value date"), null=True, blank=True)
    counterparty_name = models.CharField(_("counterparty"), max_length=140, blank=True)
    counterparty_iban = models.CharField(_("counterparty IBAN"), max_length=34, blank=True, db_index=True)
    counterparty_bic = models.CharField(_("counterparty BIC"), max_length=11, blank=True)
    structured_communication = models.CharField(_("structured communication"), max_length=21, blank=True)
    communication = models.CharField(_("communication"), max_length=400, blank=True)
    bank_reference = models.CharField(_("bank reference"), max_length=64, blank=True)
    end_to_end_id = models.CharField(_("end-to-end id"), max_length=35, blank=True, db_index=True)
    transaction_code = models.CharField(_("transaction code"), max_length=40, blank=True)
    return_reason = models.CharField(_("return reason"), max_length=4, blank=True)
    outcome = models.CharField(_("outcome"), max_length=10, choices=EntryOutcome.choices, db_index=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    household = models.ForeignKey(
        "members.Household",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statement_entries",
        verbose_name=_("household"),
    )
    payment = models.OneToOneField(
        "members.Payment",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statement_entry",
        verbose_name=_("payment"),
    )
    collection_item = models.ForeignKey(
        CollectionItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statement_entries",
        verbose_name=_("direct debit"),
    )
    collection_run = models.ForeignKey(
        CollectionRun,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="statement_entries",
        verbose_name=_("collection"),
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), null=True, blank=True)

    class Meta:
        ordering = ["statement", "id"]
        verbose_name = _("statement entry")
        verbose_name_plural = _("statement entries")
        constraints = [
            models.UniqueConstraint(
                fields=["identity"],
                condition=~Q(outcome="duplicate"),
                name="statement_entry_identity",
                violation_error_message=_("This bank movement was already imported."),
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="statement_entry_amount",
                violation_error_message=_("Amount: zero or more (the direction is recorded apart)."),
            ),
        ]

    def __str__(self):
        sign = "" if self.credit else "-"
        return f"{short_date(self.booking_date)} {sign}{eur(self.amount)} {self.counterparty_name}".strip()

    @property
    def payment_reference(self) -> str:
        """The bank reference the entry's payment carries (``members.Payment.bank_reference``, 64
        characters, unique): the identity, or its digest when longer."""
        import hashlib

        if len(self.identity) <= 64:
            return self.identity
        return "stmt:" + hashlib.sha256(self.identity.encode()).hexdigest()[:59]
