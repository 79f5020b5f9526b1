"""Bank statement imports: a statement (CSV with ``;`` or ``,``, or XLSX; UTF-8, UTF-16 or
Windows-1252/Latin-1) becomes contribution payments, in the background and set-based.

    upload  →  validate (the dry run: every row checked, nothing written)  →  apply (one transaction)

Each line is one payment with the same outcome as ``services.payment_record`` called for the lines
one after the other (a test imports the same statement both ways and compares payments and dues):
named months must match the amount; otherwise the oldest open months the fund can still demand
(Art. 8 §2) are settled first, whole months, then up to twelve months ahead, and the rest stays as
the payment's unallocated credit. The work is done for the whole statement at once: the
households' facts and open dues are fetched in a few queries, every line is allocated in Python with
the pure rules (``rules.allocate_oldest_first``, ``rules.contribution_prescribed``) on an in-memory
ledger, so a household's later lines see what its earlier lines settled; then the payments are
inserted in bulk, the months the lines booked written (priced as ``services.dues_book`` prices them,
already settled when a line paid them) and the dues that were open settled in one statement. When any line is wrong nothing is imported, and every wrong line is listed with its row
number and field.

Set-based writes send no signals: every payment gets its django-auditlog entry
(``core.audit.log_bulk_create``); the dues it settled are recorded on the import (counts) and found
through their payment.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Max, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.audit import log_bulk_create
from core.bulk import copy_rows
from core.import_formats import detect_encoding, is_xlsx, read_rows
from core.money import ZERO, cents
from core.months import Month, month_range
from members import rules, selectors
from members.models import (
    BANK_IMPORT_LIVE_STATUSES,
    BankImport,
    BankImportStatus,
    ContributionDue,
    Household,
    Payment,
    PaymentSource,
    household_from_reference,
)

logger = logging.getLogger(__name__)

#: Progress is reported every this many rows.
PROGRESS_EVERY = 1000
#: Row errors kept on the import (the count of all of them is kept too).
MAX_ERRORS_KEPT = 200
#: Ids per query (SQLite allows 32,766 parameters; PostgreSQL plans long IN lists slowly).
IDS_PER_QUERY = 10_000
#: ``payment_record`` pays in advance up to this many months after the month it books through.
MONTHS_AHEAD = 12
#: The largest amount a payment holds (``Payment.amount``: 14 digits, 2 decimals).
MAX_AMOUNT = Decimal("999999999999.99")
MAX_BANK_REFERENCE = Payment._meta.get_field("bank_reference").max_length
MAX_COMMUNICATION = Payment._meta.get_field("communication").max_length

# Column names a bank export or a clerk's spreadsheet may use (English, Dutch, French).
STATEMENT_COLUMNS = {
    "paid_on": ("date", "paid_on", "datum", "date valeur", "valutadatum", "booking date"),
    "amount": ("amount", "bedrag", "montant"),
    "communication": ("communication", "mededeling", "structured communication", "reference"),
    "bank_reference": ("bank_reference", "transaction", "transactie", "transaction id", "referentie"),
    "household": ("household", "gezin", "ménage"),
    "months": ("months", "maanden", "mois"),
}


#: A structured communication as banks print it: +++123/4567/89012+++ (or ***…***).
STRUCTURED_REFERENCE = re.compile(r"[+*]{3}\s*\d{3}\s*/\s*\d{4}\s*/\s*\d{5}\s*[+*]{3}")


def household_from_communication(text: str) -> int | None:
    """The household of a statement's communication: the structured reference alone
    (``models.household_from_reference``) or inside free text ("Bijdrage +++…+++ 2026"). The mod-97
    check is done here for the common shapes: python-stdnum's cleaning costs more than the rest of a
    line's checks (the same answer, the test of the shapes compares them)."""
    compact = text.replace(" ", "").replace("+", "").replace("/", "").replace("*", "")
    if not (len(compact) == 12 and compact.isdigit()):
        embedded = STRUCTURED_REFERENCE.search(text)
        if embedded is None:
            return household_from_reference(text)
        compact = re.sub(r"\D", "", embedded.group(0))
    base, check = int(compact[:10]), int(compact[10:])
    return base if (base % 97 or 97) == check else None


# --- Dates: what is plausible on a bank statement -------------------------------------------------

