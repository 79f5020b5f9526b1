from rest_framework import serializers

from core import bounds
from lending import rules
from lending.models import Item, Rental


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
            "valid_from": v.valid_from.isoformat(), "day_price": str(v.day_price), "first_month": str(v.to_price().forfait),
            "forfait_days": v.forfait_days, "fixed_cost": str(v.fixed_cost), "installation": str(v.installation),
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
        fields = ("id", "item", "member", "renter_name", "renter", "renter_reason", "delivery", "start_date", "return_date",
                  "status", "charges", "total")

    def get_total(self, obj) -> str:
        return f"{sum((c.amount for c in obj.charges.all()), 0):.2f}"


class RentalInputSerializer(serializers.Serializer):
    item = serializers.SlugField(help_text="An item code from /api/v1/lending/items/.")
    member = serializers.IntegerField(allow_null=True, required=False, min_value=1, max_value=bounds.MAX_ID,
                                      help_text="null for a non-member")
    renter_name = serializers.CharField(required=False, allow_blank=True, default="")
    start_date = serializers.DateField()
    delivery = serializers.ChoiceField(choices=[d.value for d in rules.Delivery], default=rules.Delivery.OFFICE.value)
    expected_return = serializers.DateField(required=False, allow_null=True, help_text="Not before start_date.")
    unit = serializers.CharField(required=False, allow_blank=True, default="", max_length=60,
                                 help_text="Serial number of the stock unit handed out; without it the first free unit "
                                           "of the item is taken. Refused (400) when no unit of the item is free.")


class ReturnInputSerializer(serializers.Serializer):
    return_date = serializers.DateField()
    cleaning = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")
    repair = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")
    damage = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, default="0")


class MaxInvoiceSerializer(serializers.Serializer):
    counted_rent = serializers.DecimalField(max_digits=10, decimal_places=2)
    refund = serializers.DecimalField(max_digits=10, decimal_places=2)
