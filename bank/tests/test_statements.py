"""Bank statements in (issue #15): the CODA and camt.053 fixtures imported once with the right
matches, again as duplicates only, overlapping, as a dry run, with a bad entry, and broken."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from bank import services, statements
from bank.models import (
    CollectionItem,
    CollectionRun,
    EntryOutcome,
    ItemStatus,
    MandateStatus,
    RunStatus,
    Statement,
    StatementEntry,
)
from bank.tests import statement_builders as b
from bank.tests.conftest import COLLECTION, IBANS, TODAY
from members.models import ContributionDue, Correspondence, CorrespondenceKind, Household, Payment, Role
from members.tests.factories import person_number

pytestmark = pytest.mark.django_db

#: The morning the statements of 1 and 3 July are imported.
IMPORT_DAY = date(2026, 7, 6)

CODA_FILE = (b.FIXTURES / "coda_2026-07-01_03.cod").read_bytes()
CAMT_FILE = (b.FIXTURES / "camt053_2026-07-01_03.xml").read_bytes()
FILES = [pytest.param(CODA_FILE, id="coda"), pytest.param(CAMT_FILE, id="camt053")]


def _household(pk: int) -> Household:
    from members import services as member_services

    household = Household(pk=pk, city="Gent", postal_code="9000")
    household.save()
    member_services.member_create(
        national_number=person_number(date(1980, 5, 17), "M"),
        first_name="Jan",
        last_name=f"H{pk}",
        birth_date=date(1980, 5, 17),
        gender="M",
        household=household,
        role=Role.TITULAR,
        affiliation_start=date(2026, 1, 1),
        titular_since=date(2026, 1, 1),
    )
    return household


@pytest.fixture
def july(table_2026):
    """The fixtures' households (affiliated since 01/2026, €10.00 a month): one pays by its structured
    communication, one from the IBAN of its revoked mandate, three by direct debit collected on
    1 July (run ``RUN_MESSAGE_ID``: the first two come back, AC04 and AM04). Then the clock is at 6 July."""
    with time_machine.travel(TODAY, tick=False):
        for pk in (b.PAYS_BY_REFERENCE, b.PAYS_BY_IBAN):
            _household(pk)
        revoked = services.mandate_create(
            household=b.PAYS_BY_IBAN, iban=b.KNOWN_IBAN, debtor_name="Mia Janssens", signed_on=date(2026, 1, 10)
        )
        services.mandate_revoke(mandate=revoked, reason="Betaalt voortaan met overschrijving")
        for pk, iban in ((b.CLOSED_ACCOUNT, IBANS[2]), (b.NO_FUNDS, IBANS[3]), (b.COLLECTED, IBANS[0])):
            _household(pk)
            services.mandate_create(household=pk, iban=iban, debtor_name=f"Debtor {pk}", signed_on=date(2026, 1, 10))
        run = services.collection_run_create(collection_date=COLLECTION, today=TODAY).run
    CollectionRun.objects.filter(pk=run.pk).update(message_id=b.RUN_MESSAGE_ID)
    for index, household in enumerate((b.CLOSED_ACCOUNT, b.NO_FUNDS, b.COLLECTED), start=1):
        CollectionItem.objects.filter(run=run, household_id=household).update(end_to_end_id=b.e2e(index))
    with time_machine.travel(IMPORT_DAY, tick=False):
        yield run


def _open_months(household_id):
    return [
        f"{d:%m/%Y}"
        for d in ContributionDue.objects.filter(household_id=household_id, settled_on__isnull=True)
        .order_by("month")
        .values_list("month", flat=True)
    ]


def _outcomes(report):
    return [(line.sequence, line.outcome, line.household_id) for line in report.lines]


EXPECTED = [
    ("1", EntryOutcome.MATCHED, b.PAYS_BY_REFERENCE),
    ("2.1", EntryOutcome.COLLECTION_CREDITED, b.CLOSED_ACCOUNT),
    ("2.2", EntryOutcome.COLLECTION_CREDITED, b.NO_FUNDS),
    ("2.3", EntryOutcome.COLLECTION_CREDITED, b.COLLECTED),
    ("3", EntryOutcome.UNMATCHED, None),
    ("1", EntryOutcome.MATCHED, b.PAYS_BY_IBAN),
    ("2", EntryOutcome.COLLECTION_RETURNED, b.CLOSED_ACCOUNT),
    ("3", EntryOutcome.COLLECTION_RETURNED, b.NO_FUNDS),
    ("4", EntryOutcome.UNMATCHED, None),
]


@pytest.mark.parametrize("data", FILES)
def test_import_matches_each_entry_once(july, data):
    # when the two days are imported
    report = statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=False)

    # then every entry is matched as the fixtures say
    assert _outcomes(report) == EXPECTED
    assert report.summary == "entries 9, matched 5, unmatched 2, duplicates 0, returns 2"
    assert Statement.objects.count() == 2 and StatementEntry.objects.count() == 9
    # the structured communication paid twelve months (01–07 open, then five ahead)
    by_reference = StatementEntry.objects.get(household_id=b.PAYS_BY_REFERENCE)
    assert by_reference.payment.amount == Decimal("120.00") and by_reference.payment.bank_reference
    assert _open_months(b.PAYS_BY_REFERENCE) == []
    assert ContributionDue.objects.filter(household_id=b.PAYS_BY_REFERENCE, payment=by_reference.payment).count() == 12
    # the known IBAN without communication paid the three oldest months
    assert _open_months(b.PAYS_BY_IBAN) == ["04/2026", "05/2026", "06/2026", "07/2026"]
    # the collection was credited; the collected household's months are paid
    july.refresh_from_db()
    assert july.status == RunStatus.SETTLED and _open_months(b.COLLECTED) == []


@pytest.mark.parametrize("data", FILES)
def test_a_returned_debit_reopens_the_months_and_ac04_suspends_the_mandate(july, data):
    statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=False)

    closed = CollectionItem.objects.select_related("mandate", "payment").get(household_id=b.CLOSED_ACCOUNT)
    no_funds = CollectionItem.objects.select_related("mandate", "payment").get(household_id=b.NO_FUNDS)
    assert (closed.status, closed.return_reason) == (ItemStatus.RETURNED, "AC04")
    assert (no_funds.status, no_funds.return_reason) == (ItemStatus.RETURNED, "AM04")
    # the payments are reversed: months 01–07 open again
    assert closed.payment.reversed_on == b.DAY_2 and no_funds.payment.reversed_on == b.DAY_2
    assert len(_open_months(b.CLOSED_ACCOUNT)) == 7 and len(_open_months(b.NO_FUNDS)) == 7
    # AC04 (account closed) suspends the mandate; AM04 (insufficient funds) does not
    assert closed.mandate.status == MandateStatus.SUSPENDED
    assert no_funds.mandate.status == MandateStatus.ACTIVE
    # each household gets its letter
    assert Correspondence.objects.filter(kind=CorrespondenceKind.DEBIT_RETURNED).count() == 2


@pytest.mark.parametrize("data", FILES)
def test_importing_the_same_file_again_stores_nothing(july, data):
    statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=False)
    before = (Statement.objects.count(), StatementEntry.objects.count(), Payment.objects.count())

    again = statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=False)

    assert {line.outcome for line in again.lines} == {EntryOutcome.DUPLICATE}
    assert again.summary == "entries 9, matched 0, unmatched 0, duplicates 9, returns 0"
    assert (Statement.objects.count(), StatementEntry.objects.count(), Payment.objects.count()) == before


def test_the_same_statements_in_the_other_format_are_duplicates(july):
    statements.statement_import(file_bytes=CODA_FILE, file_name="july.cod", user=None, dry_run=False)
    again = statements.statement_import(file_bytes=CAMT_FILE, file_name="july.xml", user=None, dry_run=False)
    assert again.summary == "entries 9, matched 0, unmatched 0, duplicates 9, returns 0"


def test_an_overlapping_statement_books_only_what_is_new(july):
    # given day 1 imported
    first, second = b.scenario()
    statements.statement_import(file_bytes=b.camt_file([first]), file_name="day1.xml", user=None, dry_run=False)
    payments = Payment.objects.count()

    # when the bank sends a statement (another number) repeating day 1's transfer and a new one
    overlap = b.Stmt(103, b.DAY_2, [first.entries[0], second.entries[0]])
    report = statements.statement_import(
        file_bytes=b.camt_file([overlap]), file_name="overlap.xml", user=None, dry_run=False
    )

    # then the repeated entry is a duplicate, the new one is booked
    assert [(line.sequence, line.outcome) for line in report.lines] == [
        ("1", EntryOutcome.DUPLICATE),
        ("2", EntryOutcome.MATCHED),
    ]
    assert Payment.objects.count() == payments + 1
    assert StatementEntry.objects.filter(outcome=EntryOutcome.DUPLICATE).count() == 1


@pytest.mark.parametrize("data", FILES)
def test_a_dry_run_writes_nothing_and_previews_the_matches(july, data):
    from auditlog.models import LogEntry

    counts = lambda: (  # noqa: E731
        Statement.objects.count(),
        StatementEntry.objects.count(),
        Payment.objects.count(),
        Correspondence.objects.count(),
        LogEntry.objects.count(),
        ContributionDue.objects.filter(settled_on__isnull=False).count(),
    )
    before = counts()

    preview = statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=True)

    assert _outcomes(preview) == EXPECTED
    assert counts() == before
    july.refresh_from_db()
    assert july.status == RunStatus.GENERATED
    # the clerk confirms: the same happens for real
    applied = statements.statement_import(file_bytes=data, file_name="july.dat", user=None, dry_run=False)
    assert _outcomes(applied) == EXPECTED


def test_one_bad_entry_is_reported_and_the_others_are_booked(july):
    scenario = b.scenario()
    scenario[0].entries[0].amount_text = "12O.00"
    report = statements.statement_import(
        file_bytes=b.camt_file(scenario), file_name="bad.xml", user=None, dry_run=False
    )

    assert report.lines[0].outcome == statements.ERROR
    assert "Stmt[1]/Ntry[1]/Amt" in report.lines[0].note
    assert [line.outcome for line in report.lines[1:]] == [outcome for _s, outcome, _h in EXPECTED[1:]]
    assert StatementEntry.objects.count() == 8
    assert report.summary == "entries 9, matched 4, unmatched 3, duplicates 0, returns 2"


@pytest.mark.parametrize(
    "data,where",
    [
        pytest.param(CODA_FILE.replace(b"\r\n8102", b"\r\n7102", 1), "line", id="coda-unknown-record"),
        pytest.param(CAMT_FILE.replace(b"</Ntry>", b"", 1), "line 2, column", id="camt-not-well-formed"),
    ],
)
def test_a_malformed_file_is_refused_and_nothing_is_stored(july, data, where):
    with pytest.raises(ValidationError) as refused:
        statements.statement_import(file_bytes=data, file_name="broken", user=None, dry_run=False)
    assert where in refused.value.message_dict["file"][0]
    assert Statement.objects.count() == 0 and StatementEntry.objects.count() == 0


def test_a_matcher_in_entry_matchers_is_tried_first(july, monkeypatch):
    """The payouts' matcher will sit in ENTRY_MATCHERS: a stand-in claims the bank's costs."""
    seen = []

    def payout_matcher(entry):
        seen.append(entry.sequence)
        if not entry.credit and entry.bank_reference == "0703K0000001":
            entry.note = "payout batch 7"
            return EntryOutcome.PAYOUT
        return None

    monkeypatch.setattr(statements, "ENTRY_MATCHERS", [payout_matcher])
    report = statements.statement_import(file_bytes=CAMT_FILE, file_name="july.xml", user=None, dry_run=False)

    assert len(seen) == 9
    assert report.lines[-1].outcome == EntryOutcome.PAYOUT
    assert StatementEntry.objects.get(bank_reference="0703K0000001").note == "payout batch 7"
    assert report.summary == "entries 9, matched 6, unmatched 1, duplicates 0, returns 2"


def test_the_unmatched_queue_assign_not_ours_and_to_refund(july, django_user_model):
    clerk = django_user_model.objects.create_user("clerk-stmt")
    statements.statement_import(file_bytes=CAMT_FILE, file_name="july.xml", user=clerk, dry_run=False)
    stranger, costs = StatementEntry.objects.filter(outcome=EntryOutcome.UNMATCHED).order_by("booking_date")

    # assign the stranger's €50 to a household: a payment settles its oldest months
    household = _household(7000006)
    assigned = statements.entry_assign(entry=stranger, household=household.pk, user=clerk, reason="Brief van het lid")
    assert (assigned.outcome, assigned.household_id, assigned.assigned_by) == (
        EntryOutcome.MATCHED,
        household.pk,
        clerk,
    )
    assert assigned.payment.amount == Decimal("50.00")
    assert _open_months(household.pk) == ["06/2026", "07/2026"]
    # a debit is never assigned to a household; it is marked, with a reason
    with pytest.raises(ValidationError):
        statements.entry_assign(entry=costs, household=household.pk, user=clerk)
    with pytest.raises(ValidationError):
        statements.entry_mark(entry=costs, outcome=EntryOutcome.NOT_OURS, user=clerk, reason="")
    marked = statements.entry_mark(
        entry=costs, outcome=EntryOutcome.NOT_OURS, user=clerk, reason="Bankkosten, boekhouding"
    )
    assert marked.outcome == EntryOutcome.NOT_OURS and marked.note == "Bankkosten, boekhouding"
    # an entry left the queue: it is not decided twice
    with pytest.raises(ValidationError):
        statements.entry_mark(entry=stranger, outcome=EntryOutcome.TO_REFUND, user=clerk, reason="Terug te storten")
    # the IBAN matched by the clerk is a known payer from now on
    assert statements._household_by_iban(b.STRANGER_IBAN) == household.pk


def test_bank_import_command_output_and_dry_run(july, tmp_path):
    path = tmp_path / "july.cod"
    path.write_bytes(CODA_FILE)

    def run(*extra):
        out = StringIO()
        call_command("bank_import", str(path), *extra, stdout=out)
        return out.getvalue().splitlines()

    preview = run("--dry-run")
    assert preview[-1] == "entries 9, matched 5, unmatched 2, duplicates 0, returns 2"
    assert Statement.objects.count() == 0

    applied = run()
    assert len(applied) == 10
    assert applied[0].startswith(f"{b.FUND_IBAN}/101 #1 2026-07-01 +120.00 matched household {b.PAYS_BY_REFERENCE}")
    assert "+++000/7000/00193+++" in applied[0]
    assert " unmatched " in applied[4] and "Onbekende Betaler" in applied[4]
    assert applied[6].startswith(f"{b.FUND_IBAN}/102 #2 2026-07-03 -70.00 return household {b.CLOSED_ACCOUNT}")
    assert applied[-1] == "entries 9, matched 5, unmatched 2, duplicates 0, returns 2"

    again = run()
    assert all(" duplicate " in line for line in again[:-1])
    assert again[-1] == "entries 9, matched 0, unmatched 0, duplicates 9, returns 0"


def test_bank_import_command_refuses_a_broken_file(july, tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(CAMT_FILE[:500])
    with pytest.raises(CommandError) as refused:
        call_command("bank_import", str(path), stdout=StringIO())
    assert "not well-formed" in str(refused.value)
    assert Statement.objects.count() == 0


def test_a_statement_dated_after_today_refuses_the_whole_file(july):
    first, second = b.scenario()
    second.day = date(2027, 7, 3)  # a typing error of the bank's software: nothing of the file is booked
    with pytest.raises(ValidationError) as refused:
        statements.statement_import(file_bytes=b.camt_file([first, second]), file_name="x.xml", user=None)
    assert f"{b.FUND_IBAN}/102" in refused.value.message_dict["file"][0]
    assert Statement.objects.count() == 0 and Payment.objects.count() == 0
