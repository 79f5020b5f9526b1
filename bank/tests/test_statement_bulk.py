"""The statement import's bulk path (issue #15, speed): the ordinary credits of a statement are booked
set-based (``members.services.payments_record_bulk``), the rare entries one by one, and the outcome is
the one the per-entry path (``payment_record`` per entry) gives: same entries, payments, months."""

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from bank import statements
from bank.models import EntryOutcome, Statement, StatementEntry
from bank.tests import statement_builders as b
from bank.tests.conftest import IBANS
from bank.tests.test_statements import july  # noqa: F401 - the fixture
from members.models import ContributionDue, Household, Payment, PaymentSource

#: the fixtures' households, collection run and clock (``test_statements.july``)
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("july")]

#: A household without a titular (no dues owed: ``payment_record`` refuses its payments).
NO_TITULAR = 7000009
NEW_IBAN = "BE43001000000101"
NO_TITULAR_IBAN = "BE43001000000202"


def _tx(amount: str, *, iban: str, ref: str, household: int | None = None, name: str = "Betaler") -> b.Tx:
    return b.Tx(
        Decimal(amount),
        b.DAY_2,
        name=name,
        iban=iban,
        structured=b.structured(household) if household else "",
        message="" if household else "bijdrage",
        ref=ref,
    )


def mixed_file() -> bytes:
    """Day 1 of the fixtures (a transfer by structured communication, the collection credited, a
    stranger), then a day of credits: several for the same households, by structured communication
    and by known IBAN (one known from an entry of the same statement), around a returned direct
    debit (AC04: the household's months open again before its next credit), the stranger again, and
    a household without a titular (refused: unmatched, with the reason; its IBAN makes no payer)."""
    day_1 = b.scenario()[0]
    return_ac04 = b.scenario()[1].entries[1]
    day_2 = b.Stmt(
        102,
        b.DAY_2,
        [
            _tx("30.00", iban=b.KNOWN_IBAN, ref="0703B0000001"),  # known payer (revoked mandate)
            return_ac04,
            _tx("20.00", iban=IBANS[2], ref="0703B0000002", household=b.CLOSED_ACCOUNT),
            _tx("15.00", iban=b.KNOWN_IBAN, ref="0703B0000003", household=b.PAYS_BY_IBAN),
            _tx("25.00", iban="BE71096123456769", ref="0703B0000004"),  # known from day 1's entry
            _tx("40.00", iban=NEW_IBAN, ref="0703B0000005", household=b.PAYS_BY_REFERENCE),
            _tx("10.00", iban=NEW_IBAN, ref="0703B0000006"),  # known from the entry just above
            _tx("50.00", iban=b.STRANGER_IBAN, ref="0703B0000007", name="Onbekende Betaler"),
            _tx("30.00", iban=NO_TITULAR_IBAN, ref="0703B0000008", household=NO_TITULAR),
            _tx("10.00", iban=NO_TITULAR_IBAN, ref="0703B0000009"),
            _tx("35.00", iban=b.KNOWN_IBAN, ref="0703B0000010"),
        ],
    )
    return b.camt_file([day_1, day_2])


def _snapshot(report) -> dict:
    """What an import did, without the ids (two imports are compared)."""
    entries = [
        (e.identity, e.outcome, e.household_id, e.payment.bank_reference if e.payment else None, e.note)
        for e in StatementEntry.objects.select_related("payment").order_by("pk")
    ]
    payments = sorted(
        (p.bank_reference, p.household_id, p.amount, p.paid_on, p.source, p.communication, p.unallocated)
        for p in Payment.objects.filter(source=PaymentSource.BANK_IMPORT).exclude(bank_reference=None)
    )
    dues = sorted(
        (
            d.household_id,
            d.month,
            d.amount,
            d.settled_on,
            d.paid_in_time,
            d.payment.bank_reference if d.payment else None,
        )
        for d in ContributionDue.objects.select_related("payment").filter(household_id__gte=b.PAYS_BY_REFERENCE)
    )
    lines = [(line.sequence, line.outcome, line.household_id, line.months, line.note) for line in report.lines]
    return {"lines": lines, "entries": entries, "payments": payments, "dues": dues, "summary": report.summary}


def _per_entry_matchers(monkeypatch):
    """The payouts' matcher without its prefilter: every entry takes the per-entry path (``_match``,
    ``payment_record`` for each credit), as before the bulk path."""
    monkeypatch.setattr(statements, "ENTRY_MATCHERS", [lambda row: statements._payout(row)])


