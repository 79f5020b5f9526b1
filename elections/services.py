"""Running an election, from the call for candidates to the signed minutes (Art. 9–33).

Every action checks its window in the statutory calendar and refuses, citing the article, when it
is out of it.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import bounds
from core.dates import latest_birth_date
from core.months import Month
from elections import rules, selectors
from elections.models import (
    AppealDecision,
    BallotChannel,
    BallotRecord,
    BureauMember,
    BureauRole,
    CandidacyAppeal,
    CandidacyChannel,
    CandidacyStatus,
    Candidate,
    Election,
    ElectionKind,
    ElectionStatus,
    EligibilityFact,
    EligibilityFactKind,
    Emancipation,
    ResultsPublication,
    VoterRollEntry,
)
from members import letters
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import Member

ROLL_CHUNK = 5000


def election_create(
    *, year: int, kind: str = ElectionKind.ASSEMBLY, seats: int | None = None, assembly_size: int = 0
) -> Election:
    """An assembly election's seats follow Art. 9 from the titulars on 30 June Y−1; a board or
    delegate election takes its seats from the assembly's decision (Art. 31: 7–22, ≤ half)."""
    bounds.raise_problems(
        {
            "year": bounds.election_year_problem(year, today=timezone.localdate()),
            "seats": seats is not None and bounds.number_problem(seats, low=1, high=bounds.MAX_SEATS),
            "assembly_size": bool(assembly_size) and bounds.number_problem(assembly_size, low=0, high=bounds.MAX_SEATS),
        }
    )
    titulars = selectors.titulars_on(rules.titulars_counted_on(year))
    if kind == ElectionKind.ASSEMBLY:
        seats = rules.assembly_size(titulars)
        if seats < 1:
            raise ValidationError(
                {
                    "seats": _("Art. 9: %(titulars)s titular members on 30/06/%(year)s give no seat.")
                    % {"titulars": titulars, "year": year - 1}
                }
            )
    elif seats is None:
        raise ValidationError({"seats": _("Give the number of seats.")})
    elif kind == ElectionKind.BOARD:
        problems = rules.board_seats_allowed(seats, assembly_size)
        if problems:
            raise ValidationError({"seats": problems})
    election = Election(kind=kind, year=year, titular_members=titulars, seats=seats, assembly_size=assembly_size)
    election.full_clean()
    election.save()
    return election


def call_publish(*, election: Election, on: date) -> Election:
    deadline = selectors.deadline(election, "call")
    if on > deadline.latest:  # type: ignore[operator]  # the calendar always gives this deadline a latest day
        raise ValidationError(
            {
                "call_published_on": _("%(article)s: the call is published by %(latest)s.")
                % {"article": deadline.article, "latest": f"{deadline.latest:%d/%m/%Y}"}
            }
        )
    election.call_published_on = on
    election.roll_closed_on = rules.roll_closing_date(on)
    election.status = ElectionStatus.CALL_PUBLISHED
    election.save(update_fields=["call_published_on", "roll_closed_on", "status"])
    return election


def emancipation_record(*, member: Member, emancipated_on: date, ground: str, proof: str, user=None) -> Emancipation:
    """Art. 11.1 b) "ontvoegd": record a member's emancipation with its proof (once per member);
    the next voter roll includes the member."""
    bounds.raise_problems({"emancipated_on": bounds.past_date_problem(emancipated_on, today=timezone.localdate())})
    problem = rules.emancipation_problem(member.birth_date, emancipated_on)
    if problem:
        raise ValidationError({"emancipated_on": problem})
    if not proof.strip():
        raise ValidationError({"proof": _("Art. 11.1: name the document that proves the emancipation.")})
    emancipation = Emancipation(
        member=member, emancipated_on=emancipated_on, ground=ground, proof=proof.strip(), recorded_by=user
    )
    emancipation.full_clean()
    try:
        with transaction.atomic():
            emancipation.save()
    except IntegrityError as exc:
        raise ValidationError({"member": _("This member's emancipation is already recorded.")}) from exc
    return emancipation


def roll_generate(*, election: Election, user=None) -> int:
    """Art. 11.1, 17: every affiliated member or dependent, adult on the closing date, whose
    household is in order (Art. 8) on that date. Idempotent: the roll is rebuilt, in chunks.

    The rebuild is set-based: per chunk of households the voters who are no longer on the roll are
    deleted, the new ones inserted and the kept ones updated where their name or address changed (a
    kept voter keeps its row, so its ballot stays attached). The audit trail gets one entry on the
    election with the counts (added, removed, kept), not one per voter (issue #16)."""
    from auditlog.context import disable_auditlog

    from core import audit

    if not election.roll_closed_on:
        raise ValidationError(
            {"roll_closed_on": _("Art. 17: publish the call first; the roll closes at the end of the quarter before.")}
        )
    day = election.roll_closed_on
    # Art. 11.1, 17: 18 on the closing day, whatever the day of the month (born on the 29th–31st too)
    adult_born_before = latest_birth_date(rules.VOTING_AGE, day)
    month = Month.of(day)
    with transaction.atomic():
        Election.objects.select_for_update().filter(pk=election.pk).first()  # one rebuild of a roll at a time
        before = election.voters.count()
        with disable_auditlog():
            added, removed, kept = _roll_rebuild(election, day, adult_born_before, month)
        audit.log_rebuild(
            election,
            name="elections.roll_generate",
            label="voter roll",
            before=before,
            added=added,
            removed=removed,
            kept=kept,
            user=user,
        )
    return kept + added


def _roll_rebuild(election: Election, day: date, adult_born_before: date, month: Month) -> tuple[int, int, int]:
    """The voter roll's set-based rebuild (``roll_generate``), chunk by chunk: (added, removed, kept)."""
    added = removed = kept = 0
    fields = ("last_name", "first_name", "member_number", "address")
    last_id = 0
    while True:
        households = list(
            Member.objects.filter(household_id__gt=last_id)
            .order_by("household_id")
            .values_list("household_id", flat=True)
            .distinct()[:ROLL_CHUNK]
        )
        if not households:
            break
        last_id = households[-1]
        entitlements = member_selectors.entitlements_for(household_ids=households, event_month=month, as_of=day)
        in_order = {h for h, e in entitlements.items() if e.status is member_rules.Status.ENTITLED}
        # Art. 11.1 b) "meerderjarig of ontvoegd": adult, or emancipated by the closing day
        voters = Member.objects.filter(
            Q(birth_date__lte=adult_born_before) | Q(emancipation__emancipated_on__lte=day),
            household_id__in=in_order,
            affiliation_start__lte=day,
        ).select_related("household")
        wanted = {
            m.pk: VoterRollEntry(
                election=election,
                member=m,
                last_name=m.last_name,
                first_name=m.first_name,
                member_number=m.national_number,
                address=f"{m.household.street}, {m.household.postal_code} {m.household.city}".strip(", "),
            )
            for m in voters
            if not m.affiliation_end or m.affiliation_end >= day
        }
        existing = {
            entry.member_id: entry
            for entry in VoterRollEntry.objects.filter(election=election, member__household_id__in=households)
        }
        gone = [entry.pk for member_id, entry in existing.items() if member_id not in wanted]
        if gone:
            VoterRollEntry.objects.filter(pk__in=gone).delete()
        changed = []
        for member_id, entry in existing.items():
            new = wanted.get(member_id)
            if new is not None and any(getattr(entry, f) != getattr(new, f) for f in fields):
                for f in fields:
                    setattr(entry, f, getattr(new, f))
                changed.append(entry)
        if changed:
            VoterRollEntry.objects.bulk_update(changed, fields, batch_size=2000)
        VoterRollEntry.objects.bulk_create(
            [entry for member_id, entry in wanted.items() if member_id not in existing], batch_size=2000
        )
        removed += len(gone)
        kept += sum(1 for member_id in existing if member_id in wanted)
        added += sum(1 for member_id in wanted if member_id not in existing)
    return added, removed, kept


