"""Bank statement imports: read what banks send, check everything first, apply set-based in the
background with exactly the outcome of recording the lines one by one."""

from __future__ import annotations

import codecs
import io
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from core.import_formats import detect_encoding
from core.months import Month
from members import bank_import, services, tasks
from members.models import (
    BankImport,
    BankImportStatus,
    ContributionDue,
    Payment,
    PaymentSource,
    household_from_reference,
)
from members.tests.factories import contribution_table, household_with_titular

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 20)
M = Month.parse


@pytest.fixture
def eager_celery():
    """Run the tasks in-process even where REDIS_URL is set (the flow, not the broker, is tested here;
    core/tests/test_celery_worker.py tests the broker)."""
    from config.celery import app

    saved = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager, app.conf.task_eager_propagates = True, True
    yield
    app.conf.task_always_eager, app.conf.task_eager_propagates = saved


def statement(rows, *, header="date;amount;communication;bank_reference", sep=";") -> str:
    return "\n".join([header, *(sep.join(r) for r in rows)]) + "\n"


def upload(content: bytes, user=None, name="statement.csv") -> BankImport:
    with transaction.atomic():  # the check is queued on commit; called below, synchronously
        job = bank_import.bank_import_upload(file_name=name, content=content, user=user)
    return job


def check_and_apply(job: BankImport, today=TODAY) -> BankImport:
    assert bank_import.validate(job_id=job.pk, today=today) == BankImportStatus.VALIDATED, BankImport.objects.get(
        pk=job.pk
    ).errors
    BankImport.objects.filter(pk=job.pk).update(status=BankImportStatus.APPLYING)
    assert bank_import.apply(job_id=job.pk, today=today) == BankImportStatus.APPLIED
    return BankImport.objects.get(pk=job.pk)


# --- Encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param(b"date;montant\n", "utf-8", id="plain-ascii-is-utf8"),
        pytest.param("Mededeling: één".encode(), "utf-8", id="utf8-accents"),
        pytest.param(codecs.BOM_UTF8 + "é".encode(), "utf-8-sig", id="utf8-with-bom"),
        pytest.param("date;montant\n".encode("utf-16"), "utf-16", id="utf16-with-bom"),
        pytest.param("date;montant\n".encode("utf-16-le"), "utf-16-le", id="utf16-le-without-bom"),
        pytest.param("date;montant\n".encode("utf-16-be"), "utf-16-be", id="utf16-be-without-bom"),
        pytest.param("Cotisation février".encode("latin-1"), "windows-1252", id="latin1-read-as-its-superset"),
        pytest.param("30,00 € – bijdrage".encode("cp1252"), "windows-1252", id="windows-1252-euro"),
        pytest.param(b"caf\xe9 \x81", "iso-8859-1", id="byte-undefined-in-1252-is-latin1"),
    ],
)
def test_encoding_is_detected_by_a_fixed_rule(data, expected):
    assert detect_encoding(data) == expected


def test_latin1_statement_keeps_the_accents(table_2026):
    household, _ = household_with_titular()
    text = statement(
        [("10/01/2026", "20,00", "Cotisation février é", "TX-L1", str(household.pk))],
        header="date;montant;communication;transaction;ménage",
    )
    job = check_and_apply(upload(text.encode("latin-1")))

    assert job.encoding == "windows-1252"
    payment = Payment.objects.get(bank_reference="TX-L1")
    assert payment.communication == "Cotisation février é"
    assert payment.household_id == household.pk and payment.source == PaymentSource.BANK_IMPORT


def test_windows_1252_euro_sign_in_amount_and_communication(table_2026):
    household, _ = household_with_titular()
    text = statement(
        [
            ("10/01/2026", "€ 30,00", f"{household.payment_reference}", "TX-W1"),
            ("11/01/2026", "10,00 €", f"{household.payment_reference} – 10 €", "TX-W2"),
        ]
    )
    job = check_and_apply(upload(text.encode("cp1252")))

    assert job.encoding == "windows-1252" and job.payments == 2
    assert Payment.objects.get(bank_reference="TX-W1").amount == Decimal("30.00")
    assert Payment.objects.get(bank_reference="TX-W2").communication.endswith("– 10 €")


