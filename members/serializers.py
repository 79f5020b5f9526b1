from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api import BoundedPrimaryKeyRelatedField
from core.months import Month
from core.privacy import MEMBER_FIELDS, Category, NeedToKnowFieldsMixin
from members import rules, selectors
from members.models import (
    Gender,
    Household,
    InsolvencyKind,
    InsolvencyProcedure,
    Member,
    Payment,
    PriorAffiliation,
    PriorAffiliationKind,
    Role,
)


class HouseholdSerializer(NeedToKnowFieldsMixin, serializers.ModelSerializer):
    field_categories = {"payment_reference": Category.CONTRIBUTIONS, "status": Category.ENTITLEMENT}
    payment_reference = serializers.CharField(read_only=True)
    status = serializers.CharField(source="status.status", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Household
        fields = ("id", "street", "postal_code", "city", "region", "payment_reference", "status")
        read_only_fields = ("id",)


class MemberInputSerializer(serializers.Serializer):
    national_number = serializers.CharField(max_length=20)
    first_name = serializers.CharField(max_length=100)
    last_name = serializers.CharField(max_length=100)
    birth_date = serializers.DateField()
    gender = serializers.ChoiceField(choices=Gender.choices)
    household = BoundedPrimaryKeyRelatedField(queryset=Household.objects.all())
    role = serializers.ChoiceField(choices=Role.choices)
    affiliation_start = serializers.DateField(
        required=False, help_text="First day of a month (Art. 6). Omitted: computed from application_signed_on."
    )
    application_signed_on = serializers.DateField(required=False, help_text="Date the application was signed (Art. 6).")
    affiliation_case = serializers.ChoiceField(
        choices=[c.value for c in rules.AffiliationCase],
        required=False,
        help_text="Art. 6 1°–6°; default first_affiliation.",
    )
    transfer_effective = serializers.DateField(required=False, help_text="Art. 6 2°: date the transfer takes effect.")
    titular_since = serializers.DateField(required=False, allow_null=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=30)
    iban = serializers.CharField(required=False, allow_blank=True, max_length=34)
    language = serializers.ChoiceField(
        choices=list(rules.LANGUAGES),
        required=False,
        help_text="Language of the fund's letters (nl, fr, en; issue #15). Omitted: the household region's.",
    )

    def validate_national_number(self, value):
        try:
            return rules.parse_national_number(value).number
        except ValueError as exc:
            raise serializers.ValidationError(str(exc)) from exc


class MemberOutputSerializer(NeedToKnowFieldsMixin, serializers.ModelSerializer):
    """A member as the requesting role may see it (core.privacy): the lending desk and the election
    bureau get no national number."""

    field_categories = {**MEMBER_FIELDS, "status": Category.ENTITLEMENT}
    status = serializers.CharField(source="household.status.status", read_only=True, default=None, allow_null=True)

    class Meta:
        model = Member
        fields = (
            "id",
            "national_number",
            "first_name",
            "last_name",
            "birth_date",
            "gender",
            "household",
            "role",
            "affiliation_start",
            "titular_since",
            "affiliation_end",
            "language",
            "status",
        )


@extend_schema_field({"type": "string", "pattern": r"^\d{4}-\d{2}$", "example": "2026-01"})
class MonthField(serializers.Field):
    default_error_messages = {"invalid": "Use YYYY-MM (e.g. 2026-01)."}

    def to_internal_value(self, data):
        try:
            return Month.parse(data)
        except (ValueError, TypeError):
            self.fail("invalid")

    def to_representation(self, value):
        return str(value)


class PaymentInputSerializer(serializers.Serializer):
    household = BoundedPrimaryKeyRelatedField(queryset=Household.objects.all())
    amount = serializers.DecimalField(max_digits=14, decimal_places=2, min_value=0)
    paid_on = serializers.DateField()
    months = serializers.ListField(
        child=MonthField(),
        required=False,
        allow_empty=True,
        help_text="Months covered (YYYY-MM). Omitted: the oldest open months first.",
    )
    communication = serializers.CharField(required=False, allow_blank=True, max_length=140)
    bank_reference = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=64)


class PaymentOutputSerializer(serializers.ModelSerializer):
    months = serializers.SerializerMethodField()

    class Meta:
        model = Payment
        fields = (
            "id",
            "household",
            "amount",
            "paid_on",
            "unallocated",
            "source",
            "communication",
            "bank_reference",
            "months",
        )

    def get_months(self, obj) -> list[str]:
        # a list passes the months of its whole page in the context (one query, PaymentViewSet.list)
        months = self.context.get("payment_months") or selectors.payment_months([obj])
        return [f"{m:%Y-%m}" for m in months[obj.pk]]


class EntitlementSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=[s.value for s in rules.Status])
    reason = serializers.CharField()
    code = serializers.CharField(
        help_text='The explanation\'s stable code: "entitlement.paid_window", "entitlement.unpaid", '
        '"entitlement.revoked", … (count and translate by it).'
    )
    article = serializers.CharField(help_text='The article the status rests on: "Art. 8 §3", "Art. 6", …')
    event_month = serializers.CharField()
    missing_months = serializers.ListField(child=serializers.CharField())
    presumed_months = serializers.ListField(child=serializers.CharField())
    unknown_months = serializers.ListField(
        child=serializers.CharField(), help_text="Months of the window whose contribution is unknown (Art. 8 §2)."
    )
    revoked_since = serializers.CharField(allow_null=True)
    restoration_start = serializers.CharField(allow_null=True)
    entitled_from = serializers.CharField(allow_null=True)