def candidacy_file(
    *, election: Election, member: Member, filed_on: date, channel: str = CandidacyChannel.REGISTERED_LETTER
) -> Candidate:
    """Art. 11.2, 13: a candidacy by registered letter, by 30 November Y−1; checked at once.
    Delegates (Art. 28, 30): by registered letter at the latest 15 days before the voting assembly.
    A candidacy that is not validly submitted (channel, date) is refused, naming the article."""
    bounds.raise_problems({"filed_on": bounds.election_date_problem(filed_on, year=election.year)})
    if election.kind == ElectionKind.ASSEMBLY:
        deadline = selectors.deadline(election, "candidacies")
        if not election.call_published_on:
            raise ValidationError({"filed_on": _("Art. 12: no call for candidates has been published.")})
        if filed_on > deadline.latest:  # type: ignore[operator]  # the calendar always gives this deadline a latest day
            raise ValidationError(
                {
                    "filed_on": _("%(article)s: candidacies are received by %(latest)s.")
                    % {"article": deadline.article, "latest": f"{deadline.latest:%d/%m/%Y}"}
                }
            )
    submission = rules.candidacy_submission_problems(election.kind, channel, filed_on, election.voting_assembly_on)
    if submission:
        raise ValidationError(submission)
    problems = selectors.candidate_problems(election, member, filed_on)
    try:
        with transaction.atomic():
            return Candidate.objects.create(
                election=election,
                member=member,
                filed_on=filed_on,
                channel=channel,
                problems=problems,
                status=CandidacyStatus.FILED if problems else CandidacyStatus.ACCEPTED,
            )
    except IntegrityError as exc:
        raise ValidationError({"member": _("This member is already a candidate.")}) from exc


def _locked_candidate(candidate: Candidate) -> Candidate:
    return Candidate.objects.select_for_update().select_related("election", "member").get(pk=candidate.pk)


def _refresh(target: Candidate, source: Candidate) -> Candidate:
    for field in ("status", "problems", "refusal_letter", "refused_on", "list_position", "votes"):
        setattr(target, field, getattr(source, field))
    return target


def eligibility_fact_record(
    *,
    candidate: Candidate,
    kind: str,
    holds: bool,
    source: str,
    established_on: date,
    reference: str = "",
    early_retirement: bool = False,
    user=None,
) -> EligibilityFact:
    """Art. 11.2: record (or correct) one fact on a candidacy with its source, then judge the
    candidacy again: a filed candidacy with no problem left is accepted, an accepted one that a fact
    now bars goes back to "filed" for the chair's motivated refusal (Art. 13). A refused candidacy
    keeps its status: only an appeal overturns a refusal."""
    if kind not in EligibilityFactKind.values:
        raise ValidationError({"kind": _("Not a fact of Art. 11.2.")})
    bounds.raise_problems({"established_on": bounds.past_date_problem(established_on, today=timezone.localdate())})
    with transaction.atomic():
        locked = _locked_candidate(candidate)
        fact, _created = EligibilityFact.objects.update_or_create(
            candidate=locked,
            kind=kind,
            defaults={
                "holds": holds,
                "source": source,
                "established_on": established_on,
                "reference": reference.strip(),
                "early_retirement": early_retirement,
                "recorded_by": user,
            },
        )
        fact.full_clean()
        locked.problems = selectors.candidate_problems(locked.election, locked.member, locked.filed_on, locked)
        if locked.status == CandidacyStatus.FILED and not locked.problems:
            locked.status = CandidacyStatus.ACCEPTED
        elif locked.status == CandidacyStatus.ACCEPTED and locked.problems:
            locked.status = CandidacyStatus.FILED
            locked.list_position = None
        locked.save(update_fields=["problems", "status", "list_position"])
    _refresh(candidate, locked)
    return fact


def candidacy_accept(*, candidate: Candidate) -> Candidate:
    """Art. 13: the chair places a filed candidacy on the list when it meets Art. 11 (judged again
    now, with the facts recorded); one that does not is refused with a motivation instead."""
    with transaction.atomic():
        locked = _locked_candidate(candidate)
        if locked.status != CandidacyStatus.FILED:
            raise ValidationError(
                {
                    "status": _(
                        "Only a filed candidacy is accepted (this one is %(status)s). Art. 13: a refusal is "
                        "overturned only on appeal."
                    )
                    % {"status": str(locked.get_status_display()).lower()}
                }
            )
        locked.problems = selectors.candidate_problems(locked.election, locked.member, locked.filed_on, locked)
        if locked.problems:
            locked.save(update_fields=["problems"])
            raise ValidationError(
                {
                    "status": _("Art. 13: the candidacy does not meet Art. 11; refuse it with a motivation.")
                    + " "
                    + selectors.problems_text(locked.problems)
                }
            )
        locked.status = CandidacyStatus.ACCEPTED
        locked.save(update_fields=["problems", "status"])
    return _refresh(candidate, locked)


def candidacy_refuse(*, candidate: Candidate, on: date, motivation: str = "") -> Candidate:
    """Art. 13: a motivated refusal by 31 December Y−1 (appeal to the supervisory office)."""
    deadline = selectors.deadline(candidate.election, "refusals")
    if on > deadline.latest:  # type: ignore[operator]  # the calendar always gives this deadline a latest day
        raise ValidationError(
            {
                "status": _("%(article)s: refusals are sent by %(latest)s.")
                % {"article": deadline.article, "latest": f"{deadline.latest:%d/%m/%Y}"}
            }
        )
    with transaction.atomic():
        locked = _locked_candidate(candidate)
        if locked.status not in (CandidacyStatus.FILED, CandidacyStatus.ACCEPTED):
            raise ValidationError(
                {
                    "status": _("This candidacy is %(status)s: it cannot be refused.")
                    % {"status": str(locked.get_status_display()).lower()}
                }
            )
        if not (locked.problems or motivation.strip()):
            raise ValidationError({"refusal_letter": _("Art. 13: a refusal is motivated (“gemotiveerde weigering”).")})
        locked.status = CandidacyStatus.REFUSED
        locked.refused_on = on
        locked.refusal_letter = _refusal_letter(locked, on=on, reasons=locked.problems, motivation=motivation)
        locked.list_position = None
        locked.save(update_fields=["status", "refused_on", "refusal_letter", "list_position"])
    return _refresh(candidate, locked)


def _refusal_letter(candidate: Candidate, *, on: date, reasons: str | list, motivation: str = "") -> str:
    """Art. 13: the motivated refusal, in the member's language (issue #16; ``members.letters.render``, the
    one renderer of the fund's letters): its subject line, then its text. ``reasons``: the eligibility
    problems (stored reasons, rendered in the member's language) or a text."""
    language = candidate.member.language or "nl"
    with translation.override(language):
        election = str(candidate.election)  # the kind of election in the member's language
        if not isinstance(reasons, str):
            reasons = selectors.problems_text(reasons, motivation)
    subject, text = letters.render(
        "elections/letters/candidacy_refused",
        language,
        {
            "day": letters.date_text(on),
            "name": f"{candidate.member.first_name} {candidate.member.last_name}",
            "election": election,
            "reasons": reasons,
        },
    )
    return f"{subject}\n\n{text}"


