"""Mutualistic elections (statutes Art. 9–33). Pure functions.

Interpretations of Art. 20 (SPEC §4), kept here:
- "validly cast votes" are valid ballots; quorum = valid ballots ÷ seats, reached with ⌈quorum⌉
  votes (1,000 ballots, 3 seats → 334);
- each list ballot adds one vote to the pot; a ballot with a list vote and name votes counts as name
  votes only; a ballot with more name votes than seats is invalid;
- the pot tops up the candidates in list order, own name votes first; a candidate already at the
  quorum takes nothing; what is left after the last candidate stays unused;
- seats go in descending order of totals; a tie for the last seat goes by list order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from core.dates import add_years

# --- Art. 9: the size of the General Assembly ------------------------------------------------------

#: Art. 11.1: voters are adult ("meerderjarig") or emancipated; Art. 17: adult on the roll's closing day.
VOTING_AGE = 18
FIRST_SLICE_LIMIT = 75_000
FIRST_SLICE = 1_000
NEXT_SLICE = 10_000


def assembly_size(titular_members: int) -> int:
    """Art. 9: one representative per full 1,000 members up to 75,000, one per full 10,000 above.
    "Members" are the titulars on 30 June of the year before the installation."""
    if titular_members < 0:
        raise ValueError("the number of members cannot be negative")
    first = min(titular_members, FIRST_SLICE_LIMIT) // FIRST_SLICE
    rest = max(0, titular_members - FIRST_SLICE_LIMIT) // NEXT_SLICE
    return first + rest


# --- ballots -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ballot:
    list_vote: bool = False
    names: tuple[str, ...] = ()
    spoiled: str = ""  # why the bureau declared it invalid ("not the ballot handed to the voter" …)


def ballot_validity(ballot: Ballot, seats: int, candidates: set[str]) -> str | None:
    """None when valid, else the reason (Art. 19)."""
    if ballot.spoiled:
        return ballot.spoiled
    if len(set(ballot.names)) != len(ballot.names):
        return "the same candidate marked twice"
    unknown = [n for n in ballot.names if n not in candidates]
    if unknown:
        return "a name that is not on the list"
    if len(ballot.names) > seats:
        return f"more name votes than seats ({len(ballot.names)} > {seats})"
    if not ballot.list_vote and not ballot.names:
        return "no vote"
    return None


@dataclass(frozen=True)
class Tally:
    valid_ballots: int
    list_votes: int  # ballots with only the list vote
    name_votes: dict[str, int]
    invalid: dict[str, int]  # reason → count
    cast: int


def tally(ballots: Iterable[Ballot], seats: int, candidates: Sequence[str]) -> Tally:
    names = set(candidates)
    name_votes = {c: 0 for c in candidates}
    invalid: dict[str, int] = {}
    valid = list_votes = cast = 0
    for ballot in ballots:
        cast += 1
        reason = ballot_validity(ballot, seats, names)
        if reason:
            invalid[reason] = invalid.get(reason, 0) + 1
            continue
        valid += 1
        if ballot.names:  # list vote and name votes: name votes only
            for name in ballot.names:
                name_votes[name] += 1
        else:
            list_votes += 1
    return Tally(valid, list_votes, name_votes, invalid, cast)


# --- Art. 20: the count --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateResult:
    name: str
    name_votes: int
    devolved: int
    elected: bool
    rank: int | None  # order of election, 1-based

    @property
    def total(self) -> int:
        return self.name_votes + self.devolved


@dataclass(frozen=True)
class CountResult:
    seats: int
    valid_ballots: int
    quorum: int
    pot: int
    pot_left: int
    results: tuple[CandidateResult, ...]  # in list order

    @property
    def elected(self) -> list[str]:
        return [r.name for r in sorted((r for r in self.results if r.elected), key=lambda r: r.rank)]

    @property
    def substitutes(self) -> list[str]:
        """The candidates not elected, in the order they would follow (totals, then list order)."""
        order = _ranking(self.results)
        return [r.name for r in order if not r.elected]


def count(seats: int, valid_ballots: int, list_votes: int, candidates: Sequence[tuple[str, int]]) -> CountResult:
    """Art. 20 with SPEC §4's interpretation. ``candidates`` in list order: (name, name votes).

    Art. 21: with no more candidates than seats, all are elected (without a vote)."""
    if seats < 1:
        raise ValueError("at least one seat")
    if list_votes > valid_ballots or valid_ballots < 0 or list_votes < 0:
        raise ValueError("list votes are part of the valid ballots")
    if len({name for name, _ in candidates}) != len(candidates):
        raise ValueError("candidate names must be unique")
    if len(candidates) <= seats:
        results = tuple(CandidateResult(n, v, 0, True, i + 1) for i, (n, v) in enumerate(candidates))
        return CountResult(seats, valid_ballots, 0, 0, 0, results)

    quorum = math.ceil(valid_ballots / seats) if valid_ballots else 0
    pot = list_votes
    devolved = []
    for _name, votes in candidates:
        need = max(0, quorum - votes)
        take = min(need, pot)
        pot -= take
        devolved.append(take)
    interim = [CandidateResult(n, v, d, False, None) for (n, v), d in zip(candidates, devolved)]
    order = _ranking(interim)
    ranks = {r.name: i + 1 for i, r in enumerate(order[:seats])}
    results = tuple(
        CandidateResult(r.name, r.name_votes, r.devolved, r.name in ranks, ranks.get(r.name)) for r in interim
    )
    return CountResult(seats, valid_ballots, quorum, list_votes, pot, results)


def _ranking(results: Sequence[CandidateResult]) -> list[CandidateResult]:
    position = {r.name: i for i, r in enumerate(results)}
    return sorted(results, key=lambda r: (-r.total, position[r.name]))


# --- Art. 31–32: the board (and the delegates, Art. 26–30) ------------------------------------------------


@dataclass(frozen=True)
class BoardCandidate:
    name: str
    birth_date: date
    votes: int
    gender: str = ""  # "M" / "F" / "X"
    paid_staff: bool = False  # paid by the fund or the national union


BOARD_MIN, BOARD_MAX = 7, 22


def board_seats_allowed(seats: int, assembly_size_: int) -> list[str]:
    """Art. 31: 7 to 22 directors, at most half the assembly."""
    problems = []
    if not BOARD_MIN <= seats <= BOARD_MAX:
        problems.append(f"Art. 31: the board has 7 to 22 directors, not {seats}")
    if seats > assembly_size_ // 2:
        problems.append(f"Art. 31: at most half the assembly ({assembly_size_ // 2}), not {seats}")
    return problems


def board_count(seats: int, candidates: Sequence[BoardCandidate]) -> list[str]:
    """Art. 32: most votes win; a tie for the last seat goes to the youngest; with no more
    candidates than seats all are elected."""
    if len(candidates) <= seats:
        return [c.name for c in candidates]
    ordered = sorted(candidates, key=lambda c: (-c.votes, -c.birth_date.toordinal()))
    return [c.name for c in ordered[:seats]]


def board_composition_problems(elected: Sequence[BoardCandidate]) -> list[str]:
    """Art. 31: at most 75 % of one gender and at most one third paid staff (fund or union)."""
    problems = []
    if not elected:
        return problems
    total = len(elected)
    for gender in ("M", "F"):
        share = sum(1 for c in elected if c.gender == gender)
        if share * 4 > total * 3:
            problems.append(f"Art. 31: {share} of {total} directors are of one gender (max 75 %)")
    paid = sum(1 for c in elected if c.paid_staff)
    if paid * 3 > total:
        problems.append(f"Art. 31: {paid} of {total} directors are paid staff (max one third)")
    return problems


# --- Art. 12–24: the calendar of an election in year Y ---------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    key: str
    article: str
    label: str
    latest: date | None = None
    earliest: date | None = None


def working_days_after(day: date, n: int, holidays_: set[date]) -> date:
    """The n-th working day after ``day`` (no weekends, no Belgian public holidays)."""
    current = day
    while n > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays_:
            n -= 1
    return current


def calendar(year: int, *, publication: date | None = None, election_day: date | None = None,
             holidays_: set[date] | None = None) -> list[Deadline]:
    """The statutory deadlines of a General Assembly election in ``year`` (SPEC §4)."""
    holidays_ = holidays_ if holidays_ is not None else belgian_holidays(year - 1, year)
    publication = publication or date(year, 2, 28)
    deadlines = [
        Deadline("call", "Art. 12", "call for candidates published", latest=date(year - 1, 10, 31)),
        Deadline("candidacies", "Art. 13", "candidacies received (registered letter to the chair)", latest=date(year - 1, 11, 30)),
        Deadline("refusals", "Art. 13", "motivated refusals sent (appeal to the supervisory office)", latest=date(year - 1, 12, 31)),
        Deadline("publication", "Art. 14", "candidate list and election date published", latest=date(year, 2, 28)),
        Deadline("bureau", "Art. 16", "election bureau formed (≥ 30 days before voting starts)",
                 latest=publication + timedelta(days=8) - timedelta(days=30)),
        Deadline("voting", "Art. 15", "voting starts (8 to 30 days after the publication)",
                 earliest=publication + timedelta(days=8), latest=publication + timedelta(days=30)),
    ]
    if election_day:
        deadlines += [
            Deadline("count", "Art. 20", "votes counted (within 7 working days)", latest=working_days_after(election_day, 7, holidays_)),
            Deadline("results", "Art. 22", "results published (within 15 days)", latest=results_publication_deadline(election_day)),
            Deadline("documents", "Art. 23", "documents to the national union and the supervisory office (30 days)",
                     latest=election_day + timedelta(days=30)),
        ]
    deadlines.append(Deadline("installation", "Art. 24", "new assembly installed", latest=date(year, 6, 30)))
    return deadlines


def belgian_holidays(*years: int) -> set[date]:
    import holidays

    result: set[date] = set()
    for year in years:
        result |= set(holidays.country_holidays("BE", years=year))
    return result


def roll_closing_date(procedure_start: date) -> date:
    """Art. 17: the voter roll is closed at the end of the quarter before the quarter in which the
    procedure starts."""
    quarter_start = date(procedure_start.year, 3 * ((procedure_start.month - 1) // 3) + 1, 1)
    return quarter_start - timedelta(days=1)


# --- Art. 11: who votes, who stands ---------------------------------------------------------------------

#: Art. 11.1 b) "meerderjarig of ontvoegd": emancipation (ontvoogding) comes from the Civil Code:
#: by marriage (old BW art. 476) or by the youth court from the age of 15 (old BW art. 477). An
#: emancipation recorded before the 15th birthday is a typing error, so it is refused.
MIN_EMANCIPATION_AGE = 15


def of_voting_age(birth_date: date, on: date, emancipated_on: date | None = None) -> bool:
    """Art. 11.1 b): "meerderjarig of ontvoegd" on ``on`` — 18 that day (Art. 17: on the roll's
    closing day), or emancipated on or before it."""
    return birth_date <= add_years(on, -VOTING_AGE) or (emancipated_on is not None and emancipated_on <= on)


def emancipation_problem(birth_date: date, emancipated_on: date) -> str | None:
    """An emancipation is of a minor aged 15 or more (old BW art. 476–477)."""
    if emancipated_on < add_years(birth_date, MIN_EMANCIPATION_AGE):
        return f"Civil Code art. 477: a minor is emancipated from the age of {MIN_EMANCIPATION_AGE}."
    if emancipated_on >= add_years(birth_date, VOTING_AGE):
        return f"Art. 11.1: at {VOTING_AGE} the member is adult (meerderjarig); an emancipation is of a minor."
    return None


#: The recorded facts of Art. 11.2 (kind → (letter, the statute's words, what it means)).
ART_11_2_FACTS: dict[str, tuple[str, str, str]] = {
    "civil_rights_deprived": ("b", "niet ontzet zijn uit hun burgerrechten", "deprived of civil rights"),
    "partner_of_staff": ("d", "eveneens van toepassing op de echtgeno(o)t(e) van of de samenwonende met een bezoldigd "
                              "personeelslid", "spouse or cohabitant of paid staff of the fund"),
    "dismissed_staff": ("e", "behoudens bruggepensioneerden, niet ontslagen zijn als personeelslid van het ziekenfonds",
                        "dismissed staff of the fund"),
    "partner_of_dismissed_staff": ("e", "of echtgenoot van of samenwonende met een ontslagen werknemer zijn",
                                   "spouse or cohabitant of dismissed staff of the fund"),
    "parliamentary_mandate": ("f", "geen parlementair mandaat bekleden", "holds a parliamentary mandate"),
}
#: Art. 11.2 e) "behoudens bruggepensioneerden": a dismissal into early retirement (brugpensioen, now
#: SWT) does not bar. The exception is read for the partner of such a worker too: the partner's bar
#: exists only because of the worker's dismissal, which the statute does not count (Art. 33 reads the
#: same: "ontslagen worden om een andere reden dan brugpensioen").
EARLY_RETIREMENT_KINDS = frozenset({"dismissed_staff", "partner_of_dismissed_staff"})


@dataclass(frozen=True)
class RecordedFact:
    """A fact of Art. 11.2 recorded on a candidacy, with where it comes from."""

    kind: str
    holds: bool
    source: str = ""
    early_retirement: bool = False

    @property
    def bars(self) -> bool:
        return self.holds and not (self.early_retirement and self.kind in EARLY_RETIREMENT_KINDS)


@dataclass(frozen=True)
class PersonFacts:
    birth_date: date
    emancipated: bool
    household_in_order: bool  # the member, or for a dependent its titular, in order (Art. 8)
    affiliated_since: date
    civil_rights: bool = True
    fund_staff: bool = False
    partner_of_staff: bool = False
    dismissed_staff: bool = False  # except early retirement
    partner_of_dismissed_staff: bool = False
    parliamentary_mandate: bool = False
    emancipated_on: date | None = None
    recorded: tuple[RecordedFact, ...] = ()  # Art. 11.2 facts recorded on the candidacy, with their source


def voter_problems(person: PersonFacts, on: date) -> list[str]:
    """Art. 11.1: members and dependents, adult or emancipated, in order with contributions."""
    problems = []
    emancipated_on = person.emancipated_on if person.emancipated_on is not None else (on if person.emancipated else None)
    if not of_voting_age(person.birth_date, on, emancipated_on):
        problems.append("Art. 11.1 b) “meerderjarig of ontvoegd”: not adult nor emancipated")
    if not person.household_in_order:
        problems.append("Art. 11.1: not in order with contributions")
    return problems


def candidate_problems(person: PersonFacts, election_day: date, roll_day: date) -> list[str]:
    """Art. 11.2: a voter, with civil rights, affiliated ≥ 2 years at the election date, not (partner
    of) paid or dismissed staff, no parliamentary mandate. A recorded fact that bars is quoted with
    the statute's words and its source."""
    problems = voter_problems(person, roll_day)
    two_years_before = add_years(election_day, -2)
    if person.affiliated_since > two_years_before:
        problems.append("Art. 11.2 c): affiliated less than 2 years before the election date")
    recorded = {f.kind for f in person.recorded}
    checks = [
        ("civil_rights_deprived", not person.civil_rights),
        ("fund_staff", person.fund_staff),
        ("partner_of_staff", person.partner_of_staff),
        ("dismissed_staff", person.dismissed_staff),
        ("partner_of_dismissed_staff", person.partner_of_dismissed_staff),
        ("parliamentary_mandate", person.parliamentary_mandate),
    ]
    for kind, failed in checks:
        if failed and kind not in recorded:
            problems.append(_art_11_2_text(kind))
    problems += [f"{_art_11_2_text(f.kind)} (source: {f.source or 'not given'})" for f in person.recorded if f.bars]
    return problems