def test_utf16_statement_with_tabs_as_excel_writes_it(table_2026):
    household, _ = household_with_titular()
    text = statement(
        [("10/01/2026", "20,00", household.payment_reference, "TX-U1")],
        header="Datum\tBedrag\tMededeling\tTransactie",
        sep="\t",
    )
    job = check_and_apply(upload(text.encode("utf-16")))

    assert job.encoding == "utf-16"
    assert ContributionDue.objects.filter(payment__bank_reference="TX-U1").count() == 2


def test_xlsx_statement_with_spreadsheet_dates_and_numbers(table_2026):
    from openpyxl import Workbook

    household, _ = household_with_titular()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["date", "amount", "communication", "bank_reference", "months"])
    sheet.append([date(2026, 1, 10), 20.0, household.payment_reference, 123456.0, "2026-01 2026-02"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    job = check_and_apply(upload(buffer.getvalue(), name="statement.xlsx"))

    assert job.file_format == "xlsx"
    payment = Payment.objects.get(bank_reference="123456")
    assert sorted(ContributionDue.objects.filter(payment=payment).values_list("month", flat=True)) == [
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]


# --- The check (dry run) -------------------------------------------------------------------------


def test_check_lists_every_wrong_row_with_its_field_and_imports_nothing(table_2026):
    h1, _ = household_with_titular()
    h2, _ = household_with_titular(last_name="Maes")
    services.payment_record(household=h2, amount=Decimal("10.00"), paid_on=date(2026, 1, 2), bank_reference="OLD-1")
    text = statement(
        [
            ("10/01/2026", "30,00", h1.payment_reference, "TX1"),  # row 2: fine
            ("31/02/2026", "10,00", h1.payment_reference, "TX2"),  # row 3: no such date
            ("12/01/2026", "abc", h1.payment_reference, "TX3"),  # row 4: not an amount
            ("13/01/2026", "10,00", "+++000/0000/00000+++", "TX4"),  # row 5: not one of ours
            ("14/01/2026", "10,00", h2.payment_reference, "OLD-1"),  # row 6: imported before
            ("15/01/2026", "10,00", h2.payment_reference, "TX1"),  # row 7: twice in the file
            ("31/12/9999", "10,00", h2.payment_reference, "TX7"),  # row 8: impossible date
            ("16/01/2026", "0,00", h2.payment_reference, "TX8"),  # row 9: nothing paid
            ("17/01/2026", "20,00", h2.payment_reference, "TX9", "2026-01 2026-02"),  # row 10: 01 paid already
            ("18/01/2026", "25,00", h1.payment_reference, "TX10", "2026-05 2026-06"),  # row 11: amount ≠ dues
            ("19/01/2026", "10,00", h2.payment_reference, "TX11", "2026-13"),  # row 12: not a month
        ],
        header="date;amount;communication;bank_reference;months",
    )
    job = upload(text.encode())

    assert bank_import.validate(job_id=job.pk, today=TODAY) == BankImportStatus.INVALID
    job.refresh_from_db()
    errors = {(e["row"], e["field"]) for e in job.errors}
    assert errors == {
        (3, "paid_on"),
        (4, "amount"),
        (5, "household"),
        (6, "bank_reference"),
        (7, "bank_reference"),
        (8, "paid_on"),
        (9, "amount"),
        (10, "months"),
        (11, "amount"),
        (12, "months"),
    }
    assert job.error_count == 10 and job.rows_total == 11
    assert "31/12/9999 is in the future" in str(job.errors)
    assert "also on row 2" in str(job.errors)
    assert Payment.objects.count() == 1  # only the one recorded before
    assert job.payments == 0  # no preview for a refused statement


def test_a_statement_without_the_needed_columns_is_refused_as_a_file(table_2026):
    job = upload(b"foo;bar\n1;2\n")
    assert bank_import.validate(job_id=job.pk, today=TODAY) == BankImportStatus.INVALID
    job.refresh_from_db()
    assert {e["field"] for e in job.errors} == {"paid_on", "amount", "communication"}
    assert all(e["row"] is None for e in job.errors)


def test_the_check_shows_a_preview_and_writes_nothing(table_2026):
    h1, _ = household_with_titular()
    h2, _ = household_with_titular(last_name="Maes")
    text = statement(
        [
            ("10/01/2026", "30,00", h1.payment_reference, "TX1"),
            ("10/01/2026", "15,00", h2.payment_reference, "TX2"),
            ("11/01/2026", "10,00", h1.payment_reference, "TX3"),
        ]
    )
    job = upload(text.encode())
    assert bank_import.validate(job_id=job.pk, today=TODAY) == BankImportStatus.VALIDATED
    job.refresh_from_db()

    assert (job.payments, job.households, job.amount_total, job.months_settled, job.unallocated) == (
        3,
        2,
        Decimal("55.00"),
        5,
        Decimal("5.00"),
    )
    assert Payment.objects.count() == 0 and ContributionDue.objects.count() == 0


def test_the_same_file_is_refused_while_imported_and_accepted_after_a_refusal(table_2026):
    household, _ = household_with_titular()
    content = statement([("10/01/2026", "30,00", household.payment_reference, "TX1")]).encode()
    first = upload(content)
    check_and_apply(first)

    with pytest.raises(ValidationError) as refused:
        upload(content)
    assert f"import {first.pk}" in str(refused.value) and "Applied" in str(refused.value)

    wrong = statement([("10/01/2026", "30,00", "+++000/0000/00000+++", "TX9")]).encode()
    bad = upload(wrong)
    assert bank_import.validate(job_id=bad.pk, today=TODAY) == BankImportStatus.INVALID
    assert upload(wrong).pk != bad.pk  # nothing was imported: the corrected setup may bring it again


def test_a_line_that_became_wrong_before_applying_refuses_the_whole_statement(table_2026):
    household, _ = household_with_titular()
    job = upload(
        statement(
            [
                ("10/01/2026", "30,00", household.payment_reference, "TX1"),
                ("11/01/2026", "10,00", household.payment_reference, "TX2"),
            ]
        ).encode()
    )
    assert bank_import.validate(job_id=job.pk, today=TODAY) == BankImportStatus.VALIDATED
    # meanwhile a clerk enters line 2 by hand
    services.payment_record(
        household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 11), bank_reference="TX2"
    )
    BankImport.objects.filter(pk=job.pk).update(status=BankImportStatus.APPLYING)

    assert bank_import.apply(job_id=job.pk, today=TODAY) == BankImportStatus.INVALID
    job.refresh_from_db()
    assert [(e["row"], e["field"]) for e in job.errors] == [(3, "bank_reference")]
    assert Payment.objects.count() == 1  # only the clerk's


# --- Applying: identical to payment_record line by line ---------------------------------------


def _ledger() -> tuple[list, list]:
    payments = sorted(
        (p.bank_reference or "", p.household_id, p.amount, p.paid_on, p.unallocated, p.communication, p.source)
        for p in Payment.objects.all()
    )
    references = dict(Payment.objects.values_list("pk", "bank_reference"))
    dues = sorted(
        (d.household_id, d.month, d.amount, d.settled_on, d.paid_in_time, references.get(d.payment_id), d.exemption)
        for d in ContributionDue.objects.all()
    )
    return payments, dues


def test_applying_a_statement_equals_recording_its_lines_one_by_one(table_2026):
    """The same statement on the same data, applied set-based and through ``payment_record`` line
    by line (each in a transaction rolled back afterwards): the same payments, the same dues."""
    contribution_table(date(2019, 1, 1))
    arrears, _ = household_with_titular(start=date(2026, 1, 1))  # owes since 01/2026
    old, _ = household_with_titular(start=date(2019, 1, 1), last_name="Oud")  # months prescribed (Art. 8 §2)
    services.dues_book(through=M("2026-11"), household_ids=[old.pk])
    paid_up, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    services.payment_record(household=paid_up, amount=Decimal("110.00"), paid_on=date(2026, 1, 3))
    reopened, _ = household_with_titular(start=date(2026, 1, 1), last_name="Claes")
    services.payment_record(household=reopened, amount=Decimal("110.00"), paid_on=date(2026, 1, 3))
    advance = services.payment_record(household=reopened, amount=Decimal("30.00"), paid_on=date(2026, 11, 2)).payment
    services.payment_reverse(payment=advance, reason="returned", on=date(2026, 11, 3))  # 12/2026–02/2027 open again
    exempt, _ = household_with_titular(
        start=date(2026, 1, 1), birth=date(2004, 2, 1), last_name="Jong", disability_allowance_from=date(2026, 6, 1)
    )  # Art. 42.3 from 06/2026
    ended, _ = household_with_titular(start=date(2026, 1, 1), last_name="Weg", affiliation_end=date(2026, 9, 30))
    future, _ = household_with_titular(start=date(2026, 12, 1), last_name="Nieuw")  # starts next month

    rows = [
        ("02/11/2026", "25,00", arrears.payment_reference, "A1", ""),  # 01–02, 5 € left
        ("03/11/2026", "30,00", arrears.payment_reference, "A2", ""),  # sees A1: 03–05
        ("04/11/2026", "20,00", arrears.payment_reference, "A3", "2026-07 2026-08"),
        ("05/11/2026", "40,00", arrears.payment_reference, "A4", ""),  # 06, 09, 10, 11
        ("06/11/2026", "35,00", arrears.payment_reference, "A5", ""),  # ahead: 12, 01, 02, 5 € left
        ("07/11/2026", "200,00", old.payment_reference, "O1", ""),  # oldest demandable first
        ("08/11/2026", "15,00", paid_up.payment_reference, "P1", ""),  # 12/2026 ahead, 5 € left
        ("09/11/2026", "20,00", paid_up.payment_reference, "P2", "2027-01 2027-02"),
        ("09/11/2026", "5,00", paid_up.payment_reference, "P3", ""),  # less than a month
        ("10/11/2026", "50,00", reopened.payment_reference, "R1", ""),  # reopened months once
        ("11/11/2026", "130,00", exempt.payment_reference, "E1", ""),  # exempt months are skipped
        ("12/11/2026", "100,00", ended.payment_reference, "X1", ""),  # nothing after the end
        ("13/11/2026", "30,00", future.payment_reference, "F1", ""),  # pays from its first month
        ("14/11/2026", "300,00", paid_up.payment_reference, "P4", ""),  # up to 12 months ahead only
    ]
    text = statement(rows, header="date;amount;communication;bank_reference;months")

    with transaction.atomic():
        for day, amount, reference, bank_reference, months in rows:
            services.payment_record(
                household=household_from_reference(reference),
                amount=bank_import.parse_amount(amount),
                paid_on=bank_import.parse_date(day),
                months=[M(m) for m in months.split()] or None,
                source=PaymentSource.BANK_IMPORT,
                bank_reference=bank_reference,
                communication=reference,
            )
        one_by_one = _ledger()
        transaction.set_rollback(True)

    with transaction.atomic():
        job = check_and_apply(upload(text.encode()))
        set_based = _ledger()
        transaction.set_rollback(True)

    assert job.payments == len(rows)
    assert set_based[0] == one_by_one[0]
    assert set_based[1] == one_by_one[1]
    settled = {d for d in set_based[1] if d[5]}
    assert len(settled) == job.months_settled and len(settled) > 40


def test_every_imported_payment_is_in_the_audit_trail(table_2026, make_user):
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    clerk = make_user("clerk")
    household, _ = household_with_titular()
    job = upload(
        statement(
            [
                ("10/01/2026", "30,00", household.payment_reference, "TX1"),
                ("11/01/2026", "1.234,56", f"Bijdrage {household.payment_reference} – \\ €", ""),
            ]
        ).encode(),
        user=clerk,
    )
    BankImport.objects.filter(pk=job.pk).update(applied_by=clerk)
    check_and_apply(job)

    payment = Payment.objects.get(bank_reference="TX1")
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(Payment), object_id=payment.pk)
    assert entry.actor == clerk and entry.changes["amount"][1] == "30.00"
    # what core.audit.log_bulk_create writes for a payment, whichever way the import writes it
    for payment in Payment.objects.all():
        entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(Payment), object_id=payment.pk)
        assert entry.changes == {name: ["None", str(getattr(payment, name))] for name in bank_import.AUDITED_FIELDS}
        assert entry.object_pk == str(payment.pk) and entry.action == LogEntry.Action.CREATE
    big = Payment.objects.get(amount=Decimal("1234.56"))
    assert LogEntry.objects.get(object_id=big.pk, content_type__model="payment").object_repr == "1.234,56 € 11/01/2026"
    assert big.bank_reference is None and "\\" in big.communication
    job_entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(BankImport), object_id=job.pk)
    assert job_entries.count() >= 2  # uploaded, checked, applied
    assert all("content" not in (e.changes or {}) for e in job_entries)  # never the file's bytes