def candidacy_appeal_record(
    *, candidate: Candidate, lodged_on: date, decided_on: date, decision: str, reference: str, user=None
) -> CandidacyAppeal:
    """Art. 13: record the supervisory office's decision on the appeal against a refusal. Only an
    upheld appeal (gegrond) turns the refusal into an acceptance; a dismissed one leaves it standing."""
    today = timezone.localdate()
    bounds.raise_problems(
        {
            "lodged_on": bounds.past_date_problem(lodged_on, today=today),
            "decided_on": bounds.past_date_problem(decided_on, today=today),
        }
    )
    if decision not in AppealDecision.values:
        raise ValidationError({"decision": _("Upheld or dismissed.")})
    if not reference.strip():
        raise ValidationError({"reference": _("Art. 13: give the reference of the supervisory office's decision.")})
    with transaction.atomic():
        locked = _locked_candidate(candidate)
        if locked.status != CandidacyStatus.REFUSED:
            raise ValidationError(
                {"candidate": _("Art. 13: an appeal is against a refusal; this candidacy is not refused.")}
            )
        if CandidacyAppeal.objects.filter(candidate=locked).exists():
            raise ValidationError({"candidate": _("The outcome of this appeal is already recorded.")})
        if locked.refused_on and lodged_on < locked.refused_on:
            raise ValidationError(
                {
                    "lodged_on": _("The appeal comes after the refusal (%(refused)s).")
                    % {"refused": f"{locked.refused_on:%d/%m/%Y}"}
                }
            )
        if decided_on < lodged_on:
            raise ValidationError({"decided_on": _("The decision comes after the appeal was lodged.")})
        appeal = CandidacyAppeal(
            candidate=locked,
            lodged_on=lodged_on,
            decided_on=decided_on,
            decision=decision,
            reference=reference.strip(),
            recorded_by=user,
        )
        appeal.full_clean()
        appeal.save()
        if decision == AppealDecision.UPHELD:
            locked.status = CandidacyStatus.ACCEPTED  # the board places it on the list (Art. 14)
            locked.save(update_fields=["status"])
    _refresh(candidate, locked)
    return appeal


def list_order_set(*, election: Election, candidate_ids: list[int]) -> None:
    """Art. 14: the board sets the list order of the accepted candidates."""
    accepted = set(election.candidates.filter(status=CandidacyStatus.ACCEPTED).values_list("pk", flat=True))
    if set(candidate_ids) != accepted or len(candidate_ids) != len(accepted):
        raise ValidationError({"candidates": _("The list order names every accepted candidate once.")})
    with transaction.atomic():
        election.candidates.update(list_position=None)
        for position, pk in enumerate(candidate_ids, start=1):
            Candidate.objects.filter(pk=pk).update(list_position=position)


def list_publish(*, election: Election, on: date, election_day: date) -> Election:
    """Art. 14–15: the list and the election date, by 28 February Y; voting 8–30 days later."""
    bounds.raise_problems(
        {
            "list_published_on": bounds.election_date_problem(on, year=election.year),
            "election_day": election_day and bounds.election_date_problem(election_day, year=election.year),
        }
    )
    if election_day is None:
        raise ValidationError({"election_day": _("Art. 15: give the election day.")})
    if on > rules.list_publication_deadline(election.year):
        raise ValidationError(
            {"list_published_on": _("Art. 15: the list is published by 28/02/%(year)s.") % {"year": election.year}}
        )
    accepted = election.candidates.filter(status=CandidacyStatus.ACCEPTED)
    if accepted.filter(list_position__isnull=True).exists():
        raise ValidationError({"candidates": _("Art. 14: the board sets the list order first.")})
    if not rules.voting_day_allowed(on, election_day):
        raise ValidationError({"election_day": _("Art. 15: voting takes place 8 to 30 days after the publication.")})
    election.list_published_on = on
    election.voting_starts = rules.voting_earliest(on)
    election.election_day = election_day
    election.status = ElectionStatus.LIST_PUBLISHED
    election.save(update_fields=["list_published_on", "voting_starts", "election_day", "status"])
    return election


def bureau_appoint(*, election: Election, name: str, role: str, on: date, member: Member | None = None) -> BureauMember:
    """Art. 16: chair, secretary, two assessors; not candidates; ≥ 30 days before voting starts."""
    bounds.raise_problems({"appointed_on": bounds.election_date_problem(on, year=election.year)})
    if member and election.candidates.filter(member=member).exclude(status=CandidacyStatus.WITHDRAWN).exists():
        raise ValidationError({"member": _("Art. 16: a candidate cannot sit on the election bureau.")})
    if election.voting_starts and (election.voting_starts - on).days < 30:
        raise ValidationError(
            {
                "appointed_on": _("Art. 16: the bureau is formed at least 30 days before voting starts (%(starts)s).")
                % {"starts": f"{election.voting_starts:%d/%m/%Y}"}
            }
        )
    limits = {BureauRole.CHAIR: 1, BureauRole.SECRETARY: 1, BureauRole.ASSESSOR: 2}
    if election.bureau.filter(role=role).count() >= limits[role]:
        raise ValidationError({"role": _("Art. 16: the bureau has one chair, one secretary and two assessors.")})
    return BureauMember.objects.create(election=election, name=name, role=role, appointed_on=on, member=member)


def ballot_record(
    *,
    election: Election,
    voter: VoterRollEntry,
    channel: str = BallotChannel.POST,
    list_vote: bool = False,
    names: list[int] | None = None,
    spoiled: str = "",
    on: date | None = None,
) -> BallotRecord:
    """Art. 18–19: a ballot from a voter on the roll, during the voting period; nobody votes twice."""
    on = on or timezone.localdate()
    if not (election.voting_starts and election.election_day and election.voting_starts <= on <= election.election_day):
        raise ValidationError({"election": _("Art. 15: outside the voting period.")})
    if voter.election_id != election.pk:
        raise ValidationError({"voter": _("Not on this election's roll (Art. 17).")})
    try:
        with transaction.atomic():
            return BallotRecord.objects.create(
                election=election,
                voter=voter,
                channel=channel,
                list_vote=list_vote,
                names=list(names or []),
                spoiled=spoiled,
            )
    except IntegrityError as exc:
        raise ValidationError({"voter": _("This voter has already voted.")}) from exc


def ballots_import(*, election: Election, rows: list[dict], on: date) -> int:
    """Postal or electronic results in bulk (Art. 18): every line names a voter on the roll
    (member number), the channel, a list vote (yes/no) and name votes as list positions. All or
    nothing: any bad line refuses the file, naming the line."""
    if not rules.ballots_receivable(on, election.voting_starts, election.election_day):
        raise ValidationError(_("Art. 15: ballots are received during the voting period."))
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
            records.append(
                BallotRecord(
                    election=election,
                    voter_id=voter,
                    channel=channel,
                    list_vote=str(row.get("list_vote", "")).strip().lower() in ("1", "yes", "ja", "oui", "true", "x"),
                    names=names,
                )
            )
    if errors:
        raise ValidationError(
            errors[:50] + ([_("… and %(count)s more") % {"count": len(errors) - 50}] if len(errors) > 50 else [])
        )
    BallotRecord.objects.bulk_create(records, batch_size=5000)
    return len(records)


