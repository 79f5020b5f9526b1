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

Set-based writes send no signals: every payment gets its django-auditlog entry, as
``core.audit.log_bulk_create`` writes it (on PostgreSQL built from the inserted payments by one
``INSERT … SELECT``); the dues it settled are recorded on the import (counts) and found through
their payment.

Speed (``benchmarks/bank_import_bench.py``, target ≥ 5,000 rows/s): the allocation works on month
numbers and prices each month once for the households without an Art. 42.3 fact; payments and dues
go to COPY as text; what remains is mostly PostgreSQL's (the foreign-key checks at commit, the
audit log's ten indexes). The apply reads the file again (the check stores no parsed lines) and
checks every line again under the households' locks.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.audit import log_bulk_create, log_bulk_create_sql
from core.bulk import array_of as _array
from core.bulk import copy_rows
from core.bulk import in_values as _in
from core.formatting import eur
from core.import_formats import detect_encoding, is_xlsx, read_rows
from core.money import ZERO, cents
from core.months import Month
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
STRUCTURED_REFERENCE = re.compile(r"[+*]{3}\s*(\d{3})\s*/\s*(\d{4})\s*/\s*(\d{5})\s*[+*]{3}")


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
        compact = "".join(embedded.groups())
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
        errors.append(
            (
                "paid_on",
                _("%(date)s is in the future (at most %(days)d days ahead are accepted).")
                % {"date": f"{paid_on:%d/%m/%Y}", "days": PAYMENT_DATE_MARGIN.days},
            )
        )
    elif paid_on < PAYMENT_DATE_FLOOR:
        errors.append(
            (
                "paid_on",
                _("%(date)s is before %(floor)s: not a plausible payment date.")
                % {"date": f"{paid_on:%d/%m/%Y}", "floor": f"{PAYMENT_DATE_FLOOR:%d/%m/%Y}"},
            )
        )
    latest = Month.of(today) + MONTHS_AHEAD
    beyond = [m for m in months if m > latest]
    if beyond:
        errors.append(
            (
                "months",
                _("%(months)s: months are paid at most a year ahead (until %(latest)s).")
                % {"months": ", ".join(map(str, beyond)), "latest": latest},
            )
        )
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
    columns = {
        key: [lowered.index(name) for name in names if name in lowered] for key, names in STATEMENT_COLUMNS.items()
    }
    missing = [key for key in ("paid_on", "amount") if not columns[key]]
    if not columns["communication"] and not columns["household"]:
        missing.append("communication")
    for key in missing:
        reading.error(
            None,
            key,
            _("no column %(names)s in the header line (%(header)s)")
            % {"names": " / ".join(STATEMENT_COLUMNS[key]), "header": "; ".join(header)},
        )
    if not rows:
        reading.error(None, "file", _("the statement has no lines"))
    if reading.errors:
        return reading

    def cell(cells, key):
        for index in columns[key]:
            if index < len(cells):
                value = cells[index]
                if (value.strip() if type(value) is str else _text(value)) != "":
                    return value
        return None

    # the dates every line is checked against (statement_date_errors), for the common case in one comparison
    latest_day = today + PAYMENT_DATE_MARGIN
    latest_month = Month.of(today) + MONTHS_AHEAD

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
                errors.append(("amount", _("%(amount)s is more than a payment can hold.") % {"amount": eur(amount)}))
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
            errors.append(
                (
                    "household",
                    _(
                        "no household: the communication %(value)r is not a valid structured "
                        "reference and there is no household column"
                    )
                    % {"value": communication},
                )
            )
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
        if "paid_on" in values and not (
            PAYMENT_DATE_FLOOR <= values["paid_on"] <= latest_day and (not months or max(months) <= latest_month)
        ):
            errors.extend(statement_date_errors(paid_on=values["paid_on"], months=months, today=today))
        if errors:
            for key, message in errors:
                reading.error(row, key, message)
            continue
        reading.lines.append(
            StatementLine(
                row=row,
                paid_on=values["paid_on"],
                amount=values["amount"],
                household_id=household_id,
                communication=communication[:MAX_COMMUNICATION],
                bank_reference=bank_reference,
                months=tuple(months),
            )
        )
    return reading


