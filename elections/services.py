"""Running an election, from the call for candidates to the signed minutes (Art. 9–33).

Every action checks its window in the statutory calendar and refuses, citing the article, when it
is out of it.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from core import bounds
from core.dates import latest_birth_date
from core.months import Month
from elections import rules
from elections.models import (
    BallotChannel,
    BallotRecord,
    BureauMember,
    BureauRole,
    Candidate,
    CandidacyStatus,
    Election,
    ElectionKind,
    ElectionStatus,
    VoterRollEntry,
)
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import Member, Role

ROLL_CHUNK = 5000


def titulars_on(day: date) -> int:
    """Titular members affiliated on ``day`` (Art. 9: on 30 June of the year before)."""
    from django.db.models import Q

    return Member.objects.filter(role=Role.TITULAR, affiliation_start__lte=day).filter(
        Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=day)).count()


def election_create(*, year: int, kind: str = ElectionKind.ASSEMBLY, seats: int | None = None,
                    assembly_size: int = 0) -> Election:
    """An assembly election's seats follow Art. 9 from the titulars on 30 June Y−1; a board or
    delegate election takes its seats from the assembly's decision (Art. 31: 7–22, ≤ half)."""
    bounds.raise_problems({
        "year": bounds.election_year_problem(year, today=timezone.localdate()),
        "seats": seats is not None and bounds.number_problem(seats, low=1, high=bounds.MAX_SEATS),
        "assembly_size": bool(assembly_size) and bounds.number_problem(assembly_size, low=0, high=bounds.MAX_SEATS),
    })
    titulars = titulars_on(date(year - 1, 6, 30))
    if kind == ElectionKind.ASSEMBLY:
        seats = rules.assembly_size(titulars)
        if seats < 1:
            raise ValidationError({"seats": f"Art. 9: {titulars} titular members on 30/06/{year - 1} give no seat."})
    elif seats is None:
        raise ValidationError({"seats": "Give the number of seats."})
    elif kind == ElectionKind.BOARD:
        problems = rules.board_seats_allowed(seats, assembly_size)
        if problems:
            raise ValidationError({"seats": problems})
    election = Election(kind=kind, year=year, titular_members=titulars, seats=seats, assembly_size=assembly_size)
    election.full_clean()
    election.save()
    return election


def deadlines(election: Election) -> list[rules.Deadline]:
    return rules.calendar(election.year, publication=election.list_published_on, election_day=election.election_day)


def next_deadline(election: Election, today: date) -> rules.Deadline | None:
    upcoming = [d for d in deadlines(election) if d.latest and d.latest >= today]
    return min(upcoming, key=lambda d: d.latest) if upcoming else None


def _deadline(election: Election, key: str) -> rules.Deadline:
    return next(d for d in deadlines(election) if d.key == key)


def call_publish(*, election: Election, on: date) -> Election:
    deadline = _deadline(election, "call")
    if on > deadline.latest:
        raise ValidationError({"call_published_on": f"{deadline.article}: the call is published by {deadline.latest:%d/%m/%Y}."})
    election.call_published_on = on
    election.roll_closed_on = rules.roll_closing_date(on)
    election.status = ElectionStatus.CALL_PUBLISHED
    election.save(update_fields=["call_published_on", "roll_closed_on", "status"])
    return election


def person_facts(member: Member, on: date, entitlement_cache: dict | None = None) -> rules.PersonFacts:
    try:
        result = member_selectors.member_entitlement(member, on, on)
        in_order = result.status is member_rules.Status.ENTITLED
    except member_rules.NotAffiliated:
        in_order = False
    return rules.PersonFacts(
        birth_date=member.birth_date, emancipated=False, household_in_order=in_order,
        affiliated_since=member.affiliation_start, fund_staff=member.is_fund_staff,
    )


