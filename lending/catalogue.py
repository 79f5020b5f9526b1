"""Bijlage 3 of the statutes: the ComfoPlus price list from 1 January 2026, as data.

``seed_reference`` loads it; next year's prices are a new dated price version (entered by a
manager), never a code change. Codes are the kebab-case English names of SPEC §3.1.
Each row: code, group, Dutch name, English name, day price, fixed cost, footnotes.
"""

from datetime import date
from decimal import Decimal as D

from lending.rules import Group

VALID_FROM = date(2026, 1, 1)

# (code, group, name_nl, name_en, day price, fixed cost, options)
ITEMS = [
    # Materiaal voorradig in kantoren — fee (1) €7
    ("aerosol", Group.OFFICE, "Aërosol", "Aerosol", D("0.30"), D("7.00"), {}),
    ("walking-frame", Group.OFFICE, "Gaankader", "Walking frame", D("0.25"), D("7.00"), {}),
    ("rollator-2-wheel", Group.OFFICE, "2-wiel rollator", "2-wheel rollator", D("0.30"), D("7.00"), {}),
    ("rollator-4-wheel-standard", Group.OFFICE, "4-wiel rollator (standaard)", "4-wheel rollator (standard)", D("0.35"), D("7.00"), {}),
    ("rollator-4-wheel-lightweight", Group.OFFICE, "4-wiel rollator (lichtgewicht)", "4-wheel rollator (lightweight)", D("0.40"), D("7.00"), {}),
    ("wheelchair", Group.OFFICE, "Rolstoel", "Wheelchair", D("0.60"), D("7.00"), {}),
    # Aflevering via BPOST — fee (3) €15 = maintenance €7 + shipping €8
    ("breast-pump", Group.POST, "Afkolf MEDELA Symphony", "Breast pump Medela Symphony", D("2.50"), D("7.00"), {"first_month_free_after_birth": True}),
    ("baby-scale", Group.POST, "Babyweegschaal", "Baby scale", D("0.35"), D("7.00"), {"first_month_free_after_birth": True}),
    ("pedalo", Group.POST, "Pedalo", "Pedalo", D("0.25"), D("15.00"), {"excluded_from_max_invoice": True, "shipping_in_fixed_cost": D("8.00")}),
    ("suction-device", Group.POST, "Aspiratietoestel", "Suction device", D("0.55"), D("15.00"), {"shipping_in_fixed_cost": D("8.00")}),
    ("childrens-crutches", Group.POST, "Kinderkrukken", "Children's crutches", D("0.25"), D("15.00"), {"shipping_in_fixed_cost": D("8.00")}),
    ("underarm-crutches", Group.POST, "Okselkrukken", "Underarm crutches", D("0.25"), D("15.00"), {"shipping_in_fixed_cost": D("8.00")}),
    ("four-leg-walking-stick", Group.POST, "4-poot wandelstok", "4-leg walking stick", D("0.20"), D("15.00"), {"shipping_in_fixed_cost": D("8.00")}),
    ("overlay-mattress-compressor", Group.POST, "Compressor voor oplegmatras wisseldruk", "Compressor for alternating overlay mattress", D("0.25"), D("15.00"), {"shipping_in_fixed_cost": D("8.00")}),
    # Aflevering via chauffeur — fee (1) €7, delivery (6) €33 per trip
    ("home-trainer", Group.DRIVER, "Hometrainer", "Home trainer", D("0.70"), D("7.00"), {"excluded_from_max_invoice": True}),
    ("alternating-anti-decubitus-mattress", Group.DRIVER, "Alternerende antidecubitusmatras (matras + compressor)", "Alternating anti-decubitus mattress", D("3.60"), D("7.00"), {"excluded_from_max_invoice": True}),
    ("alternating-seat-cushion", Group.DRIVER, "Alternerend zitkussen", "Alternating seat cushion", D("2.50"), D("7.00"), {"excluded_from_max_invoice": True}),
    ("passive-patient-lift", Group.DRIVER, "Passieve tillift met tildoek", "Passive patient lift with sling", D("1.50"), D("7.00"), {}),
    ("active-patient-lift", Group.DRIVER, "Actieve tillift met tildoek", "Active patient lift with sling", D("1.50"), D("7.00"), {}),
    ("extra-sling", Group.DRIVER, "Extra tildoek voor tillift", "Extra sling", D("0.20"), D("0.00"), {"delivered": False}),
    ("transfer-platform", Group.DRIVER, "Transfertplatform Return", "Transfer platform", D("1.00"), D("7.00"), {}),
    ("transfer-platform-belt", Group.DRIVER, "Gordel voor transfertplatf. Return", "Belt for transfer platform", D("0.20"), D("0.00"), {"delivered": False}),
    ("electric-care-bed", Group.DRIVER, "Elektrisch verzorgingsbed", "Electric care bed", D("0.90"), D("7.00"), {}),
    ("bed-side-rails", Group.DRIVER, "Zijsponen voor bed", "Bed side rails", D("0.20"), D("0.00"), {"delivered": False}),
    ("bed-side-bar", Group.DRIVER, "Zijbeugel voor bed", "Bed side bar", D("0.15"), D("0.00"), {"delivered": False}),
    ("bed-extension", Group.DRIVER, "Verlengstuk voor bed", "Bed extension", D("0.20"), D("0.00"), {"delivered": False}),
    ("blanket-arch", Group.DRIVER, "Dekenboog", "Blanket arch", D("0.15"), D("7.00"), {}),
    ("standing-aid", Group.DRIVER, "Zelfoprichter op voet", "Standing aid", D("0.30"), D("7.00"), {}),
    ("drip-stand", Group.DRIVER, "Serumstaander", "Drip stand", D("0.20"), D("7.00"), {}),
    ("bed-table", Group.DRIVER, "Bedtafel op wieltjes", "Bed table on wheels", D("0.25"), D("7.00"), {}),
    ("toilet-frame", Group.DRIVER, "Toiletframe", "Toilet frame", D("0.20"), D("7.00"), {}),
    ("lymph-drainage-device", Group.DRIVER, "Lymfedrainagetoestel", "Lymph drainage device", D("1.00"), D("7.00"), {}),
    ("knee-scooter", Group.DRIVER, "Kniestep", "Knee scooter", D("0.60"), D("7.00"), {}),
    ("hilotherm-cooling-device", Group.DRIVER, "Hilotherm koelapparaat", "Hilotherm cooling device", D("18.00"), D("15.00"), {"excluded_from_max_invoice": True, "forfait_days": 7}),
    ("demountable-mobility-scooter", Group.DRIVER, "Demonteerbaar scootmobiel", "Demountable mobility scooter", D("12.00"), D("7.00"), {"excluded_from_max_invoice": True, "forfait_days": 7}),
    ("replacement-scooter", Group.DRIVER, "Vervangscooter bij herstelling", "Replacement scooter during repair", D("3.00"), D("7.00"), {"excluded_from_max_invoice": True, "forfait_days": 7}),
    # PAS (Persoonlijk Alarm Systeem) — start cost €35, installation (7) €33
    ("fixed-line-alarm", Group.ALARM, "Personenalarm (vaste lijn)", "Personal alarm (fixed line)", D("0.75"), D("35.00"), {"excluded_from_max_invoice": True, "installation": D("33.00"), "delivered": False}),
    ("sim-alarm", Group.ALARM, "Personenalarm met simkaart", "Personal alarm with SIM card", D("0.90"), D("35.00"), {"excluded_from_max_invoice": True, "installation": D("33.00"), "delivered": False}),
    ("extra-transmitter", Group.ALARM, "Extra zender voor personenalarm", "Extra transmitter for personal alarm", D("0.30"), D("0.00"), {"excluded_from_max_invoice": True, "delivered": False}),
    ("mobile-alarm", Group.ALARM, "Mobiel personenalarm met opvolging", "Mobile alarm with monitoring", D("1.15"), D("35.00"), {"excluded_from_max_invoice": True, "installation": D("33.00"), "delivered": False}),
    ("professional-assistance", Group.ALARM, "Professionele hulpverlening", "Professional assistance", D("0.06"), D("0.00"), {"excluded_from_max_invoice": True, "delivered": False, "interventions": True}),
]