# --- Art. 8 §3 2° / §2 2° a–b: recorded facts (separate classes: merged beside the Art. 42.3 ones) ---


class InsolvencyProcedureInputSerializer(serializers.Serializer):
    member = BoundedPrimaryKeyRelatedField(queryset=Member.objects.all(), help_text="The household's titular.")
    kind = serializers.ChoiceField(choices=InsolvencyKind.choices)
    judgment_date = serializers.DateField(
        help_text="Judgment of admissibility / declaratory judgment of bankruptcy: the contributions owed before it "
        "count as paid (Art. 8 §3 2°)."
    )
    court = serializers.CharField(max_length=100)
    case_reference = serializers.CharField(max_length=64)
    proof = serializers.CharField(max_length=200)
    ended_on = serializers.DateField(required=False, allow_null=True)


class InsolvencyProcedureOutputSerializer(serializers.ModelSerializer):
    last_month_counted_as_paid = serializers.SerializerMethodField()

    class Meta:
        model = InsolvencyProcedure
        fields = (
            "id",
            "member",
            "kind",
            "judgment_date",
            "court",
            "case_reference",
            "proof",
            "ended_on",
            "last_month_counted_as_paid",
            "created_at",
        )

    def get_last_month_counted_as_paid(self, obj) -> str:
        return str(rules.last_month_owed_before(obj.judgment_date))


class PriorAffiliationInputSerializer(serializers.Serializer):
    member = BoundedPrimaryKeyRelatedField(queryset=Member.objects.all(), help_text="The household's titular.")
    kind = serializers.ChoiceField(choices=PriorAffiliationKind.choices)
    first_month = MonthField()
    last_month = MonthField()
    fund = serializers.CharField(max_length=100, required=False, allow_blank=True)
    in_order = serializers.BooleanField(
        required=False, default=False, help_text="(a) The other fund's attestation says these months were paid."
    )
    proof = serializers.CharField(max_length=200)


class PriorAffiliationOutputSerializer(serializers.ModelSerializer):
    first_month = serializers.DateField(format="%Y-%m")
    last_month = serializers.DateField(format="%Y-%m")

    class Meta:
        model = PriorAffiliation
        fields = ("id", "member", "kind", "first_month", "last_month", "fund", "in_order", "proof", "created_at")


# --- Art. 42.3 exemptions, VT periods and hardship situations (health and social data) ----------

from members.models import ExemptionKind, HardshipKind, HardshipSituation, IncreasedReimbursementPeriod  # noqa: E402

_PROOF_DATE_HELP = "Date of the attest, decision or judgment that proves it (required when recording)."


class ExemptionSerializer(serializers.Serializer):
    """One Art. 42.3 exemption fact of a member: a period with its proof."""

    kind = serializers.ChoiceField(choices=ExemptionKind.choices)
    start = serializers.DateField()
    end = serializers.DateField(allow_null=True)
    proof_date = serializers.DateField(allow_null=True)
    proof_reference = serializers.CharField(allow_blank=True)


class ExemptionInputSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ExemptionKind.choices)
    start = serializers.DateField(help_text="First day the incapacity is recognised or the allowance is paid.")
    end = serializers.DateField(required=False, allow_null=True, help_text="Last day; omitted while it lasts.")
    proof_date = serializers.DateField(help_text=_PROOF_DATE_HELP)
    proof_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)


class ExemptionCorrectionSerializer(serializers.Serializer):
    start = serializers.DateField(required=False)
    end = serializers.DateField(required=False, allow_null=True)
    proof_date = serializers.DateField(required=False)
    proof_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)


class InsolvencyEndSerializer(serializers.Serializer):
    ended_on = serializers.DateField(
        help_text="The day the procedure ended (plan completed or revoked, bankruptcy closed)."
    )


class PeriodEndSerializer(serializers.Serializer):
    end = serializers.DateField(help_text="The last day of the period.")


class VTPeriodSerializer(serializers.ModelSerializer):
    class Meta:
        model = IncreasedReimbursementPeriod
        fields = ("id", "member", "start", "end", "proof_date", "proof_reference")


class VTPeriodInputSerializer(serializers.Serializer):
    member = BoundedPrimaryKeyRelatedField(queryset=Member.objects.all())
    start = serializers.DateField()
    end = serializers.DateField(required=False, allow_null=True)
    proof_date = serializers.DateField(help_text=_PROOF_DATE_HELP)
    proof_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)


class VTPeriodCorrectionSerializer(serializers.Serializer):
    start = serializers.DateField(required=False)
    end = serializers.DateField(required=False, allow_null=True)
    proof_date = serializers.DateField(required=False)
    proof_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)


class HardshipSerializer(serializers.ModelSerializer):
    class Meta:
        model = HardshipSituation
        fields = ("id", "member", "kind", "start", "end", "proof_date", "evidence")


class HardshipInputSerializer(serializers.Serializer):
    member = BoundedPrimaryKeyRelatedField(queryset=Member.objects.all())
    kind = serializers.ChoiceField(choices=HardshipKind.choices)
    start = serializers.DateField()
    end = serializers.DateField(required=False, allow_null=True)
    proof_date = serializers.DateField(help_text=_PROOF_DATE_HELP)
    evidence = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="Which document proves it (decision, judgment, its number).",
    )


class HardshipCorrectionSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=HardshipKind.choices, required=False)
    start = serializers.DateField(required=False)
    end = serializers.DateField(required=False, allow_null=True)
    proof_date = serializers.DateField(required=False)
    evidence = serializers.CharField(required=False, allow_blank=True, max_length=200)
