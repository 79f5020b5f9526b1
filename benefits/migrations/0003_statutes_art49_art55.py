"""Art. 49 and Art. 55 as the statutes say them, in databases seeded before issue #13.

The statutes did not change; the catalogue misread them. So the seeded versions themselves are
corrected (same "in force from"), not followed by a new version from today, which would keep
judging the earlier events by the misreading. Production runs ``migrate`` only (README, Production
deployment), so the corrected catalogue cannot wait for ``seed_reference`` (which would rewrite
these seeded versions too). The values are frozen here, not imported from ``benefits.catalogue``.
On a new database there is nothing to correct: ``seed_reference`` loads the catalogue.

Only the keys below are set; the rest of each version is left as it is. Claims already decided
keep their decision; an open claim gets the corrected rule when it is judged again.
"""

from django.db import migrations

TRANSPORT_FROM = "2020-01-01"
CONVALESCENT_FROM = "2019-01-01"

#: Art. 55: "met een maximum van € 10 per (inentings)dag"; "treedt ... uitzonderlijk in op 1 april 2021".
VACCINATION_ROW = {"per_day": True, "from": "2021-04-01"}

#: Art. 49: "Een zorgverblijf kan worden toegekend:" (benefits.catalogue.CONVALESCENT_INDICATIONS).
INDICATIONS = {
    "surgery": {
        "requires": ["relative_value_over_250"],
        "forbids": ["pregnancy_or_fertility_treatment"],
        "specialties": ["thoracic_abdominal_surgery", "cardiology", "gynaecology", "neurology", "oncology", "orthopaedics",
                        "pneumology", "vascular_surgery", "neurosurgery", "rheumatology", "urology"],
    },
    "chemotherapy": {}, "radiotherapy": {}, "renal_dialysis": {},
    "hospital_stay_6_nights": {},
    "e_pathology_flare": {"requires": ["documented_by_treating_physician"]},
    "depression_burnout": {"requires": ["treated_by_psychiatrist"]},
}

#: Art. 49: who cannot have a stay, and what is excluded (benefits.catalogue.CONVALESCENT_EXCLUSIONS).
EXCLUSIONS = [
    "needs_help_to_move_or_wash", "needs_permanent_medical_care_or_bed_rest", "contagious_disease",
    "toxicomania", "severe_heart_decompensation", "aesthetic_surgery_without_compulsory",
    "psychiatric_disorder_other_than_mood",
]

NOTE = "Corrected by migration benefits 0003 (issue #13): {what}."


def correct(apps, schema_editor):
    RuleVersion = apps.get_model("benefits", "RuleVersion")
    transport = RuleVersion.objects.filter(benefit__code="transport", effective_from=TRANSPORT_FROM).first()
    if transport is not None:
        params = dict(transport.params or {})
        table = dict(params.get("table") or {})
        rows = table.get("vaccination")
        if rows:
            table["vaccination"] = {mode: {**row, **VACCINATION_ROW} for mode, row in rows.items()}
            params["table"] = table
            transport.params = params
            transport.notes = _noted(transport.notes, "Art. 55 vaccination centre: max €10 per vaccination day, from 1 April 2021")
            transport.save(update_fields=["params", "notes"])
    stay = RuleVersion.objects.filter(benefit__code="convalescent_stay", effective_from=CONVALESCENT_FROM).first()
    if stay is not None:
        params = dict(stay.params or {})
        params.setdefault("indications", INDICATIONS)
        existing = list(params.get("forbidden_facts") or ())
        params["forbidden_facts"] = [*existing, *(fact for fact in EXCLUSIONS if fact not in existing)]
        stay.params = params
        stay.notes = _noted(stay.notes, "Art. 49 listed indications and exclusions")
        stay.save(update_fields=["params", "notes"])


def _noted(notes, what):
    line = NOTE.format(what=what)
    return notes if line in (notes or "") else "\n".join(x for x in (notes, line) if x)


class Migration(migrations.Migration):

    dependencies = [
        ("benefits", "0002_claim_filed_on_set_by"),
    ]

    operations = [
        migrations.RunPython(correct, migrations.RunPython.noop),
    ]
