"""Demo claims for the demo members: every kind of decision, a paid batch and a batch waiting for a
manager's approval. Filed through the services, judged by the statutes' rules."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model

from benefits import selectors, services
from benefits.models import Claim, MedicalApp, PaymentBatchStatus, UnbornChild
from members.models import Gender, HouseholdStatus, Member, Role
from members.rules import national_number_for

SCENARIOS = [
    ("dietetics", dict(quantity=3, evidence=["invoice"])),
    (
        "glasses",
        dict(amount_paid=Decimal("240.00"), evidence=["invoice"], facts={"ophthalmologist_prescription": True}),
    ),
    ("sports_club", dict(amount_paid=Decimal("135.00"), evidence=["invoice"], facts={"listed_sport": True})),
    ("transport", dict(amount_paid=Decimal("86.00"), evidence=["invoice"], facts={"situation": "3", "mode": "taxi"})),
    ("dental", dict(amount_paid=Decimal("1250.00"), evidence=["dentist_attestation"], facts={"treatment": "crown"})),
    ("alternative_consult", dict(quantity=2, evidence=["invoice"], facts={"practice": "osteopathy"})),
    ("vaccination", dict(amount_paid=Decimal("74.20"), evidence=["invoice"], facts={"product": "Shingrix"})),
    ("heart_screening", dict(amount_paid=Decimal("60.00"), evidence=["invoice"])),
    ("psychology", dict(quantity=4, evidence=["invoice"])),
    ("first_aid_course", dict(amount_paid=Decimal("45.00"), evidence=["invoice"])),
    ("foot_care", dict(quantity=2, evidence=["invoice"])),  # rejected under 60
    ("sports_club", dict(amount_paid=Decimal("60.00"), evidence=[], facts={"listed_sport": True})),  # evidence missing
]


def seed(*, today: date, stdout=None) -> int:
    if Claim.objects.exists():
        if stdout:
            stdout.write("benefits: demo claims already present, left as is")
        return 0
    rng = random.Random(57)
    catalogue = selectors.Catalogue.load()
    members = list(Member.objects.filter(household__status__status__in=("entitled", "suspended")).order_by("pk")[:40])
    # the demo clerk files the forms that arrived by post a week after the care (Art. 42.4: received on)
    clerk = get_user_model().objects.filter(username="clerk").first()
    count = 0
    for _index, member in enumerate(members):
        for code, kwargs in rng.sample(SCENARIOS, 3):
            event = max(date(today.year, 1, 2), today - timedelta(days=rng.randint(5, 150)))
            received = min(today, event + timedelta(days=7)) if clerk else None
            services.claim_file(
                member=member,
                benefit=code,
                event_date=event,
                received_on=received,
                recorded_by=clerk,
                catalogue=catalogue,
                **kwargs,
            )
            count += 1
    count += _statute_examples(members, today=today, clerk=clerk, catalogue=catalogue)
    paid = services.batch_release(
        claim_ids=list(Claim.objects.order_by("pk").values_list("pk", flat=True)[: count // 2])
    )
    if paid is not None and not services.batch_payee_problems(paid):
        paid.status = PaymentBatchStatus.APPROVED
        paid.save(update_fields=["status"])
        services.batch_mark_paid(batch=paid, paid_on=today - timedelta(days=3))
    services.batch_release()  # the rest waits in a draft batch for a manager's approval
    if stdout:
        stdout.write(f"benefits: {count} demo claims, {HouseholdStatus.objects.count()} households judged")
    return count


def _statute_examples(members, *, today: date, clerk, catalogue) -> int:
    """Issue #13 as a clerk sees it: twins born three weeks ago (Art. 57: a birth premium for each;
    Art. 53: each twin's own 60 hours of maternity help, the hours before the birth on the unborn
    child's record, linked to the first twin), the next pregnancy of another household (an unborn
    child by its expected date), a vaccine picked from the Art. 48 list and one matched from the
    pharmacy's print, speech therapy for two disorders (Art. 43) and a medical app from the list."""
    from members import services as member_services

    households = {}
    for member in members:
        households.setdefault(member.household_id, member)
    if len(households) < 3:
        return 0
    parent, expecting, pupil = list(households.values())[:3]
    born = today - timedelta(days=21)
    twins = []
    for first_name, gender in (("Lotte", Gender.FEMALE), ("Lars", Gender.MALE)):
        rank = 0
        while Member.objects.filter(national_number=national_number_for(born, gender, rank)).exists():
            rank += 1
        twins.append(
            member_services.member_create(
                national_number=national_number_for(born, gender, rank),
                first_name=first_name,
                last_name=parent.last_name,
                birth_date=born,
                gender=gender,
                household=parent.household,
                role=Role.DEPENDENT,
                affiliation_start=born.replace(day=1),
            )
        )
    file = dict(received_on=None, recorded_by=clerk, catalogue=catalogue)
    count = 0
    # the hours before the birth, on the household's unborn child expected a week later than the twins came
    services.claim_file(
        member=parent,
        benefit="maternity_help",
        event_date=born - timedelta(days=10),
        quantity=12,
        expected_birth_date=born + timedelta(days=7),
        evidence=["invoice"],
        **file,
    )
    records = list(UnbornChild.objects.filter(household=parent.household))
    services.unborn_child_link(unborn=records[0], member=twins[0])
    for twin in twins:
        services.claim_file(
            member=parent,
            benefit="birth_premium",
            event_date=born,
            child=twin,
            evidence=["certificate"],
            facts={"kind": "birth"},
            **file,
        )
        services.claim_file(
            member=parent,
            benefit="maternity_help",
            event_date=born + timedelta(days=5),
            quantity=60,
            child=twin,
            evidence=["invoice"],
            **file,
        )
        count += 2
    count += 1
    services.claim_file(
        member=expecting,
        benefit="maternity_help",
        event_date=today - timedelta(days=2),
        quantity=8,
        expected_birth_date=today + timedelta(days=20),
        evidence=["invoice"],
        **file,
    )
    services.claim_file(
        member=expecting,
        benefit="vaccination",
        event_date=today - timedelta(days=9),
        amount_paid=Decimal("18.62"),
        evidence=["invoice"],
        facts={"product": "Vaxigrip (tetra)"},
        **file,
    )
    services.claim_file(
        member=parent,
        benefit="vaccination",
        event_date=today - timedelta(days=12),
        amount_paid=Decimal("42.15"),
        evidence=["invoice"],
        facts={"product": "Pneumovax 23"},
        **file,
    )
    for disorder, sessions in (("dyslexia_dysorthography", 30), ("stuttering", 12)):
        services.claim_file(
            member=pupil,
            benefit="speech_therapy",
            event_date=today - timedelta(days=30),
            quantity=sessions,
            disorder=disorder,
            evidence=["attestation"],
            facts={"compulsory_refused_or_exhausted": True},
            **file,
        )
    app, _created = MedicalApp.objects.get_or_create(
        normalized="kanopee", defaults={"name": "Kanopee", "mhealth_belgium": True}
    )
    services.claim_file(
        member=expecting,
        benefit="medical_app",
        event_date=today - timedelta(days=40),
        amount_paid=Decimal("29.99"),
        medical_app=app,
        evidence=["invoice"],
        facts={"recognition": "mhealth_belgium"},
        **file,
    )
    return count + 6


