"""Voters and candidacies (issue #13): emancipated minors on the roll (Art. 11.1), Art. 11.2 facts
with their source, refusals overturned only on appeal (Art. 13), delegate candidacies by registered
letter 15 days before the voting assembly (Art. 28, 30), and the publication of the results (Art. 22)."""

from datetime import date

import pytest
import time_machine
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.reasons import render
from elections import selectors, services
from elections.models import (
    AppealDecision,
    CandidacyStatus,
    Candidate,
    Election,
    ElectionKind,
    ElectionStatus,
    ResultsPublication,
)
from elections.tests.test_services import members
from members.tests.factories import add_dependent

pytestmark = pytest.mark.django_db


@pytest.fixture
def election(table_2026):
    election = Election.objects.create(kind=ElectionKind.ASSEMBLY, year=2028, seats=2)
    services.call_publish(election=election, on=date(2027, 9, 15))  # roll closed on 30/06/2027 (Art. 17)
    return election


# --- Art. 11.1 b) "meerderjarig of ontvoegd" -------------------------------------------------------------


def test_the_roll_includes_an_emancipated_minor_and_not_a_minor_who_is_not(election):
    """Art. 11.1 b): 17 on the closing day (30/06/2027), the emancipated daughter votes, her
    brother of the same age does not; an emancipation after the closing day comes too late."""
    (titular,) = members(1)
    daughter = add_dependent(titular.household, birth=date(2010, 3, 1), gender="F")
    son = add_dependent(titular.household, birth=date(2010, 3, 1), gender="M")
    late = add_dependent(titular.household, birth=date(2010, 2, 1), gender="F")
    services.emancipation_record(
        member=daughter,
        emancipated_on=date(2026, 5, 2),
        ground="court",
        proof="Jeugdrechtbank Gent, 02/05/2026, nr. 26/123",
    )
    with time_machine.travel(date(2027, 8, 1), tick=False):
        services.emancipation_record(member=late, emancipated_on=date(2027, 7, 15), ground="court", proof="vonnis 27/9")

    services.roll_generate(election=election)

    on_roll = set(election.voters.values_list("member_id", flat=True))
    assert titular.pk in on_roll and daughter.pk in on_roll
    assert son.pk not in on_roll and late.pk not in on_roll
    assert selectors.voter_explanation(election=election, member=son) == [
        "Art. 11.1 b): “meerderjarig of ontvoegd”: not adult nor emancipated"
    ]


def test_emancipation_before_15_or_without_proof_is_refused(election):
    (titular,) = members(1)
    child = add_dependent(titular.household, birth=date(2010, 3, 1))
    with pytest.raises(ValidationError, match="Civil Code art. 477"):
        services.emancipation_record(member=child, emancipated_on=date(2025, 2, 28), ground="court", proof="vonnis")
    with pytest.raises(ValidationError, match="proves"):
        services.emancipation_record(member=child, emancipated_on=date(2025, 3, 1), ground="court", proof=" ")
    assert not hasattr(child, "emancipation") or child.emancipation is None


# --- Art. 11.2 facts, Art. 13 refusal and appeal ------------------------------------------------------------


def _facts_day():
    return time_machine.travel(date(2027, 12, 10), tick=False)


