from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from core.months import Month, month_range
from members import selectors, services
from members.models import (
    ContributionDue,
    HouseholdStatus,
    Member,
    Payment,
    StatusChange,
)
from members.tests.factories import add_dependent, household_with_titular


def _entitlement(member, on, as_of):
    """The member's Art. 8 status for the month of ``on`` through the public interface."""
    return selectors.entitlements_for(member_ids=[member.pk], event_month=Month.of(on), as_of=as_of)[member.pk]


pytestmark = pytest.mark.django_db
M = Month.parse


def test_member_with_bad_national_number_is_refused_and_nothing_is_stored(table_2026):
    household, _ = household_with_titular()
    with pytest.raises(ValidationError) as error:
        services.member_create(
            national_number="85073003329",
            first_name="A",
            last_name="B",
            birth_date=date(1985, 7, 30),
            gender="M",
            household=household,
            role="dependent",
            affiliation_start=date(2026, 1, 1),
        )
    assert "national_number" in error.value.message_dict
    assert household.members.count() == 1


def test_member_birth_date_must_match_national_number(table_2026):
    household, _ = household_with_titular()
    with pytest.raises(ValidationError) as error:
        services.member_create(
            national_number="85073003328",
            first_name="A",
            last_name="B",
            birth_date=date(1985, 7, 31),
            gender="M",
            household=household,
            role="dependent",
            affiliation_start=date(2026, 1, 1),
        )
    assert "birth_date" in error.value.message_dict


def test_second_active_titular_is_refused(table_2026):
    household, _ = household_with_titular()
    with pytest.raises(ValidationError):
        services.member_create(
            national_number="85073003328",
            first_name="A",
            last_name="B",
            birth_date=date(1985, 7, 30),
            gender="M",
            household=household,
            role="titular",
            affiliation_start=date(2026, 1, 1),
        )


def test_dues_follow_the_table_and_booking_is_idempotent(table_2026):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    add_dependent(household)  # dues are per household, not per person (Art. 42.2)
    assert services.dues_book(through=M("2026-06")) == 6
    assert services.dues_book(through=M("2026-06")) == 0
    dues = ContributionDue.objects.filter(household=household)
    assert dues.count() == 6
    assert {d.amount for d in dues} == {Decimal("10.00")}


def test_dues_book_reads_only_the_households_whose_last_month_is_not_booked(table_2026):
    # issue #18: a household booked through its last month (``through``, or the month its affiliation
    # ends) is not read again; the others book exactly what they did before
    running, _ = household_with_titular(start=date(2026, 1, 1))
    ended, titular = household_with_titular(start=date(2026, 1, 1), last_name="Claes")
    Member.objects.filter(pk=titular.pk).update(affiliation_end=date(2026, 3, 15))
    assert set(selectors.households_to_book(M("2026-06"))) == {running.pk, ended.pk}
    assert services.dues_book(through=M("2026-06")) == 6 + 3
    assert list(selectors.households_to_book(M("2026-06"))) == []
    assert services.dues_book(through=M("2026-06")) == 0
    assert [d.month for d in ContributionDue.objects.filter(household=ended).order_by("month")] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]
    # the next month: only the running household, in an id range as the nightly step books
    id_range = (min(running.pk, ended.pk), max(running.pk, ended.pk) + 1)
    assert list(selectors.households_to_book(M("2026-07"), id_range=id_range)) == [running.pk]
    assert services.dues_book(through=M("2026-07"), id_range=id_range) == 1
    assert ContributionDue.objects.filter(household=running).count() == 7


def test_exempt_household_owes_nothing_and_is_entitled(table_2026):
    # Art. 42.3: titular under 21 with an incapacity of at least 66 %
    household, titular = household_with_titular(birth=date(2007, 2, 1), incapacity_66_from=date(2015, 1, 1))
    services.dues_book(through=M("2026-06"))
    assert set(ContributionDue.objects.filter(household=household).values_list("amount", flat=True)) == {
        Decimal("0.00")
    }
    assert _entitlement(titular, date(2026, 6, 5), date(2026, 6, 5)).status.value == "entitled"


def test_payment_for_named_months_settles_them(table_2026):
    household, titular = household_with_titular()
    result = services.payment_record(
        household=household,
        amount=Decimal("30.00"),
        paid_on=date(2026, 1, 5),
        months=[M("2026-01"), M("2026-02"), M("2026-03")],
    )
    assert [str(m) for m in result.months] == ["2026-01", "2026-02", "2026-03"]
    settled = ContributionDue.objects.filter(household=household, settled_on__isnull=False)
    assert settled.count() == 3
    assert all(d.paid_in_time for d in settled)


