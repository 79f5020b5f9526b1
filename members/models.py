"""Members, households and the contribution ledger (statutes Art. 5–8, 42, 64–66)."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from stdnum.be import iban as be_iban
from stdnum.be import ogm_vcs
from stdnum.exceptions import ValidationError as StdnumError

from core import bounds
from core.formatting import eur, months_in_text, short_date
from core.reasons import render
from members import rules

FIRST_OF_MONTH = Q(month__day=1)


class Region(models.TextChoices):
    FLANDERS = "flanders", _("Flanders")
    BRUSSELS = "brussels", _("Brussels")
    WALLONIA = "wallonia", _("Wallonia")
    ABROAD = "abroad", _("Abroad")


class Gender(models.TextChoices):
    MALE = "M", _("Male")
    FEMALE = "F", _("Female")
    OTHER = "X", _("X (not specified)")


class Role(models.TextChoices):
    TITULAR = "titular", _("Titular")  # gerechtigde: pays the household's contribution (Art. 42.2)
    DEPENDENT = "dependent", _("Dependent")  # persoon ten laste


class ContributionTable(models.Model):
    """Bijdragetabel: the household contribution split over services (Art. 65–66, annex).

    Dated data: the table in force in a month is the latest one whose ``valid_from`` is on or
    before that month; it stays in force until a newer one starts.
    """

    name = models.CharField(_("name"), max_length=100)
    valid_from = models.DateField(_("valid from"), unique=True, help_text=_("First day of a month."))
    synthetic = models.BooleanField(
        _("synthetic"), default=False, help_text=_("Made up by a generator for test or benchmark data.")
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("contribution table")
        verbose_name_plural = _("contribution tables")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_from__day=1),
                name="contribution_table_first_of_month",
                violation_error_message=_(
                    "Valid from: the first day of a month (contribution tables change on a month, Art. 8)."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        # Historical tables are entered by managers (Art. 8 §2: a month under no known table is
        # unknown); from the fund's first records to next year's table.
        if self.valid_from:
            problem = bounds.year_problem(self.valid_from.year, today=timezone.localdate())
            if problem:
                raise ValidationError({"valid_from": problem})
            if self.valid_from.day != 1:
                raise ValidationError({"valid_from": _("The first day of a month.")})

    @property
    def annual_total(self) -> Decimal:
        return sum((part.annual_amount for part in self.parts.all()), Decimal("0.00"))

    @property
    def monthly_total(self) -> Decimal:
        return rules.monthly_amount(self.annual_total)


class ServiceCode(models.TextChoices):
    """Accounting codes of the services and operations (Art. 66)."""

    COMPLEMENTARY = "15", _("15 — complementary operations (benefits)")
    INFORMATION = "37/1", _("37/1 — information to members")
    SOCIAL_WORK = "37/2", _("37/2 — social work service")
    ADMIN_COSTS = "98/1", _("98/1 — administrative centre, cost distribution")
    ADMIN_RESERVES = "98/2", _("98/2 — administrative centre, reserves")
    NATIONAL_UNION = "LNZ", _("LNZ (200) — national union")


class ContributionPart(models.Model):
    """One line of a contribution table: what part of the yearly contribution goes to a service."""

    table = models.ForeignKey(ContributionTable, on_delete=models.CASCADE, related_name="parts")
    code = models.CharField(_("service code"), max_length=8, choices=ServiceCode.choices)
    label = models.CharField(_("label"), max_length=100)
    annual_amount = models.DecimalField(
        _("amount per year"), max_digits=14, decimal_places=2, validators=[MinValueValidator(Decimal("0"))]
    )

    class Meta:
        ordering = ["table", "code", "id"]
        verbose_name = _("contribution part")
        verbose_name_plural = _("contribution parts")
        constraints = [
            models.UniqueConstraint(
                fields=["table", "code", "label"],
                name="contribution_part_unique",
                violation_error_message=_("Service code and label: this table already has this line."),
            ),
            models.CheckConstraint(
                condition=Q(annual_amount__gte=0),
                name="contribution_part_non_negative",
                violation_error_message=_("Amount per year: zero or more."),
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.label}"


class Household(models.Model):
    """Mutualistic household (mutualistisch gezin): a titular and its dependents (Art. 42.2)."""

    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=10, choices=Region.choices, default=Region.FLANDERS)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")
        # issue #16: the search by postal code lists a postal code's households in number order
        indexes = [models.Index(fields=["postal_code", "id"], name="household_postal_code_idx")]

    def __str__(self):
        titular = self.titular
        label = _("Household %(id)s") % {"id": self.pk}
        return label + (f" — {titular.last_name} {titular.first_name}" if titular else "")

    @property
    def titular(self):
        cached = getattr(self, "_prefetched_objects_cache", {}).get("members")
        if cached is not None:
            return next((m for m in cached if m.role == Role.TITULAR), None)
        return self.members.filter(role=Role.TITULAR).order_by("-affiliation_start").first()

    @property
    def payment_reference(self) -> str:
        """Structured communication (+++123/4567/89012+++) that identifies the household on a
        bank statement: the household number with its mod-97 check digits."""
        base = f"{self.pk:010d}"
        return f"+++{ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))}+++"


def household_from_reference(reference: str) -> int | None:
    """The household id of a structured communication, or None when it is not one of ours."""
    try:
        compact = ogm_vcs.validate(reference)
    except StdnumError:
        return None
    return int(compact[:10])


class ExemptionKind(models.TextChoices):
    """The two contribution exemptions of Art. 42.3 ("Volgende categorieën van leden betalen een
    bijdrage van 0 euro"), each kept on the member as a period with its proof."""

    # "personen jonger dan 21 jaar, die getroffen zijn door een lichamelijke of geestelijke
    # ongeschiktheid van ten minste 66 %"
    INCAPACITY_66 = "incapacity_66", _("Under 21 with an incapacity of at least 66 percent (Art. 42.3)")
    # "personen jonger dan 25 jaar, aan wie één van de tegemoetkomingen bedoeld in de wet van
    # 27 februari 1987 betreffende de tegemoetkomingen aan gehandicapten, wordt verleend"
    DISABILITY_ALLOWANCE = "disability_allowance", _("Under 25 with a disability allowance (Art. 42.3)")

    @property
    def start_field(self) -> str:
        return {"incapacity_66": "incapacity_66_from", "disability_allowance": "disability_allowance_from"}[self.value]

    @property
    def end_field(self) -> str:
        return f"{self.value}_until"

    @property
    def proof_date_field(self) -> str:
        return f"{self.value}_proof_date"

    @property
    def proof_field(self) -> str:
        return f"{self.value}_proof"

    @property
    def fields(self) -> tuple[str, str, str, str]:
        return (self.start_field, self.end_field, self.proof_date_field, self.proof_field)


#: Every member field that holds an Art. 42.3 exemption fact (a change re-prices the household's dues).
EXEMPTION_FIELDS = tuple(f for kind in ExemptionKind for f in kind.fields)


class Member(models.Model):
    """A person affiliated to the fund: titular (gerechtigde) or dependent (persoon ten laste)."""

    # Unique through Meta.constraints (unique=True would add a second, LIKE-pattern index: searches are
    # exact). Digits only: on PostgreSQL the column uses the binary "C" collation, which orders them as
    # any locale would and indexes them faster (set in migration 0005; SQLite has no such collation).
    national_number = models.CharField(
        _("national number"), max_length=11, help_text=_("INSZ: rijksregister- or BIS-number, 11 digits.")
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    birth_date = models.DateField(_("birth date"))
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices)
    household = models.ForeignKey(
        Household, on_delete=models.PROTECT, related_name="members", verbose_name=_("household")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    affiliation_start = models.DateField(
        _("affiliation start"), help_text=_("First day of the complementary insurance (Art. 6).")
    )
    titular_since = models.DateField(
        _("titular since"),
        null=True,
        blank=True,
        help_text=_("First month as titular; earlier months as a dependent count as paid (Art. 8 §3 1°)."),
    )
    affiliation_end = models.DateField(_("affiliation end"), null=True, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    iban = models.CharField(_("IBAN for payouts"), max_length=34, blank=True)
    #: issue #15: the language of the fund's letters (reminders, direct-debit letters); new members get their
    #: household region's (rules.region_language) unless given
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=rules.DEFAULT_LANGUAGE,
        help_text=_("Language of the fund's letters to the household (the titular's)."),
    )
    is_fund_staff = models.BooleanField(
        _("paid staff of the fund"), default=False, help_text=_("Not eligible as a candidate (Art. 11.2).")
    )
    incapacity_66_from = models.DateField(
        _("incapacity (≥ 66 percent) since"),
        null=True,
        blank=True,
        help_text=_("Contribution exemption under 21 (Art. 42.3)."),
    )
    disability_allowance_from = models.DateField(
        _("disability allowance since"),
        null=True,
        blank=True,
        help_text=_("Law of 27 February 1987; contribution exemption under 25 (Art. 42.3)."),
    )
    # Art. 42.3: each exemption fact is one period with its proof (the recognition of the incapacity,
    # the decision granting the allowance). Recorded and corrected through services.exemption_*.
    incapacity_66_until = models.DateField(
        _("incapacity (≥ 66 percent) until"),
        null=True,
        blank=True,
        help_text=_("Last day the incapacity is recognised; empty while it lasts (Art. 42.3)."),
    )
    incapacity_66_proof_date = models.DateField(
        _("incapacity: date of the proof"),
        null=True,
        blank=True,
        help_text=_("Date of the attest or decision that recognises the incapacity of at least 66 percent."),
    )
    incapacity_66_proof = models.CharField(
        _("incapacity: proof reference"),
        max_length=200,
        blank=True,
        help_text=_("Which document proves it (attest, decision number)."),
    )
    disability_allowance_until = models.DateField(
        _("disability allowance until"),
        null=True,
        blank=True,
        help_text=_("Last day of the allowance; empty while it is paid (Art. 42.3)."),
    )
    disability_allowance_proof_date = models.DateField(
        _("disability allowance: date of the proof"),
        null=True,
        blank=True,
        help_text=_("Date of the decision granting the allowance (law of 27 February 1987)."),
    )
    disability_allowance_proof = models.CharField(
        _("disability allowance: proof reference"),
        max_length=200,
        blank=True,
        help_text=_("Which document proves it (decision of the FPS Social Security, its number)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["last_name", "first_name", "id"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        permissions = [("export_member", _("Can export the member register (bulk, with a reason)"))]
        indexes = [
            models.Index(fields=["last_name", "first_name", "id"], name="member_name_idx"),
            models.Index(fields=["household", "role"], name="member_household_role_idx"),
            # issue #16: a payout IBAN typed in the search box (most members have none: not indexed)
            models.Index(fields=["iban"], condition=~Q(iban=""), name="member_iban_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["national_number"],
                name="member_national_number_unique",
                violation_error_message=_("National number: another member already has this national number."),
                violation_error_code="unique",  # so the form shows it under the national number
            ),
            models.UniqueConstraint(
                fields=["household"],
                condition=Q(role=Role.TITULAR, affiliation_end__isnull=True),
                name="one_active_titular_per_household",
                violation_error_message=_("This household already has an active titular."),
            ),
            models.CheckConstraint(
                condition=Q(affiliation_start__day=1),
                name="member_affiliation_first_of_month",
                violation_error_message=_(
                    "Affiliation start: the first day of a month (affiliation runs per month, Art. 8)."
                ),
            ),
            models.CheckConstraint(
                condition=Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=models.F("affiliation_start")),
                name="member_affiliation_end_after_start",
                violation_error_message=_("The affiliation cannot end before it starts."),
            ),
            models.CheckConstraint(
                condition=Q(role=Role.DEPENDENT) | Q(titular_since__isnull=False),
                name="member_titular_has_titular_since",
                violation_error_message=_("Titular since: required for a titular."),
            ),
            # Art. 42.3: an exemption fact ends after it starts, and only a fact that started ends
            models.CheckConstraint(
                condition=Q(incapacity_66_until__isnull=True)
                | Q(incapacity_66_from__isnull=False, incapacity_66_until__gte=models.F("incapacity_66_from")),
                name="member_incapacity_until_after_from",
                violation_error_message=_(
                    "Incapacity (≥ 66 percent) until: not before its start, and only with a start (Art. 42.3)."
                ),
            ),
            models.CheckConstraint(
                condition=Q(disability_allowance_until__isnull=True)
                | Q(
                    disability_allowance_from__isnull=False,
                    disability_allowance_until__gte=models.F("disability_allowance_from"),
                ),
                name="member_allowance_until_after_from",
                violation_error_message=_(
                    "Disability allowance until: not before its start, and only with a start (Art. 42.3)."
                ),
            ),
        ]

    def __str__(self):
        # Shown wherever a member is named (rentals, claims, candidates, audit trail): name and birth
        # date tell people apart; the national number is not for every role (core.privacy).
        born = f" (°{self.birth_date:%d/%m/%Y})" if hasattr(self.birth_date, "strftime") else ""
        return f"{self.last_name} {self.first_name}{born}"

    @property
    def national_number_display(self) -> str:
        from stdnum.be import nn

        return nn.format(self.national_number) if self.national_number else ""

    def clean(self):
        errors = {}
        try:
            number = rules.parse_national_number(self.national_number)
        except ValueError as exc:
            errors["national_number"] = str(exc)
        else:
            self.national_number = number.number
            errors.update(rules.identity_conflicts(number, self.birth_date, self.gender))
        errors.update(self._date_problems(timezone.localdate()))
        if self.affiliation_start and self.affiliation_start.day != 1 and "affiliation_start" not in errors:
            errors["affiliation_start"] = _("The affiliation starts on the first day of a month (Art. 6).")
        if self.role == Role.TITULAR and not self.titular_since:
            self.titular_since = self.affiliation_start
        if self.titular_since and self.affiliation_start and self.titular_since < self.affiliation_start:
            errors["titular_since"] = _("Cannot be before the affiliation start.")
        if self.titular_since and self.titular_since.day != 1:
            errors["titular_since"] = _("The first day of a month.")
        if self.iban:
            try:
                self.iban = (
                    be_iban.validate(self.iban) if self.iban.upper().startswith("BE") else _validate_iban(self.iban)
                )
            except StdnumError as exc:
                errors["iban"] = _("Not a valid IBAN: %(error)s") % {"error": exc}
        if errors:
            raise ValidationError(errors)

    def _date_problems(self, today) -> dict[str, str]:
        """Every date of a member within what is plausible for it (``core.bounds``)."""
        birth = (
            self.birth_date if self.birth_date and not bounds.birth_date_problem(self.birth_date, today=today) else None
        )
        problems = {
            "birth_date": self.birth_date and bounds.birth_date_problem(self.birth_date, today=today),
            **{
                field: getattr(self, field)
                and bounds.affiliation_date_problem(getattr(self, field), today=today, birth=birth)
                for field in ("affiliation_start", "titular_since", "affiliation_end")
            },
            **{
                field: getattr(self, field)
                and bounds.past_date_problem(getattr(self, field), today=today, earliest=birth or bounds.EARLIEST_DATE)
                for field in (
                    "incapacity_66_from",
                    "disability_allowance_from",
                    "incapacity_66_proof_date",
                    "disability_allowance_proof_date",
                )
            },
        }
        for kind in ExemptionKind:
            start, end = getattr(self, kind.start_field), getattr(self, kind.end_field)
            if end and not start:
                problems[kind.end_field] = _("An end without a start: give the date it started.")
            elif end and start and not problems.get(kind.start_field):
                problems[kind.end_field] = bounds.period_end_problem(end, start=start, today=today)
        return {field: problem for field, problem in problems.items() if problem}


def _period_problems(start, end, proof_date=None, birth=None) -> dict[str, str]:
    today = timezone.localdate()
    problems = {
        "start": start and bounds.affiliation_date_problem(start, today=today, birth=birth),
        "end": end and start and bounds.period_end_problem(end, start=start, today=today),
        "proof_date": proof_date and bounds.past_date_problem(proof_date, today=today),
    }
    return {field: problem for field, problem in problems.items() if problem}


class RecordedPeriod(models.Model):
    """A period recorded for a member with its proof (VT status, a hardship situation): within
    plausible dates, the end not before the start, and no overlap with another period of the same
    kind of the same member (``OVERLAP_ARTICLE`` names the rule in the refusal)."""

    #: the fields that make two periods "of the same kind" (besides the member)
    SAME_KIND_FIELDS: tuple[str, ...] = ()
    OVERLAP_ARTICLE = ""

    class Meta:
        abstract = True

    def same_kind(self):
        others = type(self).objects.filter(
            member_id=self.member_id, **{f: getattr(self, f) for f in self.SAME_KIND_FIELDS}
        )
        return others.exclude(pk=self.pk) if self.pk else others

    @classmethod
    def overlap_problem(cls, start, end, others) -> dict[str, str]:
        """{field: message} when ``start``–``end`` overlaps one of ``others`` ((start, end) pairs)."""
        clash = rules.first_overlap(start, end, others)
        if clash is None:
            return {}
        return {
            "end" if clash[0] > start else "start": _(
                "Overlaps the recorded period %(period)s of the same kind (%(article)s): end or correct that one first."
            )
            % {"period": rules.period_text(*clash), "article": cls.OVERLAP_ARTICLE}
        }

    def clean(self):
        birth = self.member.birth_date if self.member_id else None
        problems = _period_problems(self.start, self.end, self.proof_date, birth)
        # (an admin formset checks its rows against each other as submitted: members.admin)
        if not problems and self.member_id and self.start and not getattr(self, "overlap_checked_by_formset", False):
            problems = self.overlap_problem(self.start, self.end, self.same_kind().values_list("start", "end"))
        if problems:
            raise ValidationError(problems)


def _validate_iban(value: str) -> str:
    from stdnum import iban

    return iban.validate(value)


class IncreasedReimbursementPeriod(RecordedPeriod):
    """Verhoogde tegemoetkoming (VT) status from the compulsory insurance, with its period."""

    OVERLAP_ARTICLE = _("Art. 42.6, VT status under art. 37 §19 of the law of 14 July 1994: one status at a time")

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="vt_periods", verbose_name=_("member"))
    start = models.DateField(_("start"))
    end = models.DateField(_("end"), null=True, blank=True)
    proof_date = models.DateField(
        _("date of the proof"),
        null=True,
        blank=True,
        help_text=_("Date of the compulsory insurance's decision or attest granting the VT status."),
    )
    proof_reference = models.CharField(
        _("proof reference"),
        max_length=200,
        blank=True,
        help_text=_("Which document proves it (attest, decision number)."),
    )

    class Meta:
        ordering = ["member", "-start"]
        verbose_name = _("increased reimbursement (VT) period")
        verbose_name_plural = _("increased reimbursement (VT) periods")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="vt_end_after_start",
                violation_error_message=_("End: not before the start of the increased reimbursement."),
            )
        ]

    def __str__(self):
        return f"VT {self.start:%d/%m/%Y}–{self.end:%d/%m/%Y}" if self.end else f"VT {self.start:%d/%m/%Y}–"