def count_run(*, election: Election, on: date) -> dict:
    """Art. 20–21: tally the ballots and allocate the seats; the result is stored for the minutes."""
    candidates = list(
        election.candidates.filter(status=CandidacyStatus.ACCEPTED)
        .select_related("member")
        .order_by("list_position", "pk")
    )
    if not candidates:
        raise ValidationError({"candidates": _("No accepted candidate.")})
    names = [str(c.pk) for c in candidates]
    label = {str(c.pk): f"{c.member.last_name} {c.member.first_name}" for c in candidates}
    automatic = len(candidates) <= election.seats
    if not automatic:
        if not election.election_day or on <= election.election_day:
            raise ValidationError({"counted_on": _("Art. 20: the count takes place after the vote has closed.")})
    notes = []
    if election.election_day and not automatic:
        limit = rules.working_days_after(election.election_day, 7, rules.belgian_holidays(election.year))
        if on > limit:
            notes.append(f"Art. 20: counted on {on:%d/%m/%Y}, after the 7 working days ({limit:%d/%m/%Y}).")
    ballots = (
        [
            rules.Ballot(list_vote=b.list_vote, names=tuple(str(n) for n in b.names), spoiled=b.spoiled)
            for b in election.ballots.all().iterator(chunk_size=5000)
        ]
        if not automatic
        else []
    )
    tally = rules.tally(ballots, election.seats, names)
    result = rules.count(
        election.seats, tally.valid_ballots, tally.list_votes, [(n, tally.name_votes[n]) for n in names]
    )
    stored = {
        "automatic": automatic,
        "cast": tally.cast,
        "valid": tally.valid_ballots,
        "list_votes": tally.list_votes,
        "invalid": tally.invalid,
        "quorum": result.quorum,
        "pot": result.pot,
        "pot_left": result.pot_left,
        "candidates": [
            {
                "id": int(r.name),
                "name": label[r.name],
                "name_votes": r.name_votes,
                "devolved": r.devolved,
                "total": r.total,
                "elected": r.elected,
                "rank": r.rank,
            }
            for r in result.results
        ],
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
        raise ValidationError({"status": _("Count the votes before signing the minutes.")})
    if not identity_check.strip():
        raise ValidationError({"identity_check": _("Art. 20: the minutes state how the voters' identity was checked.")})
    election.identity_check = identity_check.strip()
    election.minutes_signed_at = timezone.now()
    election.minutes_signed_by = user
    election.status = ElectionStatus.MINUTES_SIGNED
    election.save(update_fields=["identity_check", "minutes_signed_at", "minutes_signed_by", "status"])
    return election


def votes_record(*, election: Election, votes: dict[int, int]) -> Election:
    """The votes of the General Assembly's secret ballot for the board or delegates (Art. 29, 30, 32),
    entered per accepted candidate before the count; an assembly election counts ballots instead."""
    if election.kind == ElectionKind.ASSEMBLY:
        raise ValidationError({"votes": _("Art. 18–20: an assembly election counts ballots; record the ballots.")})
    problems = {}
    for pk, number in votes.items():
        problem = (
            bounds.number_problem(number, low=0, high=bounds.MAX_COUNT)
            if isinstance(number, int)
            else "A whole number."
        )
        if problem:
            problems[f"votes_{pk}"] = problem
    bounds.raise_problems(problems)
    with transaction.atomic():
        locked = Election.objects.select_for_update().get(pk=election.pk)
        if locked.status in (ElectionStatus.COUNTED, ElectionStatus.MINUTES_SIGNED, ElectionStatus.RESULTS_PUBLISHED):
            raise ValidationError({"votes": _("The votes are counted already: they cannot change.")})
        accepted = {c.pk: c for c in locked.candidates.select_for_update().filter(status=CandidacyStatus.ACCEPTED)}
        if set(votes) != set(accepted):
            raise ValidationError({"votes": _("Give the votes of every accepted candidate, and of them only.")})
        for pk, candidate in accepted.items():
            candidate.votes = votes[pk]
            candidate.save(update_fields=["votes"])
    return election


def results_publish(
    *, election: Election, on: date, user, in_magazine: bool = True, on_website: bool = True
) -> ResultsPublication:
    """Art. 22: publish the results of an assembly election in the members' magazine and on the
    website, at the latest 15 calendar days after the vote (or after it was established that no vote
    is needed, Art. 21). The published document is made from the count and the signed minutes;
    a late publication is still made and recorded as late (``rules.LATE_PUBLICATION_REFUSED``)."""
    from elections.minutes import results_pdf

    bounds.raise_problems(
        {
            "published_on": bounds.election_date_problem(on, year=election.year)
            or bounds.past_date_problem(on, today=timezone.localdate())
        }
    )
    if not (in_magazine and on_website):
        raise ValidationError(
            {
                "in_magazine": _(
                    "Art. 22: the results are published “in het blad, bestemd voor de leden "
                    "van het ziekenfonds, en de webstek”: both."
                )
            }
        )
    with transaction.atomic():
        locked = Election.objects.select_for_update().get(pk=election.pk)
        if locked.kind != ElectionKind.ASSEMBLY:
            raise ValidationError({"election": _("Art. 22 is about the election of the General Assembly.")})
        if (
            locked.status == ElectionStatus.RESULTS_PUBLISHED
            or ResultsPublication.objects.filter(election=locked).exists()
        ):
            raise ValidationError({"election": _("The results are published already.")})
        automatic = bool((locked.result or {}).get("automatic"))
        if locked.status != ElectionStatus.MINUTES_SIGNED and not (
            automatic and locked.status == ElectionStatus.COUNTED
        ):
            raise ValidationError(
                {
                    "election": _(
                        "Art. 20, 22: the results published are those of the signed minutes: "
                        "count the votes and sign the minutes first."
                    )
                }
            )
        reference_day = locked.counted_on if automatic else locked.election_day
        refusals, warnings = rules.results_publication_problems(on, reference_day)
        if refusals:
            raise ValidationError({"published_on": refusals})
        locked.results_published_on = on
        locked.status = ElectionStatus.RESULTS_PUBLISHED
        locked.save(update_fields=["results_published_on", "status"])
        publication = ResultsPublication.objects.create(
            election=locked,
            published_on=on,
            in_magazine=in_magazine,
            on_website=on_website,
            deadline=rules.results_publication_deadline(reference_day),
            late_note="; ".join(warnings)[:250],
            document=results_pdf(locked, published_on=on),
            published_by=user,
        )
    election.results_published_on, election.status = locked.results_published_on, locked.status
    return publication


def board_count_run(*, election: Election, on: date) -> dict:
    """Art. 32 (board) and Art. 26–30 (delegates): most votes win, the youngest wins a tie; the
    composition rules of Art. 31 are reported."""
    candidates = list(election.candidates.filter(status=CandidacyStatus.ACCEPTED).select_related("member"))
    board = [
        rules.BoardCandidate(str(c.pk), c.member.birth_date, c.votes, c.member.gender, c.member.is_fund_staff)
        for c in candidates
    ]
    elected_ids = rules.board_count(election.seats, board)
    label = {str(c.pk): f"{c.member.last_name} {c.member.first_name}" for c in candidates}
    elected = [b for b in board if b.name in elected_ids]
    stored = {
        "candidates": [
            {"id": int(b.name), "name": label[b.name], "votes": b.votes, "elected": b.name in elected_ids}
            for b in sorted(board, key=lambda b: -b.votes)
        ],
        "elected": [label[n] for n in elected_ids],
        "composition_problems": rules.board_composition_problems(elected),
        "notes": [],
    }
    election.result = stored
    election.counted_on = on
    election.status = ElectionStatus.COUNTED
    election.save(update_fields=["result", "counted_on", "status"])
    return stored


# ======================================================================================================
# Organs (issue #13): the General Assembly's members, advisers and meetings (Art. 24, 25, 25bis, 73),
# the board's directors and attendance (Art. 31–34). Every write is atomic, locks the rows its check
# depends on and re-checks under the lock; django-auditlog records each save (who, when, old → new), and
# an automatic end of a mandate carries its article in ``end_note`` / ``left_reason``.
# ======================================================================================================

from django.db.models import Max as models_Max  # noqa: E402
from django.db.models import Q as _Q  # noqa: E402

from elections.models import (  # noqa: E402
    Adviser,
    AgendaItem,
    AgendaSubject,
    AssemblyAttendance,
    AssemblyMeeting,
    AssemblyMember,
    BoardAttendance,
    BoardMeeting,
    BoardPresence,
    Director,
    DirectorEnd,
    MeetingMode,
    MeetingStatus,
    Organ,
    Outcome,
    Presence,
)

#: Organ meetings and mandates are dated within this many years around today (a typing error in the
#: year is refused, naming the field, not stored).
ORGAN_YEARS_AROUND = 10


def _organ_date_problem(day: date | None) -> str | None:
    if day is None:
        return None
    today = timezone.localdate()
    return bounds.year_problem(day.year, today=today, first=today.year - ORGAN_YEARS_AROUND, ahead=ORGAN_YEARS_AROUND)


def assembly_member_add(
    *, member: Member, mandate_start: date, mandate_end: date | None = None, election: Election | None = None
) -> AssemblyMember:
    """A member of the assembly (Art. 9: a mandate of at most six years); once at a time."""
    bounds.raise_problems(
        {"mandate_start": _organ_date_problem(mandate_start), "mandate_end": _organ_date_problem(mandate_end)}
    )
    mandate_end = mandate_end or rules.mandate_last_day(mandate_start)
    problems = rules.mandate_problems(mandate_start, mandate_end)
    if problems:
        raise ValidationError({"mandate_end": problems})
    if election is not None and election.kind != ElectionKind.ASSEMBLY:
        raise ValidationError({"election": _("Art. 9: the assembly's members come from an assembly election.")})
    with transaction.atomic():
        Member.objects.select_for_update().filter(pk=member.pk).first()  # one membership at a time
        overlapping = AssemblyMember.objects.filter(
            member=member,
            mandate_start__lte=mandate_end,
            mandate_end__gte=mandate_start,
        ).filter(_Q(left_on__isnull=True) | _Q(left_on__gt=mandate_start))
        if overlapping.exists():
            raise ValidationError(
                {
                    "member": _(
                        "Art. 25: each member of the assembly has one seat and one vote "
                        '("beschikt slechts over één stem"): already a member in this period.'
                    )
                }
            )
        seat = AssemblyMember(member=member, election=election, mandate_start=mandate_start, mandate_end=mandate_end)
        seat.full_clean()
        seat.save()
        return seat


def assembly_install(*, election: Election, on: date) -> dict:
    """Art. 24: the new assembly is installed (by 30 June of the election year) with the candidates the
    count elected; each gets a six-year mandate from ``on`` (Art. 9). Idempotent: members already
    installed from this election are kept."""
    if election.kind != ElectionKind.ASSEMBLY:
        raise ValidationError({"election": _("Art. 24: only an assembly election installs the General Assembly.")})
    if election.status not in (ElectionStatus.COUNTED, ElectionStatus.MINUTES_SIGNED):
        raise ValidationError({"election": _("Art. 20, 24: count the votes before installing the assembly.")})
    elected_ids = [c["id"] for c in (election.result or {}).get("candidates", []) if c.get("elected")]
    notes = []
    if on > rules.installation_deadline(election.year):
        notes.append(f'Art. 24: installed on {on:%d/%m/%Y}, after 30/06/{election.year} ("uiterlijk op 30 juni").')
    created = 0
    with transaction.atomic():
        Election.objects.select_for_update().get(pk=election.pk)
        done = set(election.assembly_members.values_list("member_id", flat=True))
        for candidate in Candidate.objects.filter(pk__in=elected_ids).select_related("member"):
            if candidate.member_id in done:
                continue
            assembly_member_add(member=candidate.member, mandate_start=on, election=election)
            created += 1
    return {"installed": created, "notes": notes}


def assembly_member_leave(*, assembly_member: AssemblyMember, on: date, reason: str) -> AssemblyMember:
    """A member leaves the assembly (Art. 25: no longer eligible under Art. 11.2, resignation …). A
    director elected as assembly member loses his mandate with it (Art. 33)."""
    if not reason.strip():
        raise ValidationError(
            {"left_reason": _("Say why the member leaves (Art. 25: no longer eligible, resignation …).")}
        )
    bounds.raise_problems({"left_on": _organ_date_problem(on)})
    with transaction.atomic():
        seat = AssemblyMember.objects.select_for_update().get(pk=assembly_member.pk)
        if seat.left_on:
            raise ValidationError({"left_on": _("Already left on %(day)s.") % {"day": f"{seat.left_on:%d/%m/%Y}"}})
        if on < seat.mandate_start:
            raise ValidationError({"left_on": _("Before the mandate started.")})
        seat.left_on, seat.left_reason = on, reason.strip()[:250]
        seat.save(update_fields=["left_on", "left_reason"])
        for director in Director.objects.select_for_update().filter(assembly_member=seat, ended_on__isnull=True):
            _director_close(
                director,
                on,
                DirectorEnd.DELEGATE_STATUS_LOST,
                "Art. 33: no longer a member of the General Assembly, in which capacity he was elected "
                '("het verlies van de hoedanigheid van afgevaardigde")',
            )
    assembly_member.refresh_from_db()
    return assembly_member


# --- Art. 24, 32: advisers ----------------------------------------------------------------------------------


def adviser_appoint(
    *, organ: str, name: str, on: date, member: Member | None = None, proposed_by_board_on: date | None = None
) -> Adviser:
    """Art. 24: the assembly appoints at most five advisers, on the board's proposal; Art. 32: the
    board appoints at most five. A sixth is refused."""
    bounds.raise_problems(
        {"appointed_on": _organ_date_problem(on), "proposed_by_board_on": _organ_date_problem(proposed_by_board_on)}
    )
    if not name.strip():
        raise ValidationError({"name": _("Give the adviser's name.")})
    article = "Art. 24" if organ == Organ.ASSEMBLY else "Art. 32"
    if organ == Organ.ASSEMBLY and proposed_by_board_on is None:
        raise ValidationError(
            {
                "proposed_by_board_on": _(
                    "Art. 24: the assembly appoints advisers on the board's proposal "
                    '("op voordracht van de Raad van Bestuur").'
                )
            }
        )
    if proposed_by_board_on and proposed_by_board_on > on:
        raise ValidationError({"proposed_by_board_on": _("Art. 24: the board proposes before the assembly appoints.")})
    with transaction.atomic():
        active = list(
            Adviser.objects.select_for_update()
            .filter(organ=organ)
            .filter(_Q(ended_on__isnull=True) | _Q(ended_on__gt=on))
            .order_by("pk")
        )
        problems = rules.adviser_problems(len(active), str(Organ(organ).label).split(" (")[0], article)
        if problems:
            raise ValidationError({"organ": problems})
        adviser = Adviser(
            organ=organ, name=name.strip(), member=member, appointed_on=on, proposed_by_board_on=proposed_by_board_on
        )
        adviser.full_clean()
        adviser.save()
        return adviser


def adviser_end(*, adviser: Adviser, on: date) -> Adviser:
    with transaction.atomic():
        adviser = Adviser.objects.select_for_update().get(pk=adviser.pk)
        if adviser.ended_on:
            raise ValidationError(
                {"ended_on": _("Already ended on %(day)s.") % {"day": f"{adviser.ended_on:%d/%m/%Y}"}}
            )
        if on < adviser.appointed_on:
            raise ValidationError({"ended_on": _("Before the appointment.")})
        adviser.ended_on = on
        adviser.save(update_fields=["ended_on"])
        return adviser


# --- Art. 25, 25bis: assembly meetings ----------------------------------------------------------------------


def assembly_meeting_plan(
    *,
    day: date,
    kind: str,
    mode: str,
    mode_reason: str = "",
    remote_voting: bool = False,
    second_meeting_of: AssemblyMeeting | None = None,
) -> AssemblyMeeting:
    """A meeting of the assembly in one of the modes of Art. 25bis; a second meeting (Art. 25) follows
    one whose quorum was not reached."""
    bounds.raise_problems({"date": _organ_date_problem(day)})
    problems = rules.mode_problems(mode, mode_reason, remote_voting)
    if problems:
        raise ValidationError({"mode_reason" if "§2" in problems[0] else "remote_voting": problems})
    if second_meeting_of is not None:
        if second_meeting_of.date >= day:
            raise ValidationError({"second_meeting_of": _("Art. 25: a second meeting follows the first one.")})
        if (second_meeting_of.result or {}).get("quorum_reached"):
            raise ValidationError(
                {"second_meeting_of": _("Art. 25: the first meeting reached its quorum; no second meeting is needed.")}
            )
    meeting = AssemblyMeeting(
        date=day,
        kind=kind,
        mode=mode,
        mode_reason=mode_reason.strip(),
        remote_voting=remote_voting,
        second_meeting_of=second_meeting_of,
    )
    meeting.full_clean()
    meeting.save()
    return meeting


def agenda_item_add(
    *,
    meeting: AssemblyMeeting,
    title: str,
    subject: str = AgendaSubject.OTHER,
    secret_ballot: bool = False,
    statute_text_sent_on: date | None = None,
    statute_text_exception: str = "",
) -> AgendaItem:
    """Art. 25: the convocation "moet de agenda bevatten": points are added before it is sent."""
    bounds.raise_problems({"statute_text_sent_on": _organ_date_problem(statute_text_sent_on)})
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status != MeetingStatus.PLANNED:
            raise ValidationError(
                {
                    "meeting": _(
                        "Art. 25: the agenda is in the convocation already sent; a new point needs a new meeting."
                    )
                }
            )
        position = (meeting.items.aggregate(m=models_Max("position"))["m"] or 0) + 1
        item = AgendaItem(
            meeting=meeting,
            position=position,
            title=title.strip(),
            subject=subject,
            secret_ballot=secret_ballot,
            statute_text_sent_on=statute_text_sent_on,
            statute_text_exception=statute_text_exception.strip(),
        )
        item.full_clean()
        item.save()
        return item


def assembly_meeting_convene(*, meeting: AssemblyMeeting, sent_on: date) -> AssemblyMeeting:
    """Art. 25: the convocation, with the agenda, is sent at the latest 20 days before the meeting;
    Art. 25bis §4: it states the mode (and why, for §2)."""
    bounds.raise_problems({"convocation_sent_on": _organ_date_problem(sent_on)})
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"convocation_sent_on": _("The meeting is closed.")})
        if not meeting.items.exists():
            raise ValidationError(
                {"convocation_sent_on": _('Art. 25: the convocation "moet de agenda bevatten": add the agenda first.')}
            )
        problem = rules.convocation_problem(meeting.date, sent_on)
        if problem:
            raise ValidationError({"convocation_sent_on": problem})
        meeting.convocation_sent_on = sent_on
        meeting.status = MeetingStatus.CONVENED
        meeting.save(update_fields=["convocation_sent_on", "status"])
        return meeting