def _art_11_2_text(kind: str) -> str:
    if kind == "fund_staff":
        return "Art. 11.2 d) “geen bezoldigd personeelslid zijn van het ziekenfonds”: paid staff of the fund"
    letter, words, meaning = ART_11_2_FACTS[kind]
    return f"Art. 11.2 {letter}) “{words}”: {meaning}"


# --- Art. 13, 28, 30, 32: how and when a candidacy is submitted --------------------------------------------

#: Art. 13 ("per aangetekende brief, gericht aan de voorzitter"), 28 and 30 ("per aangetekende brief")
#: and 32 ("bij aangetekend schrijven"): every candidacy comes by registered letter to the chair.
REGISTERED_LETTER = "registered_letter"
SUBMISSION_ARTICLE = {"assembly": "Art. 13", "union_delegates": "Art. 28", "vmob_delegates": "Art. 30", "board": "Art. 32"}
#: Art. 28 ("vijftien dagen voor de datum van de Algemene Vergadering die de stemming zal uitvoeren")
#: and Art. 30 ("uiterlijk vijftien dagen voor de datum …"): the 15th day before the voting assembly
#: is the last day. The statutes do not say whether posting or receipt counts; the fund's proof is
#: the day it received the registered letter, so that day is judged (as for Art. 13's 30 November).
DELEGATE_CANDIDACY_DAYS_BEFORE_ASSEMBLY = 15
DELEGATE_KINDS = frozenset({"union_delegates", "vmob_delegates"})


