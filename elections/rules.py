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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates import add_years, anniversary, latest_birth_date
from core.months import Month
from core.reasons import Code, Reason, declare, gettext_noop, reason

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
        # an elected result always has its rank (set together with elected=True)
        return [r.name for r in sorted((r for r in self.results if r.elected), key=lambda r: r.rank)]  # type: ignore[arg-type, return-value]

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
    interim = [CandidateResult(n, v, d, False, None) for (n, v), d in zip(candidates, devolved, strict=False)]
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


def board_addition_problem(in_office: int, assembly_members: int) -> str | None:
    """Art. 31: one more director is refused when the board already has 22, or when it would be more
    than half the assembly ("in geen geval hoger ... dan de helft"; no assembly recorded: not checked)."""
    if in_office >= BOARD_MAX:
        return f'Art. 31: the board has at most {BOARD_MAX} directors ("maximaal 22 bestuurders"); {in_office} are in office.'
    if assembly_members and (in_office + 1) * 2 > assembly_members:
        return (
            f"Art. 31: at most half the assembly ({assembly_members // 2} of {assembly_members}) "
            f'("in geen geval hoger ... dan de helft").'
        )
    return None


def board_count(seats: int, candidates: Sequence[BoardCandidate]) -> list[str]:
    """Art. 32: most votes win; a tie for the last seat goes to the youngest; with no more
    candidates than seats all are elected."""
    if len(candidates) <= seats:
        return [c.name for c in candidates]
    ordered = sorted(candidates, key=lambda c: (-c.votes, -c.birth_date.toordinal()))
    return [c.name for c in ordered[:seats]]


def board_composition_problems(elected: Sequence[BoardCandidate]) -> list[str]:
    """Art. 31: at most 75 % of one gender and at most one third paid staff (fund or union)."""
    problems: list[str] = []
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


#: Art. 9: the titular members counted for the assembly's size are those "per 30 juni van het jaar dat
#: voorafgaat aan de installatie van de Algemene Vergadering" (installed in the election year, Art. 24).
TITULARS_COUNTED_ON = (6, 30)
#: Art. 15: the election date and the candidate list are communicated "uiterlijk op 28 februari van het
#: jaar waarin de mutualistische verkiezingen zullen plaatsvinden".
LIST_PUBLISHED_BY = (2, 28)
#: Art. 15: "De verkiezingen vangen aan ten vroegste acht dagen en ten laatste binnen de dertig dagen die
#: volgen op deze mededeling."
VOTING_EARLIEST_DAYS = 8
VOTING_LATEST_DAYS = 30
#: Art. 24: "De nieuwe Algemene Vergadering wordt geïnstalleerd uiterlijk op 30 juni van het jaar waarin de
#: mutualistische verkiezingen hebben plaatsgevonden."
INSTALLED_BY = (6, 30)
#: Interpretation (the statutes name no deadline for receiving ballots): postal and electronic ballots
#: (Art. 18) are received from the start of the voting up to 7 days after the election day, for the post.
BALLOTS_RECEIVED_DAYS_AFTER_ELECTION_DAY = 7
#: Interpretation: before the board sets the election day (Art. 15), candidacies are judged (Art. 11.2:
#: affiliated two years "op de datum van de verkiezingen") on 31 March of the election year, the day
#: after the latest possible start (28 February + 30 days).
PROVISIONAL_ELECTION_DAY = (3, 31)


def titulars_counted_on(year: int) -> date:
    """Art. 9: 30 June of the year before the election year ``year``."""
    return date(year - 1, *TITULARS_COUNTED_ON)


def list_publication_deadline(year: int) -> date:
    """Art. 15: 28 February of the election year."""
    return date(year, *LIST_PUBLISHED_BY)


def voting_earliest(published_on: date) -> date:
    """Art. 15: "ten vroegste acht dagen" after the publication."""
    return published_on + timedelta(days=VOTING_EARLIEST_DAYS)


def voting_day_allowed(published_on: date, election_day: date) -> bool:
    """Art. 15: the voting starts 8 to 30 days after the publication (both ends included)."""
    return voting_earliest(published_on) <= election_day <= published_on + timedelta(days=VOTING_LATEST_DAYS)


def installation_deadline(year: int) -> date:
    """Art. 24: 30 June of the election year."""
    return date(year, *INSTALLED_BY)


def ballots_receivable(on: date, voting_starts: date | None, election_day: date | None) -> bool:
    """Ballots are received from the start of the voting to 7 days after the election day
    (``BALLOTS_RECEIVED_DAYS_AFTER_ELECTION_DAY``); never before the voting dates are set."""
    if not (voting_starts and election_day):
        return False
    return voting_starts <= on <= election_day + timedelta(days=BALLOTS_RECEIVED_DAYS_AFTER_ELECTION_DAY)


def provisional_election_day(year: int) -> date:
    """The day candidacies are judged on before the election day is set (``PROVISIONAL_ELECTION_DAY``)."""
    return date(year, *PROVISIONAL_ELECTION_DAY)


def working_days_after(day: date, n: int, holidays_: set[date]) -> date:
    """The n-th working day after ``day`` (no weekends, no Belgian public holidays)."""
    current = day
    while n > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays_:
            n -= 1
    return current


