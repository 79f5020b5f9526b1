"""Art. 9–33 with SPEC §4's worked example and the edge cases of issue #6."""

from datetime import date

import pytest

from elections import rules
from elections.rules import Ballot, BoardCandidate


@pytest.mark.parametrize(
    ("members", "seats"),
    [
        pytest.param(999, 0, id="art9-less-than-one-slice"),
        pytest.param(1_000, 1, id="art9-one-full-slice"),
        pytest.param(74_999, 74, id="art9-just-under-75000"),
        pytest.param(75_000, 75, id="art9-75000"),
        pytest.param(84_999, 75, id="art9-no-full-10000-above"),
        pytest.param(85_000, 76, id="art9-first-10000-above"),
        pytest.param(2_251_603, 75 + 217, id="art9-a-large-fund"),
    ],
)
def test_assembly_size(members, seats):
    assert rules.assembly_size(members) == seats


def test_spec_worked_example():
    # 3 seats; list order A–E; 1,000 valid ballots of which 500 list ballots
    result = rules.count(3, 1000, 500, [("A", 50), ("B", 60), ("C", 40), ("D", 250), ("E", 400)])
    assert result.quorum == 334
    assert {r.name: (r.devolved, r.total) for r in result.results} == {
        "A": (284, 334),
        "B": (216, 276),
        "C": (0, 40),
        "D": (0, 250),
        "E": (0, 400),
    }
    assert result.elected == ["E", "A", "B"]
    assert result.pot_left == 0
    assert result.substitutes == ["D", "C"]


def test_first_candidate_already_above_quorum_takes_nothing():
    result = rules.count(2, 100, 30, [("A", 60), ("B", 5), ("C", 5)])
    assert result.quorum == 50
    assert [r.devolved for r in result.results] == [0, 30, 0]
    assert result.elected == ["A", "B"]


def test_pot_runs_out():
    result = rules.count(2, 100, 10, [("A", 20), ("B", 20), ("C", 45)])
    assert [r.devolved for r in result.results] == [10, 0, 0]
    assert result.elected == ["C", "A"]


def test_pot_left_over_stays_unused():
    # 2 seats, 10 valid ballots (quorum 5): 2 list ballots, 8 ballots with two names each
    result = rules.count(2, 10, 2, [("A", 5), ("B", 5), ("C", 6)])
    assert [r.devolved for r in result.results] == [0, 0, 0]
    assert result.pot == 2 and result.pot_left == 2
    assert result.elected == ["C", "A"]  # A and B tie at 5: list order


def test_the_whole_pot_can_go_to_the_first_candidate():
    result = rules.count(1, 100, 90, [("A", 5), ("B", 5)])
    assert [r.devolved for r in result.results] == [90, 0]
    assert result.elected == ["A"]


def test_three_way_tie_for_the_last_seat_goes_by_list_order():
    result = rules.count(2, 90, 0, [("A", 30), ("B", 30), ("C", 30)])
    assert result.elected == ["A", "B"]
    result = rules.count(2, 100, 0, [("A", 10), ("B", 30), ("C", 30), ("D", 30)])
    assert result.elected == ["B", "C"]


def test_fewer_candidates_than_seats_all_elected_without_vote():
    result = rules.count(5, 0, 0, [("A", 0), ("B", 0)])
    assert result.elected == ["A", "B"]


@pytest.mark.parametrize(
    ("ballot", "reason"),
    [
        pytest.param(Ballot(names=("A", "B", "C")), "more name votes than seats", id="art19-over-voted"),
        pytest.param(Ballot(), "no vote", id="art19-empty"),
        pytest.param(Ballot(names=("Z",)), "not on the list", id="unknown-name"),
        pytest.param(Ballot(spoiled="not the ballot handed to the voter"), "not the ballot", id="art19-other-ballot"),
        pytest.param(Ballot(list_vote=True, names=("A",)), None, id="list-and-names-counts-as-names"),
    ],
)
def test_ballot_validity(ballot, reason):
    result = rules.ballot_validity(ballot, 2, {"A", "B", "C"})
    assert (result is None) if reason is None else (reason in result)