class HardshipKind(models.TextChoices):
    """Behartenswaardige situaties (Art. 8 §4)."""

    LIVING_WAGE = "living_wage", _("Living wage (leefloon)")
    CPAS_SUPPORT = "cpas_support", _("OCMW/CPAS support")
    INCOME_GUARANTEE_ELDERLY = "income_guarantee_elderly", _("Income guarantee for the elderly")
    GUARANTEED_INCOME_ELDERLY = "guaranteed_income_elderly", _("Guaranteed income for the elderly")
    DISABILITY_INCOME = "disability_income", _("Income replacement allowance (disability)")
    BUDGET_GUIDANCE = "budget_guidance", _("Budget guidance or management by the OCMW")
    LOW_UNEMPLOYMENT = "low_unemployment", _("Low unemployment benefit")
    LOW_SICKNESS = "low_sickness", _("Low sickness benefit")
    # Hardship situations for the restoration period (Art. 8 §4) only. The contributions owed before
    # the judgment count as paid (Art. 8 §3 2°, §4 2°) through an ``InsolvencyProcedure`` (its judgment).
    DEBT_SETTLEMENT = "debt_settlement", _("Collective debt settlement")
    BANKRUPTCY = "bankruptcy", _("Non-fraudulent bankruptcy")


class HardshipSituation(RecordedPeriod):
    """A hardship situation of the titular, with its period (Art. 8 §4)."""

    SAME_KIND_FIELDS = ("kind",)
    OVERLAP_ARTICLE = _("Art. 8 §4")

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="hardships", verbose_name=_("member"))
    kind = models.CharField(_("kind"), max_length=30, choices=HardshipKind.choices)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"), null=True, blank=True)
    evidence = models.CharField(_("evidence"), max_length=200, blank=True)
    proof_date = models.DateField(
        _("date of the proof"),
        null=True,
        blank=True,
        help_text=_(
            "Date of the decision, attest or judgment that proves the situation (OCMW decision, "
            "judgment of admissibility, declaring judgment of bankruptcy)."
        ),
    )

    class Meta:
        ordering = ["member", "-start"]
        verbose_name = _("hardship situation")
        verbose_name_plural = _("hardship situations")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="hardship_end_after_start",
                violation_error_message=_("End: not before the start of the hardship period."),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.start:%d/%m/%Y}"


