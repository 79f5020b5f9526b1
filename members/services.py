"""Writes of the members app: one function per business action, atomic, validated, audited.

Clerk and API writes go through the ORM so django-auditlog records them (who, when, old → new).
The batch writes (booking dues, materialising statuses) are set-based and record their own trail
(``StatusChange`` rows, counts returned to the run that called them).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Max
from django.utils import timezone

from core import bounds
from core.bulk import copy_rows
from core.money import ZERO, cents
from core.months import Month, month_range
from members import partitions, rules, selectors
from members.models import (
    ContributionDue,
    EntitlementStatus,
    ExemptionKind,
    HardshipSituation,
    Household,
    HouseholdStatus,
    IncreasedReimbursementPeriod,
    InsolvencyProcedure,
    Member,
    Payment,
    PaymentSource,
    PriorAffiliation,
    Role,
    StatusChange,
)

# --- Households and members ---------------------------------------------------------------------


def household_create(*, street: str = "", postal_code: str = "", city: str = "", region: str = "flanders") -> Household:
    household = Household(street=street, postal_code=postal_code, city=city, region=region)
    household.full_clean()
    household.save()
    return household


def member_create(
    *,
    national_number: str,
    first_name: str,
    last_name: str,
    birth_date: date,
    gender: str,
    household: Household,
    role: str,
    affiliation_start: date | None = None,
    titular_since: date | None = None,
    application_signed_on: date | None = None,
    affiliation_case: str | None = None,
    transfer_effective: date | None = None,
    **extra,
) -> Member:
    """Affiliate a person to a household (Art. 5–6). The national number is validated and must
    agree with the birth date and gender it encodes.

    Without ``affiliation_start``, it follows from the application (Art. 6): the first day of the
    month after ``application_signed_on``, or for a titular transferring from another fund the
    first day of the quarter of ``transfer_effective``.
    """
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "application_signed_on": application_signed_on
            and bounds.past_date_problem(application_signed_on, today=today),
            "transfer_effective": transfer_effective
            and bounds.affiliation_date_problem(transfer_effective, today=today),
        }
    )
    if affiliation_start is None:
        if application_signed_on is None:
            raise ValidationError(
                {"affiliation_start": "Give the affiliation start or the date the application was signed (Art. 6)."}
            )
        try:
            case = rules.AffiliationCase(affiliation_case or rules.AffiliationCase.FIRST_AFFILIATION)
            affiliation_start = rules.affiliation_start(case, application_signed_on, transfer_effective)
        except ValueError as exc:
            raise ValidationError({"affiliation_case": str(exc)}) from exc
    # issue #15: the letters' language, the household region's unless given (rules.region_language)
    extra.setdefault("language", rules.region_language(household.region))
    member = Member(
        national_number=national_number,
        first_name=first_name,
        last_name=last_name,
        birth_date=birth_date,
        gender=gender,
        household=household,
        role=role,
        affiliation_start=affiliation_start,
        titular_since=titular_since if role == Role.TITULAR else None,
        **extra,
    )
    with transaction.atomic():
        member.full_clean()
        member.save()
    return member


def household_with_titular_create(
    *,
    street: str = "",
    postal_code: str = "",
    city: str = "",
    region: str = "flanders",
    titular: dict,
) -> tuple[Household, Member]:
    """A new household with its titular, in one transaction (issue #16): the household's contribution
    is due per household and paid by its titular (Art. 42.2–3), so the clerk's form makes both or
    neither. ``titular`` holds ``member_create``'s arguments (the role is titular); a refusal of
    either (a ``ValidationError`` naming the field) leaves nothing behind. Both creations are in the
    audit trail (django-auditlog, with the clerk as actor).

    ``household_create`` alone stays for the API's two steps (household, then its members) and the
    imports, which add the titular right after."""
    with transaction.atomic():
        household = household_create(street=street, postal_code=postal_code, city=city, region=region)
        member = member_create(household=household, role=Role.TITULAR, **titular)
    return household, member


# --- Dues ---------------------------------------------------------------------------------------


def dues_book(
    *,
    through: Month,
    household_ids=None,
    id_range: tuple[int, int] | None = None,
    tables: selectors.Tables | None = None,
    titulars: dict[int, selectors.Titular] | None = None,
) -> int:
    """Book every household's monthly dues up to ``through`` (Art. 42.2, 65, the table in force).

    Idempotent: only months after the last booked one are added, and the unique
    (household, month) constraint refuses a double booking. Exempt months (Art. 42.3) are booked
    at €0 and count as paid. A month that someone else booked meanwhile (a clerk's payment while
    the nightly chain books the same household) is left as they booked it: the count is of the
    rows this call inserted. ``household_ids``: a list, or a subquery of household ids; with
    ``id_range`` too, only those households of that range. ``tables`` and ``titulars`` (the
    ``selectors.titulars_for`` of these households): already loaded by the caller (a payment books
    month after month in one transaction), else read here.
    """
    # issue #18: only the households without their last month booked are read into Python (on a normal
    # night, when the month is already booked, none); the others would book nothing
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # a short probe of the ledger's index: compiling it (~0.25 s) costs more than it saves
                cursor.execute("SET LOCAL jit = off")
        needing = list(selectors.households_to_book(through, household_ids, id_range=id_range))
    if not needing:
        return 0
    tables = tables or selectors.Tables.load()
    if titulars is None:
        titulars = selectors.titulars_for(needing, id_range=id_range)
    else:
        wanted = set(needing)
        titulars = {household_id: titular for household_id, titular in titulars.items() if household_id in wanted}
    if not titulars:
        return 0
    scope: dict[str, object] = {"household_id__in": list(titulars)}
    if id_range:
        scope.update(household_id__gte=id_range[0], household_id__lt=id_range[1])
    last_booked = dict(
        ContributionDue.objects.filter(**scope)
        .values("household_id")
        .annotate(last=Max("month"))
        .values_list("household_id", "last")
        .order_by()
    )

    floor = partitions.archive_floor()

    def rows():
        for household_id, titular in titulars.items():
            first = max(titular.titular_since, tables.first_month) if tables.first_month else titular.titular_since
            if floor is not None:
                first = max(first, floor)  # archived years are never booked again (members.partitions)
            if household_id in last_booked:
                first = max(first, Month.of(last_booked[household_id]) + 1)
            last = min(through, titular.affiliated_until) if titular.affiliated_until else through
            for month in month_range(first, last):
                priced = tables.due(titular, month)
                if priced is None:
                    continue
                table_id, amount, exemption = priced
                settled = month.first_day if amount == ZERO else None
                yield (household_id, month.first_day, amount, table_id, settled, amount == ZERO, exemption[:200])

    with transaction.atomic():
        count = copy_rows(
            ContributionDue,
            ["household", "month", "amount", "table", "settled_on", "paid_in_time", "exemption"],
            rows(),
            ignore_conflicts=True,
        )
    return count


# --- Payments -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentResult:
    payment: Payment
    months: list[Month]


def payment_record(
    *,
    household: Household | int,
    amount: Decimal,
    paid_on: date,
    months: list[Month] | None = None,
    source: str = PaymentSource.CLERK,
    bank_reference: str | None = None,
    communication: str = "",
) -> PaymentResult:
    """Record a contribution payment and settle the months it covers.

    With ``months``: the amount must equal the dues of exactly those months, which must be open.
    Without: it settles the oldest open months first, whole months only; the rest stays as the
    payment's unallocated credit. Nothing is stored when anything is wrong.
    """
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "paid_on": bounds.payment_date_problem(paid_on, today=today),
            "months": bounds.payment_months_problems(months or (), today=today),
        }
    )
    if not bounds.is_id(household.pk if isinstance(household, Household) else household):
        raise ValidationError({"household": f"Household {household} does not exist."})
    household_id = household.pk if isinstance(household, Household) else int(household)
    try:
        amount = cents(amount)
    except (ValueError, TypeError) as exc:
        raise ValidationError({"amount": str(exc)}) from exc
    if amount <= ZERO:
        raise ValidationError({"amount": "The amount must be positive."})

    with transaction.atomic():
        # Lock the household: two clerks recording payments at once settle different months.
        locked = Household.objects.select_for_update().filter(pk=household_id).first()
        if locked is None:
            raise ValidationError({"household": f"Household {household_id} does not exist."})
        # checked under the lock (a retry of the same bank line waits for the first, then is refused)
        if bank_reference and Payment.objects.filter(bank_reference=bank_reference).exists():
            raise ValidationError({"bank_reference": f"Bank transaction {bank_reference} was already imported."})
        titular = selectors.titulars_for([household_id]).get(household_id)
        if titular is None:
            raise ValidationError({"household": f"Household {household_id} has no titular: no dues are owed."})
        # before booking anything: a month before the affiliation would book nothing, one far ahead years of dues
        bounds.raise_problems(
            {"months": bounds.payment_months_problems(months or (), today=today, affiliated_from=titular.titular_since)}
        )

        through = max([Month.of(paid_on), *(months or [])])
        # the tables and the titular, read once for every month booked below (issue #18: the desk's save)
        tables, titulars = selectors.Tables.load(), {household_id: titular}
        dues_book(through=through, household_ids=[household_id], tables=tables, titulars=titulars)
        open_dues = {
            Month.of(due.month): due
            for due in ContributionDue.objects.filter(household_id=household_id, settled_on__isnull=True)
        }

        if months:
            months = sorted(set(months))
            errors = []
            for month in months:
                if month < titular.titular_since:
                    errors.append(f"{month} is before the household's affiliation ({titular.titular_since})")
                elif month not in open_dues:
                    errors.append(f"{month} is not open (already paid, exempt or outside the affiliation)")
            if errors:
                raise ValidationError({"months": errors})
            expected = sum((open_dues[m].amount for m in months), ZERO)
            if expected != amount:
                raise ValidationError(
                    {"amount": f"{amount} € does not match the dues of {', '.join(map(str, months))}: {expected} €."}
                )
            settled, rest = months, ZERO
        else:
            # Oldest first, among the months the fund can still demand (Art. 8 §2: five years).
            demandable = [(m, d.amount) for m, d in open_dues.items() if not rules.contribution_prescribed(m, paid_on)]
            settled, rest = rules.allocate_oldest_first(amount, demandable)
            # What is left pays the next months in advance (whole months, up to a year ahead).
            ahead = through
            while rest > ZERO and ahead < through + 12:
                ahead = ahead + 1
                booked_now = (
                    dues_book(through=ahead, household_ids=[household_id], tables=tables, titulars=titulars) > 0
                )
                due = ContributionDue.objects.filter(household_id=household_id, month=ahead.first_day).first()
                # (already settled above: an open month ahead, reopened by a reversal, is not paid twice)
                if due is None or due.settled_on is not None or ahead in settled:
                    continue
                if due.amount > rest:
                    if booked_now:  # booked only to be paid: leave it to the nightly booking
                        ContributionDue.objects.filter(pk=due.pk).delete()
                    break
                open_dues[ahead] = due
                settled.append(ahead)
                rest -= due.amount

        payment = Payment(
            household_id=household_id,
            amount=amount,
            paid_on=paid_on,
            source=source,
            bank_reference=bank_reference or None,
            communication=communication[:140],
            unallocated=rest,
        )
        # The same bank transaction recorded at this moment for another household (its lock is not
        # ours): whichever of the model's unique check and the unique index sees the other first,
        # the answer names the bank reference.
        try:
            payment.full_clean()
            with transaction.atomic():
                payment.save()
        except (ValidationError, IntegrityError) as exc:
            if bank_reference and Payment.objects.filter(bank_reference=bank_reference).exists():
                raise ValidationError(
                    {"bank_reference": f"Bank transaction {bank_reference} was already imported."}
                ) from exc
            raise
        for month in settled:
            due = open_dues[month]
            due.payment = payment
            due.settled_on = paid_on
            due.paid_in_time = paid_on <= month.last_day
            due.save(update_fields=["payment", "settled_on", "paid_in_time"])
    return PaymentResult(payment, list(settled))


@dataclass(frozen=True)
class BulkPayment:
    """One payment for ``payments_record_bulk``: the arguments of a ``payment_record`` call that names
    no months (the oldest demandable months first)."""

    household_id: int
    amount: Decimal
    paid_on: date
    bank_reference: str | None = None
    communication: str = ""


@dataclass(frozen=True)
class BulkPaymentResult:
    """What became of one ``BulkPayment``: its payment and the months it settled (oldest first), or
    why it was refused (nothing stored for it)."""

    payment_id: int | None
    months: list[Month]
    refused: str = ""


def payments_record_bulk(*, payments: list[BulkPayment], actor=None, note: str = "") -> list[BulkPaymentResult]:
    """``payment_record`` (``source=bank_import``, no months named) for many payments at once,
    set-based: the households are locked in id order, every payment is checked and allocated in the
    given order on in-memory ledgers (``members.bank_import.plan_statement``: the same checks and
    allocation, a household's later payment sees what its earlier one settled), then the payments,
    the months they book and settle are written in bulk and audited (``write_plan``).

    Unlike the members' statement import (all or nothing), a payment that is refused (its household
    has no titular, its bank reference was imported already, its amount or date is wrong) is only
    left out, with the reason; the others are recorded. One result per payment, in order."""
    from members import bank_import

    today = timezone.localdate()
    results: list[BulkPaymentResult | None] = [None] * len(payments)
    lines = []
    dates: dict[date, str | None] = {}  # a statement has few dates: each checked once
    for index, wanted in enumerate(payments):
        if wanted.paid_on not in dates:
            dates[wanted.paid_on] = bounds.payment_date_problem(wanted.paid_on, today=today)
        problem = dates[wanted.paid_on]
        if not problem and not bounds.is_id(wanted.household_id):
            problem = f"Household {wanted.household_id} does not exist."
        if not problem:
            try:
                amount = cents(wanted.amount)
            except (ValueError, TypeError) as exc:
                problem = str(exc)
            else:
                if amount <= ZERO:
                    problem = "The amount must be positive."
                elif amount > bank_import.MAX_AMOUNT:
                    problem = f"{amount} is more than a payment can hold."
        if problem:
            results[index] = BulkPaymentResult(None, [], problem)
            continue
        lines.append(
            bank_import.StatementLine(
                row=index,
                paid_on=wanted.paid_on,
                amount=amount,
                household_id=int(wanted.household_id),
                communication=wanted.communication[: bank_import.MAX_COMMUNICATION],
                bank_reference=wanted.bank_reference or None,
                months=(),
            )
        )
    if lines:
        with transaction.atomic():
            existing = bank_import.lock_households({line.household_id for line in lines})
            plan = bank_import.plan_statement(lines, existing=existing)
            payment_ids = bank_import.write_plan(plan, actor=actor, note=note) if plan.allocations else []
        for allocation, payment_id in zip(plan.allocations, payment_ids, strict=True):
            months = sorted(Month.from_index(month) for month in allocation.settled)
            results[allocation.line.row] = BulkPaymentResult(payment_id, months)
        refusals: dict[int, list[str]] = {}
        for error in plan.errors:
            refusals.setdefault(error["row"], []).append(error["message"])
        for row, messages in refusals.items():
            results[row] = BulkPaymentResult(None, [], "; ".join(messages))
    if any(result is None for result in results):  # plan_statement answers every line
        raise RuntimeError("a payment was neither recorded nor refused")
    return results  # type: ignore[return-value]


def payment_reverse(*, payment: Payment, reason: str, on: date) -> Payment:
    """Reverse a payment recorded by mistake (or returned by the bank): the months it settled are
    open again. The payment row stays, marked reversed, so the ledger keeps its history."""
    if not reason.strip():
        raise ValidationError({"reversal_reason": "Say why the payment is reversed."})
    with transaction.atomic():
        locked = Payment.objects.select_for_update().get(pk=payment.pk)
        if locked.reversed_on:
            raise ValidationError({"reversed_on": f"Already reversed on {locked.reversed_on:%d/%m/%Y}."})
        Household.objects.select_for_update().filter(pk=locked.household_id).first()
        for due in ContributionDue.objects.filter(household_id=locked.household_id, payment=locked):
            due.payment = None
            due.settled_on = None
            due.paid_in_time = False
            due.save(update_fields=["payment", "settled_on", "paid_in_time"])
        locked.reversed_on = on
        locked.reversal_reason = reason.strip()[:200]
        locked.save(update_fields=["reversed_on", "reversal_reason"])
    return locked


# --- Entitlement status, materialised for lists and reports -------------------------------------


def statuses_refresh(*, as_of: date, id_range: tuple[int, int] | None = None, run_id: str = "") -> dict[str, int]:
    """Recompute today's entitlement (Art. 8) of every household in ``id_range`` and store it.

    On PostgreSQL one statement reads each household's titular and one pass over its dues from
    ``rules.facts_first_month`` on (``_ordinary_facts``): the compact ``rules.WindowFacts`` of the
    ordinary households (most of them, in order or not), and which households are special. Each
    distinct facts is judged once with ``rules.entitlement_of_facts`` and one statement writes the
    outcomes (``_write_ordinary``). The special households (periods before the affiliation, judgments,
    a legacy revocation possible, months unbooked or unknown …) are read in a few set-based queries
    and judged one by one with ``rules.entitlement``. Either way only the statuses that differ are
    written, with a ``StatusChange`` row (old → new) for every household whose status changed. All or
    nothing.
    """
    month = Month.of(as_of)
    run_id = run_id or uuid.uuid4().hex
    now = timezone.now()
    tables = selectors.Tables.load()
    counts = {status: 0 for status in EntitlementStatus.values}
    counts.update(changed=0, written=0)
    with transaction.atomic():
        if (
            connection.vendor == "postgresql"
            and tables.first_month is not None
            and rules.facts_first_month(month) >= rules.REVOCATION_ABOLISHED_FROM
        ):
            keys, others = _ordinary_facts(month, as_of, tables.first_month, id_range)
            outcomes, undecided = {}, []
            for key in keys:
                try:
                    outcomes[key] = rules.entitlement_of_facts(_window_facts(key, month), month, as_of)
                except rules.NotOrdinary:
                    undecided.append(key)  # (none expected: the SQL leaves such households out)
            others.extend(_households_of_keys(undecided))
            for name, value in _write_ordinary(outcomes, month, run_id, now).items():
                counts[name] += value
            titulars = selectors.titulars_for(others) if others else {}
            histories = selectors.histories_for(titulars, through=month, tables=tables)
        else:
            titulars = selectors.titulars_for(id_range=id_range) if id_range else selectors.titulars_for()
            histories = selectors.histories_for(titulars, through=month, tables=tables, id_range=id_range)
        for name, value in _refresh_one_by_one(histories, month, as_of, run_id, now).items():
            counts[name] += value
    return counts


#: Per connection: the facts of the households of one ``statuses_refresh`` call (PostgreSQL).
_FACTS_TABLE = "members_art8_window_facts"
#: A household's facts key in SQL: (affiliated since, titular since, affiliated until or -1, unpaid,
#: unpaid from or -1), months as ``Month.index``; ``unpaid`` a bit mask, bit k for the event month - k.
FactsKey = tuple[int, int, int, int, int]


def _window_facts(key: FactsKey, event_month: Month) -> rules.WindowFacts:
    since, titular_since, until, mask, unpaid_from = key
    event_index = event_month.index
    return rules.WindowFacts(
        affiliated_since=Month.from_index(since),
        titular_since=Month.from_index(titular_since),
        unpaid=frozenset(Month.from_index(event_index - k) for k in range(mask.bit_length()) if mask >> k & 1),
        affiliated_until=Month.from_index(until) if until >= 0 else None,
        unpaid_from=Month.from_index(unpaid_from) if unpaid_from >= 0 else None,
    )


def _month_index_sql(column: str) -> str:
    # (date_part is a double: much cheaper than extract's numeric)
    return f"(date_part('year', {column}) * 12 + date_part('month', {column}) - 1)::int"


def _ordinary_facts(
    month: Month, as_of: date, first_priced: Month, id_range: tuple[int, int] | None
) -> tuple[list[FactsKey], list]:
    """PostgreSQL: the facts of every household in ``id_range`` (that has a titular) into the
    session's scratch table ``_FACTS_TABLE``, in one statement; return the distinct facts keys of the
    ordinary households and the ids of the special ones.

    The titular is the latest affiliation as titular (as ``selectors.titulars_for``). A household
    whose titular is not affiliated in ``month`` is ordinary (Art. 6: no Art. 8 judgment). One pass
    over its dues from ``rules.facts_first_month(month)`` (F) on gives, for the others, the months F …
    ``month`` not settled by ``as_of`` (``NOT paid_in_time``, as ``selectors.histories_for`` reads
    them) and whether every month of F … ``month`` from the titular's start (or the first priced
    month) is booked, and, when F is unpaid, where the unpaid run through F starts (the late months
    of ``due_late_idx``). Special (judged one by one from the whole history): a month of the facts not
    booked (not owed yet, exempt, a hole) or unknown (before the first table, Art. 8 §2); an unpaid
    month after ``month`` or before the titular's start; a run through F whose start is not known
    (the month before it not booked) or before 2021; a
    period before the affiliation recorded (Art. 8 §2 2° a–b); a judgment (Art. 8 §3 2°); a titular
    since before ``REVOCATION_ABOLISHED_FROM`` - 24 months with a month before 2021 late or not
    booked (a revocation acquired before 2021 may hold, Art. 8 §4)."""
    quote = connection.ops.quote_name
    member, due = quote(Member._meta.db_table), quote(ContributionDue._meta.db_table)
    prior, insolvency = quote(PriorAffiliation._meta.db_table), quote(InsolvencyProcedure._meta.db_table)
    in_range = "AND m.household_id >= %(low)s AND m.household_id < %(high)s" if id_range else ""
    # the same range on the dues: one range scan of the chunk rather than one probe per household
    dues_in_range = "AND d.household_id >= %(low)s AND d.household_id < %(high)s" if id_range else ""
    first = rules.facts_first_month(month)
    revocation_span = rules.REVOCATION_ABOLISHED_FROM - (rules.REVOKED_AFTER_UNPAID_MONTHS + 1)
    params = {
        "titular": Role.TITULAR.value,
        "low": id_range[0] if id_range else None,
        "high": id_range[1] if id_range else None,
        "as_of": as_of,
        "month": month.first_day,
        "month_index": month.index,
        "first": first.first_day,
        "first_index": first.index,
        "first_priced": first_priced.first_day,
        "first_priced_index": first_priced.index,
        "abolished": rules.REVOCATION_ABOLISHED_FROM.first_day,
        "abolished_index": rules.REVOCATION_ABOLISHED_FROM.index,
        "revocation_span_index": revocation_span.index,
    }
    # (of the dues not paid in time: due_late_idx holds the month and settled_on, an index-only scan)
    open_late = "(d.settled_on IS NULL OR d.settled_on > %(as_of)s)"
    # months from d.month to ``month``: the days between two first days of months over 30.436875 (the
    # mean month) is never more than 3 days from a whole number, so rounding is exact (date_part or
    # extract per due costs several times more)
    months_before = "round((%(month)s::date - d.month) / 30.436875)::int"
    with connection.cursor() as cursor:
        # each chunk's statements are short: compiling them (~0.1 s) costs more than it saves
        cursor.execute("SET LOCAL jit = off")
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_FACTS_TABLE} (household_id bigint NOT NULL, since int NOT NULL, "
            "titular_since int NOT NULL, until int NOT NULL, unpaid bigint NOT NULL, unpaid_from int NOT NULL, "
            "special boolean NOT NULL)"
        )
        cursor.execute(f"TRUNCATE {_FACTS_TABLE}")
        cursor.execute(
            f"""
            WITH titular AS MATERIALIZED (
                SELECT DISTINCT ON (m.household_id) m.household_id, m.id AS member_id,
                       {_month_index_sql("m.affiliation_start")} AS since,
                       {_month_index_sql("coalesce(m.titular_since, m.affiliation_start)")} AS titular_since,
                       {_month_index_sql("m.affiliation_end")} AS until,
                       date_trunc('month', coalesce(m.titular_since, m.affiliation_start))::date AS titular_month
                FROM {member} m
                WHERE m.role = %(titular)s {in_range}
                ORDER BY m.household_id, m.affiliation_start DESC, m.id DESC
            ), booked AS (
                -- the months F … month booked: first, last, how many (an index-only range scan)
                SELECT d.household_id, min(d.month) AS first_booked, max(d.month) AS last_booked,
                       count(*) AS booked
                FROM {due} d
                WHERE d.month >= %(first)s AND d.month <= %(month)s {dues_in_range}
                GROUP BY d.household_id
            ), late AS (
                -- the months not paid in time (due_late_idx: a few per cent of the dues), all of them
                SELECT d.household_id,
                       coalesce(bit_or(1::bigint << {months_before})
                                FILTER (WHERE d.month >= %(first)s AND d.month <= %(month)s AND {open_late}), 0)
                           AS unpaid,
                       coalesce(bool_or(d.month > %(month)s AND {open_late}), false) AS unpaid_after,
                       bool_or(d.month < %(abolished)s) AS late_before_abolished
                FROM {due} d
                WHERE NOT d.paid_in_time {dues_in_range}
                GROUP BY d.household_id
            ), run AS (
                -- where the first month F is unpaid: the first month of the unpaid run through F (the
                -- unpaid months down from F, as long as they follow each other)
                SELECT x.household_id, min(x.month) AS unpaid_from
                FROM (SELECT d.household_id, d.month,
                             row_number() OVER (PARTITION BY d.household_id ORDER BY d.month DESC) AS k
                      FROM {due} d
                      WHERE NOT d.paid_in_time AND d.month <= %(first)s AND {open_late} {dues_in_range}) AS x
                WHERE round((%(first)s::date - x.month) / 30.436875)::int = x.k - 1
                GROUP BY x.household_id
            ), facts AS (
                SELECT t.household_id, t.member_id,
                       greatest(t.since, least(%(first_index)s, r.unpaid_from_index) - 1) AS since,
                       greatest(t.titular_since, least(%(first_index)s, r.unpaid_from_index) - 1) AS titular_since,
                       coalesce(r.unpaid_from_index, -1) AS unpaid_from, r.unpaid_from AS unpaid_from_month,
                       t.titular_since AS titular_since_exact, t.titular_month,
                       -- every month owed (from the titular's start or the first priced month on) booked:
                       -- booked without a hole up to month, from that month or before
                       greatest(t.titular_month, %(first_priced)s, %(first)s) > %(month)s
                       OR (b.last_booked = %(month)s
                           AND b.first_booked <= greatest(t.titular_month, %(first_priced)s, %(first)s)
                           AND b.booked = round((b.last_booked - b.first_booked) / 30.436875)::int + 1) AS booked,
                       coalesce(l.unpaid, 0) AS unpaid,
                       coalesce(l.unpaid_after, false) AS unpaid_after,
                       coalesce(l.late_before_abolished, false) AS late_before_abolished
                FROM titular t
                LEFT JOIN booked b ON b.household_id = t.household_id
                LEFT JOIN late l ON l.household_id = t.household_id
                LEFT JOIN (SELECT run.*, {_month_index_sql("run.unpaid_from")} AS unpaid_from_index FROM run) AS r
                     ON r.household_id = t.household_id
                WHERE t.since <= %(month_index)s AND (t.until IS NULL OR t.until >= %(month_index)s)
            )
            INSERT INTO {_FACTS_TABLE} (household_id, since, titular_since, until, unpaid, unpaid_from, special)
            SELECT f.household_id, f.since, f.titular_since, -1, f.unpaid, f.unpaid_from,
                   -- a month owed not booked (not yet, exempt, a hole)
                   NOT coalesce(f.booked, false)
                   -- unpaid after month, at F, or before the titular's start (bits above month - titular since)
                   OR f.unpaid_after
                   OR (f.unpaid >= (1::bigint << (%(month_index)s - %(first_index)s))
                       -- the run through F known: from 2021 on, from the titular's start on, and the
                       -- month before it not owed unpaid: before the titular's start or the first priced
                       -- month (not owed here), or booked (then paid: it is not in the run)
                       AND NOT (f.unpaid_from_month >= %(abolished)s
                                AND f.unpaid_from_month >= f.titular_month
                                AND (f.unpaid_from_month = f.titular_month
                                     OR f.unpaid_from_month <= %(first_priced)s
                                     OR EXISTS (SELECT 1 FROM {due} d WHERE d.household_id = f.household_id
                                                AND d.month = (f.unpaid_from_month - interval '1 month')::date))))
                   OR f.unpaid >> least(%(month_index)s - f.titular_since + 1, 62) <> 0
                   -- Art. 8 §2: unknown months (before the first table)
                   OR greatest(f.titular_since_exact, %(first_index)s) < %(first_priced_index)s
                   -- Art. 8 §2 2° a–b, §3 2°
                   OR EXISTS (SELECT 1 FROM {prior} p WHERE p.member_id = f.member_id)
                   OR EXISTS (SELECT 1 FROM {insolvency} i WHERE i.member_id = f.member_id)
                   -- Art. 8 §4: a revocation acquired before 2021 possible
                   OR (f.titular_since_exact <= %(revocation_span_index)s
                       AND (f.late_before_abolished
                            OR (greatest(f.titular_since_exact, %(first_priced_index)s) < %(abolished_index)s
                                AND (SELECT count(*) FROM {due} d WHERE d.household_id = f.household_id
                                     AND d.month < %(abolished)s AND d.month >= greatest(%(first_priced)s, f.titular_month))
                                    < %(abolished_index)s
                                      - greatest(f.titular_since_exact, %(first_priced_index)s))))
            FROM facts f
            UNION ALL
            SELECT t.household_id, t.since, t.since, coalesce(t.until, -1), 0, -1, false
            FROM titular t
            WHERE NOT (t.since <= %(month_index)s AND (t.until IS NULL OR t.until >= %(month_index)s))
            """,
            params,
        )
        cursor.execute(
            f"SELECT since, titular_since, until, unpaid, unpaid_from, NULL FROM {_FACTS_TABLE} WHERE NOT special "
            "GROUP BY since, titular_since, until, unpaid, unpaid_from "
            f"UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, household_id FROM {_FACTS_TABLE} WHERE special"
        )
        keys, others = [], []
        for since, titular_since, until, mask, unpaid_from, household_id in cursor.fetchall():
            if household_id is None:
                keys.append((since, titular_since, until, mask, unpaid_from))
            else:
                others.append(household_id)
    return keys, others


def _households_of_keys(keys: list[FactsKey]) -> list[int]:
    """The households of facts ``rules.entitlement_of_facts`` does not decide (none expected): they
    are judged one by one, and left out of the set-based write."""
    if not keys:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {_FACTS_TABLE} f SET special = true
            FROM unnest(%s::int[], %s::int[], %s::int[], %s::bigint[], %s::int[])
                 AS k (since, titular_since, until, unpaid, unpaid_from)
            WHERE (f.since, f.titular_since, f.until, f.unpaid, f.unpaid_from)
                  = (k.since, k.titular_since, k.until, k.unpaid, k.unpaid_from)
            RETURNING f.household_id
            """,
            [list(column) for column in zip(*keys, strict=True)],
        )
        return [row[0] for row in cursor.fetchall()]


