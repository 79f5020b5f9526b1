"""The election bureau's admin screens: a refusal by the statutes is a message on the form, never a
server error (issue #12, point 13)."""

from contextlib import contextmanager
from datetime import date

import pytest
import time_machine
from django.urls import reverse

from elections import services
from elections.models import BallotRecord, CandidacyStatus, Candidate, Election, ElectionKind
from elections.tests.test_services import members

pytestmark = pytest.mark.django_db


@pytest.fixture
def bureau(client, make_user):
    client.user = make_user("election_bureau")
    client.force_login(client.user)
    return client


@contextmanager
def on_day(client, day):
    """Travel to ``day`` and log in again there (a session opened today has expired by 2028)."""
    with time_machine.travel(day, tick=False):
        client.force_login(client.user)
        yield


@pytest.fixture
def election(table_2026):
    election = Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2028, seats=2)
    return election


def _errors(response) -> str:
    """Every error the admin form shows (field and non-field), as one text."""
    form = response.context["adminform"].form
    return " ".join(str(message) for messages in form.errors.values() for message in messages)


def test_add_election_page_opens(bureau):
    response = bureau.get(reverse("admin:elections_election_add"))
    assert response.status_code == 200
    assert set(response.context["adminform"].form.fields) == {"kind", "year", "seats", "assembly_size"}


def test_add_board_election_goes_through_the_service(bureau, table_2026):
    response = bureau.post(
        reverse("admin:elections_election_add"),
        {"kind": ElectionKind.BOARD, "year": 2028, "seats": 7, "assembly_size": 20},
    )
    election = Election.objects.get()
    assert response.status_code == 302
    assert (election.kind, election.seats, election.assembly_size) == (ElectionKind.BOARD, 7, 20)
    assert bureau.get(reverse("admin:elections_election_change", args=[election.pk])).status_code == 200


def test_assembly_with_no_seat_is_a_form_error_citing_art9(bureau, table_2026):
    # a handful of titulars: one seat per 1,000 (Art. 9) gives none
    response = bureau.post(
        reverse("admin:elections_election_add"),
        {"kind": ElectionKind.ASSEMBLY, "year": 2028, "seats": "", "assembly_size": 0},
    )
    assert response.status_code == 200
    assert "Art. 9" in " ".join(response.context["adminform"].form.errors["seats"])
    assert not Election.objects.exists()


def test_board_too_large_for_the_assembly_is_a_form_error_citing_art31(bureau, table_2026):
    response = bureau.post(
        reverse("admin:elections_election_add"),
        {"kind": ElectionKind.BOARD, "year": 2028, "seats": 12, "assembly_size": 20},
    )
    assert response.status_code == 200
    assert "Art. 31: at most half the assembly (10), not 12" in _errors(response)
    assert not Election.objects.exists()


def test_late_candidacy_is_a_form_error_citing_the_deadline(bureau, election):
    member, on_time = members(2)
    services.call_publish(election=election, on=date(2027, 9, 15))
    url = reverse("admin:elections_candidate_add")

    late = bureau.post(
        url, {"election": election.pk, "member": member.pk, "filed_on": "01/12/2027", "channel": "registered_letter"}
    )
    assert late.status_code == 200
    assert "Art. 13: candidacies are received by 30/11/2027." in " ".join(
        late.context["adminform"].form.errors["filed_on"]
    )
    assert not Candidate.objects.exists()

    filed = bureau.post(
        url, {"election": election.pk, "member": on_time.pk, "filed_on": "20/11/2027", "channel": "registered_letter"}
    )
    candidate = Candidate.objects.get()
    assert filed.status_code == 302 and candidate.member == on_time
    assert candidate.status == CandidacyStatus.ACCEPTED  # judged by candidacy_file (Art. 11.2), not typed in


def test_candidacy_before_the_call_is_a_form_error(bureau, election):
    (member,) = members(1)
    response = bureau.post(
        reverse("admin:elections_candidate_add"),
        {"election": election.pk, "member": member.pk, "filed_on": "20/11/2027", "channel": "registered_letter"},
    )
    assert response.status_code == 200
    assert "Art. 12: no call for candidates has been published." in _errors(response)
    assert not Candidate.objects.exists()


