"""The member page's elections panel reads ``selectors.electoral_facts_for_member`` (issue #14)."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from elections import selectors, services
from elections.models import Election, ElectionKind
from elections.tests.test_services import members
from members.tests.factories import add_dependent

pytestmark = pytest.mark.django_db


def test_electoral_facts_for_member_gives_each_member_its_emancipation_and_latest_candidacies(table_2026):
    titular, other = members(2)
    daughter = add_dependent(titular.household, birth=date(2010, 3, 1), gender="F")
    emancipation = services.emancipation_record(
        member=daughter, emancipated_on=date(2026, 5, 2), ground="court", proof="Jeugdrechtbank Gent, 02/05/2026"
    )
    elections = [Election.objects.create(kind=ElectionKind.ASSEMBLY, year=year, seats=2) for year in range(2020, 2027)]
    candidacies = {e.year: e.candidates.create(member=titular, filed_on=date(e.year - 1, 11, 20)) for e in elections}

    with CaptureQueriesContext(connection) as queries:
        facts = selectors.electoral_facts_for_member(member_ids=[titular.pk, other.pk, daughter.pk])

    assert len(queries) == 2
    assert facts[daughter.pk] == selectors.ElectoralFacts(emancipation, ())
    assert facts[other.pk] == selectors.ElectoralFacts(None, ())
    assert facts[titular.pk].emancipation is None
    assert [c.pk for c in facts[titular.pk].candidacies] == [candidacies[y].pk for y in (2026, 2025, 2024, 2023, 2022)]