def roll_generate(*, election: Election) -> int:
    """Art. 11.1, 17: every affiliated member or dependent, adult on the closing date, whose
    household is in order (Art. 8) on that date. Idempotent: the roll is rebuilt, in chunks."""
    if not election.roll_closed_on:
        raise ValidationError({"roll_closed_on": "Art. 17: publish the call first; the roll closes at the end of the quarter before."})
    day = election.roll_closed_on
    # Art. 11.1, 17: 18 on the closing day, whatever the day of the month (born on the 29th–31st too)
    adult_born_before = latest_birth_date(rules.VOTING_AGE, day)
    month = Month.of(day)
    count = 0
    with transaction.atomic():
        election.voters.all().delete()
        last_id = 0
        while True:
            households = list(Member.objects.filter(household_id__gt=last_id).order_by("household_id")
                              .values_list("household_id", flat=True).distinct()[:ROLL_CHUNK])
            if not households:
                break
            last_id = households[-1]
            titulars = member_selectors.titulars_for(households)
            histories = member_selectors.histories_for(titulars, through=month)
            in_order = set()
            for household_id, history in histories.items():
                try:
                    if member_rules.entitlement(history, month, day).status is member_rules.Status.ENTITLED:
                        in_order.add(household_id)
                except member_rules.NotAffiliated:
                    continue
            voters = Member.objects.filter(household_id__in=in_order, birth_date__lte=adult_born_before,
                                           affiliation_start__lte=day).select_related("household")
            entries = [
                VoterRollEntry(election=election, member=m, last_name=m.last_name, first_name=m.first_name,
                               member_number=m.national_number,
                               address=f"{m.household.street}, {m.household.postal_code} {m.household.city}".strip(", "))
                for m in voters if not m.affiliation_end or m.affiliation_end >= day
            ]
            VoterRollEntry.objects.bulk_create(entries, batch_size=2000)
            count += len(entries)
    return count


def voter_explanation(*, election: Election, member: Member) -> list[str]:
    """Why a member is or is not on the roll (Art. 11.1)."""
    day = election.roll_closed_on or timezone.localdate()
    problems = rules.voter_problems(person_facts(member, day), day)
    return problems or ["Art. 11.1: adult, affiliated and in order on the closing date: on the roll."]


def candidacy_file(*, election: Election, member: Member, filed_on: date) -> Candidate:
    """Art. 11.2, 13: a candidacy by registered letter, by 30 November Y−1; checked at once."""
    bounds.raise_problems({"filed_on": bounds.election_date_problem(filed_on, year=election.year)})
    deadline = _deadline(election, "candidacies")
    if not election.call_published_on:
        raise ValidationError({"filed_on": "Art. 12: no call for candidates has been published."})
    if filed_on > deadline.latest:
        raise ValidationError({"filed_on": f"{deadline.article}: candidacies are received by {deadline.latest:%d/%m/%Y}."})
    election_day = election.election_day or date(election.year, 3, 31)
    problems = rules.candidate_problems(person_facts(member, election.roll_closed_on or filed_on),
                                        election_day, election.roll_closed_on or filed_on)
    try:
        with transaction.atomic():
            return Candidate.objects.create(election=election, member=member, filed_on=filed_on, problems=problems,
                                            status=CandidacyStatus.FILED if problems else CandidacyStatus.ACCEPTED)
    except IntegrityError as exc:
        raise ValidationError({"member": "This member is already a candidate."}) from exc


def candidacy_refuse(*, candidate: Candidate, on: date, motivation: str = "") -> Candidate:
    """Art. 13: a motivated refusal by 31 December Y−1 (appeal to the supervisory office)."""
    deadline = _deadline(candidate.election, "refusals")
    if on > deadline.latest:
        raise ValidationError({"status": f"{deadline.article}: refusals are sent by {deadline.latest:%d/%m/%Y}."})
    reasons = "; ".join(candidate.problems) or motivation.strip()
    if not reasons:
        raise ValidationError({"refusal_letter": "A refusal is motivated."})
    candidate.status = CandidacyStatus.REFUSED
    candidate.refusal_letter = (
        f"{on:%d/%m/%Y} — {candidate.member.first_name} {candidate.member.last_name}: your candidacy for the "
        f"{candidate.election} is refused. Reasons: {reasons}. You may appeal to the supervisory office."
    )
    candidate.list_position = None
    candidate.save(update_fields=["status", "refusal_letter", "list_position"])
    return candidate


def list_order_set(*, election: Election, candidate_ids: list[int]) -> None:
    """Art. 14: the board sets the list order of the accepted candidates."""
    accepted = set(election.candidates.filter(status=CandidacyStatus.ACCEPTED).values_list("pk", flat=True))
    if set(candidate_ids) != accepted or len(candidate_ids) != len(accepted):
        raise ValidationError({"candidates": "The list order names every accepted candidate once."})
    with transaction.atomic():
        election.candidates.update(list_position=None)
        for position, pk in enumerate(candidate_ids, start=1):
            Candidate.objects.filter(pk=pk).update(list_position=position)