def test_a_5000_row_statement_is_applied_through_the_tasks(table_2026):
    from io import StringIO

    from django.core.management import call_command

    call_command(
        "generate_population",
        households=500,
        seed=7,
        start=M("2025-12"),
        through=M("2026-11"),
        as_of=TODAY,
        stdout=StringIO(),
    )
    households = list(services.selectors.titulars_for())
    rows = [
        (f"{1 + i % 19:02d}/11/2026", "10,00", f"+++{_reference(households[i % len(households)])}+++", f"B{i}")
        for i in range(5000)
    ]
    job = upload(statement(rows).encode())

    assert tasks.bank_import_validate(job.pk) == BankImportStatus.VALIDATED
    assert bank_import.bank_import_request_apply(job=job, user=None)
    assert tasks.bank_import_apply(job.pk) == BankImportStatus.APPLIED

    job.refresh_from_db()
    assert job.payments == 5000 and job.rows_done == 5000 and job.households == len(households)
    assert Payment.objects.filter(source=PaymentSource.BANK_IMPORT).count() == 5000
    settled = ContributionDue.objects.filter(payment__source=PaymentSource.BANK_IMPORT).count()
    assert settled == job.months_settled and settled >= 4000
    assert (
        sum(Payment.objects.filter(source=PaymentSource.BANK_IMPORT).values_list("unallocated", flat=True))
        == job.unallocated
    )


