"""Arrears reminders before suspension (issue #15; statutes Art. 8 §2 1°, §3).

The nightly step ``members.arrears_reminders`` (``members/nightly.py``, right after
``members.dues_and_status``) reads, per chunk of households, the open dues of the entitled ones in a few
set-based queries (``selectors.arrears_facts_for``), lets ``rules.arrears_reminder`` decide, and writes
each letter into the household's correspondence (``members.Correspondence``), in the titular's language,
from the templates ``templates/members/letters/arrears_reminder.<language>.txt``. A reminder is written
once: its ``source_key`` is ``reminder:<kind>:<household>:<first unpaid month>`` (unique), so the same
reminder for the same months is never written twice, whatever the number of runs.
"""

from __future__ import annotations

from datetime import date

from core import audit
from core.months import Month
from members import letters, rules, selectors
from members.models import Correspondence, CorrespondenceChannel, CorrespondenceKind, Household

TEMPLATE = "members/letters/arrears_reminder"


def source_key(household_id: int, reminder: rules.ArrearsReminder) -> str:
    return f"reminder:{reminder.kind.value}:{household_id}:{reminder.first_month.year:04d}-{reminder.first_month.month:02d}"


def reminder_letter(
    household_id: int, reminder: rules.ArrearsReminder, addressee: selectors.Addressee
) -> Correspondence:
    """The reminder as the household's correspondence (not saved)."""
    reference = Household(pk=household_id).payment_reference  # from the household number alone
    context = {
        "addressee": addressee.name,
        "second": reminder.kind is rules.ReminderKind.SECOND,
        "months": letters.months_text(reminder.months),
        "amount": letters.amount_text(reminder.amount),
        "payment_reference": reference,
        "pay_by": letters.date_text(reminder.pay_by),
        "suspended_from": letters.months_text([reminder.suspended_from]),
    }
    subject, body = letters.render(TEMPLATE, addressee.language, context)
    return Correspondence(
        household_id=household_id,
        kind=CorrespondenceKind.REMINDER,
        channel=CorrespondenceChannel.LETTER,
        language=addressee.language,
        subject=subject,
        body=body,
        amount=reminder.amount,
        event_date=reminder.pay_by,
        details={
            "reminder": reminder.kind.value,
            "first_month": str(reminder.first_month),
            "months": [str(m) for m in reminder.months],
            "payment_reference": reference,
            "suspended_from": str(reminder.suspended_from),
            "article": reminder.article,
            "addressee": addressee.name,
        },
        source_key=source_key(household_id, reminder),
    )


def arrears_reminders_write(*, day: date, id_range: tuple[int, int]) -> dict[str, int]:
    """Write the reminders due on ``day`` to the households in ``id_range`` (ids [low, high)); the counts.
    Idempotent: a reminder already written (same kind, household and first month) is not written again."""
    facts = selectors.arrears_facts_for(id_range, through=Month.of(day))
    due = {household_id: rules.arrears_reminder(f, day) for household_id, f in facts.items()}
    due = {household_id: reminder for household_id, reminder in due.items() if reminder is not None}
    if not due:
        return {"reminders_first": 0, "reminders_second": 0}
    addressees = selectors.addressees_for(due)
    written = [
        reminder_letter(household_id, reminder, addressees[household_id]) for household_id, reminder in due.items()
    ]
    keys = [letter.source_key for letter in written]
    known = set(Correspondence.objects.filter(source_key__in=keys).values_list("source_key", flat=True))
    new = [letter for letter in written if letter.source_key not in known]
    Correspondence.objects.bulk_create(new, ignore_conflicts=True)
    stored = list(
        Correspondence.objects.filter(source_key__in=[letter.source_key for letter in new]).only(
            "id", "kind", "created_at", "source_key", "amount", "language"
        )
    )
    audit.log_bulk_create(stored, fields=["source_key", "amount", "language"], note=f"arrears reminders {day}")
    kinds = [letter.details["reminder"] for letter in new]
    return {
        "reminders_first": kinds.count(rules.ReminderKind.FIRST.value),
        "reminders_second": kinds.count(rules.ReminderKind.SECOND.value),
    }


def letters_of_day_pdf(day: date, *, kind: str | None = None) -> bytes:
    """The letters written on ``day`` (reminders, or ``kind``; all kinds with ``None``) as one PDF, a page
    per letter: the manager's print run."""
    rows = list(selectors.correspondence_of_day(day, kind=kind))
    return letters.letters_pdf(rows, title=f"{day:%d/%m/%Y}")