def test_tally_list_and_name_ballot_counts_names_only():
    ballots = [
        Ballot(list_vote=True),
        Ballot(list_vote=True, names=("B",)),
        Ballot(names=("A", "B", "C")),
        Ballot(names=("C",)),
    ]
    result = rules.tally(ballots, 2, ["A", "B", "C"])
    assert (result.cast, result.valid_ballots, result.list_votes) == (4, 3, 1)
    assert result.name_votes == {"A": 0, "B": 1, "C": 1}
    assert sum(result.invalid.values()) == 1


def test_board_tie_for_last_seat_goes_to_the_youngest():
    candidates = [
        BoardCandidate("A", date(1960, 1, 1), 10),
        BoardCandidate("B", date(1980, 5, 5), 7),
        BoardCandidate("C", date(1990, 3, 3), 7),
        BoardCandidate("D", date(1950, 1, 1), 3),
    ]
    assert rules.board_count(2, candidates) == ["A", "C"]
    assert rules.board_count(5, candidates) == ["A", "B", "C", "D"]


def test_board_composition_and_size():
    elected = [BoardCandidate(str(i), date(1970, 1, 1), 1, gender="M", paid_staff=i < 3) for i in range(8)]
    problems = rules.board_composition_problems(elected)
    assert any("75 %" in p for p in problems) and any("one third" in p for p in problems)
    assert rules.board_seats_allowed(6, 40) and rules.board_seats_allowed(12, 20)
    assert rules.board_seats_allowed(10, 40) == []


def test_calendar_and_count_in_working_days():
    deadlines = {d.key: d for d in rules.calendar(2028, publication=date(2028, 2, 25), election_day=date(2028, 3, 24))}
    assert deadlines["call"].latest == date(2027, 10, 31)
    assert deadlines["candidacies"].latest == date(2027, 11, 30)
    assert (deadlines["voting"].earliest, deadlines["voting"].latest) == (date(2028, 3, 4), date(2028, 3, 26))
    assert deadlines["bureau"].latest == date(2028, 2, 3)
    # Art. 15: "uiterlijk op 28 februari … aan de stemgerechtigde personen worden medegedeeld"
    # (Art. 14 is the board's list order, not this deadline)
    assert (deadlines["publication"].article, deadlines["publication"].latest) == (
        "Art. 15",
        date(2028, 2, 28),
    )  # 28, also in a leap year
    # 24/03/2028 is a Friday; Easter Monday 17/04/2028 is far: 7 working days → Tuesday 04/04/2028
    assert deadlines["count"].latest == date(2028, 4, 4)
    assert deadlines["installation"].latest == date(2028, 6, 30)
    easter = {d.key: d for d in rules.calendar(2028, election_day=date(2028, 4, 13))}
    assert easter["count"].latest == date(2028, 4, 25)  # skips the weekend and Easter Monday 17/04


def test_roll_closing_date_is_end_of_previous_quarter():
    assert rules.roll_closing_date(date(2027, 10, 15)) == date(2027, 9, 30)
    assert rules.roll_closing_date(date(2028, 1, 2)) == date(2027, 12, 31)


def test_candidate_eligibility():
    person = rules.PersonFacts(
        birth_date=date(1970, 1, 1), emancipated=False, household_in_order=True, affiliated_since=date(2020, 1, 1)
    )
    assert rules.candidate_problems(person, date(2028, 3, 24), date(2027, 9, 30)) == []
    recent = rules.PersonFacts(**{**person.__dict__, "affiliated_since": date(2026, 6, 1), "fund_staff": True})
    problems = rules.candidate_problems(recent, date(2028, 3, 24), date(2027, 9, 30))
    assert any("2 years" in str(p) for p in problems) and any("paid staff" in str(p) for p in problems)
    minor = rules.PersonFacts(**{**person.__dict__, "birth_date": date(2012, 1, 1)})
    assert list(map(str, rules.voter_problems(minor, date(2027, 9, 30)))) == [
        "Art. 11.1 b): “meerderjarig of ontvoegd”: not adult nor emancipated"
    ]


# --- Art. 11.1 b) "meerderjarig of ontvoegd" ---------------------------------------------------------------

ROLL_DAY = date(2027, 6, 30)


