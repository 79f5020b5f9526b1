"""The 2022 and 2023 figures of the annual report (seeds/000_…, Solidaris, 31 December 2023), so the
annual-report page shows them out of the box. Keyed on year × entity × metric, by the one policy of
``core.seeding``: a figure a manager corrected (or imported) is reported, not overwritten."""

from decimal import Decimal

from django.db import transaction

from core.seeding import Seeder, seeder_for

SOURCE = "Jaarverslag 2023 (Solidaris)"
ENTITY = "Solidaris"

STAFF_2023 = [
    ("Directiepersoneel", 104),
    ("Dienst Maatschappelijk Werk", 411),
    ("Facility Management", 264),
    ("Financiën", 147),
    ("Front office - contactcenter", 1286),
    ("Gezondheidszorgen", 409),
    ("GVO", 25),
    ("Human Resources", 128),
    ("Informatica", 434),
    ("Juridische dienst", 141),
    ("Marketing en Communicatie", 88),
    ("Overheidsopdrachten", 38),
    ("Preventie & Kwaliteit", 116),
    ("Studiedienst", 40),
    ("Uitkeringen & adviserend artsen", 859),
    ("Verzekerbaarheid", 235),
    ("Vrije en aanvullende diensten", 44),
]

# (entity, metric, 2022, 2023)
FINANCES = [
    ("Verplichte Verzekering", "Uitbetaalde uitkeringen", 4395725433, 4822514665),
    ("Verplichte Verzekering", "Betalingen gezondheidszorgen", 9473477485, 10455007552),
    ("Verplichte Verzekering", "Netto-administratiekosten", 357247294, 367738280),
    ("Verplichte Verzekering", "Voorlopig resultaat administratiekosten", -22184834, -20980439),
    ("Aanvullende Verzekeringen NVSM", "Balanstotaal aanvullende verzekeringen", 253273898, 239704535),
    ("Aanvullende Verzekeringen NVSM", "Uitbetalingen jongerensparen", 15043891, 13557878),
    ("Aanvullende Verzekeringen NVSM", "Resultaat Jongerensparen", 1252094, 1195645),
    ("Solidaris Overnamedecreet Vlaanderen", "Betalingen gezondheidszorgen", 86006034, 78173559),
    ("Solidaris Overnamedecreet Vlaanderen", "Netto-administratiekosten", 1304848, 1106140),
    ("Solidaris Overnamedecreet Vlaanderen", "Resultaat administratiekosten", 113725, 124945),
    ("RMOB Solidaris Zorgkas", "Bijdragen van leden", 44368784, 47774682),
    ("RMOB Solidaris Zorgkas", "Uitbetalingen zorgbudget en basisondersteuningsbudget", 116438490, 114771748),
    ("RMOB Solidaris Zorgkas", "Uitbetalingen Zorgbudget ouderen met zorgnood", 81679849, 89983808),
    ("RMOB Solidaris Zorgkas", "Tegemoetkoming woonzorgcentra en kortverblijf", 467488916, 497474363),
    ("RMOB Solidaris Zorgkas", "Andere uitbetalingen", 43630735, 74263077),
    ("RMOB Solidaris Zorgkas", "Resultaat administratiekosten", -520343, -758438),
    ("SMR Wallonie", "Balanstotaal", 70478207, 121195565),
    ("SMR Wallonie", "Betalingen gezondheidszorgen", 472327779, 498110877),
    ("SMR Wallonie", "Betalingen hulp aan bejaarden", 55724805, 61062162),
    ("SMR Wallonie", "Resultaat administratiekosten", 77535, 633952),
    ("RMOB Brussel", "Betaling gezondheidszorgen", 91742345, 112176519),
    ("RMOB Brussel", "Resultaat administratiekosten", 758101, 966845),
    ("MOB Solidaris", "Terugbetalingen en tussenkomsten", 31288542, 51926941),
    ("MOB Solidaris", "Resultaat verrichtingen", -2095858, -2505634),
    ("VMOB Solidaris Verzekeringen", "Balanstotaal", 216691224, 240137329),
    ("VMOB Solidaris Verzekeringen", "Premies", 85131756, 91978473),
    ("VMOB Solidaris Verzekeringen", "Uitbetalingen", 55306226, 62893734),
    ("VMOB Solidaris Verzekeringen", "Resultaat", 14854579, 16757275),
    ("SMA Solidaris Assurances", "Balanstotaal", 267714025, 300056037),
    ("SMA Solidaris Assurances", "Premies", 97297673, 105735871),
    ("SMA Solidaris Assurances", "Uitbetalingen", 55672249, 68510575),
    ("SMA Solidaris Assurances", "Resultaat", 15350717, 23046082),
    ("VMOB Solidaris Brabant", "Balanstotaal", 72856782, 80735366),
    ("VMOB Solidaris Brabant", "Premies", 18974390, 21277422),
    ("VMOB Solidaris Brabant", "Uitbetalingen", 12060066, 13884446),
    ("VMOB Solidaris Brabant", "Resultaat", 4657330, 4948611),
]

