"""Input and output of the bank API (/api/v1/mandates/)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from bank.models import Frequency, Mandate, PayoutFile, PayoutTransfer, normalise_iban
from core.api import BoundedPrimaryKeyRelatedField
from core.privacy import Category, NeedToKnowFieldsMixin
from members.models import Household


class MandateInputSerializer(serializers.Serializer):
    household = BoundedPrimaryKeyRelatedField(queryset=Household.objects.all())
    iban = serializers.CharField(max_length=42, help_text="The debtor's IBAN (spaces allowed); checked and normalised.")
    debtor_name = serializers.CharField(max_length=70, help_text="The account holder, as the bank knows them.")
    signed_on = serializers.DateField(help_text="The day the mandate was signed; not in the future.")
    reference = serializers.CharField(
        max_length=35,
        required=False,
        allow_blank=True,
        help_text="Unique mandate reference (SEPA characters, at most 35); generated when omitted.",
    )
    bic = serializers.CharField(max_length=11, required=False, allow_blank=True)
    frequency = serializers.ChoiceField(choices=Frequency.choices, required=False, default=Frequency.MONTHLY)

    def validate_iban(self, value):
        try:
            return normalise_iban(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc


class MandateCreatedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    reference = serializers.CharField()
    status = serializers.CharField()


class MandateSerializer(NeedToKnowFieldsMixin, serializers.ModelSerializer):
    field_categories = {"iban": Category.BANK, "bic": Category.BANK, "debtor_name": Category.BANK}

    class Meta:
        model = Mandate
        fields = (
            "id",
            "reference",
            "household",
            "debtor_name",
            "iban",
            "bic",
            "signed_on",
            "status",
            "frequency",
            "last_collection_on",
        )
        read_only_fields = fields


# --- payouts by SEPA credit transfer (/api/v1/payout-files/, issue #15) -------------------------------


class PayoutTransferSerializer(NeedToKnowFieldsMixin, serializers.ModelSerializer):
    field_categories = {"iban": Category.BANK, "payee_name": Category.BANK}

    class Meta:
        model = PayoutTransfer
        fields = (
            "end_to_end_id",
            "kind",
            "item_id",
            "member",
            "household",
            "payee_name",
            "iban",
            "amount",
            "remittance",
            "status",
            "paid_on",
            "reject_code",
            "reject_text",
            "rejected_on",
        )
        read_only_fields = fields


class PayoutFileSerializer(serializers.ModelSerializer):
    class Meta:
        model = PayoutFile
        fields = (
            "id",
            "message_id",
            "kind",
            "source_id",
            "execution_date",
            "status",
            "transfer_count",
            "total",
            "sha256",
            "created_at",
        )
        read_only_fields = fields


class PayoutFileDetailSerializer(PayoutFileSerializer):
    transfers = PayoutTransferSerializer(many=True, read_only=True)

    class Meta(PayoutFileSerializer.Meta):
        fields = (*PayoutFileSerializer.Meta.fields, "transfers")
        read_only_fields = fields
