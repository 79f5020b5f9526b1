"""Bank statements in (issue #15, "Statements in"): CODA 2.x and camt.053 matched to households,
collections credited and returns reconciled.

    upload → ``statement_import(dry_run=True)``: the preview, what each entry would become
           → ``statement_import(dry_run=False)``: the same, applied, one transaction per statement

The dry run *is* the import, run inside a transaction that is rolled back: the preview shows exactly
what confirming will do, and writes nothing. Each entry (a batch's transactions one by one) is decided
in this order (set-based, see below; the outcome is the one of trying each entry one by one):

1. ``ENTRY_MATCHERS``: functions ``(entry) -> outcome | None`` tried first (the payouts' matcher,
   pain.001 transfers found by their end-to-end id, is added there);
2. a returned direct debit (camt ``RtrInf``, CODA R-transaction or family 05 unpaid) whose end-to-end
   id is a collection item's → ``services.collection_item_return`` with the bank's reason (the
   payment is reversed, the months open again, Art. 8 §2; AC04, MD01 … suspend the mandate);
3. a credit whose end-to-end id is a collection item's, or naming a collection run's message id →
   ``services.collection_settle``;
4. a credit with a household's structured communication (+++…+++) → a contribution payment through
   ``members.services.payment_record`` (the oldest demandable months first, Art. 8 §2);
5. a credit from the IBAN of a known payer (a household's mandate, or an earlier entry matched to
   it) → the same payment;
6. else the **unmatched queue**: a clerk assigns it to a household, or marks it "not ours" or
   "to refund" (``entry_assign``, ``entry_mark``).

A statement is recognised by (account, number, date) and an entry by its identity (the bank's
reference, or account, date, sequence, amount and counterparty): importing the same file again stores
nothing (every entry a duplicate), an overlapping statement books only what is new. One entry that
cannot be read or booked is reported (an unreadable one is not stored; one a service refuses goes to
the unmatched queue with the reason) and the others go on.

**Set-based** (issue #15: 500,000 entries in two minutes). Per statement, a few queries classify every
entry at once: the identities already imported; the candidates of each matcher (its ``prefilter``:
the payouts' matcher asks which end-to-end ids are payout transfers'); the collection items' end-to-end
ids and the runs' message ids named; the households of the structured communications; the known payers
(the households of each IBAN's mandates and earlier matched entries). The *rare* entries — a matcher's
candidates, returns, collection credits — are booked one by one as above, each in its savepoint. The
*ordinary* ones — credits to a household by structured communication or known IBAN, the unmatched
credits and debits, duplicates — are booked in bulk: their payments by
``members.services.payments_record_bulk`` (the households locked in id order, each payment checked
and allocated as ``payment_record`` does, then written set-based and audited), the entries with
their links by COPY and audited by one ``INSERT … SELECT`` (``core.audit.log_bulk_create_sql``;
``bulk_create`` and ``log_bulk_create`` elsewhere than PostgreSQL). A payment it refuses leaves its
entry in the unmatched queue with the reason, as a refusal of ``payment_record`` does.

**Order.** The statement is walked in file order: the ordinary entries between two rare ones form a
batch, booked in bulk *before* the next rare entry, which is booked after it; so every entry sees what
the entries before it in the file did, exactly as one by one (a credit after a return pays the months
the return opened again; a return after a credit finds what the credit settled). Inside a batch,
``plan_statement`` allocates the payments in file order on in-memory ledgers (a household's later
credit sees what its earlier credit settled), and an entry matched earlier in the statement makes its
IBAN a known payer for the later ones, as its stored row would; should the payment of such an entry be
refused (its household has no titular), the batch is booked again without it (a savepoint rolled back).
A statement of ordinary credits only (the common case) is one batch: the queries do not grow with the
number of entries on PostgreSQL (lookups take the values as one array; on SQLite a few more per
thousands of entries). ``statement_import(dry_run=True)`` runs the same and rolls back.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bank import rules, services
from bank.models import (
    CollectionItem,
    CollectionRun,
    EntryOutcome,
    Mandate,
    RunStatus,
    Statement,
    StatementEntry,
)
from bank.statement_formats import (
    ParsedEntry,
    ParsedStatement,
    StatementFileError,
    collector_paused,
    parse,
    structured_digits,
)
from core import audit, bounds
from core.bulk import copy_rows, in_values
from core.money import ZERO, cents
from core.months import Month
from members import services as member_services
from members.models import Household, PaymentSource

#: Tried first, in order, for every entry (unsaved, its fields filled); the first that returns an
#: ``EntryOutcome`` decides it (it may set the entry's links and note). The payouts' matcher is added here.
#: A matcher may carry ``prefilter(rows) -> set of indices into rows``: the entries of a statement it
#: could claim, found for all of them at once (a query or two); only those take the per-entry path
#: and meet the matcher. A matcher without one is tried on every entry (each then goes one by one).
ENTRY_MATCHERS: list[Callable[[StatementEntry], str | None]] = []

#: The largest amount an entry holds (``DecimalField(14, 2)``).
MAX_AMOUNT = Decimal("999999999999.99")
#: A collection run's message id inside a communication (``bank.rules.message_id``).
_MESSAGE_ID = re.compile(r"ZFDD-\d{8}-[A-Z0-9]{1,8}")
#: Outcomes counted as "matched" on the summary line.
MATCHED_OUTCOMES = (EntryOutcome.MATCHED, EntryOutcome.COLLECTION_CREDITED, EntryOutcome.PAYOUT)
#: An outcome for an entry that could not be read (reported, not stored).
ERROR = "error"
#: Entries per ``INSERT`` of the bulk path.
ENTRIES_PER_INSERT = 2000
#: An entry's fields in its audit entry when stored in bulk (``core.audit.log_bulk_create``).
AUDITED_FIELDS = [
    "identity",
    "amount",
    "credit",
    "booking_date",
    "counterparty_iban",
    "structured_communication",
    "end_to_end_id",
    "outcome",
    "household_id",
    "payment_id",
    "note",
]


@dataclass
class EntryLine:
    """What one entry became (or would become, in a dry run)."""

    statement: str
    sequence: str
    booking_date: date | None
    amount: Decimal | None
    credit: bool
    outcome: str
    household_id: int | None = None
    counterparty: str = ""
    reference: str = ""
    note: str = ""
    months: list[Month] = field(default_factory=list)
    entry_id: int | None = None

    def text(self) -> str:
        """One line of the command's output: date, amount, outcome, to whom, why."""
        amount = "?" if self.amount is None else f"{'+' if self.credit else '-'}{self.amount}"
        day = self.booking_date.isoformat() if self.booking_date else "????-??-??"
        label = {EntryOutcome.COLLECTION_RETURNED: "return", ERROR: "error"}.get(self.outcome, self.outcome)
        parts = [f"{self.statement} #{self.sequence}", day, amount, label]
        if self.household_id:
            parts.append(f"household {self.household_id}")
        if self.months:
            parts.append(
                f"months {self.months[0]}–{self.months[-1]}" if len(self.months) > 1 else f"month {self.months[0]}"
            )
        if self.reference:
            parts.append(self.reference)
        if self.counterparty:
            parts.append(f"({self.counterparty})")
        if self.note:
            parts.append(f"— {self.note}")
        return " ".join(parts)