#: Nothing was paid to the fund through this system before this day.
PAYMENT_DATE_FLOOR = date(2000, 1, 1)
#: A bank may date a line a few days ahead (value date); more is a typing error.
PAYMENT_DATE_MARGIN = timedelta(days=7)


def statement_date_errors(*, paid_on: date, months: list[Month], today: date) -> list[tuple[str, str]]:
    """``(field, message)`` for the dates of a statement line that cannot be right: paid after
    today plus a small margin or before 2000, or months named more than a year ahead. The one
    place to point at a shared date-bounds module (issue #12, point 2)."""
    errors = []
    if paid_on > today + PAYMENT_DATE_MARGIN:
        errors.append(("paid_on", _("%(date)s is in the future (at most %(days)d days ahead are accepted).")
                       % {"date": f"{paid_on:%d/%m/%Y}", "days": PAYMENT_DATE_MARGIN.days}))
    elif paid_on < PAYMENT_DATE_FLOOR:
        errors.append(("paid_on", _("%(date)s is before %(floor)s: not a plausible payment date.")
                       % {"date": f"{paid_on:%d/%m/%Y}", "floor": f"{PAYMENT_DATE_FLOOR:%d/%m/%Y}"}))
    latest = Month.of(today) + MONTHS_AHEAD
    beyond = [m for m in months if m > latest]
    if beyond:
        errors.append(("months", _("%(months)s: months are paid at most a year ahead (until %(latest)s).")
                       % {"months": ", ".join(map(str, beyond)), "latest": latest}))
    return errors


# --- Reading a statement ----------------------------------------------------------------------------


def parse_amount(text) -> Decimal:
    """``"1.234,56"``, ``"1234.56"``, ``"120,00 €"`` or a spreadsheet number → ``Decimal``; never a float."""
    if isinstance(text, float):
        text = repr(text)
    raw = str(text if text is not None else "").strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(_("not an amount: %(value)r") % {"value": text}) from exc
    if not value.is_finite():
        raise ValueError(_("not an amount: %(value)r") % {"value": text})
    return value


DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
_BELGIAN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text) -> date:
    """``31/12/2026`` (also ``2026-12-31``, ``31-12-2026``, ``31.12.2026``) or a spreadsheet date."""
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = str(text or "").strip()
    belgian = _BELGIAN_DATE.fullmatch(raw)
    if belgian:  # the usual shape, without strptime's cost
        try:
            return date(int(belgian.group(3)), int(belgian.group(2)), int(belgian.group(1)))
        except ValueError:
            pass  # 31/02/2026: refused below with the same message
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise ValueError(_("not a date (dd/mm/yyyy): %(value)r") % {"value": text})


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet stores 12345 as 12345.0
    return str(value).strip()


@dataclass(frozen=True)
class StatementLine:
    """One checked statement line: the arguments of one ``payment_record`` call."""

    row: int
    paid_on: date
    amount: Decimal
    household_id: int
    communication: str
    bank_reference: str | None
    months: tuple[Month, ...]


@dataclass
class Reading:
    """A statement read and checked line by line (before anything about households is fetched)."""

    file_format: str = ""
    encoding: str = ""
    rows_total: int = 0
    lines: list[StatementLine] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # {"row", "field", "message"}

    def error(self, row: int | None, field_name: str, message: str) -> None:
        self.errors.append({"row": row, "field": field_name, "message": str(message)})