def test_a_recorded_fact_bars_the_candidacy_quoting_the_article_and_its_source(election):
    (person,) = members(1)
    candidate = services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    assert candidate.status == CandidacyStatus.ACCEPTED

    with _facts_day():
        services.eligibility_fact_record(
            candidate=candidate,
            kind="parliamentary_mandate",
            holds=True,
            source="parliament",
            reference="Kamer, lijst 05/12/2027",
            established_on=date(2027, 12, 5),
        )
    candidate.refresh_from_db()
    expected = (
        "Art. 11.2 f): “geen parlementair mandaat bekleden”: holds a parliamentary mandate "
        "(source: The parliament's list of members, Kamer, lijst 05/12/2027)"
    )
    assert candidate.status == CandidacyStatus.FILED and [render(p) for p in candidate.problems] == [expected]
    with pytest.raises(ValidationError, match="Art. 13"):
        services.candidacy_accept(candidate=candidate)

    from django.utils import translation

    with translation.override(person.language or "nl"):  # the letter speaks the member's language
        in_letter = render(candidate.problems[0])
    assert in_letter.startswith("Art. 11.2 f): “geen parlementair mandaat bekleden”")
    services.candidacy_refuse(candidate=candidate, on=date(2027, 12, 20))
    assert candidate.status == CandidacyStatus.REFUSED and in_letter in candidate.refusal_letter
    # a later fact does not undo a refusal: only an appeal does (Art. 13)
    with _facts_day():
        services.eligibility_fact_record(
            candidate=candidate,
            kind="parliamentary_mandate",
            holds=False,
            source="parliament",
            reference="mandate ended",
            established_on=date(2027, 12, 8),
        )
    candidate.refresh_from_db()
    assert candidate.status == CandidacyStatus.REFUSED and candidate.problems == []
    with pytest.raises(ValidationError, match="Art. 13"):
        services.candidacy_accept(candidate=candidate)


def test_dismissal_into_early_retirement_does_not_bar(election):
    (person,) = members(1)
    candidate = services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    with _facts_day():
        services.eligibility_fact_record(
            candidate=candidate,
            kind="dismissed_staff",
            holds=True,
            early_retirement=True,
            source="hr_records",
            established_on=date(2027, 12, 1),
        )
    candidate.refresh_from_db()
    assert candidate.status == CandidacyStatus.ACCEPTED and candidate.problems == []


def _refused(election, person):
    staff = person
    staff.is_fund_staff = True
    staff.save()
    candidate = services.candidacy_file(election=election, member=staff, filed_on=date(2027, 11, 20))
    return services.candidacy_refuse(candidate=candidate, on=date(2027, 12, 20))


def test_only_an_upheld_appeal_turns_a_refusal_into_an_acceptance(election):
    dismissed_case, upheld_case = (_refused(election, p) for p in members(2))
    with time_machine.travel(date(2028, 2, 1), tick=False):
        with pytest.raises(ValidationError, match="after the refusal"):
            services.candidacy_appeal_record(
                candidate=dismissed_case,
                lodged_on=date(2027, 12, 1),
                decided_on=date(2028, 1, 20),
                decision=AppealDecision.DISMISSED,
                reference="CDZ/2028/1",
            )
        services.candidacy_appeal_record(
            candidate=dismissed_case,
            lodged_on=date(2027, 12, 27),
            decided_on=date(2028, 1, 20),
            decision=AppealDecision.DISMISSED,
            reference="CDZ/2028/1",
        )
        services.candidacy_appeal_record(
            candidate=upheld_case,
            lodged_on=date(2027, 12, 27),
            decided_on=date(2028, 1, 25),
            decision=AppealDecision.UPHELD,
            reference="CDZ/2028/2",
        )
        with pytest.raises(ValidationError, match="already recorded|not refused"):
            services.candidacy_appeal_record(
                candidate=dismissed_case,
                lodged_on=date(2027, 12, 27),
                decided_on=date(2028, 1, 21),
                decision=AppealDecision.UPHELD,
                reference="x",
            )
        with pytest.raises(ValidationError, match="not refused"):
            services.candidacy_appeal_record(
                candidate=upheld_case,
                lodged_on=date(2027, 12, 27),
                decided_on=date(2028, 1, 26),
                decision=AppealDecision.UPHELD,
                reference="again",
            )
    dismissed_case.refresh_from_db()
    upheld_case.refresh_from_db()
    assert dismissed_case.status == CandidacyStatus.REFUSED
    assert upheld_case.status == CandidacyStatus.ACCEPTED
    assert upheld_case.appeal.reference == "CDZ/2028/2"


# --- Art. 28 / 30: delegates by registered letter, 15 days before the voting assembly -------------------


