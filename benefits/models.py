"""The benefit catalogue (versioned rules) and the claims judged against it (Art. 42–60)."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from benefits import catalogue, rules
from core.formatting import eur


class Benefit(models.Model):
    """A benefit of the statutes, with a stable ``code`` (SPEC §2)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    article = models.CharField(_("article"), max_length=20, help_text=_("e.g. Art. 44"))
    name = models.CharField(_("name (English)"), max_length=120)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    service_code = models.CharField(_("service code"), max_length=8, default="15", help_text=_("Art. 66"))
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")

    def __str__(self):
        return f"{self.localized_name} ({self.article})"

    @property
    def localized_name(self) -> str:
        language = (get_language() or "en")[:2]
        return {"nl": self.name_nl, "fr": self.name_fr}.get(language) or self.name


class RuleVersion(models.Model):
    """One version of a benefit's rule, in force from ``effective_from`` until the next one.

    A manager adds next year's version in the admin; a claim is judged by the version in force on
    its event date. The fields map one to one on ``benefits.rules.RuleSpec``.
    """

    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="versions", verbose_name=_("benefit"))
    effective_from = models.DateField(_("in force from"))
    calculation = models.CharField(
        _("calculation"), max_length=20, choices=[(c.value, c.value.replace("_", " ")) for c in rules.Calculation]
    )
    unit = models.CharField(
        _("unit"), max_length=20, blank=True, help_text=_("session, night, day, hour, km, insole, eye, month")
    )
    unit_amount = models.DecimalField(_("amount per unit"), max_digits=10, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(_("percentage"), max_digits=5, decimal_places=2, null=True, blank=True)
    fixed_amount = models.DecimalField(_("fixed amount"), max_digits=10, decimal_places=2, null=True, blank=True)
    capped_at_paid = models.BooleanField(_("never more than the price paid"), default=False)
    deduct_compulsory = models.BooleanField(_("less the compulsory reimbursement"), default=False)
    excluded_if_compulsory = models.BooleanField(_("not when the compulsory insurance pays"), default=False)
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    age_in_year = models.BooleanField(_("age reached in the calendar year"), default=False)
    requires_vt = models.BooleanField(_("requires VT status on 1 January"), default=False)
    evidence = models.JSONField(_("required evidence"), default=list, blank=True)
    required_facts = models.JSONField(_("required facts"), default=list, blank=True)
    allowed_values = models.JSONField(_("allowed values"), default=dict, blank=True)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    subject = models.CharField(
        _("counts per"),
        max_length=10,
        blank=True,
        choices=[(s.value, s.value.replace("_", " ")) for s in rules.Subject],
        help_text=_("What its per-child, per-disorder, per-app or per-treatment caps count on; a claim must name it."),
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["benefit", "-effective_from"]
        verbose_name = _("rule version")
        verbose_name_plural = _("rule versions")
        constraints = [
            models.UniqueConstraint(
                fields=["benefit", "effective_from"],
                name="rule_version_unique_start",
                violation_error_message=_("Effective from: this benefit already has a rule version from this day."),
            )
        ]

    def __str__(self):
        return f"{self.benefit.localized_name} {self.effective_from:%d/%m/%Y}"  # a name, not the code (issue #16)

    def clean(self):
        if self.calculation == rules.Calculation.PER_UNIT and self.unit_amount is None:
            raise ValidationError({"unit_amount": _("A per-unit rule needs an amount per unit.")})
        if self.calculation == rules.Calculation.PERCENTAGE and self.percent is None:
            raise ValidationError({"percent": _("A percentage rule needs a percentage.")})
        if self.calculation == rules.Calculation.FIXED and self.fixed_amount is None:
            raise ValidationError({"fixed_amount": _("A fixed rule needs an amount.")})

    def to_spec(self, caps=None) -> rules.RuleSpec:
        caps = self.caps.all() if caps is None else caps
        return rules.RuleSpec(
            code=self.benefit.code,
            article=self.benefit.article,
            effective_from=self.effective_from,
            calculation=rules.Calculation(self.calculation),
            unit=self.unit,
            unit_amount=self.unit_amount,
            percent=self.percent,
            fixed_amount=self.fixed_amount,
            capped_at_paid=self.capped_at_paid,
            deduct_compulsory=self.deduct_compulsory,
            excluded_if_compulsory=self.excluded_if_compulsory,
            caps=tuple(c.to_cap() for c in caps),
            min_age=self.min_age,
            max_age=self.max_age,
            age_in_year=self.age_in_year,
            requires_vt=self.requires_vt,
            evidence=tuple(self.evidence or ()),
            required_facts=tuple(self.required_facts or ()),
            allowed_values={k: tuple(v) for k, v in (self.allowed_values or {}).items()},
            params=self.params or {},
            subject=rules.Subject(self.subject) if self.subject else None,
        )

    def summary(self) -> str:
        spec = self.to_spec()
        payout = {
            "per_unit": f"{eur(spec.unit_amount)} per {spec.unit}",
            "percentage": f"{spec.percent} %",
            "fixed": eur(spec.fixed_amount),
            "refund": _("the price paid"),
        }.get(spec.calculation.value, spec.calculation.value.replace("_", " "))
        parts = [str(payout), *(c.describe() for c in spec.caps)]
        if spec.min_age is not None:
            parts.append(f"age ≥ {spec.min_age}")
        if spec.max_age is not None:
            parts.append(f"age ≤ {spec.max_age}")
        if spec.capped_at_paid:
            parts.append("≤ paid")
        return f"{spec.article}: " + ", ".join(parts)


class RuleCap(models.Model):
    version = models.ForeignKey(RuleVersion, on_delete=models.CASCADE, related_name="caps")
    scope = models.CharField(
        _("scope"), max_length=10, choices=[(s.value, s.value.replace("_", " ")) for s in rules.CapScope]
    )
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2, null=True, blank=True)
    units = models.PositiveIntegerField(_("units"), null=True, blank=True)
    years = models.PositiveSmallIntegerField(_("years (period)"), null=True, blank=True)
    part = models.CharField(_("part"), max_length=20, blank=True)

    class Meta:
        ordering = ["version", "id"]
        verbose_name = _("cap")
        verbose_name_plural = _("caps")

    def __str__(self):
        return self.to_cap().describe()

    def clean(self):
        if self.amount is None and self.units is None:
            raise ValidationError(_("A cap limits an amount, a number of units, or both."))
        if self.scope in rules.KEYED_SCOPES and self.version_id and not self.version.subject:
            raise ValidationError(
                {"scope": _("A per-child/disorder/app/treatment cap needs the rule version's “counts per”.")}
            )
        if self.scope == rules.CapScope.PERIOD and not self.years:
            raise ValidationError({"years": _("A period cap needs its number of years (Art. 42.5).")})

    def to_cap(self) -> rules.Cap:
        return rules.Cap(rules.CapScope(self.scope), self.amount, self.units, self.years, self.part or None)


SPEECH_DISORDER_CHOICES = [(code, label) for code, label in catalogue.SPEECH_DISORDERS]


class UnbornChild(models.Model):
    """Art. 53 "per ingeschreven (on)geboren kind": a child of the household not born yet (or not
    registered yet), known by its expected birth date; ``rank`` tells twins apart. Once born and a
    member, it is linked (``born_as``) and counts as that member."""

    household = models.ForeignKey(
        "members.Household", on_delete=models.PROTECT, related_name="unborn_children", verbose_name=_("household")
    )
    expected_birth_date = models.DateField(_("expected birth date"))
    rank = models.PositiveSmallIntegerField(
        _("child of a multiple birth"), default=1, help_text=_("1, or 2 for the second twin, …")
    )
    born_as = models.OneToOneField(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="unborn_record",
        verbose_name=_("born as"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-expected_birth_date", "rank"]
        verbose_name = _("unborn child")
        verbose_name_plural = _("unborn children")
        constraints = [
            models.UniqueConstraint(
                fields=["household", "expected_birth_date", "rank"],
                name="unborn_child_unique",
                violation_error_message=_(
                    "Rank: this household already has an expected child with this birth date and rank."
                ),
            )
        ]

    def __str__(self):
        text = _("Child expected %(date)s") % {"date": f"{self.expected_birth_date:%d/%m/%Y}"}
        if self.rank > 1:
            text += f" (#{self.rank})"
        return text


class MedicalApp(models.Model):
    """Art. 48: a medical app "erkend door mHealth Belgium of voorgeschreven door een arts"; the
    €20 per calendar year counts per app, so a claim picks the app from this list."""

    name = models.CharField(_("name"), max_length=100)
    normalized = models.CharField(max_length=100, unique=True, editable=False)
    mhealth_belgium = models.BooleanField(_("recognised by mHealth Belgium"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("medical app")
        verbose_name_plural = _("medical apps")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = rules.normalized_name(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        normalized = rules.normalized_name(self.name)
        if not normalized:
            raise ValidationError({"name": _("A name with letters or digits.")})
        if MedicalApp.objects.filter(normalized=normalized).exclude(pk=self.pk).exists():
            raise ValidationError(
                {"name": _("This app is already on the list (names are compared without case or spaces).")}
            )


class ClaimStatus(models.TextChoices):
    FILED = "filed", _("Filed")
    APPROVED = rules.Outcome.APPROVED.value, _("Approved")
    PARTIALLY_APPROVED = rules.Outcome.PARTIALLY_APPROVED.value, _("Partially approved")
    REJECTED = rules.Outcome.REJECTED.value, _("Rejected")
    IN_BATCH = "in_batch", _("In a payment batch")
    PAID = "paid", _("Paid")
    RECOVERED = "recovered", _("Recovered (Art. 7)")
    EXPIRED = "expired", _("Filing deadline passed (Art. 42.4)")
    #: A booking the member cancelled (Art. 52 sick-child babysitting): never counted, never judged again.
    CANCELLED = "cancelled", _("Cancelled by the member")


#: Claims whose payout counts toward the caps.
COUNTING_STATUSES = (ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.IN_BATCH, ClaimStatus.PAID)
#: Claims that may still be judged again when their facts change.
OPEN_STATUSES = (ClaimStatus.FILED, ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.REJECTED)


class PaymentBatchStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved by a manager")
    PAID = "paid", _("Paid")


class PaymentBatch(models.Model):
    """Approved claims released together for payment; a manager approves, the bank pays."""

    status = models.CharField(
        _("status"), max_length=10, choices=PaymentBatchStatus.choices, default=PaymentBatchStatus.DRAFT
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    total = models.DecimalField(_("total"), max_digits=14, decimal_places=2, default=Decimal("0.00"))
    claim_count = models.PositiveIntegerField(_("claims"), default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("payment batch")
        verbose_name_plural = _("payment batches")
        permissions = [("approve_paymentbatch", _("Can approve payment batches"))]

    def __str__(self):
        return _("Batch %(id)s (%(status)s)") % {"id": self.pk, "status": self.get_status_display()}


class Claim(models.Model):
    """A claim for a benefit, judged against the rule version in force on its event date."""

    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="claims", verbose_name=_("beneficiary")
    )
    benefit = models.ForeignKey(Benefit, on_delete=models.PROTECT, related_name="claims", verbose_name=_("benefit"))
    rule_version = models.ForeignKey(
        RuleVersion, on_delete=models.PROTECT, null=True, blank=True, related_name="claims"
    )
    event_date = models.DateField(_("event date"), help_text=_("Date of care, purchase, birth …"))
    filed_on = models.DateField(
        _("filed on"),
        help_text=_(
            "The day the fund received the claim (Art. 42.4): the day it is filed, or the earlier date a clerk "
            "gives for a document received before."
        ),
    )
    filed_on_set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("received date given by"),
        help_text=_("The clerk who gave an earlier received date by hand; empty when the system set the filing date."),
    )
    amount_paid = models.DecimalField(_("amount paid"), max_digits=12, decimal_places=2, default=Decimal("0.00"))
    compulsory_reimbursement = models.DecimalField(
        _("compulsory reimbursement"), max_digits=12, decimal_places=2, default=Decimal("0.00")
    )
    quantity = models.PositiveIntegerField(_("quantity"), default=1, help_text=_("Sessions, nights, days, hours, km …"))
    # What a per-subject cap counts on (issue #13): typed, as the article names it; the rule version's
    # ``subject`` says which one a claim needs (rules.subject_problems).
    child = models.ForeignKey(
        "members.Member",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims_as_child",
        verbose_name=_("child"),
        help_text=_("Art. 53, 57: the child, once it is a member."),
    )
    unborn_child = models.ForeignKey(
        "UnbornChild",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        verbose_name=_("unborn child"),
        help_text=_("Art. 53: a child not yet born (or not yet a member), by its expected birth date."),
    )
    disorder = models.CharField(
        _("disorder"),
        max_length=40,
        blank=True,
        choices=SPEECH_DISORDER_CHOICES,
        help_text=_("Art. 43: 80 sessions per disorder."),
    )
    medical_app = models.ForeignKey(
        "MedicalApp",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
        verbose_name=_("medical app"),
        help_text=_("Art. 48: 20 € per calendar year per app."),
    )
    treatment_start = models.DateField(
        _("treatment started on"),
        null=True,
        blank=True,
        help_text=_("Art. 46 orthodontics: the day the appliance was placed (one treatment)."),
    )
    legacy_key = models.CharField(
        _("free-text key (before issue #13)"),
        max_length=80,
        blank=True,
        editable=False,
        help_text=_("What a per-item cap counted on before claims named their child, disorder, app or treatment."),
    )
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    facts = models.JSONField(_("facts"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.FILED, db_index=True
    )
    payout = models.DecimalField(_("payout"), max_digits=12, decimal_places=2, default=Decimal("0.00"))
    units = models.PositiveIntegerField(_("units granted"), default=0)
    parts = models.JSONField(_("payout parts"), default=dict, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    judged_at = models.DateTimeField(_("judged at"), null=True, blank=True)
    batch = models.ForeignKey(PaymentBatch, on_delete=models.PROTECT, null=True, blank=True, related_name="claims")
    paid_on = models.DateField(_("paid on"), null=True, blank=True)
    recovered_amount = models.DecimalField(
        _("recovered amount"), max_digits=12, decimal_places=2, default=Decimal("0.00")
    )
    recovered_on = models.DateField(_("recovered on"), null=True, blank=True)
    recovery_reason = models.CharField(_("recovery reason"), max_length=200, blank=True)
    fraud = models.BooleanField(
        _("fraud"), default=False, help_text=_("Recovery prescribes after 5 years instead of 2 (Art. 7).")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-filed_on", "-id"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        permissions = [("record_received_on", _("Can record the date a claim was received (Art. 42.4)"))]
        indexes = [
            models.Index(fields=["member", "benefit", "event_date"], name="claim_member_benefit_idx"),
            models.Index(fields=["status", "batch"], name="claim_status_batch_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(payout__gte=0),
                name="claim_payout_non_negative",
                violation_error_message=_("Payout: zero or more."),
            ),
            models.CheckConstraint(
                condition=Q(amount_paid__gte=0),
                name="claim_amount_paid_non_negative",
                violation_error_message=_("Amount paid: zero or more."),
            ),
        ]

    def __str__(self):
        # the benefit by its name in the reader's language, never its code (issue #16)
        return _("Claim %(id)s") % {"id": self.pk} + f" {self.benefit.localized_name} {self.event_date:%d/%m/%Y}"


# --- Rights nobody claims (issue #17): the clerks' worklist ------------------------------------------------


class FindingKind(models.TextChoices):
    """The rights the detectors look for (``core.rights.Kind``: the stable codes of the API)."""

    BIRTH_PREMIUM = "birth_premium", _("Birth or adoption premium (Art. 57)")
    DIAPERS = "diapers", _("Diapers (Art. 45)")
    TOOTHBRUSH = "toothbrush", _("Electric toothbrush (Art. 51)")
    FOOT_CARE = "foot_care", _("Foot care (Art. 44)")
    ALARM_SUBSIDY = "alarm_subsidy", _("Alarm subsidy not received (Art. 54)")
    MAX_INVOICE_REFUND = "max_invoice_refund", _("Maximum-invoice refund not received (Art. 54)")
    FILING_DEADLINE = "filing_deadline", _("Claim near its filing deadline (Art. 42.4)")
    ARREARS_RESTORABLE = "arrears_restorable", _("Suspension a payment would lift (Art. 8)")


class FindingStatus(models.TextChoices):
    OPEN = "open", _("Open")  # found by the nightly scan, nobody acted yet
    LETTER_SENT = "letter_sent", _("Invitation letter sent")
    CLAIMED = "claimed", _("Claimed")  # the detector no longer finds it before its deadline: taken up
    DISMISSED = "dismissed", _("Dismissed")  # a clerk decided it is no right (with the reason)
    EXPIRED = "expired", _("Deadline passed")  # the deadline passed unclaimed


#: Findings the scan still follows (it closes them as claimed or expired).
FINDING_OPEN_STATUSES = (FindingStatus.OPEN, FindingStatus.LETTER_SENT)


class Finding(models.Model):
    """A right a member very likely has and has not claimed, found by the nightly step
    ``benefits.rights_scan``: made once per (kind, member, subject) and then followed (open, letter sent,
    claimed, dismissed with a reason, or expired)."""

    kind = models.CharField(_("right"), max_length=24, choices=FindingKind.choices)
    article = models.CharField(_("article"), max_length=20)
    member = models.ForeignKey(
        "members.Member", on_delete=models.PROTECT, related_name="findings", verbose_name=_("member")
    )
    household = models.ForeignKey(
        "members.Household",
        on_delete=models.PROTECT,
        related_name="findings",
        verbose_name=_("household"),
        db_index=False,  # finding_household_idx
    )
    subject_key = models.CharField(_("about"), max_length=60, help_text=_("The child, year or claim it is about."))
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2, null=True, blank=True)
    deadline = models.DateField(_("claim until"), null=True, blank=True)
    evidence = models.JSONField(_("evidence to bring"), default=list, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=FindingStatus.choices, default=FindingStatus.OPEN, db_index=True
    )
    first_found = models.DateField(_("first found"))
    letter_sent_on = models.DateField(_("letter sent on"), null=True, blank=True)
    letter = models.ForeignKey(
        "members.Correspondence",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invitation letter"),
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    dismissal_reason = models.CharField(_("reason for dismissal"), max_length=200, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-first_found", "-id"]
        verbose_name = _("unclaimed right")
        verbose_name_plural = _("unclaimed rights (worklist)")
        indexes = [
            models.Index(fields=["household", "status"], name="finding_household_idx"),
            models.Index(fields=["kind", "status", "first_found"], name="finding_kind_idx"),
        ]
        constraints = [
            # a right is found once: the nightly scan is idempotent, a dismissed one does not come back
            models.UniqueConstraint(
                fields=["kind", "member", "subject_key"],
                name="finding_once_per_subject",
                violation_error_message=_("Finding: this right was already found for this member and subject."),
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="finding_amount",
                violation_error_message=_("Amount: a finding's amount is not negative."),
            ),
            models.CheckConstraint(
                condition=~Q(status="dismissed") | ~Q(dismissal_reason=""),
                name="finding_dismissal_has_reason",
                violation_error_message=_("Reason for dismissal: a dismissed finding says why."),
            ),
        ]

    def __str__(self):
        # no join: the nightly's audit entries name thousands of findings at once
        return f"{self.get_kind_display()} {self.first_found:%d/%m/%Y}" if self.first_found else self.get_kind_display()