def test_payment_amount_not_matching_dues_stores_nothing(table_2026):
    household, _ = household_with_titular()
    with pytest.raises(ValidationError) as error:
        services.payment_record(
            household=household, amount=Decimal("25.00"), paid_on=date(2026, 1, 5), months=[M("2026-01"), M("2026-02")]
        )
    assert "20.00" in str(error.value.message_dict["amount"])
    assert Payment.objects.count() == 0
    assert ContributionDue.objects.filter(settled_on__isnull=False).count() == 0


def test_payment_for_an_already_paid_month_is_refused(table_2026):
    household, _ = household_with_titular()
    services.payment_record(
        household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 5), months=[M("2026-01")]
    )
    with pytest.raises(ValidationError) as error:
        services.payment_record(
            household=household, amount=Decimal("10.00"), paid_on=date(2026, 1, 6), months=[M("2026-01")]
        )
    assert "months" in error.value.message_dict


def test_payment_without_months_settles_oldest_open_first(table_2026):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    result = services.payment_record(household=household, amount=Decimal("25.00"), paid_on=date(2026, 4, 10))
    assert [str(m) for m in result.months] == ["2026-01", "2026-02"]
    assert result.payment.unallocated == Decimal("5.00")
    late = ContributionDue.objects.get(household=household, month=date(2026, 1, 1))
    assert late.paid_in_time is False  # paid in April for January


def test_entitlement_is_computed_on_demand_without_booked_dues(table_2026):
    # given a titular affiliated in January 2026 and no nightly booking at all
    household, titular = household_with_titular(start=date(2026, 1, 1))
    # then an event in March is suspended: January–March are owed and unpaid (Art. 8 §3)
    result = _entitlement(titular, date(2026, 3, 15), date(2026, 3, 20))
    assert result.status.value == "suspended"
    assert [str(m) for m in result.missing] == ["2026-01", "2026-02", "2026-03"]
    # when the three months are paid
    services.payment_record(
        household=household,
        amount=Decimal("30.00"),
        paid_on=date(2026, 3, 20),
        months=[M("2026-01"), M("2026-02"), M("2026-03")],
    )
    # then the same event is covered (Art. 8 §3: paid arrears lift the suspension)
    assert _entitlement(titular, date(2026, 3, 15), date(2026, 3, 20)).status.value == "entitled"


def test_dependent_is_judged_on_the_household(table_2026):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    child = add_dependent(household)
    assert _entitlement(child, date(2026, 2, 1), date(2026, 2, 2)).status.value == "suspended"


def test_statuses_refresh_materialises_and_records_changes(table_2026):
    paying, _ = household_with_titular(start=date(2026, 1, 1))
    services.payment_record(
        household=paying,
        amount=Decimal("60.00"),
        paid_on=date(2026, 1, 2),
        months=[M(f"2026-0{i}") for i in range(1, 7)],
    )
    owing, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")

    counts = services.statuses_refresh(as_of=date(2026, 6, 10))

    assert counts["entitled"] == 1 and counts["suspended"] == 1 and counts["changed"] == 2
    assert HouseholdStatus.objects.get(household=paying).status == "entitled"
    assert HouseholdStatus.objects.get(household=owing).status == "suspended"
    # a second run changes nothing
    assert services.statuses_refresh(as_of=date(2026, 6, 10))["changed"] == 0
    assert StatusChange.objects.count() == 2


def test_late_payment_changes_status_and_is_recorded(table_2026):
    household, _ = household_with_titular(start=date(2026, 1, 1))
    services.statuses_refresh(as_of=date(2026, 2, 10))
    services.payment_record(household=household, amount=Decimal("20.00"), paid_on=date(2026, 2, 11))
    services.statuses_refresh(as_of=date(2026, 2, 12))
    change = StatusChange.objects.filter(household=household).order_by("-id").first()
    assert (change.old_status, change.new_status) == ("suspended", "entitled")


def test_affiliation_start_follows_art6_from_the_application(table_2026):
    household, _ = household_with_titular()
    member = services.member_create(
        national_number="85073003328",
        first_name="A",
        last_name="B",
        birth_date=date(1985, 7, 30),
        gender="M",
        household=household,
        role="dependent",
        application_signed_on=date(2026, 3, 17),
    )
    assert member.affiliation_start == date(2026, 4, 1)
    titular_household = services.household_create()
    transferred = services.member_create(
        national_number="17073003384",
        first_name="C",
        last_name="D",
        birth_date=date(2017, 7, 30),
        gender="M",
        household=titular_household,
        role="titular",
        application_signed_on=date(2026, 3, 17),
        affiliation_case="titular_from_other_fund",
        transfer_effective=date(2026, 5, 1),
    )
    assert transferred.affiliation_start == date(2026, 4, 1)  # first day of the quarter (Art. 6 2°)