def calendar(
    year: int, *, publication: date | None = None, election_day: date | None = None, holidays_: set[date] | None = None
) -> list[Deadline]:
    """The statutory deadlines of a General Assembly election in ``year`` (SPEC §4)."""
    holidays_ = holidays_ if holidays_ is not None else belgian_holidays(year - 1, year)
    publication = publication or list_publication_deadline(year)
    deadlines = [
        Deadline("call", "Art. 12", "call for candidates published", latest=date(year - 1, 10, 31)),
        Deadline(
            "candidacies",
            "Art. 13",
            "candidacies received (registered letter to the chair)",
            latest=date(year - 1, 11, 30),
        ),
        Deadline(
            "refusals",
            "Art. 13",
            "motivated refusals sent (appeal to the supervisory office)",
            latest=date(year - 1, 12, 31),
        ),
        Deadline(
            "publication",
            "Art. 15",
            "candidate list and election date published",
            latest=list_publication_deadline(year),
        ),
        Deadline(
            "bureau",
            "Art. 16",
            "election bureau formed (≥ 30 days before voting starts)",
            latest=publication + timedelta(days=VOTING_EARLIEST_DAYS) - timedelta(days=30),
        ),
        Deadline(
            "voting",
            "Art. 15",
            "voting starts (8 to 30 days after the publication)",
            earliest=publication + timedelta(days=VOTING_EARLIEST_DAYS),
            latest=publication + timedelta(days=VOTING_LATEST_DAYS),
        ),
    ]
    if election_day:
        deadlines += [
            Deadline(
                "count",
                "Art. 20",
                "votes counted (within 7 working days)",
                latest=working_days_after(election_day, 7, holidays_),
            ),
            Deadline(
                "results",
                "Art. 22",
                "results published (within 15 days)",
                latest=results_publication_deadline(election_day),
            ),
            Deadline(
                "documents",
                "Art. 23",
                "documents to the national union and the supervisory office (30 days)",
                latest=election_day + timedelta(days=30),
            ),
        ]
    deadlines.append(Deadline("installation", "Art. 24", "new assembly installed", latest=installation_deadline(year)))
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
    return (Month.of(procedure_start).quarter_start - 1).last_day


# --- Art. 11: who votes, who stands ---------------------------------------------------------------------

#: Art. 11.1 b) "meerderjarig of ontvoegd": emancipation (ontvoogding) comes from the Civil Code:
#: by marriage (old BW art. 476) or by the youth court from the age of 15 (old BW art. 477). An
#: emancipation recorded before the 15th birthday is a typing error, so it is refused.
MIN_EMANCIPATION_AGE = 15


def of_voting_age(birth_date: date, on: date, emancipated_on: date | None = None) -> bool:
    """Art. 11.1 b): "meerderjarig of ontvoegd" on ``on`` — 18 that day (Art. 17: on the roll's
    closing day), or emancipated on or before it."""
    return birth_date <= latest_birth_date(VOTING_AGE, on) or (emancipated_on is not None and emancipated_on <= on)


def emancipation_problem(birth_date: date, emancipated_on: date) -> str | None:
    """An emancipation is of a minor aged 15 or more (old BW art. 476–477): ages as ``of_voting_age``
    counts them (born on 29 February: 15 and 18 on 1 March in a year without it)."""
    if emancipated_on < anniversary(birth_date, MIN_EMANCIPATION_AGE):
        return f"Civil Code art. 477: a minor is emancipated from the age of {MIN_EMANCIPATION_AGE}."
    if emancipated_on >= anniversary(birth_date, VOTING_AGE):
        return f"Art. 11.1: at {VOTING_AGE} the member is adult (meerderjarig); an emancipation is of a minor."
    return None


#: The recorded facts of Art. 11.2 (kind → (letter, the statute's words, what it means)).
ART_11_2_FACTS: dict[str, tuple[str, str, str]] = {
    "civil_rights_deprived": ("b", "niet ontzet zijn uit hun burgerrechten", gettext_noop("deprived of civil rights")),
    "partner_of_staff": (
        "d",
        "eveneens van toepassing op de echtgeno(o)t(e) van of de samenwonende met een bezoldigd personeelslid",
        gettext_noop("spouse or cohabitant of paid staff of the fund"),
    ),
    "dismissed_staff": (
        "e",
        "behoudens bruggepensioneerden, niet ontslagen zijn als personeelslid van het ziekenfonds",
        gettext_noop("dismissed staff of the fund"),
    ),
    "partner_of_dismissed_staff": (
        "e",
        "of echtgenoot van of samenwonende met een ontslagen werknemer zijn",
        gettext_noop("spouse or cohabitant of dismissed staff of the fund"),
    ),
    "parliamentary_mandate": ("f", "geen parlementair mandaat bekleden", gettext_noop("holds a parliamentary mandate")),
    "fund_staff": (
        "d",
        "geen bezoldigd personeelslid zijn van het ziekenfonds",
        gettext_noop("paid staff of the fund"),
    ),
}

#: The eligibility problems of Art. 11 (issue #16): stored on a candidacy as data, shown in the reader's
#: language (the refusal letter: the member's). The statute's own words stay Dutch, quoted ("“…”").
ELIGIBILITY = declare(
    Code("art11_1.not_adult", gettext_noop("“%(words)s”: not adult nor emancipated"), "Art. 11.1 b)"),
    Code("art11_1.contributions", gettext_noop("not in order with contributions"), "Art. 11.1"),
    Code(
        "art11_2.affiliated_too_short",
        gettext_noop("affiliated less than %(years)s years before the election date"),
        "Art. 11.2 c)",
    ),
    # the article is the letter of Art. 11.2 (given by the caller)
    Code("art11_2.barred", gettext_noop("“%(words)s”: %(meaning)s")),
    Code("art11_2.barred_recorded", gettext_noop("“%(words)s”: %(meaning)s (source: %(source)s)")),
)
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


