"""Reference data of the members app: the contribution tables (annex "Bijdragetabel").

Loaded by ``manage.py seed_reference``; idempotent. Next year's table is a new entry here (or one
a manager adds in the admin), never a change to code that computes dues.
"""

from datetime import date
from decimal import Decimal

from django.db import transaction

# Bijdragetabel 2026 (statutes, annex): €120.00 per household per year = €10.00 per month.
CONTRIBUTION_TABLES = [
    {
        "name": "Bijdragetabel 2026",
        "valid_from": date(2026, 1, 1),
        "parts": [
            ("15", "VNZ voordelen", Decimal("76.80")),
            ("15", "vzw ComfoPlus", Decimal("1.20")),
            ("15", "vzw Krunsj", Decimal("2.40")),
            ("37/1", "Informatie aan leden (GVO)", Decimal("3.00")),
            ("37/2", "Dienst Maatschappelijk Werk", Decimal("9.00")),
            ("98/1", "Adm. Centrum verdeling gem. kosten", Decimal("0.00")),
            ("98/2", "Adm. Centrum reserves", Decimal("21.60")),
            ("LNZ", "Buitenlandse zorgen", Decimal("4.08")),
            ("LNZ", "NZ Vakanties", Decimal("1.92")),
        ],
    },
]


@transaction.atomic
def seed(stdout=None) -> None:
    from members.models import ContributionPart, ContributionTable

    for spec in CONTRIBUTION_TABLES:
        table, created = ContributionTable.objects.update_or_create(
            valid_from=spec["valid_from"], defaults={"name": spec["name"], "synthetic": False}
        )
        keep = []
        for code, label, amount in spec["parts"]:
            part, _ = ContributionPart.objects.update_or_create(
                table=table, code=code, label=label, defaults={"annual_amount": amount}
            )
            keep.append(part.pk)
        table.parts.exclude(pk__in=keep).delete()
        if stdout:
            stdout.write(f"contribution table {table.name}: {table.annual_total} €/year ({'created' if created else 'up to date'})")
