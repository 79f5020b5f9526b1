"""The secretariat's organ screens (issue #13): a refusal by the statutes is a message on the field, the
services store what is accepted, and the demo shows every organ."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from elections import services
from elections.models import (
    Adviser,
    AgendaSubject,
    AssemblyMeeting,
    AssemblyMember,
    Director,
    DirectorEnd,
    MeetingMode,
    MeetingStatus,
    Organ,
    Outcome,
    Presence,
)
from elections.tests.test_organ_services import people

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat(client, make_user):
    client.force_login(make_user("election_bureau"))
    return client


def _inlines(*prefixes) -> dict:
    """The management forms of the read-only inlines a change page posts back."""
    return {f"{p}-{k}": v for p in prefixes for k, v in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))}


def _errors(response) -> dict:
    form = response.context["adminform"].form
    return {field: " ".join(str(m) for m in messages) for field, messages in form.errors.items()}


def test_sixth_adviser_is_a_form_error_citing_art24(secretariat):
    for i in range(5):
        services.adviser_appoint(
            organ=Organ.ASSEMBLY, name=f"R{i}", on=date(2026, 9, 1), proposed_by_board_on=date(2026, 8, 1)
        )
    response = secretariat.post(
        reverse("admin:elections_adviser_add"),
        {"organ": Organ.ASSEMBLY, "name": "Zesde", "appointed_on": "01/09/2026", "proposed_by_board_on": "01/08/2026"},
    )
    assert response.status_code == 200
    assert "Art. 24" in _errors(response)["organ"]
    assert Adviser.objects.count() == 5


def test_meeting_convocation_and_votes_through_the_admin(secretariat):
    seats = [services.assembly_member_add(member=m, mandate_start=date(2026, 6, 30)) for m in people(4)]
    response = secretariat.post(
        reverse("admin:elections_assemblymeeting_add"),
        {"date": "21/05/2027", "kind": "ordinary", "mode": MeetingMode.WRITTEN, "mode_reason": ""},
    )
    assert response.status_code == 200 and "25bis" in _errors(response)["mode_reason"]
    response = secretariat.post(
        reverse("admin:elections_assemblymeeting_add"),
        {"date": "21/05/2027", "kind": "ordinary", "mode": MeetingMode.PHYSICAL, "mode_reason": ""},
    )
    assert response.status_code == 302
    meeting = AssemblyMeeting.objects.get()
    response = secretariat.post(
        reverse("admin:elections_agendaitem_add"),
        {
            "meeting": meeting.pk,
            "title": "Statuten",
            "subject": AgendaSubject.STATUTES,
            "statute_text_sent_on": "01/05/2027",
        },
    )
    assert response.status_code == 302
    item = meeting.items.get()

    change = reverse("admin:elections_assemblymeeting_change", args=[meeting.pk])
    page = secretariat.get(change)
    assert page.status_code == 200
    data = {
        "convocation_sent_on": "05/05/2027",
        "documents_available_on": "",
        "technical_incidents": "",
        **_inlines("items", "attendance"),
    }
    response = secretariat.post(change, data)
    assert response.status_code == 200 and "Art. 25" in _errors(response)["convocation_sent_on"]
    response = secretariat.post(change, {**data, "convocation_sent_on": "01/05/2027"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CONVENED

    for seat in seats[:3]:
        services.assembly_attendance_record(meeting=meeting, assembly_member=seat, presence=Presence.PHYSICAL)
    # a proxy to someone who is absent is refused on the proxy field
    response = secretariat.post(
        reverse("admin:elections_assemblyattendance_add"),
        {
            "meeting": meeting.pk,
            "assembly_member": seats[3].pk,
            "presence": Presence.REPRESENTED,
            "proxy_holder": seats[3].pk,
        },
    )
    assert response.status_code == 200 and "Art. 25" in _errors(response)["proxy_holder"]

    item_change = reverse("admin:elections_agendaitem_change", args=[item.pk])
    response = secretariat.post(
        item_change,
        {
            "votes_for": "2",
            "votes_against": "1",
            "abstentions": "0",
            "chair_vote": "",
            "discussion": "Vraag over artikel 54; antwoord van de voorzitter.",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.outcome == Outcome.ADOPTED  # 2 of 3 cast: two thirds (Art. 25)
    assert item.discussion.startswith("Vraag")

    minutes = secretariat.get(reverse("admin:elections_assemblymeeting_minutes", args=[meeting.pk]))
    assert minutes.status_code == 200 and "Art. 25" in minutes.content.decode()
    pdf = secretariat.get(reverse("admin:elections_assemblymeeting_minutes_pdf", args=[meeting.pk]))
    assert pdf["Content-Type"] == "application/pdf"


def test_director_replacement_and_end_through_the_admin(secretariat):
    director = services.director_elect(name="Jan Janssens", mandate_start=date(2026, 6, 30))
    change = reverse("admin:elections_director_change", args=[director.pk])
    response = secretariat.post(
        change, {"ended_on": "01/02/2027", "end_reason": DirectorEnd.DECEASED, "end_note": "", **_inlines("attendance")}
    )
    assert response.status_code == 302
    response = secretariat.post(
        reverse("admin:elections_director_add"),
        {"name": "Opvolger", "mandate_start": "21/05/2027", "replaces": director.pk},
    )
    assert response.status_code == 302
    successor = Director.objects.get(name="Opvolger")
    assert successor.mandate_end == date(2032, 6, 29)  # Art. 33: finishes the predecessor's mandate


def test_demo_seeds_the_organs(db):
    call_command("seed_demo", households=12, stdout=io.StringIO())
    assert AssemblyMember.objects.count() == 10
    held = AssemblyMeeting.objects.get(status=MeetingStatus.CLOSED)
    assert [i.outcome for i in held.items.order_by("position")] == [Outcome.ADOPTED, Outcome.REJECTED]
    assert Director.objects.filter(end_reason=DirectorEnd.DEEMED_RESIGNED).count() == 1
    assert Director.objects.filter(replaces__isnull=False).count() == 1