@dataclass
class ImportReport:
    format: str
    file_name: str
    dry_run: bool
    statements: list[str] = field(default_factory=list)
    duplicate_statements: list[str] = field(default_factory=list)
    lines: list[EntryLine] = field(default_factory=list)

    def count(self, *outcomes: str) -> int:
        return sum(1 for line in self.lines if line.outcome in outcomes)

    @property
    def summary(self) -> str:
        """``entries N, matched M, unmatched U, duplicates D, returns R`` (the issue's contract; an
        entry that could not be read counts as unmatched)."""
        return (
            f"entries {len(self.lines)}, matched {self.count(*MATCHED_OUTCOMES)}, "
            f"unmatched {self.count(EntryOutcome.UNMATCHED, ERROR)}, "
            f"duplicates {self.count(EntryOutcome.DUPLICATE)}, returns {self.count(EntryOutcome.COLLECTION_RETURNED)}"
        )


def statement_import(*, file_bytes: bytes, file_name: str = "", user=None, dry_run: bool = False) -> ImportReport:
    """Read a CODA or camt.053 file and book it (see the module). A file that cannot be read raises
    a ``ValidationError`` on ``file`` naming the line or element; nothing is stored."""
    if not file_bytes:
        raise ValidationError({"file": _("The file is empty.")})
    if len(file_bytes) > settings.BANK_IMPORT_MAX_BYTES:
        raise ValidationError(
            {"file": _("The file is larger than %(mb)d MB.") % {"mb": settings.BANK_IMPORT_MAX_BYTES // (1024 * 1024)}}
        )
    try:
        kind, statements = parse(file_bytes)
    except StatementFileError as exc:
        raise ValidationError({"file": _("Not a readable CODA or camt.053 file: %(error)s") % {"error": exc}}) from exc
    entries = sum(len(s.entries) for s in statements)
    if entries > settings.BANK_IMPORT_MAX_ROWS:
        raise ValidationError(
            {
                "file": _("%(n)d entries: at most %(max)d per file.")
                % {"n": entries, "max": settings.BANK_IMPORT_MAX_ROWS}
            }
        )
    today = timezone.localdate()
    for parsed in statements:  # checked for all before anything is applied
        problem = bounds.past_date_problem(parsed.statement_date, today=today, earliest=date(bounds.FIRST_YEAR, 1, 1))
        if problem:
            raise ValidationError({"file": f"{_label(parsed)}: {problem}"})
    report = ImportReport(format=kind, file_name=file_name, dry_run=dry_run)
    digest = hashlib.sha256(file_bytes).hexdigest()
    seen: set[str] = set()
    with collector_paused():  # the entries, their rows and lines: millions of objects, no cycles
        if dry_run:
            with transaction.atomic():
                for parsed in statements:
                    _import_statement(parsed, report=report, digest=digest, user=user, seen=seen)
                transaction.set_rollback(True)
        else:
            for parsed in statements:
                _import_statement(parsed, report=report, digest=digest, user=user, seen=seen)
    return report


def _label(parsed: ParsedStatement) -> str:
    return f"{parsed.account_iban}/{parsed.number}"


def _import_statement(parsed: ParsedStatement, *, report: ImportReport, digest: str, user, seen: set[str]) -> None:
    label = _label(parsed)
    account, number = parsed.account_iban[:34], parsed.number[:35]
    if Statement.objects.filter(account_iban=account, number=number, statement_date=parsed.statement_date).exists():
        report.duplicate_statements.append(label)
        for entry in parsed.entries:
            report.lines.append(_line(label, entry, EntryOutcome.DUPLICATE, note=_("statement already imported")))
        return
    try:
        with transaction.atomic(), audit.action(name="bank.statement_import", user=user, reason=report.file_name):
            statement = Statement.objects.create(
                account_iban=account,
                number=number,
                statement_date=parsed.statement_date,
                format=parsed.format,
                file_name=(report.file_name or "")[-255:],
                sha256=digest,
                opening_balance=_money(parsed.opening_balance),
                closing_balance=_money(parsed.closing_balance),
                entry_count=len(parsed.entries),
                imported_by=user if getattr(user, "pk", None) else None,
            )
            lines = _Booking(statement, parsed, seen=seen, user=user, file_name=report.file_name).run()
    except IntegrityError:  # the same statement imported at this very moment by someone else
        report.duplicate_statements.append(label)
        lines = [_line(label, e, EntryOutcome.DUPLICATE, note=_("statement already imported")) for e in parsed.entries]
    report.statements.append(label)
    report.lines.extend(lines)


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None or abs(value) > MAX_AMOUNT else cents(value)


def _identity(parsed: ParsedStatement, entry: ParsedEntry) -> str:
    """The bank's reference (stable from one statement to the next); else what the movement is."""
    if entry.bank_reference:
        return f"{parsed.account_iban}|{entry.bank_reference}"[:200]
    who = entry.counterparty_iban or entry.counterparty_name
    return (
        f"{parsed.account_iban}|{entry.booking_date}|{entry.sequence}|{'C' if entry.credit else 'D'}"
        f"{entry.amount}|{who}"
    )[:200]


def _line(label: str, entry: ParsedEntry, outcome: str, *, note: str = "", **extra) -> EntryLine:
    return EntryLine(
        statement=label,
        sequence=entry.sequence,
        booking_date=entry.booking_date,
        amount=None if entry.amount is None else cents(entry.amount),
        credit=entry.credit,
        outcome=outcome,
        counterparty=" ".join(p for p in (entry.counterparty_name, entry.counterparty_iban) if p),
        reference=entry.structured_communication or entry.end_to_end_id,
        note=note,
        **extra,
    )


def _entry_problem(entry: ParsedEntry, today: date, dates: dict[date, str | None] | None = None) -> str:
    """Why the entry cannot be booked ("" when it can); ``dates`` keeps the date checks of one import
    (a statement has few booking dates)."""
    if entry.error:
        return entry.error
    if entry.booking_date is None:
        return f"{entry.where}: no booking date"
    if entry.amount is None or entry.amount > MAX_AMOUNT:
        return f"{entry.where}: {entry.amount} is more than an entry can hold"
    dates = {} if dates is None else dates
    if entry.booking_date not in dates:
        dates[entry.booking_date] = bounds.payment_date_problem(entry.booking_date, today=today)
    problem = dates[entry.booking_date]
    return f"{entry.where}: {problem}" if problem else ""


@functools.cache
def _row_defaults() -> dict[str, object]:
    """Every concrete field of an entry (by attribute name, in order) and its default."""
    return {f.attname: f.get_default() for f in StatementEntry._meta.concrete_fields}


def _row(statement: Statement, parsed: ParsedStatement, entry: ParsedEntry) -> StatementEntry:
    """The unsaved entry, built with positional values (Django's fast path, as ``from_db`` builds
    rows: half the cost of keywords, for half a million entries)."""
    values = dict(_row_defaults())
    values.update(
        statement_id=statement.pk,
        identity=_identity(parsed, entry),
        sequence=entry.sequence[:20],
        amount=cents(entry.amount),
        credit=entry.credit,
        booking_date=entry.booking_date,
        value_date=entry.value_date,
        counterparty_name=entry.counterparty_name[:140],
        counterparty_iban=entry.counterparty_iban[:34],
        counterparty_bic=entry.counterparty_bic[:11],
        structured_communication=entry.structured_communication,
        communication=entry.communication[:400],
        bank_reference=entry.bank_reference[:64],
        end_to_end_id=entry.end_to_end_id[:35],
        transaction_code=entry.transaction_code[:40],
        return_reason=entry.return_reason[:4],
    )
    return StatementEntry(*values.values())


def _in_chunks(queryset, field_name: str, values, result: str, *, text: bool = True):
    """``queryset.filter(<field>__in=values).values_list(result)``: on PostgreSQL one query with the
    values as one array, elsewhere a few thousand per query (``core.bulk.in_values``)."""
    values = sorted(values)
    if not values:
        return
    queryset = queryset.order_by()  # (an entry's default order would join its statement)
    for condition in in_values(field_name, values, text=text):
        yield from queryset.filter(condition).values_list(*result.split(","))


#: The columns an entry stored in bulk fills (the others are the clerk's: empty).
STORED_FIELDS = [
    "statement",
    "identity",
    "sequence",
    "amount",
    "credit",
    "booking_date",
    "value_date",
    "counterparty_name",
    "counterparty_iban",
    "counterparty_bic",
    "structured_communication",
    "communication",
    "bank_reference",
    "end_to_end_id",
    "transaction_code",
    "return_reason",
    "outcome",
    "note",
    "household",
    "payment",
]
#: On PostgreSQL, ``str(value)`` of each audited field as SQL over the entry ``t`` (``log_bulk_create_sql``).
_AUDITED_SQL = {
    "identity": "t.identity",
    "amount": "t.amount::text",
    "credit": "CASE WHEN t.credit THEN 'True' ELSE 'False' END",
    "booking_date": "to_char(t.booking_date, 'YYYY-MM-DD')",
    "counterparty_iban": "t.counterparty_iban",
    "structured_communication": "t.structured_communication",
    "end_to_end_id": "t.end_to_end_id",
    "outcome": "t.outcome",
    "household_id": "coalesce(t.household_id::text, 'None')",
    "payment_id": "coalesce(t.payment_id::text, 'None')",
    "note": "t.note",
}
#: ``str(entry)``, "03/07/2026 -1.234,56 € Jan Peeters", as SQL (Belgian format, without the locale machinery).
_REPRESENTATION_SQL = (
    "btrim(to_char(t.booking_date, 'DD/MM/YYYY') || ' ' || CASE WHEN t.credit THEN '' ELSE '-' END || "
    "translate(to_char(t.amount, 'FM999,999,999,990.00'), ',.', '.,') || ' € ' || t.counterparty_name)"
)


def _store(rows: list[StatementEntry], *, actor, note: str) -> None:
    """Insert the entries (their ``pk`` set) and audit them as bulk writes are audited: on PostgreSQL
    ids from the table's sequence, the rows by COPY and the audit entries by one ``INSERT … SELECT``;
    elsewhere ``bulk_create`` and ``log_bulk_create``."""
    if not rows:
        return
    if connection.vendor != "postgresql":
        StatementEntry.objects.bulk_create(rows, batch_size=ENTRIES_PER_INSERT)
        audit.log_bulk_create(rows, fields=AUDITED_FIELDS, actor=actor, note=note)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [StatementEntry._meta.db_table, len(rows)],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
    attnames = [StatementEntry._meta.get_field(name).attname for name in STORED_FIELDS]
    for row, pk in zip(rows, ids, strict=True):
        row.pk = pk
    # (an entry imported meanwhile by someone else: the unique identity refuses it, an IntegrityError)
    with connection.wrap_database_errors:
        copy_rows(
            StatementEntry, ["id", *STORED_FIELDS], ([row.pk, *(getattr(row, a) for a in attnames)] for row in rows)
        )
    audit.log_bulk_create_sql(
        StatementEntry, ids, changes=_AUDITED_SQL, representation=_REPRESENTATION_SQL, actor=actor, note=note
    )


class _Redo(Exception):
    """A refused payment changed who a later entry's IBAN names: the batch is booked again."""


class _Booking:
    """One statement's entries classified with a few set-based lookups, then booked in file order:
    the rare ones one by one (``_match``, a savepoint each), the runs of ordinary entries between
    them in bulk (see the module)."""

    def __init__(self, statement: Statement, parsed: ParsedStatement, *, seen: set[str], user, file_name: str):
        self.statement, self.parsed, self.seen, self.user = statement, parsed, seen, user
        self.label = _label(parsed)
        self.note = f"bank.statement_import {self.label} {file_name}".strip()[:200]
        self.lines: list[EntryLine | None] = [None] * len(parsed.entries)
        #: the entries to store, in file order: (place in the statement, parsed, row)
        self.rows: list[tuple[int, ParsedEntry, StatementEntry]] = []
        self.rare: set[int] = set()  # positions in ``rows`` booked one by one
        self.credits: set[int] = set()  # positions of the ordinary credits (a payment, or the unmatched queue)
        self.by_reference: dict[int, int] = {}  # position → household of its structured communication
        self.payers: dict[str, set[int]] = {}  # IBAN → the households it paid (known payers)
        self.months: dict[int, list[Month]] = {}

    def run(self) -> list[EntryLine]:
        today = timezone.localdate()
        dates: dict[date, str | None] = {}
        for index, entry in enumerate(self.parsed.entries):
            problem = _entry_problem(entry, today, dates)
            if problem:
                self.lines[index] = _line(self.label, entry, ERROR, note=problem)
            else:
                self.rows.append((index, entry, _row(self.statement, self.parsed, entry)))
        known: set[str] = set()
        for (identity,) in _in_chunks(
            StatementEntry.objects.exclude(outcome=EntryOutcome.DUPLICATE),
            "identity",
            {row.identity for _i, _e, row in self.rows},
            "identity",
        ):
            known.add(identity)
        fresh = []
        for position, (_index, _entry, row) in enumerate(self.rows):
            if row.identity in known or row.identity in self.seen:
                row.outcome = EntryOutcome.DUPLICATE
                row.note = _("already imported with an earlier statement")
            else:
                self.seen.add(row.identity)
                fresh.append(position)
        self._classify(fresh)
        batch: list[int] = []
        for position in range(len(self.rows)):
            if position in self.rare:
                self._book_batch(batch)
                batch = []
                self._book_rare(position)
            else:
                batch.append(position)
        self._book_batch(batch)
        return [line for line in self.lines if line is not None]  # every entry has its line now

    # --- classifying ------------------------------------------------------------------------------------

    def _classify(self, fresh: list[int]) -> None:
        """Which fresh entries take the per-entry path (a matcher's candidates, returns, collection
        credits), which are ordinary credits, and the households and known payers those name."""
        rows = self.rows
        for matcher in ENTRY_MATCHERS:
            prefilter = getattr(matcher, "prefilter", None)
            if prefilter is None:  # tried on every entry, so every entry goes the per-entry way
                self.rare.update(fresh)
                return
            candidates = prefilter([rows[p][2] for p in fresh])
            self.rare.update(fresh[i] for i in candidates)
        rest = []
        for position in fresh:
            entry = rows[position][1]
            if position in self.rare:
                continue
            if entry.is_return or (not entry.credit and entry.return_reason):
                self.rare.add(position)
            elif not entry.credit:
                row = rows[position][2]
                row.outcome = EntryOutcome.UNMATCHED
                row.note = _("money out that no payout or return explains")
            else:
                rest.append(position)
        if not rest:
            return
        # a credit of a direct-debit collection: an item's end-to-end id, or a run's message id named
        items = {
            e2e
            for (e2e,) in _in_chunks(
                CollectionItem.objects.all(),
                "end_to_end_id",
                {rows[p][1].end_to_end_id for p in rest} - {""},
                "end_to_end_id",
            )
        }
        named = {
            p: set(
                _MESSAGE_ID.findall(
                    " ".join((rows[p][1].communication, rows[p][1].end_to_end_id, rows[p][1].bank_reference))
                )
            )
            for p in rest
        }
        runs = {
            name
            for (name,) in _in_chunks(
                CollectionRun.objects.all(), "message_id", set().union(*named.values()), "message_id"
            )
        }
        for position in rest:
            if rows[position][1].end_to_end_id in items or named[position] & runs:
                self.rare.add(position)
            else:
                self.credits.add(position)
        # the households named by a structured communication, and the known payers' IBANs
        wanted = {}
        for position in self.credits:
            digits = rows[position][1].structured_reference
            if len(digits) == 12:
                wanted[position] = int(digits[:10])
        existing = {pk for (pk,) in _in_chunks(Household.objects.all(), "pk", set(wanted.values()), "pk", text=False)}
        self.by_reference = {p: pk for p, pk in wanted.items() if pk in existing}
        ibans = {rows[p][2].counterparty_iban for p in self.credits if p not in self.by_reference} - {""}
        for iban, household_id in _in_chunks(Mandate.objects.all(), "iban", ibans, "iban,household_id"):
            self.payers.setdefault(iban, set()).add(household_id)
        matched = StatementEntry.objects.filter(outcome=EntryOutcome.MATCHED, household__isnull=False)
        for iban, household_id in _in_chunks(matched, "counterparty_iban", ibans, "counterparty_iban,household_id"):
            self.payers.setdefault(iban, set()).add(household_id)

    # --- booking ----------------------------------------------------------------------------------------

    def _book_rare(self, position: int) -> None:
        index, entry, row = self.rows[position]
        row.statement = self.statement  # (named in the reason of what it books)
        months: list[Month] = []
        try:
            with transaction.atomic():
                months = _match(row, entry, user=self.user)
        except ValidationError as exc:
            row.outcome = EntryOutcome.UNMATCHED
            row.household = None
            row.payment = None
            row.collection_item = None
            row.collection_run = None
            row.note = "; ".join(exc.messages)[:300]
        row.save()
        if row.outcome == EntryOutcome.MATCHED and row.household_id and row.counterparty_iban:
            self.payers.setdefault(row.counterparty_iban, set()).add(row.household_id)
        self.lines[index] = _line(
            self.label, entry, row.outcome, note=row.note, household_id=row.household_id, months=months, entry_id=row.pk
        )

    def _decide(self, batch: list[int], refused: set[tuple[int, int]]) -> dict[int, tuple[int, str]]:
        """The household each ordinary credit of the batch pays (position → household, how), in file
        order: an entry matched earlier in the batch makes its IBAN a known payer for the later ones,
        as a stored entry would (unless its payment was refused: ``refused``)."""
        by_reference, by_iban = _("by its structured communication"), _("by the payer's IBAN (a known payer)")
        added: dict[str, set[int]] = {}
        decided = {}
        for position in batch:
            if position not in self.credits:
                continue
            iban = self.rows[position][2].counterparty_iban
            household_id, how = self.by_reference.get(position), by_reference
            if household_id is None and iban:
                payers = self.payers.get(iban, set()) | added.get(iban, set())
                household_id, how = (next(iter(payers)), by_iban) if len(payers) == 1 else (None, "")
            if household_id is None:
                continue
            decided[position] = (household_id, how)
            if iban and (position, household_id) not in refused:
                added.setdefault(iban, set()).add(household_id)
        return decided

    def _book_batch(self, batch: list[int]) -> None:
        """The ordinary entries between two rare ones: their payments recorded in one
        ``payments_record_bulk``, the entries stored and audited together (``_store``)."""
        if not batch:
            return
        rows = self.rows
        refused: set[tuple[int, int]] = set()
        while True:
            decided = self._decide(batch, refused)
            paying = list(decided)
            if not paying:
                results = []
                break
            try:
                with transaction.atomic():
                    results = member_services.payments_record_bulk(
                        payments=[
                            member_services.BulkPayment(
                                household_id=decided[p][0],
                                amount=rows[p][2].amount,
                                paid_on=rows[p][2].booking_date,
                                bank_reference=rows[p][2].payment_reference,
                                communication=(rows[p][2].structured_communication or rows[p][2].communication)[:140],
                            )
                            for p in paying
                        ],
                        actor=self.user if getattr(self.user, "pk", None) else None,
                        note=self.note,
                    )
                    newly = {
                        (p, decided[p][0])
                        for p, result in zip(paying, results, strict=True)
                        if result.refused and rows[p][2].counterparty_iban
                    } - refused
                    if newly and self._decide(batch, refused | newly) != decided:
                        refused |= newly
                        raise _Redo
            except _Redo:
                continue
            break
        for position, result in zip(paying, results, strict=True):
            row = rows[position][2]
            if result.refused:
                row.outcome = EntryOutcome.UNMATCHED
                row.note = result.refused[:300]
                continue
            row.outcome = EntryOutcome.MATCHED
            row.household_id, row.note = decided[position]
            row.payment_id = result.payment_id
            self.months[position] = result.months
            if row.counterparty_iban:
                self.payers.setdefault(row.counterparty_iban, set()).add(row.household_id)
        for position in batch:
            row = rows[position][2]
            if not row.outcome:
                row.outcome = EntryOutcome.UNMATCHED
        _store([rows[p][2] for p in batch], actor=self.user if getattr(self.user, "pk", None) else None, note=self.note)
        for position in batch:
            index, entry, row = rows[position]
            self.lines[index] = _line(
                self.label,
                entry,
                row.outcome,
                note=row.note,
                household_id=row.household_id,
                months=self.months.get(position, []),
                entry_id=row.pk,
            )


def _match(row: StatementEntry, entry: ParsedEntry, *, user) -> list[Month]:
    """Decide the entry (and book what it says); the months a contribution payment settled."""
    for matcher in ENTRY_MATCHERS:
        outcome = matcher(row)
        if outcome:
            row.outcome = outcome
            return []
    reason = f"bank statement {row.statement}, entry {row.sequence}"
    if entry.is_return or (not entry.credit and entry.return_reason):
        item = _item(entry.end_to_end_id)
        if item is None:
            row.outcome = EntryOutcome.UNMATCHED
            row.note = _("a return of a direct debit that is not ours (end-to-end id %(id)s)") % {
                "id": entry.end_to_end_id or "—"
            }
            return []
        code = (entry.return_reason or "").upper()
        if code not in rules.RETURN_REASONS:
            row.note = _("the bank gave reason %(code)r: recorded as MS03") % {"code": code}
            code = "MS03"
        services.collection_item_return(item=item, reason_code=code, on=row.booking_date, user=user, reason=reason)
        row.outcome = EntryOutcome.COLLECTION_RETURNED
        row.return_reason = code
        row.collection_item = item
        row.collection_run_id = item.run_id
        row.household_id = item.household_id
        return []
    if not entry.credit:
        row.outcome = EntryOutcome.UNMATCHED
        row.note = _("money out that no payout or return explains")
        return []
    item = _item(entry.end_to_end_id)
    run = item.run if item is not None else _run_named(entry)
    if run is not None:
        if run.status == RunStatus.GENERATED:
            services.collection_settle(run=run, on=row.booking_date, user=user, reason=reason)
        row.outcome = EntryOutcome.COLLECTION_CREDITED
        row.collection_run = run
        if item is not None:
            item.refresh_from_db(fields=["payment", "status"])
            row.collection_item = item
            row.household_id = item.household_id
            if item.payment_id and not StatementEntry.objects.filter(payment_id=item.payment_id).exists():
                row.payment_id = item.payment_id
        return []
    household_id = _household_by_reference(entry.structured_reference)
    how = _("by its structured communication")
    if household_id is None:
        household_id = _household_by_iban(row.counterparty_iban)
        how = _("by the payer's IBAN (a known payer)")
    if household_id is None:
        row.outcome = EntryOutcome.UNMATCHED
        return []
    result = member_services.payment_record(
        household=household_id,
        amount=row.amount,
        paid_on=row.booking_date,
        source=PaymentSource.BANK_IMPORT,
        bank_reference=row.payment_reference,
        communication=(row.structured_communication or row.communication)[:140],
    )
    row.outcome = EntryOutcome.MATCHED
    row.household_id = household_id
    row.payment = result.payment
    row.note = how
    return sorted(result.months)


def _item(end_to_end_id: str) -> CollectionItem | None:
    if not end_to_end_id:
        return None
    return CollectionItem.objects.select_related("run").filter(end_to_end_id=end_to_end_id).first()


def _run_named(entry: ParsedEntry) -> CollectionRun | None:
    names = set(_MESSAGE_ID.findall(" ".join((entry.communication, entry.end_to_end_id, entry.bank_reference))))
    if not names:
        return None
    return CollectionRun.objects.defer("xml").filter(message_id__in=sorted(names)).first()


def _household_by_reference(digits: str) -> int | None:
    if len(digits) != 12:
        return None
    household_id = int(digits[:10])
    return household_id if Household.objects.filter(pk=household_id).exists() else None


def _household_by_iban(iban: str) -> int | None:
    """The one household that pays from this IBAN (its mandate, or an earlier entry matched to it);
    None when none or several do."""
    if not iban:
        return None
    households = set(Mandate.objects.filter(iban=iban).values_list("household_id", flat=True))
    households |= set(
        StatementEntry.objects.filter(counterparty_iban=iban, outcome=EntryOutcome.MATCHED, household__isnull=False)
        .values_list("household_id", flat=True)
        .distinct()
    )
    return households.pop() if len(households) == 1 else None


# --- the unmatched queue: what a clerk decides ------------------------------------------------------------


def _locked_unmatched(entry: StatementEntry | int) -> StatementEntry:
    pk = entry.pk if isinstance(entry, StatementEntry) else entry
    locked = StatementEntry.objects.select_for_update().filter(pk=pk).first()
    if locked is None:
        raise ValidationError({"entry": _("Statement entry %(id)s does not exist.") % {"id": pk}})
    if locked.outcome != EntryOutcome.UNMATCHED:
        raise ValidationError(
            {
                "entry": _("This entry is not in the unmatched queue (%(outcome)s).")
                % {"outcome": locked.get_outcome_display()}
            }
        )
    return locked


def entry_assign(*, entry: StatementEntry | int, household: Household | int, user, reason: str = "") -> StatementEntry:
    """A clerk assigns an unmatched credit to a household: a contribution payment (the oldest
    demandable months first, Art. 8 §2), as if the member had written the structured communication."""
    household_id = household.pk if isinstance(household, Household) else household
    if not bounds.is_id(household_id) or not Household.objects.filter(pk=household_id).exists():
        raise ValidationError({"household": _("Household %(id)s does not exist.") % {"id": household_id}})
    with transaction.atomic(), audit.action(name="bank.statement_entry_assign", user=user, reason=reason):
        locked = _locked_unmatched(entry)
        if not locked.credit or locked.amount <= ZERO:
            raise ValidationError({"entry": _("Only money in is assigned to a household.")})
        result = member_services.payment_record(
            household=household_id,
            amount=locked.amount,
            paid_on=locked.booking_date,
            source=PaymentSource.BANK_IMPORT,
            bank_reference=locked.payment_reference,
            communication=(locked.structured_communication or locked.communication)[:140],
        )
        locked.outcome = EntryOutcome.MATCHED
        locked.household_id = household_id
        locked.payment = result.payment
        locked.assigned_by = user if getattr(user, "pk", None) else None
        locked.assigned_at = timezone.now()
        locked.note = (reason or _("assigned by a clerk"))[:300]
        locked.save(update_fields=["outcome", "household", "payment", "assigned_by", "assigned_at", "note"])
    return locked


def entry_mark(*, entry: StatementEntry | int, outcome: str, user, reason: str) -> StatementEntry:
    """A clerk marks an unmatched entry "not ours" (a transfer meant for someone else) or "to refund"
    (money the fund pays back), saying why."""
    if outcome not in (EntryOutcome.NOT_OURS, EntryOutcome.TO_REFUND):
        raise ValidationError({"outcome": _("An entry is marked not ours or to refund.")})
    if len((reason or "").strip()) < 5:
        raise ValidationError({"reason": _("Say why (kept with the entry and in the audit trail).")})
    with transaction.atomic(), audit.action(name=f"bank.statement_entry_{outcome}", user=user, reason=reason):
        locked = _locked_unmatched(entry)
        locked.outcome = outcome
        locked.assigned_by = user if getattr(user, "pk", None) else None
        locked.assigned_at = timezone.now()
        locked.note = reason.strip()[:300]
        locked.save(update_fields=["outcome", "assigned_by", "assigned_at", "note"])
    return locked


def household_of_reference(text: str) -> int | None:
    """A household picked by its structured communication (+++…+++) or its number."""
    text = (text or "").strip()
    if text.isdigit() and len(text) <= 10:
        return int(text)
    digits = structured_digits(text)
    return int(digits[:10]) if digits else None


def _payout(row: StatementEntry) -> str | None:
    """pain.001 transfers, found by their end-to-end id (``bank.payouts``): a debit of the transfer's amount
    pays it, a transfer that comes back (a credit, or a return reason) rejects it with the bank's reason."""
    from bank import payouts

    outcome = payouts.match_statement_entry(
        payouts.StatementLine(
            end_to_end_id=row.end_to_end_id,
            amount=row.amount,
            direction="credit" if row.credit else "debit",
            booking_date=row.booking_date,
            return_reason=row.return_reason,
        )
    )
    if outcome is None:
        return None
    row.note = str(outcome)[:300]
    return EntryOutcome.PAYOUT


def _payout_candidates(rows: list[StatementEntry]) -> set[int]:
    """The entries whose end-to-end id is a payout transfer's (one query per few thousand entries)."""
    from bank import payouts

    transfers = payouts.transfer_end_to_end_ids(row.end_to_end_id for row in rows)
    return {index for index, row in enumerate(rows) if row.end_to_end_id.strip() in transfers}


_payout.prefilter = _payout_candidates  # type: ignore[attr-defined]
ENTRY_MATCHERS.append(_payout)
