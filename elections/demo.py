"""Demo elections.

- A General Assembly election in preparation: call published, an emancipated minor recorded
  (Art. 11.1) before the roll is generated, candidacies in (those with problems await the chair).
- Last year's election, closed: a candidacy refused on an Art. 11.2 fact (spouse of paid staff,
  from the national register) and accepted again on an upheld appeal (Art. 13); elected without a
  vote (Art. 21) and its results published within the 15 days (Art. 22).

A demo fund of 60 households would get no seat under Art. 9 (one per 1,000 titulars), so the demo
elections' seats are set by hand."""

from __future__ import annotations

from datetime import date, timedelta

from core.dates import add_years
from elections import rules, selectors, services
from elections.models import AppealDecision, CandidacyStatus, Election, ElectionKind, EmancipationGround
from members.models import HouseholdStatus, Member, Role


def seed(*, today: date, stdout=None) -> int:
    seed_organs(today=today, stdout=stdout)
    if Election.objects.exists():
        if stdout:
            stdout.write("elections: demo election already present, left as is")
        return 0
    in_order = HouseholdStatus.objects.filter(status="entitled").values("household_id")
    people = list(Member.objects.filter(household_id__in=in_order, role="titular").order_by("pk")[:11])
    closed = _closed_election(today, people[:4])

    year = today.year + 2 if today > date(today.year, 10, 31) else today.year + 1
    election = Election.objects.create(
        kind=ElectionKind.ASSEMBLY,
        year=year,
        seats=5,
        titular_members=selectors.titulars_on(rules.titulars_counted_on(year)),
    )
    services.call_publish(election=election, on=today)
    minor = _emancipated_minor(election.roll_closed_on, today)
    voters = services.roll_generate(election=election)
    for member in people[:7]:
        services.candidacy_file(election=election, member=member, filed_on=today)
    if stdout:
        stdout.write(
            f"elections: {election} — roll of {voters} voters (emancipated minor: {minor}), "
            f"{min(len(people), 7)} candidacies; {closed or 'no closed election'}"
        )
    return 1


def _emancipated_minor(closing_day: date, today: date):
    """A dependent who is 16 on the roll's closing day, emancipated by the youth court (Art. 11.1)."""
    from members import services as member_services
    from members.rules import NATIONAL_NUMBER_SERIALS, national_number_for

    birth = add_years(closing_day, -16) - timedelta(days=120)
    emancipated_on = add_years(birth, 16) + timedelta(days=30)
    if emancipated_on > min(today, closing_day):
        return None
    titular = (
        Member.objects.filter(
            role=Role.TITULAR,
            affiliation_start__lte=closing_day,
            household_id__in=HouseholdStatus.objects.filter(status="entitled").values("household_id"),
        )
        .order_by("pk")
        .first()
    )
    if titular is None:
        return None
    taken = set(Member.objects.filter(birth_date=birth).values_list("national_number", flat=True))
    ranks = range(len(NATIONAL_NUMBER_SERIALS["F"]) - 1, -1, -1)  # from serial 998 down
    number = next(n for n in (national_number_for(birth, "F", rank) for rank in ranks) if n not in taken)
    minor = member_services.member_create(
        national_number=number,
        first_name="Lotte",
        last_name=titular.last_name,
        birth_date=birth,
        gender="F",
        household=titular.household,
        role=Role.DEPENDENT,
        affiliation_start=titular.affiliation_start,
    )
    services.emancipation_record(
        member=minor,
        emancipated_on=emancipated_on,
        ground=EmancipationGround.COURT,
        proof=f"Jeugdrechtbank Gent, vonnis van {emancipated_on:%d/%m/%Y}, AR 2024/123",
    )
    return minor


def _closed_election(today: date, people: list):
    """Last year's assembly election: a refusal overturned on appeal, no vote needed, results published."""
    from django.contrib.auth import get_user_model

    user = (
        get_user_model().objects.filter(username="bureau").first()
        or get_user_model().objects.filter(is_superuser=True).first()
    )
    year = today.year - 1
    if user is None or len(people) < 2 or Election.objects.filter(kind=ElectionKind.ASSEMBLY, year=year).exists():
        return None
    election = Election.objects.create(
        kind=ElectionKind.ASSEMBLY,
        year=year,
        seats=5,
        titular_members=selectors.titulars_on(rules.titulars_counted_on(year)),
    )
    services.call_publish(election=election, on=date(year - 1, 9, 15))
    candidates = [services.candidacy_file(election=election, member=m, filed_on=date(year - 1, 11, 20)) for m in people]
    contested = next((c for c in candidates if not c.problems), candidates[-1])
    services.eligibility_fact_record(
        candidate=contested,
        kind="partner_of_staff",
        holds=True,
        source="civil_register",
        reference="Rijksregister: wettelijk samenwonend met een bediende van het ziekenfonds",
        established_on=date(year - 1, 12, 2),
        user=user,
    )
    services.candidacy_refuse(candidate=contested, on=date(year - 1, 12, 15))
    services.candidacy_appeal_record(
        candidate=contested,
        lodged_on=date(year - 1, 12, 28),
        decided_on=date(year, 1, 6),
        decision=AppealDecision.UPHELD,
        user=user,
        reference=f"Controledienst, beslissing CDZ/E/{year}/014: samenwoning beëindigd vóór de kandidaatstelling",
    )
    if not election.candidates.filter(status=CandidacyStatus.ACCEPTED).exists():
        return election
    services.count_run(election=election, on=date(year, 1, 8))  # no more candidates than seats (Art. 21)
    services.results_publish(election=election, on=date(year, 1, 15), user=user)
    return election


