"""The legacy ledger: a fund migrating from another system brings the contribution history it kept
there (Art. 8 §2: a month owed under no known contribution table and in no ledger is *unknown*, and
a household whose window holds unknown months is not presumed in order).

    upload  →  check (the dry run: every row checked, what would be added counted, nothing written
               but the import's own record)  →  apply (one transaction, checked again under the
               households' locks)

The file (CSV with ``;`` or ``,``, or XLSX, in the encodings ``core.import_formats`` reads) has one
row per household and month::

    household;month;amount;paid_on          (or national_number instead of household)
    1042;2024-03;9,50;05/03/2024            paid (in time, or late: the date says which)
    1042;2024-04;9,50;                      owed and not paid (an open due the household still owes)

``household`` is the household number here, ``national_number`` the INSZ of one of its members
(the fund imported its members first). Each month becomes a line of the dues ledger
(``ContributionDue``) marked with its import, priced by the legacy system (``amount``), tied to the
table here that prices the month when there is one. Idempotent: a month already brought with the
same values is counted as unchanged, never doubled; a month the ledger here already holds
otherwise is a row error (legacy history never overwrites the ledger).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core import bounds
from core.audit import log_bulk_create
from core.import_formats import read_rows
from core.money import ZERO
from core.months import Month
from members import rules, selectors
from members.bank_import import parse_amount, parse_date
from members.models import ContributionDue, Household, LegacyLedgerImport, LegacyLedgerStatus, Member

#: Rows in one file (a fund's whole history: 36 months for 10,000 households fit many times).
MAX_ROWS = 2_000_000
#: Row errors kept on the import (the count of all of them is kept too).
MAX_ERRORS_KEPT = 200
#: A contribution is paid at most this many months before its month (SPEC §1.2: a year ahead).
MONTHS_PAID_AHEAD = 12
#: Ids per query (SQLite's parameter limit, PostgreSQL's planning of long IN lists).
IDS_PER_QUERY = 10_000

COLUMNS = {
    "household": ("household", "gezin", "ménage", "household_id"),
    "national_number": ("national_number", "insz", "rijksregisternummer", "niss"),
    "month": ("month", "maand", "mois"),
    "amount": ("amount", "bedrag", "montant", "due"),
    "paid_on": ("paid_on", "betaald op", "payé le", "paid", "betaald"),
}


@dataclass(frozen=True)
class LegacyMonth:
    row: int
    household_id: int
    month: Month
    amount: Decimal
    paid_on: date | None


@dataclass
class Plan:
    """What applying the file would do (the dry run), or the errors that refuse it."""

    rows_total: int = 0
    new: list[LegacyMonth] = field(default_factory=list)
    unchanged: int = 0
    errors: list[dict] = field(default_factory=list)

    def error(self, row: int, field_name: str, message: str) -> None:
        self.errors.append({"row": row, "field": field_name, "message": str(message)})

    @property
    def households(self) -> int:
        return len({line.household_id for line in self.new})


def _month(value) -> Month:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Month.of(value)
    text = str(value or "").strip()
    if len(text) == 7 and text[2] == "/":  # 03/2024
        text = f"{text[3:]}-{text[:2]}"
    elif len(text) == 10 and text[4] == "-":  # 2024-03-01
        text = text[:7]
    try:
        return Month.parse(text)
    except ValueError as exc:
        raise ValueError(_("not a month (YYYY-MM): %(value)r") % {"value": value}) from exc


def _columns(header: list[str]) -> dict[str, int]:
    names = [str(h or "").strip().lower() for h in header]
    found = {}
    for key, aliases in COLUMNS.items():
        for index, name in enumerate(names):
            if name in aliases:
                found[key] = index
                break
    return found


def check(content: bytes, *, today: date) -> Plan:
    """Read and check the whole file; write nothing. Every wrong row is listed (row number as a
    spreadsheet shows it, the field, the rule)."""
    plan = Plan()
    try:
        _format, _encoding, header, rows = read_rows(content, max_rows=MAX_ROWS)
    except ValueError as exc:
        plan.error(0, "file", str(exc))
        return plan
    columns = _columns(header)
    missing = [name for name in ("month", "amount", "paid_on") if name not in columns]
    if "household" not in columns and "national_number" not in columns:
        missing.insert(0, "household")
    if missing:
        plan.error(
            1,
            "file",
            _("missing columns: %(names)s (household or national_number; month; amount; paid_on)")
            % {"names": ", ".join(missing)},
        )
        return plan
    plan.rows_total = len(rows)

    def cell(cells, name):
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    # who: household numbers and national numbers, resolved in a few queries
    numbers, ids = set(), set()
    for _row, cells in rows:
        raw = str(cell(cells, "household") or "").strip()
        if raw.endswith(".0"):
            raw = raw[:-2]
        if raw:
            if bounds.is_id(raw):
                ids.add(int(raw))
        else:
            try:
                numbers.add(rules.parse_national_number(str(cell(cells, "national_number") or "")).number)
            except ValueError:
                pass
    by_number = {}
    numbers = sorted(numbers)
    for start in range(0, len(numbers), IDS_PER_QUERY):
        by_number.update(
            Member.objects.filter(national_number__in=numbers[start : start + IDS_PER_QUERY]).values_list(
                "national_number", "household_id"
            )
        )
    ids |= set(by_number.values())
    id_list = sorted(ids)
    titulars = {}
    for start in range(0, len(id_list), IDS_PER_QUERY):
        titulars.update(selectors.titulars_for(id_list[start : start + IDS_PER_QUERY]))
    existing_households = set()
    for start in range(0, len(id_list), IDS_PER_QUERY):
        existing_households.update(
            Household.objects.filter(pk__in=id_list[start : start + IDS_PER_QUERY]).values_list("pk", flat=True)
        )

    lines: list[LegacyMonth] = []
    seen: dict[tuple[int, Month], int] = {}
    for row, cells in rows:
        errors_before = len(plan.errors)
        raw = str(cell(cells, "household") or "").strip()
        if raw.endswith(".0"):
            raw = raw[:-2]
        household_id = None
        if raw:
            if not bounds.is_id(raw) or int(raw) not in existing_households:
                plan.error(row, "household", _("household %(value)s does not exist") % {"value": raw})
            else:
                household_id = int(raw)
        else:
            try:
                number = rules.parse_national_number(str(cell(cells, "national_number") or "")).number
            except ValueError as exc:
                plan.error(row, "national_number", str(exc))
            else:
                household_id = by_number.get(number)
                if household_id is None:
                    plan.error(
                        row, "national_number", _("no member has this national number: import the members first")
                    )
        titular = titulars.get(household_id) if household_id else None
        if household_id and titular is None:
            plan.error(
                row,
                "household",
                _("household %(id)s has no titular: nobody owed its contributions") % {"id": household_id},
            )
        try:
            month = _month(cell(cells, "month"))
        except ValueError as exc:
            plan.error(row, "month", str(exc))
            month = None
        if month is not None:
            problem = bounds.history_month_problem(month, today=today)
            if problem:
                plan.error(row, "month", problem)
                month = None
        if month is not None and titular is not None:
            if month < titular.titular_since:
                plan.error(
                    row,
                    "month",
                    _(
                        "%(month)s is before the titular became titular (%(since)s): months as a "
                        "dependent count as paid (Art. 8 §3 1°), nothing was owed"
                    )
                    % {"month": month, "since": titular.titular_since},
                )
            elif titular.affiliated_until is not None and month > titular.affiliated_until:
                plan.error(
                    row,
                    "month",
                    _("%(month)s is after the affiliation ended (%(until)s)")
                    % {"month": month, "until": titular.affiliated_until},
                )
        try:
            amount = parse_amount(cell(cells, "amount"))
            problem = bounds.contribution_amount_problem(amount)
            if problem:
                raise ValueError(problem)
        except ValueError as exc:
            plan.error(row, "amount", str(exc))
            amount = None
        paid_raw = cell(cells, "paid_on")
        paid_on = None
        if str(paid_raw or "").strip():
            try:
                paid_on = parse_date(paid_raw)
                problem = bounds.past_date_problem(paid_on, today=today)
                if problem:
                    raise ValueError(problem)
                if month is not None and paid_on < (month - MONTHS_PAID_AHEAD).first_day:
                    raise ValueError(
                        _("paid more than %(n)s months before %(month)s: not a payment of that month")
                        % {"n": MONTHS_PAID_AHEAD, "month": month}
                    )
            except ValueError as exc:
                plan.error(row, "paid_on", str(exc))
        if household_id and month is not None:
            key = (household_id, month)
            if key in seen:
                plan.error(
                    row,
                    "month",
                    _("household %(id)s, %(month)s is already on row %(row)s")
                    % {"id": household_id, "month": month, "row": seen[key]},
                )
            else:
                seen[key] = row
        if len(plan.errors) == errors_before:
            lines.append(LegacyMonth(row, household_id, month, amount, paid_on))

    # what the ledger here holds already for these months
    by_household: dict[int, list[LegacyMonth]] = {}
    for line in lines:
        by_household.setdefault(line.household_id, []).append(line)
    household_ids = sorted(by_household)
    held = {}
    for start in range(0, len(household_ids), IDS_PER_QUERY):
        chunk = household_ids[start : start + IDS_PER_QUERY]
        for household_id, month, amount, settled_on, legacy_id, payment_id in ContributionDue.objects.filter(
            household_id__in=chunk
        ).values_list("household_id", "month", "amount", "settled_on", "legacy_import_id", "payment_id"):
            held[(household_id, Month.of(month))] = (amount, settled_on, legacy_id, payment_id)
    for line in lines:
        found = held.get((line.household_id, line.month))
        if found is None:
            plan.new.append(line)
            continue
        amount, settled_on, legacy_id, payment_id = found
        if legacy_id is None:
            plan.error(
                line.row,
                "month",
                _(
                    "household %(id)s, %(month)s is already in the ledger here (booked from a "
                    "contribution table): the legacy ledger brings only the history before it"
                )
                % {"id": line.household_id, "month": line.month},
            )
        elif amount == line.amount and (settled_on == _settled(line) or payment_id is not None):
            plan.unchanged += 1  # imported before (paid here since, when it has a payment)
        else:
            plan.error(
                line.row,
                "month",
                _(
                    "household %(id)s, %(month)s was imported before with other values "
                    "(%(amount)s €, paid on %(paid)s): legacy months are not overwritten"
                )
                % {
                    "id": line.household_id,
                    "month": line.month,
                    "amount": amount,
                    "paid": f"{settled_on:%d/%m/%Y}" if settled_on else "—",
                },
            )
    return plan


def _settled(line: LegacyMonth) -> date | None:
    """A month owed €0 (exempt in the legacy system) is settled on its first day, as here."""
    if line.paid_on is None and line.amount == ZERO:
        return line.month.first_day
    return line.paid_on


def _keep(plan: Plan, job: LegacyLedgerImport) -> None:
    job.rows_total = plan.rows_total
    job.months_new = len(plan.new) if not plan.errors else 0
    job.months_unchanged = plan.unchanged
    job.households = plan.households if not plan.errors else 0
    job.error_count = len(plan.errors)
    job.errors = plan.errors[:MAX_ERRORS_KEPT]


def legacy_ledger_upload(*, file_name: str, content: bytes, user=None) -> LegacyLedgerImport:
    """Store the file and check it (the dry run). Nothing of the ledger changes."""
    if not content:
        raise ValidationError({"file": _("The file is empty.")})
    plan = check(content, today=timezone.localdate())
    job = LegacyLedgerImport(
        file_name=file_name[:255],
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        status=LegacyLedgerStatus.INVALID if plan.errors else LegacyLedgerStatus.CHECKED,
        uploaded_by=user if getattr(user, "is_authenticated", False) else None,
    )
    _keep(plan, job)
    job.save()
    return job


def legacy_ledger_apply(*, job: LegacyLedgerImport, user=None) -> LegacyLedgerImport:
    """Apply a checked file in one transaction: the households are locked (in id order), every row
    is checked again, then the months are written to the dues ledger, each with its audit entry.
    A row that has become wrong meanwhile refuses the whole file (status ``invalid``)."""
    today = timezone.localdate()
    with transaction.atomic():
        job = LegacyLedgerImport.objects.select_for_update().get(pk=job.pk)
        if job.status != LegacyLedgerStatus.CHECKED:
            raise ValidationError(
                {
                    "status": _("Only a checked file without errors is applied (this one is: %(status)s).")
                    % {"status": job.get_status_display()}
                }
            )
        plan = check(bytes(job.content), today=today)
        household_ids = sorted({line.household_id for line in plan.new})
        for start in range(0, len(household_ids), IDS_PER_QUERY):
            list(
                Household.objects.select_for_update()
                .filter(pk__in=household_ids[start : start + IDS_PER_QUERY])
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        plan = check(bytes(job.content), today=today)  # under the locks: what a payment changed meanwhile
        _keep(plan, job)
        if plan.errors:
            job.status = LegacyLedgerStatus.INVALID
            job.save()
            return job
        tables = selectors.Tables.load()
        dues = []
        for line in plan.new:
            table = tables.for_month(line.month)
            settled = _settled(line)
            dues.append(
                ContributionDue(
                    household_id=line.household_id,
                    month=line.month.first_day,
                    amount=line.amount,
                    table_id=table[0] if table else None,
                    settled_on=settled,
                    paid_in_time=settled is not None and settled <= line.month.last_day,
                    legacy_import=job,
                )
            )
        created = ContributionDue.objects.bulk_create(dues, batch_size=2000)
        actor = user if getattr(user, "is_authenticated", False) else None
        log_bulk_create(
            created,
            fields=["household_id", "month", "amount", "settled_on", "paid_in_time"],
            actor=actor,
            note=f"legacy ledger import {job.pk}",
        )
        job.status = LegacyLedgerStatus.APPLIED
        job.applied_by = actor
        job.applied_at = timezone.now()
        job.save()
    return job