def assembly_documents_record(*, meeting: AssemblyMeeting, on: date) -> str | None:
    """Art. 25: the documentation is with the members 8 days before. A later date is recorded (it is a
    fact) and flagged on the meeting, its decisions and its minutes; the answer is that flag."""
    bounds.raise_problems({"documents_available_on": _organ_date_problem(on)})
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"documents_available_on": _("The meeting is closed.")})
        meeting.documents_available_on = on
        meeting.save(update_fields=["documents_available_on"])
    return rules.documents_problem(meeting.date, on)


def assembly_attendance_record(
    *,
    meeting: AssemblyMeeting,
    assembly_member: AssemblyMember,
    presence: str,
    proxy_holder: AssemblyMember | None = None,
) -> AssemblyAttendance:
    """One line of the attendance list (Art. 25, 25bis). Refused when it breaks a rule: a way of taking
    part the mode does not allow, a proxy to someone who is not a member taking part, a second proxy
    for the same holder. Recording the holder's own attendance comes first."""
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"meeting": _("The meeting is closed: its attendance is in the minutes.")})
        members = {str(pk) for pk in selectors.assembly_members_on(meeting.date).values_list("pk", flat=True)}
        before = selectors.participations(meeting)
        after = [p for p in before if p.member != str(assembly_member.pk)]
        after.append(
            rules.Participation(str(assembly_member.pk), presence, str(proxy_holder.pk) if proxy_holder else None)
        )
        old = rules.participation_problems(meeting.mode, meeting.remote_voting, members, before)
        new = rules.participation_problems(meeting.mode, meeting.remote_voting, members, after)
        introduced = sorted(
            {text for member, texts in new.items() for text in texts if text not in old.get(member, [])}
        )
        if introduced:
            field = "proxy_holder" if any("prox" in t for t in introduced) else "presence"
            if any("not a member" in t for t in introduced):
                field = "assembly_member"
            raise ValidationError({field: introduced})
        row, _created = AssemblyAttendance.objects.update_or_create(
            meeting=meeting,
            assembly_member=assembly_member,
            defaults={"presence": presence, "proxy_holder": proxy_holder},
        )
        return row