@pytest.mark.parametrize("kind,article", [("union_delegates", "Art. 28"), ("vmob_delegates", "Art. 30")])
def test_delegate_candidacy_late_or_not_by_registered_letter_is_refused(table_2026, kind, article):
    election = Election.objects.create(kind=kind, year=2028, seats=2, voting_assembly_on=date(2028, 6, 20))
    on_time, late, by_mail = members(3)
    with pytest.raises(ValidationError, match=article) as late_error:
        services.candidacy_file(election=election, member=late, filed_on=date(2028, 6, 6))
    assert "filed_on" in late_error.value.error_dict
    with pytest.raises(ValidationError, match=article) as channel_error:
        services.candidacy_file(election=election, member=by_mail, filed_on=date(2028, 6, 1), channel="email")
    assert "channel" in channel_error.value.error_dict
    candidate = services.candidacy_file(election=election, member=on_time, filed_on=date(2028, 6, 5))
    assert candidate.channel == "registered_letter"
    assert list(Candidate.objects.filter(election=election)) == [candidate]


def test_assembly_candidacy_not_by_registered_letter_is_refused_art13(election):
    (person,) = members(1)
    with pytest.raises(ValidationError, match="Art. 13: a candidacy is submitted by registered letter"):
        services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20), channel="letter")


# --- votes of the board and delegates through the counting service ------------------------------------------


def test_board_votes_are_recorded_through_the_service_then_counted(table_2026):
    board = Election.objects.create(kind=ElectionKind.BOARD, year=2028, seats=7, assembly_size=20)
    people = members(8)
    candidates = [
        board.candidates.create(member=p, filed_on=date(2028, 6, 1), status=CandidacyStatus.ACCEPTED) for p in people
    ]
    with pytest.raises(ValidationError, match="every accepted candidate"):
        services.votes_record(election=board, votes={candidates[0].pk: 3})
    services.votes_record(election=board, votes={c.pk: 10 - i for i, c in enumerate(candidates)})
    result = services.board_count_run(election=board, on=date(2028, 6, 30))
    loser = f"{people[7].last_name} {people[7].first_name}"
    assert len(result["elected"]) == 7 and loser not in result["elected"]
    with pytest.raises(ValidationError, match="counted already"):
        services.votes_record(election=board, votes={c.pk: 1 for c in candidates})


# --- Art. 22: publishing the results ------------------------------------------------------------------------


@pytest.fixture
def automatic(election):
    """Two candidates for two seats: elected without a vote (Art. 21), established on 05/01/2028."""
    for person in members(2):
        services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    services.count_run(election=election, on=date(2028, 1, 5))
    return election


@pytest.fixture
def after_the_vote():
    """The publication is a fact that has happened: the clock stands in April 2028."""
    with time_machine.travel(date(2028, 4, 1), tick=False):
        yield


def test_a_publication_in_the_future_is_refused(automatic, make_user):
    with time_machine.travel(date(2028, 1, 10), tick=False):
        with pytest.raises(ValidationError, match="not after today"):
            services.results_publish(election=automatic, on=date(2028, 1, 11), user=make_user("election_bureau"))


def test_results_published_within_15_days_record_who_when_and_the_document(automatic, make_user, after_the_vote):
    clerk = make_user("election_bureau")
    # the calendar shows the Art. 22 deadline from the day no vote was found needed (Art. 21)
    assert {d.key: d for d in selectors.deadlines(automatic)}["results"].latest == date(2028, 1, 20)
    with pytest.raises(ValidationError, match="Art. 22"):
        services.results_publish(election=automatic, on=date(2028, 1, 10), user=clerk, on_website=False)

    publication = services.results_publish(election=automatic, on=date(2028, 1, 20), user=clerk)

    automatic.refresh_from_db()
    assert automatic.status == ElectionStatus.RESULTS_PUBLISHED and automatic.results_published_on == date(2028, 1, 20)
    assert (
        publication.published_by == clerk and publication.deadline == date(2028, 1, 20) and publication.late_note == ""
    )
    assert bytes(publication.document).startswith(b"%PDF")
    entry = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(ResultsPublication), object_pk=str(publication.pk)
    )
    assert "published_on" in entry.changes_dict and "document" not in entry.changes_dict
    with pytest.raises(ValidationError, match="already"):
        services.results_publish(election=automatic, on=date(2028, 1, 20), user=clerk)