def voter_problems(person: PersonFacts, on: date) -> list[Reason]:
    """Art. 11.1: members and dependents, adult or emancipated, in order with contributions."""
    problems = []
    emancipated_on = (
        person.emancipated_on if person.emancipated_on is not None else (on if person.emancipated else None)
    )
    if not of_voting_age(person.birth_date, on, emancipated_on):
        problems.append(reason("art11_1.not_adult", words="meerderjarig of ontvoegd"))
    if not person.household_in_order:
        problems.append(reason("art11_1.contributions"))
    return problems


#: Art. 11.2 c): "sedert tenminste twee jaar aangesloten zijn bij het ziekenfonds voor de verkiezingsdatum".
AFFILIATED_YEARS_TO_STAND = 2


def candidate_problems(person: PersonFacts, election_day: date, roll_day: date) -> list[Reason]:
    """Art. 11.2: a voter, with civil rights, affiliated ≥ 2 years at the election date, not (partner
    of) paid or dismissed staff, no parliamentary mandate. A recorded fact that bars is quoted with
    the statute's words and its source."""
    problems = voter_problems(person, roll_day)
    if person.affiliated_since > latest_birth_date(AFFILIATED_YEARS_TO_STAND, election_day):
        problems.append(reason("art11_2.affiliated_too_short", years=AFFILIATED_YEARS_TO_STAND))
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
            problems.append(_art_11_2(kind))
    problems += [_art_11_2(f.kind, f.source or {"label": gettext_noop("not given")}) for f in person.recorded if f.bars]
    return problems


def _art_11_2(kind: str, source: str | dict | None = None) -> Reason:
    """A fact of Art. 11.2 that bars, quoting the statute's words (and where the fact comes from)."""
    letter, words, meaning = ART_11_2_FACTS[kind]
    if source is None:
        return reason("art11_2.barred", f"Art. 11.2 {letter})", words=words, meaning={"label": meaning})
    return reason(
        "art11_2.barred_recorded", f"Art. 11.2 {letter})", words=words, meaning={"label": meaning}, source=source
    )


# --- Art. 13, 28, 30, 32: how and when a candidacy is submitted --------------------------------------------

#: Art. 13 ("per aangetekende brief, gericht aan de voorzitter"), 28 and 30 ("per aangetekende brief")
#: and 32 ("bij aangetekend schrijven"): every candidacy comes by registered letter to the chair.
REGISTERED_LETTER = "registered_letter"
SUBMISSION_ARTICLE = {
    "assembly": "Art. 13",
    "union_delegates": "Art. 28",
    "vmob_delegates": "Art. 30",
    "board": "Art. 32",
}
#: Art. 28 ("vijftien dagen voor de datum van de Algemene Vergadering die de stemming zal uitvoeren")
#: and Art. 30 ("uiterlijk vijftien dagen voor de datum …"): the 15th day before the voting assembly
#: is the last day. The statutes do not say whether posting or receipt counts; the fund's proof is
#: the day it received the registered letter, so that day is judged (as for Art. 13's 30 November).
DELEGATE_CANDIDACY_DAYS_BEFORE_ASSEMBLY = 15
DELEGATE_KINDS = frozenset({"union_delegates", "vmob_delegates"})


def delegate_candidacy_deadline(voting_assembly_on: date) -> date:
    """Art. 28, 30: the last day a delegate candidacy is received."""
    return voting_assembly_on - timedelta(days=DELEGATE_CANDIDACY_DAYS_BEFORE_ASSEMBLY)


def candidacy_submission_problems(
    kind: str, channel: str, filed_on: date, voting_assembly_on: date | None = None
) -> dict[str, str]:
    """Field → why the candidacy is not validly submitted (Art. 13, 28, 30, 32)."""
    article = SUBMISSION_ARTICLE.get(kind, "Art. 13")
    problems = {}
    if channel != REGISTERED_LETTER:
        problems["channel"] = (
            f"{article}: a candidacy is submitted by registered letter (“per aangetekende brief”) to the chair."
        )
    if kind in DELEGATE_KINDS:
        if voting_assembly_on is None:
            problems["filed_on"] = f"{article}: first enter the date of the General Assembly that will vote."
        elif filed_on > delegate_candidacy_deadline(voting_assembly_on):
            problems["filed_on"] = (
                f"{article}: candidacies are received “vijftien dagen voor de datum van de Algemene Vergadering” "
                f"({voting_assembly_on:%d/%m/%Y}), by {delegate_candidacy_deadline(voting_assembly_on):%d/%m/%Y}."
            )
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
    refusals: list[str] = []
    warnings: list[str] = []
    latest = results_publication_deadline(reference_day)
    if on < reference_day:
        refusals.append(f"Art. 22: the results are published after the vote ({reference_day:%d/%m/%Y}).")
    elif on > latest:
        text = (
            f"Art. 22: published on {on:%d/%m/%Y}, after the {RESULTS_PUBLICATION_DAYS} calendar days "
            f"(“uiterlijk vijftien kalenderdagen”, by {latest:%d/%m/%Y})."
        )
        (refusals if LATE_PUBLICATION_REFUSED else warnings).append(text)
    return refusals, warnings


# ======================================================================================================
# The organs and their procedures (issue #13): the General Assembly's meetings (Art. 25, 25bis, 73),
# its advisers (Art. 24) and the board's directors (Art. 31–34).
# ======================================================================================================

