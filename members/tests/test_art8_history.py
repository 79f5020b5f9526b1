"""Art. 8 history (issue #13): collective debt settlement and bankruptcy (§3 2°, §4 2°), months under
no known contribution table and the legacy ledger (§2), months before the affiliation here (§2 2° a–b).

The same facts are judged on demand (``selectors.entitlements_for``) and by the nightly refresh
(``services.statuses_refresh``, set-based on PostgreSQL): both must agree."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command

from core.months import Month, month_range
from members import legacy_ledger, selectors, services
from members.models import (
    ContributionDue,
    HardshipKind,
    HardshipSituation,
    HouseholdStatus,
    InsolvencyKind,
    LegacyLedgerImport,
    LegacyLedgerStatus,
)
from members.tests.factories import contribution_table, household_with_titular

M = Month.parse
TODAY = date(2026, 6, 20)


def _entitlement(member, on, as_of):
    """The member's Art. 8 status for the month of ``on`` through the public interface."""
    return selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(on), as_of=as_of)[member.pk]


pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(date(2026, 6, 20), tick=False):
        yield


def _pay(household, first, last, paid_on=None):
    months = list(month_range(M(first), M(last)))
    return services.payment_record(
        household=household,
        amount=Decimal("10.00") * len(months),
        paid_on=paid_on or months[-1].first_day,
        months=months,
    )


def _nightly(household):
    services.statuses_refresh(as_of=TODAY, id_range=(household.pk, household.pk + 1))
    return HouseholdStatus.objects.get(household=household)


# --- Art. 8 §3 2°, §4 2° ------------------------------------------------------------------------


def test_debt_settlement_hardship_no_longer_counts_the_months_of_the_procedure_as_paid(table_2026):
    """ "namelijk voorafgaand aan het vonnis van toelaatbaarheid": the old code counted the months of
    the procedure (from the hardship's start) as paid."""
    household, titular = household_with_titular(start=date(2026, 1, 1))
    HardshipSituation.objects.create(
        member=titular, kind=HardshipKind.DEBT_SETTLEMENT, start=date(2026, 1, 1), end=date(2026, 3, 31)
    )
    result = _entitlement(titular, date(2026, 3, 1), date(2026, 3, 2))
    assert result.status.value == "suspended"
    assert [str(m) for m in result.missing] == ["2026-01", "2026-02", "2026-03"]


def test_contributions_owed_before_the_judgment_count_as_paid_not_those_during_the_procedure(table_2026):
    # given a titular since 01/2026 who paid nothing, admitted to a collective debt settlement on 10/04/2026
    household, titular = household_with_titular(start=date(2026, 1, 1))
    procedure = services.insolvency_procedure_record(
        member=titular,
        kind=InsolvencyKind.DEBT_SETTLEMENT,
        judgment_date=date(2026, 4, 10),
        court="Arbeidsrechtbank Gent",
        case_reference="26/123/B",
        proof="copy of the beschikking van toelaatbaarheid",
    )
    # when judged for an event in June
    result = _entitlement(titular, date(2026, 6, 5), TODAY)
    # then January–April (owed before 10/04) count as paid; May and June must be paid
    assert result.status.value == "suspended"
    assert [str(m) for m in result.missing + result.presumed] == ["2026-05", "2026-06"]
    assert _nightly(household).status == "suspended"
    # when May and June are paid, in order
    _pay(household, "2026-05", "2026-06", paid_on=date(2026, 6, 15))
    assert _entitlement(titular, date(2026, 6, 5), TODAY).status.value == "entitled"
    assert _nightly(household).status == "entitled"
    # recording the same judgment again (a retry) records nothing twice
    again = services.insolvency_procedure_record(
        member=titular,
        kind=InsolvencyKind.DEBT_SETTLEMENT,
        judgment_date=date(2026, 4, 10),
        court="Arbeidsrechtbank Gent",
        case_reference="26/123/B",
        proof="copy of the beschikking van toelaatbaarheid",
    )
    assert again.pk == procedure.pk


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        pytest.param("judgment_date", {"judgment_date": date(2026, 7, 1)}, id="judgment-in-the-future"),
        pytest.param("judgment_date", {"judgment_date": date(1850, 1, 1)}, id="judgment-before-records"),
        pytest.param("ended_on", {"ended_on": date(2026, 1, 1)}, id="ended-before-judgment"),
        pytest.param("proof", {"proof": " "}, id="no-proof"),
    ],
)
def test_insolvency_procedure_refusals_name_the_field(table_2026, field, kwargs):
    _household, titular = household_with_titular(start=date(2026, 1, 1))
    arguments = {
        "member": titular,
        "kind": InsolvencyKind.BANKRUPTCY,
        "judgment_date": date(2026, 3, 1),
        "court": "Ondernemingsrechtbank Antwerpen",
        "case_reference": "F/26/77",
        "proof": "vonnis",
        **kwargs,
    }
    with pytest.raises(ValidationError) as caught:
        services.insolvency_procedure_record(**arguments)
    assert field in caught.value.message_dict