def _reference(household_id: int) -> str:
    from stdnum.be import ogm_vcs

    base = f"{household_id:010d}"
    return ogm_vcs.format(base + ogm_vcs.calc_check_digits(base))


# --- The clerk's screens -----------------------------------------------------------------------


def test_clerk_uploads_checks_and_applies_a_statement_in_the_admin(
    client, make_user, table_2026, eager_celery, django_capture_on_commit_callbacks
):
    clerk = make_user("clerk")
    client.force_login(clerk)
    household, _ = household_with_titular()
    content = statement([("10/01/2026", "30,00", household.payment_reference, "TX1")]).encode("cp1252")

    assert "Import a bank statement" in client.get(reverse("admin:members_payment_changelist")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:members_bankimport_add"), {"statement": SimpleUploadedFile("december.csv", content)}
        )
    job = BankImport.objects.get()
    assert response.status_code == 302 and response.url == reverse("admin:members_bankimport_change", args=[job.pk])
    page = client.get(response.url).content.decode()
    assert "Checked: ready to apply" in page and "Preview" in page and "30,00 €" in page
    assert 'name="apply"' in page and 'http-equiv="refresh"' not in page
    assert Payment.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:members_bankimport_apply", args=[job.pk]))
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Applied" in page and 'name="apply"' not in page
    assert Payment.objects.get(bank_reference="TX1").amount == Decimal("30.00")
    job.refresh_from_db()
    assert job.uploaded_by == clerk and job.applied_by == clerk

    # applying twice is refused, nothing more is recorded
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:members_bankimport_apply", args=[job.pk]))
    assert Payment.objects.count() == 1
    # the same file again: refused on the upload page
    response = client.post(
        reverse("admin:members_bankimport_add"), {"statement": SimpleUploadedFile("again.csv", content)}
    )
    assert response.status_code == 200 and "already uploaded" in response.content.decode()