# --- Art. 9, 32: mandates -------------------------------------------------------------------------------

#: Art. 9 (assembly) and Art. 32 (board): "voor een hernieuwbare periode van maximaal zes jaar".
MANDATE_YEARS = 6


def mandate_last_day(start: date) -> date:
    """The last day of a full mandate that starts on ``start``: six years to the day, the day before
    the anniversary (Art. 9, 32: "maximaal zes jaar"). No age limit: the statutes set none (Art. 31
    only asks a director to be adult, "meerderjarig")."""
    return add_years(start, MANDATE_YEARS) - timedelta(days=1)


def mandate_problems(start: date, end: date) -> list[str]:
    """Art. 9, 32: a mandate of at most six years."""
    if end < start:
        return ["Art. 32: the mandate cannot end before it starts"]
    if end > mandate_last_day(start):
        return [
            f'Art. 9/32: a mandate lasts at most six years ("maximaal zes jaar"): '
            f"until {mandate_last_day(start):%d/%m/%Y} at the latest"
        ]
    return []


# --- Art. 24, 32: advisers ------------------------------------------------------------------------------

#: Art. 24: the assembly "kan maximum vijf raadgevers ... aanduiden ... op voordracht van de Raad van
#: Bestuur"; Art. 32: "De Raad van Bestuur kan maximum vijf raadgevers aanduiden." Both have a
#: consultative vote only ("raadgevende stem"): they never count for the quorum nor vote.
MAX_ADVISERS = 5


def adviser_problems(active_advisers: int, organ_label: str, article: str) -> list[str]:
    """Art. 24 (assembly) / Art. 32 (board): a sixth adviser is refused."""
    if active_advisers >= MAX_ADVISERS:
        return [
            f'{article}: the {organ_label} has at most five advisers ("maximum vijf raadgevers"); '
            f"{active_advisers} are in office"
        ]
    return []


# --- Art. 25: convocation and documents -----------------------------------------------------------------

#: Art. 25: "De brief met de convocatie behoort uiterlijk 20 dagen voor de datum van de vergadering
#: verstuurd te worden en moet de agenda bevatten." Sent on day D for a meeting on D + 20 is in time.
CONVOCATION_DAYS = 20
#: Art. 25: "Elk lid ... moet uiterlijk acht dagen voor de datum van de Algemene Vergadering over een
#: documentatie ... beschikken" (annual report, contributions, draft accounts, budget, cooperation).
DOCUMENTS_DAYS = 8
#: Art. 25: "Behalve in geval van overmacht of hoogdringendheid moet de tekst van de statutenwijzigingen
#: ten minste twee weken voor de Algemene Vergadering aan de leden ... worden gestuurd."
STATUTE_TEXT_DAYS = 14


def convocation_late(meeting_day: date, sent_on: date) -> Reason | None:
    """Art. 25: the convocation is sent at the latest 20 days before the meeting."""
    if (meeting_day - sent_on).days < CONVOCATION_DAYS:
        return reason("assembly.warning.convocation_late", latest=meeting_day - timedelta(days=CONVOCATION_DAYS))
    return None


def convocation_problem(meeting_day: date, sent_on: date) -> str | None:
    """``convocation_late`` as an input error."""
    late = convocation_late(meeting_day, sent_on)
    return str(late) if late else None


def documents_late(meeting_day: date, available_on: date | None) -> Reason | None:
    """Art. 25: the documentation is with every member at the latest 8 days before the meeting."""
    latest = meeting_day - timedelta(days=DOCUMENTS_DAYS)
    if available_on is None:
        return reason("assembly.warning.documents_not_recorded", latest=latest)
    if available_on > latest:
        return reason("assembly.warning.documents_late", available_on=available_on, latest=latest)
    return None


def documents_problem(meeting_day: date, available_on: date | None) -> str | None:
    """``documents_late`` as a flag's text."""
    late = documents_late(meeting_day, available_on)
    return str(late) if late else None


def meeting_warnings(
    meeting_day: date, kind: str, convocation_sent_on: date | None, documents_available_on: date | None
) -> list[Reason]:
    """What the meeting, its decisions and its minutes are flagged with (Art. 25): a late or missing
    convocation; documentation late, or not recorded for an ordinary assembly."""
    found = [
        convocation_late(meeting_day, convocation_sent_on)
        if convocation_sent_on
        else reason("assembly.warning.no_convocation"),
        documents_late(meeting_day, documents_available_on) if kind == "ordinary" or documents_available_on else None,
    ]
    return [w for w in found if w is not None]


def statute_text_late(meeting_day: date, sent_on: date | None, exception: str = "") -> Reason | None:
    """Art. 25: the text of a statute amendment is sent at least two weeks before, except in case of
    force majeure or urgency ("overmacht of hoogdringendheid", the reason given in ``exception``)."""
    if exception.strip():
        return None
    latest = meeting_day - timedelta(days=STATUTE_TEXT_DAYS)
    if sent_on is None or sent_on > latest:
        return reason("assembly.warning.statute_text_late", latest=latest)
    return None


def statute_text_problem(meeting_day: date, sent_on: date | None, exception: str = "") -> str | None:
    """``statute_text_late`` as text."""
    late = statute_text_late(meeting_day, sent_on, exception)
    return str(late) if late else None


# --- Art. 25bis: meeting modes --------------------------------------------------------------------------

