from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from benefits.catalogue import SPEECH_DISORDERS, VACCINES
from benefits.models import Benefit, Claim
from benefits.rules import KRUNSJ_FACT, MAX_BIRTH_RANK
from core import bounds
from core.api import ReasonSerializer

FACT_KEYS = {
    "milestone": "Art. 46 orthodontics: placement, consultations_6 … consultations_36, end_of_treatment, "
    "six_months_without_compulsory",
    "requested_before_max_age": "Art. 46: the request was made before the compulsory insurance's maximum age (bool)",
    "compulsory_reimbursed": "Art. 46: the compulsory insurance reimburses the orthodontic treatment (bool, default true)",
    "treatment": "Art. 46 dental: bridge, prosthesis, implant, crown, extraction, post_crown, facing, inlay_onlay, repair",
    "abroad": "Art. 46 dental: care given abroad (bool; not covered)",
    "ophthalmologist_prescription": "Art. 47 glasses: an ophthalmologist's prescription (bool; extra €50 every 4 years)",
    "zero_diopter_both_eyes": "Art. 47 glasses: diopter 0 on both eyes (bool; not covered)",
    "product": "Art. 48 vaccination: an entry of the statutes' list, verbatim ("
    + ", ".join(VACCINES)
    + "), or the name "
    "as the pharmacy printed it, which is recorded as its entry when it is one ('Vaxigrip Tetra' → "
    "'Vaxigrip (tetra)'; case and spaces ignored)",
    "printed_product": "Art. 48 vaccination: the name as the pharmacy printed it (kept by the fund when it matched an entry)",
    "pandemic": "Art. 48 vaccination: given in a pandemic (bool; not covered)",
    "recognition": "Art. 48 medical app: mhealth_belgium or prescribed",
    "belgian_centre": "Art. 48 genetic screening: done in a Belgian centre (bool)",
    "advisory_physician_approval": "Art. 49: approved by the advisory physician (bool)",
    "approved_periods": "Art. 49: number of approved periods of 7 nights",
    "condition": "Art. 49: the condition the stay is for (once per condition per calendar year)",
    "indication": "Art. 49: surgery, chemotherapy, radiotherapy, renal_dialysis, hospital_stay_6_nights, "
    "e_pathology_flare or depression_burnout",
    "specialty": "Art. 49 surgery: thoracic_abdominal_surgery, cardiology, gynaecology, neurology, oncology, orthopaedics, "
    "pneumology, vascular_surgery, neurosurgery, rheumatology or urology",
    "relative_value_over_250": "Art. 49 surgery: relative value above K 250 or N 250 (bool)",
    "pregnancy_or_fertility_treatment": "Art. 49 surgery: for a pregnancy or a fertility treatment (bool; not covered)",
    "documented_by_treating_physician": "Art. 49 E-pathology flare: documented by the treating doctor (bool)",
    "treated_by_psychiatrist": "Art. 49 depression or burn-out: treated by a psychiatrist (bool)",
    "needs_help_to_move_or_wash": "Art. 49: cannot move or wash without help (bool; not covered)",
    "needs_permanent_medical_care_or_bed_rest": "Art. 49: needs permanent medical care or bed rest (bool; not covered)",
    "contagious_disease": "Art. 49: the disease is contagious (bool; not covered)",
    "toxicomania": "Art. 49: toxicomania (bool; not covered)",
    "severe_heart_decompensation": "Art. 49: severe heart decompensation (bool; not covered)",
    "aesthetic_surgery_without_compulsory": "Art. 49: aesthetic surgery the compulsory insurance does not cover (bool; not covered)",
    "psychiatric_disorder_other_than_mood": "Art. 49: a psychiatric disorder other than depression or burn-out (bool; not covered)",
    "recognised_centre": "Art. 50: a recognised centre or service (annex 2, 2bis) (bool)",
    "days": "Art. 52 sick-child care: the booked days (ISO dates, consecutive working days)",
    "start_time": "Art. 52: start of the babysitting (HH:MM, from 07:00)",
    "end_time": "Art. 52: end of the babysitting (HH:MM, until 18:00)",
    "birth_date": "Art. 53 maternity help: the birth date (ISO), when the child is not a member yet (default: its expected date)",
    "discharge_date": "Art. 53: the child's discharge from the maternity (ISO), if later",
    "provider": "Art. 53: maternity_hotel or doula (20 hours per day at most)",
    "advice": "Art. 54 ergotherapy: vaph_file or home_adaptation",
    "situation": "Art. 55 transport: 1, 2, 3, 4, 5 or vaccination",
    "mode": "Art. 55: public_transport, klinimobiel, ambulance, taxi, low_mobility_service, helicopter, own_car",
    "km": "Art. 55 own car: kilometres of the trip",
    "unable_to_drive_certificate": "Art. 55 situation 3 by own car: certificate that the patient could not drive (bool)",
    "kind": "Art. 57 premium: birth, adoption or foster_care",
    "child_minor": "Art. 57: the adopted or fostered child is a minor (bool)",
    "long_term": "Art. 57: long-term foster care (bool)",
    "activity": "Art. 58 youth: camp, class, playground, youth_club_membership, school_trip",
    KRUNSJ_FACT: "Art. 58 youth camp, class or playground: a holiday of vzw Krunsj (bool, required; "
    "“uitgezonderd de vakanties van Krunsj”: not covered)",
    "disabled_66": "Art. 58: the child has an incapacity of at least 66 % (bool)",
    "listed_sport": "Art. 59: one of the statutes' sports (bool)",
    "prescribed": "Art. 60 homeopathy: prescribed by a recognised doctor or homeopath (bool)",
    "dilution_10000_oral": "Art. 60 homeopathy: dilution of at least 10,000, for oral use (bool)",
    "practice": "Art. 60: acupuncture, anthroposophic_medicine, chiropractic, homeopathy, osteopathy, hippotherapy",
    "compulsory_refused_or_exhausted": "Art. 43 speech therapy: refused or exhausted by the compulsory insurance (bool)",
}


@extend_schema_field(
    {
        "type": "object",
        "description": "Facts of the claim the rule needs; each key is documented here.",
        "properties": {key: {"description": text} for key, text in FACT_KEYS.items()},
        "additionalProperties": False,
    }
)
class FactsField(serializers.DictField):
    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        unknown = sorted(set(value) - set(FACT_KEYS))
        if unknown:
            raise serializers.ValidationError(f"unknown fact(s): {', '.join(unknown)}")
        return value


class BenefitSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="localized_name")
    current_rule = serializers.SerializerMethodField()
    evidence = serializers.SerializerMethodField()

    class Meta:
        model = Benefit
        fields = ("code", "name", "article", "service_code", "current_rule", "evidence")

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
