"""``selectors.entitlements_for``: the one batch-first way other apps ask Art. 8 (issue #14).

Each case is judged the old way too (``member_entitlement``, with ``NotAffiliated`` caught as every
caller did) and must give the same answer; "not affiliated" is a status, never an exception."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.months import Month, month_range
from members import rules, selectors, services
from members.tests.factories import add_dependent, household_with_titular

pytestmark = pytest.mark.django_db
M = Month.parse
AS_OF = date(2026, 6, 20)


def _pay(household, first, last):
    months = list(month_range(M(first), M(last)))
    services.payment_record(
        household=household, amount=Decimal("10.00") * len(months), paid_on=months[0].first_day, months=months
    )


def _old(member, on, as_of):
    try:
        return selectors.member_entitlement(member, on, as_of)
    except rules.NotAffiliated as exc:
        return rules.not_affiliated(Month.of(on), str(exc))


def _in_order():
    household, titular = household_with_titular(start=date(2026, 1, 1))
    _pay(household, "2026-01", "2026-06")
    return titular


def _suspended():
    return household_with_titular(start=date(2026, 1, 1))[1]


def _before_start():
    household, _titular = household_with_titular(start=date(2026, 1, 1))
    return add_dependent(household, start=date(2026, 9, 1))  # "aangesloten" only from 09/2026 (Art. 6)


def _after_end():
    return household_with_titular(start=date(2025, 1, 1), affiliation_end=date(2026, 2, 28))[1]


def _unknown_months():
    # a titular since 2024 under no contribution table before 2026: 2024–2025 are unknown (Art. 8 §2)
    household, titular = household_with_titular(start=date(2024, 7, 1))
    _pay(household, "2026-01", "2026-06")
    return titular


@pytest.mark.parametrize(
    "make, status",
    [
        pytest.param(_in_order, "entitled", id="in orde"),
        pytest.param(_suspended, "suspended", id="geschorst"),
        pytest.param(_before_start, "not_affiliated", id="niet aangesloten: voor de aansluiting"),
        pytest.param(_after_end, "not_affiliated", id="niet aangesloten: na het einde"),
        pytest.param(_unknown_months, "suspended", id="onbekende maanden"),
    ],
)
def test_entitlements_for_gives_what_the_old_path_gave(table_2026, make, status):
    member = make()
    on = date(2026, 6, 5)
    got = selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(on), as_of=AS_OF)
    assert got == {member.pk: _old(member, on, AS_OF)}
    assert got[member.pk].status.value == status
    if status == "not_affiliated":
        assert "not affiliated in 2026-06" in got[member.pk].reason
        assert "Art. 6" in got[member.pk].reason


def test_after_end_names_the_affiliation_dates(table_2026):
    member = _after_end()
    got = selectors.entitlements_for(household_ids=[member.household_id], event_month=M("2026-06"), as_of=AS_OF)
    assert got[member.household_id].reason == "not affiliated in 2026-06 (affiliation 2025-01–2026-02, Art. 6)"


def test_unknown_months_are_listed(table_2026):
    member = _unknown_months()
    got = selectors.entitlements_for(member_ids=[member.pk], event_month=M("2026-06"), as_of=AS_OF)[member.pk]
    assert [str(m) for m in got.unknown][:2] == ["2024-07", "2024-08"]


def test_by_household_judges_the_titular_and_a_household_without_titular_is_not_affiliated(table_2026):
    titular = _suspended()
    empty = services.household_create(city="Gent", postal_code="9000")
    got = selectors.entitlements_for(
        household_ids=[titular.household_id, empty.pk], event_month=M("2026-06"), as_of=AS_OF
    )
    assert got[titular.household_id] == _old(titular, date(2026, 6, 1), AS_OF)
    assert got[empty.pk].status is rules.Status.NOT_AFFILIATED
    assert got[empty.pk].reason == f"household {empty.pk} has no titular"


def test_exactly_one_id_set():
    with pytest.raises(TypeError):
        selectors.entitlements_for(event_month=M("2026-06"), as_of=AS_OF)
    with pytest.raises(TypeError):
        selectors.entitlements_for(member_ids=[1], household_ids=[1], event_month=M("2026-06"), as_of=AS_OF)


@pytest.mark.parametrize("by", ["member_ids", "household_ids"])
def test_a_fixed_number_of_queries_whatever_the_number_of_ids(table_2026, by):
    makers = [_in_order, _suspended, _before_start, _after_end, _unknown_months, _suspended]
    members = [make() for make in makers]

    def count(chosen):
        ids = [m.pk if by == "member_ids" else m.household_id for m in chosen]
        with CaptureQueriesContext(connection) as queries:
            result = selectors.entitlements_for(**{by: ids}, event_month=M("2026-06"), as_of=AS_OF)
        assert set(result) == set(ids)
        return len(queries)

    two, six = count(members[:2]), count(members)
    assert two == six
    assert six <= 10


def test_events_judge_each_member_in_its_own_month_in_a_fixed_number_of_queries(table_2026):
    late_joiner = _before_start()  # affiliated from 09/2026
    payer = _in_order()
    months = [M("2026-06"), M("2026-09")]
    events = [(late_joiner.pk, m) for m in months] + [(payer.pk, M("2026-03"))]
    with CaptureQueriesContext(connection) as few:
        selectors.entitlements_for_events(events=events[:1], as_of=AS_OF)
    with CaptureQueriesContext(connection) as many:
        got = selectors.entitlements_for_events(events=events, as_of=AS_OF)
    assert len(few) == len(many)
    assert got[(late_joiner.pk, M("2026-06"))].status is rules.Status.NOT_AFFILIATED
    assert got[(late_joiner.pk, M("2026-09"))] == _old(late_joiner, date(2026, 9, 1), AS_OF)
    assert got[(late_joiner.pk, M("2026-09"))].status is not rules.Status.NOT_AFFILIATED
    assert got[(payer.pk, M("2026-03"))] == _old(payer, date(2026, 3, 1), AS_OF)
