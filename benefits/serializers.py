from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from benefits import catalogue as statutes
from benefits import selectors
from benefits.catalogue import SPEECH_DISORDERS
from benefits.facts import FACTS, TIME, Fact, FactErrors, Kind, all_choices, facts_of, users, validate_facts
from benefits.models import Benefit, Claim
from benefits.rules import MAX_BIRTH_RANK
from core import bounds
from core.api import ReasonSerializer

#: The statutes' rule versions (benefits.catalogue), latest of each benefit: the schema lists the values
#: they allow. A claim is checked against its own benefit's version in the database (``validate``).
STATUTE_RULES = statutes.LATEST

JSON_TYPES = {
    Kind.BOOL: {"type": "boolean"},
    Kind.CHOICE: {"type": "string"},
    Kind.INT: {"type": "integer"},
    Kind.DECIMAL: {"type": "string", "format": "decimal"},
    Kind.TEXT: {"type": "string"},
    Kind.DATE: {"type": "string", "format": "date"},
    Kind.DATES: {"type": "array", "items": {"type": "string", "format": "date"}},
}


def fact_schema(fact: Fact) -> dict:
    """One fact's OpenAPI property, generated from its declaration (benefits.facts)."""
    schema = dict(JSON_TYPES[fact.kind])
    if fact.kind is Kind.CHOICE and not fact.open_list:
        schema["enum"] = list(all_choices(fact.key, STATUTE_RULES))
    if fact.min is not None:
        schema["minimum"] = fact.min
    if fact.max is not None:
        schema["maximum"] = fact.max
    if fact.max_length is not None:
        schema["maxItems" if fact.kind is Kind.DATES else "maxLength"] = fact.max_length
    if fact.pattern == "time":
        schema["pattern"] = TIME.pattern
    used_by = ", ".join(users(fact.key, STATUTE_RULES))
    text = f"{fact.article}: {fact.help} Benefits: {used_by}."
    if fact.kind is Kind.CHOICE and fact.open_list:
        text += " The list: " + ", ".join(all_choices(fact.key, STATUTE_RULES)) + "."
    schema["description"] = text
    return schema


@extend_schema_field(
    {
        "type": "object",
        "description": "Facts of the claim its benefit's rule reads (issue #14: declared once in benefits.facts); "
        "each benefit takes only its own (see /api/v1/benefits/, field facts).",
        "properties": {key: fact_schema(fact) for key, fact in FACTS.items()},
        "additionalProperties": False,
    }
)
class FactsField(serializers.DictField):
    """The facts as an object; which keys and values a claim's benefit takes is checked in
    ``ClaimInputSerializer.validate`` (``benefits.facts.validate_facts``)."""

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        unknown = sorted(set(value) - set(FACTS))
        if unknown:
            raise serializers.ValidationError(
                {
                    key: [f"unknown fact {key!r}: no benefit takes it (each benefit's facts: /api/v1/benefits/)."]
                    for key in unknown
                }
            )
        return value


class BenefitSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="localized_name")
    current_rule = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()
    facts = serializers.SerializerMethodField()

    class Meta:
        model = Benefit
        fields = ("code", "name", "article", "service_code", "current_rule", "evidence", "facts")

    def _current(self, obj):
        versions = sorted(obj.versions.all(), key=lambda v: v.effective_from)
        today = self.context["today"]
        current = [v for v in versions if v.effective_from <= today]
        return (current or versions or [None])[-1]

    def get_current_rule(self, obj) -> str:
        version = self._current(obj)
        return version.summary() if version else ""

    def get_evidence(self, obj) -> list[str]:
        version = self._current(obj)
        return list(version.evidence) if version else []

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "key": {"type": "string"},
                    "type": {"type": "string", "enum": [k.value for k in Kind]},
                    "required": {"type": "boolean"},
                    "article": {"type": "string"},
                    "help": {"type": "string"},
                    "choices": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"value": {"type": "string"}, "label": {"type": "string"}},
                        },
                    },
                },
            },
        }
    )
    def get_facts(self, obj) -> list[dict]:
        """The facts the current rule version takes (benefits.facts), with their values."""
        version = self._current(obj)
        if version is None:
            return []
        return [
            {
                "key": taken.key,
                "type": taken.fact.kind.value,
                "required": taken.required,
                "article": taken.fact.article or obj.article,
                "help": taken.fact.help,
                "choices": [{"value": v, "label": taken.fact.label(v)} for v in taken.choices],
            }
            for taken in facts_of(version.to_spec())
        ]