def _write_ordinary(outcomes: dict[FactsKey, rules.Entitlement], month: Month, run_id: str, now) -> dict[str, int]:
    """PostgreSQL: store each ordinary household's outcome (by its facts key) where it differs from
    the stored status, and record the changes, in one statement; return the counts."""
    counts: dict[str, int] = {}
    if not outcomes:
        return counts
    quote = connection.ops.quote_name
    status, change = quote(HouseholdStatus._meta.db_table), quote(StatusChange._meta.db_table)
    keys = list(outcomes)
    columns = list(zip(*keys, strict=True))
    params = {
        "since": list(columns[0]),
        "titular_since": list(columns[1]),
        "until": list(columns[2]),
        "unpaid": list(columns[3]),
        "unpaid_from": list(columns[4]),
        "statuses": [outcomes[k].status.value for k in keys],
        "reasons": [outcomes[k].reason for k in keys],
        "explanations": [_explanation_json(outcomes[k]) for k in keys],
        "month": month.first_day,
        "now": now,
        "run_id": run_id,
    }
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH outcome AS (
                SELECT * FROM unnest(%(since)s::int[], %(titular_since)s::int[], %(until)s::int[], %(unpaid)s::bigint[],
                                     %(unpaid_from)s::int[], %(statuses)s::text[], %(reasons)s::text[],
                                     %(explanations)s::jsonb[])
                     AS o (since, titular_since, until, unpaid, unpaid_from, status, reason, explanation)
            ), judged AS MATERIALIZED (
                SELECT f.household_id, o.status, o.reason, o.explanation
                FROM {_FACTS_TABLE} f JOIN outcome o
                     ON (o.since, o.titular_since, o.until, o.unpaid, o.unpaid_from)
                        = (f.since, f.titular_since, f.until, f.unpaid, f.unpaid_from)
                WHERE NOT f.special
            ), differ AS MATERIALIZED (
                SELECT j.*, s.status AS old_status
                FROM judged j LEFT JOIN {status} s ON s.household_id = j.household_id
                WHERE (s.status, s.reason, s.explanation, s.month)
                      IS DISTINCT FROM (j.status, j.reason, j.explanation, %(month)s::date)
            ), changed AS (
                INSERT INTO {change} (household_id, old_status, new_status, month, changed_at, run_id)
                SELECT household_id, coalesce(old_status, ''), status, %(month)s, %(now)s, %(run_id)s
                FROM differ WHERE old_status IS DISTINCT FROM status
                RETURNING 1
            ), written AS (
                INSERT INTO {status} AS s (household_id, status, reason, explanation, month, computed_at)
                SELECT household_id, status, reason, explanation, %(month)s, %(now)s FROM differ
                ON CONFLICT (household_id) DO UPDATE
                    SET status = excluded.status, reason = excluded.reason, explanation = excluded.explanation,
                        month = excluded.month, computed_at = excluded.computed_at
                RETURNING 1
            )
            SELECT status, count(*) FROM judged GROUP BY status
            UNION ALL SELECT 'changed', count(*) FROM changed
            UNION ALL SELECT 'written', count(*) FROM written
            """,
            params,
        )
        for key, value in cursor.fetchall():
            counts[key] = value
    return counts


def _explanation_json(result: rules.Entitlement) -> str:
    return json.dumps([part.to_json() for part in result.explanation])


def _refresh_one_by_one(
    histories: dict[int, rules.ContributionHistory], month: Month, as_of: date, run_id: str, now
) -> dict[str, int]:
    """Judge each history with ``rules.entitlement``; store what differs; record the changes."""
    new, explanations = {}, {}
    for household_id, history in histories.items():
        result = rules.entitlement_or_not_affiliated(history, month, as_of)
        new[household_id] = (result.status.value, result.reason)
        explanations[household_id] = [part.to_json() for part in result.explanation]
    counts = {status: 0 for status in EntitlementStatus.values}
    if not new:
        return counts
    stored = {
        h: (s, r, m, e)
        for h, s, r, m, e in HouseholdStatus.objects.filter(household_id__in=list(new)).values_list(
            "household_id", "status", "reason", "month", "explanation"
        )
    }
    changes = [
        StatusChange(
            household_id=h,
            old_status=stored[h][0] if h in stored else "",
            new_status=s,
            month=month.first_day,
            changed_at=now,
            run_id=run_id,
        )
        for h, (s, _reason) in new.items()
        if h not in stored or stored[h][0] != s
    ]
    # write only what differs: most households keep their status (and reason) from one night to the next
    rows = [
        HouseholdStatus(
            household_id=h, status=s, reason=r, explanation=explanations[h], month=month.first_day, computed_at=now
        )
        for h, (s, r) in new.items()
        # a status without its explanation (written before) is written again
        if stored.get(h) != (s, r, month.first_day, explanations[h])
    ]
    HouseholdStatus.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["household"],
        update_fields=["status", "reason", "explanation", "month", "computed_at"],
        batch_size=2000,
    )
    StatusChange.objects.bulk_create(changes, batch_size=2000)
    for status, _reason in new.values():
        counts[status] += 1
    counts["changed"] = len(changes)
    counts["written"] = len(rows)
    return counts


# --- Art. 8 §3 2° / §4 2°: collective debt settlement and bankruptcy ------------------------------


def insolvency_procedure_end(*, procedure: InsolvencyProcedure, ended_on: date, user=None) -> InsolvencyProcedure:
    """The procedure ended (the settlement plan was completed or revoked, the bankruptcy closed) on
    ``ended_on``: recorded on the procedure, locked and checked again; the same end recorded again
    returns it unchanged, another end of an ended procedure is refused. The months owed before the
    judgment keep counting as paid (Art. 8 §3 2°: the end changes nothing for them)."""
    today = timezone.localdate()
    with transaction.atomic():
        locked = InsolvencyProcedure.objects.select_for_update().filter(pk=procedure.pk).first()
        if locked is None:
            raise ValidationError({"procedure": f"Procedure {procedure.pk} does not exist."})
        bounds.raise_problems(
            {"ended_on": bounds.past_date_problem(ended_on, today=today, earliest=locked.judgment_date)}
        )
        if locked.ended_on is not None:
            if locked.ended_on == ended_on:
                return locked
            raise ValidationError({"ended_on": f"This procedure already ended on {locked.ended_on:%d/%m/%Y}."})
        locked.ended_on = ended_on
        locked.save(update_fields=["ended_on"])
    return locked


def insolvency_procedure_record(
    *,
    member: Member,
    kind: str,
    judgment_date: date,
    court: str,
    case_reference: str,
    proof: str,
    ended_on: date | None = None,
    user=None,
) -> InsolvencyProcedure:
    """Record a collective debt settlement or a bankruptcy from its judgment (Art. 8 §3 2°, §4 2°):
    from the judgment day on, the household's contributions owed before it count as paid
    (``rules.owed_before_judgment``); those of the months during the procedure must be paid.

    The contributions are the titular's (Art. 42.2): the procedure is recorded on the titular.
    Idempotent: the same judgment recorded again (an API retry, a double click) returns the first
    record; a different record of the same judgment is refused.
    """
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "judgment_date": bounds.past_date_problem(judgment_date, today=today),
            "ended_on": ended_on and bounds.past_date_problem(ended_on, today=today, earliest=judgment_date),
            "court": not (court or "").strip() and "Name the court that pronounced the judgment.",
            "case_reference": not (case_reference or "").strip() and "Give the judgment's case reference (rolnummer).",
            "proof": not (proof or "").strip() and "Say which document proves the judgment.",
        }
    )
    with transaction.atomic():
        locked = Member.objects.select_for_update().filter(pk=member.pk).first()
        if locked is None:
            raise ValidationError({"member": f"Member {member.pk} does not exist."})
        if locked.role != Role.TITULAR:
            raise ValidationError(
                {
                    "member": "Art. 8 §3 2°: the contributions are the titular's (Art. 42.2): record the "
                    "procedure on the household's titular."
                }
            )
        existing = InsolvencyProcedure.objects.filter(member=locked, kind=kind, judgment_date=judgment_date).first()
        if existing is not None:
            if (existing.court, existing.case_reference, existing.proof, existing.ended_on) == (
                court.strip(),
                case_reference.strip(),
                proof.strip(),
                ended_on,
            ):
                return existing
            raise ValidationError(
                {"judgment_date": "This judgment is already recorded for this member (with other details)."}
            )
        procedure = InsolvencyProcedure(
            member=locked,
            kind=kind,
            judgment_date=judgment_date,
            court=court.strip(),
            case_reference=case_reference.strip(),
            proof=proof.strip(),
            ended_on=ended_on,
            recorded_by=user if getattr(user, "is_authenticated", False) else None,
        )
        procedure.full_clean()
        procedure.save()
    return procedure


# --- Art. 8 §2 2° a–b: periods before the affiliation here -----------------------------------------


def prior_affiliation_record(
    *,
    member: Member,
    kind: str,
    first_month: Month,
    last_month: Month,
    proof: str,
    fund: str = "",
    in_order: bool = False,
    user=None,
) -> PriorAffiliation:
    """Record where the titular was before the affiliation here (Art. 8 §2 2° a–b), with its proof:
    titular at another Belgian fund (its months count as paid when that fund's attestation says
    they were, else as unpaid) or affiliated nowhere (equalised as Art. 8 §2 2° b says). Periods of
    one member do not overlap; idempotent for the same period recorded again."""
    today = timezone.localdate()
    kind = str(kind)
    bounds.raise_problems(
        {
            "first_month": bounds.history_month_problem(first_month, today=today),
            "last_month": bounds.history_month_problem(last_month, today=today),
            "kind": kind not in {k.value for k in rules.PriorKind} and "other_fund or not_affiliated.",
            "proof": not (proof or "").strip() and "Say which attestation or document these months rest on.",
        }
    )
    if last_month < first_month:
        raise ValidationError({"last_month": f"{last_month} is before the first month ({first_month})."})
    if kind == rules.PriorKind.OTHER_FUND.value and not (fund or "").strip():
        raise ValidationError({"fund": "Art. 8 §2 2° a: name the other fund."})
    if kind == rules.PriorKind.NOT_AFFILIATED.value:
        in_order = False  # Art. 8 §2 2° b decides these months (rules.gap_equalised)
    with transaction.atomic():
        locked = Member.objects.select_for_update().filter(pk=member.pk).first()
        if locked is None:
            raise ValidationError({"member": f"Member {member.pk} does not exist."})
        if locked.role != Role.TITULAR:
            raise ValidationError(
                {"member": "Art. 8 §2 2°: the periods concern the titular, whose contributions are judged."}
            )
        start = Month.of(locked.affiliation_start)
        if last_month >= start:
            raise ValidationError(
                {
                    "last_month": f"Art. 8 §2 2° a–b: a period before the affiliation here ({start}): "
                    f"up to {start - 1} at the latest."
                }
            )
        if first_month < Month.of(locked.birth_date):
            raise ValidationError({"first_month": f"Before the member's birth ({Month.of(locked.birth_date)})."})
        same = PriorAffiliation.objects.filter(
            member=locked, kind=kind, first_month=first_month.first_day, last_month=last_month.first_day
        ).first()
        if same is not None and (same.fund, same.in_order, same.proof) == (fund.strip(), in_order, proof.strip()):
            return same
        overlapping = PriorAffiliation.objects.filter(
            member=locked, first_month__lte=last_month.first_day, last_month__gte=first_month.first_day
        ).first()
        if overlapping is not None:
            raise ValidationError({"first_month": f"Overlaps the period already recorded: {overlapping}."})
        period = PriorAffiliation(
            member=locked,
            kind=kind,
            first_month=first_month.first_day,
            last_month=last_month.first_day,
            fund=fund.strip(),
            in_order=in_order,
            proof=proof.strip(),
            recorded_by=user if getattr(user, "is_authenticated", False) else None,
        )
        period.full_clean()
        period.save()
    return period


# --- Art. 42.3 exemptions, VT periods and hardship situations, with their proof ------------------
# One service per action (record, correct, end), shared by the API and the admin. Each locks the
# household (as payments do: the dues it re-prices are the ones a payment settles), then the row,
# checks again under the lock (bounds, end ≥ start, no overlap of the same kind: the model's
# clean()), saves through the ORM (django-auditlog: who, when, old → new) and then does what the
# change implies for the household, in the same transaction (``household_facts_changed``).

#: A period that is recorded needs the date of its proof (an attest, a decision, a judgment): the
#: clerk records a fact the fund can show, not a claim (Art. 42.3 "zoals bedoeld in artikel 8 ...
#: van het Koninklijk besluit van 15 januari 2014": a recognised status; Art. 8 §4: a judgment).
PROOF_DATE_REQUIRED = True

_PERIOD_FIELDS = ("start", "end", "proof_date", "proof_reference")
_HARDSHIP_FIELDS = ("kind", "start", "end", "proof_date", "evidence")


def _lock_member(member: Member | int) -> Member:
    """Lock the member's household, then the member (the order every writer of dues uses)."""
    member_id = member.pk if isinstance(member, Member) else member
    if not bounds.is_id(member_id):
        raise ValidationError({"member": f"Member {member_id} does not exist."})
    household_id = Member.objects.filter(pk=member_id).values_list("household_id", flat=True).first()
    if household_id is None:
        raise ValidationError({"member": f"Member {member_id} does not exist."})
    Household.objects.select_for_update().filter(pk=household_id).first()
    return Member.objects.select_for_update().get(pk=member_id)


