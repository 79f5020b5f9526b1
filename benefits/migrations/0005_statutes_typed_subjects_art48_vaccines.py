"""Issue #13 in databases seeded and used before it: what per-subject caps count on, and the Art. 48
vaccine list verbatim.

Rule versions (every version of the benefit, since a per-subject cap counts on nothing without it):
"counts per" child (Art. 53, 57), disorder (Art. 43), app (Art. 48 medical apps), treatment (Art. 46
orthodontics); Art. 53's 60 hours count per child whoever claims them (cap scope ``subject``). The
seeded Art. 48 vaccination version gets the statute's list with its brackets.

Claims keep their free-text key in ``legacy_key``; what can be read from it is typed, conservatively
(when it is ambiguous the claim keeps counting on its normalized legacy key, as before):
- speech therapy: a key that names a disorder of the list → that disorder;
- medical app: the key is the app's name → that app on the list (one row per normalized name);
- orthodontics: the treatment started on the date of the key's placement claim (else its first claim);
- birth premium (birth): the one member of the household born on the event date → that child;
- maternity help: the one member of the household (not the claimant) born on ``facts.birth_date`` →
  that child; none born around it → the household's unborn child expected that day.
Vaccination claims record their product as the list entry it is ("Vaxigrip" → "Vaxigrip (tetra)").
Decided claims keep their decision. The values are frozen here, not imported from the app.
"""

import re
import unicodedata
from datetime import date, timedelta

from django.db import migrations

SUBJECTS = {"speech_therapy": "disorder", "orthodontics": "treatment", "medical_app": "app", "maternity_help": "child",
            "birth_premium": "child"}
NOTE = "Corrected by migration benefits 0005 (issue #13): {what}."

VACCINATION_FROM = date(2026, 1, 1)
VACCINES = [
    "Abrysvo", "Act-Hib", "Agrippal", "Alpharix (tetra)", "Ambirix", "Apexnar", "Arexvy", "Atovaquone Proguanil",
    "Avaxim", "Begripal", "Bexsero", "Boostrix", "Boostrix polio", "Broncho-Vaxom", "Cervarix", "Doxycycline", "Dukoral",
    "Efluelda", "Encepur", "Engerix-B", "Epaxal", "Fendrix", "Fluad", "FSME (Immun)", "Gardasil", "Gardasil 9", "Havrix",
    "Hbvaxpro", "Hepatyrix", "Hexyon", "Immugrip", "Imovax (Polio)", "Infanrix (Hexa/IPV)", "Inflexal V", "Influvac (tetra)",
    "Intanza", "Ixiaro", "Je-vax", "Lariam", "Malaprotec", "Malarone", "Mencevax", "Meningitec", "Meningovax", "Menjugate",
    "Menveo", "Merieux HDCV", "MMR vax (Pro)", "Mutagrip S", "Neisvac-C", "Nimenrix", "Nivaquine", "Pandemrix",
    "Pneumo(vax) 23", "Prevenar", "Prevenar 13", "Priorix", "ProQuad", "Provarivax", "Provaquoneg", "Qdenga", "Rabipur",
    "Rabique", "Revaxis", "Rotarix", "Rotateq", "Shingrix", "Stamaril", "Synflorix", "Tedivax", "Tetravax",
    "Triaxis (Polio)", "Trumenba", "Twinrix", "Typherix", "Typhim (Vi)", "Uro-Vaxom", "Vaqta", "Varilrix", "Varivax",
    "Vaxigrip (tetra)", "Vaxneuvance", "Vivotif (Berna)", "Zostavax",
]
DISORDERS = {
    "aphasia": ("afasie",), "dysarthria": ("dysartrie",), "dysphagia": ("dysfagie",), "voice_disorder": ("stemstoornis", "dysfonie"),
    "developmental_language_disorder": ("dysfasie", "taalontwikkelingsstoornis"), "articulation_disorder": ("articulatiestoornis",),
    "stuttering": ("stotteren", "broddelen", "stutter"), "dyslexia_dysorthography": ("dyslexie", "dyslexia", "dysorthografie"),
    "dyscalculia": ("dyscalculie",), "hearing_loss": ("gehoorstoornis",), "cleft_lip_palate": ("schisis",),
    "laryngectomy": ("laryngectomie",), "neurodegenerative": (),
}
SAME_PREGNANCY_DAYS = 180
BRACKET = re.compile(r"\(([^()]*)\)")


def _normalized(text):
    return "".join(c for c in unicodedata.normalize("NFKD", str(text)) if c.isalnum()).casefold()


def _variants(entry):
    match = BRACKET.search(entry)
    if match is None:
        return {_normalized(entry)}
    found = set()
    for option in ["", *match.group(1).split("/")]:
        found |= _variants(entry[: match.start()] + option + entry[match.end():])
    return found


