"""The voter roll's rebuild is one audit entry with its counts, not one entry per voter (issue #16)."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from benefits.tests.test_services import paid_up_member
from core import audit
from elections import services
from elections.models import VoterRollEntry
from elections.tests.test_services import election, members  # noqa: F401
from members.models import Member

pytestmark = pytest.mark.django_db


def _roll_entries(of):
    return LogEntry.objects.get_for_object(of).filter(additional_data__has_key="rebuild").order_by("pk")


def test_roll_rebuild_writes_one_entry_with_counts(election, make_user):  # noqa: F811
    # given a roll of three voters
    people = members(3)
    services.call_publish(election=election, on=date(2027, 9, 15))
    voter_type = ContentType.objects.get_for_model(VoterRollEntry)
    bureau = make_user("election_bureau")
    before_entries = LogEntry.objects.count()

    assert services.roll_generate(election=election, user=bureau) == 3

    # then one entry, on the election, with the counts; none per voter
    assert LogEntry.objects.count() == before_entries + 1
    assert not LogEntry.objects.filter(content_type=voter_type).exists()
    [first] = _roll_entries(election)
    assert first.actor == bureau
    assert first.additional_data["rebuild"]["counts"] == {"added": 3, "removed": 0, "kept": 3 - 3}
    kept_pk = election.voters.get(member=people[1]).pk

    # when one voter leaves the fund before the closing day, one is renamed and a new one is in order
    Member.objects.filter(pk=people[0].pk).update(affiliation_end=date(2027, 3, 31))
    Member.objects.filter(pk=people[1].pk).update(last_name="Hernoemd")
    newcomer = paid_up_member(through="2027-06", birth=date(1990, 5, 5), last_name="Nieuwkomer")
    assert services.roll_generate(election=election) == 3

    # then again one entry: 1 added, 1 removed, 2 kept (the kept row keeps its id and gets the new name)
    assert not LogEntry.objects.filter(content_type=voter_type).exists()
    second = _roll_entries(election).last()
    assert second.additional_data["rebuild"]["counts"] == {"added": 1, "removed": 1, "kept": 2}
    assert second.additional_data["action"] == "elections.roll_generate"
    assert set(election.voters.values_list("member_id", flat=True)) == {people[1].pk, people[2].pk, newcomer.pk}
    renamed = election.voters.get(member=people[1])
    assert renamed.pk == kept_pk and renamed.last_name == "Hernoemd"

    # and the audit trail reads it as one row with the counts
    [row] = audit.readable_changes(second)
    assert row.old == "3" and "1" in row.new and "2" in row.new