def read_statement(data: bytes, *, today: date, progress=None) -> Reading:
    """Decode and parse every line of a statement; row-level checks that need no database."""
    reading = Reading()
    try:
        reading.file_format, reading.encoding, header, rows = read_rows(data, max_rows=settings.BANK_IMPORT_MAX_ROWS)
    except ValueError as exc:
        reading.error(None, "file", str(exc))
        return reading
    reading.rows_total = len(rows)
    lowered = [h.lower() for h in header]
    columns = {key: [lowered.index(name) for name in names if name in lowered] for key, names in STATEMENT_COLUMNS.items()}
    missing = [key for key in ("paid_on", "amount") if not columns[key]]
    if not columns["communication"] and not columns["household"]:
        missing.append("communication")
    for key in missing:
        reading.error(None, key, _("no column %(names)s in the header line (%(header)s)")
                      % {"names": " / ".join(STATEMENT_COLUMNS[key]), "header": "; ".join(header)})
    if not rows:
        reading.error(None, "file", _("the statement has no lines"))
    if reading.errors:
        return reading

    def cell(cells, key):
        for index in columns[key]:
            if index < len(cells) and _text(cells[index]) != "":
                return cells[index]
        return None

    for done, (row, cells) in enumerate(rows, start=1):
        if progress and done % PROGRESS_EVERY == 0:
            progress("reading", done, len(rows))
        errors = []
        values = {}
        for key, parse in (("paid_on", parse_date), ("amount", parse_amount)):
            raw = cell(cells, key)
            if raw is None:
                errors.append((key, _("missing")))
                continue
            try:
                values[key] = parse(raw)
            except ValueError as exc:
                errors.append((key, str(exc)))
        if "amount" in values:
            amount = cents(values["amount"])
            if amount <= ZERO:
                errors.append(("amount", _("The amount must be positive.")))
            elif amount > MAX_AMOUNT:
                errors.append(("amount", _("%(amount)s is more than a payment can hold.") % {"amount": amount}))
            values["amount"] = amount
        communication = _text(cell(cells, "communication"))
        household_raw = _text(cell(cells, "household"))
        household_id = None
        if household_raw:
            try:
                household_id = int(household_raw)
            except ValueError:
                errors.append(("household", _("not a household number: %(value)r") % {"value": household_raw}))
        elif communication:
            household_id = household_from_communication(communication)
        if household_id is None and not household_raw:
            errors.append(("household", _("no household: the communication %(value)r is not a valid structured "
                                          "reference and there is no household column") % {"value": communication}))
        elif household_id is not None and not 0 < household_id < 2**63:
            errors.append(("household", _("household %(id)s does not exist") % {"id": household_id}))
        bank_reference = _text(cell(cells, "bank_reference")) or None
        if bank_reference and len(bank_reference) > MAX_BANK_REFERENCE:
            errors.append(("bank_reference", _("longer than %(n)d characters") % {"n": MAX_BANK_REFERENCE}))
        months = []
        for part in _text(cell(cells, "months")).replace(",", " ").split():
            try:
                months.append(Month.parse(part))
            except ValueError as exc:
                errors.append(("months", str(exc)))
        if "paid_on" in values:
            errors.extend(statement_date_errors(paid_on=values["paid_on"], months=months, today=today))
        if errors:
            for key, message in errors:
                reading.error(row, key, message)
            continue
        reading.lines.append(StatementLine(
            row=row, paid_on=values["paid_on"], amount=values["amount"], household_id=household_id,
            communication=communication[:MAX_COMMUNICATION], bank_reference=bank_reference, months=tuple(months),
        ))
    return reading


# --- The households' ledgers, in memory ---------------------------------------------------------------


class LineRefused(Exception):
    """A line ``payment_record`` would refuse once the ledger is known (months not open, amount)."""

    def __init__(self, field_name: str, messages: list[str]):
        super().__init__(messages)
        self.field = field_name
        self.messages = messages