@pytest.mark.parametrize(
    ("birth", "emancipated_on", "votes"),
    [
        pytest.param(date(2009, 6, 30), None, True, id="art11-1-meerderjarig-18-on-the-closing-day"),
        pytest.param(date(2009, 7, 1), None, False, id="art11-1-17-not-ontvoegd-no-vote"),
        pytest.param(date(2010, 3, 1), date(2026, 5, 2), True, id="art11-1-ontvoegd-minor-votes"),
        pytest.param(date(2010, 3, 1), date(2027, 6, 30), True, id="art11-1-ontvoegd-on-the-closing-day"),
        pytest.param(date(2010, 3, 1), date(2027, 7, 1), False, id="art11-1-ontvoegd-after-the-closing-day"),
    ],
)
def test_voting_age_adult_or_emancipated(birth, emancipated_on, votes):
    assert rules.of_voting_age(birth, ROLL_DAY, emancipated_on) is votes
    person = rules.PersonFacts(
        birth_date=birth,
        emancipated=False,
        household_in_order=True,
        affiliated_since=date(2020, 1, 1),
        emancipated_on=emancipated_on,
    )
    assert (rules.voter_problems(person, ROLL_DAY) == []) is votes


@pytest.mark.parametrize(
    ("emancipated_on", "problem"),
    [
        pytest.param(date(2025, 2, 28), "Civil Code art. 477", id="emancipation-before-15-refused"),
        pytest.param(date(2025, 3, 1), None, id="emancipation-on-the-15th-birthday"),
        pytest.param(date(2028, 2, 29), None, id="emancipation-the-day-before-18"),
        pytest.param(date(2028, 3, 1), "Art. 11.1", id="emancipation-of-an-adult-refused"),
    ],
)
def test_emancipation_is_of_a_minor_of_15_or_more(emancipated_on, problem):
    found = rules.emancipation_problem(date(2010, 3, 1), emancipated_on)
    assert (found is None) if problem is None else (problem in found)


@pytest.mark.parametrize(
    ("emancipated_on", "problem"),
    [
        pytest.param(date(2023, 2, 28), "Civil Code art. 477", id="born-29-february-still-14-on-28-february"),
        pytest.param(date(2023, 3, 1), None, id="born-29-february-15-on-1-march"),
        pytest.param(date(2026, 2, 28), None, id="art11.1-born-29-february-still-a-minor-on-28-february"),
        pytest.param(date(2026, 3, 1), "Art. 11.1", id="art11.1-born-29-february-adult-on-1-march"),
    ],
)
def test_emancipation_counts_ages_as_the_voter_roll_does_for_a_29_february_birth(emancipated_on, problem):
    """Bug fixed (issue #14, dates written once): the emancipation check counted 15 and 18 from 28 February
    while ``of_voting_age`` (Art. 11.1, 17) makes a person born on 29 February adult on 1 March: a minor
    emancipated on 28/02/2026 was refused as adult, though the roll did not count him as adult that day."""
    birth = date(2008, 2, 29)
    found = rules.emancipation_problem(birth, emancipated_on)
    assert (found is None) if problem is None else (problem in found)
    if emancipated_on.year == 2026:
        assert rules.of_voting_age(birth, emancipated_on) is (problem is not None)


# --- Art. 11.2: recorded facts with their source -------------------------------------------------------------