def seed_organs(*, today: date, stdout=None) -> int:
    """The organs as a secretariat sees them (issue #13): a General Assembly of the demo members, two
    advisers (Art. 24), last spring's ordinary meeting held in hybrid mode with a proxy and two decisions
    (the accounts adopted; a statute amendment short of ⅔), the next meeting planned; a board of seven
    with a director deemed to resign after two unexcused absences (Art. 33) and his replacement."""
    from datetime import timedelta

    from elections.models import AgendaSubject, AssemblyMember, MeetingMode, Organ, Presence

    if AssemblyMember.objects.exists():
        if stdout:
            stdout.write("elections: demo organs already present, left as is")
        return 0
    people = list(Member.objects.filter(role="titular").order_by("pk")[:10])
    if len(people) < 6:
        return 0
    installed = date(today.year - 1, 6, 30)
    seats = [services.assembly_member_add(member=m, mandate_start=installed) for m in people]
    services.adviser_appoint(
        organ=Organ.ASSEMBLY,
        name="Dr. An Verbeke",
        on=installed + timedelta(days=90),
        proposed_by_board_on=installed + timedelta(days=60),
    )
    services.adviser_appoint(organ=Organ.BOARD, name="Marc De Smet", on=installed + timedelta(days=30))

    held = services.assembly_meeting_plan(
        day=installed + timedelta(days=120), kind="ordinary", mode=MeetingMode.HYBRID, remote_voting=True
    )
    accounts = services.agenda_item_add(
        meeting=held, title="Goedkeuring van de jaarrekening en de begroting", subject=AgendaSubject.ACCOUNTS
    )
    statutes = services.agenda_item_add(
        meeting=held,
        title="Statutenwijziging: artikel 54 (uitleendienst)",
        subject=AgendaSubject.STATUTES,
        statute_text_sent_on=held.date - timedelta(days=21),
    )
    services.assembly_meeting_convene(meeting=held, sent_on=held.date - timedelta(days=25))
    services.assembly_documents_record(meeting=held, on=held.date - timedelta(days=10))
    # 5 taking part (3 in the room, 1 by video, 1 voted before) and 1 proxy: 6 of 10, quorum reached
    for seat, way in zip(
        seats,
        [Presence.PHYSICAL, Presence.PHYSICAL, Presence.PHYSICAL, Presence.VIDEO, Presence.VOTED_BEFORE],
        strict=False,
    ):
        services.assembly_attendance_record(meeting=held, assembly_member=seat, presence=way)
    services.assembly_attendance_record(
        meeting=held, assembly_member=seats[5], presence=Presence.REPRESENTED, proxy_holder=seats[0]
    )
    services.assembly_attendance_fill_absent(meeting=held)
    services.agenda_item_votes_record(item=accounts, votes_for=5, votes_against=0, abstentions=1)
    services.agenda_item_votes_record(item=statutes, votes_for=3, votes_against=2, abstentions=1)  # short of ⅔
    services.assembly_meeting_close(meeting=held)
    planned = services.assembly_meeting_plan(day=today + timedelta(days=45), kind="ordinary", mode=MeetingMode.PHYSICAL)
    services.agenda_item_add(meeting=planned, title="Goedkeuring van de jaarrekening", subject=AgendaSubject.ACCOUNTS)

    # Art. 31: at most half the assembly
    names = ["Els Peeters", "Johan Maes", "Sofie Claes", "Karim El Amrani", "Lieve Wouters"][: len(seats) // 2]
    directors = [services.director_elect(name=name, mandate_start=installed) for name in names]
    absent = directors[-1]
    for days in (40, 80):
        meeting = services.board_meeting_plan(
            day=installed + timedelta(days=days), note="Kwartaalvergadering (Art. 38)"
        )
        for director in directors:
            services.board_attendance_record(
                meeting=meeting, director=director, presence="unexcused" if director == absent else "present"
            )
    absent.refresh_from_db()  # Art. 33: deemed to resign after the second absence
    if absent.ended_on:
        services.director_replace(predecessor=absent, name="Nadia Vermeulen", elected_on=held.date, elected_at=held)
    if stdout:
        stdout.write(f"elections: General Assembly of {len(seats)}, 2 advisers, 2 meetings; board of {len(directors)}")
    return 1