class ClaimInputSerializer(serializers.Serializer):
    """A claim to file. Its filing date (Art. 42.4: the day the fund received it) is not an input:
    the fund sets it to today. A clerk filing a document that arrived earlier gives ``received_on``."""

    member = serializers.IntegerField(min_value=1, max_value=bounds.MAX_ID)
    benefit = serializers.SlugField(help_text="A benefit code from /api/v1/benefits/.")
    event_date = serializers.DateField()
    amount_paid = serializers.DecimalField(max_digits=12, decimal_places=2, min_value=0, default="0.00")
    compulsory_reimbursement = serializers.DecimalField(max_digits=12, decimal_places=2, min_value=0, default="0.00")
    quantity = serializers.IntegerField(
        min_value=1,
        max_value=bounds.MAX_QUANTITY,
        default=1,
        help_text="Sessions, nights, days, hours, km, insoles; 1 otherwise.",
    )
    facts = FactsField(required=False, default=dict)
    evidence = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        default=list,
        help_text="Evidence received, e.g. invoice, attestation (see the benefit's evidence).",
    )
    # What a per-subject cap counts on (issue #13); the benefit's rule says which one it needs.
    child = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=bounds.MAX_ID,
        help_text="Art. 53 maternity help, Art. 57 birth premium: the child, a member id.",
    )
    expected_birth_date = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Art. 53: before the child is a member, its expected birth date (the household's unborn child).",
    )
    birth_rank = serializers.IntegerField(
        required=False,
        default=1,
        min_value=1,
        max_value=MAX_BIRTH_RANK,
        help_text="Art. 53: 2 for the second child of a multiple birth, …",
    )
    disorder = serializers.ChoiceField(
        choices=[code for code, _label in SPEECH_DISORDERS],
        required=False,
        allow_blank=True,
        default="",
        help_text="Art. 43 speech therapy: the disorder (80 sessions per disorder).",
    )
    medical_app = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=bounds.MAX_ID,
        help_text="Art. 48 medical app: the app's id on the fund's list (€20 per year per app).",
    )
    treatment_start = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Art. 46 orthodontics: the day the treatment's appliance was placed (€1,400 per treatment).",
    )
    received_on = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="Only for a claim document the fund received before today: the day it was received (Art. 42.4). "
        "Not after today, not before event_date; needs the permission benefits.record_received_on (clerks). "
        "Without it the claim is filed today. (There is no filed_on input: the fund sets the filing date.)",
    )

    def validate(self, attrs):
        """The facts its benefit takes, of their declared kind and values (400 naming the fact and
        the article); the service checks them again for every other way in."""
        rule = selectors.rule_on(attrs["benefit"], attrs["event_date"])
        if rule is not None:
            try:
                attrs["facts"] = validate_facts(rule, attrs.get("facts") or {}, attrs["event_date"])
            except FactErrors as exc:
                raise serializers.ValidationError({"facts": exc.problems}) from exc
        return attrs


class ClaimOutputSerializer(serializers.ModelSerializer):
    benefit = serializers.SlugRelatedField(slug_field="code", read_only=True)
    reasons = ReasonSerializer(
        many=True, read_only=True, help_text="The decision's reasons, in order; the last one decided a rejection."
    )
    filed_on_set_by = serializers.SlugRelatedField(
        slug_field="username",
        read_only=True,
        allow_null=True,
        help_text="Who gave an earlier received date by hand (Art. 42.4); null when the fund set the filing date.",
    )

    class Meta:
        model = Claim
        fields = (
            "id",
            "member",
            "benefit",
            "event_date",
            "filed_on",
            "filed_on_set_by",
            "amount_paid",
            "quantity",
            "child",
            "unborn_child",
            "disorder",
            "medical_app",
            "treatment_start",
            "status",
            "payout",
            "units",
            "reasons",
            "batch",
        )


class UsageSerializer(serializers.Serializer):
    benefit = serializers.CharField()
    name = serializers.CharField()
    article = serializers.CharField()
    used_amount = serializers.DecimalField(max_digits=12, decimal_places=2)
    used_units = serializers.IntegerField()
    remaining_amount = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    remaining_units = serializers.IntegerField(allow_null=True)
    rule = serializers.CharField()


class FindingSerializer(serializers.Serializer):
    """Issue #17: a right the member very likely has and did not claim (``kind``: a stable code)."""

    id = serializers.IntegerField()
    kind = serializers.CharField()
    article = serializers.CharField()
    member = serializers.IntegerField(source="member_id")
    amount = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)
    deadline = serializers.DateField(allow_null=True)
    status = serializers.CharField()
