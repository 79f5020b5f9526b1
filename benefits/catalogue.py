"""The benefit catalogue of the statutes (coordinated version of 1 February 2026), as data.

``seed_reference`` loads it into the database, where managers add next year's versions; the tests
judge claims with these same entries, so the statutes' numbers are checked where they are kept.
Each entry: code, article, names (en/nl/fr), and its rule versions (``spec_from`` fields).

Where an article states no date of entry into force (Art. 45, 49), the version starts on
1 January 2019, the statutes' earliest date (Interpretation, kept here).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits.rules import Calculation, Cap, CapScope, RuleSpec, Subject

D = Decimal
EARLIEST = date(2019, 1, 1)

INVOICE = ("invoice",)

#: Art. 48 "Deze tegemoetkoming geldt voor de volgende vaccinaties en antimalariamiddelen:" the list
#: verbatim, brackets included ("Pneumo(vax) 23" is Pneumo 23 or Pneumovax 23: rules.name_variants).
#: The claim records one of these entries; a name the pharmacy printed is matched to its entry
#: (rules.match_listed).
VACCINES = (
    "Abrysvo",
    "Act-Hib",
    "Agrippal",
    "Alpharix (tetra)",
    "Ambirix",
    "Apexnar",
    "Arexvy",
    "Atovaquone Proguanil",
    "Avaxim",
    "Begripal",
    "Bexsero",
    "Boostrix",
    "Boostrix polio",
    "Broncho-Vaxom",
    "Cervarix",
    "Doxycycline",
    "Dukoral",
    "Efluelda",
    "Encepur",
    "Engerix-B",
    "Epaxal",
    "Fendrix",
    "Fluad",
    "FSME (Immun)",
    "Gardasil",
    "Gardasil 9",
    "Havrix",
    "Hbvaxpro",
    "Hepatyrix",
    "Hexyon",
    "Immugrip",
    "Imovax (Polio)",
    "Infanrix (Hexa/IPV)",
    "Inflexal V",
    "Influvac (tetra)",
    "Intanza",
    "Ixiaro",
    "Je-vax",
    "Lariam",
    "Malaprotec",
    "Malarone",
    "Mencevax",
    "Meningitec",
    "Meningovax",
    "Menjugate",
    "Menveo",
    "Merieux HDCV",
    "MMR vax (Pro)",
    "Mutagrip S",
    "Neisvac-C",
    "Nimenrix",
    "Nivaquine",
    "Pandemrix",
    "Pneumo(vax) 23",
    "Prevenar",
    "Prevenar 13",
    "Priorix",
    "ProQuad",
    "Provarivax",
    "Provaquoneg",
    "Qdenga",
    "Rabipur",
    "Rabique",
    "Revaxis",
    "Rotarix",
    "Rotateq",
    "Shingrix",
    "Stamaril",
    "Synflorix",
    "Tedivax",
    "Tetravax",
    "Triaxis (Polio)",
    "Trumenba",
    "Twinrix",
    "Typherix",
    "Typhim (Vi)",
    "Uro-Vaxom",
    "Vaqta",
    "Varilrix",
    "Varivax",
    "Vaxigrip (tetra)",
    "Vaxneuvance",
    "Vivotif (Berna)",
    "Zostavax",
)

#: Art. 43: "De goedkeuring wordt voor 80 sessies toegekend. Dit is de maximale tegemoetkoming voor een
#: stoornis. ... éénmalig met 80 sessies verlengd ... voor een andere stoornis". The statute names no
#: list of disorders (Interpretation): the clerk records the disorder of the speech therapist's report
#: as one of the kinds of disorder the compulsory insurance's speech-therapy nomenclature (art. 36)
#: distinguishes, so the same disorder is one value however it is written.
SPEECH_DISORDERS = (
    ("aphasia", "afasie"),
    ("dysarthria", "dysartrie"),
    ("dysphagia", "dysfagie / orofaciale functiestoornis"),
    ("voice_disorder", "stemstoornis (dysfonie)"),
    ("developmental_language_disorder", "taalontwikkelingsstoornis (dysfasie)"),
    ("articulation_disorder", "articulatiestoornis"),
    ("stuttering", "stotteren / broddelen"),
    ("dyslexia_dysorthography", "dyslexie / dysorthografie"),
    ("dyscalculia", "dyscalculie"),
    ("hearing_loss", "gehoorstoornis"),
    ("cleft_lip_palate", "schisis (lip-, kaak-, gehemeltespleet)"),
    ("laryngectomy", "laryngectomie"),
    ("neurodegenerative", "spraak- of taalstoornis bij een neurodegeneratieve aandoening"),
)

ALTERNATIVE_PRACTICES = (
    "acupuncture",
    "anthroposophic_medicine",
    "chiropractic",
    "homeopathy",
    "osteopathy",
    "hippotherapy",
)


def _transport_table():
    """Art. 55: situations 1–3 (admission/discharge, transfer, ambulant hospital care),
    4–5 (dialysis, radio/chemotherapy; serial transport), and the vaccination centre."""
    low = {
        "public_transport": {"percent": "50", "max": "25.00"},
        "klinimobiel": {"percent": "50", "max": "150.00"},
        "ambulance": {"percent": "50", "max": "150.00"},
        "taxi": {"percent": "50", "max": "75.00"},
        "low_mobility_service": {"percent": "50", "max": "75.00"},
        "helicopter": {"percent": "75", "max": "1250.00", "per": "flight"},
        "own_car": {"per_km": "0.10", "max": "25.00", "adults_only": True},
    }
    # situation 3 by own car: a medical certificate that the patient could not drive
    situation_3 = {**low, "own_car": {**low["own_car"], "requires": "unable_to_drive_certificate"}}
    high = {
        "public_transport": {"percent": "90", "max": "150.00"},
        "klinimobiel": {"percent": "90", "max": "150.00"},
        "ambulance": {"percent": "90", "max": "150.00"},
        "taxi": {"percent": "90", "max": "75.00"},
        "low_mobility_service": {"percent": "90", "max": "75.00"},
        "own_car": {"per_km": "0.10", "max": "25.00"},
    }
    # "met een maximum van € 10 per (inentings)dag": per day, not per trip (per_day); "Dit voordeel
    # treedt ... uitzonderlijk in op 1 april 2021", later than the article's 1 January 2020 (from).
    vaccination_day = {"percent": "50", "max": "10.00", "per": "vaccination day", "per_day": True, "from": "2021-04-01"}
    vaccination = {
        "public_transport": dict(vaccination_day),
        "taxi": dict(vaccination_day),
        "low_mobility_service": dict(vaccination_day),
    }
    return {"1": low, "2": low, "3": situation_3, "4": high, "5": high, "vaccination": vaccination}


#: Art. 49 "Een zorgverblijf kan worden toegekend:" the listed indications, each with the facts it
#: needs (requires), the facts that exclude it (forbids) and, for surgery, the listed specialties.
CONVALESCENT_INDICATIONS = {
    # "na een heelkundige ingreep met een betrekkelijke waarde van meer dan K 250 of N 250 uitgevoerd door
    # een geneesheer-specialist met de volgende specialisatie: ... gynaecologie met uitzondering van
    # zwangerschap en fertiliteitsbehandelingen ..."
    "surgery": {
        "requires": ("relative_value_over_250",),
        "forbids": ("pregnancy_or_fertility_treatment",),
        "specialties": (
            "thoracic_abdominal_surgery",
            "cardiology",
            "gynaecology",
            "neurology",
            "oncology",
            "orthopaedics",
            "pneumology",
            "vascular_surgery",
            "neurosurgery",
            "rheumatology",
            "urology",
        ),
    },
    # "na behandeling door chemotherapie, radiotherapie en nierdialyse"
    "chemotherapy": {},
    "radiotherapy": {},
    "renal_dialysis": {},
    # "na een ononderbroken ziekenhuisopname van tenminste 6 overnachtingen"
    "hospital_stay_6_nights": {},
    # "of na een door de behandelende arts gedocumenteerde opstoot van een van de aandoeningen ... 'E-pathologie'"
    "e_pathology_flare": {"requires": ("documented_by_treating_physician",)},
    # "bij behandeling voor een psychische aandoening (depressie en burn-out). De betrokkene is in behandeling
    # bij een psychiater."
    "depression_burnout": {"requires": ("treated_by_psychiatrist",)},
}

#: Art. 49: who cannot have a convalescent stay ("moet in staat zijn zichzelf te verplaatsen en zelf in te
#: staan voor de dagelijkse hygiëne zonder hulp van derden. Zijn gezondheidstoestand mag geen permanente
#: medische begeleiding of bestendige bedrust vergen. De ziekte ... mag niet besmettelijk zijn.") and what
#: is excluded ("Toxicomanie, ernstige hartdecompensatie, esthetische heelkunde waarvoor geen tussenkomst
#: van de verplichte verzekering ... of een psychiatrische aandoening, met uitzondering van
#: stemmingsstoornissen (depressie en burn-out), komen niet in aanmerking").
CONVALESCENT_EXCLUSIONS = (
    "needs_help_to_move_or_wash",
    "needs_permanent_medical_care_or_bed_rest",
    "contagious_disease",
    "toxicomania",
    "severe_heart_decompensation",
    "aesthetic_surgery_without_compulsory",
    "psychiatric_disorder_other_than_mood",
)

ORTHODONTIC_MILESTONES = (
    "placement",
    "consultations_6",
    "consultations_12",
    "consultations_18",
    "consultations_24",
    "consultations_30",
    "consultations_36",
    "end_of_treatment",
)

CATALOGUE: list[dict] = [
    {
        "code": "speech_therapy",
        "article": "Art. 43",
        "name": "Speech therapy",
        "name_nl": "Logopedie",
        "name_fr": "Logopédie",
        "versions": [
            dict(
                effective_from=date(2025, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="session",
                unit_amount=D("10.00"),
                # 80 sessions per disorder; extendable once by 80 for another disorder: 160 in all
                caps=(Cap(CapScope.KEY, units=80), Cap(CapScope.LIFETIME, units=160)),
                subject=Subject.DISORDER,
                evidence=("attestation",),
                required_facts=("compulsory_refused_or_exhausted",),
            )
        ],
    },
    {
        "code": "foot_care",
        "article": "Art. 44",
        "name": "Foot care",
        "name_nl": "Voetverzorging",
        "name_fr": "Soins des pieds",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="session",
                unit_amount=D("10.00"),
                caps=(Cap(CapScope.YEAR, units=4),),
                min_age=60,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "diapers",
        "article": "Art. 45",
        "name": "Diapers",
        "name_nl": "Luiers",
        "name_fr": "Langes",
        "versions": [
            dict(
                effective_from=EARLIEST,
                calculation=Calculation.YEAR_OF_LIFE,
                capped_at_paid=True,
                params={"amount_per_year": "100.00", "until_age": 3},
                caps=(Cap(CapScope.LIFETIME, amount=D("300.00")),),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "orthodontics",
        "article": "Art. 46",
        "name": "Orthodontics",
        "name_nl": "Orthodontie",
        "name_fr": "Orthodontie",
        "versions": [
            dict(
                effective_from=date(2024, 1, 1),
                calculation=Calculation.ORTHODONTICS,
                params={"milestone_amount": "175.00", "milestones": ORTHODONTIC_MILESTONES},
                # Art. 46 "maximaal € 1.400" per treatment (SPEC §2), the treatment known by the day its appliance was placed
                caps=(Cap(CapScope.KEY, amount=D("1400.00")),),
                subject=Subject.TREATMENT,
                evidence=("orthodontist_attestation",),
            )
        ],
    },
    {
        "code": "dental",
        "article": "Art. 46",
        "name": "Dental care",
        "name_nl": "Tandzorgen",
        "name_fr": "Soins dentaires",
        "versions": [
            dict(
                effective_from=date(2024, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("25"),
                caps=(Cap(CapScope.PERIOD, amount=D("1400.00"), years=2),),
                excluded_if_compulsory=True,
                params={"forbidden_facts": ("abroad",)},
                allowed_values={
                    "treatment": (
                        "bridge",
                        "prosthesis",
                        "implant",
                        "crown",
                        "extraction",
                        "post_crown",
                        "facing",
                        "inlay_onlay",
                        "repair",
                    )
                },
                evidence=("dentist_attestation",),
            )
        ],
    },
    {
        "code": "glasses",
        "article": "Art. 47",
        "name": "Glasses, lenses, eye patches",
        "name_nl": "Brillen, lenzen, oogpleisters",
        "name_fr": "Lunettes, lentilles, pansements oculaires",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.GLASSES,
                excluded_if_compulsory=True,
                params={"yearly_amount": "50.00", "extra_amount": "50.00", "extra_every_years": 4},
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "eye_surgery",
        "article": "Art. 47",
        "name": "Lens implants and laser eye surgery",
        "name_nl": "Lensimplantaten en laserbehandeling",
        "name_fr": "Implants et chirurgie laser des yeux",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="eye",
                unit_amount=D("100.00"),
                capped_at_paid=True,
                deduct_compulsory=True,
                caps=(Cap(CapScope.LIFETIME, amount=D("200.00"), units=2),),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "heart_screening",
        "article": "Art. 48",
        "name": "Heart screening or sports medical exam",
        "name_nl": "Hartscreening of sportmedische keuring",
        "name_fr": "Dépistage cardiaque ou examen médico-sportif",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("50"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                excluded_if_compulsory=True,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "diabetes_association",
        "article": "Art. 48",
        "name": "Diabetes association membership",
        "name_nl": "Lidmaatschap diabetesvereniging",
        "name_fr": "Cotisation association du diabète",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.REFUND,
                caps=(Cap(CapScope.YEAR, amount=D("30.00")),),
                capped_at_paid=True,
                evidence=("payment_proof",),
            )
        ],
    },
    {
        "code": "vaccination",
        "article": "Art. 48",
        "name": "Vaccinations",
        "name_nl": "Vaccinaties",
        "name_fr": "Vaccinations",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("50"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                excluded_if_compulsory=True,
                allowed_values={"product": VACCINES},
                params={"forbidden_facts": ("pandemic",)},
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "custom_earplugs",
        "article": "Art. 48",
        "name": "Custom earplugs",
        "name_nl": "Oordoppen op maat",
        "name_fr": "Bouchons d'oreille sur mesure",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("50"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                excluded_if_compulsory=True,
                evidence=("audiologist_invoice",),
            )
        ],
    },
    {
        "code": "smoking_cessation",
        "article": "Art. 48",
        "name": "Smoking cessation",
        "name_nl": "Rookstopmiddelen",
        "name_fr": "Sevrage tabagique",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("50"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                excluded_if_compulsory=True,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "dietetics",
        "article": "Art. 48",
        "name": "Dietetics",
        "name_nl": "Diëtetiek",
        "name_fr": "Diététique",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="session",
                unit_amount=D("10.00"),
                caps=(Cap(CapScope.YEAR, units=5),),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "psychology",
        "article": "Art. 48",
        "name": "Psychological support",
        "name_nl": "Psychologische begeleiding",
        "name_fr": "Accompagnement psychologique",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.AGE_RATE,
                unit="session",
                params={
                    "rates": [{"from": 0, "to": 17, "amount": "20.00"}, {"from": 18, "to": 200, "amount": "10.00"}]
                },
                caps=(Cap(CapScope.YEAR, units=15),),
                excluded_if_compulsory=True,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "menopause_consultant",
        "article": "Art. 48",
        "name": "Menopause consultant",
        "name_nl": "Menopauzeconsulent",
        "name_fr": "Consultante ménopause",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="session",
                unit_amount=D("10.00"),
                caps=(Cap(CapScope.LIFETIME, units=5),),
                excluded_if_compulsory=True,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "podiatric_insoles",
        "article": "Art. 48",
        "name": "Podiatric insoles",
        "name_nl": "Podologische zolen",
        "name_fr": "Semelles podologiques",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="insole",
                unit_amount=D("25.00"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                excluded_if_compulsory=True,
                evidence=("podiatrist_invoice",),
            )
        ],
    },
    {
        "code": "medical_app",
        "article": "Art. 48",
        "name": "Medical apps",
        "name_nl": "Medische apps",
        "name_fr": "Applications médicales",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.REFUND,
                capped_at_paid=True,
                caps=(Cap(CapScope.YEAR_KEY, amount=D("20.00")),),
                subject=Subject.APP,
                evidence=INVOICE,
                allowed_values={"recognition": ("mhealth_belgium", "prescribed")},
            )
        ],
    },
    {
        "code": "genetic_screening",
        "article": "Art. 48",
        "name": "Genetic carrier screening before pregnancy",
        "name_nl": "Genetische dragerschapsscreening",
        "name_fr": "Dépistage génétique des porteurs",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.REFUND,
                capped_at_paid=True,
                caps=(Cap(CapScope.LIFETIME, amount=D("125.00")),),
                excluded_if_compulsory=True,
                required_facts=("belgian_centre",),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "first_aid_course",
        "article": "Art. 48",
        "name": "First-aid course",
        "name_nl": "EHBO-cursus",
        "name_fr": "Cours de premiers secours",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.REFUND,
                capped_at_paid=True,
                caps=(Cap(CapScope.YEAR, amount=D("30.00")),),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "convalescent_stay",
        "article": "Art. 49",
        "name": "Convalescent stay",
        "name_nl": "Zorgverblijf",
        "name_fr": "Séjour de convalescence",
        # unit_amount is the maximum per night: the stay cost per night, if lower, is paid (rules._night_periods)
        "versions": [
            dict(
                effective_from=EARLIEST,
                calculation=Calculation.NIGHT_PERIODS,
                unit="night",
                unit_amount=D("25.00"),
                params={
                    "period_nights": 7,
                    "indications": CONVALESCENT_INDICATIONS,
                    "forbidden_facts": CONVALESCENT_EXCLUSIONS,
                },
                caps=(Cap(CapScope.YEAR, units=28),),
                required_facts=("advisory_physician_approval",),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "short_stay",
        "article": "Art. 50",
        "name": "Short stay",
        "name_nl": "Kortverblijf",
        "name_fr": "Court séjour",
        "versions": [
            dict(
                effective_from=date(2022, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="night",
                unit_amount=D("15.00"),
                caps=(Cap(CapScope.YEAR, units=28),),
                required_facts=("recognised_centre",),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "day_night_care",
        "article": "Art. 50",
        "name": "Day and night care",
        "name_nl": "Dag- en nachtopvang",
        "name_fr": "Accueil de jour et de nuit",
        "versions": [
            dict(
                effective_from=date(2022, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="day",
                unit_amount=D("5.00"),
                caps=(Cap(CapScope.YEAR, units=50),),
                required_facts=("recognised_centre",),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "electric_toothbrush",
        "article": "Art. 51",
        "name": "Electric toothbrush for children",
        "name_nl": "Elektrische tandenborstel voor kinderen",
        "name_fr": "Brosse à dents électrique pour enfants",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.AGE_BANDS,
                capped_at_paid=True,
                params={"bands": [{"from": 3, "to": 5, "amount": "25.00"}, {"from": 6, "to": 11, "amount": "50.00"}]},
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "sick_child_care",
        "article": "Art. 52",
        "name": "Babysitting for a sick child",
        "name_nl": "Thuisoppas zieke kinderen",
        "name_fr": "Garde d'enfants malades",
        "versions": [
            dict(
                effective_from=date(2021, 1, 1),
                calculation=Calculation.SICK_CHILD_CARE,
                unit="day",
                params={"max_consecutive_days": 4, "misuse_fee": "50.00"},
                caps=(Cap(CapScope.YEAR, units=8),),
                evidence=("medical_certificate",),
            )
        ],
    },
    {
        "code": "maternity_help",
        "article": "Art. 53",
        "name": "Maternity help",
        "name_nl": "Kraamhulp",
        "name_fr": "Aide à la maternité",
        "versions": [
            dict(
                effective_from=date(2020, 1, 1),
                calculation=Calculation.MATERNITY_HELP,
                unit="hour",
                # "maximum 60 uren per ingeschreven (on)geboren kind": the child's hours, whichever parent
                # claims them (SUBJECT, not KEY); an unborn child counts as the member it is born as
                unit_amount=D("5.00"),
                caps=(Cap(CapScope.SUBJECT, units=60),),
                subject=Subject.CHILD,
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "ergotherapy",
        "article": "Art. 54",
        "name": "Occupational therapy advice",
        "name_nl": "Ergotherapie",
        "name_fr": "Ergothérapie",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.BY_OPTION,
                evidence=INVOICE,
                params={
                    "fact": "advice",
                    "options": {"vaph_file": {"percent": "100"}, "home_adaptation": {"fixed": "50.00"}},
                },
            )
        ],
    },
    {
        "code": "alarm_subsidy",
        "article": "Art. 54",
        "name": "Personal alarm subsidy",
        "name_nl": "Tussenkomst personenalarm",
        "name_fr": "Intervention alarme personnelle",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="month",
                unit_amount=D("5.00"),
                caps=(Cap(CapScope.YEAR, amount=D("60.00"), units=12),),
                requires_vt=True,
                evidence=("comfoplus_rent",),
            )
        ],
    },
    {
        "code": "transport",
        "article": "Art. 55",
        "name": "Non-urgent patient transport",
        "name_nl": "Niet-dringend ziekenvervoer",
        "name_fr": "Transport non urgent de patients",
        "versions": [
            dict(
                effective_from=date(2020, 1, 1),
                calculation=Calculation.TRANSPORT,
                params={"table": _transport_table()},
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "birth_premium",
        "article": "Art. 57",
        "name": "Birth, adoption and foster care premium",
        "name_nl": "Geboorte-, pleegzorg- en adoptiepremie",
        "name_fr": "Prime de naissance, d'adoption et d'accueil",
        "versions": [
            dict(
                effective_from=date(2026, 2, 1),
                calculation=Calculation.FIXED,
                fixed_amount=D("300.00"),
                # "een premie van € 300 per kind aan elke aangesloten ouder": per child, per parent (KEY)
                caps=(Cap(CapScope.KEY, amount=D("300.00")),),
                subject=Subject.CHILD,
                allowed_values={"kind": ("birth", "adoption", "foster_care")},
                evidence=("certificate",),
                params={
                    "facts_required_when": {
                        "kind": {"adoption": ("child_minor",), "foster_care": ("child_minor", "long_term")}
                    }
                },
            )
        ],
    },
    {
        "code": "youth_camp",
        "article": "Art. 58",
        "name": "Youth camps and activities",
        "name_nl": "Jeugdwerking",
        "name_fr": "Camps et activités de jeunesse",
        "versions": [
            dict(
                effective_from=date(2024, 1, 1),
                calculation=Calculation.YOUTH,
                unit="day",
                unit_amount=D("5.00"),
                capped_at_paid=True,
                max_age=18,
                age_in_year=True,
                params={
                    "flat_activities": ("youth_club_membership", "school_trip"),
                    "flat_amount": "30.00",
                    "yearly": "120.00",
                    "yearly_disabled": "250.00",
                },
                caps=(Cap(CapScope.YEAR, amount=D("120.00")),),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "sports_club",
        "article": "Art. 59",
        "name": "Sports club membership",
        "name_nl": "Lidgeld sportclub",
        "name_fr": "Cotisation club sportif",
        "versions": [
            dict(
                effective_from=date(2026, 1, 1),
                calculation=Calculation.REFUND,
                capped_at_paid=True,
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                required_facts=("listed_sport",),
                evidence=INVOICE,
            )
        ],
    },
    {
        "code": "homeopathy",
        "article": "Art. 60",
        "name": "Homeopathic medicines",
        "name_nl": "Homeopathische geneesmiddelen",
        "name_fr": "Médicaments homéopathiques",
        "versions": [
            dict(
                effective_from=date(2022, 1, 1),
                calculation=Calculation.PERCENTAGE,
                percent=D("50"),
                caps=(Cap(CapScope.YEAR, amount=D("50.00")),),
                required_facts=("prescribed", "dilution_10000_oral"),
                evidence=("pharmacist_attestation",),
            )
        ],
    },
    {
        "code": "alternative_consult",
        "article": "Art. 60",
        "name": "Alternative medicine consultations",
        "name_nl": "Niet-conventionele raadplegingen",
        "name_fr": "Consultations de médecine alternative",
        "versions": [
            dict(
                effective_from=date(2022, 1, 1),
                calculation=Calculation.PER_UNIT,
                unit="consultation",
                unit_amount=D("10.00"),
                caps=(Cap(CapScope.YEAR, units=5),),
                allowed_values={"practice": ALTERNATIVE_PRACTICES},
                evidence=INVOICE,
            )
        ],
    },
]


def spec(code: str, effective_on: date | None = None) -> RuleSpec:
    """The catalogue's rule version for ``code`` (in force on ``effective_on``, default the latest)."""
    entry = next(e for e in CATALOGUE if e["code"] == code)
    versions = [RuleSpec(code=code, article=entry["article"], **v) for v in entry["versions"]]
    if effective_on is None:
        return max(versions, key=lambda v: v.effective_from)
    from benefits.rules import version_in_force

    return version_in_force(versions, effective_on)


#: The latest version of every benefit of the statutes: what the API schema and the claim form's fields
#: offer before the database is read (benefits.facts reads the values of each fact off these).
LATEST: tuple[RuleSpec, ...] = tuple(spec(entry["code"]) for entry in CATALOGUE)