def assembly_attendance_fill_absent(*, meeting: AssemblyMeeting) -> int:
    """Every member not on the attendance list yet is recorded absent, not represented (Art. 25bis §7 3°)."""
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"meeting": _("The meeting is closed.")})
        listed = set(meeting.attendance.values_list("assembly_member_id", flat=True))
        missing = [m for m in selectors.assembly_members_on(meeting.date).order_by("pk") if m.pk not in listed]
        for seat in missing:
            AssemblyAttendance.objects.create(meeting=meeting, assembly_member=seat, presence=Presence.ABSENT)
        return len(missing)


def _item_decision(item: AgendaItem, facts: dict) -> tuple[str, list[dict]]:
    if item.votes_for is None or item.votes_against is None:
        return Outcome.PENDING, []
    votes = rules.Votes(item.votes_for, item.votes_against, item.abstentions or 0, item.chair_vote, item.secret_ballot)
    decision = rules.decide(
        subject=item.subject,
        kind=item.meeting.kind,
        members=facts["members"],
        present_or_represented=facts["present"] + facts["represented"],
        votes=votes,
        second_meeting=facts["second_meeting"],
    )
    outcome = {True: Outcome.ADOPTED, False: Outcome.REJECTED, None: Outcome.NO_DECISION}[decision.adopted]
    reasons = list(decision.reasons)
    meeting = item.meeting
    if item.subject == AgendaSubject.STATUTES:
        late = rules.statute_text_late(meeting.date, item.statute_text_sent_on, item.statute_text_exception)
        if late:
            reasons.append(late)
    # the meeting's flags (as facts["warnings"] says them: the meeting is still convened here)
    reasons += rules.meeting_warnings(
        meeting.date, meeting.kind, meeting.convocation_sent_on, meeting.documents_available_on
    )
    return outcome, [r.to_json() for r in reasons]