def _eur_number(value: Decimal) -> str:
    """The number of ``core.formatting.eur`` (``1.234,56``), for the translated messages that
    already print the ``€`` sign after it."""
    return formats.number_format(value, 2, use_l10n=True, force_grouping=True)


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
    be booked by this import) and the last month booked.

    Months are month numbers (``Month.index``) here: a statement of 50,000 lines books and settles a
    few hundred thousand months, and plain integers hash and compare at a fraction of the cost."""

    titular: selectors.Titular
    last_booked: int | None
    open: dict[int, Decimal]
    #: month → id of the due that was open before the import
    due_ids: dict[int, int] = field(default_factory=dict)
    #: months this import books: month → (table id, amount, exemption), as ``services.dues_book`` would
    booked: dict[int, tuple[int, Decimal, str]] = field(default_factory=dict)
    since: int = field(init=False)
    until: int | None = field(init=False)
    #: no Art. 42.3 fact: every month costs the table's price (priced once per month for all households)
    unexempt: bool = field(init=False)

    def __post_init__(self):
        self.since = self.titular.titular_since.index
        self.until = self.titular.affiliated_until.index if self.titular.affiliated_until else None
        facts = self.titular.exemption
        self.unexempt = facts.incapacity_66_from is None and facts.disability_allowance_from is None


class Prices:
    """``selectors.Tables.due`` by month number, each month priced once for the households that no
    exemption can concern (Art. 42.3 facts make the price a household's own: those are priced each time)."""

    def __init__(self, tables: selectors.Tables):
        self.tables = tables
        self.first = tables.first_month.index if tables.first_month else None
        self._month: dict[int, tuple[int, Decimal, str] | None] = {}
        self._oldest: dict[date, int] = {}

    def oldest_demandable(self, paid_on: date) -> int:
        """``rules.oldest_demandable_month`` (Art. 8 §2), once per payment date of the statement."""
        try:
            return self._oldest[paid_on]
        except KeyError:
            oldest = self._oldest[paid_on] = rules.oldest_demandable_month(paid_on).index
            return oldest

    def due(self, ledger: Ledger, month: int) -> tuple[int, Decimal, str] | None:
        if ledger.unexempt:
            try:
                return self._month[month]
            except KeyError:
                priced = self._month[month] = self.tables.due(ledger.titular, Month.from_index(month))
                return priced
        return self.tables.due(ledger.titular, Month.from_index(month))


@dataclass(frozen=True)
class Allocation:
    line: StatementLine
    settled: tuple[int, ...]  # month numbers (``Month.index``)
    unallocated: Decimal


def _chunks(ids: list[int]):
    for start in range(0, len(ids), IDS_PER_QUERY):
        yield ids[start : start + IDS_PER_QUERY]


def _dues_facts_postgresql(household_ids: list[int]) -> tuple[dict, list]:
    """The last month booked per household (one probe of ``due_household_month_unique`` each: a
    ``max`` per household would read every month ever booked) and the open dues, with the ids as
    one array (``= ANY``: an index scan, where ``IN (SELECT unnest(…))`` plans a join)."""
    table = connection.ops.quote_name(ContributionDue._meta.db_table)
    ids = "{" + ",".join(map(str, household_ids)) + "}"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT h, (SELECT d.month FROM {table} AS d WHERE d.household_id = h "
            f"ORDER BY d.month DESC LIMIT 1) FROM unnest(%s::bigint[]) AS h",
            [ids],
        )
        last = {household_id: month for household_id, month in cursor.fetchall() if month is not None}
        cursor.execute(
            f"SELECT id, household_id, month, amount FROM {table} "
            f"WHERE household_id = ANY(%s::bigint[]) AND settled_on IS NULL",
            [ids],
        )
        return last, cursor.fetchall()


def load_ledgers(household_ids: list[int]) -> dict[int, Ledger]:
    """The ledger of every household that has a titular, in a few set-based queries."""
    ledgers = {}
    household_ids = sorted(household_ids)
    chunks = [household_ids] if connection.vendor == "postgresql" else list(_chunks(household_ids))
    for chunk in chunks:
        if connection.vendor == "postgresql":
            titulars = selectors.titulars_for(_array(chunk))
            last, open_dues = _dues_facts_postgresql(chunk)
        else:
            titulars = selectors.titulars_for(chunk)
            last = dict(
                ContributionDue.objects.filter(household_id__in=chunk)
                .values("household_id")
                .annotate(last=Max("month"))
                .values_list("household_id", "last")
                .order_by()
            )
            open_dues = list(
                ContributionDue.objects.filter(household_id__in=chunk, settled_on__isnull=True)
                .values_list("id", "household_id", "month", "amount")
                .order_by()
            )
        for household_id, titular in titulars.items():
            booked = last.get(household_id)
            ledgers[household_id] = Ledger(titular, booked.year * 12 + booked.month - 1 if booked else None, {})
        for due_id, household_id, month, amount in open_dues:
            ledger = ledgers.get(household_id)
            if ledger is not None:
                index = month.year * 12 + month.month - 1
                ledger.open[index] = amount
                ledger.due_ids[index] = due_id
    return ledgers


def _book(
    ledger: Ledger,
    prices: Prices,
    through: int,
    last: int | None,
    open_dues: dict[int, Decimal],
    booked_dues: dict[int, tuple[int, Decimal, str]],
    first_priced: int | None,
) -> tuple[int | None, list[int]]:
    """What ``services.dues_book(through=…, household_ids=[…])`` books for one household: the months
    after the last booked one, priced by the table in force (€0 when exempt: booked as paid)."""
    if last is not None and last >= through:
        return last, []  # booked already (the common case in the months-ahead loop)
    first = ledger.since
    if first_priced is not None and first_priced > first:
        first = first_priced
    if last is not None and last + 1 > first:
        first = last + 1
    end = through if ledger.until is None or through < ledger.until else ledger.until
    booked = []
    for month in range(first, end + 1):
        priced = prices.due(ledger, month)
        if priced is None:
            continue
        if priced[1] != ZERO:
            open_dues[month] = priced[1]
        booked_dues[month] = priced
        booked.append(month)
    return (booked[-1] if booked else last), booked


def allocate_line(line: StatementLine, ledger: Ledger, prices: Prices) -> Allocation:
    """The months one line settles, exactly as ``services.payment_record`` decides them, on the
    in-memory ledger; the ledger is changed only when the line is accepted."""
    amount, paid_on = line.amount, line.paid_on
    first_priced = prices.first
    named = [m.index for m in line.months]
    through = paid_on.year * 12 + paid_on.month - 1
    if named:
        through = max(through, *named)
    open_dues = dict(ledger.open)
    booked_dues = dict(ledger.booked)
    last, _booked = _book(ledger, prices, through, ledger.last_booked, open_dues, booked_dues, first_priced)
    if named:
        months = sorted(set(named))
        errors = []
        for month in months:
            if month < ledger.since:
                errors.append(
                    _("%(month)s is before the household's affiliation (%(since)s)")
                    % {"month": Month.from_index(month), "since": ledger.titular.titular_since}
                )
            elif month not in open_dues:
                errors.append(
                    _("%(month)s is not open (already paid, exempt or outside the affiliation)")
                    % {"month": Month.from_index(month)}
                )
        if errors:
            raise LineRefused("months", errors)
        expected = sum((open_dues[m] for m in months), ZERO)
        if expected != amount:
            raise LineRefused(
                "amount",
                [
                    _("%(amount)s € does not match the dues of %(months)s: %(expected)s €.")
                    % {
                        "amount": _eur_number(amount),
                        "months": ", ".join(str(Month.from_index(m)) for m in months),
                        "expected": _eur_number(expected),
                    }
                ],
            )
        settled, rest = months, ZERO
    else:
        # rules.contribution_prescribed(m, paid_on), with the oldest demandable month computed once per line
        oldest = prices.oldest_demandable(paid_on)
        demandable = [(m, a) for m, a in open_dues.items() if m >= oldest]
        settled, rest = rules.allocate_oldest_first(amount, demandable)
        ahead, limit = through, through + MONTHS_AHEAD
        while rest > ZERO and ahead < limit:
            ahead += 1
            before = last
            if last is None or last < ahead:
                last, booked = _book(ledger, prices, ahead, last, open_dues, booked_dues, first_priced)
            else:
                booked = []
            due = open_dues.get(ahead)
            if due is None or ahead in settled:
                continue
            if due > rest:
                if booked:  # booked only to be paid: left to the nightly booking
                    del open_dues[ahead]
                    del booked_dues[ahead]
                    last = booked[-2] if len(booked) > 1 else before
                break
            settled.append(ahead)
            rest -= due
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


def plan_statement(lines: list[StatementLine], *, progress=None, existing: set[int] | None = None) -> Plan:
    """Check every line against the database and allocate it, in file order (no writes).

    The same checks as ``payment_record``, for all lines at once: the household exists and has a
    titular, the bank reference was not imported before nor earlier in the file, named months are
    open and match the amount. ``existing``: the households that exist, when the caller has just
    read them (``apply`` locks them)."""
    plan = Plan()
    household_ids = sorted({line.household_id for line in lines})
    if existing is None:
        existing = set()
        for ids in _in("pk", household_ids):
            existing.update(Household.objects.filter(ids).values_list("pk", flat=True))
    references = sorted({line.bank_reference for line in lines if line.bank_reference})
    imported = set()
    for refs in _in("bank_reference", references, text=True):
        imported.update(Payment.objects.filter(refs).values_list("bank_reference", flat=True))
    plan.ledgers = load_ledgers(sorted(existing))
    prices = Prices(selectors.Tables.load())
    seen: dict[str, int] = {}
    for done, line in enumerate(lines, start=1):
        if progress and done % PROGRESS_EVERY == 0:
            progress("checking", done, len(lines))
        if line.bank_reference in imported:
            plan.errors.append(
                {
                    "row": line.row,
                    "field": "bank_reference",
                    "message": _("Bank transaction %(ref)s was already imported.") % {"ref": line.bank_reference},
                }
            )
            continue
        if line.bank_reference in seen:
            plan.errors.append(
                {
                    "row": line.row,
                    "field": "bank_reference",
                    "message": _("Bank transaction %(ref)s is also on row %(row)d.")
                    % {"ref": line.bank_reference, "row": seen[line.bank_reference]},
                }
            )
            continue
        if line.household_id not in existing:
            plan.errors.append(
                {
                    "row": line.row,
                    "field": "household",
                    "message": _("household %(id)s does not exist") % {"id": line.household_id},
                }
            )
            continue
        ledger = plan.ledgers.get(line.household_id)
        if ledger is None:
            plan.errors.append(
                {
                    "row": line.row,
                    "field": "household",
                    "message": _("Household %(id)s has no titular: no dues are owed.") % {"id": line.household_id},
                }
            )
            continue
        try:
            plan.allocations.append(allocate_line(line, ledger, prices))
        except LineRefused as exc:
            for message in exc.messages:
                plan.errors.append({"row": line.row, "field": exc.field, "message": message})
            continue
        if line.bank_reference:
            seen[line.bank_reference] = line.row
    return plan


def lock_households(household_ids) -> set[int]:
    """Lock the households (``SELECT … FOR UPDATE``, in id order: two imports lock in the same
    order, so they wait for each other instead of deadlocking); the ids of those that exist."""
    existing: set[int] = set()
    for ids in _in("pk", sorted(household_ids)):
        existing.update(Household.objects.select_for_update().filter(ids).order_by("pk").values_list("pk", flat=True))
    return existing


# --- Writing -----------------------------------------------------------------------------------------


def write_plan(plan: Plan, *, actor=None, note: str = "") -> list[int]:
    """Insert the payments, book the months the lines booked (already settled when a line paid
    them) and settle the dues that were open, set-based; returns the payments' ids, in the order of
    ``plan.allocations``. Call inside the transaction that locked the households (``lock_households``:
    ``apply``, ``services.payments_record_bulk``).

    The months are booked from the plan, priced as ``services.dues_book`` prices them
    (``selectors.Tables.due``: the same call), not by calling it: the plan already knows every month
    and which payment settles it, so each is written once (COPY) instead of booked, read back and
    updated. A month booked meanwhile by someone else fails the insert (unique household, month):
    the transaction rolls back and nothing is imported."""
    now = timezone.now()
    allocations = plan.allocations
    payment_ids = _insert_payments(allocations, now)

    settled_by: dict[tuple[int, int], tuple[int, date]] = {}  # (household, month) → (payment id, paid on)
    for allocation, payment_id in zip(allocations, payment_ids, strict=False):
        line = allocation.line
        for month in allocation.settled:
            settled_by[(line.household_id, month)] = (payment_id, line.paid_on)

    def new_dues():
        for household_id, ledger in plan.ledgers.items():
            for month, (table_id, amount, exemption) in ledger.booked.items():
                first_day = _first_day(month)
                paid = settled_by.pop((household_id, month), None)
                if paid is not None:
                    yield (
                        household_id,
                        first_day,
                        amount,
                        table_id,
                        paid[1],
                        paid[1] <= _last_day(month),
                        exemption[:200],
                        paid[0],
                    )
                elif amount == ZERO:  # exempt (Art. 42.3): nothing owed, booked as paid
                    yield (household_id, first_day, amount, table_id, first_day, True, exemption[:200], None)
                else:
                    yield (household_id, first_day, amount, table_id, None, False, exemption[:200], None)

    _copy(
        ContributionDue,
        ["household", "month", "amount", "table", "settled_on", "paid_in_time", "exemption", "payment"],
        new_dues(),
        line=_due_line,
    )

    # the months that were open before: one UPDATE … FROM
    updates = []
    for (household_id, month), (payment_id, paid_on) in settled_by.items():
        due_id = plan.ledgers[household_id].due_ids.get(month)
        if due_id is None:
            raise RuntimeError(
                f"household {household_id}: {Month.from_index(month)} is neither open nor booked by the statement"
            )
        updates.append((due_id, payment_id, paid_on, paid_on <= _last_day(month)))
    _settle_dues(updates)
    _log_payments(allocations, payment_ids, actor=actor, note=note, now=now)
    return payment_ids


@functools.lru_cache(maxsize=4096)
def _first_day(month: int) -> date:
    return Month.from_index(month).first_day


@functools.lru_cache(maxsize=4096)
def _last_day(month: int) -> date:
    return Month.from_index(month).last_day


#: The payment's fields in its audit entry (as ``core.audit.log_bulk_create`` writes them).
AUDITED_FIELDS = ("household_id", "amount", "paid_on", "source", "bank_reference", "communication", "unallocated")
PAYMENT_FIELDS = [
    "household",
    "amount",
    "paid_on",
    "source",
    "bank_reference",
    "communication",
    "unallocated",
    "reversal_reason",
    "created_at",
]


def _payment_rows(allocations: list[Allocation], now: datetime):
    source = PaymentSource.BANK_IMPORT.value
    for a in allocations:
        line = a.line
        yield (
            line.household_id,
            line.amount,
            line.paid_on,
            source,
            line.bank_reference,
            line.communication,
            a.unallocated,
            "",
            now,
        )


def _insert_payments(allocations: list[Allocation], now: datetime) -> list[int]:
    """The payments' ids. PostgreSQL: ids reserved from the table's sequence, rows written with
    COPY (NOTES.md: ~100,000 rows/s); elsewhere ``bulk_create``, which returns the ids."""
    if connection.vendor != "postgresql":
        attnames = [Payment._meta.get_field(name).attname for name in PAYMENT_FIELDS]
        payments = [Payment(**dict(zip(attnames, row, strict=False))) for row in _payment_rows(allocations, now)]
        Payment.objects.bulk_create(payments, batch_size=2000)
        return [p.pk for p in payments]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Payment._meta.db_table, len(allocations)],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
    _copy(
        Payment,
        ["id", *PAYMENT_FIELDS],
        ((pk, *row) for pk, row in zip(ids, _payment_rows(allocations, now), strict=False)),
        line=_payment_line,
    )
    return ids