def test_the_job_page_shows_the_errors_and_refreshes_while_running(client, make_user, table_2026):
    client.force_login(make_user("clerk"))
    job = upload(statement([("10/01/2026", "abc", "+++000/0000/00000+++", "TX1")]).encode())
    page = client.get(reverse("admin:members_bankimport_change", args=[job.pk])).content.decode()
    assert 'http-equiv="refresh"' in page  # waiting for the worker

    bank_import.validate(job_id=job.pk, today=TODAY)
    page = client.get(reverse("admin:members_bankimport_change", args=[job.pk])).content.decode()
    assert "nothing was imported" in page and "not an amount" in page and 'name="apply"' not in page
    assert 'http-equiv="refresh"' not in page


@pytest.mark.parametrize("role", ["manager", "auditor"])
def test_readers_see_imports_but_neither_upload_nor_apply(client, make_user, table_2026, role):
    household, _ = household_with_titular()
    job = upload(statement([("10/01/2026", "30,00", household.payment_reference, "TX1")]).encode())
    bank_import.validate(job_id=job.pk, today=TODAY)
    client.force_login(make_user(role))

    assert client.get(reverse("admin:members_bankimport_changelist")).status_code == 200
    page = client.get(reverse("admin:members_bankimport_change", args=[job.pk]))
    assert page.status_code == 200 and 'name="apply"' not in page.content.decode()
    assert client.get(reverse("admin:members_bankimport_add")).status_code == 403
    assert client.post(reverse("admin:members_bankimport_apply", args=[job.pk])).status_code == 403
    assert Payment.objects.count() == 0