def test_demo_population_has_every_status(table_2026):
    from members import demo
    from members.models import Household, HouseholdStatus

    demo.seed(today=date(2026, 11, 23), households=len(demo.PROFILES))
    statuses = set(HouseholdStatus.objects.values_list("status", flat=True))
    assert {"entitled", "suspended"} <= statuses
    # Art. 8 §4: nobody acquires the revoked status "vanaf 1 januari 2021": 25+ unpaid months suspend,
    # and the household that paid its window afterwards is entitled at once
    assert "revoked" not in statuses
    households = list(Household.objects.order_by("id"))
    long_arrears, caught_up = (
        households[[p.name for p in demo.PROFILES].index(n)] for n in ("long_arrears", "caught_up")
    )
    assert HouseholdStatus.objects.get(household=long_arrears).status == "suspended"
    assert "Suspended, not revoked" in HouseholdStatus.objects.get(household=long_arrears).reason
    assert HouseholdStatus.objects.get(household=caught_up).status == "entitled"
    # the first households pay yearly, quarterly and monthly: nothing of the demo history stands open
    for household in Household.objects.order_by("id")[:3]:
        assert selectors.open_dues_summary(household.pk, date(2026, 11, 23))["count"] == 0


def test_reversed_payment_reopens_its_months(table_2026):
    household, titular = household_with_titular(start=date(2026, 1, 1))
    result = services.payment_record(
        household=household, amount=Decimal("20.00"), paid_on=date(2026, 2, 1), months=[M("2026-01"), M("2026-02")]
    )
    assert _entitlement(titular, date(2026, 2, 2), date(2026, 2, 3)).status.value == "entitled"

    services.payment_reverse(payment=result.payment, reason="returned by the bank", on=date(2026, 2, 3))

    assert ContributionDue.objects.filter(household=household, settled_on__isnull=True).count() == 2
    assert _entitlement(titular, date(2026, 2, 2), date(2026, 2, 3)).status.value == "suspended"
    with pytest.raises(ValidationError):
        services.payment_reverse(payment=result.payment, reason="again", on=date(2026, 2, 4))


def test_a_payment_naming_no_months_skips_prescribed_ones(table_2026):
    """Art. 8 §2: the claim to a contribution prescribes five years after the end of its month. On
    23/11/2026 the months up to 10/2021 are prescribed; 11/2021 can still be demanded."""
    from members.tests.factories import contribution_table

    contribution_table(date(2019, 1, 1))
    household, _ = household_with_titular(start=date(2019, 1, 1))
    services.dues_book(through=M("2026-11"), household_ids=[household.pk])

    result = services.payment_record(household=household, amount=Decimal("30.00"), paid_on=date(2026, 11, 23))

    assert result.months == [M("2021-11"), M("2021-12"), M("2022-01")]
    summary = selectors.open_dues_summary(household.pk, date(2026, 11, 23))
    assert (summary["count"], summary["total"]) == (58, Decimal("580.00"))
    prescribed = summary["prescribed"]
    assert (prescribed["count"], prescribed["total"]) == (34, Decimal("340.00"))
    assert prescribed["months"][-1][0] == date(2021, 10, 1)
    # a prescribed month was still not paid: Art. 8 judges the ledger, not the claim
    assert ContributionDue.objects.get(household=household, month=date(2020, 1, 1)).settled_on is None


def test_a_payment_ahead_does_not_pay_a_reopened_month_twice(table_2026):
    """A reversed advance payment leaves its future months open; the next payment without months
    settles each of them once and keeps paying ahead, it does not count them twice (and lose money)."""
    household, _ = household_with_titular(start=date(2026, 1, 1))
    services.payment_record(household=household, amount=Decimal("110.00"), paid_on=date(2026, 2, 1))  # 01–11/2026
    advance = services.payment_record(household=household, amount=Decimal("30.00"), paid_on=date(2026, 11, 2)).payment
    services.payment_reverse(
        payment=advance, reason="returned by the bank", on=date(2026, 11, 3)
    )  # 12/2026–02/2027 open

    result = services.payment_record(household=household, amount=Decimal("50.00"), paid_on=date(2026, 11, 5))

    assert [str(m) for m in result.months] == ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04"]
    assert result.payment.unallocated == Decimal("0.00")
    assert ContributionDue.objects.filter(payment=result.payment).count() == 5