#: Art. 25bis §1 "in principe gehouden met fysieke aanwezigheid"; §1 1° remote participation by
#: videoconference beside it (hybrid); §2 "uitsluitend via videoconferentie of via schriftelijke
#: raadpleging" only "wanneer uitzonderlijke omstandigheden of de dringende noodzaak dat vereisen".
MODE_PHYSICAL = "physical"
MODE_HYBRID = "hybrid"
MODE_VIDEO = "video"
MODE_WRITTEN = "written"
#: Art. 25bis §2, §4: the modes that need "uitzonderlijke omstandigheden" or "dringende noodzaak",
#: stated in the convocation and the minutes.
MODES_NEEDING_REASON = frozenset({MODE_VIDEO, MODE_WRITTEN})

#: How a member takes part (Art. 25bis §3, §7 4°).
PRESENT_PHYSICAL = "physical"
PRESENT_VIDEO = "video"
VOTED_BEFORE = "voted_before"  # §1 2°: "op afstand te stemmen vóór de vergadering"
WRITTEN_VOTE = "written"  # §2, §6: a ballot returned in a written consultation
REPRESENTED = "represented"  # by proxy (Art. 25 "bij volmacht laten vertegenwoordigen")
ABSENT = "absent"
#: Art. 25bis §3: "worden de verkozenen die via videoconferentie ... deelnemen of die hun stem in het
#: kader van een schriftelijke raadpleging hebben meegedeeld of die op afstand hebben gestemd vóór de
#: vergadering, geacht aanwezig te zijn".
COUNTED_PRESENT = frozenset({PRESENT_PHYSICAL, PRESENT_VIDEO, VOTED_BEFORE, WRITTEN_VOTE})
#: Who may carry a proxy: a member who takes part in the meeting itself (physically or by video). The
#: statutes say "door een ander lid van diezelfde vergadering"; a member who voted before the meeting
#: or in writing is not there to vote for someone else (our reading: the statutes are silent).
MAY_CARRY_PROXY = frozenset({PRESENT_PHYSICAL, PRESENT_VIDEO})
#: Art. 25: "Elke persoon mag slechts drager van één volmacht zijn." (Art. 34, board: "slechts drager
#: kan zijn van één volmacht".)
MAX_PROXIES_PER_HOLDER = 1

#: The ways of taking part each mode allows (Art. 25bis §1, §2, §3).
PRESENCES_BY_MODE = {
    MODE_PHYSICAL: frozenset({PRESENT_PHYSICAL, VOTED_BEFORE, REPRESENTED, ABSENT}),
    MODE_HYBRID: frozenset({PRESENT_PHYSICAL, PRESENT_VIDEO, VOTED_BEFORE, REPRESENTED, ABSENT}),
    MODE_VIDEO: frozenset({PRESENT_VIDEO, VOTED_BEFORE, REPRESENTED, ABSENT}),
    # §3: "De volmachten zijn daarentegen niet toegelaten wanneer de vergadering via schriftelijke
    # raadpleging wordt georganiseerd."
    MODE_WRITTEN: frozenset({WRITTEN_VOTE, ABSENT}),
}


def mode_problems(mode: str, reason: str, remote_voting: bool) -> list[str]:
    """Art. 25bis §2, §4: exclusively by video or in writing only for exceptional circumstances or
    urgency, and the convocation says which; voting before the meeting (§1 2°) is beside a meeting."""
    problems = []
    if mode in MODES_NEEDING_REASON and not reason.strip():
        problems.append(
            "Art. 25bis §2: a meeting held only by videoconference or by written consultation needs "
            'exceptional circumstances or urgency ("uitzonderlijke omstandigheden of de dringende '
            'noodzaak"), stated in the convocation (§4)'
        )
    if mode == MODE_WRITTEN and remote_voting:
        problems.append("Art. 25bis §1 2°: voting before the meeting does not apply to a written consultation")
    return problems


@dataclass(frozen=True)
class Participation:
    member: str
    presence: str
    proxy_holder: str | None = None  # for REPRESENTED: the member who carries the proxy


def participation_problems(
    mode: str, remote_voting: bool, members: set[str], participations: Sequence[Participation]
) -> dict[str, list[str]]:
    """Art. 25, 25bis: each member once, in a way the mode allows; a proxy goes to another member of
    the same assembly who takes part in the meeting, and nobody carries more than one. Answer:
    member → problems (only members with a problem)."""
    problems: dict[str, list[str]] = {}
    by_member = {p.member: p for p in participations}
    carried: dict[str, int] = {}

    def add(member, text):
        problems.setdefault(member, []).append(text)

    for p in participations:
        if p.member not in members:
            add(p.member, "Art. 25: not a member of this assembly on the day of the meeting")
        if p.presence not in PRESENCES_BY_MODE[mode]:
            if p.presence == REPRESENTED and mode == MODE_WRITTEN:
                add(
                    p.member,
                    'Art. 25bis §3: no proxies in a written consultation ("De volmachten zijn daarentegen '
                    'niet toegelaten")',
                )
            else:
                add(p.member, f'Art. 25bis: "{p.presence}" is not a way to take part in a {mode} meeting')
        if p.presence == VOTED_BEFORE and not remote_voting:
            add(p.member, "Art. 25bis §1 2°: the board did not provide voting before this meeting")
        if p.presence == REPRESENTED:
            holder = by_member.get(p.proxy_holder) if p.proxy_holder else None
            if not p.proxy_holder:
                add(p.member, "Art. 25: a proxy names the member who carries it")
            elif p.proxy_holder == p.member:
                add(p.member, 'Art. 25: a proxy goes to another member ("door een ander lid")')
            elif p.proxy_holder not in members:
                add(
                    p.member,
                    "Art. 25: the proxy holder must be a member of the same assembly "
                    '("een ander lid van diezelfde vergadering")',
                )
            elif holder is None or holder.presence not in MAY_CARRY_PROXY:
                add(p.member, "Art. 25: the proxy holder must take part in the meeting (physically or by video)")
            else:
                carried[p.proxy_holder] = carried.get(p.proxy_holder, 0) + 1
        elif p.proxy_holder:
            add(p.member, "Art. 25: only a represented member names a proxy holder")
    for holder_name, n in carried.items():
        if n > MAX_PROXIES_PER_HOLDER:
            for p in participations:
                if p.presence == REPRESENTED and p.proxy_holder == holder_name:
                    add(
                        p.member,
                        f'Art. 25: each person carries only one proxy ("Elke persoon mag slechts drager van '
                        f'één volmacht zijn"): {holder_name} would carry {n}',
                    )
    return problems