def test_late_publication_is_made_and_recorded_as_late(automatic, make_user, after_the_vote):
    publication = services.results_publish(election=automatic, on=date(2028, 1, 21), user=make_user("election_bureau"))
    assert publication.late_note.startswith("Art. 22: published on 21/01/2028, after the 15 calendar days")


def test_results_of_a_vote_are_published_after_the_signed_minutes(election, make_user, after_the_vote):
    for person in members(3):
        services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    services.roll_generate(election=election)
    services.list_order_set(election=election, candidate_ids=list(election.candidates.values_list("pk", flat=True)))
    services.list_publish(election=election, on=date(2028, 2, 20), election_day=date(2028, 3, 10))
    services.ballot_record(election=election, voter=election.voters.first(), list_vote=True, on=date(2028, 3, 1))
    services.count_run(election=election, on=date(2028, 3, 13))
    user = make_user("election_bureau")
    with pytest.raises(ValidationError, match="sign the minutes first"):
        services.results_publish(election=election, on=date(2028, 3, 14), user=user)
    services.minutes_sign(election=election, user=user, identity_check="eID")
    services.results_publish(election=election, on=date(2028, 3, 25), user=user)
    election.refresh_from_db()
    assert election.status == ElectionStatus.RESULTS_PUBLISHED


# --- the admin: status only through the services ------------------------------------------------------------


@pytest.fixture
def bureau(client, make_user):
    client.user = make_user("election_bureau")
    client.force_login(client.user)
    return client


def _change_form_data(response, prefix="candidate_form"):
    from core.tests.test_admin_smoke import _FormData

    parser = _FormData(prefix)
    parser.feed(response.content.decode())
    return parser.data


def test_the_admin_cannot_post_a_status_list_position_or_votes_change(bureau, election):
    candidate = _refused(election, members(1)[0])
    url = reverse("admin:elections_candidate_change", args=[candidate.pk])
    data = _change_form_data(bureau.get(url))
    data.update({"status": "accepted", "list_position": "1", "votes": "99", "refusal_letter": "", "problems": "[]"})

    response = bureau.post(url, data)

    assert response.status_code in (200, 302)
    candidate.refresh_from_db()
    assert (candidate.status, candidate.list_position, candidate.votes) == (CandidacyStatus.REFUSED, None, 0)
    assert candidate.refusal_letter


def test_the_election_page_cannot_post_a_candidate_status_through_its_inline(bureau, election):
    candidate = _refused(election, members(1)[0])
    url = reverse("admin:elections_election_change", args=[election.pk])
    data = _change_form_data(bureau.get(url), "election_form")
    data.update(
        {
            "candidates-0-id": str(candidate.pk),
            "candidates-0-status": "accepted",
            "candidates-0-votes": "7",
            "candidates-0-list_position": "1",
        }
    )
    bureau.post(url, data)
    candidate.refresh_from_db()
    assert (candidate.status, candidate.list_position, candidate.votes) == (CandidacyStatus.REFUSED, None, 0)


def test_refusal_and_appeal_pages_call_the_services(bureau, election):
    (person,) = members(1)
    candidate = services.candidacy_file(election=election, member=person, filed_on=date(2027, 11, 20))
    refuse = reverse("admin:elections_candidate_refuse", args=[candidate.pk])
    empty = bureau.post(refuse, {"refused_on": "20/12/2027", "motivation": ""})
    assert empty.status_code == 200 and "motivated" in empty.content.decode()
    assert (
        bureau.post(refuse, {"refused_on": "20/12/2027", "motivation": "Geen aangetekende brief."}).status_code == 302
    )
    candidate.refresh_from_db()
    assert candidate.status == CandidacyStatus.REFUSED and "Geen aangetekende brief." in candidate.refusal_letter

    appeal = reverse("admin:elections_candidate_appeal", args=[candidate.pk])
    with time_machine.travel(date(2028, 2, 1), tick=False):
        bureau.force_login(bureau.user)
        response = bureau.post(
            appeal,
            {"lodged_on": "27/12/2027", "decided_on": "25/01/2028", "decision": "upheld", "reference": "CDZ/2028/7"},
        )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.status == CandidacyStatus.ACCEPTED and candidate.appeal.recorded_by == bureau.user