def list_publish(*, election: Election, on: date, election_day: date) -> Election:
    """Art. 14–15: the list and the election date, by 28 February Y; voting 8–30 days later."""
    bounds.raise_problems({"list_published_on": bounds.election_date_problem(on, year=election.year),
                           "election_day": election_day and bounds.election_date_problem(election_day, year=election.year)})
    if election_day is None:
        raise ValidationError({"election_day": "Art. 15: give the election day."})
    if on > date(election.year, 2, 28):
        raise ValidationError({"list_published_on": f"Art. 14: the list is published by 28/02/{election.year}."})
    accepted = election.candidates.filter(status=CandidacyStatus.ACCEPTED)
    if accepted.filter(list_position__isnull=True).exists():
        raise ValidationError({"candidates": "Art. 14: the board sets the list order first."})
    earliest, latest = on.toordinal() + 8, on.toordinal() + 30
    if not earliest <= election_day.toordinal() <= latest:
        raise ValidationError({"election_day": "Art. 15: voting takes place 8 to 30 days after the publication."})
    election.list_published_on = on
    election.voting_starts = date.fromordinal(earliest)
    election.election_day = election_day
    election.status = ElectionStatus.LIST_PUBLISHED
    election.save(update_fields=["list_published_on", "voting_starts", "election_day", "status"])
    return election


def bureau_appoint(*, election: Election, name: str, role: str, on: date, member: Member | None = None) -> BureauMember:
    """Art. 16: chair, secretary, two assessors; not candidates; ≥ 30 days before voting starts."""
    bounds.raise_problems({"appointed_on": bounds.election_date_problem(on, year=election.year)})
    if member and election.candidates.filter(member=member).exclude(status=CandidacyStatus.WITHDRAWN).exists():
        raise ValidationError({"member": "Art. 16: a candidate cannot sit on the election bureau."})
    if election.voting_starts and (election.voting_starts - on).days < 30:
        raise ValidationError({"appointed_on": f"Art. 16: the bureau is formed at least 30 days before voting starts "
                                               f"({election.voting_starts:%d/%m/%Y})."})
    limits = {BureauRole.CHAIR: 1, BureauRole.SECRETARY: 1, BureauRole.ASSESSOR: 2}
    if election.bureau.filter(role=role).count() >= limits[role]:
        raise ValidationError({"role": f"Art. 16: the bureau has one chair, one secretary and two assessors."})
    return BureauMember.objects.create(election=election, name=name, role=role, appointed_on=on, member=member)


def ballot_record(*, election: Election, voter: VoterRollEntry, channel: str = BallotChannel.POST, list_vote: bool = False,
                  names: list[int] | None = None, spoiled: str = "", on: date | None = None) -> BallotRecord:
    """Art. 18–19: a ballot from a voter on the roll, during the voting period; nobody votes twice."""
    on = on or timezone.localdate()
    if not (election.voting_starts and election.election_day and election.voting_starts <= on <= election.election_day):
        raise ValidationError({"election": "Art. 15: outside the voting period."})
    if voter.election_id != election.pk:
        raise ValidationError({"voter": "Not on this election's roll (Art. 17)."})
    try:
        with transaction.atomic():
            return BallotRecord.objects.create(election=election, voter=voter, channel=channel, list_vote=list_vote,
                                               names=list(names or []), spoiled=spoiled)
    except IntegrityError as exc:
        raise ValidationError({"voter": "This voter has already voted."}) from exc


def ballots_import(*, election: Election, rows: list[dict], on: date) -> int:
    """Postal or electronic results in bulk (Art. 18): every line names a voter on the roll
    (member number), the channel, a list vote (yes/no) and name votes as list positions. All or
    nothing: any bad line refuses the file, naming the line."""
    if not (election.voting_starts and election.election_day and election.voting_starts <= on <= election.election_day + timedelta(days=7)):
        raise ValidationError("Art. 15: ballots are received during the voting period.")
    voters = dict(election.voters.values_list("member_number", "pk"))
    positions = dict(election.candidates.filter(status=CandidacyStatus.ACCEPTED).values_list("list_position", "pk"))
    already = set(election.ballots.values_list("voter_id", flat=True))
    errors, records, seen = [], [], set()
    for number, row in enumerate(rows, start=2):
        member_number = str(row.get("member_number", "")).strip()
        voter = voters.get(member_number)
        channel = str(row.get("channel") or BallotChannel.POST).strip()
        try:
            names = [positions[int(p)] for p in str(row.get("names") or "").split()]
        except (KeyError, ValueError):
            errors.append(f"line {number}: names must be list positions of accepted candidates")
            continue
        if voter is None:
            errors.append(f"line {number}: {member_number or 'no member number'} is not on the roll (Art. 17)")
        elif voter in already or voter in seen:
            errors.append(f"line {number}: {member_number} has already voted")
        elif channel not in BallotChannel.values:
            errors.append(f"line {number}: channel must be one of {', '.join(BallotChannel.values)}")
        else:
            seen.add(voter)
            records.append(BallotRecord(election=election, voter_id=voter, channel=channel,
                                        list_vote=str(row.get("list_vote", "")).strip().lower() in ("1", "yes", "ja", "oui", "true", "x"),
                                        names=names))
    if errors:
        raise ValidationError(errors[:50] + ([f"… and {len(errors) - 50} more"] if len(errors) > 50 else []))
    BallotRecord.objects.bulk_create(records, batch_size=5000)
    return len(records)


