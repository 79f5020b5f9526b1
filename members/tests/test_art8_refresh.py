"""Issue #18: the nightly status refresh judges ordinary households from compact facts
(``rules.WindowFacts``, computed in SQL on PostgreSQL) and the special ones one by one; what it stores
must be what ``rules.entitlement`` says of each household's whole history."""

from datetime import date, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from core.months import Month, month_range
from members import rules, selectors, services
from members.models import (
    ContributionDue,
    HardshipKind,
    HardshipSituation,
    Household,
    HouseholdStatus,
    InsolvencyKind,
    Member,
    Role,
    StatusChange,
)
from members.tests.factories import add_dependent, contribution_table, household_with_titular, paid_history

M = Month.parse
EVENT = M("2026-11")
AS_OF = date(2026, 11, 23)
FIRST = rules.facts_first_month(EVENT)  # 2024-07


# --- The pure rule: rules.entitlement_of_facts is rules.entitlement for an ordinary history ----------


def _facts_of(history: rules.ContributionHistory, event: Month, as_of: date) -> rules.WindowFacts:
    """What the SQL computes for an ordinary, affiliated household."""
    first = rules.facts_first_month(event)
    unpaid = {m for m, settled in history.late.items() if settled is None or settled > as_of}
    unpaid_from = None
    if first in unpaid:  # the unpaid run through the first month, from the titular's start on
        unpaid_from = first
        while unpaid_from - 1 in unpaid and unpaid_from - 1 >= history.titular_since:
            unpaid_from = unpaid_from - 1
    floor = min(first, unpaid_from or first) - 1
    return rules.WindowFacts(
        affiliated_since=max(history.affiliated_since, floor),
        titular_since=max(history.titular_since, floor),
        unpaid=frozenset(m for m in unpaid if first <= m <= event),
        unpaid_from=unpaid_from,
    )


def _late(*spans, settled=None):
    return {m: settled for first, last in spans for m in month_range(M(first), M(last))}


ORDINARY_HISTORIES = {
    # Art. 8 §2: the window 2024-12–2026-11 paid
    "all-paid": rules.ContributionHistory(M("2015-03"), M("2015-03")),
    # Art. 8 §2: paid late, settled before the judging day; and more than 24 months paid late
    "paid-late": rules.ContributionHistory(
        M("2015-03"), M("2015-03"), late=_late(("2024-01", "2026-06"), settled=AS_OF)
    ),
    # Art. 8 §2 2°: the affiliation starts inside the window (the whole affiliation)
    "starts-inside-window": rules.ContributionHistory(M("2025-09"), M("2025-09")),
    "starts-this-month": rules.ContributionHistory(M("2026-11"), M("2026-11")),
    # Art. 8 §2 1°: the last months unpaid after 24 paid months: presumed in order
    "last-month-open": rules.ContributionHistory(M("2015-03"), M("2015-03"), late=_late(("2026-11", "2026-11"))),
    "last-three-open": rules.ContributionHistory(M("2015-03"), M("2015-03"), late=_late(("2026-09", "2026-11"))),
    # … not after fewer than 24 paid months (the affiliation started inside the presumption's look-back)
    "recent-open-short-affiliation": rules.ContributionHistory(
        M("2025-01"), M("2025-01"), late=_late(("2026-10", "2026-11"))
    ),
    # Art. 8 §3: suspended
    "four-open": rules.ContributionHistory(M("2015-03"), M("2015-03"), late=_late(("2026-08", "2026-11"))),
    "hole-in-window": rules.ContributionHistory(
        M("2015-03"), M("2015-03"), late=_late(("2025-02", "2025-03"), ("2026-01", "2026-01"))
    ),
    "settled-after-the-day": rules.ContributionHistory(
        M("2015-03"), M("2015-03"), late=_late(("2025-05", "2025-05"), settled=AS_OF + timedelta(days=3))
    ),
    # unpaid before the window but within the facts (the presumption's look-back)
    "unpaid-before-window": rules.ContributionHistory(
        M("2015-03"), M("2015-03"), late=_late(("2024-09", "2024-10"), ("2026-11", "2026-11"))
    ),
    # Art. 8 §4: more than 24 consecutive months unpaid from 2021 on: suspended, not revoked (the run
    # starts within the facts)
    "long-run-within-facts": rules.ContributionHistory(M("2015-03"), M("2015-03"), late=_late(("2024-08", "2026-11"))),
    # … a run reaching before the facts (2024-07): named from its first month (Art. 8 §4)
    "long-run-from-the-start": rules.ContributionHistory(
        M("2023-12"), M("2023-12"), late=_late(("2023-12", "2026-11"))
    ),
    "long-run-after-paid-months": rules.ContributionHistory(
        M("2015-03"), M("2015-03"), late=_late(("2024-02", "2026-11"))
    ),
    "long-run-from-the-first-month": rules.ContributionHistory(
        M("2024-07"), M("2024-07"), late=_late(("2024-07", "2026-11"))
    ),
    # a titular since a month of the window (months before as a dependent count as paid, Art. 8 §3 1°)
    "titular-since-inside-window": rules.ContributionHistory(
        M("2015-03"), M("2026-02"), late=_late(("2026-10", "2026-11"))
    ),
    # Art. 6: not affiliated
    "ended": rules.ContributionHistory(M("2015-03"), M("2015-03"), affiliated_until=M("2026-06")),
    "not-yet": rules.ContributionHistory(M("2026-12"), M("2026-12")),
}


