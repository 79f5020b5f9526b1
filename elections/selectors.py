"""Reads of the elections app: the statutory calendar of an election, the facts Art. 11 judges, the
members of the organs on a day and the figures of a meeting (STYLE: fetch here, then let
``elections.rules`` decide; the writes are in ``elections.services``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.months import Month
from core.reasons import render
from elections import rules
from elections.models import (
    AssemblyMeeting,
    AssemblyMember,
    BoardMeeting,
    BoardPresence,
    Candidate,
    Director,
    Election,
    Emancipation,
    MeetingStatus,
    Presence,
)
from members import rules as member_rules
from members import selectors as member_selectors
from members.models import Member, Role


def titulars_on(day: date) -> int:
    """Titular members affiliated on ``day`` (Art. 9: on 30 June of the year before)."""
    return (
        Member.objects.filter(role=Role.TITULAR, affiliation_start__lte=day)
        .filter(Q(affiliation_end__isnull=True) | Q(affiliation_end__gte=day))
        .count()
    )


def deadlines(election: Election) -> list[rules.Deadline]:
    found = rules.calendar(election.year, publication=election.list_published_on, election_day=election.election_day)
    if (election.result or {}).get("automatic") and election.counted_on and not election.election_day:
        # Art. 22: without a vote (Art. 21), 15 days after it was established that none is needed
        found.insert(
            -1,
            rules.Deadline(
                "results",
                "Art. 22",
                "results published (within 15 days of establishing that no vote is needed)",
                latest=rules.results_publication_deadline(election.counted_on),
            ),
        )
    return found


def next_deadline(election: Election, today: date) -> rules.Deadline | None:
    upcoming = [d for d in deadlines(election) if d.latest and d.latest >= today]
    # upcoming keeps only deadlines with a latest day
    return min(upcoming, key=lambda d: d.latest) if upcoming else None  # type: ignore[arg-type, return-value]


def deadline(election: Election, key: str) -> rules.Deadline:
    return next(d for d in deadlines(election) if d.key == key)


def person_facts(
    member: Member, on: date, entitlement_cache: dict | None = None, *, candidate: Candidate | None = None
) -> rules.PersonFacts:
    """The facts Art. 11 judges: entitlement (Art. 8), the recorded emancipation (Art. 11.1) and,
    for a candidacy, the Art. 11.2 facts recorded on it with their source."""
    result = member_selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(on), as_of=on)[member.pk]
    in_order = result.status is member_rules.Status.ENTITLED
    emancipation = Emancipation.objects.filter(member=member).first()
    emancipated_on = emancipation.emancipated_on if emancipation else None
    recorded: tuple[rules.RecordedFact, ...] = ()
    if candidate is not None and candidate.pk:
        recorded = tuple(
            rules.RecordedFact(
                f.kind,
                f.holds,
                f"{f.get_source_display()}{', ' + f.reference if f.reference else ''}",
                f.early_retirement,
            )
            for f in candidate.facts.order_by("kind")
        )
    return rules.PersonFacts(
        birth_date=member.birth_date,
        emancipated=emancipated_on is not None and emancipated_on <= on,
        household_in_order=in_order,
        affiliated_since=member.affiliation_start,
        fund_staff=member.is_fund_staff,
        emancipated_on=emancipated_on,
        recorded=recorded,
    )


def voter_explanation(*, election: Election, member: Member) -> list[str]:
    """Why a member is or is not on the roll (Art. 11.1)."""
    day = election.roll_closed_on or timezone.localdate()
    problems = [render(p) for p in rules.voter_problems(person_facts(member, day), day)]
    return problems or [_("Art. 11.1: adult, affiliated and in order on the closing date: on the roll.")]


def candidate_problems(
    election: Election, member: Member, filed_on: date, candidate: Candidate | None = None
) -> list[dict]:
    election_day = election.election_day or rules.provisional_election_day(election.year)
    roll_day = election.roll_closed_on or filed_on
    problems = rules.candidate_problems(person_facts(member, roll_day, candidate=candidate), election_day, roll_day)
    return [p.to_json() for p in problems]  # stored as data (issue #16): shown with ``problems_text``


def problems_text(problems: list, motivation: str = "") -> str:
    """A candidacy's eligibility problems (stored reasons; text for one stored before) and the board's own
    motivation, in the active language, separated by "; "."""
    return "; ".join(p for p in [*(render(p) for p in problems), motivation.strip()] if p)


def assembly_members_on(day: date):
    """The voting members of the assembly on ``day`` (mandate running, not left)."""
    return AssemblyMember.objects.filter(mandate_start__lte=day, mandate_end__gte=day).filter(
        Q(left_on__isnull=True) | Q(left_on__gt=day)
    )


def participations(meeting: AssemblyMeeting) -> list[rules.Participation]:
    return [
        rules.Participation(
            str(a.assembly_member_id), a.presence, str(a.proxy_holder_id) if a.proxy_holder_id else None
        )
        for a in meeting.attendance.all()
    ]


def assembly_meeting_facts(meeting: AssemblyMeeting) -> dict:
    """The figures of Art. 25bis §7 and the quorum, from the attendance list (or, once closed, as
    they were recorded at the close)."""
    if meeting.status == MeetingStatus.CLOSED and meeting.result:
        return meeting.result
    members = list(assembly_members_on(meeting.date).select_related("member"))
    rows = {
        a.assembly_member_id: a
        for a in meeting.attendance.select_related("assembly_member__member", "proxy_holder__member")
    }
    by_presence: dict[str, list[str]] = {p: [] for p in Presence.values}
    proxies = []
    for seat in members:
        row = rows.get(seat.pk)
        presence = row.presence if row else Presence.ABSENT
        by_presence[presence].append(str(seat))
        if row and row.presence == Presence.REPRESENTED:
            proxies.append([str(seat), str(row.proxy_holder)])
    present = sum(len(by_presence[p]) for p in rules.COUNTED_PRESENT)
    represented = len(by_presence[Presence.REPRESENTED])
    second = meeting.second_meeting_of_id is not None
    warnings = [
        str(w)
        for w in rules.meeting_warnings(
            meeting.date, meeting.kind, meeting.convocation_sent_on, meeting.documents_available_on
        )
    ]
    return {
        "members": len(members),
        "present": present,
        "represented": represented,
        "quorum_needed": rules.quorum_needed(len(members)),
        "quorum_reached": rules.quorum_reached(len(members), present + represented),
        "second_meeting": second,
        "names": by_presence,
        "counts": {p: len(names) for p, names in by_presence.items()},
        "proxies": proxies,
        "warnings": warnings,
    }


def directors_on(day: date):
    return Director.objects.filter(mandate_start__lte=day, mandate_end__gte=day).filter(
        Q(ended_on__isnull=True) | Q(ended_on__gt=day)
    )


def board_meeting_facts(meeting: BoardMeeting) -> dict:
    """Art. 34: the quorum of a board meeting: half of the directors present and represented."""
    in_office = directors_on(meeting.date).count()
    rows = list(meeting.attendance.values_list("presence", flat=True))
    present = sum(1 for p in rows if p in rules.BOARD_COUNTED_PRESENT)
    represented = sum(1 for p in rows if p == BoardPresence.REPRESENTED)
    return {
        "directors": in_office,
        "present": present,
        "represented": represented,
        "quorum_reached": rules.board_quorum_reached(in_office, present + represented),
        "not_recorded": in_office - len(rows),
    }


# --- the member page's panel (read here, rendered by elections.admin) ------------------------------------


@dataclass(frozen=True)
class ElectoralFacts:
    """What the member page shows for elections: the recorded emancipation (Art. 11.1) and the latest
    candidacies (each with its election)."""

    emancipation: Emancipation | None
    candidacies: tuple[Candidate, ...]


def electoral_facts_for_member(*, member_ids: Collection[int], candidacies: int = 5) -> dict[int, ElectoralFacts]:
    """Per member id: the emancipation (Art. 11.1) and the ``candidacies`` latest candidacies, newest
    election first; two queries."""
    member_ids = set(member_ids)
    emancipations = {e.member_id: e for e in Emancipation.objects.filter(member_id__in=member_ids)}
    latest: dict[int, list[Candidate]] = defaultdict(list)
    for candidate in (
        Candidate.objects.filter(member_id__in=member_ids)
        .select_related("election")
        .order_by("member_id", "-election__year")
    ):
        if len(latest[candidate.member_id]) < candidacies:
            latest[candidate.member_id].append(candidate)
    return {
        member_id: ElectoralFacts(emancipations.get(member_id), tuple(latest[member_id])) for member_id in member_ids
    }