# --- Art. 25, 73: quorum and majorities -----------------------------------------------------------------

#: Art. 25: "rechtsgeldig indien de helft van de leden aanwezig of vertegenwoordigd is": half is
#: enough (10 of 20), members counted present per Art. 25bis §3 plus the represented ones.
QUORUM_SHARE = (1, 2)

#: The matters of Art. 25 (1°–10°) and what they need.
SUBJECT_STATUTES = "statutes"  # 1° de statutenwijzigingen
SUBJECT_DIRECTORS = "directors"  # 2° de verkiezing en afzetting van de bestuurders
SUBJECT_ACCOUNTS = "accounts"  # 3° de goedkeuring van de begrotingen en de jaarrekeningen
SUBJECT_AUDITOR = "auditor"  # 4° het aanstellen van een of meer bedrijfsrevisoren
SUBJECT_COOPERATION = "cooperation"  # 5° de samenwerking met derden
SUBJECT_MUTUAL_SOCIETY = "mutual_society"  # 6° maatschappij van onderlinge bijstand
SUBJECT_FEES = "fees"  # 7° zitpenningen en terugbetaling van kosten
SUBJECT_MERGER = "merger"  # 8° de fusie met een ander ziekenfonds
SUBJECT_UNION = "union"  # 9° de aansluiting bij een andere Landsbond
SUBJECT_DISSOLUTION = "dissolution"  # 10° de ontbinding en de vereffening
SUBJECT_OTHER = "other"

MAJORITY_SIMPLE = "simple"  # more for than against, of the votes cast
MAJORITY_TWO_THIRDS = "two_thirds"  # at least ⅔ of the votes cast
MAJORITY_ABSOLUTE_PRESENT = "absolute_present"  # more than half of the members present (extraordinary GA)

#: Art. 25: statute amendments "met een meerderheid van twee derde van de uitgebrachte stemmen";
#: Art. 73: dissolution "met een meerderheid van twee derden van de uitgebrachte stemmen". The statutes
#: set no special majority for the other matters (a merger, 8°, included): they take the general rule.
TWO_THIRDS_SUBJECTS = frozenset({SUBJECT_STATUTES, SUBJECT_DISSOLUTION})
#: Art. 25 lets a second meeting decide "ongeacht hoeveel leden aanwezig zijn" (general rule) and,
#: for statutes, "met dezelfde dagorde ... ongeacht hoeveel leden er aanwezig en vertegenwoordigd
#: waren". Art. 73 (dissolution) has no such sentence: half present or represented, always. SPEC §4
#: says "a second meeting without quorum decides regardless of attendance" for every matter; for the
#: dissolution the statutes (Art. 73) win.
QUORUM_NEVER_WAIVED = frozenset({SUBJECT_DISSOLUTION})
#: "uitgebrachte stemmen" (votes cast) are the votes for and against; an abstention ("onthouding",
#: a choice on the ballot of Art. 25bis §6) is not a vote cast, neither for nor against. The statutes
#: do not say it in so many words; this is how Belgian association law counts (WVV art. 9:21: "noch in
#: de teller noch in de noemer").
ABSTENTIONS_ARE_VOTES_CAST = False

KIND_ORDINARY = "ordinary"
KIND_EXTRAORDINARY = "extraordinary"


def majority_for(subject: str, kind: str) -> str:
    """The majority a matter needs. Art. 25: ⅔ of the votes cast for statutes (and Art. 73 for the
    dissolution); an extraordinary assembly decides "bij volstreekte meerderheid van de stemmen van de
    aanwezige leden"; otherwise "een eenvoudige meerderheid van de uitgebrachte stemmen". The ⅔ of
    statutes and dissolution are the specific rules and stay in an extraordinary assembly."""
    if subject in TWO_THIRDS_SUBJECTS:
        return MAJORITY_TWO_THIRDS
    if kind == KIND_EXTRAORDINARY:
        return MAJORITY_ABSOLUTE_PRESENT
    return MAJORITY_SIMPLE


def quorum_reached(members: int, present_or_represented: int) -> bool:
    """Art. 25: "indien de helft van de leden aanwezig of vertegenwoordigd is"."""
    numerator, denominator = QUORUM_SHARE
    return members > 0 and present_or_represented * denominator >= members * numerator


def quorum_needed(members: int) -> int:
    numerator, denominator = QUORUM_SHARE
    return math.ceil(members * numerator / denominator)


@dataclass(frozen=True)
class Votes:
    for_: int
    against: int
    abstain: int = 0
    chair: str = ""  # "for" / "against": the chair's vote, decisive in a tie (not in a secret vote)
    secret: bool = False