@pytest.mark.parametrize("name", ORDINARY_HISTORIES)
def test_entitlement_of_facts_is_entitlement_of_the_whole_history(name):
    history = ORDINARY_HISTORIES[name]
    if history.affiliated_until is not None or history.affiliated_since > EVENT:
        facts = rules.WindowFacts(
            history.affiliated_since, history.titular_since, frozenset(), history.affiliated_until
        )
    else:
        facts = _facts_of(history, EVENT, AS_OF)
    expected = rules.entitlement_or_not_affiliated(history, EVENT, AS_OF)
    result = rules.entitlement_of_facts(facts, EVENT, AS_OF)
    assert result == expected
    assert result.reason == expected.reason and result.explanation == expected.explanation


@pytest.mark.parametrize(
    ("facts", "status", "code", "missing", "presumed"),
    [
        (rules.WindowFacts(M("2010-01"), M("2010-01")), "entitled", "entitlement.paid_window", [], []),
        (rules.WindowFacts(M("2026-03"), M("2026-03")), "entitled", "entitlement.paid_window", [], []),
        # Art. 8 §2 1°: 24 paid months, then the 3 most recent unpaid: presumed in order
        (
            rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset({M("2026-09"), M("2026-10"), M("2026-11")})),
            "entitled",
            "entitlement.presumed_in_order",
            [],
            ["2026-09", "2026-10", "2026-11"],
        ),
        # … 4 unpaid: 2026-08 (older than the 3 recent months) is proof of the contrary (Art. 8 §3), and
        # 2026-11 is a 4th month unpaid in a row; 2026-09 and 2026-10 follow 24 paid months within 3
        (
            rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset(month_range(M("2026-08"), M("2026-11")))),
            "suspended",
            "entitlement.unpaid",
            ["2026-08", "2026-11"],
            ["2026-09", "2026-10"],
        ),
        (
            rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset({M("2025-01")})),
            "suspended",
            "entitlement.unpaid",
            ["2025-01"],
            [],
        ),
        # Art. 8 §4: 28 consecutive months unpaid from 2024-08: suspended, not revoked (2021 on)
        (
            rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset(month_range(M("2024-08"), M("2026-11")))),
            "suspended",
            "entitlement.unpaid_not_revoked",
            [str(m) for m in month_range(M("2024-12"), M("2026-11"))],
            [],
        ),
        # … 36 months unpaid from 2023-12, the titular's start (the run reaches before the facts)
        (
            rules.WindowFacts(
                M("2023-12"), M("2023-12"), frozenset(month_range(FIRST, EVENT)), unpaid_from=M("2023-12")
            ),
            "suspended",
            "entitlement.unpaid_not_revoked",
            [str(m) for m in month_range(M("2024-12"), M("2026-11"))],
            [],
        ),
        # Art. 6
        (rules.WindowFacts(M("2010-01"), M("2010-01"), affiliated_until=M("2026-10")), "not_affiliated", None, [], []),
    ],
    ids=["paid", "whole-affiliation", "presumed", "four-unpaid", "one-unpaid", "long-run", "run-from-start", "ended"],
)
def test_entitlement_of_facts_table(facts, status, code, missing, presumed):
    result = rules.entitlement_of_facts(facts, EVENT, AS_OF)
    assert result.status.value == status
    assert code is None or result.code == code
    assert [str(m) for m in result.missing] == missing
    assert [str(m) for m in result.presumed] == presumed