def _entry(name):
    wanted = _normalized(name)
    found = [entry for entry in VACCINES if wanted in _variants(entry)]
    return found[0] if len(found) == 1 else None


def _noted(notes, what):
    line = NOTE.format(what=what)
    return notes if line in (notes or "") else "\n".join(x for x in (notes, line) if x)


def forwards(apps, schema_editor):
    RuleVersion = apps.get_model("benefits", "RuleVersion")
    RuleCap = apps.get_model("benefits", "RuleCap")
    Claim = apps.get_model("benefits", "Claim")
    MedicalApp = apps.get_model("benefits", "MedicalApp")
    UnbornChild = apps.get_model("benefits", "UnbornChild")
    Member = apps.get_model("members", "Member")

    for version in RuleVersion.objects.filter(benefit__code__in=SUBJECTS, subject=""):
        version.subject = SUBJECTS[version.benefit.code]
        version.notes = _noted(version.notes, f"counts per {version.subject}")
        version.save(update_fields=["subject", "notes"])
    # Art. 53 "maximum 60 uren per ingeschreven (on)geboren kind": the child's hours, whichever parent claims
    RuleCap.objects.filter(version__benefit__code="maternity_help", scope="key").update(scope="subject")
    vaccination = RuleVersion.objects.filter(benefit__code="vaccination", effective_from=VACCINATION_FROM).first()
    if vaccination is not None:
        vaccination.allowed_values = {**(vaccination.allowed_values or {}), "product": VACCINES}
        vaccination.notes = _noted(vaccination.notes, "Art. 48 vaccine list verbatim, brackets included")
        vaccination.save(update_fields=["allowed_values", "notes"])

    for claim in Claim.objects.filter(benefit__code="vaccination").only("facts"):
        product = (claim.facts or {}).get("product")
        entry = _entry(product) if isinstance(product, str) and product not in VACCINES else None
        if entry:
            claim.facts = {**claim.facts, "product": entry, "printed_product": product}
            claim.save(update_fields=["facts"])

    claims = Claim.objects.exclude(legacy_key="").filter(benefit__code__in=SUBJECTS).select_related("benefit", "member")
    for claim in claims.order_by("event_date", "pk"):
        code, key = claim.benefit.code, claim.legacy_key
        if code == "speech_therapy":
            normalized = _normalized(key)
            found = [d for d, words in DISORDERS.items() if normalized == _normalized(d) or normalized in map(_normalized, words)]
            if len(found) == 1:
                claim.disorder = found[0]
                claim.save(update_fields=["disorder"])
        elif code == "medical_app" and _normalized(key):
            app = MedicalApp.objects.filter(normalized=_normalized(key)).first()
            if app is None:
                app = MedicalApp.objects.create(name=key.strip()[:100], normalized=_normalized(key))
            claim.medical_app = app
            claim.save(update_fields=["medical_app"])
        elif code == "orthodontics":
            same = Claim.objects.filter(member_id=claim.member_id, benefit_id=claim.benefit_id, legacy_key=key)
            placement = next((c.event_date for c in same.order_by("event_date") if (c.facts or {}).get("milestone") == "placement"),
                             None)
            claim.treatment_start = placement or same.order_by("event_date").values_list("event_date", flat=True).first()
            claim.save(update_fields=["treatment_start"])
        elif code == "birth_premium" and (claim.facts or {}).get("kind") == "birth":
            born = list(Member.objects.filter(household_id=claim.member.household_id, birth_date=claim.event_date)
                        .exclude(pk=claim.member_id)[:2])
            if len(born) == 1:
                claim.child = born[0]
                claim.save(update_fields=["child"])
        elif code == "maternity_help":
            try:
                birth = date.fromisoformat(str((claim.facts or {}).get("birth_date")))
            except ValueError:
                continue
            household = claim.member.household_id
            born = list(Member.objects.filter(household_id=household, birth_date=birth).exclude(pk=claim.member_id)[:2])
            window = timedelta(days=SAME_PREGNANCY_DAYS)
            if len(born) == 1:
                claim.child = born[0]
            elif not born and not Member.objects.filter(household_id=household, birth_date__range=(birth - window, birth + window)) \
                    .exclude(pk=claim.member_id).exists():
                claim.unborn_child, _created = UnbornChild.objects.get_or_create(household_id=household, expected_birth_date=birth,
                                                                                 rank=1)
            else:
                continue
            claim.save(update_fields=["child", "unborn_child"])


class Migration(migrations.Migration):

    dependencies = [
        ("benefits", "0004_typed_cap_subjects"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