# Toebehoren / aankoop (purchases)
ACCESSORIES = [
    ("aerosol-mask", "Masker voor aërosol (kind of volwassene)", "Aerosol mask (child or adult)", D("10.00"), "aerosol"),
    ("crutches-pair", "Krukken / paar", "Crutches (pair)", D("20.00"), ""),
    ("milk-set-single", "Melkset MEDELA Symphony – enkel", "Milk set Medela Symphony, single", D("32.00"), "breast-pump"),
    ("milk-set-double", "Melkset MEDELA Symphony – dubbel", "Milk set Medela Symphony, double", D("38.00"), "breast-pump"),
    ("alternating-overlay-mattress", "Oplegmatras voor wisseldruk", "Alternating overlay mattress", D("42.00"), "overlay-mattress-compressor"),
]

# The "Totaal" column of Bijlage 3 (first month + fixed cost), for the tests.
TOTALS = {
    "aerosol": D("16.00"), "walking-frame": D("14.50"), "rollator-2-wheel": D("16.00"),
    "rollator-4-wheel-standard": D("17.50"), "rollator-4-wheel-lightweight": D("19.00"), "wheelchair": D("25.00"),
    "breast-pump": D("7.00"), "baby-scale": D("7.00"), "pedalo": D("22.50"), "suction-device": D("31.50"),
    "childrens-crutches": D("22.50"), "underarm-crutches": D("22.50"), "four-leg-walking-stick": D("21.00"),
    "overlay-mattress-compressor": D("22.50"),
}
# The "1ste maand" column (first month = 30 × day price, or 7 days for footnote 5).
FIRST_MONTH = {
    "home-trainer": D("21.00"), "alternating-anti-decubitus-mattress": D("108.00"), "alternating-seat-cushion": D("75.00"),
    "passive-patient-lift": D("45.00"), "active-patient-lift": D("45.00"), "extra-sling": D("6.00"),
    "transfer-platform": D("30.00"), "transfer-platform-belt": D("6.00"), "electric-care-bed": D("27.00"),
    "bed-side-rails": D("6.00"), "bed-side-bar": D("4.50"), "bed-extension": D("6.00"), "blanket-arch": D("4.50"),
    "standing-aid": D("9.00"), "drip-stand": D("6.00"), "bed-table": D("7.50"), "toilet-frame": D("6.00"),
    "lymph-drainage-device": D("30.00"), "knee-scooter": D("18.00"), "fixed-line-alarm": D("22.50"),
    "sim-alarm": D("27.00"), "extra-transmitter": D("9.00"), "mobile-alarm": D("34.50"), "professional-assistance": D("1.80"),
}
