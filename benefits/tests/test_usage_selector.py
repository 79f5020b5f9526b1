"""The member page's benefits panel reads ``selectors.benefit_usage_for_member`` (issue #14): each member
of a batch gets what ``benefit_usage`` gives it alone, in the same number of queries for one or many."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from benefits import selectors, services
from benefits.tests.test_services import catalogue, paid_up_member  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def test_benefit_usage_for_member_per_member_in_a_fixed_number_of_queries(catalogue):  # noqa: F811
    walker, other, idle = (paid_up_member(last_name=name) for name in ("Peeters", "Maes", "Claes"))
    services.claim_file(
        member=walker, benefit="foot_care", event_date=date(2026, 2, 1), quantity=3, evidence=["invoice"]
    )
    services.claim_file(
        member=other, benefit="foot_care", event_date=date(2026, 3, 1), quantity=1, evidence=["invoice"]
    )
    catalogue_rows = selectors.Catalogue.load()

    def usage(ids):
        with CaptureQueriesContext(connection) as queries:
            result = selectors.benefit_usage_for_member(member_ids=ids, year=2026, catalogue=catalogue_rows)
        return result, len(queries)

    one, few = usage([walker.pk])
    three, many = usage([walker.pk, other.pk, idle.pk])
    assert few == many == 2
    assert one[walker.pk] == three[walker.pk] == selectors.benefit_usage(walker, 2026)
    foot = {m: next(r for r in three[m] if r["benefit"] == "foot_care") for m in three}
    # Art. 44: €10 per treatment, at most 4 a calendar year
    assert (foot[walker.pk]["used_units"], foot[walker.pk]["remaining_units"]) == (3, 1)
    assert (foot[other.pk]["used_units"], foot[other.pk]["remaining_units"]) == (1, 3)
    assert (foot[idle.pk]["used_units"], foot[idle.pk]["remaining_units"]) == (0, 4)