# 2023, with the 12-month growth giving 2022 (2,251,603 − 35,695 = 2,215,908 …)
MEMBERSHIP = [
    ("Titularissen", 2251603 - 35695, 2251603, "count"),
    ("Leden", 3309773 - 26818, 3309773, "count"),
    ("Leden met verhoogde tegemoetkoming (VT)", 948948 - 34683, 948948, "count"),
]
MEMBERSHIP_2023_ONLY = [
    ("Marktaandeel titularissen", Decimal("27.5"), "percent"),
    ("Marktaandeel leden", Decimal("28.6"), "percent"),
    ("Aandeel VT-leden", Decimal("28.7"), "percent"),
    ("VMOB polissen", 402142, "count"),
    ("VMOB verzekerden", 591092, "count"),
    ("Zorgkas actieve dossiers", 219830, "count"),
    ("Zorgkas leden", 944581, "count"),
]
ACTIVITY_2023 = [
    ("Antwerpen", 506),
    ("Limburg", 484),
    ("Oost-Vlaanderen", 391),
    ("Vlaams-Brabant", 200),
    ("West-Vlaanderen", 338),
]
POLICY_2023 = [("Projecten in opstart", 48), ("Lopende projecten", 137), ("Afgewerkte projecten", 27)]


@transaction.atomic
def seed(stdout=None, seeder: Seeder | None = None) -> Seeder:
    from reports.models import Figure

    seeder = seeder_for("reports", seeder)
    rows = []
    for position, (department, fte) in enumerate(STAFF_2023):
        rows.append((2023, "staff", ENTITY, department, Decimal(fte), "fte", position))
    # the report states 4,768 while its departments add up to 4,769 (rounding in the source)
    rows.append((2023, "staff_total", ENTITY, "Totaal aantal", Decimal(4768), "fte", 0))
    for position, (entity, metric, y2022, y2023) in enumerate(FINANCES):
        rows.append((2022, "finances", entity, metric, Decimal(y2022), "eur", position))
        rows.append((2023, "finances", entity, metric, Decimal(y2023), "eur", position))
    for position, (metric, y2022, y2023, unit) in enumerate(MEMBERSHIP):
        rows.append((2022, "membership", ENTITY, metric, Decimal(y2022), unit, position))
        rows.append((2023, "membership", ENTITY, metric, Decimal(y2023), unit, position))
    for position, (metric, value, unit) in enumerate(MEMBERSHIP_2023_ONLY, start=len(MEMBERSHIP)):
        rows.append((2023, "membership", ENTITY, metric, Decimal(value), unit, position))
    for position, (province, count) in enumerate(ACTIVITY_2023):
        rows.append((2023, "activity", "Terug-naar-werk doorverwijzingen", province, Decimal(count), "count", position))
    for position, (metric, count) in enumerate(POLICY_2023):
        rows.append((2023, "policy", "Beleidsplan", metric, Decimal(count), "count", position))
    for year, section, entity, metric, value, unit, position in rows:
        seeder.sync(
            Figure,
            f"figure:{year}/{entity}/{metric}",
            {"year": year, "entity": entity, "metric": metric},
            {"section": section, "value": value, "unit": unit, "source": SOURCE, "position": position},
        )
    if stdout:
        for line in seeder.report(f"annual-report figures ({len(rows)}, 2022 and 2023)"):
            stdout.write(line)
    return seeder