def agenda_item_votes_record(
    *, item: AgendaItem, votes_for: int, votes_against: int, abstentions: int = 0, chair_vote: str = ""
) -> AgendaItem:
    """The votes on one point, and the decision the statutes give them (``rules.decide``)."""
    bounds.raise_problems(
        {
            "votes_for": bounds.number_problem(votes_for, low=0, high=bounds.MAX_COUNT),
            "votes_against": bounds.number_problem(votes_against, low=0, high=bounds.MAX_COUNT),
            "abstentions": bounds.number_problem(abstentions, low=0, high=bounds.MAX_COUNT),
        }
    )
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=item.meeting_id)
        if meeting.status != MeetingStatus.CONVENED:
            raise ValidationError({"votes_for": _("Votes are recorded on a convened meeting that is not closed yet.")})
        item = AgendaItem.objects.select_for_update().select_related("meeting").get(pk=item.pk)
        facts = selectors.assembly_meeting_facts(meeting)
        voters = facts["present"] + facts["represented"]
        if votes_for + votes_against + abstentions > voters:
            raise ValidationError(
                {
                    "votes_for": _(
                        'Art. 25: one vote per member ("beschikt slechts over één stem"): %(votes)s votes, but '
                        "%(voters)s members present or represented on the attendance list."
                    )
                    % {"votes": votes_for + votes_against + abstentions, "voters": voters}
                }
            )
        if chair_vote and (item.secret_ballot or votes_for != votes_against):
            chair_vote = ""  # Art. 25: the chair's vote only breaks a tie, never in a secret vote
        item.votes_for, item.votes_against, item.abstentions, item.chair_vote = (
            votes_for,
            votes_against,
            abstentions,
            chair_vote,
        )
        item.outcome, item.reasons = _item_decision(item, facts)
        item.save(update_fields=["votes_for", "votes_against", "abstentions", "chair_vote", "outcome", "reasons"])
        return item


def assembly_meeting_close(*, meeting: AssemblyMeeting, user=None) -> AssemblyMeeting:
    """The meeting is over: its attendance and figures are fixed for the minutes (Art. 25bis §7) and
    every decision is computed again from the final attendance list."""
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status != MeetingStatus.CONVENED:
            raise ValidationError({"status": _("Art. 25: only a convened meeting is held and closed.")})
        items = list(meeting.items.select_for_update().order_by("position"))
        missing = [str(i.position) for i in items if i.votes_for is None or i.votes_against is None]
        if missing:
            raise ValidationError(
                {
                    "status": _("Record the votes on every point first (points %(points)s).")
                    % {"points": ", ".join(missing)}
                }
            )
        facts = selectors.assembly_meeting_facts(meeting)
        for item in items:
            item.meeting = meeting
            item.outcome, item.reasons = _item_decision(item, facts)
            item.save(update_fields=["outcome", "reasons"])
        meeting.result = facts
        meeting.status = MeetingStatus.CLOSED
        meeting.closed_at = timezone.now()
        meeting.closed_by = user if getattr(user, "is_authenticated", False) else None
        meeting.save(update_fields=["result", "status", "closed_at", "closed_by"])
        return meeting


# --- Art. 31–34: directors ---------------------------------------------------------------------------------


def _board_size_check(start: date) -> None:
    problem = rules.board_addition_problem(
        selectors.directors_on(start).count(), selectors.assembly_members_on(start).count()
    )
    if problem:
        raise ValidationError({"mandate_start": problem})


def director_elect(
    *,
    name: str,
    mandate_start: date,
    mandate_end: date | None = None,
    member: Member | None = None,
    assembly_member: AssemblyMember | None = None,
    elected_at: AssemblyMeeting | None = None,
) -> Director:
    """Art. 32: a director elected by the assembly for at most six years; Art. 31: at most 22, at most
    half the assembly."""
    bounds.raise_problems(
        {"mandate_start": _organ_date_problem(mandate_start), "mandate_end": _organ_date_problem(mandate_end)}
    )
    if not name.strip():
        raise ValidationError({"name": _("Give the director's name.")})
    mandate_end = mandate_end or rules.mandate_last_day(mandate_start)
    problems = rules.mandate_problems(mandate_start, mandate_end)
    if problems:
        raise ValidationError({"mandate_end": problems})
    with transaction.atomic():
        list(Director.objects.select_for_update().filter(ended_on__isnull=True).order_by("pk"))
        _board_size_check(mandate_start)
        director = Director(
            name=name.strip(),
            member=member,
            assembly_member=assembly_member,
            elected_at=elected_at,
            mandate_start=mandate_start,
            mandate_end=mandate_end,
        )
        director.full_clean()
        director.save()
        return director


#: Art. 33: "Een ontslagen, ontslagnemende of overleden bestuurder kan worden vervangen": every end but
#: the mandate running out (then a new director is elected for a new mandate).
REPLACEABLE_ENDS = frozenset(DirectorEnd.values) - {DirectorEnd.MANDATE_EXPIRED}


def director_replace(
    *,
    predecessor: Director,
    name: str,
    elected_on: date,
    member: Member | None = None,
    assembly_member: AssemblyMember | None = None,
    elected_at: AssemblyMeeting | None = None,
) -> Director:
    """Art. 33: the director elected in replacement "beëindigt het mandaat van de bestuurder die hij
    vervangt": his mandate runs from his election to the predecessor's last day. (The statutes say
    "op de volgende Algemene Vergadering"; a later assembly is not refused: the secretariat may not
    have had a candidate in time.)"""
    bounds.raise_problems({"mandate_start": _organ_date_problem(elected_on)})
    if not name.strip():
        raise ValidationError({"name": _("Give the director's name.")})
    with transaction.atomic():
        predecessor = Director.objects.select_for_update().get(pk=predecessor.pk)
        if predecessor.ended_on is None:
            raise ValidationError(
                {
                    "replaces": _(
                        "Art. 33: only a director who resigned, was dismissed or died is replaced; "
                        "this one is in office."
                    )
                }
            )
        if predecessor.end_reason not in REPLACEABLE_ENDS:
            raise ValidationError({"replaces": _("Art. 33: the mandate ran out; elect a new director (Art. 32).")})
        if Director.objects.filter(replaces=predecessor).exists():
            raise ValidationError({"replaces": _("Art. 33: this director has been replaced already.")})
        if elected_on < predecessor.ended_on:
            raise ValidationError(
                {
                    "mandate_start": _("Art. 33: the replacement is elected after the seat fell vacant (%(day)s).")
                    % {"day": f"{predecessor.ended_on:%d/%m/%Y}"}
                }
            )
        try:
            start, end = rules.replacement_mandate(predecessor.mandate_end, elected_on)
        except ValueError as exc:
            raise ValidationError({"mandate_start": str(exc)}) from exc
        _board_size_check(start)
        director = Director(
            name=name.strip(),
            member=member,
            assembly_member=assembly_member,
            elected_at=elected_at,
            mandate_start=start,
            mandate_end=end,
            replaces=predecessor,
        )
        director.full_clean()
        director.save()
        return director