# --- Art. 8 §2: months under no known table, and the legacy ledger ----------------------------------

LEGACY_CSV = "household;month;amount;paid_on\n" + "".join(
    f"{{h}};{m};9,50;{m.first_day:%d/%m/%Y}\n" for m in month_range(M("2024-07"), M("2025-12"))
)


def _migrated_household(table):
    """Titular since 2020, the fund's tables only from 2026, 2026 paid in time."""
    household, titular = household_with_titular(start=date(2020, 1, 1))
    _pay(household, "2026-01", "2026-06", paid_on=date(2026, 1, 5))
    return household, titular


def test_months_before_the_first_table_are_unknown_not_paid(table_2026):
    household, titular = _migrated_household(table_2026)
    result = _entitlement(titular, date(2026, 6, 1), TODAY)
    # the old code: entitled (months before the first table were taken as paid)
    assert result.status.value == "suspended"
    assert [str(m) for m in result.unknown] == [str(m) for m in month_range(M("2024-07"), M("2025-12"))]
    assert "unknown for 18 months (2024-07 … 2025-12)" in result.reason
    status = _nightly(household)  # the set-based path must not call it in order either
    assert status.status == "suspended" and "unknown" in status.reason


def test_a_historical_table_entered_by_a_manager_prices_the_months(table_2026):
    household, titular = _migrated_household(table_2026)
    contribution_table(date(2024, 1, 1), annual="114.00")
    result = _entitlement(titular, date(2026, 6, 1), TODAY)
    assert result.unknown == () and result.status.value == "suspended"
    assert M("2024-07") in result.missing  # owed under the 2024 table, not paid


def test_contribution_table_years_are_bounded():
    from members.models import ContributionTable

    with pytest.raises(ValidationError) as caught:
        ContributionTable(name="typo", valid_from=date(2207, 1, 1)).full_clean()
    assert "valid_from" in caught.value.message_dict


def test_legacy_ledger_dry_run_then_apply_then_idempotent(table_2026):
    household, titular = _migrated_household(table_2026)
    content = LEGACY_CSV.replace("{h}", str(household.pk)).encode()

    # the dry run: what would be added, and nothing is
    job = legacy_ledger.legacy_ledger_upload(file_name="legacy.csv", content=content)
    assert (job.status, job.rows_total, job.months_new, job.households, job.error_count) == ("checked", 18, 18, 1, 0)
    assert not ContributionDue.objects.filter(household=household, legacy_import__isnull=False).exists()
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "suspended"

    # apply: the months are in the ledger, in order
    job = legacy_ledger.legacy_ledger_apply(job=job)
    assert job.status == "applied"
    assert ContributionDue.objects.filter(household=household, legacy_import=job, paid_in_time=True).count() == 18
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "entitled"
    assert _nightly(household).status == "entitled"

    # the same file again: nothing new, nothing doubled
    again = legacy_ledger.legacy_ledger_upload(file_name="legacy.csv", content=content)
    assert (again.status, again.months_new, again.months_unchanged) == ("checked", 0, 18)
    legacy_ledger.legacy_ledger_apply(job=again)
    assert ContributionDue.objects.filter(household=household, legacy_import__isnull=False).count() == 18
    # an applied import is not applied twice
    with pytest.raises(ValidationError):
        legacy_ledger.legacy_ledger_apply(job=job)