def delegate_candidacy_deadline(voting_assembly_on: date) -> date:
    """Art. 28, 30: the last day a delegate candidacy is received."""
    return voting_assembly_on - timedelta(days=DELEGATE_CANDIDACY_DAYS_BEFORE_ASSEMBLY)


def candidacy_submission_problems(kind: str, channel: str, filed_on: date,
                                  voting_assembly_on: date | None = None) -> dict[str, str]:
    """Field → why the candidacy is not validly submitted (Art. 13, 28, 30, 32)."""
    article = SUBMISSION_ARTICLE.get(kind, "Art. 13")
    problems = {}
    if channel != REGISTERED_LETTER:
        problems["channel"] = f"{article}: a candidacy is submitted by registered letter (“per aangetekende brief”) to the chair."
    if kind in DELEGATE_KINDS:
        if voting_assembly_on is None:
            problems["filed_on"] = f"{article}: first enter the date of the General Assembly that will vote."
        elif filed_on > delegate_candidacy_deadline(voting_assembly_on):
            problems["filed_on"] = (
                f"{article}: candidacies are received “vijftien dagen voor de datum van de Algemene Vergadering” "
                f"({voting_assembly_on:%d/%m/%Y}), by {delegate_candidacy_deadline(voting_assembly_on):%d/%m/%Y}.")
    return problems