def _director_close(director: Director, on: date, reason: str, note: str) -> Director:
    director.ended_on, director.end_reason, director.end_note = on, reason, note[:300]
    director.save(update_fields=["ended_on", "end_reason", "end_note"])
    return director


def director_end(*, director: Director, on: date, reason: str, note: str = "") -> Director:
    """A mandate ends (Art. 33: resignation, removal, exclusion, death, dismissal as staff …)."""
    bounds.raise_problems({"ended_on": _organ_date_problem(on)})
    if reason not in DirectorEnd.values:
        raise ValidationError({"end_reason": _("Choose why the mandate ends.")})
    with transaction.atomic():
        director = Director.objects.select_for_update().get(pk=director.pk)
        if director.ended_on:
            raise ValidationError(
                {"ended_on": _("The mandate ended on %(day)s already.") % {"day": f"{director.ended_on:%d/%m/%Y}"}}
            )
        if on < director.mandate_start:
            raise ValidationError({"ended_on": _("Before the mandate started.")})
        return _director_close(director, on, reason, note.strip() or str(DirectorEnd(reason).label))


def board_meeting_plan(*, day: date, mode: str = MeetingMode.PHYSICAL, note: str = "") -> BoardMeeting:
    bounds.raise_problems({"date": _organ_date_problem(day)})
    if BoardMeeting.objects.filter(date=day).exists():
        raise ValidationError({"date": _("The board meets once on a day: this meeting exists.")})
    meeting = BoardMeeting(date=day, mode=mode, note=note.strip())
    meeting.full_clean()
    meeting.save()
    return meeting


def board_attendance_record(
    *, meeting: BoardMeeting, director: Director, presence: str, reason: str = "", proxy_holder: Director | None = None
) -> BoardAttendance:
    """One director's attendance at a board meeting (Art. 33, 34, 38). An absence is excused only with
    its motivated reason; a proxy goes to another director at the meeting, who carries one at most
    (Art. 34); no proxy in a written consultation (Art. 38 §3). Then Art. 33 is applied to him."""
    with transaction.atomic():
        meeting = BoardMeeting.objects.select_for_update().get(pk=meeting.pk)
        in_office = selectors.directors_on(meeting.date)
        if not in_office.filter(pk=director.pk).exists():
            raise ValidationError({"director": _("Not a director in office on the day of the meeting.")})
        if presence == BoardPresence.EXCUSED and not reason.strip():
            raise ValidationError(
                {"reason": _('Art. 33: an absence is excused with its motivated reason ("gemotiveerde reden").')}
            )
        if presence == BoardPresence.REPRESENTED:
            if meeting.mode == MeetingMode.WRITTEN:
                raise ValidationError({"presence": _("Art. 38 §3: no proxies in a written consultation.")})
            if proxy_holder is None or proxy_holder.pk == director.pk:
                raise ValidationError({"proxy_holder": _("Art. 34: a director is represented by another director.")})
            if not in_office.filter(pk=proxy_holder.pk).exists():
                raise ValidationError({"proxy_holder": _("Art. 34: the proxy holder is a director in office.")})
            holder_row = meeting.attendance.filter(director=proxy_holder).first()
            if holder_row is None or holder_row.presence not in (BoardPresence.PRESENT, BoardPresence.VIDEO):
                raise ValidationError(
                    {
                        "proxy_holder": _(
                            "Art. 34: the proxy holder takes part in the meeting: record his attendance first."
                        )
                    }
                )
            carried = meeting.attendance.filter(proxy_holder=proxy_holder).exclude(director=director).count()
            if carried >= rules.MAX_PROXIES_PER_HOLDER:
                raise ValidationError(
                    {"proxy_holder": _('Art. 34: "een bestuurder slechts drager kan zijn van één volmacht".')}
                )
        elif proxy_holder is not None:
            raise ValidationError({"proxy_holder": _("Only a represented director names a proxy holder.")})
        if (
            presence not in (BoardPresence.PRESENT, BoardPresence.VIDEO)
            and meeting.attendance.filter(proxy_holder=director).exists()
        ):
            raise ValidationError(
                {"presence": _("Art. 34: this director carries a proxy at this meeting and takes part in it.")}
            )
        row, _created = BoardAttendance.objects.update_or_create(
            meeting=meeting,
            director=director,
            defaults={"presence": presence, "reason": reason.strip()[:250], "proxy_holder": proxy_holder},
        )
    deemed_resignation_apply(director=director)
    return row


def deemed_resignation_apply(*, director: Director) -> Director | None:
    """Art. 33: "Een bestuurder die twee opeenvolgende keren afwezig is zonder gemotiveerde reden, wordt
    beschouwd als ontslagnemend": his mandate ends on the day of the second meeting. Idempotent."""
    with transaction.atomic():
        director = Director.objects.select_for_update().get(pk=director.pk)
        if director.ended_on:
            return None
        meetings = BoardMeeting.objects.filter(
            date__gte=director.mandate_start, date__lte=director.mandate_end
        ).order_by("date")
        recorded = dict(BoardAttendance.objects.filter(director=director).values_list("meeting_id", "presence"))
        found = rules.deemed_resignation([(m.date, recorded.get(m.pk)) for m in meetings])
        if found is None:
            return None
        first, second = found
        return _director_close(
            director,
            second,
            DirectorEnd.DEEMED_RESIGNED,
            f"Art. 33: absent without a motivated reason at two consecutive board meetings "
            f'({first:%d/%m/%Y}, {second:%d/%m/%Y}): deemed to resign ("wordt beschouwd als ontslagnemend")',
        )


def board_article33_run(*, on: date, director_ids: list[int] | None = None) -> dict:
    """Art. 32–33 for every director in office (or those of ``director_ids``): two consecutive unexcused
    absences, and the end of a mandate that ran out before ``on``. Safe to run again (nightly or from
    the admin)."""
    counts = {"deemed_resigned": 0, "mandate_expired": 0}
    scope = Director.objects.filter(ended_on__isnull=True)
    if director_ids is not None:
        scope = scope.filter(pk__in=director_ids)
    for director in scope.order_by("pk"):
        if deemed_resignation_apply(director=director):
            counts["deemed_resigned"] += 1
    with transaction.atomic():
        for director in scope.select_for_update().filter(ended_on__isnull=True, mandate_end__lt=on).order_by("pk"):
            _director_close(
                director,
                director.mandate_end,
                DirectorEnd.MANDATE_EXPIRED,
                f'Art. 32: the mandate ran out on {director.mandate_end:%d/%m/%Y} ("maximaal zes jaar")',
            )
            counts["mandate_expired"] += 1
    return counts


def assembly_meeting_incidents_record(*, meeting: AssemblyMeeting, text: str) -> AssemblyMeeting:
    """Art. 25bis §7 5°: the technical problems and incidents, for the minutes (until the close)."""
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=meeting.pk)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"technical_incidents": _("The meeting is closed: its minutes are fixed.")})
        meeting.technical_incidents = text.strip()
        meeting.save(update_fields=["technical_incidents"])
        return meeting


def agenda_item_discussion_record(*, item: AgendaItem, text: str) -> AgendaItem:
    """Art. 25bis §7: the questions, remarks and answers on a point, for the minutes (until the close)."""
    with transaction.atomic():
        meeting = AssemblyMeeting.objects.select_for_update().get(pk=item.meeting_id)
        if meeting.status == MeetingStatus.CLOSED:
            raise ValidationError({"discussion": _("The meeting is closed: its minutes are fixed.")})
        item = AgendaItem.objects.select_for_update().get(pk=item.pk)
        item.discussion = text.strip()
        item.save(update_fields=["discussion"])
        return item