def test_legacy_ledger_unpaid_month_is_owed_and_payable(table_2026):
    household, titular = _migrated_household(table_2026)
    lines = LEGACY_CSV.replace("{h}", str(household.pk)).replace("9,50;01/12/2025", "9,50;")
    job = legacy_ledger.legacy_ledger_apply(
        job=legacy_ledger.legacy_ledger_upload(file_name="l.csv", content=lines.encode())
    )
    assert job.status == "applied"
    result = _entitlement(titular, date(2026, 6, 1), TODAY)
    assert [str(m) for m in result.missing] == ["2025-12"] and result.unknown == ()
    services.payment_record(household=household, amount=Decimal("9.50"), paid_on=TODAY, months=[M("2025-12")])
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "entitled"


def test_legacy_ledger_row_errors_name_row_field_and_rule(table_2026):
    household, titular = _migrated_household(table_2026)
    h = household.pk
    content = "\n".join(
        [
            "household;month;amount;paid_on",
            f"{h};2025-13;9,50;05/03/2025",  # 2: month
            f"{h};2025-03;95000,00;05/03/2025",  # 3: amount
            f"{h};2025-04;9,50;31/12/2031",  # 4: paid_on in the future
            "999999;2025-05;9,50;05/05/2025",  # 5: household
            f"{h};2019-12;9,50;05/12/2019",  # 6: before the titular became titular
            f"{h};2025-06;9,50;05/06/2025",  # 7: fine
            f"{h};2025-06;9,50;05/06/2025",  # 8: the same month twice
            f"{h};2026-02;10,00;05/02/2026",  # 9: already in the ledger here
        ]
    ).encode()
    job = legacy_ledger.legacy_ledger_upload(file_name="bad.csv", content=content)
    assert job.status == LegacyLedgerStatus.INVALID
    found = {(e["row"], e["field"]) for e in job.errors}
    assert found == {
        (2, "month"),
        (3, "amount"),
        (4, "paid_on"),
        (5, "household"),
        (6, "month"),
        (8, "month"),
        (9, "month"),
    }
    messages = {e["row"]: e["message"] for e in job.errors}
    assert "Art. 8 §3 1°" in messages[6] and "row 7" in messages[8] and "already in the ledger here" in messages[9]
    with pytest.raises(ValidationError):
        legacy_ledger.legacy_ledger_apply(job=job)
    assert not ContributionDue.objects.filter(legacy_import__isnull=False).exists()


def test_legacy_ledger_by_national_number_and_command(table_2026, tmp_path):
    household, titular = _migrated_household(table_2026)
    path = tmp_path / "legacy.csv"
    path.write_text(
        "national_number,month,amount,paid_on\n"
        + "".join(
            f"{titular.national_number},{m},9.50,{m.first_day:%Y-%m-%d}\n"
            for m in month_range(M("2024-07"), M("2025-12"))
        )
    )
    call_command("import_legacy_ledger", str(path))  # dry run
    assert not ContributionDue.objects.filter(legacy_import__isnull=False).exists()
    call_command("import_legacy_ledger", str(path), "--apply")
    assert ContributionDue.objects.filter(household=household, legacy_import__isnull=False).count() == 18
    assert LegacyLedgerImport.objects.filter(status="applied").count() == 1


def test_dues_book_continues_after_the_legacy_months(table_2026):
    household, titular = household_with_titular(start=date(2020, 1, 1))
    content = LEGACY_CSV.replace("{h}", str(household.pk)).encode()
    legacy_ledger.legacy_ledger_apply(job=legacy_ledger.legacy_ledger_upload(file_name="l.csv", content=content))
    services.dues_book(through=M("2026-06"), household_ids=[household.pk])
    months = set(ContributionDue.objects.filter(household=household).values_list("month", flat=True))
    assert {m.first_day for m in month_range(M("2026-01"), M("2026-06"))} <= months
    assert ContributionDue.objects.filter(household=household, legacy_import__isnull=False).count() == 18


# --- Art. 8 §2 2° a–b: months before the affiliation here -------------------------------------------


