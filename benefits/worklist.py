"""Rights nobody claims (issue #17): the worklist's writes.

The nightly step ``benefits.rights_scan`` (``benefits/nightly.py``) and ``manage.py rights_scan`` call
``rights_scan_chunk`` per chunk of household ids: every registered detector (``core.hooks.rights_detectors``:
the benefits' own, lending's, members') says which rights the chunk's members very likely have and did not
claim; a right found for the first time becomes a ``Finding``; a finding still followed (open, letter sent)
that the detectors no longer find is closed: ``expired`` when its deadline passed, else ``claimed`` (the
member claimed it, or received it). A finding is made once per (kind, member, subject), whatever the number
of runs (a unique constraint): the step is idempotent, and a chunk that is run again changes nothing.

Clerks work the list from the admin: ``finding_send_letter`` writes the invitation into the household's
correspondence (``members.Correspondence``, kind ``invitation``) in its language; ``finding_dismiss`` closes
a finding that is no right, with the reason.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Max, Min
from django.utils.translation import gettext as _

from benefits import rights, selectors
from benefits.models import FINDING_OPEN_STATUSES, Finding, FindingKind, FindingStatus
from core import audit, hooks
from core.rights import Right
from members import letters
from members import selectors as member_selectors
from members.models import Correspondence, CorrespondenceChannel, CorrespondenceKind, Household, Member

LETTER_TEMPLATE = "benefits/letters/invitation"
#: Findings that warn the clerk and get no letter: Art. 42.4, a claim the fund must decide before its deadline.
CLERK_ONLY_KINDS = frozenset({"filing_deadline"})


def benefit_rights(day: date, id_range: tuple[int, int]) -> list[Right]:
    """The benefits' detector (registered in ``benefits/hooks.py``): Art. 44, 45, 51, 57 and 42.4."""
    return rights.rights_of_all(selectors.rights_facts_for(id_range, day), day, selectors.rights_rules(day))


def household_ids() -> tuple[int | None, int | None]:
    bounds = Household.objects.aggregate(low=Min("id"), high=Max("id"))
    return bounds["low"], bounds["high"]


def rights_found(day: date, id_range: tuple[int, int]) -> dict[tuple[str, int, str], Right]:
    """What every registered detector finds in ``id_range`` on ``day``, by (kind, member, subject)."""
    found: dict[tuple[str, int, str], Right] = {}
    for _name, detect in hooks.rights_detectors():
        for right in detect(day, id_range):
            found.setdefault(right.key, right)
    return found


def rights_scan_chunk(*, day: date, id_range: tuple[int, int]) -> dict[str, int]:
    """Keep the findings of the households in ``id_range`` (end excluded) up to date on ``day``: the new
    ones written, the ones no longer found closed. Counts: ``new``, ``closed`` (``claimed`` + ``expired``),
    ``open`` (followed after the chunk). Idempotent."""
    low, high = id_range
    found = rights_found(day, id_range)
    with transaction.atomic():
        known = {
            (kind, member_id, subject): (pk, status, deadline)
            for pk, kind, member_id, subject, status, deadline in Finding.objects.filter(
                household_id__gte=low, household_id__lt=high
            ).values_list("pk", "kind", "member_id", "subject_key", "status", "deadline")
        }
        new = [
            Finding(
                kind=right.kind.value,
                article=right.article,
                member_id=right.member_id,
                household_id=right.household_id,
                subject_key=right.subject[:60],
                amount=right.amount,
                deadline=right.deadline,
                evidence=list(right.evidence),
                note=right.note[:200],
                first_found=day,
            )
            for key, right in found.items()
            if key not in known
        ]
        Finding.objects.bulk_create(new, batch_size=2000, ignore_conflicts=True)
        expired: list[int] = []
        claimed: list[int] = []
        for key, (pk, status, deadline) in known.items():
            if status not in FINDING_OPEN_STATUSES or key in found:
                continue
            (expired if deadline is not None and deadline < day else claimed).append(pk)
        for status, ids in ((FindingStatus.EXPIRED, expired), (FindingStatus.CLAIMED, claimed)):
            if ids:
                Finding.objects.filter(pk__in=ids, status__in=FINDING_OPEN_STATUSES).update(
                    status=status, closed_on=day
                )
        still_open = (
            sum(1 for key, (_pk, status, _d) in known.items() if status in FINDING_OPEN_STATUSES)
            - len(expired)
            - len(claimed)
        )
    if new:
        _audit_new_findings(day, id_range)
    return {
        "new": len(new),
        "open": still_open + len(new),
        "closed": len(expired) + len(claimed),
        "claimed": len(claimed),
        "expired": len(expired),
    }