# --- rights nobody claims (issue #17) -------------------------------------------------------------------------


def seed_filed_without_decision(*, today: date) -> int:
    """Art. 42.4: a paper claim saved without a decision (entered from the post, waiting for the missing
    invoice), whose filing deadline falls within weeks: the worklist warns the clerk."""
    member = Member.objects.filter(household__status__status="entitled", role=Role.TITULAR).order_by("-pk").first()
    benefit = selectors.Catalogue.load().benefits.get("glasses")
    if member is None or benefit is None:
        return 0
    from core.months import Month

    event = (Month.of(today) + (-23)).first_day  # its deadline: the end of next month
    Claim.objects.get_or_create(
        member=member,
        benefit=benefit,
        event_date=event,
        defaults={"filed_on": today - timedelta(days=10), "amount_paid": Decimal("189.00"), "evidence": []},
    )
    return 1


def seed_findings(*, today: date, stdout=None) -> dict:
    """The worklist as a clerk finds it (issue #17): the nightly scan run once, an invitation letter for one
    finding of each kind (in the household's language: Dutch and French ones), and one birth premium claimed
    after its letter (the take-up page's "after a letter"). Called at the end of the demo data (by the
    lending service's demo, the last one whose data the detectors read). Idempotent."""
    from benefits import worklist
    from benefits.models import Finding, FindingStatus

    if Finding.objects.exists():
        return {}
    seed_filed_without_decision(today=today)
    counts = worklist.rights_scan(day=today)
    sent = []
    kinds = Finding.objects.exclude(kind__in=worklist.CLERK_ONLY_KINDS).values_list("kind", flat=True)
    for kind in kinds.distinct().order_by("kind"):
        finding = Finding.objects.filter(kind=kind, status=FindingStatus.OPEN).order_by("pk").first()
        if finding is not None:
            sent.append(worklist.finding_send_letter(finding=finding, today=today))
    for language in ("nl", "fr"):
        if not any(letter.language == language for letter in sent):
            finding = (
                Finding.objects.filter(status=FindingStatus.OPEN, member__household__members__language=language)
                .exclude(kind__in=worklist.CLERK_ONLY_KINDS)
                .order_by("pk")
                .first()
            )
            if finding is not None:
                sent.append(worklist.finding_send_letter(finding=finding, today=today))
    premium = Finding.objects.filter(kind="birth_premium", status=FindingStatus.LETTER_SENT).first()
    if premium is not None:
        child = Member.objects.filter(pk=premium.subject_key.partition(":")[2]).first()
        if child is not None:
            services.claim_file(
                member=premium.member,
                benefit="birth_premium",
                event_date=child.birth_date,
                child=child,
                evidence=["certificate"],
                facts={"kind": "birth"},
            )
            worklist.rights_scan(day=today)
    if stdout:
        stdout.write(
            f"benefits: {counts['new']} unclaimed rights found, {len(sent)} invitation letters "
            f"({', '.join(sorted({letter.language for letter in sent}))})"
        )
    return {**counts, "letters": len(sent)}