#: COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
#: Rows per buffer handed to COPY.
_COPY_BATCH = 5000


def _copy_value(value) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    return str(value)  # int, Decimal (already to the cent), date (ISO), aware datetime (ISO, with offset)


def _copy_text(value: str | None) -> str:
    return _NULL if value is None else value.translate(_COPY_ESCAPES)


_NULL = "\\N"


def _payment_line(row) -> str:
    pk, household_id, amount, paid_on, source, bank_reference, communication, unallocated, reversal, created = row
    return (
        f"{pk}\t{household_id}\t{amount}\t{paid_on}\t{source}\t{_copy_text(bank_reference)}\t"
        f"{_copy_text(communication)}\t{unallocated}\t{_copy_text(reversal)}\t{created}"
    )


def _due_line(row) -> str:
    household_id, month, amount, table_id, settled_on, in_time, exemption, payment_id = row
    return (
        f"{household_id}\t{month}\t{amount}\t{table_id}\t{_NULL if settled_on is None else settled_on}\t"
        f"{'t' if in_time else 'f'}\t{_copy_text(exemption)}\t{_NULL if payment_id is None else payment_id}"
    )


def _copy(model, fields: list[str], rows, line=None) -> int:
    """``core.bulk.copy_rows``, with the rows written as COPY text a few thousand at a time on
    PostgreSQL (psycopg's ``write_row`` adapts every value on its own: the slower half of the copy).
    Values: ``None``, bool, str, int, ``Decimal``, ``date``, aware ``datetime``; ``line`` formats a
    whole row (faster than value by value)."""
    if connection.vendor != "postgresql":
        return copy_rows(model, fields, rows)
    if line is None:

        def line(row):
            return "\t".join([_copy_value(value) for value in row])

    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    count = 0
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
            batch = []
            for row in rows:
                batch.append(line(row))
                if len(batch) >= _COPY_BATCH:
                    copy.write("\n".join(batch) + "\n")
                    count += len(batch)
                    batch = []
            if batch:
                copy.write("\n".join(batch) + "\n")
                count += len(batch)
    return count