@pytest.fixture
def election_with_roll(election):
    people = members(2)
    services.call_publish(election=election, on=date(2027, 9, 15))
    services.roll_generate(election=election)
    for person in people:
        services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    services.list_order_set(election=election, candidate_ids=list(election.candidates.values_list("pk", flat=True)))
    services.list_publish(election=election, on=date(2028, 2, 20), election_day=date(2028, 3, 10))
    return election


def _ballot(election, voter):
    return {
        "election": election.pk,
        "voter": voter.pk,
        "channel": "post",
        "list_vote": "on",
        "names": "[]",
        "spoiled": "",
    }


def test_ballot_outside_the_voting_period_is_a_form_error_citing_art15(bureau, election_with_roll):
    voter = election_with_roll.voters.first()
    with on_day(bureau, date(2028, 3, 11)):  # the day after the election day
        response = bureau.post(reverse("admin:elections_ballotrecord_add"), _ballot(election_with_roll, voter))
    assert response.status_code == 200
    assert "Art. 15: outside the voting period." in " ".join(response.context["adminform"].form.errors["election"])
    assert not BallotRecord.objects.exists()


def test_ballot_during_the_voting_period_is_recorded_once(bureau, election_with_roll):
    voter = election_with_roll.voters.first()
    with on_day(bureau, date(2028, 3, 1)):
        first = bureau.post(reverse("admin:elections_ballotrecord_add"), _ballot(election_with_roll, voter))
        again = bureau.post(reverse("admin:elections_ballotrecord_add"), _ballot(election_with_roll, voter))
    assert first.status_code == 302
    assert again.status_code == 200 and "already" in _errors(again).lower()
    assert BallotRecord.objects.get().voter == voter


def test_ballot_name_votes_are_ticked_by_candidate_name_not_typed_as_ids(bureau, election_with_roll):
    """Issue #16, Art. 19: "de naamstem wordt uitgebracht in het stemvak achter de naam en voornaam van
    de kandidaat": the form lists the accepted candidates by name and stores the ticked ones."""
    voter = election_with_roll.voters.first()
    candidates = list(election_with_roll.candidates.filter(status="accepted").select_related("member"))
    assert len(candidates) == 2
    add = reverse("admin:elections_ballotrecord_add")
    page = bureau.get(add).content.decode()
    assert 'name="names"' not in page
    for candidate in candidates:
        assert f"{candidate.list_position}. {candidate.member.last_name} {candidate.member.first_name}" in page
    with on_day(bureau, date(2028, 3, 1)):
        response = bureau.post(add, {**_ballot(election_with_roll, voter), "candidates": [candidates[1].pk]})
    assert response.status_code == 302
    assert BallotRecord.objects.get().names == [candidates[1].pk]


def test_ballot_import_outside_the_voting_period_shows_the_article(bureau, election_with_roll):
    from django.core.files.uploadedfile import SimpleUploadedFile

    voter = election_with_roll.voters.first()
    upload = SimpleUploadedFile(
        "ballots.csv", f"member_number;channel;list_vote;names\n{voter.member_number};post;yes;\n".encode()
    )
    with on_day(bureau, date(2028, 4, 1)):
        response = bureau.post(
            reverse("admin:elections_election_ballots_import", args=[election_with_roll.pk]), {"file": upload}
        )
    assert response.status_code == 200
    assert "Art. 15: ballots are received during the voting period." in response.context["errors"]
    assert not BallotRecord.objects.exists()


def test_ballot_import_of_a_file_that_is_not_utf8_shows_a_message(bureau, election_with_roll):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("ballots.csv", "member_number;channel\nAndré;post\n".encode("latin-1"))
    with on_day(bureau, date(2028, 3, 1)):
        response = bureau.post(
            reverse("admin:elections_election_ballots_import", args=[election_with_roll.pk]), {"file": upload}
        )
    assert response.status_code == 200
    assert any("UTF-8" in str(error) for error in response.context["errors"])
    assert not BallotRecord.objects.exists()
