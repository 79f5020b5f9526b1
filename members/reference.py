"""Reference data of the members app: the contribution tables (annex "Bijdragetabel").

Loaded by ``manage.py seed_reference`` (the policy of ``core.seeding``). Next year's table is a new entry here (or one
a manager adds in the admin), never a change to code that computes dues.
"""

from datetime import date
from decimal import Decimal

from django.db import transaction

from core.seeding import Related, Seeder, seeder_for

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


def _parts(parts) -> Related:
    from members.models import ContributionPart

    def write(table):
        keep = []
        for code, label, amount in parts:
            part, _ = ContributionPart.objects.update_or_create(
                table=table, code=code, label=label, defaults={"annual_amount": amount}
            )
            keep.append(part.pk)
        table.parts.exclude(pk__in=keep).delete()

    return Related(
        name="parts",
        wanted=sorted((code, label, f"{amount:.2f}") for code, label, amount in parts),
        read=lambda table: sorted((p.code, p.label, f"{p.annual_amount:.2f}") for p in table.parts.all()),
        write=write,
    )


@transaction.atomic
def seed(stdout=None, seeder: Seeder | None = None) -> Seeder:
    """The statutes' tables by the one policy of ``core.seeding`` (keyed on ``valid_from``): a
    missing table is inserted; a table a manager changed is reported and kept unless forced; the
    synthetic placeholder ``generate_population`` made for a missing table becomes the real one."""
    from members.models import ContributionTable

    seeder = seeder_for("members", seeder)
    for spec in CONTRIBUTION_TABLES:
        placeholder = ContributionTable.objects.filter(valid_from=spec["valid_from"], synthetic=True).exists()
        seeder.sync(
            ContributionTable,
            f"contribution-table:{spec['valid_from']:%Y-%m-%d}",
            {"valid_from": spec["valid_from"]},
            {"name": spec["name"], "synthetic": False},
            related=(_parts(spec["parts"]),),
            overwrite=placeholder,
        )
    if stdout:
        for line in seeder.report(f"contribution tables ({', '.join(t['name'] for t in CONTRIBUTION_TABLES)})"):
            stdout.write(line)
    return seeder
