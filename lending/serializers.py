from decimal import Decimal

from rest_framework import serializers

from core import bounds
from lending import rules
from lending.models import CareFee, IncontinenceSale, Item, Rental


class ItemSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="localized_name")
    prices = serializers.SerializerMethodField()

    class Meta:
        model = Item
        fields = ("code", "name", "group", "prices")

    def get_prices(self, obj) -> dict:
        versions = sorted(obj.prices.all(), key=lambda v: v.valid_from)
        today = self.context["today"]
        current = [v for v in versions if v.valid_from <= today] or versions
        if not current:
            return {}
        v = current[-1]
        return {
            "valid_from": v.valid_from.isoformat(),
            "day_price": str(v.day_price),
            "first_month": str(v.to_price().forfait),
            "forfait_days": v.forfait_days,
            "fixed_cost": str(v.fixed_cost),
            "installation": str(v.installation),
            "footnotes": {
                "first_month_free_after_birth_2": v.first_month_free_after_birth,
                "shipping_in_fixed_cost_3": str(v.shipping_in_fixed_cost),
                "excluded_from_max_invoice_4": v.excluded_from_max_invoice,
                "seven_day_forfait_5": v.forfait_days == 7,
                "start_cost_7": v.item.group == rules.Group.ALARM.value and v.fixed_cost > 0,
                "intervention_costs_8": v.interventions,
            },
        }


class ChargeSerializer(serializers.Serializer):
    kind = serializers.CharField()
    description = serializers.CharField()
    amount = serializers.DecimalField(max_digits=10, decimal_places=2)
    day = serializers.DateField()
    counts_for_max_invoice = serializers.BooleanField()


class RentalSerializer(serializers.ModelSerializer):
    item = serializers.SlugRelatedField(slug_field="code", read_only=True)
    charges = ChargeSerializer(many=True, read_only=True)
    total = serializers.SerializerMethodField()

    class Meta:
        model = Rental
        fields = (
            "id",
            "item",
            "member",
            "renter_name",
            "renter",
            "renter_reason",
            "delivery",
            "start_date",
            "return_date",
            "status",
            "charges",
            "total",
        )

    def get_total(self, obj) -> str:
        return f"{sum((c.amount for c in obj.charges.all()), 0):.2f}"


class RentalInputSerializer(serializers.Serializer):
    item = serializers.SlugField(help_text="An item code from /api/v1/lending/items/.")
    member = serializers.IntegerField(
        allow_null=True, required=False, min_value=1, max_value=bounds.MAX_ID, help_text="null for a non-member"
    )
    renter_name = serializers.CharField(required=False, allow_blank=True, default="")
    start_date = serializers.DateField()
    delivery = serializers.ChoiceField(choices=[d.value for d in rules.Delivery], default=rules.Delivery.OFFICE.value)
    expected_return = serializers.DateField(required=False, allow_null=True, help_text="Not before start_date.")
    unit = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=60,
        help_text="Serial number of the stock unit handed out; without it the first free unit "
        "of the item is taken. Refused (400) when no unit of the item is free.",
    )


class ReturnInputSerializer(serializers.Serializer):
    return_date = serializers.DateField()
    cleaning = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")
    repair = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")
    damage = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")


class MaxInvoiceSerializer(serializers.Serializer):
    counted_rent = serializers.DecimalField(max_digits=10, decimal_places=2)
    refund = serializers.DecimalField(max_digits=10, decimal_places=2)


class CareFeeSerializer(serializers.ModelSerializer):
    class Meta:
        model = CareFee
        fields = ("id", "claim", "ground", "amount", "day", "hours", "cancelled_at", "note", "reason", "created_at")


class CareFeeInputSerializer(serializers.Serializer):
    claim = serializers.IntegerField(
        min_value=1, max_value=bounds.MAX_ID, help_text="The sick-child babysitting booking (claim id)."
    )
    ground = serializers.ChoiceField(
        choices=[rules.CareFeeGround.MISUSE.value, rules.CareFeeGround.OVERRUN.value],
        help_text="Art. 52: improper use (oneigenlijk gebruik) or more than 9 hours. A late "
        "cancellation is charged by /care-fees/cancel/.",
    )
    day = serializers.DateField(required=False, allow_null=True, help_text="A booked day; default: the first one.")
    hours = serializers.DecimalField(
        max_digits=4,
        decimal_places=2,
        min_value=0,
        max_value=24,
        required=False,
        allow_null=True,
        help_text="For an overrun: the hours the babysitter stayed (more than 9).",
    )
    note = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=2000,
        help_text="What happened (at least 10 characters for improper use).",
    )


class CareCancelInputSerializer(serializers.Serializer):
    claim = serializers.IntegerField(
        min_value=1, max_value=bounds.MAX_ID, help_text="The sick-child babysitting booking (claim id)."
    )
    received_at = serializers.DateTimeField(
        required=False,
        allow_null=True,
        help_text="When the cancellation was received (default: now). Less than 24 hours "
        "before the booked start: €50 (Art. 52).",
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


class CareCancelSerializer(serializers.Serializer):
    late = serializers.BooleanField()
    fee = CareFeeSerializer(allow_null=True)


class IncontinenceSaleSerializer(serializers.ModelSerializer):
    to_pay = serializers.DecimalField(max_digits=10, decimal_places=2, read_only=True)

    class Meta:
        model = IncontinenceSale
        fields = (
            "id",
            "member",
            "invoice_number",
            "invoice_date",
            "amount",
            "entitled",
            "vt",
            "discount_percent",
            "discount",
            "to_pay",
            "reason",
            "created_at",
        )


class IncontinenceSaleInputSerializer(serializers.Serializer):
    member = serializers.IntegerField(min_value=1, max_value=bounds.MAX_ID)
    invoice_number = serializers.CharField(max_length=40, help_text="The home-care shop's invoice number (unique).")
    invoice_date = serializers.DateField()
    amount = serializers.DecimalField(
        max_digits=7,
        decimal_places=2,
        min_value=Decimal("0.01"),
        help_text="The invoice's amount for incontinence material, in euros.",
    )
