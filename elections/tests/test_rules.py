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
        "A": (284, 334), "B": (216, 276), "C": (0, 40), "D": (0, 250), "E": (0, 400)}
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
    ballots = [Ballot(list_vote=True), Ballot(list_vote=True, names=("B",)), Ballot(names=("A", "B", "C")), Ballot(names=("C",))]
    result = rules.tally(ballots, 2, ["A", "B", "C"])
    assert (result.cast, result.valid_ballots, result.list_votes) == (4, 3, 1)
    assert result.name_votes == {"A": 0, "B": 1, "C": 1}
    assert sum(result.invalid.values()) == 1


def test_board_tie_for_last_seat_goes_to_the_youngest():
    candidates = [BoardCandidate("A", date(1960, 1, 1), 10), BoardCandidate("B", date(1980, 5, 5), 7),
                  BoardCandidate("C", date(1990, 3, 3), 7), BoardCandidate("D", date(1950, 1, 1), 3)]
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
    # 24/03/2028 is a Friday; Easter Monday 17/04/2028 is far: 7 working days → Tuesday 04/04/2028
    assert deadlines["count"].latest == date(2028, 4, 4)
    assert deadlines["installation"].latest == date(2028, 6, 30)
    easter = {d.key: d for d in rules.calendar(2028, election_day=date(2028, 4, 13))}
    assert easter["count"].latest == date(2028, 4, 25)  # skips the weekend and Easter Monday 17/04


def test_roll_closing_date_is_end_of_previous_quarter():
    assert rules.roll_closing_date(date(2027, 10, 15)) == date(2027, 9, 30)
    assert rules.roll_closing_date(date(2028, 1, 2)) == date(2027, 12, 31)


def test_candidate_eligibility():
    person = rules.PersonFacts(birth_date=date(1970, 1, 1), emancipated=False, household_in_order=True,
                               affiliated_since=date(2020, 1, 1))
    assert rules.candidate_problems(person, date(2028, 3, 24), date(2027, 9, 30)) == []
    recent = rules.PersonFacts(**{**person.__dict__, "affiliated_since": date(2026, 6, 1), "fund_staff": True})
    problems = rules.candidate_problems(recent, date(2028, 3, 24), date(2027, 9, 30))
    assert any("2 years" in p for p in problems) and any("paid staff" in p for p in problems)
    minor = rules.PersonFacts(**{**person.__dict__, "birth_date": date(2012, 1, 1)})
    assert rules.voter_problems(minor, date(2027, 9, 30)) == ["Art. 11.1 b) “meerderjarig of ontvoegd”: not adult nor emancipated"]