@dataclass
class Ledger:
    """What ``payment_record`` reads of a household: its titular, its open dues (booked or about to
    be booked by this import) and the last month booked."""

    titular: selectors.Titular
    last_booked: Month | None
    open: dict[Month, Decimal]
    #: (household, month) → id of the dues that were open before the import
    due_ids: dict[Month, int] = field(default_factory=dict)
    #: months this import books: month → (table id, amount, exemption), as ``services.dues_book`` would
    booked: dict[Month, tuple[int, Decimal, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Allocation:
    line: StatementLine
    settled: tuple[Month, ...]
    unallocated: Decimal


def _chunks(ids: list[int]):
    for start in range(0, len(ids), IDS_PER_QUERY):
        yield ids[start:start + IDS_PER_QUERY]


def _in(field_name: str, values: list, *, text: bool = False):
    """``Q(field__in=values)`` per query: on PostgreSQL one query with the values as one array
    parameter (a list of 50,000 placeholders costs more to send and plan than to run); elsewhere
    in chunks (SQLite allows 32,766 parameters)."""
    if connection.vendor == "postgresql":
        if text:
            yield Q(**{f"{field_name}__in": RawSQL("SELECT unnest(%s::text[])", [list(values)])})
        else:
            literal = "{" + ",".join(str(int(v)) for v in values) + "}"
            yield Q(**{f"{field_name}__in": RawSQL("SELECT unnest(%s::bigint[])", [literal])})
        return
    for chunk in _chunks(list(values)):
        yield Q(**{f"{field_name}__in": chunk})


def load_ledgers(household_ids: list[int]) -> dict[int, Ledger]:
    """The ledger of every household that has a titular, in a few set-based queries."""
    ledgers = {}
    for chunk in _chunks(sorted(household_ids)):
        titulars = selectors.titulars_for(chunk)
        last = {}
        open_dues = []
        for ids in _in("household_id", chunk):
            last.update(
                ContributionDue.objects.filter(ids).values("household_id")
                .annotate(last=Max("month")).values_list("household_id", "last").order_by()
            )
            open_dues.extend(ContributionDue.objects.filter(ids, settled_on__isnull=True)
                             .values_list("id", "household_id", "month", "amount").order_by())
        for household_id, titular in titulars.items():
            booked = last.get(household_id)
            ledgers[household_id] = Ledger(titular, Month.of(booked) if booked else None, {})
        for due_id, household_id, month, amount in open_dues:
            if household_id in ledgers:
                ledger = ledgers[household_id]
                ledger.open[Month.of(month)] = amount
                ledger.due_ids[Month.of(month)] = due_id
    return ledgers


def _book(ledger: Ledger, tables: selectors.Tables, through: Month, last: Month | None,
          open_dues: dict[Month, Decimal], booked_dues: dict[Month, tuple[int, Decimal, str]],
          first_priced: Month | None) -> tuple[Month | None, list[Month]]:
    """What ``services.dues_book(through=…, household_ids=[…])`` books for one household: the months
    after the last booked one, priced by the table in force (€0 when exempt: booked as paid)."""
    if last is not None and last >= through:
        return last, []  # booked already (the common case in the months-ahead loop)
    titular = ledger.titular
    first = max(titular.titular_since, first_priced) if first_priced else titular.titular_since
    if last is not None:
        first = max(first, last + 1)
    end = min(through, titular.affiliated_until) if titular.affiliated_until else through
    booked = []
    for month in month_range(first, end):
        priced = tables.due(titular, month)
        if priced is None:
            continue
        if priced[1] != ZERO:
            open_dues[month] = priced[1]
        booked_dues[month] = priced
        booked.append(month)
    return (booked[-1] if booked else last), booked


def allocate_line(line: StatementLine, ledger: Ledger, tables: selectors.Tables,
                  first_priced: Month | None = None) -> Allocation:
    """The months one line settles, exactly as ``services.payment_record`` decides them, on the
    in-memory ledger; the ledger is changed only when the line is accepted."""
    amount, paid_on = line.amount, line.paid_on
    first_priced = first_priced or tables.first_month
    through = max([Month.of(paid_on), *line.months])
    open_dues = dict(ledger.open)
    booked_dues = dict(ledger.booked)
    last, _booked = _book(ledger, tables, through, ledger.last_booked, open_dues, booked_dues, first_priced)
    if line.months:
        months = sorted(set(line.months))
        errors = []
        for month in months:
            if month < ledger.titular.titular_since:
                errors.append(_("%(month)s is before the household's affiliation (%(since)s)")
                              % {"month": month, "since": ledger.titular.titular_since})
            elif month not in open_dues:
                errors.append(_("%(month)s is not open (already paid, exempt or outside the affiliation)")
                              % {"month": month})
        if errors:
            raise LineRefused("months", errors)
        expected = sum((open_dues[m] for m in months), ZERO)
        if expected != amount:
            raise LineRefused("amount", [_("%(amount)s € does not match the dues of %(months)s: %(expected)s €.")
                                         % {"amount": amount, "months": ", ".join(map(str, months)),
                                            "expected": expected}])
        settled, rest = months, ZERO
    else:
        # rules.contribution_prescribed(m, paid_on), with the oldest demandable month computed once per line
        oldest = rules.oldest_demandable_month(paid_on)
        demandable = [(m, a) for m, a in open_dues.items() if not m < oldest]
        settled, rest = rules.allocate_oldest_first(amount, demandable)
        ahead, limit = through, through + MONTHS_AHEAD
        while rest > ZERO and ahead < limit:
            ahead = ahead + 1
            before = last
            if last is None or last < ahead:
                last, booked = _book(ledger, tables, ahead, last, open_dues, booked_dues, first_priced)
            else:
                booked = []
            if ahead not in open_dues or ahead in settled:
                continue
            if open_dues[ahead] > rest:
                if booked:  # booked only to be paid: left to the nightly booking
                    del open_dues[ahead]
                    del booked_dues[ahead]
                    last = booked[-2] if len(booked) > 1 else before
                break
            settled.append(ahead)
            rest -= open_dues[ahead]
    for month in settled:
        del open_dues[month]
    ledger.open = open_dues
    ledger.booked = booked_dues
    ledger.last_booked = last
    return Allocation(line, tuple(settled), rest)


@dataclass
class Plan:
    """The outcome of a whole statement: one allocation per line, or the refused lines."""

    allocations: list[Allocation] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    ledgers: dict[int, Ledger] = field(default_factory=dict)

    @property
    def summary(self) -> dict:
        return {
            "payments": len(self.allocations),
            "households": len({a.line.household_id for a in self.allocations}),
            "amount_total": sum((a.line.amount for a in self.allocations), ZERO),
            "months_settled": sum(len(a.settled) for a in self.allocations),
            "unallocated": sum((a.unallocated for a in self.allocations), ZERO),
        }


def plan_statement(lines: list[StatementLine], *, progress=None) -> Plan:
    """Check every line against the database and allocate it, in file order (no writes).

    The same checks as ``payment_record``, for all lines at once: the household exists and has a
    titular, the bank reference was not imported before nor earlier in the file, named months are
    open and match the amount."""
    plan = Plan()
    household_ids = sorted({line.household_id for line in lines})
    existing = set()
    for ids in _in("pk", household_ids):
        existing.update(Household.objects.filter(ids).values_list("pk", flat=True))
    references = sorted({line.bank_reference for line in lines if line.bank_reference})
    imported = set()
    for refs in _in("bank_reference", references, text=True):
        imported.update(Payment.objects.filter(refs).values_list("bank_reference", flat=True))
    plan.ledgers = load_ledgers(sorted(existing))
    tables = selectors.Tables.load()
    first_priced = tables.first_month
    seen: dict[str, int] = {}
    for done, line in enumerate(lines, start=1):
        if progress and done % PROGRESS_EVERY == 0:
            progress("checking", done, len(lines))
        if line.bank_reference in imported:
            plan.errors.append({"row": line.row, "field": "bank_reference", "message": _(
                "Bank transaction %(ref)s was already imported.") % {"ref": line.bank_reference}})
            continue
        if line.bank_reference in seen:
            plan.errors.append({"row": line.row, "field": "bank_reference", "message": _(
                "Bank transaction %(ref)s is also on row %(row)d.") % {"ref": line.bank_reference,
                                                                       "row": seen[line.bank_reference]}})
            continue
        if line.household_id not in existing:
            plan.errors.append({"row": line.row, "field": "household", "message": _(
                "household %(id)s does not exist") % {"id": line.household_id}})
            continue
        ledger = plan.ledgers.get(line.household_id)
        if ledger is None:
            plan.errors.append({"row": line.row, "field": "household", "message": _(
                "Household %(id)s has no titular: no dues are owed.") % {"id": line.household_id}})
            continue
        try:
            plan.allocations.append(allocate_line(line, ledger, tables, first_priced))
        except LineRefused as exc:
            for message in exc.messages:
                plan.errors.append({"row": line.row, "field": exc.field, "message": message})
            continue
        if line.bank_reference:
            seen[line.bank_reference] = line.row
    return plan


# --- Writing -----------------------------------------------------------------------------------------


def write_plan(plan: Plan, *, actor=None, note: str = "") -> list[Payment]:
    """Insert the payments, book the months the lines booked (already settled when a line paid
    them) and settle the dues that were open, set-based. Call inside the transaction that locked
    the households (``apply``).

    The months are booked from the plan, priced as ``services.dues_book`` prices them
    (``selectors.Tables.due``: the same call), not by calling it: the plan already knows every month
    and which payment settles it, so each is written once (COPY) instead of booked, read back and
    updated. A month booked meanwhile by someone else fails the insert (unique household, month):
    the transaction rolls back and nothing is imported."""
    now = timezone.now()
    payments = [
        Payment(household_id=a.line.household_id, amount=a.line.amount, paid_on=a.line.paid_on,
                source=PaymentSource.BANK_IMPORT, bank_reference=a.line.bank_reference,
                communication=a.line.communication, unallocated=a.unallocated, created_at=now)
        for a in plan.allocations
    ]
    _insert_payments(payments)

    settled_by: dict[tuple[int, Month], Payment] = {}
    for allocation, payment in zip(plan.allocations, payments):
        for month in allocation.settled:
            settled_by[(payment.household_id, month)] = payment

    def new_dues():
        for household_id, ledger in plan.ledgers.items():
            for month, (table_id, amount, exemption) in ledger.booked.items():
                payment = settled_by.pop((household_id, month), None)
                if payment is not None:
                    yield (household_id, month.first_day, amount, table_id, payment.paid_on,
                           payment.paid_on <= month.last_day, exemption[:200], payment.pk)
                elif amount == ZERO:  # exempt (Art. 42.3): nothing owed, booked as paid
                    yield (household_id, month.first_day, amount, table_id, month.first_day, True, exemption[:200], None)
                else:
                    yield (household_id, month.first_day, amount, table_id, None, False, exemption[:200], None)

    copy_rows(ContributionDue, ["household", "month", "amount", "table", "settled_on", "paid_in_time", "exemption",
                                "payment"], new_dues())

    # the months that were open before: one UPDATE … FROM
    updates = []
    for (household_id, month), payment in settled_by.items():
        due_id = plan.ledgers[household_id].due_ids.get(month)
        if due_id is None:
            raise RuntimeError(f"household {household_id}: {month} is neither open nor booked by the statement")
        updates.append((due_id, payment.pk, payment.paid_on, payment.paid_on <= month.last_day))
    _settle_dues(updates)
    _log_payments(payments, actor=actor, note=note)
    return payments


#: The payment's fields in its audit entry (as ``core.audit.log_bulk_create`` writes them).
AUDITED_FIELDS = ("household_id", "amount", "paid_on", "source", "bank_reference", "communication", "unallocated")


def _insert_payments(payments: list[Payment]) -> None:
    """PostgreSQL: ids reserved from the table's sequence, rows written with COPY (NOTES.md: ~100,000
    rows/s); elsewhere ``bulk_create``, which returns the ids."""
    if connection.vendor != "postgresql":
        Payment.objects.bulk_create(payments, batch_size=2000)
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                       [Payment._meta.db_table, len(payments)])
        for payment, (pk,) in zip(payments, cursor.fetchall()):
            payment.pk = payment.id = pk
    copy_rows(
        Payment,
        ["id", "household", "amount", "paid_on", "source", "bank_reference", "communication", "unallocated",
         "reversal_reason", "created_at"],
        ((p.pk, p.household_id, p.amount, p.paid_on, p.source, p.bank_reference, p.communication, p.unallocated, "",
          p.created_at) for p in payments),
    )


def _settle_dues(updates: list[tuple[int, int, date, bool]]) -> None:
    """Mark the dues paid: (due id, payment id, settled on, paid in time), one UPDATE … FROM."""
    table = connection.ops.quote_name(ContributionDue._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TABLE IF EXISTS pg_temp.bank_import_settle")
            cursor.execute("CREATE TEMP TABLE bank_import_settle (id bigint PRIMARY KEY, payment_id bigint, "
                           "settled_on date, paid_in_time boolean) ON COMMIT DROP")
            with cursor.cursor.copy("COPY bank_import_settle (id, payment_id, settled_on, paid_in_time) FROM STDIN") as copy:
                for row in updates:
                    copy.write_row(row)
            cursor.execute(
                f"""UPDATE {table} AS d
                    SET payment_id = v.payment_id, settled_on = v.settled_on, paid_in_time = v.paid_in_time
                    FROM bank_import_settle AS v WHERE d.id = v.id AND d.settled_on IS NULL"""
            )
            changed = cursor.rowcount
        else:
            changed = 0
            for start in range(0, len(updates), 2000):
                batch = updates[start:start + 2000]
                cursor.executemany(
                    f"UPDATE {table} SET payment_id = %s, settled_on = %s, paid_in_time = %s WHERE id = %s AND settled_on IS NULL",
                    [(payment_id, settled_on, in_time, due_id) for due_id, payment_id, settled_on, in_time in batch],
                )
                changed += cursor.rowcount
    if changed != len(updates):
        raise RuntimeError("dues changed while the statement was applied")


def _log_payments(payments: list[Payment], *, actor, note: str) -> None:
    """One django-auditlog CREATE entry per payment, as ``core.audit.log_bulk_create`` writes them;
    on PostgreSQL with COPY (the log has ten indexes: row by row it would be the slowest part)."""
    if connection.vendor != "postgresql":
        log_bulk_create(payments, fields=list(AUDITED_FIELDS), actor=actor, note=note)
        return
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(Payment).pk
    now = timezone.now()
    actor_id = actor.pk if actor is not None else None
    actor_email = (getattr(actor, "email", "") or None) if actor is not None else None
    extra = json.dumps({"bulk": note}) if note else None
    copy_rows(
        LogEntry,
        ["object_pk", "object_id", "object_repr", "action", "changes", "changes_text", "timestamp", "actor",
         "actor_email", "content_type", "additional_data"],
        ((str(p.pk), p.pk, _payment_repr(p), LogEntry.Action.CREATE,
          json.dumps({name: ["None", str(getattr(p, name))] for name in AUDITED_FIELDS}), "", now, actor_id,
          actor_email, content_type, extra) for p in payments),
    )


def _payment_repr(payment: Payment) -> str:
    """``str(payment)`` (``1.234,56 € 31/12/2026``) without the locale machinery, for thousands of rows."""
    amount = f"{payment.amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{amount} € {payment.paid_on:%d/%m/%Y}"


# --- The import job -----------------------------------------------------------------------------------


def progress_key(job_id: int) -> str:
    return f"members:bank-import:{job_id}:progress"


def progress_of(job: BankImport) -> tuple[str, int, int]:
    """``(phase, rows done, rows)`` of a running import (the worker reports it through the cache:
    inside the apply transaction the import's row cannot be seen by others)."""
    value = cache.get(progress_key(job.pk))
    if value:
        return tuple(value)
    return "", job.rows_done, job.rows_total


def _reporter(job_id: int):
    def report(phase: str, done: int, total: int) -> None:
        cache.set(progress_key(job_id), (phase, done, total), timeout=24 * 60 * 60)
    return report


def bank_import_upload(*, file_name: str, content: bytes, user, language: str = "") -> BankImport:
    """Store an uploaded statement and check it in the background. The same file (same SHA-256)
    is refused while an import of it is under way or applied."""
    from members import tasks

    if not content:
        raise ValidationError({"file": _("The file is empty.")})
    if len(content) > settings.BANK_IMPORT_MAX_BYTES:
        raise ValidationError({"file": _("The file is larger than %(mb)d MB: split the statement.")
                               % {"mb": settings.BANK_IMPORT_MAX_BYTES // (1024 * 1024)}})
    digest = hashlib.sha256(content).hexdigest()
    duplicate = _duplicate_message(digest)
    if duplicate:
        raise ValidationError({"file": duplicate})
    xlsx = is_xlsx(content)
    job = BankImport(
        file_name=(file_name or "statement")[-255:], content=content, size=len(content), sha256=digest,
        file_format="xlsx" if xlsx else "csv", encoding="" if xlsx else detect_encoding(content),
        uploaded_by=user, status=BankImportStatus.UPLOADED,
    )
    try:
        with transaction.atomic():
            job.save()
    except IntegrityError as exc:  # the same file uploaded at the same moment
        raise ValidationError({"file": _duplicate_message(digest) or _("This statement was already uploaded.")}) from exc
    transaction.on_commit(lambda: tasks.bank_import_validate.delay(job.pk, language or translation.get_language()))
    return job


def _duplicate_message(digest: str) -> str:
    earlier = BankImport.objects.filter(sha256=digest, status__in=BANK_IMPORT_LIVE_STATUSES).first()
    if earlier is None:
        return ""
    return _("This statement was already uploaded on %(date)s (import %(id)s, %(status)s).") % {
        "date": f"{timezone.localtime(earlier.uploaded_at):%d/%m/%Y %H:%M}", "id": earlier.pk,
        "status": earlier.get_status_display(),
    }


#: What a check or an apply changes on the import (never the file itself).
OUTCOME_FIELDS = ["status", "rows_total", "rows_done", "file_format", "encoding", "error_count", "errors", "payments",
                  "households", "amount_total", "months_settled", "unallocated"]


def _store_outcome(job: BankImport, reading: Reading, plan: Plan | None, status: str) -> None:
    errors = sorted(reading.errors + (plan.errors if plan else []), key=lambda e: (e["row"] or 0, e["field"]))
    job.status = status
    job.rows_total = reading.rows_total
    job.rows_done = reading.rows_total
    job.file_format = reading.file_format or job.file_format
    job.encoding = reading.encoding
    job.error_count = len(errors)
    job.errors = errors[:MAX_ERRORS_KEPT]
    summary = plan.summary if plan and not errors else {}
    job.payments = summary.get("payments", 0)
    job.households = summary.get("households", 0)
    job.amount_total = summary.get("amount_total", ZERO)
    job.months_settled = summary.get("months_settled", 0)
    job.unallocated = summary.get("unallocated", ZERO)


def validate(*, job_id: int, today: date | None = None) -> str:
    """The dry run: read and check every line, allocate them on the in-memory ledgers, store the
    errors or the preview (payments, total, households, months). Writes nothing else."""
    claimed = BankImport.objects.filter(pk=job_id, status__in=[BankImportStatus.UPLOADED, BankImportStatus.VALIDATING])
    if not claimed.update(status=BankImportStatus.VALIDATING):
        return BankImport.objects.filter(pk=job_id).values_list("status", flat=True).first() or "missing"
    job = BankImport.objects.get(pk=job_id)
    today = today or timezone.localdate()
    report = _reporter(job_id)
    reading = read_statement(bytes(job.content), today=today, progress=report)
    plan = plan_statement(reading.lines, progress=report) if not reading.errors or reading.lines else None
    has_errors = bool(reading.errors or (plan and plan.errors))
    _store_outcome(job, reading, plan, BankImportStatus.INVALID if has_errors else BankImportStatus.VALIDATED)
    job.validated_at = timezone.now()
    job.save(update_fields=[*OUTCOME_FIELDS, "validated_at"])
    cache.delete(progress_key(job_id))
    return job.status


def bank_import_request_apply(*, job: BankImport, user, language: str = "") -> bool:
    """Queue a checked statement for applying; False when it is not (or no longer) ``validated``."""
    from members import tasks

    claimed = BankImport.objects.filter(pk=job.pk, status=BankImportStatus.VALIDATED).update(
        status=BankImportStatus.APPLYING, applied_by=user
    )
    if not claimed:
        return False
    transaction.on_commit(lambda: tasks.bank_import_apply.delay(job.pk, language or translation.get_language()))
    return True


def apply(*, job_id: int, today: date | None = None) -> str:
    """Apply a checked statement in one transaction, all or nothing: lock the households (in id
    order), check every line again against the locked ledgers, then write (``write_plan``). When a
    line has become wrong meanwhile (a bank reference imported by hand …) the import is refused
    with its errors and nothing is written."""
    today = today or timezone.localdate()
    report = _reporter(job_id)
    with transaction.atomic():
        job = BankImport.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != BankImportStatus.APPLYING:
            return job.status if job else "missing"
        reading = read_statement(bytes(job.content), today=today, progress=report)
        for ids in _in("pk", sorted({line.household_id for line in reading.lines})):
            list(Household.objects.select_for_update().filter(ids).order_by("pk").values_list("pk", flat=True))
        plan = plan_statement(reading.lines, progress=report)
        if reading.errors or plan.errors:
            _store_outcome(job, reading, plan, BankImportStatus.INVALID)
            job.save(update_fields=OUTCOME_FIELDS)
            return job.status
        report("applying", reading.rows_total, reading.rows_total)
        write_plan(plan, actor=job.applied_by, note=f"bank statement import {job.pk} ({job.file_name})")
        _store_outcome(job, reading, plan, BankImportStatus.APPLIED)
        job.applied_at = timezone.now()
        job.save(update_fields=[*OUTCOME_FIELDS, "applied_at"])
    cache.delete(progress_key(job_id))
    return job.status


def mark_failed(*, job_id: int, error: str, expected: str) -> None:
    """Record an unexpected failure (nothing was imported: the apply transaction rolled back)."""
    job = BankImport.objects.filter(pk=job_id, status=expected).first()
    if job is None:
        return
    job.status = BankImportStatus.FAILED
    job.failure = error[:2000]
    job.save(update_fields=["status", "failure"])
    cache.delete(progress_key(job_id))
