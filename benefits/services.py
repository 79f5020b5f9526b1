"""Writes of the benefits app: filing and judging claims, payment batches, recoveries (Art. 7, 42)."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from stdnum import iban as any_iban
from stdnum.exceptions import ValidationError as StdnumError

from benefits import catalogue as statutes
from benefits import rules, selectors
from benefits.facts import FactErrors, validate_facts
from benefits.models import (
    OPEN_STATUSES,
    Benefit,
    Claim,
    ClaimStatus,
    MedicalApp,
    PaymentBatch,
    PaymentBatchStatus,
    UnbornChild,
)
from core import bounds, csvsafe, reasons
from core.dates import add_years
from core.formatting import eur
from core.money import ZERO, cents
from core.months import Month
from members.models import Member

#: Art. 42.4: who may give a claim an earlier received date than the day it is filed (the clerks).
RECEIVED_ON_PERMISSION = "benefits.record_received_on"


def claim_file(
    *,
    member: Member | int,
    benefit: Benefit | str,
    event_date: date,
    amount_paid: Decimal = ZERO,
    quantity: int = 1,
    facts: dict | None = None,
    evidence: list[str] | None = None,
    child: Member | int | None = None,
    expected_birth_date: date | None = None,
    birth_rank: int = 1,
    disorder: str = "",
    medical_app: MedicalApp | int | None = None,
    treatment_start: date | None = None,
    compulsory_reimbursement: Decimal = ZERO,
    received_on: date | None = None,
    recorded_by=None,
    catalogue: selectors.Catalogue | None = None,
) -> Claim:
    """File a claim and judge it at once. The member row is locked while judging, so two clerks
    filing for the same member at the same time never exceed a cap together.

    The filing date (Art. 42.4) is the day the fund received the claim: today, set here. A clerk
    who files a document that arrived earlier gives its ``received_on`` date (``filing_date``:
    not after today, not before the event, only with the permission); the claim records who did.

    The subject a per-subject cap counts on is typed (issue #13): ``child`` (a member) or, before
    the birth, ``expected_birth_date`` (+ ``birth_rank`` for twins) of a child of the member's
    household; ``disorder`` (Art. 43); ``medical_app`` (Art. 48); ``treatment_start`` (Art. 46).
    The rule version says which one it needs; a missing or foreign one is an error on its field."""
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "event_date": bounds.event_date_problem(event_date, today=today),
            "quantity": bounds.number_problem(quantity, low=1, high=bounds.MAX_QUANTITY),
            "member": None
            if bounds.is_id(member.pk if isinstance(member, Member) else member)
            else f"Member {member} does not exist.",
        }
    )
    catalogue = catalogue or selectors.Catalogue.load()
    if isinstance(benefit, str):
        if benefit not in catalogue.benefits:
            raise ValidationError({"benefit": f"Unknown benefit {benefit!r}."})
        benefit = catalogue.benefits[benefit]
    try:
        amount_paid = cents(amount_paid)
        compulsory_reimbursement = cents(compulsory_reimbursement)
    except (TypeError, ValueError) as exc:
        raise ValidationError({"amount_paid": str(exc)}) from exc
    if amount_paid < ZERO or compulsory_reimbursement < ZERO:
        raise ValidationError({"amount_paid": "Amounts cannot be negative."})
    if quantity < 1:
        raise ValidationError({"quantity": "At least 1."})
    member_id = member.pk if isinstance(member, Member) else int(member)
    filed_on, set_by = filing_date(received_on=received_on, event_date=event_date, today=today, recorded_by=recorded_by)
    with transaction.atomic():
        locked = Member.objects.select_for_update().filter(pk=member_id).first()
        if locked is None:
            raise ValidationError({"member": f"Member {member_id} does not exist."})
        claim = Claim(
            member=locked,
            benefit=benefit,
            event_date=event_date,
            filed_on=filed_on,
            filed_on_set_by=set_by,
            amount_paid=amount_paid,
            compulsory_reimbursement=compulsory_reimbursement,
            quantity=quantity,
            facts=_listed_product(benefit, facts or {}),
            evidence=list(evidence or []),
            disorder=disorder or "",
            treatment_start=treatment_start,
        )
        _set_subject(
            claim, child=child, expected_birth_date=expected_birth_date, birth_rank=birth_rank, medical_app=medical_app
        )
        _judge_into(claim, catalogue, today)
        claim.save()
    return claim


def filing_date(*, received_on: date | None, event_date: date, today: date, recorded_by=None) -> tuple[date, object]:
    """The filing date of a new claim and who set it by hand (Art. 42.4).

    Without ``received_on`` (or with today's date) the system sets it: today, and nobody. An
    earlier date is the day the fund received the claim document: never after today, never before
    the event, and only given by a user with the permission ``benefits.record_received_on`` (the
    clerks); the claim keeps who gave it, and the audit trail records it."""
    if received_on is None or received_on == today:
        return today, None
    problem = rules.received_on_problem(received_on, event_date, today)
    if problem:
        raise ValidationError({"received_on": problem})
    if recorded_by is None or not recorded_by.has_perm(RECEIVED_ON_PERMISSION):
        raise ValidationError(
            {
                "received_on": gettext(
                    "Art. 42.4: only a clerk (permission “Can record the date a claim was received”) gives an earlier "
                    "received date; without it the claim is filed today."
                )
            }
        )
    return received_on, recorded_by


def claim_rejudge(
    *,
    claim: Claim,
    catalogue: selectors.Catalogue | None = None,
    expected_birth_date: date | None = None,
    birth_rank: int = 1,
) -> Claim:
    """Judge a claim again after its facts changed (only while it is not in a batch or paid).

    The claim row is locked and its status read again under the lock: a claim that a payment
    batch took meanwhile is refused, never pulled out of its batch. Its filing date and batch are
    the stored ones whatever the caller's copy says (the filing date is fixed when it is filed)."""
    bounds.raise_problems(
        {
            "event_date": bounds.event_date_problem(
                claim.event_date, today=timezone.localdate(), filed_on=claim.filed_on
            ),
            "quantity": bounds.number_problem(claim.quantity, low=1, high=bounds.MAX_QUANTITY),
        }
    )
    catalogue = catalogue or selectors.Catalogue.load()
    with transaction.atomic():
        locked = Claim.objects.select_for_update().filter(pk=claim.pk).first()
        if locked is None:
            raise ValidationError({"claim": f"Claim {claim.pk} does not exist."})
        if locked.status not in OPEN_STATUSES:
            raise ValidationError(
                {"status": f"A claim that is {locked.get_status_display().lower()} is not judged again."}
            )
        list(
            Member.objects.select_for_update()
            .filter(pk__in={claim.member_id, locked.member_id})
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        claim.filed_on, claim.filed_on_set_by_id = locked.filed_on, locked.filed_on_set_by_id
        claim.batch_id, claim.paid_on = locked.batch_id, locked.paid_on
        claim.facts = _listed_product(claim.benefit, claim.facts or {})
        _set_subject(claim, expected_birth_date=expected_birth_date, birth_rank=birth_rank)
        _judge_into(claim, catalogue, timezone.localdate())
        claim.save()
    return claim


def _judge_into(claim: Claim, catalogue: selectors.Catalogue, today: date) -> None:
    _check_input(claim, catalogue)
    person = selectors.person_facts(claim.member, claim.event_date, today, tables=catalogue.tables)
    spec = _spec_for(claim, catalogue)
    history = selectors.payout_history(
        claim.member_id,
        claim.benefit_id,
        exclude_claim=claim.pk,
        kind=spec.subject if spec else None,
        subject_key=claim_subject_key(claim, catalogue),
    )
    _decide(claim, catalogue, person, history)


# --- the subject a cap counts on (issue #13) ---------------------------------------------------------


def _spec_for(claim: Claim, catalogue: selectors.Catalogue) -> rules.RuleSpec | None:
    _version, spec = catalogue.version_on(claim.benefit.code, claim.event_date)
    return spec or catalogue.earliest(claim.benefit.code)


def claim_subject_key(claim: Claim, catalogue: selectors.Catalogue) -> str:
    spec = _spec_for(claim, catalogue)
    return rules.subject_key(spec.subject if spec else None, selectors.subject_ref(claim))


def _check_input(claim: Claim, catalogue: selectors.Catalogue) -> None:
    """Art. 43, 46, 48, 53, 57: the subject the rule counts on is given, and no other; the facts are
    the ones the benefit takes, of their declared kind (normalised on ``claim``); Art. 58: the facts a
    rule needs stated either way are stated. Errors name the field (the fact) and the article."""
    spec = _spec_for(claim, catalogue)
    if spec is None:
        return
    problems: dict[str, str | list[str]] = {}
    try:
        # issue #14: the facts this benefit takes, of their declared kind and values (benefits.facts)
        claim.facts = validate_facts(spec, claim.facts or {}, claim.event_date)
    except FactErrors as exc:
        problems["facts"] = [f"{key}: {message}" for key, message in exc.problems.items()]
    else:
        problems.update(rules.fact_problems(spec, claim.facts))
    problems.update(rules.subject_problems(spec, selectors.subject_ref(claim)))
    if (
        claim.treatment_start
        and not add_years(claim.event_date, -rules.TREATMENT_YEARS_BACK) <= claim.treatment_start <= claim.event_date
    ):
        problems["treatment_start"] = (
            f"{spec.article}: the treatment started on or before the event "
            f"({claim.event_date:%d/%m/%Y}), at most {rules.TREATMENT_YEARS_BACK} years before it."
        )
    if claim.child_id and claim.child_id == claim.member_id and spec.subject is rules.Subject.CHILD:
        problems["child"] = f"{spec.article}: the child is not the beneficiary; the claim is the parent's."
    if problems:
        raise ValidationError(problems)


def _set_subject(claim: Claim, *, child=None, expected_birth_date=None, birth_rank=1, medical_app=None) -> None:
    """Put the typed subject on ``claim``: the child (a member, its unborn record found or made
    from the expected birth date), the app (its id checked)."""
    if child is not None:
        child_id = child.pk if isinstance(child, Member) else child
        if not bounds.is_id(child_id) or not Member.objects.filter(pk=child_id).exists():
            raise ValidationError({"child": f"Member {child_id} does not exist."})
        claim.child_id = child_id
    if expected_birth_date is not None:
        if claim.child_id:
            raise ValidationError(
                {
                    "expected_birth_date": gettext(
                        "Art. 53: give the child or, before it is a member, its expected birth date; not both."
                    )
                }
            )
        today = timezone.localdate()
        bounds.raise_problems(
            {
                "expected_birth_date": None
                if add_years(today, -bounds.EVENT_YEARS_BACK) <= expected_birth_date <= add_years(today, 1)
                else gettext("An expected birth date within %(years)s years back and one year ahead.")
                % {"years": bounds.EVENT_YEARS_BACK},
                "birth_rank": bounds.number_problem(birth_rank, low=1, high=rules.MAX_BIRTH_RANK),
            }
        )
        claim.unborn_child = unborn_child_for(
            household_id=claim.member.household_id, expected_birth_date=expected_birth_date, rank=birth_rank
        )
    if medical_app is not None:
        app_id = medical_app.pk if isinstance(medical_app, MedicalApp) else medical_app
        if not bounds.is_id(app_id) or not MedicalApp.objects.filter(pk=app_id).exists():
            raise ValidationError({"medical_app": f"Medical app {app_id} is not on the list."})
        claim.medical_app_id = app_id
    if claim.child_id and claim.unborn_child_id is None:
        _link_born_child(claim.child_id)


def unborn_child_for(*, household_id: int, expected_birth_date: date, rank: int = 1) -> UnbornChild:
    """Art. 53 "per ingeschreven (on)geboren kind": the household's record of this child. A clerk
    who types the expected date a few weeks off (a revised due date) finds the same child: within
    ``rules.SAME_PREGNANCY_DAYS`` it is the same pregnancy; ``rank`` tells twins apart."""
    window = rules.SAME_PREGNANCY_DAYS
    with transaction.atomic():
        candidates = (
            UnbornChild.objects.select_for_update()
            .filter(
                household_id=household_id,
                rank=rank,
                expected_birth_date__range=(
                    expected_birth_date - timedelta(days=window),
                    expected_birth_date + timedelta(days=window),
                ),
            )
            .order_by("expected_birth_date")
        )
        found = min(candidates, key=lambda u: abs((u.expected_birth_date - expected_birth_date).days), default=None)
        if found is not None:
            return found
        return UnbornChild.objects.create(household_id=household_id, expected_birth_date=expected_birth_date, rank=rank)


def unborn_child_link(*, unborn: UnbornChild, member: Member) -> UnbornChild:
    """The unborn child was born as ``member``: its claims now count as that member's (one cap
    before and after the birth). Born within ``SAME_PREGNANCY_DAYS`` of the expected date."""
    with transaction.atomic():
        locked = UnbornChild.objects.select_for_update().get(pk=unborn.pk)
        if locked.born_as_id and locked.born_as_id != member.pk:
            raise ValidationError({"born_as": gettext("This unborn child is already linked to another member.")})
        if abs((member.birth_date - locked.expected_birth_date).days) > rules.SAME_PREGNANCY_DAYS:
            raise ValidationError(
                {
                    "born_as": gettext(
                        "Art. 53: %(member)s was born on %(born)s, too far from the expected %(expected)s to be this child."
                    )
                    % {
                        "member": member,
                        "born": f"{member.birth_date:%d/%m/%Y}",
                        "expected": f"{locked.expected_birth_date:%d/%m/%Y}",
                    }
                }
            )
        if UnbornChild.objects.filter(born_as=member).exclude(pk=locked.pk).exists():
            raise ValidationError({"born_as": gettext("This member is already linked to another unborn child.")})
        locked.born_as = member
        locked.save(update_fields=["born_as"])
    unborn.born_as = member
    return unborn


def _link_born_child(child_id: int) -> None:
    """A claim names a born child: the one unlinked unborn record of that pregnancy in its
    household becomes that child, so the hours before the birth count with the hours after.
    With twins (two records) the clerk links each record to its child first."""
    child = Member.objects.get(pk=child_id)
    if UnbornChild.objects.filter(born_as_id=child_id).exists():
        return
    window = timedelta(days=rules.SAME_PREGNANCY_DAYS)
    candidates = list(
        UnbornChild.objects.filter(
            household_id=child.household_id,
            born_as__isnull=True,
            expected_birth_date__range=(child.birth_date - window, child.birth_date + window),
        )
    )
    if len(candidates) == 1 and candidates[0].rank == 1:
        unborn_child_link(unborn=candidates[0], member=child)
    elif candidates:
        raise ValidationError(
            {
                "child": gettext(
                    "Art. 53: this household has %(n)d unborn children of this pregnancy (twins); link each to its child "
                    "(Unborn children) before filing for the born child."
                )
                % {"n": len(candidates)}
            }
        )


def _listed_product(benefit: Benefit, facts: dict) -> dict:
    """Art. 48 vaccination: the product is an entry of the statutes' list. A name as the pharmacy
    printed it ("Vaxigrip Tetra") is recorded as its entry ("Vaxigrip (tetra)"); a name that is no
    entry is left for the rule to refuse."""
    product = facts.get("product")
    if benefit.code != "vaccination" or not isinstance(product, str) or product in statutes.VACCINES:
        return facts
    entry = rules.match_listed(product, statutes.VACCINES)
    return {**facts, "product": entry, "printed_product": product} if entry else facts


def _decide(claim: Claim, catalogue: selectors.Catalogue, person: rules.PersonFacts, history) -> rules.Decision:
    """Judge ``claim`` by the rule version in force on its event date and write the decision on it."""
    code = claim.benefit.code
    version, spec = catalogue.version_on(code, claim.event_date)
    if spec is None:
        spec = catalogue.earliest(code)  # the first version rejects an event before it
        if spec is None:
            raise ValidationError({"benefit": f"{code} has no rule version."})
    facts = rules.ClaimFacts(
        event_date=claim.event_date,
        filed_on=claim.filed_on,
        amount_paid=claim.amount_paid,
        quantity=claim.quantity,
        compulsory_reimbursement=claim.compulsory_reimbursement,
        evidence=frozenset(claim.evidence or ()),
        facts=selectors.facts_with_subject(claim, spec.subject),
        key=rules.subject_key(spec.subject, selectors.subject_ref(claim)),
        subject_label=selectors.subject_label(claim) if spec.subject else "",
    )
    decision = rules.judge(spec, person, facts, history)
    claim.rule_version = version
    claim.status = decision.outcome.value
    claim.payout = decision.payout
    claim.units = decision.units
    claim.parts = {k: str(v) for k, v in decision.parts.items()}
    claim.reasons = [reason.to_json() for reason in decision.reasons]
    claim.judged_at = timezone.now()
    return decision


# --- many claims at once (electronic feeds, imports) -------------------------------------------------


@dataclass(frozen=True)
class ClaimRequest:
    member: int
    benefit: str
    event_date: date
    amount_paid: Decimal = ZERO
    quantity: int = 1
    facts: dict = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    child: int | None = None
    disorder: str = ""
    medical_app: int | None = None
    treatment_start: date | None = None
    compulsory_reimbursement: Decimal = ZERO
    received_on: date | None = None  # the day the fund received it, when earlier than today (Art. 42.4)


def claims_file_batch(
    requests: list[ClaimRequest], *, catalogue: selectors.Catalogue | None = None, actor=None
) -> list[Claim]:
    """File and judge many claims in one transaction: the same rules as ``claim_file``, fetched
    once (fetch, then calculate). The members are locked in id order; claims judged earlier in the
    batch count toward the caps of later ones; one audit entry per claim is written in bulk.
    Any bad request (unknown member or benefit, a received date out of bounds) refuses the whole
    batch, naming its row. An earlier received date needs an ``actor`` with the permission."""
    from core.audit import log_bulk_create
    from members import selectors as member_selectors
    from members.models import IncreasedReimbursementPeriod

    catalogue = catalogue or selectors.Catalogue.load()
    today = timezone.localdate()
    errors = {}
    for index, request in enumerate(requests):
        problem = bounds.event_date_problem(request.event_date, today=today) or bounds.number_problem(
            request.quantity, low=1, high=bounds.MAX_QUANTITY
        )
        if request.benefit not in catalogue.benefits:
            errors[f"row {index + 1}"] = f"unknown benefit {request.benefit!r}"
        elif problem:
            errors[f"row {index + 1}"] = problem
        elif not bounds.is_id(request.member):
            errors[f"row {index + 1}"] = f"member {request.member} does not exist"
        else:
            try:
                filing_date(
                    received_on=request.received_on, event_date=request.event_date, today=today, recorded_by=actor
                )
            except ValidationError as exc:
                errors[f"row {index + 1}"] = "; ".join(exc.messages)
    with transaction.atomic():
        if errors:
            raise ValidationError(errors)
        member_ids = sorted({r.member for r in requests})
        members = {m.pk: m for m in Member.objects.select_for_update().filter(pk__in=member_ids).order_by("pk")}
        for index, request in enumerate(requests):
            if request.member not in members:
                errors[f"row {index + 1}"] = f"member {request.member} does not exist"
        if errors:
            raise ValidationError(errors)
        through = Month.of(max(today, *(r.event_date for r in requests)))
        entitlements = member_selectors.entitlements_for_events(
            events={(r.member, Month.of(r.event_date)) for r in requests}, as_of=today, tables=catalogue.tables
        )
        vt = defaultdict(list)
        for member_id, start, end in IncreasedReimbursementPeriod.objects.filter(member_id__in=members).values_list(
            "member_id", "start", "end"
        ):
            vt[member_id].append((start, end))
        pairs = {(r.member, catalogue.benefits[r.benefit].pk) for r in requests}
        kinds = {}
        for code in {r.benefit for r in requests}:
            _version, latest = catalogue.version_on(code, through.last_day)
            latest = latest or catalogue.earliest(code)
            kinds[catalogue.benefits[code].pk] = latest.subject if latest else None
        past = selectors.payout_histories(pairs, kinds)

        claims = []
        for index, request in enumerate(requests):
            member = members[request.member]
            benefit = catalogue.benefits[request.benefit]
            entitlement = entitlements[(member.pk, Month.of(request.event_date))]
            person = selectors.person_facts_from(member, entitlement, vt[member.pk], request.event_date)
            filed_on, set_by = filing_date(
                received_on=request.received_on, event_date=request.event_date, today=today, recorded_by=actor
            )
            claim = Claim(
                member=member,
                benefit=benefit,
                event_date=request.event_date,
                filed_on=filed_on,
                filed_on_set_by=set_by,
                amount_paid=cents(request.amount_paid),
                compulsory_reimbursement=cents(request.compulsory_reimbursement),
                quantity=request.quantity,
                facts=_listed_product(benefit, dict(request.facts)),
                evidence=list(request.evidence),
                disorder=request.disorder,
                treatment_start=request.treatment_start,
            )
            try:
                _set_subject(claim, child=request.child, medical_app=request.medical_app)
                _check_input(claim, catalogue)
            except ValidationError as exc:
                errors[f"row {index + 1}"] = "; ".join(exc.messages)
                continue
            key = claim_subject_key(claim, catalogue)
            payouts = list(past[(member.pk, benefit.pk)])
            if key.startswith(("child:", "unborn:")):  # Art. 53: another parent's hours for the same child
                payouts += selectors.payout_history(member.pk, benefit.pk, subject_key=key, others_only=True)
            decision = _decide(claim, catalogue, person, payouts)
            if decision.payout > ZERO or decision.units:
                past[(member.pk, benefit.pk)].append(
                    rules.PastPayout(
                        claim.event_date, decision.payout, decision.units, key, decision.parts, claim.facts
                    )
                )
            claims.append(claim)
        if errors:
            raise ValidationError(errors)
        Claim.objects.bulk_create(claims, batch_size=1000)
        log_bulk_create(
            claims,
            fields=["member_id", "benefit_id", "event_date", "status", "payout"],
            actor=actor,
            note="claims_file_batch",
        )
    return claims


# --- deadlines ------------------------------------------------------------------------------------


def claims_flag_expired(*, today: date) -> int:
    """Art. 42.4: filed claims not judged favourably whose event month ended more than 2 years ago.
    Each claim is locked and taken only while it is still filed (a claim judged again meanwhile
    keeps its new decision); claims locked by a clerk right now are left for the next night."""
    count = 0
    with transaction.atomic():
        filed = (
            Claim.objects.select_for_update(skip_locked=True)
            .filter(status=ClaimStatus.FILED)
            .only("pk", "event_date", "status", "reasons")
            .order_by("pk")
        )
        for claim in filed:
            if today > rules.filing_deadline(claim.event_date):
                claim.status = ClaimStatus.EXPIRED
                claim.reasons = [
                    *claim.reasons,
                    reasons.reason("art42_4.expired", deadline=rules.filing_deadline(claim.event_date)).to_json(),
                ]
                claim.save(update_fields=["status", "reasons"])
                count += 1
    return count


# --- payment batches --------------------------------------------------------------------------------


def batch_release(*, claim_ids=None) -> PaymentBatch | None:
    """Put approved claims that are not yet in a batch into a new draft batch. Idempotent: a claim
    is taken by one batch only (conditional update on its status)."""
    with transaction.atomic():
        candidates = Claim.objects.filter(
            status__in=(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED), batch__isnull=True, payout__gt=0
        )
        if claim_ids is not None:
            candidates = candidates.filter(pk__in=claim_ids)
        ids = list(candidates.select_for_update(skip_locked=True).values_list("pk", flat=True))
        if not ids:
            return None
        batch = PaymentBatch.objects.create()
        taken = Claim.objects.filter(pk__in=ids, batch__isnull=True).update(batch=batch, status=ClaimStatus.IN_BATCH)
        totals = Claim.objects.filter(batch=batch).values_list("payout", flat=True)
        batch.total = sum(totals, ZERO)
        batch.claim_count = taken
        batch.save(update_fields=["total", "claim_count"])
    return batch


def batch_approve(*, batch: PaymentBatch, user) -> PaymentBatch:
    """A manager approves a draft batch (IBANs checked). Locked, then checked: approved once."""
    if not user.has_perm("benefits.approve_paymentbatch"):
        raise ValidationError("Only a manager approves payment batches.")
    with transaction.atomic():
        locked = PaymentBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status != PaymentBatchStatus.DRAFT:
            raise ValidationError({"status": "Only a draft batch can be approved."})
        problems = batch_payee_problems(locked)
        if problems:
            raise ValidationError({"claims": problems})
        locked.status = PaymentBatchStatus.APPROVED
        locked.approved_by = user
        locked.approved_at = timezone.now()
        locked.save(update_fields=["status", "approved_by", "approved_at"])
    _copy_state(locked, batch, "status", "approved_by", "approved_at")
    return batch


def _copy_state(source, target, *fields) -> None:
    """Give the caller's instance the state written under the lock."""
    for name in fields:
        setattr(target, name, getattr(source, name))


def payee(member: Member) -> tuple[Member, str]:
    """Who is paid for a claim: the beneficiary's own account, else the titular's of the household
    (a dependent's benefits are paid to the titular)."""
    if member.iban:
        return member, member.iban
    titular = member.household.titular
    return (titular, titular.iban) if titular and titular.iban else (member, "")


def batch_payee_problems(batch: PaymentBatch) -> list[str]:
    problems = []
    for claim in batch.claims.select_related("member__household"):
        who, account = payee(claim.member)
        try:
            any_iban.validate(account)
        except StdnumError:
            problems.append(f"claim {claim.pk}: no valid IBAN for {who} ({account or 'none'})")
    return problems


def batch_csv(batch: PaymentBatch) -> str:
    """The batch as a CSV a bank takes (one transfer per claim; IBANs validated)."""
    if batch.status == PaymentBatchStatus.DRAFT:
        raise ValidationError({"status": "Approve the batch before exporting it."})
    out = io.StringIO()
    writer = csvsafe.writer(out)  # names and communications: no spreadsheet formulas
    writer.writerow(["claim", "payee", "beneficiary_national_number", "iban", "bic", "amount", "communication"])
    for claim in batch.claims.select_related("member__household", "benefit").order_by("pk"):
        who, account = payee(claim.member)
        compact = any_iban.compact(account)
        bic = ""
        if compact.startswith("BE"):
            from stdnum.be import iban as be_iban

            bic = be_iban.to_bic(compact) or ""
        writer.writerow(
            [
                claim.pk,
                f"{who.last_name} {who.first_name}",
                claim.member.national_number,
                compact,
                bic,
                f"{claim.payout:.2f}",
                f"{claim.benefit.article} {claim.benefit.code} {claim.event_date:%d/%m/%Y} claim {claim.pk}",
            ]
        )
    return out.getvalue()


def batch_mark_paid(*, batch: PaymentBatch, paid_on: date) -> PaymentBatch:
    """The bank paid the batch: its claims are paid. Locked, then checked: of two clerks marking
    the same batch paid at once, one does it and the other is told it is already paid."""
    with transaction.atomic():
        locked = PaymentBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status != PaymentBatchStatus.APPROVED:
            raise ValidationError(
                {
                    "status": "Only an approved batch is paid."
                    + (f" This one was paid on {locked.paid_on:%d/%m/%Y}." if locked.paid_on else "")
                }
            )
        locked.claims.filter(status=ClaimStatus.IN_BATCH).update(status=ClaimStatus.PAID, paid_on=paid_on)
        locked.status = PaymentBatchStatus.PAID
        locked.paid_on = paid_on
        locked.save(update_fields=["status", "paid_on"])
    _copy_state(locked, batch, "status", "paid_on")
    return batch


# --- recovery (Art. 7) -------------------------------------------------------------------------------


def claim_recover(*, claim: Claim, amount: Decimal, reason: str, on: date, fraud: bool = False) -> Claim:
    """Recover a benefit paid wrongly (Art. 7): within 2 years after the end of the payment month,
    5 years in case of fraud. The claim no longer counts toward the caps. The claim is locked,
    then checked: a benefit is recovered once."""
    amount = cents(amount)
    if not reason.strip():
        raise ValidationError({"recovery_reason": "Say why the benefit is recovered."})
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.status != ClaimStatus.PAID or not locked.paid_on:
            raise ValidationError({"status": "Only a paid claim can be recovered."})
        if not ZERO < amount <= locked.payout:
            raise ValidationError(
                {
                    "amount": gettext("Between %(min)s and the payout %(payout)s.")
                    % {"min": eur(Decimal("0.01")), "payout": eur(locked.payout)}
                }
            )
        deadline = rules.recovery_deadline(locked.paid_on, fraud)
        if on > deadline:
            raise ValidationError(
                {
                    "recovered_on": f"Art. 7: recovery prescribed on {deadline:%d/%m/%Y} ({'5 years, fraud' if fraud else '2 years'} "
                    f"after the end of the payment month)."
                }
            )
        locked.status = ClaimStatus.RECOVERED
        locked.recovered_amount = amount
        locked.recovered_on = on
        locked.recovery_reason = reason.strip()[:200]
        locked.fraud = fraud
        locked.reasons = [
            *locked.reasons,
            reasons.reason("art7.recovered", amount=amount, on=on, why=reason.strip()).to_json(),
        ]
        locked.save(update_fields=["status", "recovered_amount", "recovered_on", "recovery_reason", "fraud", "reasons"])
    _copy_state(locked, claim, "status", "recovered_amount", "recovered_on", "recovery_reason", "fraud", "reasons")
    return claim


# --- a claim another app acts on under its own transaction (lending: Art. 52's babysitting bookings) ------


def claim_lock(*, claim: Claim | int | str) -> Claim | None:
    """The claim (a row or its id) locked (``select_for_update``, in the caller's transaction) with its
    benefit, or ``None`` when it is not an id or there is no such claim: lending locks a sick-child
    babysitting booking this way before it charges Art. 52's administrative cost or cancels the booking,
    then checks it under the lock."""
    claim_id = claim.pk if isinstance(claim, Claim) else claim
    if not bounds.is_id(claim_id):
        return None
    return Claim.objects.select_for_update().select_related("benefit").filter(pk=claim_id).first()


def claim_cancel(*, locked: Claim, reason: reasons.Reason) -> None:
    """Close a claim locked by ``claim_lock`` as cancelled, with ``reason`` as its last reason: it no
    longer counts toward the caps (not in ``COUNTING_STATUSES``) and is never judged again (not in
    ``OPEN_STATUSES``), so editing it cannot re-open it (Art. 52: a cancelled babysitting)."""
    locked.status = ClaimStatus.CANCELLED
    locked.units = 0
    locked.reasons = [*(locked.reasons or []), reason.to_json()]
    locked.save(update_fields=["status", "units", "reasons"])


# --- the bank's statement pays a claim of a batch, or returns it (bank.payouts, issue #15) ---------------


def batch_claims_to_pay(batch: PaymentBatch | int) -> list[Claim]:
    """An approved batch's claims still to be paid (in the batch, not paid), with what the transfer needs."""
    batch_id = batch.pk if isinstance(batch, PaymentBatch) else batch
    return list(
        Claim.objects.filter(batch_id=batch_id, status=ClaimStatus.IN_BATCH, payout__gt=0)
        .select_related("member__household", "benefit")
        .order_by("pk")
    )


def batch_get_approved(batch_id: int) -> PaymentBatch:
    """The batch, locked, when it is approved (a bank file pays only what a manager approved)."""
    batch = PaymentBatch.objects.select_for_update().filter(pk=batch_id).first() if bounds.is_id(batch_id) else None
    if batch is None:
        raise ValidationError({"batch": f"Payment batch {batch_id} does not exist."})
    if batch.status != PaymentBatchStatus.APPROVED:
        raise ValidationError(
            {
                "batch": f"Payment batch {batch_id} is {batch.get_status_display().lower()}: only an approved batch is paid."
            }
        )
    return batch


def batch_claim_paid(*, claim_id: int, paid_on: date) -> bool:
    """The bank's statement shows the claim's transfer: the claim is paid on ``paid_on``; its batch
    is paid when none of its claims waits any more. Locked (batch, then claim); twice changes nothing.
    Returns whether the claim was paid now."""
    with transaction.atomic():
        batch_id = Claim.objects.filter(pk=claim_id).values_list("batch_id", flat=True).first()
        batch = PaymentBatch.objects.select_for_update().filter(pk=batch_id).first() if batch_id else None
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if claim is None or claim.status != ClaimStatus.IN_BATCH:
            return False
        claim.status = ClaimStatus.PAID
        claim.paid_on = paid_on
        claim.save(update_fields=["status", "paid_on"])
        if (
            batch is not None
            and batch.status == PaymentBatchStatus.APPROVED
            and not batch.claims.filter(status=ClaimStatus.IN_BATCH).exists()
        ):
            batch.status = PaymentBatchStatus.PAID
            batch.paid_on = paid_on
            batch.save(update_fields=["status", "paid_on"])
    return True


def claim_payout_rejected(*, claim_id: int, code: str, label: str, amount: Decimal, on: date) -> bool:
    """The bank returned the claim's transfer: the claim stays in its batch, unpaid, with the bank's
    reason as its last reason (the clerk corrects the account; a new file pays it). Returns whether
    the reason was added now (a second notice of the same return adds nothing)."""
    with transaction.atomic():
        claim = Claim.objects.select_for_update().select_related("benefit").filter(pk=claim_id).first()
        if claim is None or claim.status != ClaimStatus.IN_BATCH:
            return False
        reason = reasons.reason(
            "payout.rejected", claim.benefit.article, amount=cents(amount), on=on, code=code, label=label
        ).to_json()
        if (claim.reasons or []) and claim.reasons[-1] == reason:
            return False
        claim.reasons = [*(claim.reasons or []), reason]
        claim.save(update_fields=["reasons"])
    return True
