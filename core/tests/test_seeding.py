"""Issue #14 "One house": one seeding policy for the statute data kept in code and in the database.

``seed_reference`` (run by ``make run`` through ``seed_demo``) inserts what is missing, reports a
seeded row a manager changed (row, field, catalogue value, database value) and keeps it; ``--force``
overwrites, audited; ``--check`` writes nothing and fails when anything differs.
"""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError

from benefits.models import RuleCap, RuleVersion
from lending.models import PriceVersion
from members.models import ContributionPart, ContributionTable
from reports.models import Figure

pytestmark = pytest.mark.django_db

YOUTH = "rule-version:youth_camp@2024-01-01"
AEROSOL = "price:aerosol@2026-01-01"


def seed(*args) -> str:
    out = StringIO()
    call_command("seed_reference", *args, stdout=out)
    return out.getvalue()


def managers_edits():
    """A manager's edits in the admin: Art. 58's flat amount and yearly cap, the aerosol's day price."""
    version = RuleVersion.objects.get(benefit__code="youth_camp", effective_from=date(2024, 1, 1))
    version.params = {**version.params, "flat_amount": "35.00"}
    version.save()
    RuleCap.objects.filter(version=version, scope="year").update(amount=Decimal("130.00"))
    PriceVersion.objects.filter(item__code="aerosol", valid_from=date(2026, 1, 1)).update(day_price=Decimal("0.35"))
    return version


def youth_camp():
    return RuleVersion.objects.get(benefit__code="youth_camp", effective_from=date(2024, 1, 1))


def aerosol_price():
    return PriceVersion.objects.get(item__code="aerosol", valid_from=date(2026, 1, 1)).day_price


def test_a_managers_edit_of_a_seeded_rule_version_and_price_survives_seed_reference():
    seed()
    managers_edits()

    out = seed()

    version = youth_camp()
    assert version.params["flat_amount"] == "35.00"
    assert [c.amount for c in version.caps.all()] == [Decimal("130.00")]
    assert aerosol_price() == Decimal("0.35")
    # the drift is reported: which row, which field, the catalogue's value and the database's
    assert f"DIFFERS     {YOUTH}  params.flat_amount: catalogue 30.00, database 35.00" in out
    assert f"{YOUTH}  caps: catalogue" in out and "130.00" in out
    assert f"DIFFERS     {AEROSOL}  day_price: catalogue 0.30, database 0.35" in out
    assert "2 seeded rows differ from the catalogue and were kept as in the database" in out
    # the rest is as in the catalogue, and nothing else is reported
    assert out.count("DIFFERS     ") == 3


def test_a_missing_row_is_inserted_and_the_rest_left_alone():
    seed()
    managers_edits()
    RuleVersion.objects.filter(benefit__code="homeopathy").delete()

    out = seed()

    assert RuleVersion.objects.filter(benefit__code="homeopathy", effective_from=date(2022, 1, 1)).exists()
    assert "inserted    rule-version:homeopathy@2022-01-01" in out
    assert youth_camp().params["flat_amount"] == "35.00"


def test_a_rule_version_a_manager_added_is_not_the_catalogues_and_is_never_reported():
    seed()
    version = youth_camp()
    RuleVersion.objects.create(
        benefit=version.benefit,
        effective_from=date(2027, 1, 1),
        calculation="youth",
        unit="day",
        unit_amount=Decimal("6.00"),
        params={"flat_amount": "40.00"},
    )
    out = seed("--check")
    assert "DIFFERS" not in out
    assert RuleVersion.objects.filter(benefit=version.benefit, effective_from=date(2027, 1, 1)).exists()


def test_force_one_row_overwrites_it_and_audits_who_when_what(make_user):
    seed()
    managers_edits()
    manager = make_user("manager")

    out = seed("--force", AEROSOL, "--actor", manager.username)

    assert aerosol_price() == Decimal("0.30")
    assert f"overwritten {AEROSOL}  day_price: catalogue 0.30, database 0.35" in out
    # only the row named: the rule version keeps the manager's values
    assert youth_camp().params["flat_amount"] == "35.00"
    assert f"DIFFERS     {YOUTH}" in out
    entry = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(PriceVersion), additional_data__key=AEROSOL
    ).get()
    assert entry.action == LogEntry.Action.UPDATE
    assert entry.changes == {"day_price": ["0.35", "0.30"]}
    assert entry.actor == manager and entry.timestamp is not None
    assert entry.additional_data["via"] == "seed_reference --force"