@pytest.mark.parametrize(
    ("facts", "event", "as_of"),
    [
        # an unpaid run reaching the first month of the facts may reach further (Art. 8 §4)
        (rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset(month_range(FIRST, EVENT))), EVENT, AS_OF),
        # a run named from before 2021, or from before the titular's start
        (
            rules.WindowFacts(
                M("2010-01"), M("2010-01"), frozenset(month_range(FIRST, EVENT)), unpaid_from=M("2020-06")
            ),
            EVENT,
            AS_OF,
        ),
        (
            rules.WindowFacts(
                M("2024-03"), M("2024-03"), frozenset(month_range(FIRST, EVENT)), unpaid_from=M("2024-01")
            ),
            EVENT,
            AS_OF,
        ),
        # unpaid after the event month, or before the facts
        (rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset({EVENT + 1})), EVENT, AS_OF),
        (rules.WindowFacts(M("2010-01"), M("2010-01"), frozenset({FIRST - 1})), EVENT, AS_OF),
        # facts reaching before 2021: a revocation acquired before may hold (Art. 8 §4)
        (rules.WindowFacts(M("2010-01"), M("2010-01")), M("2022-06"), date(2022, 6, 10)),
        # judged before the event month: the presumption may look further back (Art. 8 §2 1°)
        (rules.WindowFacts(M("2010-01"), M("2010-01")), EVENT, date(2026, 8, 1)),
    ],
    ids=[
        "run-at-first-month",
        "run-from-before-2021",
        "run-from-before-titular",
        "unpaid-after",
        "unpaid-before",
        "before-2021",
        "judged-before",
    ],
)
def test_entitlement_of_facts_refuses_what_it_cannot_decide(facts, event, as_of):
    with pytest.raises(rules.NotOrdinary):
        rules.entitlement_of_facts(facts, event, as_of)


# --- The refresh: set-based (PostgreSQL) and one by one agree household by household -------------------


def _judged_one_by_one(as_of: date) -> dict[int, tuple[str, str, list]]:
    month = Month.of(as_of)
    result = {}
    for household_id, history in selectors.histories_for(selectors.titulars_for(), through=month).items():
        judged = rules.entitlement_or_not_affiliated(history, month, as_of)
        result[household_id] = (judged.status.value, judged.reason, [part.to_json() for part in judged.explanation])
    return result


def _stored() -> dict[int, tuple[str, str, list]]:
    return {
        h: (s, r, e)
        for h, s, r, e in HouseholdStatus.objects.values_list("household_id", "status", "reason", "explanation")
    }


def _pay(household, first, last, paid_on):
    months = list(month_range(M(first), M(last)))
    amount = sum(
        ContributionDue.objects.filter(household=household, month__in=[m.first_day for m in months]).values_list(
            "amount", flat=True
        )
    )
    return services.payment_record(household=household, amount=amount, paid_on=paid_on, months=months)


def _special_households(as_of: date) -> set[int]:
    """The households the set-based path leaves to the one-by-one path (PostgreSQL)."""
    tables = selectors.Tables.load()
    with transaction.atomic():
        _keys, others = services._ordinary_facts(Month.of(as_of), as_of, tables.first_month, None)
    return set(others)