@dataclass(frozen=True)
class Decision:
    adopted: bool | None  # None: no valid decision (no quorum, or a tie the chair must break)
    reasons: tuple[Reason, ...]


#: The reasons of an assembly decision and the flags on a meeting (issue #14): code, English template,
#: article (the quorum and the two-thirds majority cite Art. 73 for the dissolution: given by the caller).
REASONS = declare(
    Code(
        "assembly.quorum_second_meeting",
        gettext_noop("second meeting, decides whatever the attendance (%(present)s of %(members)s)"),
        "Art. 25",
    ),
    Code(
        "assembly.quorum_not_reached",
        gettext_noop(
            "quorum not reached: %(present)s of %(members)s members present or represented, %(needed)s needed "
            '("de helft van de leden"); a second meeting decides regardless'
        ),
    ),
    Code(
        "assembly.quorum_not_reached_never_waived",
        gettext_noop(
            "quorum not reached: %(present)s of %(members)s members present or represented, %(needed)s needed "
            '("de helft van de leden")'
        ),
    ),
    Code(
        "assembly.quorum_reached",
        gettext_noop("quorum reached: %(present)s of %(members)s present or represented"),
        "Art. 25",
    ),
    Code(
        "assembly.majority_two_thirds",
        gettext_noop(
            'two thirds of the votes cast ("twee derde van de uitgebrachte stemmen"): %(for_)s for of %(cast)s '
            "cast, %(needed)s needed"
        ),
    ),
    Code(
        "assembly.majority_absolute_present",
        gettext_noop(
            'extraordinary assembly, absolute majority of the members present ("volstreekte meerderheid van de '
            'stemmen van de aanwezige leden"): %(for_)s for, %(needed)s needed'
        ),
        "Art. 25",
    ),
    Code("assembly.no_votes_cast", gettext_noop("no vote cast for or against: no majority"), "Art. 25"),
    Code(
        "assembly.majority_simple",
        gettext_noop('simple majority of the votes cast ("eenvoudige meerderheid"): %(for_)s for, %(against)s against'),
        "Art. 25",
    ),
    Code(
        "assembly.majority_simple_abstentions",
        gettext_noop(
            'simple majority of the votes cast ("eenvoudige meerderheid"): %(for_)s for, %(against)s against, '
            "%(abstain)s abstentions not counted"
        ),
        "Art. 25",
    ),
    Code(
        "assembly.tie_secret",
        gettext_noop(
            "a tie (%(for_)s–%(against)s) in a secret vote: the chair's vote does not decide (\"behalve ingeval van "
            'geheime stemming"): not adopted'
        ),
        "Art. 25",
    ),
    Code(
        "assembly.tie_chair_to_vote",
        gettext_noop(
            "a tie (%(for_)s–%(against)s): the chair's vote decides (\"Bij staking van de stemmen is de stem van de "
            'voorzitter beslissend"); record it'
        ),
        "Art. 25",
    ),
    Code(
        "assembly.tie_chair_decided",
        gettext_noop("a tie (%(for_)s–%(against)s) decided by the chair's vote (%(chair)s)"),
        "Art. 25",
    ),
    # flags on a meeting (shown with ⚠)
    Code(
        "assembly.warning.convocation_late",
        gettext_noop(
            "the convocation is sent at the latest 20 days before the meeting "
            '("uiterlijk 20 dagen voor de datum van de vergadering"): by %(latest)s'
        ),
        "Art. 25",
    ),
    Code("assembly.warning.no_convocation", gettext_noop("no convocation recorded"), "Art. 25"),
    Code(
        "assembly.warning.documents_not_recorded",
        gettext_noop("the documentation must be with the members by %(latest)s (not recorded)"),
        "Art. 25",
    ),
    Code(
        "assembly.warning.documents_late",
        gettext_noop(
            "the documentation was available on %(available_on)s, less than 8 days before the meeting "
            '("uiterlijk acht dagen voor de datum": by %(latest)s)'
        ),
        "Art. 25",
    ),
    Code(
        "assembly.warning.statute_text_late",
        gettext_noop(
            "the text of a statute amendment is sent at least two weeks before the meeting "
            '("ten minste twee weken"): by %(latest)s, unless force majeure or urgency is invoked'
        ),
        "Art. 25",
    ),
)

#: Stored reasons that are flags, not grounds of the decision (shown with ⚠).
WARNING_PREFIXES = ("assembly.warning.", "legacy.warning")


def is_warning(code: str) -> bool:
    return code.startswith(WARNING_PREFIXES)


