"""An assembly election end to end: call, roll, candidacies, list, bureau, ballots, count, minutes."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from benefits.tests.test_services import paid_up_member
from elections import services
from elections.models import BallotRecord, CandidacyStatus, Election, ElectionKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def election(table_2026):
    # a small fund has fewer than 1,000 titulars: Art. 9 would give no seat, so the seats are set here
    return Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2028, seats=2)


def members(n, **kwargs):
    return [
        paid_up_member(through="2027-06", birth=date(1970 + i, 1, 1 + i), last_name=f"Kandidaat{i}", **kwargs)
        for i in range(n)
    ]


def test_assembly_seats_follow_art9(table_2026):
    with pytest.raises(ValidationError, match="Art. 9"):
        services.election_create(year=2028)  # a handful of titulars: no seat


def test_election_from_call_to_signed_minutes(election, client, make_user):
    people = members(4)
    staff = paid_up_member(through="2027-06", birth=date(1980, 2, 2), last_name="Personeel")
    staff.is_fund_staff = True
    staff.save()

    with pytest.raises(ValidationError, match="Art. 12"):
        services.call_publish(election=election, on=date(2027, 11, 2))
    services.call_publish(election=election, on=date(2027, 9, 15))
    assert election.roll_closed_on == date(2027, 6, 30)  # Art. 17: end of the quarter before

    assert services.roll_generate(election=election) == 5
    assert services.roll_generate(election=election) == 5  # rebuilt, not doubled

    candidates = [services.candidacy_file(election=election, member=m, filed_on=date(2027, 11, 20)) for m in people[:3]]
    refused = services.candidacy_file(election=election, member=staff, filed_on=date(2027, 11, 25))
    assert all(c.status == CandidacyStatus.ACCEPTED for c in candidates)
    assert refused.status == CandidacyStatus.FILED and any("paid staff" in p["text"] for p in refused.problems)
    with pytest.raises(ValidationError, match="Art. 13"):
        services.candidacy_file(election=election, member=people[3], filed_on=date(2027, 12, 1))
    services.candidacy_refuse(candidate=refused, on=date(2027, 12, 20))
    # issue #16: the letter in the member's language (Dutch here), with the reasons and the appeal
    assert "bezoldigd personeel van het ziekenfonds" in refused.refusal_letter  # in Dutch (issue #16)
    assert "paid staff" not in refused.refusal_letter and "beroep" in refused.refusal_letter

    services.list_order_set(election=election, candidate_ids=[c.pk for c in candidates])
    with pytest.raises(ValidationError, match="Art. 15"):
        services.list_publish(election=election, on=date(2028, 2, 20), election_day=date(2028, 2, 25))
    services.list_publish(election=election, on=date(2028, 2, 20), election_day=date(2028, 3, 10))
    assert election.voting_starts == date(2028, 2, 28)

    with pytest.raises(ValidationError, match="Art. 16"):
        services.bureau_appoint(election=election, name="Late", role="chair", on=date(2028, 2, 1))
    with pytest.raises(ValidationError, match="Art. 16"):
        services.bureau_appoint(election=election, name="Cand", role="chair", on=date(2028, 1, 10), member=people[0])
    services.bureau_appoint(election=election, name="An Voorzitter", role="chair", on=date(2028, 1, 10))

    voters = {v.member_id: v for v in election.voters.all()}
    services.ballot_record(election=election, voter=voters[people[3].pk], list_vote=True, on=date(2028, 3, 1))
    with pytest.raises(ValidationError, match="already voted"):
        services.ballot_record(election=election, voter=voters[people[3].pk], list_vote=True, on=date(2028, 3, 2))
    with pytest.raises(ValidationError, match="Art. 15"):
        services.ballot_record(election=election, voter=voters[people[0].pk], list_vote=True, on=date(2028, 3, 11))
    imported = services.ballots_import(
        election=election,
        rows=[
            {"member_number": people[0].national_number, "channel": "post", "list_vote": "no", "names": "3"},
            {"member_number": people[1].national_number, "channel": "electronic", "list_vote": "yes", "names": "3"},
            {
                "member_number": people[2].national_number,
                "channel": "post",
                "list_vote": "no",
                "names": "1 2 3",
            },  # over-voted
        ],
        on=date(2028, 3, 9),
    )
    assert imported == 3
    with pytest.raises(ValidationError, match="line 2"):
        services.ballots_import(
            election=election, rows=[{"member_number": "00000000097", "names": "1"}], on=date(2028, 3, 9)
        )

    with pytest.raises(ValidationError, match="Art. 20"):
        services.count_run(election=election, on=date(2028, 3, 10))
    result = services.count_run(election=election, on=date(2028, 3, 13))
    # 4 ballots, 1 over-voted → 3 valid; quorum ⌈3/2⌉ = 2; pot 1 (one list ballot)
    assert (result["cast"], result["valid"], result["quorum"], result["pot"]) == (4, 3, 2, 1)
    by_name = {c["name"]: c for c in result["candidates"]}
    first = f"{people[0].last_name} {people[0].first_name}"
    third = f"{people[2].last_name} {people[2].first_name}"
    assert by_name[third]["name_votes"] == 2 and by_name[first]["devolved"] == 1
    assert result["elected"] == [third, first]

    client.force_login(make_user("election_bureau"))
    page = client.get(reverse("admin:elections_election_minutes", args=[election.pk])).content.decode()
    assert "Quorum" in page and third in page
    pdf = client.get(reverse("admin:elections_election_minutes_pdf", args=[election.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    with pytest.raises(ValidationError):
        services.minutes_sign(election=election, user=make_user("election_bureau"), identity_check="")
    services.minutes_sign(
        election=election,
        user=make_user("election_bureau"),
        identity_check="eID read at the office; postal: signed envelope",
    )
    assert election.status == "minutes_signed"
    roll = client.get(reverse("admin:elections_election_roll_csv", args=[election.pk]))
    assert people[0].national_number.encode() in roll.content


def test_automatic_election_when_candidates_do_not_exceed_seats(election):
    people = members(2)
    services.call_publish(election=election, on=date(2027, 9, 15))
    for m in people:
        services.candidacy_file(election=election, member=m, filed_on=date(2027, 11, 2))
    result = services.count_run(election=election, on=date(2028, 1, 5))
    assert result["automatic"] and len(result["elected"]) == 2
    assert BallotRecord.objects.count() == 0


def test_board_election_youngest_wins_and_composition_reported(table_2026):
    board = Election.objects.create(kind=ElectionKind.BOARD, year=2028, seats=7, assembly_size=20)
    people = members(9)
    for index, person in enumerate(people):
        candidate = board.candidates.create(
            member=person, filed_on=date(2028, 6, 1), status=CandidacyStatus.ACCEPTED, votes=10 if index < 6 else 5
        )
        assert candidate.pk
    result = services.board_count_run(election=board, on=date(2028, 6, 30))
    assert len(result["elected"]) == 7
    # people[6..8] tie at 5 votes: the youngest (born latest) wins the last seat
    assert f"{people[8].last_name} {people[8].first_name}" in result["elected"]
    assert any("gender" in p for p in result["composition_problems"])  # all demo members are men


def test_the_roll_includes_every_member_18_on_the_closing_day_born_on_the_29th_to_31st(election):
    """Art. 17: the roll holds the members who are 18 ("meerderjarig", Art. 11.1) on its closing day
    (30/06/2027 here): born on 30/06/2009 they are 18 that day and on the roll; born on 01/07/2009
    they are not. (A rule that computed the boundary as the 28th of the month dropped the first.)"""
    eighteen_that_day = paid_up_member(through="2027-06", birth=date(2009, 6, 30), last_name="Dertig")
    seventeen = paid_up_member(through="2027-06", birth=date(2009, 7, 1), last_name="Eerste")
    services.call_publish(election=election, on=date(2027, 9, 15))
    assert election.roll_closed_on == date(2027, 6, 30)

    services.roll_generate(election=election)

    on_roll = set(election.voters.values_list("member_id", flat=True))
    assert eighteen_that_day.pk in on_roll
    assert seventeen.pk not in on_roll