def _require_proof(proof_date, article: str) -> None:
    if PROOF_DATE_REQUIRED and proof_date is None:
        raise ValidationError({"proof_date": f"Give the date of the proof (attest, decision or judgment) ({article})."})


def _require_end(end) -> None:
    if end is None:
        raise ValidationError({"end": "Give the last day of the period."})


def _refuse_unknown(changes: dict, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValidationError({name: "This cannot be changed here." for name in unknown})


def household_dues_reprice(*, household_id: int, tables: selectors.Tables | None = None) -> int:
    """Re-price the household's booked months that no payment settled to the titular's Art. 42.3
    facts as they are now; returns how many months changed.

    A month that became exempt is owed €0 and counts as paid in time (as ``dues_book`` books it);
    an exempt month whose exemption was ended or corrected away is owed the table's amount again and
    is open. A month a payment settled is left as it is: money moved (a refund is a decision of its
    own). The caller holds the household's lock.
    """
    tables = tables or selectors.Tables.load()
    titular = selectors.titulars_for([household_id]).get(household_id)
    if titular is None:
        return 0
    changed = 0
    dues = ContributionDue.objects.filter(household_id=household_id, payment__isnull=True).order_by("month")
    for due in dues:
        month = Month.of(due.month)
        priced = tables.due(titular, month)
        if priced is None:
            continue
        table_id, amount, reason = priced
        reason = reason[:200]
        if amount == ZERO and reason:
            if due.amount == ZERO and due.settled_on is not None and due.exemption == reason:
                continue
            if due.settled_on is not None and due.amount != ZERO:
                continue  # settled some other way than by a payment: not ours to undo
            due.amount, due.table_id, due.exemption = ZERO, table_id, reason
            due.settled_on, due.paid_in_time = month.first_day, True
        elif due.amount == ZERO and due.exemption:
            due.amount, due.table_id, due.exemption = amount, table_id, ""
            due.settled_on, due.paid_in_time = None, False
        else:
            continue
        due.save(update_fields=["amount", "table", "exemption", "settled_on", "paid_in_time"])
        changed += 1
    return changed


def household_facts_changed(*, household_id: int, reprice: bool, today: date | None = None) -> dict[str, int]:
    """What a change of a titular's Art. 42.3 exemption or hardship situation implies for the
    household: the months booked but not paid re-priced (exemptions), and its entitlement status
    recomputed at once (``statuses_refresh`` for this household, the admin's "Recompute the
    entitlement status now") instead of at night."""
    today = today or timezone.localdate()
    repriced = household_dues_reprice(household_id=household_id) if reprice else 0
    counts = statuses_refresh(as_of=today, id_range=(household_id, household_id + 1))
    return {"dues_repriced": repriced, "status_changed": counts.get("changed", 0)}


def _exemption_save(member: Member, kind: ExemptionKind) -> Member:
    try:
        member.full_clean()
    except ValidationError as exc:
        # the model names its fields (incapacity_66_from …); the API and the forms name the period's
        names = dict(zip(kind.fields, _PERIOD_FIELDS, strict=False))
        raise ValidationError({names.get(field, field): errors for field, errors in exc.message_dict.items()}) from exc
    member.save(update_fields=list(kind.fields))
    household_facts_changed(household_id=member.household_id, reprice=True)
    return member


def exemption_record(
    *,
    member: Member | int,
    kind: str | ExemptionKind,
    start: date,
    end: date | None = None,
    proof_date: date | None = None,
    proof_reference: str = "",
) -> Member:
    """Record an Art. 42.3 exemption fact of a member (one period per kind: a second one would
    overlap it or hide its history; correct or end the recorded one)."""
    kind = ExemptionKind(kind)
    _require_proof(proof_date, "Art. 42.3")
    with transaction.atomic():
        locked = _lock_member(member)
        recorded = getattr(locked, kind.start_field)
        if recorded is not None:
            until = getattr(locked, kind.end_field)
            raise ValidationError(
                {
                    "start": (
                        f"This exemption is already recorded ({rules.period_text(recorded, until)}, Art. 42.3): one period "
                        "per kind; correct or end the recorded one."
                    )
                }
            )
        for field, value in zip(kind.fields, (start, end, proof_date, proof_reference or ""), strict=False):
            setattr(locked, field, value)
        return _exemption_save(locked, kind)


def exemption_correct(*, member: Member | int, kind: str | ExemptionKind, **changes) -> Member:
    """Correct a recorded exemption fact (its start, end, proof date or reference), as the
    member's admin page allows."""
    kind = ExemptionKind(kind)
    _refuse_unknown(changes, _PERIOD_FIELDS)
    with transaction.atomic():
        locked = _lock_member(member)
        if getattr(locked, kind.start_field) is None:
            raise ValidationError({"kind": "This exemption is not recorded for this member (Art. 42.3)."})
        for name, value in changes.items():
            if name == "start" and value is None:
                raise ValidationError({"start": "The start cannot be removed."})
            if name == "proof_date" and value is None:
                _require_proof(None, "Art. 42.3")
            if value is None and name == "proof_reference":
                value = ""
            setattr(locked, dict(zip(_PERIOD_FIELDS, kind.fields, strict=False))[name], value)
        return _exemption_save(locked, kind)


def exemption_end(*, member: Member | int, kind: str | ExemptionKind, end: date | None) -> Member:
    """End a running exemption fact: its last day (the incapacity is no longer recognised, the
    allowance stopped)."""
    kind = ExemptionKind(kind)
    _require_end(end)
    with transaction.atomic():
        locked = _lock_member(member)
        start, until = getattr(locked, kind.start_field), getattr(locked, kind.end_field)
        if start is None:
            raise ValidationError({"kind": "This exemption is not recorded for this member (Art. 42.3)."})
        if until is not None:
            raise ValidationError({"end": f"Already ended on {until:%d/%m/%Y}; correct it instead."})
        setattr(locked, kind.end_field, end)
        return _exemption_save(locked, kind)


def _period_save(period, *, reprice: bool | None) -> None:
    """Check the period under the lock (bounds, end ≥ start, no overlap: its clean()), save it, and
    do what it implies for the household (``reprice`` None: nothing depends on it)."""
    period.full_clean()
    period.save()
    if reprice is not None:
        household_facts_changed(household_id=period.member.household_id, reprice=reprice)


def _period_end(model, period, end: date | None, *, reprice: bool | None):
    _require_end(end)
    with transaction.atomic():
        _lock_member(period.member_id)
        locked = model.objects.select_for_update().get(pk=period.pk)
        if locked.end is not None:
            raise ValidationError({"end": f"Already ended on {locked.end:%d/%m/%Y}; correct it instead."})
        locked.end = end
        _period_save(locked, reprice=reprice)
    return locked


def _period_correct(model, period, changes: dict, allowed: tuple[str, ...], *, reprice: bool | None):
    _refuse_unknown(changes, allowed)
    for name in ("start", "kind"):
        if name in changes and changes[name] is None:
            raise ValidationError({name: "This cannot be removed."})
    if "proof_date" in changes and changes["proof_date"] is None:
        _require_proof(None, str(model.OVERLAP_ARTICLE))
    with transaction.atomic():
        _lock_member(period.member_id)
        locked = model.objects.select_for_update().get(pk=period.pk)
        for name, value in changes.items():
            setattr(locked, name, "" if value is None and name in ("proof_reference", "evidence") else value)
        _period_save(locked, reprice=reprice)
    return locked


#: VT status changes nothing the household owes nor its Art. 8 status: the benefits that depend on
#: it (Art. 54 alarm subsidy, lending prices) read the periods when they are judged.
VT_REPRICES = None
#: A hardship situation changes the household's Art. 8 history (restoration, Art. 8 §4; debt
#: settlement and bankruptcy count as paid, Art. 8 §3 2°): its status is recomputed, no dues change.
HARDSHIP_REPRICES = False


def vt_period_record(
    *,
    member: Member | int,
    start: date,
    end: date | None = None,
    proof_date: date | None = None,
    proof_reference: str = "",
) -> IncreasedReimbursementPeriod:
    """Record a VT (verhoogde tegemoetkoming) period of a member, with its proof."""
    _require_proof(proof_date, "VT status")
    with transaction.atomic():
        locked = _lock_member(member)
        period = IncreasedReimbursementPeriod(
            member=locked, start=start, end=end, proof_date=proof_date, proof_reference=proof_reference or ""
        )
        _period_save(period, reprice=VT_REPRICES)
    return period


def vt_period_correct(*, period: IncreasedReimbursementPeriod, **changes) -> IncreasedReimbursementPeriod:
    return _period_correct(IncreasedReimbursementPeriod, period, changes, _PERIOD_FIELDS, reprice=VT_REPRICES)


def vt_period_end(*, period: IncreasedReimbursementPeriod, end: date | None) -> IncreasedReimbursementPeriod:
    return _period_end(IncreasedReimbursementPeriod, period, end, reprice=VT_REPRICES)


def hardship_record(
    *,
    member: Member | int,
    kind: str,
    start: date,
    end: date | None = None,
    proof_date: date | None = None,
    evidence: str = "",
) -> HardshipSituation:
    """Record a hardship situation (behartenswaardige situatie, Art. 8 §4) of a member, with its proof."""
    _require_proof(proof_date, "Art. 8 §4")
    with transaction.atomic():
        locked = _lock_member(member)
        period = HardshipSituation(
            member=locked, kind=kind, start=start, end=end, proof_date=proof_date, evidence=evidence or ""
        )
        _period_save(period, reprice=HARDSHIP_REPRICES)
    return period


def hardship_correct(*, period: HardshipSituation, **changes) -> HardshipSituation:
    return _period_correct(HardshipSituation, period, changes, _HARDSHIP_FIELDS, reprice=HARDSHIP_REPRICES)


def hardship_end(*, period: HardshipSituation, end: date | None) -> HardshipSituation:
    return _period_end(HardshipSituation, period, end, reprice=HARDSHIP_REPRICES)