def test_force_an_app_overwrites_its_rule_versions_params_and_caps_audited():
    seed()
    managers_edits()

    out = seed("--force", "benefits")

    version = youth_camp()
    assert version.params["flat_amount"] == "30.00"
    assert [c.amount for c in version.caps.all()] == [Decimal("120.00")]
    assert aerosol_price() == Decimal("0.35")  # another app: not forced
    assert f"overwritten {YOUTH}  params.flat_amount: catalogue 30.00, database 35.00" in out
    entry = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(RuleVersion), additional_data__key=YOUTH
    )
    assert set(entry.changes) == {"params", "caps"}
    assert (
        '"flat_amount": "35.00"' in entry.changes["params"][0]
        and '"flat_amount": "30.00"' in entry.changes["params"][1]
    )
    assert "130.00" in entry.changes["caps"][0] and "120.00" in entry.changes["caps"][1]


def test_force_names_an_unknown_row_and_writes_nothing():
    seed()
    managers_edits()
    with pytest.raises(CommandError, match="no app or seeded row 'price:aerosol@2025-01-01'"):
        seed("--force", AEROSOL, "--force", "price:aerosol@2025-01-01")
    assert aerosol_price() == Decimal("0.35")


def test_check_exit_status_and_writes_nothing():
    # an empty database: everything is missing, nothing is written
    with pytest.raises(CommandError) as missing:
        seed("--check")
    assert missing.value.returncode == 1
    assert "0 rows differ" in str(missing.value) and "missing (nothing was written)" in str(missing.value)
    assert not RuleVersion.objects.exists() and not PriceVersion.objects.exists()

    seed()
    out = seed("--check")  # in agreement: status 0 (no error)
    assert "the database agrees with the catalogue" in out

    managers_edits()
    RuleVersion.objects.filter(benefit__code="homeopathy").delete()
    out = StringIO()
    with pytest.raises(CommandError) as drift:
        call_command("seed_reference", "--check", stdout=out)
    assert drift.value.returncode == 1
    assert "2 rows differ, 1 missing" in str(drift.value)
    assert "missing     rule-version:homeopathy@2022-01-01" in out.getvalue()
    assert not RuleVersion.objects.filter(benefit__code="homeopathy").exists()
    assert f"DIFFERS     {AEROSOL}  day_price: catalogue 0.30, database 0.35" in out.getvalue()
    assert aerosol_price() == Decimal("0.35")

    with pytest.raises(CommandError, match="cannot be combined"):
        seed("--check", "--force", "all")


def test_the_synthetic_placeholder_table_becomes_the_statutes_table_but_a_managers_edit_is_kept():
    placeholder = ContributionTable.objects.create(
        name="Synthetic table 2026", valid_from=date(2026, 1, 1), synthetic=True
    )
    ContributionPart.objects.create(
        table=placeholder, code="15", label="VNZ voordelen", annual_amount=Decimal("120.00")
    )

    out = seed()

    table = ContributionTable.objects.get(valid_from=date(2026, 1, 1))
    assert (table.name, table.synthetic, table.annual_total) == ("Bijdragetabel 2026", False, Decimal("120.00"))
    assert table.parts.count() == 9
    assert "overwritten contribution-table:2026-01-01" in out
    assert LogEntry.objects.filter(additional_data__reason="placeholder replaced").exists()

    ContributionPart.objects.filter(table=table, label="vzw Krunsj").update(annual_amount=Decimal("3.40"))
    out = seed()
    assert ContributionPart.objects.get(table=table, label="vzw Krunsj").annual_amount == Decimal("3.40")
    assert "DIFFERS     contribution-table:2026-01-01  parts:" in out


def test_a_corrected_annual_report_figure_is_kept():
    seed()
    Figure.objects.filter(year=2023, entity="Solidaris", metric="Financiën").update(value=Decimal("150"))
    out = seed()
    assert Figure.objects.get(year=2023, entity="Solidaris", metric="Financiën").value == Decimal("150")
    assert "DIFFERS     figure:2023/Solidaris/Financiën  value: catalogue 147, database 150.00" in out