class InsolvencyKind(models.TextChoices):
    """Art. 8 §3 2°, §4 2°: the two procedures whose judgment makes earlier contributions count as paid."""

    # vonnis (beschikking) van toelaatbaarheid: the judgment admitting the collective debt settlement
    DEBT_SETTLEMENT = "collective_debt_settlement", _("Collective debt settlement (collectieve schuldenregeling)")
    # verklarend vonnis van faillissement: the judgment declaring the bankruptcy
    BANKRUPTCY = "bankruptcy", _("Bankruptcy (faillissement)")


class InsolvencyProcedure(models.Model):
    """A collective debt settlement or a bankruptcy of a member, recorded by a clerk from the
    judgment (Art. 8 §3 2°, §4 2°): the contributions owed *before* the judgment count as paid;
    those of the months during the procedure must still be paid."""

    member = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="insolvency_procedures", verbose_name=_("member")
    )
    kind = models.CharField(_("procedure"), max_length=30, choices=InsolvencyKind.choices)
    judgment_date = models.DateField(
        _("judgment date"),
        help_text=_(
            "Day of the judgment of admissibility (collective debt settlement) or of the declaratory "
            "judgment of bankruptcy. The contributions owed before it count as paid (Art. 8 §3 2°)."
        ),
    )
    court = models.CharField(
        _("court"), max_length=100, help_text=_("E.g. Arbeidsrechtbank Gent, Ondernemingsrechtbank Antwerpen.")
    )
    case_reference = models.CharField(
        _("case reference"), max_length=64, help_text=_("Rolnummer / docket number of the judgment.")
    )
    proof = models.CharField(
        _("proof"),
        max_length=200,
        help_text=_("The document received (copy of the judgment, the mediator's letter …)."),
    )
    ended_on = models.DateField(_("procedure ended on"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
        editable=False,
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["member", "-judgment_date"]
        verbose_name = _("collective debt settlement or bankruptcy")
        verbose_name_plural = _("collective debt settlements and bankruptcies")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind", "judgment_date"],
                name="insolvency_once_per_judgment",
                violation_error_message=_("This judgment is already recorded for this member."),
            ),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("judgment_date")),
                name="insolvency_end_after_judgment",
                violation_error_message=_("Ended on: not before the judgment date."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.judgment_date:%d/%m/%Y}"