ADULT = dict(birth_date=date(1970, 1, 1), emancipated=False, household_in_order=True, affiliated_since=date(2020, 1, 1))


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        pytest.param(
            rules.RecordedFact("civil_rights_deprived", True, "strafregister 2027/12"),
            "Art. 11.2 b): “niet ontzet zijn uit hun burgerrechten”: deprived of civil rights (source: strafregister 2027/12)",
            id="art11-2-b-ontzet-uit-burgerrechten",
        ),
        pytest.param(
            rules.RecordedFact("partner_of_staff", True, "rijksregister"),
            "Art. 11.2 d): “eveneens van toepassing op de echtgeno(o)t(e) van of de samenwonende met een bezoldigd "
            "personeelslid”: spouse or cohabitant of paid staff of the fund (source: rijksregister)",
            id="art11-2-d-samenwonende-met-personeelslid",
        ),
        pytest.param(
            rules.RecordedFact("dismissed_staff", True, "HR"),
            "Art. 11.2 e): “behoudens bruggepensioneerden, niet ontslagen zijn als personeelslid van het ziekenfonds”: "
            "dismissed staff of the fund (source: HR)",
            id="art11-2-e-ontslagen-personeelslid",
        ),
        pytest.param(
            rules.RecordedFact("dismissed_staff", True, "HR", early_retirement=True),
            None,
            id="art11-2-e-behoudens-bruggepensioneerden",
        ),
        pytest.param(
            rules.RecordedFact("partner_of_dismissed_staff", True, "HR", early_retirement=True),
            None,
            id="art11-2-e-partner-of-bruggepensioneerde",
        ),
        pytest.param(
            rules.RecordedFact("partner_of_dismissed_staff", True, "HR"),
            "Art. 11.2 e): “of echtgenoot van of samenwonende met een ontslagen werknemer zijn”: spouse or cohabitant "
            "of dismissed staff of the fund (source: HR)",
            id="art11-2-e-samenwonende-met-ontslagen-werknemer",
        ),
        pytest.param(
            rules.RecordedFact("parliamentary_mandate", True, "Kamer"),
            "Art. 11.2 f): “geen parlementair mandaat bekleden”: holds a parliamentary mandate (source: Kamer)",
            id="art11-2-f-parlementair-mandaat",
        ),
        pytest.param(
            rules.RecordedFact("parliamentary_mandate", False, "Kamer"), None, id="art11-2-f-checked-no-mandate"
        ),
    ],
)
def test_recorded_art_11_2_facts_are_quoted_with_their_source(fact, expected):
    person = rules.PersonFacts(**ADULT, recorded=(fact,))
    problems = rules.candidate_problems(person, date(2028, 3, 24), date(2027, 9, 30))
    assert list(map(str, problems)) == ([expected] if expected else [])


# --- Art. 13, 28, 30: registered letter, 15 days before the voting assembly -------------------------------------

ASSEMBLY_MEETING = date(2028, 6, 20)


@pytest.mark.parametrize(
    ("kind", "channel", "filed_on", "fields", "article"),
    [
        pytest.param(
            "union_delegates",
            "registered_letter",
            date(2028, 6, 5),
            set(),
            None,
            id="art28-aangetekend-on-the-15th-day-before",
        ),
        pytest.param(
            "union_delegates",
            "registered_letter",
            date(2028, 6, 6),
            {"filed_on"},
            "Art. 28",
            id="art28-14-days-before-too-late",
        ),
        pytest.param(
            "vmob_delegates",
            "registered_letter",
            date(2028, 6, 6),
            {"filed_on"},
            "Art. 30",
            id="art30-uiterlijk-vijftien-dagen",
        ),
        pytest.param(
            "vmob_delegates",
            "email",
            date(2028, 6, 1),
            {"channel"},
            "Art. 30",
            id="art30-e-mail-is-not-a-registered-letter",
        ),
        pytest.param(
            "assembly", "letter", date(2027, 11, 20), {"channel"}, "Art. 13", id="art13-per-aangetekende-brief"
        ),
        pytest.param("board", "by_hand", date(2028, 6, 1), {"channel"}, "Art. 32", id="art32-aangetekend-schrijven"),
    ],
)
def test_candidacy_submission(kind, channel, filed_on, fields, article):
    problems = rules.candidacy_submission_problems(kind, channel, filed_on, ASSEMBLY_MEETING)
    assert set(problems) == fields
    assert all(text.startswith(article) for text in problems.values())
    assert rules.DELEGATE_CANDIDACY_DAYS_BEFORE_ASSEMBLY == 15


def test_delegate_candidacy_without_the_assembly_date_is_refused():
    assert "filed_on" in rules.candidacy_submission_problems(
        "union_delegates", "registered_letter", date(2028, 6, 1), None
    )


