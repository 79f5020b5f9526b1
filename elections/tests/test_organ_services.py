"""The organs' services (issue #13): a General Assembly meeting from plan to minutes, advisers, and the
board's directors with replacement and deemed resignation (Art. 24, 25, 25bis, 32–34, 73)."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError

from core.reasons import render
from elections import services
from elections.models import (
    AgendaSubject,
    Director,
    DirectorEnd,
    MeetingMode,
    MeetingStatus,
    Organ,
    Outcome,
    Presence,
)
from members.tests.factories import household_with_titular

pytestmark = pytest.mark.django_db

MEETING = date(2027, 5, 21)


def people(n):
    return [household_with_titular(birth=date(1950 + i, 3, 1 + i), last_name=f"Lid{i:02d}")[1] for i in range(n)]


@pytest.fixture
def assembly():
    """A General Assembly of ten members (Art. 9), installed on 30 June 2026."""
    return [services.assembly_member_add(member=m, mandate_start=date(2026, 6, 30)) for m in people(10)]


@pytest.fixture
def meeting(assembly):
    meeting = services.assembly_meeting_plan(day=MEETING, kind="ordinary", mode=MeetingMode.HYBRID, remote_voting=True)
    services.agenda_item_add(meeting=meeting, title="Jaarrekening 2026", subject=AgendaSubject.ACCOUNTS)
    services.agenda_item_add(
        meeting=meeting,
        title="Statutenwijziging art. 54",
        subject=AgendaSubject.STATUTES,
        statute_text_sent_on=date(2027, 5, 1),
    )
    return meeting


def test_mandate_of_six_years_by_default(assembly):
    # given a member installed on 30 June 2026 — then Art. 9: "maximaal zes jaar"
    assert assembly[0].mandate_end == date(2032, 6, 29)
    with pytest.raises(ValidationError, match="one seat"):
        services.assembly_member_add(member=assembly[0].member, mandate_start=date(2027, 1, 1))


def test_convocation_less_than_20_days_before_is_refused(meeting):
    # when the convocation goes out 19 days before — then Art. 25 refuses it, naming the last day
    with pytest.raises(ValidationError) as refused:
        services.assembly_meeting_convene(meeting=meeting, sent_on=date(2027, 5, 2))
    assert "Art. 25" in str(refused.value.message_dict["convocation_sent_on"]) and "01/05/2027" in str(refused.value)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED
    services.assembly_meeting_convene(meeting=meeting, sent_on=date(2027, 5, 1))
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CONVENED
    # and the agenda is fixed once the convocation (which contains it) is sent
    with pytest.raises(ValidationError, match="Art. 25"):
        services.agenda_item_add(meeting=meeting, title="Varia")


def test_convocation_needs_the_agenda(assembly):
    meeting = services.assembly_meeting_plan(day=MEETING, kind="ordinary", mode=MeetingMode.PHYSICAL)
    with pytest.raises(ValidationError, match="agenda"):
        services.assembly_meeting_convene(meeting=meeting, sent_on=date(2027, 4, 1))


def test_video_only_meeting_needs_its_reason(assembly):
    with pytest.raises(ValidationError, match="25bis §2"):
        services.assembly_meeting_plan(day=MEETING, kind="ordinary", mode=MeetingMode.VIDEO)
    assert services.assembly_meeting_plan(
        day=MEETING, kind="ordinary", mode=MeetingMode.VIDEO, mode_reason="dringende noodzaak: begroting vóór 30 juni"
    ).pk


def test_one_proxy_per_person(meeting, assembly):
    a, b, c = assembly[:3]
    services.assembly_attendance_record(meeting=meeting, assembly_member=a, presence=Presence.PHYSICAL)
    services.assembly_attendance_record(
        meeting=meeting, assembly_member=b, presence=Presence.REPRESENTED, proxy_holder=a
    )
    # when a second member gives a proxy to the same holder — then "Elke persoon mag slechts drager van één volmacht zijn"
    with pytest.raises(ValidationError) as refused:
        services.assembly_attendance_record(
            meeting=meeting, assembly_member=c, presence=Presence.REPRESENTED, proxy_holder=a
        )
    assert "één volmacht" in str(refused.value.message_dict["proxy_holder"])
    # and the holder cannot leave while carrying b's proxy
    with pytest.raises(ValidationError, match="take part"):
        services.assembly_attendance_record(meeting=meeting, assembly_member=a, presence=Presence.ABSENT)
    assert meeting.attendance.count() == 2


def test_meeting_to_minutes_with_quorum_majorities_and_warnings(meeting, assembly, make_user):
    services.assembly_meeting_convene(meeting=meeting, sent_on=date(2027, 4, 30))
    flag = services.assembly_documents_record(meeting=meeting, on=date(2027, 5, 15))  # 6 days before: flagged, kept
    assert flag and "acht dagen" in flag
    # given 4 present in the room, 1 by video, 1 voted before, 1 represented: 7 of 10 (Art. 25bis §3)
    for seat in assembly[:4]:
        services.assembly_attendance_record(meeting=meeting, assembly_member=seat, presence=Presence.PHYSICAL)
    services.assembly_attendance_record(meeting=meeting, assembly_member=assembly[4], presence=Presence.VIDEO)
    services.assembly_attendance_record(meeting=meeting, assembly_member=assembly[5], presence=Presence.VOTED_BEFORE)
    services.assembly_attendance_record(
        meeting=meeting, assembly_member=assembly[6], presence=Presence.REPRESENTED, proxy_holder=assembly[4]
    )
    assert services.assembly_attendance_fill_absent(meeting=meeting) == 3
    accounts, statutes = meeting.items.order_by("position")

    with pytest.raises(ValidationError, match="one vote per member"):
        services.agenda_item_votes_record(item=accounts, votes_for=5, votes_against=3)
    accounts = services.agenda_item_votes_record(item=accounts, votes_for=4, votes_against=2, abstentions=1)
    assert accounts.outcome == Outcome.ADOPTED
    # 4 for, 3 against: a majority, but not two thirds of the votes cast (Art. 25)
    statutes = services.agenda_item_votes_record(item=statutes, votes_for=4, votes_against=3)
    assert statutes.outcome == Outcome.REJECTED
    assert any("twee derde" in r for r in map(render, statutes.reasons))
    assert any("acht dagen" in r for r in map(render, statutes.reasons))  # the documents' flag follows the decisions
    # issue #14: stored with their article and code; the flag is one (⚠ in the minutes and the admin)
    codes = [(r["article"], r["code"]) for r in statutes.reasons]
    assert ("Art. 25", "assembly.majority_two_thirds") in codes and (
        "Art. 25",
        "assembly.warning.documents_late",
    ) in codes

    closed = services.assembly_meeting_close(meeting=meeting, user=make_user("election_bureau"))
    assert closed.status == MeetingStatus.CLOSED
    assert (closed.result["members"], closed.result["present"], closed.result["represented"]) == (10, 6, 1)
    assert closed.result["quorum_reached"] is True
    with pytest.raises(ValidationError, match="closed"):
        services.assembly_attendance_record(meeting=closed, assembly_member=assembly[9], presence=Presence.PHYSICAL)

    from elections.minutes import assembly_minutes_items, assembly_minutes_lines, assembly_minutes_pdf

    shown = assembly_minutes_items(closed)[1]["reasons"]
    assert "⚠ Art. 25: the documentation was available on 15/05/2027, less than 8 days before the meeting" in " ".join(
        shown
    )
    assert any(line.startswith("Art. 25: two thirds of the votes cast") for line in shown)

    lines = dict((str(a), str(b)) for a, b in assembly_minutes_lines(closed))
    assert lines["Physically present (§7 6°)"] == "4" and lines["By videoconference (§7 6°)"] == "1"
    assert lines["Voted before the meeting (§7 7°)"] == "1" and lines["Gave a proxy (§7 2°)"] == "1"
    assert lines["Neither present nor represented (§7 3°)"] == "3"
    assert "Lid06 Jan → Lid04 Jan" in lines["Proxies (who to whom)"]
    assert assembly_minutes_pdf(closed).startswith(b"%PDF")


def test_no_quorum_then_a_second_meeting_decides(assembly):
    first = services.assembly_meeting_plan(day=MEETING, kind="ordinary", mode=MeetingMode.PHYSICAL)
    item = services.agenda_item_add(meeting=first, title="Begroting 2028", subject=AgendaSubject.ACCOUNTS)
    services.assembly_meeting_convene(meeting=first, sent_on=date(2027, 4, 1))
    for seat in assembly[:3]:
        services.assembly_attendance_record(meeting=first, assembly_member=seat, presence=Presence.PHYSICAL)
    item = services.agenda_item_votes_record(item=item, votes_for=3, votes_against=0)
    assert item.outcome == Outcome.NO_DECISION and "quorum not reached" in render(item.reasons[0])
    services.assembly_meeting_close(meeting=first)

    second = services.assembly_meeting_plan(
        day=date(2027, 6, 25), kind="ordinary", mode=MeetingMode.PHYSICAL, second_meeting_of=first
    )
    item2 = services.agenda_item_add(meeting=second, title="Begroting 2028", subject=AgendaSubject.ACCOUNTS)
    dissolution = services.agenda_item_add(meeting=second, title="Ontbinding", subject=AgendaSubject.DISSOLUTION)
    services.assembly_meeting_convene(meeting=second, sent_on=date(2027, 6, 5))
    for seat in assembly[:3]:
        services.assembly_attendance_record(meeting=second, assembly_member=seat, presence=Presence.PHYSICAL)
    assert services.agenda_item_votes_record(item=item2, votes_for=3, votes_against=0).outcome == Outcome.ADOPTED
    # Art. 73: the dissolution needs half present or represented, second meeting or not
    assert (
        services.agenda_item_votes_record(item=dissolution, votes_for=3, votes_against=0).outcome == Outcome.NO_DECISION
    )


def test_sixth_adviser_is_refused():
    for i in range(5):
        services.adviser_appoint(
            organ=Organ.ASSEMBLY, name=f"Raadgever {i}", on=date(2026, 9, 1), proposed_by_board_on=date(2026, 8, 20)
        )
    with pytest.raises(ValidationError) as refused:
        services.adviser_appoint(
            organ=Organ.ASSEMBLY, name="Raadgever 6", on=date(2026, 9, 1), proposed_by_board_on=date(2026, 8, 20)
        )
    assert "Art. 24" in str(refused.value.message_dict["organ"])
    # the board's own five (Art. 32) are counted apart
    assert services.adviser_appoint(organ=Organ.BOARD, name="Raadgever RvB", on=date(2026, 9, 1)).pk
    with pytest.raises(ValidationError, match="voordracht"):
        services.adviser_appoint(organ=Organ.ASSEMBLY, name="Zonder voordracht", on=date(2026, 9, 1))


@pytest.fixture
def board():
    return [services.director_elect(name=f"Bestuurder {i}", mandate_start=date(2026, 6, 30)) for i in range(7)]


def test_two_consecutive_unexcused_absences_end_the_mandate(board):
    jansen = board[0]
    meetings = [
        services.board_meeting_plan(day=day) for day in (date(2026, 9, 10), date(2026, 12, 10), date(2027, 3, 10))
    ]
    services.board_attendance_record(meeting=meetings[0], director=jansen, presence="unexcused")
    with pytest.raises(ValidationError, match="gemotiveerde reden"):
        services.board_attendance_record(meeting=meetings[1], director=jansen, presence="excused")
    services.board_attendance_record(
        meeting=meetings[1], director=jansen, presence="excused", reason="ziekenhuisopname"
    )
    jansen.refresh_from_db()
    assert jansen.ended_on is None  # a motivated reason breaks the run
    services.board_attendance_record(meeting=meetings[2], director=jansen, presence="unexcused")
    jansen.refresh_from_db()
    assert jansen.ended_on is None  # not consecutive

    # when the December absence turns out to have had no motivated reason
    services.board_attendance_record(meeting=meetings[1], director=jansen, presence="unexcused")
    jansen.refresh_from_db()
    # then "wordt beschouwd als ontslagnemend", on the day of the second absence, audited with the article
    assert (jansen.ended_on, jansen.end_reason) == (date(2026, 12, 10), DirectorEnd.DEEMED_RESIGNED)
    assert "Art. 33" in jansen.end_note and "10/12/2026" in jansen.end_note
    entry = LogEntry.objects.get_for_object(jansen).filter(action=LogEntry.Action.UPDATE).latest("timestamp")
    assert "Art. 33" in str(entry.changes)


def test_replacement_finishes_the_predecessors_mandate(board):
    resigned = services.director_end(director=board[1], on=date(2027, 2, 1), reason=DirectorEnd.RESIGNED)
    with pytest.raises(ValidationError, match="in office"):
        services.director_replace(predecessor=board[2], name="Te vroeg", elected_on=date(2027, 5, 21))
    successor = services.director_replace(predecessor=resigned, name="Opvolger", elected_on=date(2027, 5, 21))
    assert (successor.mandate_start, successor.mandate_end) == (date(2027, 5, 21), resigned.mandate_end)
    with pytest.raises(ValidationError, match="already"):
        services.director_replace(predecessor=resigned, name="Tweede opvolger", elected_on=date(2027, 5, 21))


def test_board_proxy_one_per_director(board):
    meeting = services.board_meeting_plan(day=date(2026, 9, 10))
    services.board_attendance_record(meeting=meeting, director=board[0], presence="present")
    services.board_attendance_record(meeting=meeting, director=board[1], presence="represented", proxy_holder=board[0])
    with pytest.raises(ValidationError, match="één volmacht"):
        services.board_attendance_record(
            meeting=meeting, director=board[2], presence="represented", proxy_holder=board[0]
        )


def test_end_of_mandate_and_loss_of_delegate_status(assembly):
    delegate = services.director_elect(
        name="Afgevaardigde", mandate_start=date(2026, 6, 30), assembly_member=assembly[0]
    )
    short = services.director_elect(name="Kort", mandate_start=date(2026, 6, 30), mandate_end=date(2026, 12, 31))
    counts = services.board_article33_run(on=date(2027, 1, 1))
    short.refresh_from_db()
    assert counts["mandate_expired"] == 1 and short.end_reason == DirectorEnd.MANDATE_EXPIRED
    services.assembly_member_leave(
        assembly_member=assembly[0], on=date(2027, 2, 1), reason="Art. 25: niet meer verkiesbaar"
    )
    delegate.refresh_from_db()
    assert (delegate.ended_on, delegate.end_reason) == (date(2027, 2, 1), DirectorEnd.DELEGATE_STATUS_LOST)


def test_board_is_at_most_half_the_assembly(assembly):
    for i in range(5):
        services.director_elect(name=f"B{i}", mandate_start=date(2026, 7, 1))
    with pytest.raises(ValidationError, match="Art. 31"):
        services.director_elect(name="B6", mandate_start=date(2026, 7, 1))
    assert Director.objects.count() == 5


def test_install_the_elected_assembly():
    """Art. 24: "De nieuwe Algemene Vergadering wordt geïnstalleerd uiterlijk op 30 juni"; the elected
    candidates of the count become its members, for six years (Art. 9). Idempotent."""
    from elections.models import Candidate, Election, ElectionKind, ElectionStatus

    election = Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2027, seats=2)
    candidates = [Candidate.objects.create(election=election, member=m, filed_on=date(2026, 11, 1)) for m in people(3)]
    with pytest.raises(ValidationError, match="count"):
        services.assembly_install(election=election, on=date(2027, 6, 1))
    election.status = ElectionStatus.COUNTED
    election.result = {"candidates": [{"id": c.pk, "elected": i < 2} for i, c in enumerate(candidates)]}
    election.save()
    assert services.assembly_install(election=election, on=date(2027, 6, 1)) == {"installed": 2, "notes": []}
    late = services.assembly_install(election=election, on=date(2027, 7, 1))
    assert late["installed"] == 0 and "Art. 24" in late["notes"][0]
    assert sorted(s.member_id for s in election.assembly_members.all()) == sorted(c.member_id for c in candidates[:2])
    assert {s.mandate_end for s in election.assembly_members.all()} == {date(2033, 5, 31)}