class PriorAffiliationKind(models.TextChoices):
    """Art. 8 §2 2° a–b: where a member was before the affiliation here."""

    OTHER_FUND = rules.PriorKind.OTHER_FUND.value, _("Titular at another Belgian fund (a)")
    NOT_AFFILIATED = rules.PriorKind.NOT_AFFILIATED.value, _("Affiliated at no Belgian fund (b)")


class PriorAffiliation(models.Model):
    """Months before the affiliation here, with their proof (Art. 8 §2 2° a–b): at another Belgian
    fund (in order there or not, as its attestation says), or affiliated nowhere."""

    member = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="prior_affiliations", verbose_name=_("member")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=PriorAffiliationKind.choices)
    first_month = models.DateField(_("first month"), help_text=_("First day of the month."))
    last_month = models.DateField(_("last month"), help_text=_("First day of the month."))
    fund = models.CharField(
        _("fund"), max_length=100, blank=True, help_text=_("Name and number of the other fund (a).")
    )
    in_order = models.BooleanField(
        _("contributions in order there"),
        default=False,
        help_text=_(
            "(a) The other fund's attestation says the contributions of these months were paid "
            '("in regel ... in elk ziekenfonds"). Months not in order count as unpaid.'
        ),
    )
    proof = models.CharField(
        _("proof"), max_length=200, help_text=_("The attestation or document these months rest on.")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
        editable=False,
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["member", "-first_month"]
        verbose_name = _("period before the affiliation (Art. 8 §2 2° a–b)")
        verbose_name_plural = _("periods before the affiliation (Art. 8 §2 2° a–b)")
        constraints = [
            models.CheckConstraint(
                condition=Q(first_month__day=1) & Q(last_month__day=1),
                name="prior_first_of_month",
                violation_error_message=_("First and last month: the first day of a month."),
            ),
            models.CheckConstraint(
                condition=Q(last_month__gte=models.F("first_month")),
                name="prior_end_after_start",
                violation_error_message=_("Last month: not before the first month."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.first_month:%m/%Y}–{self.last_month:%m/%Y}"


class LegacyLedgerStatus(models.TextChoices):
    CHECKED = "checked", _("Checked (dry run): ready to apply")
    INVALID = "invalid", _("Refused: rows with errors, nothing imported")
    APPLIED = "applied", _("Applied")


class LegacyLedgerImport(models.Model):
    """The contribution ledger of a fund's former system (months owed and paid, per household),
    brought in once: checked first (the dry run: what would be added, nothing written), then
    applied in one transaction (``members.legacy_ledger``). Art. 8 §2 needs that history: a month
    owed under no known contribution table and in no ledger is unknown, never presumed paid."""

    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("content"), editable=False)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=LegacyLedgerStatus.choices)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    months_new = models.PositiveIntegerField(_("months added"), default=0)
    months_unchanged = models.PositiveIntegerField(_("months already imported"), default=0)
    households = models.PositiveIntegerField(_("households"), default=0)
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    #: ``[{"row": 12, "field": "month", "message": "…"}]``, the first ``legacy_ledger.MAX_ERRORS_KEPT``.
    errors = models.JSONField(_("row errors"), default=list, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("uploaded by")
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("applied by"),
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = _("legacy ledger import")
        verbose_name_plural = _("legacy ledger imports")
        permissions = [("import_legacy_ledger", _("Can import a legacy contribution ledger"))]

    def __str__(self):
        return _("Legacy ledger %(name)s (import %(id)s)") % {"name": self.file_name, "id": self.pk}


class PaymentSource(models.TextChoices):
    CLERK = "clerk", _("Entered by a clerk")
    BANK_IMPORT = "bank_import", _("Bank statement import")
    API = "api", _("API")
    GENERATED = "generated", _("Generated (benchmark)")


class Payment(models.Model):
    """A contribution payment by a household; it settles whole months of dues."""

    # db_index=False: payment_household_idx (household, -paid_on) serves every lookup by household
    household = models.ForeignKey(
        Household, on_delete=models.PROTECT, related_name="payments", verbose_name=_("household"), db_index=False
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    paid_on = models.DateField(_("paid on"))
    source = models.CharField(_("source"), max_length=12, choices=PaymentSource.choices, default=PaymentSource.CLERK)
    bank_reference = models.CharField(
        _("bank reference"),
        max_length=64,
        null=True,
        blank=True,
        help_text=_("The bank's transaction id; a statement line is imported once."),
    )
    communication = models.CharField(_("communication"), max_length=140, blank=True)
    unallocated = models.DecimalField(
        _("unallocated credit"),
        max_digits=14,
        decimal_places=2,
        default=Decimal("0.00"),
        help_text=_("Part of the amount that did not settle a whole month."),
    )
    reversed_on = models.DateField(_("reversed on"), null=True, blank=True)
    reversal_reason = models.CharField(_("reversal reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-paid_on", "-id"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        permissions = [("export_payment", _("Can export payments (bulk, with a reason)"))]
        indexes = [models.Index(fields=["household", "-paid_on"], name="payment_household_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0),
                name="payment_amount_positive",
                violation_error_message=_("Amount: more than 0,00 €."),
            ),
            # Only payments with a bank reference are indexed (most are entered or generated without one).
            models.UniqueConstraint(
                fields=["bank_reference"],
                condition=Q(bank_reference__isnull=False),
                name="payment_bank_reference_unique",
                violation_error_message=_("This bank transaction was already imported."),
            ),
            models.CheckConstraint(
                condition=Q(unallocated__gte=0) & Q(unallocated__lte=models.F("amount")),
                name="payment_unallocated_range",
                violation_error_message=_("Unallocated: from 0,00 € up to the payment's amount."),
            ),
        ]

    def __str__(self):
        return f"{eur(self.amount)} {short_date(self.paid_on)}"


class ContributionDue(models.Model):
    """One month of a household's contribution (the dues ledger), and its settlement."""

    # The biggest table (36 rows per household over 3 years): no index that another one covers.
    # db_index=False: due_household_month_unique (household, month) serves every lookup by household.
    household = models.ForeignKey(
        Household, on_delete=models.CASCADE, related_name="dues", verbose_name=_("household"), db_index=False
    )
    month = models.DateField(_("month"), help_text=_("First day of the month."))
    amount = models.DecimalField(_("amount due"), max_digits=14, decimal_places=2)
    # db_index=False: a handful of tables, looked up by dues only when a table is deleted (PROTECT).
    # null: a month of a legacy ledger (``legacy_import``) that no contribution table here prices.
    table = models.ForeignKey(
        ContributionTable,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("table"),
        db_index=False,
        null=True,
        blank=True,
    )
    # db_index=False: looked up only through the household (a handful of imports ever).
    legacy_import = models.ForeignKey(
        "LegacyLedgerImport",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("legacy ledger import"),
        db_index=False,
        help_text=_("Brought from the fund's former system (Art. 8 §2: the history before the tables here)."),
    )
    # db_index=False: the months of a payment are looked up through its household
    # (selectors.payment_months, on due_household_month_unique). A payment is never deleted: it is
    # reversed (services.payment_reverse), which reopens its months; PROTECT refuses a delete.
    payment = models.ForeignKey(
        Payment,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="dues",
        verbose_name=_("payment"),
        db_index=False,
    )
    settled_on = models.DateField(_("settled on"), null=True, blank=True)
    paid_in_time = models.BooleanField(
        _("paid in time"), default=False, help_text=_("Settled within the month it concerns (or nothing due).")
    )
    exemption = models.CharField(_("exemption"), max_length=200, blank=True)

    class Meta:
        ordering = ["household", "-month"]
        verbose_name = _("contribution due")
        verbose_name_plural = _("contribution dues")
        constraints = [
            models.UniqueConstraint(
                fields=["household", "month"],
                name="due_household_month_unique",
                violation_error_message=_("Month: this household already has a contribution due for this month."),
            ),
            models.CheckConstraint(
                condition=FIRST_OF_MONTH,
                name="due_first_of_month",
                violation_error_message=_("Month: the first day of a month."),
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0),
                name="due_amount_non_negative",
                violation_error_message=_("Amount: zero or more."),
            ),
        ]
        indexes = [
            # Art. 8 looks only at months not paid in time: keep them, with their settlement, in a small index.
            models.Index(
                fields=["household", "month"],
                include=["settled_on"],
                condition=Q(paid_in_time=False),
                name="due_late_idx",
            ),
        ]

    def __str__(self):
        return f"{self.household_id} {self.month:%m/%Y} {self.amount}"

    @property
    def is_paid(self) -> bool:
        return self.settled_on is not None


class DuesArchive(models.Model):
    """A year of the dues ledger moved out of the live ledger into the archive schema (issue #18,
    ``members.dues_archive``): who, when, what, how many. Art. 8 §2: the claim to a month's
    contribution prescribes five years after the end of the month, so only years wholly past that
    are archived; the months the law still needs stay live (``rows_kept``). One row per year."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    archive_table = models.CharField(_("archive table"), max_length=120)
    rows_archived = models.PositiveIntegerField(_("months archived"))
    rows_kept = models.PositiveIntegerField(_("months kept live"))
    #: ``{"late": n, "collected": n, "legacy": n}``: why the kept months stay live
    kept = models.JSONField(_("kept, by reason"), default=dict, blank=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("archived by"),
    )
    archived_at = models.DateTimeField(_("archived at"), auto_now_add=True)

    class Meta:
        ordering = ["year"]
        verbose_name = _("archived year of dues")
        verbose_name_plural = _("archived years of dues")

    def __str__(self):
        return _("Dues of %(year)s archived in %(table)s") % {"year": self.year, "table": self.archive_table}


class EntitlementStatus(models.TextChoices):
    ENTITLED = rules.Status.ENTITLED.value, _("In order")  # Art. 8 §2
    SUSPENDED = rules.Status.SUSPENDED.value, _("Suspended")  # Art. 8 §3
    REVOKED = rules.Status.REVOKED.value, _("Revoked")  # Art. 8 §4: legacy, only acquired before 2021
    NOT_AFFILIATED = "not_affiliated", _("Not affiliated")


class HouseholdStatus(models.Model):
    """Today's entitlement status of a household, materialised by the nightly job for lists and
    reports. A claim is always judged on demand for its own event month (SPEC §1.3)."""

    household = models.OneToOneField(Household, on_delete=models.CASCADE, primary_key=True, related_name="status")
    status = models.CharField(_("status"), max_length=16, choices=EntitlementStatus.choices, db_index=True)
    reason = models.TextField(_("reason"), blank=True)
    #: ``reason`` as declared reasons (``members.rules.Entitlement.explanation``), shown in the reader's
    #: language (issue #16); empty for a status written before
    explanation = models.JSONField(_("explanation"), default=list, blank=True)
    month = models.DateField(_("for month"))
    computed_at = models.DateTimeField(_("computed at"))

    class Meta:
        verbose_name = _("household status")
        verbose_name_plural = _("household statuses")

    def __str__(self):
        return self.get_status_display()

    @property
    def reason_shown(self) -> str:
        """Why this status, in the reader's language (the English text, months mm/yyyy, for one written
        before explanations were stored)."""
        if self.explanation:
            return " ".join(render(part) for part in self.explanation)
        return months_in_text(self.reason)


class StatusChange(models.Model):
    """Old → new materialised status, written in the same set-based statement as the change
    (batch writes leave no auditlog trace, NOTES.md)."""

    # db_index=False: status_change_household_idx (household, -changed_at) serves lookups by household
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="status_changes", db_index=False)
    old_status = models.CharField(_("old status"), max_length=16, choices=EntitlementStatus.choices, blank=True)
    new_status = models.CharField(_("new status"), max_length=16, choices=EntitlementStatus.choices)
    month = models.DateField(_("for month"))
    changed_at = models.DateTimeField(_("changed at"))
    run_id = models.CharField(_("run"), max_length=64, blank=True)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        indexes = [models.Index(fields=["household", "-changed_at"], name="status_change_household_idx")]


class BankImportStatus(models.TextChoices):
    """Where a bank statement import stands. Nothing is paid before ``applied``; an ``invalid``
    statement changed nothing (all or nothing, as a clerk's dry run)."""

    UPLOADED = "uploaded", _("Uploaded, waiting to be checked")
    VALIDATING = "validating", _("Being checked")
    VALIDATED = "validated", _("Checked: ready to apply")
    INVALID = "invalid", _("Refused: rows with errors, nothing imported")
    APPLYING = "applying", _("Being applied")
    APPLIED = "applied", _("Applied")
    FAILED = "failed", _("Failed, nothing imported")


#: Statuses in which the same file (same SHA-256) cannot be uploaded again: it is being imported or
#: was imported. After ``invalid`` or ``failed`` nothing was imported, so the file may come again.
BANK_IMPORT_LIVE_STATUSES = (
    BankImportStatus.UPLOADED,
    BankImportStatus.VALIDATING,
    BankImportStatus.VALIDATED,
    BankImportStatus.APPLYING,
    BankImportStatus.APPLIED,
)


class BankImport(models.Model):
    """A bank statement (CSV or XLSX) imported as contribution payments, in the background: checked
    as a whole (the dry run), then applied in one transaction (``members.bank_import``)."""

    file_name = models.CharField(_("file name"), max_length=255)
    # The statement itself (bounded by settings.BANK_IMPORT_MAX_BYTES): in the database, so any worker
    # reads it without a shared disk. Not in the audit trail (settings.AUDITLOG_INCLUDE_TRACKING_MODELS).
    content = models.BinaryField(_("content"), editable=False)
    size = models.PositiveIntegerField(_("size (bytes)"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    file_format = models.CharField(_("format"), max_length=8, blank=True)
    encoding = models.CharField(_("encoding"), max_length=20, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=BankImportStatus.choices, default=BankImportStatus.UPLOADED
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("uploaded by")
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    validated_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("applied by"),
    )
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    payments = models.PositiveIntegerField(_("payments"), default=0)
    households = models.PositiveIntegerField(_("households"), default=0)
    amount_total = models.DecimalField(_("total amount"), max_digits=14, decimal_places=2, default=Decimal("0.00"))
    months_settled = models.PositiveIntegerField(_("months settled"), default=0)
    unallocated = models.DecimalField(
        _("unallocated credit"),
        max_digits=14,
        decimal_places=2,
        default=Decimal("0.00"),
        help_text=_("What did not settle a whole month, kept on the payments."),
    )
    error_count = models.PositiveIntegerField(_("errors"), default=0)
    #: ``[{"row": 12, "field": "amount", "message": "…"}]``, the first ``BANK_IMPORT_MAX_ERRORS``.
    errors = models.JSONField(_("row errors"), default=list, blank=True)
    failure = models.TextField(_("failure"), blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = _("bank statement import")
        verbose_name_plural = _("bank statement imports")
        constraints = [
            # The same statement twice would be refused row by row (bank references); refuse the file at once.
            models.UniqueConstraint(
                fields=["sha256"],
                condition=Q(status__in=[s.value for s in BANK_IMPORT_LIVE_STATUSES]),
                name="bank_import_same_file_once",
                violation_error_message=_("This statement was already uploaded."),
            ),
        ]

    def __str__(self):
        return _("Statement %(name)s (import %(id)s)") % {"name": self.file_name, "id": self.pk}

    @property
    def running(self) -> bool:
        return self.status in (BankImportStatus.UPLOADED, BankImportStatus.VALIDATING, BankImportStatus.APPLYING)


# --- The household's correspondence (issue #15): what the fund told it, when, on which channel ---------


class CorrespondenceKind(models.TextChoices):
    # SEPA Core rulebook PT-04.03: amount and date of a direct debit, told before the collection
    PRENOTIFICATION = "prenotification", _("Direct debit pre-notification")
    # a returned or rejected direct debit: the months are open again (Art. 8 §2)
    DEBIT_RETURNED = "debit_returned", _("Returned direct debit")
    REMINDER = "reminder", _("Reminder")
    # issue #17: a right the member has not claimed, what it brings, until when, which evidence to bring
    INVITATION = "invitation", _("Invitation to claim a right")
    OTHER = "other", _("Other")


class CorrespondenceChannel(models.TextChoices):
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail")


class Correspondence(models.Model):
    """One message the fund sent (or will send) a household: a letter, an e-mail. Written by the
    service that decides it (a collection's pre-notification, a return, a reminder), in the
    household's language; kept as sent."""

    household = models.ForeignKey(
        Household,
        on_delete=models.PROTECT,
        related_name="correspondence",
        verbose_name=_("household"),
        db_index=False,  # correspondence_household_idx (household, -created_at) serves it
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CorrespondenceKind.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=CorrespondenceChannel.choices, default=CorrespondenceChannel.LETTER
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    event_date = models.DateField(
        _("date concerned"), null=True, blank=True, help_text=_("e.g. the day the account will be debited.")
    )
    #: the facts the text was written from (mandate reference, creditor id, end-to-end id, months …)
    details = models.JSONField(_("details"), default=dict, blank=True)
    #: what the message is about, once: a second pre-notification of the same collection is not written
    source_key = models.CharField(_("source"), max_length=100, unique=True)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("correspondence")
        verbose_name_plural = _("correspondence")
        indexes = [models.Index(fields=["household", "-created_at"], name="correspondence_household_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="correspondence_amount",
                violation_error_message=_("Amount: zero or more."),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {short_date(self.created_at.date()) if self.created_at else ''}".strip()