def decide(
    *, subject: str, kind: str, members: int, present_or_represented: int, votes: Votes, second_meeting: bool = False
) -> Decision:
    """The General Assembly's decision on one agenda item (Art. 25, 25bis §3, 73).

    - quorum: half of the members present (25bis §3: video, written and early votes count) or
      represented; a second meeting decides regardless, except on the dissolution (Art. 73);
    - majority: simple of the votes cast; ⅔ of the votes cast for statutes and dissolution; an
      extraordinary assembly: more than half of the members present or represented;
    - a tie ("staking van de stemmen") is decided by the chair's vote, except in a secret vote (then
      the proposal is not adopted). A tie can only decide a simple majority: ⅔ or an absolute
      majority is not reached by an equal number of votes.
    """
    if min(votes.for_, votes.against, votes.abstain, members, present_or_represented) < 0:
        raise ValueError("counts cannot be negative")
    if votes.for_ + votes.against + votes.abstain > present_or_represented:
        raise ValueError("more votes than members present or represented (Art. 25: one vote each)")
    majority = majority_for(subject, kind)
    reasons: list[Reason] = []
    if not quorum_reached(members, present_or_represented):
        if second_meeting and subject not in QUORUM_NEVER_WAIVED:
            reasons.append(reason("assembly.quorum_second_meeting", present=present_or_represented, members=members))
        else:
            article = "Art. 73" if subject == SUBJECT_DISSOLUTION else "Art. 25"
            counts = {"present": present_or_represented, "members": members, "needed": quorum_needed(members)}
            if subject in QUORUM_NEVER_WAIVED:
                return Decision(None, (reason("assembly.quorum_not_reached_never_waived", article, **counts),))
            return Decision(None, (reason("assembly.quorum_not_reached", article, **counts),))
    else:
        reasons.append(reason("assembly.quorum_reached", present=present_or_represented, members=members))
    cast = votes.for_ + votes.against + (votes.abstain if ABSTENTIONS_ARE_VOTES_CAST else 0)
    if majority == MAJORITY_TWO_THIRDS:
        article = "Art. 73" if subject == SUBJECT_DISSOLUTION else "Art. 25"
        adopted = cast > 0 and votes.for_ * 3 >= cast * 2
        reasons.append(
            reason("assembly.majority_two_thirds", article, for_=votes.for_, cast=cast, needed=math.ceil(cast * 2 / 3))
        )
        return Decision(adopted, tuple(reasons))
    if majority == MAJORITY_ABSOLUTE_PRESENT:
        adopted = votes.for_ * 2 > present_or_represented
        reasons.append(
            reason("assembly.majority_absolute_present", for_=votes.for_, needed=present_or_represented // 2 + 1)
        )
        return Decision(adopted, tuple(reasons))
    if cast == 0:
        reasons.append(reason("assembly.no_votes_cast"))
        return Decision(False, tuple(reasons))
    if votes.for_ != votes.against:
        adopted = votes.for_ > votes.against
        if votes.abstain:
            reasons.append(
                reason(
                    "assembly.majority_simple_abstentions",
                    for_=votes.for_,
                    against=votes.against,
                    abstain=votes.abstain,
                )
            )
        else:
            reasons.append(reason("assembly.majority_simple", for_=votes.for_, against=votes.against))
        return Decision(adopted, tuple(reasons))
    if votes.secret:
        reasons.append(reason("assembly.tie_secret", for_=votes.for_, against=votes.against))
        return Decision(False, tuple(reasons))
    if votes.chair not in ("for", "against"):
        reasons.append(reason("assembly.tie_chair_to_vote", for_=votes.for_, against=votes.against))
        return Decision(None, tuple(reasons))
    reasons.append(reason("assembly.tie_chair_decided", for_=votes.for_, against=votes.against, chair=votes.chair))
    return Decision(votes.chair == "for", tuple(reasons))


# --- Art. 33: the board's directors -----------------------------------------------------------------------

#: Art. 33: "Een bestuurder die twee opeenvolgende keren afwezig is zonder gemotiveerde reden, wordt
#: beschouwd als ontslagnemend." Two absences without a motivated reason at two consecutive board
#: meetings held while he is in office; a meeting with no attendance recorded for him breaks the run
#: (we do not guess an absence).
DEEMED_RESIGNATION_ABSENCES = 2
BOARD_PRESENT = "present"
BOARD_VIDEO = "video"
BOARD_VOTED_BEFORE = "voted_before"
BOARD_REPRESENTED = "represented"
BOARD_EXCUSED = "excused"  # absent with a motivated reason ("gemotiveerde reden")
BOARD_UNEXCUSED = "unexcused"  # absent without a motivated reason
#: Art. 34: the directors who count as present for the quorum ("aanwezig"): in the room, by video, or
#: having voted before the meeting; a represented director counts with the represented.
BOARD_COUNTED_PRESENT = frozenset({BOARD_PRESENT, BOARD_VIDEO, BOARD_VOTED_BEFORE})
#: A director who gave a proxy to another director (Art. 34) arranged his absence: it is not an
#: absence "zonder gemotiveerde reden" (our reading; the statutes are silent).
BOARD_UNEXCUSED_ABSENCES = frozenset({BOARD_UNEXCUSED})


def deemed_resignation(history: Sequence[tuple[date, str | None]]) -> tuple[date, date] | None:
    """Art. 33: ``history`` is the board meetings held while the director is in office, in date order,
    each with his attendance (None: not recorded). The first two consecutive meetings he missed
    without a motivated reason, or None."""
    run: list[date] = []
    for day, presence in history:
        if presence in BOARD_UNEXCUSED_ABSENCES:
            run.append(day)
            if len(run) >= DEEMED_RESIGNATION_ABSENCES:
                return run[-2], run[-1]
        else:
            run = []
    return None


def replacement_mandate(predecessor_end: date, elected_on: date) -> tuple[date, date]:
    """Art. 33: "De op deze wijze verkozen bestuurder beëindigt het mandaat van de bestuurder die hij
    vervangt": from his election to the predecessor's last day."""
    if elected_on > predecessor_end:
        raise ValueError("Art. 33: the predecessor's mandate has already run out; elect a new director")
    return elected_on, predecessor_end


def board_quorum_reached(directors: int, present_or_represented: int) -> bool:
    """Art. 34: "indien minstens de helft van de bestuurders aanwezig en vertegenwoordigd is"."""
    return quorum_reached(directors, present_or_represented)
