"""The contribution tables that price the generated months (both paths)."""

from __future__ import annotations

from decimal import Decimal

from core.months import Month
from devtools.population.plan import GenerationError, MonthPrice, Options
from members import rules
from members.models import ContributionPart, ContributionTable, ServiceCode

REAL_TABLE_START = Month(2026, 1)
#: The 2026 split of the contribution table (SPEC §1.2), used for a synthetic 2026 table.
SPLIT_2026 = (
    (ServiceCode.COMPLEMENTARY, "Complementary operations (benefits)", "80.40"),
    (ServiceCode.INFORMATION, "Information to members", "3.00"),
    (ServiceCode.SOCIAL_WORK, "Social work service", "9.00"),
    (ServiceCode.ADMIN_COSTS, "Administrative centre, cost distribution", "0.00"),
    (ServiceCode.ADMIN_RESERVES, "Administrative centre, reserves", "21.60"),
    (ServiceCode.NATIONAL_UNION, "National union", "6.00"),
)


def ensure_tables(options: Options, say) -> list[MonthPrice]:
    """The table in force for every generated month; create the synthetic tables that are missing.

    - No table starting 2026-01 while months of 2026 are generated: a synthetic 2026 table with the
      2026 split (SPEC §1.2). ``seed_reference`` turns it into the real one (same ``valid_from``);
      better run it first.
    - Still no table in force in the first generated month: a synthetic table from that month on
      (one part, code 15, €120.00 a year). It starts with the generated ledger, not earlier:
      ``selectors.histories_for`` counts a month without a booked due as owed and unpaid when a
      table is in force, so an earlier start would invent months of arrears.
    """
    existing = set(ContributionTable.objects.values_list("valid_from", flat=True))
    if options.through >= REAL_TABLE_START and REAL_TABLE_START.first_day not in existing:
        table = ContributionTable.objects.create(
            name=f"Synthetic table {REAL_TABLE_START.year}",
            valid_from=REAL_TABLE_START.first_day,
            synthetic=True,
            notes="Created by generate_population: the real 2026 table was missing (run seed_reference first).",
        )
        ContributionPart.objects.bulk_create(
            ContributionPart(table=table, code=code, label=label, annual_amount=Decimal(amount))
            for code, label, amount in SPLIT_2026
        )
        existing.add(table.valid_from)
        say(f"  created {table.name} (valid from {table.valid_from})")
    if rules.table_in_force(existing, options.start) is None:
        table = ContributionTable.objects.create(
            name=f"Synthetic table {options.start.year}-{max(options.start.year, REAL_TABLE_START.year - 1)}",
            valid_from=options.start.first_day,
            synthetic=True,
            notes="Created by generate_population for generated contribution history.",
        )
        ContributionPart.objects.create(
            table=table, code=ServiceCode.COMPLEMENTARY, label="Synthetic contribution", annual_amount=Decimal("120.00")
        )
        say(f"  created {table.name} (valid from {table.valid_from})")

    annual = {t.valid_from: (t.pk, t.annual_total) for t in ContributionTable.objects.prefetch_related("parts")}
    months = []
    for index in range(options.start.index, options.through.index + 1):
        valid_from = rules.table_in_force(annual, Month.from_index(index))
        table_id, annual_total = annual[valid_from]
        amount = rules.monthly_amount(annual_total)
        if amount <= 0:
            raise GenerationError(f"The table valid from {valid_from} prices a month at {amount}: nothing to pay.")
        months.append(MonthPrice(index, table_id, amount))
    return months
