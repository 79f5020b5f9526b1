"""Writes of the bank app (issue #15): mandates, collection runs, settlements and returns.

One function per business action, keyword-only, atomic, validated, audited (django-auditlog records
the rows they save; ``core.audit.action`` names the action, its user and reason). The rows a
collection depends on are locked in primary-key order (households, then mandates) before anything
is decided, so two runs, or a run and a clerk's payment, never collect or settle a month twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from stdnum import bic as std_bic
from stdnum.exceptions import ValidationError as StdnumError

from bank import rules, xsd
from bank.checks import sepa_setting_problems
from bank.models import (
    AmendedField,
    CollectionItem,
    CollectionItemDue,
    CollectionRun,
    ItemStatus,
    Mandate,
    MandateAmendment,
    MandateStatus,
    RunStatus,
    normalise_iban,
    validate_sepa_id,
)
from core import audit, bounds
from core.bulk import copy_rows
from core.formatting import eur, short_date
from core.money import ZERO, cents
from core.months import Month
from members import letters
from members import rules as member_rules
from members import selectors as member_selectors
from members import services as member_services
from members.models import (
    ContributionDue,
    Correspondence,
    CorrespondenceChannel,
    CorrespondenceKind,
    Household,
    PaymentSource,
)

#: The pain.008 schema generated (SEPA Core, EPC rulebook 2023+).
PAIN_008_SCHEMA = "pain.008.001.08"
#: Items stored per INSERT while a run is built (one transaction for the whole run all the same).
ITEM_CHUNK = 2000
#: A collection date at most this far ahead (banks accept files up to a year before the date).
COLLECTION_DAYS_AHEAD = 365
#: A mandate signed before the fund's first electronic records is a typing error.
MANDATE_EARLIEST = date(bounds.FIRST_YEAR, 1, 1)


# --- the creditor (the fund) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Creditor:
    identifier: str
    name: str
    iban: str
    bic: str


def creditor() -> Creditor:
    """The fund as SEPA creditor (settings, checked by ``bank.checks``); refused when incomplete."""
    problems = sepa_setting_problems()
    if problems:
        raise ValidationError(
            _("The fund's SEPA creditor settings are missing or invalid: %(names)s.")
            % {"names": ", ".join(name for name, _id, _meaning in problems)}
        )
    return Creditor(
        identifier=settings.SEPA_CREDITOR_ID.replace(" ", "").upper(),
        name=settings.SEPA_CREDITOR_NAME.strip(),
        iban=settings.SEPA_CREDITOR_IBAN.replace(" ", "").upper(),
        bic=settings.SEPA_CREDITOR_BIC.replace(" ", "").upper(),
    )


# --- mandates ---------------------------------------------------------------------------------------


def _clean_iban(value: str, field: str = "iban") -> str:
    try:
        return normalise_iban(value)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc


def _clean_bic(value: str) -> str:
    value = (value or "").replace(" ", "").upper()
    if not value:
        return ""
    try:
        return std_bic.validate(value)
    except StdnumError as exc:
        raise ValidationError({"bic": _("Not a valid BIC (8 or 11 characters).")}) from exc


def _clean_name(value: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError({"debtor_name": _("The account holder's name, as the bank knows it.")})
    if len(value) > rules.MAX_NAME_LENGTH:
        raise ValidationError({"debtor_name": _("At most 70 characters (pain.008).")})
    return value


def _clean_reference(value: str) -> str:
    value = (value or "").strip()
    try:
        validate_sepa_id(value)
    except ValidationError as exc:
        raise ValidationError({"reference": exc.messages}) from exc
    return value


def _lock_mandate(mandate: Mandate | int) -> Mandate:
    pk = mandate.pk if isinstance(mandate, Mandate) else mandate
    locked = Mandate.objects.select_for_update().filter(pk=pk).first()
    if locked is None:
        raise ValidationError({"mandate": _("Mandate %(id)s does not exist.") % {"id": pk}})
    return locked


def mandate_create(
    *,
    household: Household | int,
    iban: str,
    debtor_name: str,
    signed_on: date,
    reference: str = "",
    bic: str = "",
    frequency: str = rules.Frequency.MONTHLY.value,
    user=None,
) -> Mandate:
    """Register a signed SEPA Core mandate of a household (one active mandate per household)."""
    today = timezone.localdate()
    household_id = household.pk if isinstance(household, Household) else household
    if not bounds.is_id(household_id):
        raise ValidationError({"household": _("Household %(id)s does not exist.") % {"id": household_id}})
    bounds.raise_problems({"signed_on": bounds.past_date_problem(signed_on, today=today, earliest=MANDATE_EARLIEST)})
    iban = _clean_iban(iban)
    bic = _clean_bic(bic)
    debtor_name = _clean_name(debtor_name)
    if frequency not in {f.value for f in rules.Frequency}:
        raise ValidationError({"frequency": _("Monthly or yearly.")})
    reference = _clean_reference(reference) if (reference or "").strip() else ""

    with transaction.atomic(), audit.action(name="bank.mandate_create", user=user):
        locked = Household.objects.select_for_update().filter(pk=int(household_id)).first()
        if locked is None:
            raise ValidationError({"household": _("Household %(id)s does not exist.") % {"id": household_id}})
        active = Mandate.objects.filter(household_id=locked.pk, status=MandateStatus.ACTIVE).first()
        if active is not None:
            raise ValidationError(
                {
                    "household": _(
                        "Household %(id)s already has an active mandate (%(reference)s): amend it, or revoke it first."
                    )
                    % {"id": locked.pk, "reference": active.reference}
                }
            )
        if reference and Mandate.objects.filter(reference=reference).exists():
            raise ValidationError({"reference": _("Mandate reference %(ref)s is already used.") % {"ref": reference}})
        mandate = Mandate(
            reference=reference or rules.mandate_reference(locked.pk, signed_on, uuid.uuid4().hex[:6]),
            household=locked,
            debtor_name=debtor_name,
            iban=iban,
            bic=bic,
            signed_on=signed_on,
            frequency=frequency,
            status=MandateStatus.ACTIVE,
            status_changed_on=today,
            created_by=user if getattr(user, "pk", None) else None,
        )
        mandate.full_clean()
        mandate.save()
    return mandate


def mandate_amend(
    *,
    mandate: Mandate | int,
    iban: str | None = None,
    bic: str | None = None,
    debtor_name: str | None = None,
    reference: str | None = None,
    reason: str = "",
    user=None,
) -> list[MandateAmendment]:
    """Amend a mandate (SEPA: same mandate, changed data): each changed value is an amendment that
    keeps the old one. A new IBAN at another bank makes the next collection a first one (FRST)."""
    wanted = {
        AmendedField.IBAN: _clean_iban(iban) if iban is not None else None,
        AmendedField.BIC: _clean_bic(bic) if bic is not None else None,
        AmendedField.DEBTOR_NAME: _clean_name(debtor_name) if debtor_name is not None else None,
        AmendedField.REFERENCE: _clean_reference(reference) if reference is not None else None,
    }
    with transaction.atomic(), audit.action(name="bank.mandate_amend", user=user, reason=reason):
        locked = _lock_mandate(mandate)
        if locked.status in (MandateStatus.REVOKED, MandateStatus.EXPIRED):
            raise ValidationError(
                _("A %(status)s mandate is not amended: the household signs a new one.")
                % {"status": locked.get_status_display().lower()}
            )
        now = timezone.now()
        amendments = []
        for field, new in wanted.items():
            old = getattr(locked, field.value)
            if new is None or new == old:
                continue
            if field == AmendedField.REFERENCE and Mandate.objects.filter(reference=new).exclude(pk=locked.pk).exists():
                raise ValidationError({"reference": _("Mandate reference %(ref)s is already used.") % {"ref": new}})
            amendments.append(
                MandateAmendment(
                    mandate=locked,
                    field=field,
                    old_value=old,
                    new_value=new,
                    other_bank=field == AmendedField.IBAN and rules.is_other_bank(old, new),
                    reason=reason[:200],
                    amended_at=now,
                    amended_by=user if getattr(user, "pk", None) else None,
                )
            )
            setattr(locked, field.value, new)
        if not amendments:
            return []
        locked.full_clean()
        locked.save()
        for amendment in amendments:
            amendment.save()
    return amendments


def _status_change(mandate, *, to: str, allowed: Sequence[str], reason: str, user, on: date | None, action: str):
    with transaction.atomic(), audit.action(name=action, user=user, reason=reason):
        locked = _lock_mandate(mandate)
        if locked.status == to:
            return locked
        if locked.status not in allowed:
            raise ValidationError(
                _("A mandate that is %(status)s cannot become %(new)s.")
                % {"status": locked.get_status_display().lower(), "new": MandateStatus(to).label.lower()}
            )
        locked.status = to
        locked.status_reason = reason.strip()[:200]
        locked.status_changed_on = on or timezone.localdate()
        locked.save(update_fields=["status", "status_reason", "status_changed_on"])
    return locked


def mandate_suspend(*, mandate: Mandate | int, reason: str, user=None, on: date | None = None) -> Mandate:
    """No collection under this mandate until a clerk reactivates it (a return, the member's request)."""
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the mandate is suspended.")})
    return _status_change(
        mandate,
        to=MandateStatus.SUSPENDED,
        allowed=(MandateStatus.ACTIVE,),
        reason=reason,
        user=user,
        on=on,
        action="bank.mandate_suspend",
    )


def mandate_revoke(*, mandate: Mandate | int, reason: str, user=None, on: date | None = None) -> Mandate:
    """The debtor (or the fund) ends the mandate: it is never used again."""
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the mandate is revoked.")})
    return _status_change(
        mandate,
        to=MandateStatus.REVOKED,
        allowed=(MandateStatus.ACTIVE, MandateStatus.SUSPENDED),
        reason=reason,
        user=user,
        on=on,
        action="bank.mandate_revoke",
    )


def mandate_reactivate(*, mandate: Mandate | int, reason: str = "", user=None, today: date | None = None) -> Mandate:
    """A suspended mandate is used again (the debtor's account is in order again)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        locked = _lock_mandate(mandate)
        Household.objects.select_for_update().filter(pk=locked.household_id).first()
        if locked.status == MandateStatus.SUSPENDED and rules.mandate_expired(
            signed_on=locked.signed_on, last_collection_on=locked.last_collection_on, today=today
        ):
            raise ValidationError(
                _("This mandate was not used for 36 months (SEPA rulebook): it expired; the household signs a new one.")
            )
        other = (
            Mandate.objects.filter(household_id=locked.household_id, status=MandateStatus.ACTIVE)
            .exclude(pk=locked.pk)
            .first()
        )
        if other is not None:
            raise ValidationError(
                _("The household already has an active mandate (%(reference)s).") % {"reference": other.reference}
            )
        return _status_change(
            locked,
            to=MandateStatus.ACTIVE,
            allowed=(MandateStatus.SUSPENDED,),
            reason=reason,
            user=user,
            on=today,
            action="bank.mandate_reactivate",
        )


def mandates_expire(*, today: date) -> int:
    """Expire the mandates unused for 36 months (SEPA rulebook PR-01.05); for the nightly chain.
    Idempotent: an expired mandate is not looked at again. Returns how many expired."""
    # a little margin before the exact rule (months of different lengths): the rule decides each one
    cutoff = today - timedelta(days=rules.MANDATE_EXPIRY_MONTHS * 30)
    candidates = Mandate.objects.filter(status__in=[MandateStatus.ACTIVE, MandateStatus.SUSPENDED]).filter(
        signed_on__lte=cutoff
    )
    expired = 0
    for pk, signed_on, last in candidates.values_list("pk", "signed_on", "last_collection_on").order_by("pk"):
        if not rules.mandate_expired(signed_on=signed_on, last_collection_on=last, today=today):
            continue
        with transaction.atomic(), audit.action(name="bank.mandates_expire"):
            locked = _lock_mandate(pk)
            if locked.status in (MandateStatus.ACTIVE, MandateStatus.SUSPENDED) and rules.mandate_expired(
                signed_on=locked.signed_on, last_collection_on=locked.last_collection_on, today=today
            ):
                locked.status = MandateStatus.EXPIRED
                locked.status_reason = _("No collection for 36 months (SEPA rulebook).")
                locked.status_changed_on = today
                locked.save(update_fields=["status", "status_reason", "status_changed_on"])
                expired += 1
    return expired


# --- collection runs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CollectionResult:
    """What a run collected: its files (none when nothing was due; one per ``SEPA_MAX_DEBITS_PER_FILE``
    direct debits), months, mandates, total."""

    runs: tuple[CollectionRun, ...]
    dues: int
    mandates: int
    total: Decimal

    @property
    def run(self) -> CollectionRun | None:
        """The first file (``None`` when nothing was collected)."""
        return self.runs[0] if self.runs else None


def collection_date_problem(collection_date: date, *, today: date) -> str | None:
    """A collection date the banks accept and the debtors were told in time, else why not."""
    days = settings.SEPA_PRENOTIFICATION_DAYS
    earliest = rules.earliest_collection_date(today=today, prenotification_days=days)
    if not rules.is_business_day(collection_date):
        return _(
            "%(day)s is not a TARGET2 business day (a weekend, 1 January, Good Friday, Easter Monday, 1 May, "
            "25 or 26 December): the banks do not collect on it. The next one is %(next)s."
        ) % {"day": short_date(collection_date), "next": short_date(rules.next_business_day(collection_date))}
    if collection_date < today + timedelta(days=days):
        return _(
            "The debtors are told amount and date at least %(days)s days before (SEPA pre-notification, "
            "rulebook PT-04.03): not before %(day)s."
        ) % {"days": days, "day": short_date(earliest)}
    if collection_date > today + timedelta(days=COLLECTION_DAYS_AHEAD):
        return _("At most a year ahead: not after %(day)s.") % {
            "day": short_date(today + timedelta(days=COLLECTION_DAYS_AHEAD))
        }
    return None


@dataclass(frozen=True)
class _Debtor:
    """What a collection reads of a mandate (a tuple's worth: a run reads a million of them)."""

    pk: int
    household_id: int
    reference: str
    iban: str
    bic: str
    debtor_name: str
    signed_on: date
    frequency: str


_DEBTOR_FIELDS = ("pk", "household_id", "reference", "iban", "bic", "debtor_name", "signed_on", "frequency")


@dataclass
class _Planned:
    mandate: _Debtor
    dues: list[rules.OpenDue]
    sequence: rules.SequenceType
    language: str
    amendment: rules.AmendmentInfo | None = None
    amount: Decimal = ZERO

    def __post_init__(self):
        self.amount = cents(sum((due.amount for due in self.dues), ZERO))


def collection_run_create(*, collection_date: date, today: date, user=None) -> CollectionResult:
    """Collect, on ``collection_date``, what the households with an active mandate owe
    (``rules.collectable_months_through``: monthly, the months through the collection's month;
    yearly, the collection's year): pain.008.001.08 files of at most ``SEPA_MAX_DEBITS_PER_FILE``
    direct debits, one payment information block per sequence type (FRST, RCUR), each validated
    against the XSD and stored with its checksum; each household pre-notified in its correspondence.

    Never twice: a month already in a collection that was not returned is not taken (the open link
    is unique in the database), and each slice's households are locked before its months are read
    (slices in household order, so in primary-key order overall), so a second run that day, or one
    running at the same moment, collects nothing of it. All or nothing: one transaction.

    Set-based, a slice of households (one file) at a time: the mandates, months, past collections,
    amendments and languages are read in a few queries per slice; the pure rules decide each
    mandate; the direct debits, their months and the pre-notifications are written by COPY
    (PostgreSQL), the letters rendered once per language and filled in (``members.letters.renderer``).
    The audit trail records each file (the run: who, when, how many debits and months, the total);
    its debits are rows of that file, not one audit entry each."""
    bounds.raise_problems({"collection_date": collection_date_problem(collection_date, today=today)})
    fund = creditor()
    per_file = settings.SEPA_MAX_DEBITS_PER_FILE
    runs: list[CollectionRun] = []

    with transaction.atomic(), audit.action(name="bank.collection_run_create", user=user):
        household_ids = list(
            Mandate.objects.filter(status=MandateStatus.ACTIVE)
            .order_by("household_id")
            .values_list("household_id", flat=True)
            .distinct()
        )
        writer = _RunWriter(collection_date=collection_date, fund=fund, user=user)
        for start in range(0, len(household_ids), per_file):
            chunk = household_ids[start : start + per_file]
            planned = _plan_slice((chunk[0], chunk[-1] + 1), collection_date)
            if planned:
                runs.append(writer.write(planned))
    return CollectionResult(
        tuple(runs),
        sum(run.due_count for run in runs),
        sum(run.item_count for run in runs),
        cents(sum((run.total for run in runs), ZERO)),
    )


def _plan_slice(id_range: tuple[int, int], collection_date: date) -> list[_Planned]:
    """Lock the households (then the mandates) with an active mandate in ``id_range`` (household ids,
    end excluded), book their months through the collection's, and decide what each mandate collects
    (fetch, then let the rules decide)."""
    low, high = id_range
    active = Mandate.objects.filter(status=MandateStatus.ACTIVE, household_id__gte=low, household_id__lt=high)
    # households first (a clerk's payment locks them too), then the mandates: in primary-key order
    list(
        Household.objects.select_for_update()
        .filter(pk__in=active.values("household_id"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    mandates = [
        _Debtor(*row) for row in active.select_for_update().order_by("household_id", "pk").values_list(*_DEBTOR_FIELDS)
    ]
    through = {m.pk: rules.collectable_months_through(rules.Frequency(m.frequency), collection_date) for m in mandates}
    for frequency in sorted({m.frequency for m in mandates}):
        # the slice's households of that frequency, as a subquery (no list of ids sent to the database)
        member_services.dues_book(
            through=rules.collectable_months_through(rules.Frequency(frequency), collection_date),
            household_ids=active.filter(frequency=frequency).values("household_id"),
            id_range=id_range,
        )

    in_open_item = CollectionItemDue.objects.filter(due=OuterRef("pk"), open=True)
    open_dues: dict[int, list[rules.OpenDue]] = defaultdict(list)
    rows = (
        ContributionDue.objects.filter(
            household_id__gte=low,
            household_id__lt=high,
            household_id__in=active.values("household_id"),
            settled_on__isnull=True,
            amount__gt=0,
            month__lte=max(through.values()).first_day,
        )
        .filter(~Exists(in_open_item))
        .values_list("pk", "household_id", "month", "amount")
        .order_by("household_id", "month")
    )
    months: dict[date, Month] = {}  # a slice's dues fall in a few dozen months: each made once
    for pk, household_id, day, amount in rows:
        month = months.get(day)
        if month is None:
            month = months[day] = Month.of(day)
        open_dues[household_id].append(rules.OpenDue(pk, month, amount))

    # the sequence type needs only the last collection that did not come back, the amendments only the
    # last one presented: one row per mandate, whatever its history
    presented: dict[int, tuple] = {
        mandate_id: (last, last_kept)
        for mandate_id, last, last_kept in CollectionItem.objects.filter(
            mandate__in=active.values("pk"), household_id__gte=low, household_id__lt=high
        )
        .values("mandate_id")
        .annotate(
            last=Max("run__created_at"),
            last_kept=Max("run__created_at", filter=~Q(status=ItemStatus.RETURNED)),
        )
        .values_list("mandate_id", "last", "last_kept")
        .order_by()
    }
    changes: dict[int, list[rules.AccountChange]] = defaultdict(list)
    amendments: dict[int, list[rules.PastAmendment]] = defaultdict(list)
    for mandate_id, field_name, old, at, other in MandateAmendment.objects.filter(
        mandate__in=active.values("pk")
    ).values_list("mandate_id", "field", "old_value", "amended_at", "other_bank"):
        amendments[mandate_id].append(rules.PastAmendment(field_name, old, at, other))
        if field_name == AmendedField.IBAN:
            changes[mandate_id].append(rules.AccountChange(at, other))

    languages = member_selectors.letter_languages_for(id_range=id_range)  # the titular's, else the region's
    oldest = member_rules.oldest_demandable_month(collection_date)
    planned = []
    for mandate in mandates:
        dues = rules.collectable(open_dues.get(mandate.household_id, ()), through=through[mandate.pk], oldest=oldest)
        if not dues:
            continue
        last, last_kept = presented.get(mandate.pk, (None, None))
        history = [rules.PastCollection(last_kept, False)] if last_kept is not None else []
        planned.append(
            _Planned(
                mandate=mandate,
                dues=dues,
                sequence=rules.sequence_type(history, changes.get(mandate.pk, ())),
                language=languages.get(mandate.household_id, rules.household_language()),
                amendment=rules.amendment_info(amendments.get(mandate.pk, ()), last),
            )
        )
    return planned


#: What a pre-notification letter prints (``templates/bank/letters/prenotification.<language>.txt``).
_PRENOTIFICATION_KEYS = (
    "amount",
    "collection_date",
    "debtor_name",
    "iban_masked",
    "months",
    "mandate_reference",
    "creditor_id",
    "creditor_name",
    "sequence_type",
)


class _RunWriter:
    """Writes a run's files: per slice, the run row (its message id), its direct debits and their
    months, the pre-notifications, the mandates' last collection, and the pain.008 file."""

    def __init__(self, *, collection_date: date, fund: Creditor, user):
        self.collection_date = collection_date
        self.fund = fund
        self.user = user if getattr(user, "pk", None) else None
        self._letters: dict[str, object] = {}
        self._day = short_date(collection_date)
        # a million letters print a few hundred distinct amounts and month spans: each formatted once
        self._amounts: dict[tuple[str, Decimal], str] = {}
        self._months: dict[tuple[Month, ...], tuple[str, list[str]]] = {}

    def _amount(self, language: str, amount: Decimal) -> str:
        key = (language, amount)
        if key not in self._amounts:
            with translation.override(language):  # the letter's language's number format
                self._amounts[key] = eur(amount)
        return self._amounts[key]

    def _month_texts(self, months: tuple[Month, ...]) -> tuple[str, list[str]]:
        if months not in self._months:
            self._months[months] = (rules.months_text(months), [str(m) for m in months])
        return self._months[months]

    def write(self, planned: list[_Planned]) -> CollectionRun:
        run = CollectionRun.objects.create(
            collection_date=self.collection_date,
            message_id=rules.message_id(self.collection_date, uuid.uuid4().hex),
            xml="",
            sha256="",
            created_by=self.user,
        )
        e2e = [rules.end_to_end_id(run.message_id, index) for index in range(1, len(planned) + 1)]
        item_ids = self._items(run, planned, e2e)
        copy_rows(
            CollectionItemDue,
            ["item", "due", "open"],
            ((item_id, due.due_id, True) for item_id, plan in zip(item_ids, planned, strict=True) for due in plan.dues),
        )
        copy_rows(
            Correspondence,
            [
                "household",
                "kind",
                "channel",
                "language",
                "subject",
                "body",
                "amount",
                "event_date",
                "details",
                "source_key",
                "created_at",
                "created_by",
            ],
            self._prenotifications(run, planned, e2e),
        )
        # the file's mandates: one UPDATE through its debits, no list of ids sent
        Mandate.objects.filter(pk__in=CollectionItem.objects.filter(run=run).values("mandate_id")).update(
            last_collection_on=self.collection_date
        )
        xml = _pain_008(run, list(zip(e2e, planned, strict=True)), self.fund)
        run.xml = xml
        run.sha256 = hashlib.sha256(xml.encode()).hexdigest()
        run.item_count = len(planned)
        run.due_count = sum(len(p.dues) for p in planned)
        run.total = cents(sum((plan.amount for plan in planned), ZERO))
        run.save(update_fields=["xml", "sha256", "item_count", "due_count", "total"])
        return run

    def _items(self, run: CollectionRun, planned: list[_Planned], e2e: list[str]) -> list[int]:
        """The direct debits' ids: on PostgreSQL reserved from the table's sequence and the rows COPYed;
        elsewhere ``bulk_create``, read back when the database returns no ids."""
        fields = ["run", "mandate", "household", "sequence_type", "amount", "end_to_end_id", "status", "return_reason"]
        rows = [
            (run.pk, p.mandate.pk, p.mandate.household_id, p.sequence.value, p.amount, e, ItemStatus.PENDING.value, "")
            for p, e in zip(planned, e2e, strict=True)
        ]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                    [CollectionItem._meta.db_table, len(rows)],
                )
                ids = [pk for (pk,) in cursor.fetchall()]
            copy_rows(CollectionItem, ["id", *fields], ((pk, *row) for pk, row in zip(ids, rows, strict=True)))
            return ids
        for start in range(0, len(rows), ITEM_CHUNK):
            copy_rows(CollectionItem, fields, rows[start : start + ITEM_CHUNK])
        by_e2e = dict(CollectionItem.objects.filter(run=run).values_list("end_to_end_id", "pk"))
        return [by_e2e[e] for e in e2e]

    def _letter(self, language: str):
        if language not in self._letters:
            self._letters[language] = letters.renderer("bank/letters/prenotification", language, _PRENOTIFICATION_KEYS)
        return self._letters[language]

    def _prenotifications(self, run: CollectionRun, planned: list[_Planned], e2e: list[str]):
        now = timezone.now()
        kind, channel = CorrespondenceKind.PRENOTIFICATION.value, CorrespondenceChannel.LETTER.value
        for plan, end_to_end in zip(planned, e2e, strict=True):
            months_text, months = self._month_texts(tuple(due.month for due in plan.dues))
            mandate = plan.mandate
            subject, body = self._letter(plan.language)(
                {
                    "amount": self._amount(plan.language, plan.amount),
                    "collection_date": self._day,
                    "debtor_name": mandate.debtor_name,
                    "iban_masked": _masked(mandate.iban),
                    "months": months_text,
                    "mandate_reference": mandate.reference,
                    "creditor_id": self.fund.identifier,
                    "creditor_name": self.fund.name,
                    "sequence_type": plan.sequence.value,
                }
            )
            details = {
                "mandate_reference": mandate.reference,
                "creditor_id": self.fund.identifier,
                "end_to_end_id": end_to_end,
                "sequence_type": plan.sequence.value,
                "months": months,
            }
            yield (
                mandate.household_id,
                kind,
                channel,
                plan.language,
                subject,
                body,
                plan.amount,
                self.collection_date,
                json.dumps(details) if connection.vendor == "postgresql" else details,
                f"prenotification:{end_to_end}",
                now,
                self.user.pk if self.user else None,
            )


def _masked(iban: str) -> str:
    return f"{iban[:4]} **** **** {iban[-4:]}" if len(iban) > 8 else iban


def _letter(kind: str, language: str, context: dict) -> tuple[str, str]:
    """Subject and text of a letter in ``language`` (templates/bank/letters/), rendered as every letter of the
    household's correspondence is (``members.letters``)."""
    return letters.render(f"bank/letters/{kind}", language, context)


def _pain_008(run: CollectionRun, debits: list[tuple[str, _Planned]], fund: Creditor) -> str:
    """The run's pain.008.001.08 file, by sepaxml, validated against the official XSD (``bank.xsd``)."""
    from sepaxml import SepaDD

    sepa = SepaDD(
        {
            "name": _sepa_text(fund.name, 70),
            "IBAN": fund.iban,
            "BIC": fund.bic,
            "batch": True,
            "creditor_id": fund.identifier,
            "currency": "EUR",
        },
        schema=PAIN_008_SCHEMA,
        clean=False,  # cleaned here as sepaxml cleans (unidecode, lengths), but only the texts that need it
    )
    sepa._xml.find("CstmrDrctDbtInitn/GrpHdr/MsgId").text = run.message_id
    for end_to_end, plan in debits:
        months = tuple(d.month for d in plan.dues)
        payment = {
            "name": _sepa_text(plan.mandate.debtor_name, 70),
            "IBAN": plan.mandate.iban,
            "amount": int(plan.amount * 100),
            "type": plan.sequence.value,
            "collection_date": run.collection_date,
            "mandate_id": plan.mandate.reference,
            "mandate_date": plan.mandate.signed_on,
            "description": _sepa_text(
                rules.remittance_text(language=plan.language, months=months, reference=plan.mandate.reference), 140
            ),
            "endtoend_id": end_to_end,
        }
        if plan.mandate.bic:
            payment["BIC"] = plan.mandate.bic
        sepa.add_payment(payment)
    xml = _with_amendments(sepa.export(validate=False), debits)
    problem = xsd.problem(xml, PAIN_008_SCHEMA)
    if problem:
        raise ValidationError(_("The pain.008 file does not validate against the XSD: %(error)s") % {"error": problem})
    return xml.decode("utf-8")


def _sepa_text(text: str, length: int) -> str:
    """What sepaxml's ``clean`` makes of a text (``unidecode``, then cut): the SEPA character set is Latin.
    An ASCII text (most names, every remittance text) is left as it is without the call."""
    if not text.isascii():
        from text_unidecode import unidecode

        text = unidecode(text)
    return text[:length]


def _with_amendments(xml: bytes, debits: list[tuple[str, _Planned]]) -> bytes:
    """sepaxml writes no amendment details: add ``AmdmntInd`` and ``AmdmntInfDtls`` (original mandate
    id, original IBAN, or SMNDA) to the transactions of amended mandates (rulebook AT-24/AT-25)."""
    amended = {end_to_end: plan.amendment for end_to_end, plan in debits if plan.amendment is not None}
    if not amended:
        return xml
    from xml.etree import ElementTree

    ns = "{urn:iso:std:iso:20022:tech:xsd:" + PAIN_008_SCHEMA + "}"
    ElementTree.register_namespace("", ns[1:-1])
    root = ElementTree.fromstring(xml)

    def child(parent, tag, text=None):
        element = ElementTree.SubElement(parent, ns + tag)
        element.text = text
        return element

    for transaction_info in root.iter(ns + "DrctDbtTxInf"):
        info = amended.get(transaction_info.findtext(f"{ns}PmtId/{ns}EndToEndId") or "")
        if info is None:
            continue
        mandate_info = transaction_info.find(f"{ns}DrctDbtTx/{ns}MndtRltdInf")
        if mandate_info is None:  # sepaxml always writes it (MndtId, DtOfSgntr)
            raise ValidationError(_("The pain.008 file has a direct debit without mandate information."))
        # AmdmntInd comes right after MndtId and DtOfSgntr (MandateRelatedInformation14)
        position = [c.tag for c in mandate_info].index(ns + "DtOfSgntr") + 1
        indicator = ElementTree.Element(ns + "AmdmntInd")
        indicator.text = "true"
        details = ElementTree.Element(ns + "AmdmntInfDtls")
        if info.original_mandate_id:
            child(details, "OrgnlMndtId", info.original_mandate_id)
        if info.original_iban:
            child(child(child(details, "OrgnlDbtrAcct"), "Id"), "IBAN", info.original_iban)
        if info.new_debtor_agent:
            child(child(child(child(details, "OrgnlDbtrAgt"), "FinInstnId"), "Othr"), "Id", rules.SMNDA)
        mandate_info.insert(position, indicator)
        mandate_info.insert(position + 1, details)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + ElementTree.tostring(root, encoding="utf-8")


# --- the bank's answer: credited, or returned ------------------------------------------------------------


def collection_settle(*, run: CollectionRun | int, on: date, user=None, reason: str = "") -> int:
    """The bank credited the run on ``on``: one payment per pending item (source: bank, bank
    reference = the end-to-end id, so it is booked once), settling the months it collected.
    Returns how many items were settled now (0 the second time)."""
    today = timezone.localdate()
    pk = run.pk if isinstance(run, CollectionRun) else run
    with transaction.atomic(), audit.action(name="bank.collection_settle", user=user, reason=reason):
        locked = CollectionRun.objects.select_for_update().filter(pk=pk).first()
        if locked is None:
            raise ValidationError({"run": _("Collection %(id)s does not exist.") % {"id": pk}})
        bounds.raise_problems(
            {
                "on": bounds.past_date_problem(on, today=today, earliest=locked.collection_date)
                or bounds.payment_date_problem(on, today=today)
            }
        )
        items = list(
            CollectionItem.objects.select_for_update()
            .filter(run=locked, status=ItemStatus.PENDING)
            .select_related("mandate")
            .order_by("household_id", "pk")
        )
        settled = 0
        for item in items:
            _settle_item(item, on=on)
            settled += 1
        if locked.status != RunStatus.SETTLED:
            locked.status = RunStatus.SETTLED
            locked.settled_on = on
            locked.save(update_fields=["status", "settled_on"])
    return settled


def _settle_item(item: CollectionItem, *, on: date) -> None:
    months = sorted(
        Month.of(day)
        for day in ContributionDue.objects.filter(collection_links__item=item, settled_on__isnull=True).values_list(
            "month", flat=True
        )
    )
    all_months = item.links.count()
    communication = f"SEPA DD {item.end_to_end_id} {item.mandate.reference}"
    # every month still open: exactly those; one paid meanwhile by other means: the money settles the
    # oldest open months and keeps the rest as credit (payment_record), never a month twice
    result = member_services.payment_record(
        household=item.household_id,
        amount=item.amount,
        paid_on=on,
        months=months if len(months) == all_months else None,
        source=PaymentSource.BANK_IMPORT,
        bank_reference=item.end_to_end_id,
        communication=communication,
    )
    item.payment = result.payment
    item.status = ItemStatus.SETTLED
    item.settled_on = on
    item.save(update_fields=["payment", "status", "settled_on"])


def collection_item_return(
    *, item: CollectionItem | int, reason_code: str, on: date, user=None, reason: str = ""
) -> CollectionItem:
    """An R-transaction (return, refund or reject) of one item: its payment is reversed (the months
    open again, Art. 8 §2), its months may be collected again, the mandate is suspended where the
    reason says so, and the household gets a letter. Returning it twice changes nothing the second time."""
    code = (reason_code or "").strip().upper()
    if code not in rules.RETURN_REASONS:
        raise ValidationError(
            {"reason_code": _("Not an ISO 20022 return reason code known here: %(code)s.") % {"code": code}}
        )
    meaning = rules.RETURN_REASONS[code]
    today = timezone.localdate()
    pk = item.pk if isinstance(item, CollectionItem) else item
    with transaction.atomic(), audit.action(name="bank.collection_item_return", user=user, reason=reason):
        locked = CollectionItem.objects.select_for_update().select_related("run", "mandate").filter(pk=pk).first()
        if locked is None:
            raise ValidationError({"item": _("Direct debit %(id)s does not exist.") % {"id": pk}})
        if locked.status == ItemStatus.RETURNED:
            return locked
        bounds.raise_problems({"on": bounds.past_date_problem(on, today=today, earliest=locked.run.created_at.date())})
        months = [Month.of(day) for day in locked.dues.order_by("month").values_list("month", flat=True)]
        if locked.payment_id is not None:
            member_services.payment_reverse(
                payment=locked.payment,
                reason=f"SEPA {code} {meaning.label}"[:200],
                on=on,
            )
        locked.links.filter(open=True).update(open=False)
        locked.status = ItemStatus.RETURNED
        locked.return_reason = code
        locked.returned_on = on
        locked.save(update_fields=["status", "return_reason", "returned_on"])

        mandate = locked.mandate
        suspended = False
        if meaning.suspends_mandate and mandate.status == MandateStatus.ACTIVE:
            mandate = mandate_suspend(mandate=mandate, reason=f"SEPA {code}: {meaning.label}", user=user, on=on)
            suspended = True
        _return_letter(locked, mandate, months, code, meaning, suspended, user)
    return locked


def _return_letter(item, mandate, months, code, meaning, suspended, user) -> None:
    household = Household.objects.get(pk=item.household_id)
    language = member_selectors.letter_languages_for([household.pk])[household.pk]  # the titular's, else the region's
    with translation.override(language):
        context = {
            "amount": eur(item.amount),
            "collection_date": short_date(item.run.collection_date),
            "debtor_name": mandate.debtor_name,
            "months": rules.months_text(months),
            "reason_code": code,
            "reason_label": meaning.label,
            "mandate_suspended": suspended,
            "mandate_reference": mandate.reference,
            "payment_reference": household.payment_reference,
        }
    subject, body = _letter(CorrespondenceKind.DEBIT_RETURNED, language, context)
    Correspondence.objects.get_or_create(
        source_key=f"debit_returned:{item.end_to_end_id}",
        defaults={
            "household": household,
            "kind": CorrespondenceKind.DEBIT_RETURNED,
            "language": language,
            "subject": subject,
            "body": body,
            "amount": item.amount,
            "event_date": item.returned_on,
            "details": {
                "mandate_reference": mandate.reference,
                "end_to_end_id": item.end_to_end_id,
                "reason_code": code,
                "mandate_suspended": suspended,
                "months": [str(m) for m in months],
            },
            "created_by": user if getattr(user, "pk", None) else None,
        },
    )