def test_months_at_another_fund_not_in_order_count_as_unpaid(table_2026):
    household, titular = household_with_titular(start=date(2026, 1, 1))
    _pay(household, "2026-01", "2026-06", paid_on=date(2026, 1, 5))
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "entitled"
    services.prior_affiliation_record(
        member=titular,
        kind="other_fund",
        first_month=M("2024-01"),
        last_month=M("2025-12"),
        fund="Ziekenfonds X (nr 999)",
        in_order=False,
        proof="attestation of 12/01/2026",
    )
    result = _entitlement(titular, date(2026, 6, 1), TODAY)
    assert result.status.value == "suspended"
    assert [str(m) for m in result.missing] == [str(m) for m in month_range(M("2024-07"), M("2025-12"))]
    assert _nightly(household).status == "suspended"


def test_months_at_another_fund_in_order_and_a_gap_count_as_paid(table_2026):
    household, titular = household_with_titular(start=date(2026, 1, 1))
    _pay(household, "2026-01", "2026-06", paid_on=date(2026, 1, 5))
    services.prior_affiliation_record(
        member=titular,
        kind="other_fund",
        first_month=M("2023-01"),
        last_month=M("2025-03"),
        fund="Ziekenfonds X",
        in_order=True,
        proof="attestation",
    )
    services.prior_affiliation_record(
        member=titular,
        kind="not_affiliated",
        first_month=M("2025-04"),
        last_month=M("2025-12"),
        proof="abroad (certificate of residence)",
    )
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "entitled"
    assert _nightly(household).status == "entitled"


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        pytest.param("last_month", {"last_month": M("2026-02")}, id="not-before-the-affiliation-here"),
        pytest.param("fund", {"fund": ""}, id="other-fund-needs-its-name"),
        pytest.param("first_month", {"first_month": M("1850-01")}, id="before-the-records"),
        pytest.param("last_month", {"first_month": M("2025-06"), "last_month": M("2025-01")}, id="end-before-start"),
    ],
)
def test_prior_affiliation_refusals_name_the_field(table_2026, field, kwargs):
    _household, titular = household_with_titular(start=date(2026, 1, 1))
    arguments = {
        "member": titular,
        "kind": "other_fund",
        "first_month": M("2024-01"),
        "last_month": M("2025-12"),
        "fund": "Ziekenfonds X",
        "in_order": True,
        "proof": "attestation",
        **kwargs,
    }
    with pytest.raises(ValidationError) as caught:
        services.prior_affiliation_record(**arguments)
    assert field in caught.value.message_dict


def test_demo_seeds_the_history_examples_a_clerk_should_see(table_2026):
    from members import demo
    from members.models import InsolvencyProcedure, PriorAffiliation

    demo.seed(today=TODAY, households=0)
    settled = InsolvencyProcedure.objects.get().member.household
    assert HouseholdStatus.objects.get(household=settled).status == "entitled"  # months before the judgment: paid
    assert ContributionDue.objects.filter(legacy_import__isnull=False).exists()
    transferred = PriorAffiliation.objects.get().member.household
    status = HouseholdStatus.objects.get(household=transferred)
    assert status.status == "suspended" and "unknown for 5 months (2025-03 … 2025-07)" in status.reason


def test_legacy_ledger_from_a_spreadsheet_with_an_exempt_month(table_2026):
    import io

    from openpyxl import Workbook

    household, titular = _migrated_household(table_2026)
    book = Workbook()
    sheet = book.active
    sheet.append(["Gezin", "Maand", "Bedrag", "Betaald op"])
    for m in month_range(M("2024-07"), M("2025-11")):
        sheet.append([household.pk, m.first_day, 9.5, m.first_day])
    sheet.append([household.pk, "2025-12", 0, None])  # exempt in the former system: €0, nothing to pay
    data = io.BytesIO()
    book.save(data)
    job = legacy_ledger.legacy_ledger_upload(file_name="ledger.xlsx", content=data.getvalue())
    assert (job.status, job.months_new) == ("checked", 18), job.errors
    legacy_ledger.legacy_ledger_apply(job=job)
    assert ContributionDue.objects.get(household=household, month=date(2025, 12, 1)).paid_in_time
    assert _entitlement(titular, date(2026, 6, 1), TODAY).status.value == "entitled"
