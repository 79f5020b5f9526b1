"""The population generator used by the benchmarks makes valid, judgeable data."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from members import rules, services
from members.models import ContributionDue, Household, Member

pytestmark = pytest.mark.django_db


def test_generate_population_makes_valid_households(table_2026):
    call_command("generate_population", "--households", "40", stdout=StringIO())
    assert Household.objects.count() == 40
    for member in Member.objects.all()[:60]:
        parsed = rules.parse_national_number(member.national_number)
        assert parsed.birth_date == member.birth_date
    assert ContributionDue.objects.exists()
    counts = services.statuses_refresh(as_of=date(2026, 11, 23))
    assert counts["entitled"] + counts["suspended"] + counts["revoked"] + counts["not_affiliated"] == 40