# --- Art. 22: publishing the results ------------------------------------------------------------------------

#: Art. 22: members are informed "uiterlijk vijftien kalenderdagen na de dag van de stemming of na de
#: vaststelling dat niet overgegaan moet worden tot stemming" (Art. 21).
RESULTS_PUBLICATION_DAYS = 15
#: A publication after the 15 days is still owed to the members (Art. 22 "worden … ingelicht"):
#: it is made and recorded as late, not refused — refusing would leave them uninformed.
LATE_PUBLICATION_REFUSED = False


def results_publication_deadline(reference_day: date) -> date:
    """Art. 22: the last day to publish; ``reference_day`` is the voting day, or for an election
    without a vote (Art. 21) the day that was established (the count)."""
    return reference_day + timedelta(days=RESULTS_PUBLICATION_DAYS)


def results_publication_problems(on: date, reference_day: date) -> tuple[list[str], list[str]]:
    """(refusals, warnings) for publishing the results on ``on`` (Art. 22)."""
    refusals, warnings = [], []
    latest = results_publication_deadline(reference_day)
    if on < reference_day:
        refusals.append(f"Art. 22: the results are published after the vote ({reference_day:%d/%m/%Y}).")
    elif on > latest:
        text = (f"Art. 22: published on {on:%d/%m/%Y}, after the {RESULTS_PUBLICATION_DAYS} calendar days "
                f"(“uiterlijk vijftien kalenderdagen”, by {latest:%d/%m/%Y}).")
        (refusals if LATE_PUBLICATION_REFUSED else warnings).append(text)
    return refusals, warnings