def test_publish_page_publishes_and_serves_the_document(bureau, automatic):
    with time_machine.travel(date(2028, 1, 12), tick=False):
        bureau.force_login(bureau.user)
        response = bureau.post(
            reverse("admin:elections_election_publish", args=[automatic.pk]),
            {"published_on": "12/01/2028", "in_magazine": "on", "on_website": "on"},
        )
        assert response.status_code == 302
        pdf = bureau.get(reverse("admin:elections_election_publication_pdf", args=[automatic.pk]))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert ResultsPublication.objects.get().published_by == bureau.user


def test_emancipation_is_added_through_the_service(bureau, election):
    (titular,) = members(1)
    child = add_dependent(titular.household, birth=date(2010, 3, 1))
    url = reverse("admin:elections_emancipation_add")
    early = bureau.post(url, {"member": child.pk, "emancipated_on": "28/02/2025", "ground": "court", "proof": "vonnis"})
    assert early.status_code == 200 and "Civil Code art. 477" in early.content.decode()
    ok = bureau.post(
        url, {"member": child.pk, "emancipated_on": "01/03/2025", "ground": "court", "proof": "vonnis 25/1"}
    )
    assert ok.status_code == 302, ok.content.decode()[-3000:]
    child.refresh_from_db()
    assert child.emancipation.recorded_by == bureau.user


def test_the_member_page_shows_the_recorded_emancipation(bureau, election):
    (titular,) = members(1)
    child = add_dependent(titular.household, birth=date(2010, 3, 1))
    services.emancipation_record(
        member=child, emancipated_on=date(2025, 3, 1), ground="court", proof="Jeugdrechtbank Gent 25/77"
    )
    page = bureau.get(reverse("admin:members_member_change", args=[child.pk])).content.decode()
    assert "Jeugdrechtbank Gent 25/77" in page


def test_the_bureau_is_appointed_through_the_service_only(bureau, election):
    """Art. 16: "een voorzitter, een secretaris en twee bijzitters" — the election page's inline shows
    the bureau read-only; the page "Appoint a bureau member" calls ``bureau_appoint``, whose refusals
    (a third assessor, a candidate on the bureau) show on the form and store nothing."""
    from elections.models import BureauMember

    candidate = services.candidacy_file(election=election, member=members(1)[0], filed_on=date(2027, 11, 20))
    url = reverse("admin:elections_election_bureau", args=[election.pk])
    day = "2027-12-01"
    for name in ("An Peeters", "Bart Claes"):
        response = bureau.post(url, {"role": "assessor", "name": name, "appointed_on": day})
        assert response.status_code == 302, response.content.decode()[:500]

    third = bureau.post(url, {"role": "assessor", "name": "Carl Maes", "appointed_on": day})
    as_candidate = bureau.post(
        url, {"role": "chair", "name": "Kandidaat", "member": candidate.member_id, "appointed_on": day}
    )

    assert third.status_code == 200 and "Art. 16" in third.content.decode()
    assert as_candidate.status_code == 200 and "Art. 16" in as_candidate.content.decode()
    assert list(BureauMember.objects.filter(election=election).values_list("name", flat=True).order_by("name")) == [
        "An Peeters",
        "Bart Claes",
    ]
    change = bureau.get(reverse("admin:elections_election_change", args=[election.pk]))
    page = change.content.decode()
    assert "An Peeters" in page and 'name="bureau-TOTAL_FORMS"' in page  # the inline is shown …
    assert 'name="bureau-0-name"' not in page  # … read-only: no input to change a bureau member