def count_run(*, election: Election, on: date) -> dict:
    """Art. 20–21: tally the ballots and allocate the seats; the result is stored for the minutes."""
    candidates = list(election.candidates.filter(status=CandidacyStatus.ACCEPTED).select_related("member")
                      .order_by("list_position", "pk"))
    if not candidates:
        raise ValidationError({"candidates": "No accepted candidate."})
    names = [str(c.pk) for c in candidates]
    label = {str(c.pk): f"{c.member.last_name} {c.member.first_name}" for c in candidates}
    automatic = len(candidates) <= election.seats
    if not automatic:
        if not election.election_day or on <= election.election_day:
            raise ValidationError({"counted_on": "Art. 20: the count takes place after the vote has closed."})
    notes = []
    if election.election_day and not automatic:
        limit = rules.working_days_after(election.election_day, 7, rules.belgian_holidays(election.year))
        if on > limit:
            notes.append(f"Art. 20: counted on {on:%d/%m/%Y}, after the 7 working days ({limit:%d/%m/%Y}).")
    ballots = [rules.Ballot(list_vote=b.list_vote, names=tuple(str(n) for n in b.names), spoiled=b.spoiled)
               for b in election.ballots.all().iterator(chunk_size=5000)] if not automatic else []
    tally = rules.tally(ballots, election.seats, names)
    result = rules.count(election.seats, tally.valid_ballots, tally.list_votes, [(n, tally.name_votes[n]) for n in names])
    stored = {
        "automatic": automatic,
        "cast": tally.cast, "valid": tally.valid_ballots, "list_votes": tally.list_votes, "invalid": tally.invalid,
        "quorum": result.quorum, "pot": result.pot, "pot_left": result.pot_left,
        "candidates": [{"id": int(r.name), "name": label[r.name], "name_votes": r.name_votes, "devolved": r.devolved,
                        "total": r.total, "elected": r.elected, "rank": r.rank} for r in result.results],
        "elected": [label[n] for n in result.elected],
        "substitutes": [label[n] for n in result.substitutes],
        "notes": notes + (["Art. 21: no more candidates than seats: all elected without a vote."] if automatic else []),
        "voters": election.voters.count(),
    }
    election.result = stored
    election.counted_on = on
    election.status = ElectionStatus.COUNTED
    election.save(update_fields=["result", "counted_on", "status"])
    return stored


def minutes_sign(*, election: Election, user, identity_check: str) -> Election:
    if election.status != ElectionStatus.COUNTED:
        raise ValidationError({"status": "Count the votes before signing the minutes."})
    if not identity_check.strip():
        raise ValidationError({"identity_check": "Art. 20: the minutes state how the voters' identity was checked."})
    election.identity_check = identity_check.strip()
    election.minutes_signed_at = timezone.now()
    election.minutes_signed_by = user
    election.status = ElectionStatus.MINUTES_SIGNED
    election.save(update_fields=["identity_check", "minutes_signed_at", "minutes_signed_by", "status"])
    return election


def board_count_run(*, election: Election, on: date) -> dict:
    """Art. 32 (board) and Art. 26–30 (delegates): most votes win, the youngest wins a tie; the
    composition rules of Art. 31 are reported."""
    candidates = list(election.candidates.filter(status=CandidacyStatus.ACCEPTED).select_related("member"))
    board = [rules.BoardCandidate(str(c.pk), c.member.birth_date, c.votes, c.member.gender, c.member.is_fund_staff)
             for c in candidates]
    elected_ids = rules.board_count(election.seats, board)
    label = {str(c.pk): f"{c.member.last_name} {c.member.first_name}" for c in candidates}
    elected = [b for b in board if b.name in elected_ids]
    stored = {
        "candidates": [{"id": int(b.name), "name": label[b.name], "votes": b.votes, "elected": b.name in elected_ids}
                       for b in sorted(board, key=lambda b: -b.votes)],
        "elected": [label[n] for n in elected_ids],
        "composition_problems": rules.board_composition_problems(elected),
        "notes": [],
    }
    election.result = stored
    election.counted_on = on
    election.status = ElectionStatus.COUNTED
    election.save(update_fields=["result", "counted_on", "status"])
    return stored