# --- Art. 22: results within 15 calendar days ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "refused", "late"),
    [
        pytest.param(date(2028, 3, 9), True, False, id="art22-before-the-vote-refused"),
        pytest.param(date(2028, 3, 10), False, False, id="art22-on-the-day-of-the-vote"),
        pytest.param(date(2028, 3, 25), False, False, id="art22-uiterlijk-vijftien-kalenderdagen"),
        pytest.param(date(2028, 3, 26), False, True, id="art22-sixteenth-day-late-but-published"),
    ],
)
def test_results_publication_window(on, refused, late):
    refusals, warnings = rules.results_publication_problems(on, date(2028, 3, 10))
    assert bool(refusals) is refused
    assert bool(warnings) is late
    assert all(text.startswith("Art. 22") for text in refusals + warnings)
    assert rules.results_publication_deadline(date(2028, 3, 10)) == date(2028, 3, 25)


# --- the fixed days of the calendar (Art. 9, 15, 24), the ballot window, Art. 31 and Art. 34 ---------------------


def test_titulars_are_counted_on_30_june_of_the_year_before():
    """Art. 9: "per 30 juni van het jaar dat voorafgaat aan de installatie"."""
    assert rules.titulars_counted_on(2028) == date(2027, 6, 30)


def test_list_published_by_28_february_and_assembly_installed_by_30_june():
    """Art. 15: "uiterlijk op 28 februari"; Art. 24: "uiterlijk op 30 juni"."""
    assert rules.list_publication_deadline(2028) == date(2028, 2, 28)
    assert rules.installation_deadline(2028) == date(2028, 6, 30)
    deadlines = {d.key: d for d in rules.calendar(2028, holidays_=set())}
    assert deadlines["publication"].latest == date(2028, 2, 28)
    assert deadlines["installation"].latest == date(2028, 6, 30)


@pytest.mark.parametrize(
    ("election_day", "allowed"),
    [
        pytest.param(date(2028, 3, 6), False, id="art15-seven-days-too-early"),
        pytest.param(date(2028, 3, 7), True, id="art15-ten-vroegste-acht-dagen"),
        pytest.param(date(2028, 3, 29), True, id="art15-binnen-de-dertig-dagen"),
        pytest.param(date(2028, 3, 30), False, id="art15-thirty-one-days-too-late"),
    ],
)
def test_voting_starts_8_to_30_days_after_the_publication(election_day, allowed):
    published = date(2028, 2, 28)  # 2028 is a leap year: 29 February counts
    assert rules.voting_earliest(published) == date(2028, 3, 7)
    assert rules.voting_day_allowed(published, election_day) is allowed


@pytest.mark.parametrize(
    ("on", "receivable"),
    [
        pytest.param(date(2028, 3, 6), False, id="before-the-voting-starts"),
        pytest.param(date(2028, 3, 7), True, id="first-voting-day"),
        pytest.param(date(2028, 3, 22), True, id="election-day-plus-7-for-the-post"),
        pytest.param(date(2028, 3, 23), False, id="election-day-plus-8"),
    ],
)
def test_ballots_are_received_up_to_7_days_after_the_election_day(on, receivable):
    assert rules.ballots_receivable(on, date(2028, 3, 7), date(2028, 3, 15)) is receivable
    assert not rules.ballots_receivable(on, None, None)


@pytest.mark.parametrize(
    ("in_office", "assembly", "refused"),
    [
        pytest.param(21, 0, None, id="art31-22nd-director-no-assembly-recorded"),
        pytest.param(22, 0, "maximaal 22 bestuurders", id="art31-maximaal-22-bestuurders"),
        pytest.param(5, 12, None, id="art31-six-of-twelve-is-half"),
        pytest.param(5, 11, "dan de helft", id="art31-six-of-eleven-more-than-half"),
    ],
)
def test_one_more_director_art31(in_office, assembly, refused):
    problem = rules.board_addition_problem(in_office, assembly)
    assert (problem is None) if refused is None else (refused in problem)


def test_board_quorum_counts_present_video_and_voted_before():
    """Art. 34 "aanwezig en vertegenwoordigd": represented directors count with the represented, the
    absent ones not at all."""
    assert rules.BOARD_COUNTED_PRESENT == {rules.BOARD_PRESENT, rules.BOARD_VIDEO, rules.BOARD_VOTED_BEFORE}
    assert rules.provisional_election_day(2028) == date(2028, 3, 31)