def test_a_payment_ahead_reads_the_tables_and_the_titular_once(table_2026):
    """Issue #18 (the desk's payment save): paying months ahead books them one by one; the dues tables
    and the titular are read once for the payment, not once per month, and the same months are settled."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    household, _ = household_with_titular(start=date(2026, 11, 1))

    with CaptureQueriesContext(connection) as queries:
        result = services.payment_record(household=household, amount=Decimal("40.00"), paid_on=date(2026, 11, 2))

    assert [str(m) for m in result.months] == ["2026-11", "2026-12", "2027-01", "2027-02"]
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum('FROM "members_contributiontable"' in s for s in sql) == 1
    # the titular itself (selectors.titulars_for) once; dues_book's cheap probe of which households still need a
    # month (selectors.households_to_book: their ids only) runs for each month booked
    titular_reads = [s for s in sql if 'FROM "members_member"' in s and '"role"' in s and "titular_since" in s]
    assert len(titular_reads) == 1, titular_reads


def _pay(household, first: str, last: str, paid_on: date):
    months = list(month_range(M(first), M(last)))
    amount = sum(
        ContributionDue.objects.filter(household=household, month__in=[m.first_day for m in months]).values_list(
            "amount", flat=True
        )
    )
    return services.payment_record(household=household, amount=amount, paid_on=paid_on, months=months)


def test_nightly_refresh_art8_4_geen_enkele_persoon_revoked_vanaf_1_januari_2021(table_2026):
    """Art. 8 §4: "Geen enkele persoon kan de hoedanigheid van een lid … waarvan de mogelijkheid om te
    genieten … opgeheven is, vanaf 1 januari 2021 verwerven." The nightly refresh stores: 36 months
    unpaid (2023-12 … 2026-11) → suspended; the same after paying the window 2024-12 … 2026-11 →
    entitled at once; a revocation acquired in 2019 → still revoked, its restoration period running."""
    from members.models import HouseholdStatus, StatusChange
    from members.tests.factories import contribution_table

    contribution_table(date(2017, 1, 1))
    as_of = date(2026, 11, 23)
    behind, _ = household_with_titular(start=date(2023, 12, 1), last_name="Janssens")
    caught_up, _ = household_with_titular(start=date(2023, 12, 1), last_name="Goossens")
    legacy, _ = household_with_titular(start=date(2017, 1, 1), last_name="Claes")
    services.dues_book(through=M("2026-11"))
    _pay(caught_up, "2024-12", "2026-11", date(2026, 11, 20))
    _pay(legacy, "2025-07", "2026-11", date(2026, 11, 20))  # unpaid 2017-01 … 2025-06: revoked in 2019

    services.statuses_refresh(as_of=as_of)

    stored = {h: (s, r) for h, s, r in HouseholdStatus.objects.values_list("household_id", "status", "reason")}
    assert stored[behind.pk][0] == "suspended"
    assert "Suspended, not revoked" in stored[behind.pk][1] and "2023-12–2026-11" in stored[behind.pk][1]
    assert stored[caught_up.pk][0] == "entitled"
    assert stored[legacy.pk][0] == "revoked" and "restoration period running since 2025-07" in stored[legacy.pk][1]
    assert StatusChange.objects.filter(household=caught_up, new_status="entitled").exists()
    for household in (behind, caught_up, legacy):  # what the rules say for each, one by one
        titular = household.members.get(role="titular")
        result = _entitlement(titular, as_of, as_of)
        assert stored[household.pk] == (result.status.value, result.reason)


def test_the_nightly_status_keeps_its_explanation_as_declared_reasons(table_2026, monkeypatch):
    """Issue #16: the status the nightly job writes keeps its Art. 8 explanation as data (both the set-based
    path and the one-by-one path), shown in the reader's language; a status written before gets it on the
    next run, without a change being recorded."""
    from core import reasons

    paying, _ = household_with_titular(start=date(2026, 1, 1))
    services.payment_record(
        household=paying,
        amount=Decimal("60.00"),
        paid_on=date(2026, 1, 2),
        months=[M(f"2026-0{i}") for i in range(1, 7)],
    )
    owing, _ = household_with_titular(start=date(2026, 1, 1), last_name="Maes")
    services.statuses_refresh(as_of=date(2026, 6, 10))
    entitled, suspended = (HouseholdStatus.objects.get(household=h) for h in (paying, owing))
    assert [part["code"] for part in entitled.explanation] == ["art8_2.paid_whole_affiliation"]
    assert [part["code"] for part in suspended.explanation] == ["entitlement.unpaid"]
    monkeypatch.setattr(reasons, "_translate", lambda text: f"«{text}»")
    assert entitled.reason_shown == "Art. 8 §2: «contributions paid for 01/2026–06/2026 (the whole affiliation).»"
    assert suspended.reason_shown.startswith("Art. 8 §3: «contributions unpaid for 01/2026 … 06/2026 (6) in the window")

    HouseholdStatus.objects.update(explanation=[])  # as written before explanations were stored
    assert HouseholdStatus.objects.get(household=owing).reason_shown.startswith("Art. 8 §3: contributions unpaid")
    changes = StatusChange.objects.count()
    services.statuses_refresh(as_of=date(2026, 6, 10))
    assert StatusChange.objects.count() == changes
    assert all(s.explanation for s in HouseholdStatus.objects.filter(household__in=[paying, owing]))