def _settle_dues(updates: list[tuple[int, int, date, bool]]) -> None:
    """Mark the dues paid: (due id, payment id, settled on, paid in time), one UPDATE … FROM."""
    table = connection.ops.quote_name(ContributionDue._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP TABLE IF EXISTS pg_temp.bank_import_settle")
            cursor.execute(
                "CREATE TEMP TABLE bank_import_settle (id bigint PRIMARY KEY, payment_id bigint, "
                "settled_on date, paid_in_time boolean) ON COMMIT DROP"
            )
            with cursor.cursor.copy(
                "COPY bank_import_settle (id, payment_id, settled_on, paid_in_time) FROM STDIN"
            ) as copy:
                copy.write(
                    "".join(
                        f"{due_id}\t{payment_id}\t{settled_on}\t{'t' if in_time else 'f'}\n"
                        for due_id, payment_id, settled_on, in_time in updates
                    )
                )
            cursor.execute(
                f"""UPDATE {table} AS d
                    SET payment_id = v.payment_id, settled_on = v.settled_on, paid_in_time = v.paid_in_time
                    FROM bank_import_settle AS v WHERE d.id = v.id AND d.settled_on IS NULL"""
            )
            changed = cursor.rowcount
        else:
            changed = 0
            for start in range(0, len(updates), 2000):
                batch = updates[start : start + 2000]
                cursor.executemany(
                    f"UPDATE {table} SET payment_id = %s, settled_on = %s, paid_in_time = %s WHERE id = %s AND settled_on IS NULL",
                    [(payment_id, settled_on, in_time, due_id) for due_id, payment_id, settled_on, in_time in batch],
                )
                changed += cursor.rowcount
    if changed != len(updates):
        raise RuntimeError("dues changed while the statement was applied")


def _log_payments(allocations: list[Allocation], payment_ids: list[int], *, actor, note: str, now: datetime) -> None:
    """One django-auditlog CREATE entry per payment, as ``core.audit.log_bulk_create`` writes them
    (the changes ``{"field": ["None", "value"]}``, the representation ``str(payment)``); on PostgreSQL
    built from the inserted payments by one ``INSERT … SELECT`` (the log has ten indexes: row by row
    it would be the slowest part, and formatting 50,000 entries in Python costs more than writing them)."""
    if connection.vendor != "postgresql":
        attnames = [Payment._meta.get_field(name).attname for name in PAYMENT_FIELDS]
        payments = [
            Payment(id=pk, **dict(zip(attnames, row, strict=False)))
            for pk, row in zip(payment_ids, _payment_rows(allocations, now), strict=False)
        ]
        log_bulk_create(payments, fields=list(AUDITED_FIELDS), actor=actor, note=note)
        return
    # str() of each field, as log_bulk_create writes it: a Decimal to the cent, an ISO date, "None";
    # str(payment) as a clerk in Belgium reads it, "1.234,56 € 31/12/2026" (without the locale machinery)
    log_bulk_create_sql(
        Payment,
        payment_ids,
        changes={
            "household_id": "t.household_id::text",
            "amount": "t.amount::text",
            "paid_on": "to_char(t.paid_on, 'YYYY-MM-DD')",
            "source": "t.source",
            "bank_reference": "coalesce(t.bank_reference, 'None')",
            "communication": "t.communication",
            "unallocated": "t.unallocated::text",
        },
        representation=(
            "translate(to_char(t.amount, 'FM999,999,999,990.00'), ',.', '.,') || ' € ' || "
            "to_char(t.paid_on, 'DD/MM/YYYY')"
        ),
        actor=actor,
        note=note,
        now=now,
    )


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
        raise ValidationError(
            {
                "file": _("The file is larger than %(mb)d MB: split the statement.")
                % {"mb": settings.BANK_IMPORT_MAX_BYTES // (1024 * 1024)}
            }
        )
    digest = hashlib.sha256(content).hexdigest()
    duplicate = _duplicate_message(digest)
    if duplicate:
        raise ValidationError({"file": duplicate})
    xlsx = is_xlsx(content)
    job = BankImport(
        file_name=(file_name or "statement")[-255:],
        content=content,
        size=len(content),
        sha256=digest,
        file_format="xlsx" if xlsx else "csv",
        encoding="" if xlsx else detect_encoding(content),
        uploaded_by=user,
        status=BankImportStatus.UPLOADED,
    )
    try:
        with transaction.atomic():
            job.save()
    except IntegrityError as exc:  # the same file uploaded at the same moment
        raise ValidationError(
            {"file": _duplicate_message(digest) or _("This statement was already uploaded.")}
        ) from exc
    transaction.on_commit(lambda: tasks.bank_import_validate.delay(job.pk, language or translation.get_language()))
    return job


def _duplicate_message(digest: str) -> str:
    earlier = BankImport.objects.filter(sha256=digest, status__in=BANK_IMPORT_LIVE_STATUSES).first()
    if earlier is None:
        return ""
    return _("This statement was already uploaded on %(date)s (import %(id)s, %(status)s).") % {
        "date": f"{timezone.localtime(earlier.uploaded_at):%d/%m/%Y %H:%M}",
        "id": earlier.pk,
        "status": earlier.get_status_display(),
    }


#: What a check or an apply changes on the import (never the file itself).
OUTCOME_FIELDS = [
    "status",
    "rows_total",
    "rows_done",
    "file_format",
    "encoding",
    "error_count",
    "errors",
    "payments",
    "households",
    "amount_total",
    "months_settled",
    "unallocated",
]


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
        existing = lock_households({line.household_id for line in reading.lines})
        plan = plan_statement(reading.lines, progress=report, existing=existing)
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