def test_the_bulk_path_books_what_the_per_entry_path_books(monkeypatch):
    Household(pk=NO_TITULAR, city="Gent", postal_code="9000").save()
    data = mixed_file()

    # the per-entry path, rolled back
    with transaction.atomic():
        with monkeypatch.context() as patch:
            _per_entry_matchers(patch)
            with CaptureQueriesContext(connection) as per_entry_queries:
                one_by_one = _snapshot(statements.statement_import(file_bytes=data, file_name="mixed.xml"))
        transaction.set_rollback(True)
    assert StatementEntry.objects.count() == 0 and not Payment.objects.filter(source=PaymentSource.BANK_IMPORT)

    # the bulk path
    with CaptureQueriesContext(connection) as queries:
        bulk = _snapshot(statements.statement_import(file_bytes=data, file_name="mixed.xml"))

    assert bulk == one_by_one
    # and what that is: the statement's story
    outcomes = [(seq, outcome, household) for seq, outcome, household, _months, _note in bulk["lines"]]
    assert outcomes[5:] == [
        ("1", EntryOutcome.MATCHED, b.PAYS_BY_IBAN),
        ("2", EntryOutcome.COLLECTION_RETURNED, b.CLOSED_ACCOUNT),
        ("3", EntryOutcome.MATCHED, b.CLOSED_ACCOUNT),
        ("4", EntryOutcome.MATCHED, b.PAYS_BY_IBAN),
        ("5", EntryOutcome.MATCHED, b.PAYS_BY_REFERENCE),
        ("6", EntryOutcome.MATCHED, b.PAYS_BY_REFERENCE),
        ("7", EntryOutcome.MATCHED, b.PAYS_BY_REFERENCE),
        ("8", EntryOutcome.UNMATCHED, None),
        ("9", EntryOutcome.UNMATCHED, None),
        ("10", EntryOutcome.UNMATCHED, None),
        ("11", EntryOutcome.MATCHED, b.PAYS_BY_IBAN),
    ]
    months = {seq: [str(m) for m in line_months] for seq, _o, _h, line_months, _n in bulk["lines"][5:]}
    # the return reopened 01–07 first: the credit after it pays the two oldest
    assert months["3"] == ["2026-01", "2026-02"]
    # the same household's later credits see what the earlier ones settled
    assert months["1"] == ["2026-01", "2026-02", "2026-03"] and months["4"] == ["2026-04"]
    assert months["11"] == ["2026-05", "2026-06", "2026-07"]
    notes = {seq: note for seq, _o, _h, _m, note in bulk["lines"][5:]}
    assert "no titular" in notes["9"] and notes["10"] == ""  # a refused payment makes no known payer
    assert bulk["summary"] == "entries 16, matched 11, unmatched 4, duplicates 0, returns 1"
    # the ordinary credits were not booked one by one
    print(len(queries.captured_queries), len(per_entry_queries.captured_queries))
    assert len(queries.captured_queries) < len(per_entry_queries.captured_queries) / 2