def _edge_cases(legacy_tables: bool) -> dict[str, tuple[int, bool]]:
    """Hand-built households: name → (household id, special: left to the one-by-one path)."""
    cases = {}

    def case(name, household, special):
        cases[name] = (household.pk, special)

    # every month since 2024-01 booked and paid in time
    paid, _ = household_with_titular(start=date(2024, 1, 1), last_name="Paid")
    # Art. 8 §2 2°: the affiliation starts inside the window; the last three months open (no presumption)
    inside, _ = household_with_titular(start=date(2026, 2, 1), last_name="Inside")
    inside_open, _ = household_with_titular(start=date(2026, 2, 1), last_name="InsideOpen")
    # arrears: 2026-05 … 2026-11 open
    arrears, _ = household_with_titular(start=date(2024, 2, 1), last_name="Arrears")
    # Art. 8 §2 1°: the last two months open after 24 paid months
    presumed, _ = household_with_titular(start=date(2024, 3, 1), last_name="Presumed")
    # a long run: unpaid from the start 2024-04 (reaches the facts' first month 2024-07)
    long_run, _ = household_with_titular(start=date(2024, 4, 1), last_name="LongRun")
    # Art. 6: the affiliation ended
    ended, _ = household_with_titular(start=date(2024, 1, 1), affiliation_end=date(2026, 6, 30), last_name="Ended")
    # Art. 8 §3 2°: a collective debt settlement (judgment 10/04/2026), nothing paid since 2026-01
    judged, judged_titular = household_with_titular(start=date(2026, 1, 1), last_name="Judged")
    # Art. 8 §2 2° a–b: titular at another fund before the affiliation here
    prior, prior_titular = household_with_titular(start=date(2025, 6, 1), last_name="Prior")
    # Art. 8 §4 lid 5: a hardship situation (without a revocation it changes nothing)
    hardship, hardship_titular = household_with_titular(start=date(2024, 1, 1), last_name="Hardship")
    # nothing booked yet: every month owed all the same
    unbooked, _ = household_with_titular(start=date(2026, 3, 1), last_name="Unbooked")
    # the titular handed over to a dependent in 2026-10
    handed_over, old = household_with_titular(start=date(2024, 1, 1), last_name="Handed")
    # Art. 8 §4: unpaid 2017-01 … 2025-06 (revoked in 2019 when a table prices those months)
    legacy, _ = household_with_titular(start=date(2017, 1, 1), last_name="Legacy")

    services.dues_book(through=EVENT)
    paid_on = {m: m.first_day for m in month_range(M("2017-01"), EVENT)}
    for household, first, last in (
        (paid, "2024-01", "2026-11"),
        (inside, "2026-02", "2026-11"),
        (inside_open, "2026-02", "2026-08"),
        (arrears, "2024-02", "2026-04"),
        (presumed, "2024-03", "2026-09"),
        (hardship, "2024-01", "2026-11"),
        (handed_over, "2024-01", "2026-11"),
        (legacy, "2025-07", "2026-11"),
    ):
        first_booked = ContributionDue.objects.filter(household=household).order_by("month").first()
        if first_booked is None:
            continue
        start = max(M(first), Month.of(first_booked.month))
        for month in month_range(start, M(last)):  # each month paid in time
            _pay(household, str(month), str(month), paid_on[month])
    services.insolvency_procedure_record(
        member=judged_titular,
        kind=InsolvencyKind.DEBT_SETTLEMENT,
        judgment_date=date(2026, 4, 10),
        court="Arbeidsrechtbank Gent",
        case_reference="26/123/B",
        proof="copy of the beschikking van toelaatbaarheid",
    )
    services.prior_affiliation_record(
        member=prior_titular,
        kind=rules.PriorKind.OTHER_FUND.value,
        first_month=M("2023-01"),
        last_month=M("2025-05"),
        proof="attestation of the former fund",
        fund="Partena",
        in_order=True,
    )
    HardshipSituation.objects.create(
        member=hardship_titular, kind=HardshipKind.DEBT_SETTLEMENT, start=date(2025, 1, 1), end=date(2025, 6, 30)
    )
    ContributionDue.objects.filter(household=unbooked).delete()
    Member.objects.filter(pk=old.pk).update(affiliation_end=date(2026, 9, 30))
    partner = add_dependent(handed_over, birth=date(1981, 4, 4), start=date(2024, 1, 1))
    Member.objects.filter(pk=partner.pk).update(role=Role.TITULAR, titular_since=date(2026, 10, 1))

    # with only the 2026 table, months before 2026-01 in the facts are unknown (Art. 8 §2): special
    before_2026 = not legacy_tables
    case("paid", paid, before_2026)
    case("inside", inside, False)
    case("inside-open", inside_open, False)
    case("arrears", arrears, before_2026)
    case("presumed", presumed, before_2026)
    case("long-run", long_run, before_2026)  # else the run from 2024-04 (its start) is named in SQL
    case("ended", ended, False)
    case("judged", judged, True)
    case("prior", prior, True)
    case("hardship", hardship, before_2026)
    case("unbooked", unbooked, True)
    case("handed-over", handed_over, False)  # months before the titular's start: a dependent's, paid
    case("legacy", legacy, True)
    return cases