@pytest.mark.parametrize("role", ["election_bureau", "lending_desk"])
def test_other_desks_do_not_see_bank_imports(client, make_user, table_2026, role):
    client.force_login(make_user(role))
    assert client.get(reverse("admin:members_bankimport_changelist")).status_code == 403


@pytest.mark.parametrize(
    "text",
    [
        "+++000/0000/10101+++",
        "000/0000/10101",
        "000000010101",
        "***000/0000/10101***",
        "+++ 000 / 0000 / 10101 +++",
        "Bijdrage +++000/0000/10101+++ 2026",
        "+++000/0000/10102+++",
        "+++000/0000/00000+++",
        "Cotisation",
        "",
        "+++123/4567/89012+++",
        "1234567890",
        "1234567890123",
        "+++000/0000/10104+++",
        "***000/0000/10104***",
        "Bijdrage +++000/0000/10104+++ 2026",
        "000000010104",
    ],
)
def test_household_from_communication_agrees_with_stdnum(text):
    expected = household_from_reference(text)
    if expected is None:
        embedded = bank_import.STRUCTURED_REFERENCE.search(text)
        expected = household_from_reference(embedded.group(0).replace("*", "").replace(" ", "")) if embedded else None
    assert bank_import.household_from_communication(text) == expected
    if text.endswith("10104+++"):
        assert expected == 101