def test_a_refused_line_goes_to_the_unmatched_queue_and_the_others_are_booked():
    Household(pk=NO_TITULAR, city="Gent", postal_code="9000").save()
    taken = b.Stmt(
        104,
        b.DAY_2,
        [
            _tx("10.00", iban="", ref="0703C0000001", household=b.PAYS_BY_REFERENCE),
            _tx("10.00", iban="", ref="0703C0000002", household=NO_TITULAR),
            _tx("10.00", iban="", ref="0703C0000003", household=b.PAYS_BY_IBAN),
            _tx("10.00", iban="", ref="0703C0000004", household=b.COLLECTED),
        ],
    )
    # the last line's bank reference was recorded by hand already (a payment with the same reference)
    Payment.objects.create(
        household_id=b.COLLECTED,
        amount=Decimal("10.00"),
        paid_on=b.DAY_2,
        source=PaymentSource.CLERK,
        bank_reference=f"{b.FUND_IBAN}|0703C0000004",
    )

    report = statements.statement_import(file_bytes=b.camt_file([taken]), file_name="taken.xml")

    assert [line.outcome for line in report.lines] == [
        EntryOutcome.MATCHED,
        EntryOutcome.UNMATCHED,
        EntryOutcome.MATCHED,
        EntryOutcome.UNMATCHED,
    ]
    assert report.lines[1].note == f"Household {NO_TITULAR} has no titular: no dues are owed."
    assert "already imported" in report.lines[3].note
    stored = StatementEntry.objects.order_by("pk")
    assert [(e.outcome, e.household_id, e.payment_id is not None) for e in stored] == [
        (EntryOutcome.MATCHED, b.PAYS_BY_REFERENCE, True),
        (EntryOutcome.UNMATCHED, None, False),
        (EntryOutcome.MATCHED, b.PAYS_BY_IBAN, True),
        (EntryOutcome.UNMATCHED, None, False),
    ]
    assert "no titular" in stored[1].note
    # each matched entry is linked to its payment, which settled its month (January, the oldest)
    for entry in (stored[0], stored[2]):
        assert entry.payment.household_id == entry.household_id and entry.payment.amount == Decimal("10.00")
        assert entry.payment.bank_reference == entry.payment_reference
        assert list(entry.payment.dues.values_list("month", flat=True)) == [date(2026, 1, 1)]
    # bulk writes are audited: each entry and each payment has its CREATE entry, with the import named
    for model, pks in (
        (StatementEntry, [e.pk for e in stored]),
        (Payment, [stored[0].payment_id, stored[2].payment_id]),
    ):
        logged = LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=pks, action=LogEntry.Action.CREATE
        )
        assert logged.count() == len(pks)
        assert all("statement_import" in entry.additional_data["bulk"] for entry in logged)
    # (on PostgreSQL written by SQL: the same representation and values as log_bulk_create writes)
    logged = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(StatementEntry), object_id=stored[0].pk
    )
    assert logged.object_repr == str(stored[0]) == "03/07/2026 10,00 € Betaler"
    assert {name: logged.changes[name] for name in ("amount", "credit", "booking_date", "household_id", "note")} == {
        "amount": ["None", "10.00"],
        "credit": ["None", "True"],
        "booking_date": ["None", "2026-07-03"],
        "household_id": ["None", str(b.PAYS_BY_REFERENCE)],
        "note": ["None", "by its structured communication"],
    }


def _credits(number: int, count: int, households: list[int], amount: str = "10.00") -> bytes:
    txs = [
        _tx(amount, iban="", ref=f"Q{number}-{index:05d}", household=households[index % len(households)])
        for index in range(count)
    ]
    return b.camt_file([b.Stmt(number, b.DAY_2, txs)])


def test_the_number_of_queries_does_not_grow_with_the_entries():
    households = [b.PAYS_BY_REFERENCE, b.PAYS_BY_IBAN, b.COLLECTED]

    def queries(count: int) -> list[str]:
        """The queries of a statement of ``count`` credits of €100 (each household pays months ahead)."""
        data = _credits(200 + count, count, households, amount="100.00")
        with transaction.atomic(), CaptureQueriesContext(connection) as captured:
            report = statements.statement_import(file_bytes=data, file_name="q.xml")
            assert report.count(EntryOutcome.MATCHED) == count
            assert Payment.objects.filter(source=PaymentSource.BANK_IMPORT).count() == count
            transaction.set_rollback(True)
        return [q["sql"] for q in captured.captured_queries]

    queries(3)  # the content types' cache warmed up
    # (SQLite takes at most 999 parameters per statement: 41 entries per INSERT there, 2,000 on PostgreSQL)
    small, large = queries(4), queries(40)
    assert len(large) == len(small), "\n".join(q[:90] for q in large + ["----"] + small)


def test_importing_a_bulk_statement_again_stores_nothing():
    data = _credits(301, 30, [b.PAYS_BY_REFERENCE, b.PAYS_BY_IBAN])
    first = statements.statement_import(file_bytes=data, file_name="once.xml")
    assert first.summary == "entries 30, matched 30, unmatched 0, duplicates 0, returns 0"
    counts = lambda: (  # noqa: E731
        Statement.objects.count(),
        StatementEntry.objects.count(),
        Payment.objects.count(),
        ContributionDue.objects.count(),
        ContributionDue.objects.filter(settled_on__isnull=False).count(),
    )
    before = counts()

    again = statements.statement_import(file_bytes=data, file_name="twice.xml")

    assert again.summary == "entries 30, matched 0, unmatched 0, duplicates 30, returns 0"
    assert counts() == before
    # the same entries under another statement number: stored as duplicates, nothing booked
    renumbered = statements.statement_import(
        file_bytes=data.replace(b"<ElctrncSeqNb>301<", b"<ElctrncSeqNb>302<"), file_name="renumbered.xml"
    )
    assert renumbered.summary == "entries 30, matched 0, unmatched 0, duplicates 30, returns 0"
    assert StatementEntry.objects.filter(outcome=EntryOutcome.DUPLICATE).count() == 30
    assert counts()[2:] == before[2:]
