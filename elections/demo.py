"""A demo General Assembly election in preparation: call published, roll generated, candidacies in
(one refused). A demo fund of 60 households would get no seat under Art. 9 (one per 1,000
titulars), so the demo election's seats are set by hand."""

from __future__ import annotations

from datetime import date

from elections import services
from elections.models import Election, ElectionKind
from members.models import HouseholdStatus, Member


def seed(*, today: date, stdout=None) -> int:
    if Election.objects.exists():
        if stdout:
            stdout.write("elections: demo election already present, left as is")
        return 0
    year = today.year + 2 if today > date(today.year, 10, 31) else today.year + 1
    election = Election.objects.create(kind=ElectionKind.ASSEMBLY, year=year, seats=5,
                                       titular_members=services.titulars_on(date(year - 1, 6, 30)))
    services.call_publish(election=election, on=today)
    voters = services.roll_generate(election=election)
    in_order = HouseholdStatus.objects.filter(status="entitled").values("household_id")
    people = list(Member.objects.filter(household_id__in=in_order, role="titular").order_by("pk")[:7])
    for member in people:
        services.candidacy_file(election=election, member=member, filed_on=today)
    if stdout:
        stdout.write(f"elections: {election} — roll of {voters} voters, {len(people)} candidacies")
    return 1