@pytest.mark.django_db
@pytest.mark.parametrize("legacy_tables", [False, True], ids=["table-2026-only", "tables-since-2017"])
def test_refresh_stores_what_the_rules_say_of_each_edge_case(table_2026, legacy_tables):
    if legacy_tables:
        contribution_table(date(2017, 1, 1))
    cases = _edge_cases(legacy_tables)
    if not legacy_tables:
        # a legacy ledger brings 2024-01 … 2025-12 of the paying household (Art. 8 §2)
        paid_history(Household.objects.get(pk=cases["paid"][0]), M("2024-01"), M("2025-12"))

    expected = _judged_one_by_one(AS_OF)
    counts = services.statuses_refresh(as_of=AS_OF)
    assert _stored() == expected
    assert counts["changed"] == len(expected) == StatusChange.objects.count()
    statuses = {name: expected[h][0] for name, (h, _special) in cases.items()}
    assert statuses["ended"] == "not_affiliated" and statuses["inside"] == "entitled"
    assert statuses["inside-open"] == "suspended" and statuses["long-run"] == "suspended"
    assert statuses["legacy"] == ("revoked" if legacy_tables else "suspended")
    if connection.vendor == "postgresql":
        special = _special_households(AS_OF)
        assert {name for name, (h, _s) in cases.items() if h in special} == {
            name for name, (_h, s) in cases.items() if s
        }

    again = services.statuses_refresh(as_of=AS_OF)
    assert (again["changed"], again["written"]) == (0, 0)
    later = AS_OF + timedelta(days=31)
    services.dues_book(through=Month.of(later))
    expected = _judged_one_by_one(later)
    services.statuses_refresh(as_of=later)
    assert _stored() == expected


@pytest.mark.django_db
def test_refresh_agrees_with_the_rules_over_a_generated_population(table_2026):
    """Punctual and late payers, open and long arrears, exemptions … (``generate_population``), judged
    on the day, the next night, with payments arriving, and a month later."""
    call_command(
        "generate_population", "--households", "400", "--as-of", "2026-11-23", "--through", "2026-11", stdout=StringIO()
    )
    expected = _judged_one_by_one(AS_OF)
    services.statuses_refresh(as_of=AS_OF)
    assert _stored() == expected
    assert {"entitled", "suspended"} <= {status for status, _r, _e in expected.values()}
    if connection.vendor == "postgresql":
        # most households (also suspended ones) are judged from their facts, not one by one
        special = _special_households(AS_OF)
        suspended = {h for h, (status, _r, _e) in expected.items() if status == "suspended"}
        assert len(special) < len(expected) // 10
        assert suspended - special

    # an earlier day: months settled after it were still unpaid then (Art. 8 §3)
    earlier = date(2026, 11, 2)
    expected = _judged_one_by_one(earlier)
    services.statuses_refresh(as_of=earlier)
    assert _stored() == expected

    # some households pay their open months
    open_dues = ContributionDue.objects.filter(settled_on__isnull=True).order_by("household_id", "month")
    households = list(dict.fromkeys(open_dues.values_list("household_id", flat=True)))[:8]
    for household_id in households:
        months = [Month.of(d) for d in open_dues.filter(household_id=household_id).values_list("month", flat=True)]
        amount = sum(open_dues.filter(household_id=household_id).values_list("amount", flat=True), Decimal("0"))
        household = Household.objects.get(pk=household_id)
        services.payment_record(household=household, amount=amount, paid_on=AS_OF, months=months)
    expected = _judged_one_by_one(AS_OF)
    counts = services.statuses_refresh(as_of=AS_OF)
    assert _stored() == expected
    assert counts["written"] >= 1

    later = AS_OF + timedelta(days=31)
    services.dues_book(through=Month.of(later))
    expected = _judged_one_by_one(later)
    services.statuses_refresh(as_of=later)
    assert _stored() == expected