def _audit_new_findings(day: date, id_range: tuple[int, int]) -> None:
    """The audit entries of the findings first found on ``day`` in ``id_range``: on PostgreSQL written by
    one ``INSERT … SELECT`` (the first night finds a right in four households of ten, and formatting
    a million entries in Python costs more than the scan), elsewhere by ``log_bulk_create``; the same
    entries either way (``str(finding)``, the fields' ``str`` values)."""
    low, high = id_range
    stored = Finding.objects.filter(household_id__gte=low, household_id__lt=high, first_found=day)
    note = f"rights scan {day}"
    if connection.vendor != "postgresql":
        # everything str(finding) reads too: a deferred first_found would cost a query per finding
        stored = stored.only("pk", "kind", "subject_key", "amount", "member_id", "first_found")
        audit.log_bulk_create(stored, fields=list(AUDITED_FIELDS), note=note)
        return
    labels = " ".join(
        f"WHEN '{value}' THEN '{str(label).replace(chr(39), chr(39) * 2).replace('%', '%%')}'"
        for value, label in FindingKind.choices
    )
    # str(finding): "<kind's label> dd/mm/yyyy" (Finding.__str__; first_found is never empty here)
    representation = f"(CASE t.kind {labels} ELSE t.kind END) || ' ' || to_char(t.first_found, 'DD/MM/YYYY')"
    audit.log_bulk_create_sql(
        Finding,
        list(stored.values_list("pk", flat=True)),
        changes=AUDITED_FIELDS,
        representation=representation,
        note=note,
    )


#: The fields a new finding's audit entry records, with the SQL over its row ``t`` that gives ``str(value)``.
AUDITED_FIELDS = {"kind": "t.kind", "subject_key": "t.subject_key", "amount": "coalesce(t.amount::text, 'None')"}


def rights_scan(*, day: date, chunk: int = 20_000) -> dict[str, int]:
    """``rights_scan_chunk`` over every household, in the nightly's chunks (``manage.py rights_scan``)."""
    low, high = household_ids()
    totals = {"new": 0, "open": 0, "closed": 0, "claimed": 0, "expired": 0}
    if low is None or high is None:
        return totals
    for first in range(low, high + 1, chunk):
        for name, count in rights_scan_chunk(day=day, id_range=(first, first + chunk)).items():
            totals[name] += count
    return totals


# --- the clerk's actions ---------------------------------------------------------------------------------


def _locked(finding: Finding) -> Finding:
    return Finding.objects.select_for_update().select_related("member", "household").get(pk=finding.pk)


def invitation_letter(finding: Finding, addressee: member_selectors.Addressee, member: Member) -> Correspondence:
    """The invitation as the household's correspondence (not saved), in the addressee's language: what the
    member can claim, how much, until when, and which evidence to bring."""
    context = {
        "addressee": addressee.name,
        "member": f"{member.first_name} {member.last_name}",
        "kind": finding.kind,
        "article": finding.article,
        "amount": letters.amount_text(finding.amount) if finding.amount is not None else "",
        "deadline": letters.date_text(finding.deadline) if finding.deadline else "",
        "payment_reference": Household(pk=finding.household_id).payment_reference,
    }
    subject, body = letters.render(LETTER_TEMPLATE, addressee.language, context)
    return Correspondence(
        household_id=finding.household_id,
        kind=CorrespondenceKind.INVITATION,
        channel=CorrespondenceChannel.LETTER,
        language=addressee.language,
        subject=subject,
        body=body,
        amount=finding.amount,
        event_date=finding.deadline,
        details={
            "finding": finding.pk,
            "kind": finding.kind,
            "article": finding.article,
            "member": finding.member_id,
            "addressee": addressee.name,
        },
        source_key=f"invitation:{finding.pk}",
    )


def finding_send_letter(*, finding: Finding, user=None, today: date) -> Correspondence:
    """Write the invitation letter of an open finding (once: a second call returns the same letter)."""
    with transaction.atomic():
        locked = _locked(finding)
        if locked.letter_id is not None:
            return Correspondence.objects.get(pk=locked.letter_id)
        if locked.kind in CLERK_ONLY_KINDS:
            raise ValidationError(_("This finding is a warning for the clerk (decide the claim), not a letter."))
        if locked.status != FindingStatus.OPEN:
            raise ValidationError(
                _("Only an open finding gets a letter (this one is %(status)s).")
                % {"status": locked.get_status_display()}
            )
        addressee = member_selectors.addressees_for([locked.household_id]).get(locked.household_id)
        if addressee is None:
            raise ValidationError(_("The household has no titular to write to."))
        with audit.action(name="finding_send_letter", user=user):
            letter = invitation_letter(locked, addressee, locked.member)
            letter.created_by = user if getattr(user, "pk", None) else None
            letter.save()
            locked.status = FindingStatus.LETTER_SENT
            locked.letter = letter
            locked.letter_sent_on = today
            locked.save(update_fields=["status", "letter", "letter_sent_on"])
    finding.status, finding.letter_id, finding.letter_sent_on = locked.status, letter.pk, today
    return letter


def finding_dismiss(*, finding: Finding, reason: str, user=None, today: date) -> Finding:
    """Close a finding that is no right (not the child's parent, already paid elsewhere …), with the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"dismissal_reason": _("Give the reason why this is no right.")})
    if len(reason) > 200:
        raise ValidationError({"dismissal_reason": _("At most 200 characters.")})
    with transaction.atomic():
        locked = _locked(finding)
        if locked.status not in FINDING_OPEN_STATUSES:
            raise ValidationError(
                _("This finding is already closed (%(status)s).") % {"status": locked.get_status_display()}
            )
        with audit.action(name="finding_dismiss", user=user, reason=reason):
            locked.status = FindingStatus.DISMISSED
            locked.dismissal_reason = reason
            locked.dismissed_by = user if getattr(user, "pk", None) else None
            locked.closed_on = today
            locked.save(update_fields=["status", "dismissal_reason", "dismissed_by", "closed_on"])
    return locked
