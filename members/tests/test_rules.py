"""Table-driven tests of the pure membership rules, with the statutes' own numbers."""

from datetime import date
from decimal import Decimal

import pytest

from core.months import Month, month_range
from members import rules
from members.rules import AffiliationCase, ContributionHistory, ExemptionFacts, Status

M = Month.parse
EVENT = M("2026-06")
AS_OF = date(2026, 6, 20)


def history(since="2020-01", unpaid=(), late=None, titular_since=None, hardship=(), equalised=(), until=None):
    """A household paying in time since ``since``, except the ``unpaid`` months (open)."""
    late_map = {M(m): None for m in unpaid}
    late_map.update({M(m): d for m, d in (late or {}).items()})
    return ContributionHistory(
        affiliated_since=M(since),
        titular_since=M(titular_since or since),
        late=late_map,
        hardship=frozenset(M(m) for m in hardship),
        equalised=frozenset(M(m) for m in equalised),
        affiliated_until=M(until) if until else None,
    )


def months(first, last):
    return [str(m) for m in month_range(M(first), M(last))]


@pytest.mark.parametrize(
    ("facts", "status", "missing"),
    [
        pytest.param(history(), Status.ENTITLED, (), id="art8-2-all-24-months-paid"),
        pytest.param(
            history(unpaid=["2026-06"], since="2025-12"), Status.SUSPENDED, ("2026-06",), id="art8-3-event-month-unpaid"
        ),
        pytest.param(
            history(unpaid=["2024-07"]), Status.SUSPENDED, ("2024-07",), id="art8-2-first-month-of-window-unpaid"
        ),
        pytest.param(history(unpaid=["2024-06"]), Status.ENTITLED, (), id="art8-2-month-before-window-ignored"),
        pytest.param(history(since="2026-01"), Status.ENTITLED, (), id="art8-2-short-affiliation-whole-period-paid"),
        pytest.param(
            history(since="2026-01", unpaid=["2026-02"]),
            Status.SUSPENDED,
            ("2026-02",),
            id="art8-2-short-affiliation-gap",
        ),
        pytest.param(
            history(since="2023-01", titular_since="2026-01", unpaid=["2025-05"]),
            Status.ENTITLED,
            (),
            id="art8-3-1-months-as-dependent-count-as-paid",
        ),
        pytest.param(
            history(late={"2025-03": date(2026, 6, 1)}), Status.ENTITLED, (), id="art8-3-arrears-paid-before-judging"
        ),
        pytest.param(
            history(late={"2025-03": date(2026, 7, 1)}),
            Status.SUSPENDED,
            ("2025-03",),
            id="art8-3-arrears-paid-after-judging",
        ),
    ],
)
def test_entitlement_window(facts, status, missing):
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is status
    assert tuple(str(m) for m in result.missing) == missing
    assert "Art. 8" in result.reason


@pytest.mark.parametrize(
    ("unpaid", "status"),
    [
        pytest.param(
            ["2026-04", "2026-05", "2026-06"], Status.ENTITLED, id="art8-2-1-three-months-presumed-after-24-paid"
        ),
        pytest.param(
            ["2026-03", "2026-04", "2026-05", "2026-06"], Status.SUSPENDED, id="art8-2-1-fourth-month-not-presumed"
        ),
    ],
)
def test_presumption_after_24_paid_months(unpaid, status):
    result = rules.entitlement(history(unpaid=unpaid), EVENT, AS_OF)
    assert result.status is status
    if status is Status.ENTITLED:
        assert [str(m) for m in result.presumed] == unpaid


def test_presumption_does_not_cover_an_old_unpaid_month():
    # given one month unpaid two years ago, after more than 24 paid months
    facts = history(unpaid=["2024-07"])
    # then the ledger is the proof of the contrary: no presumption for it (only recent months)
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.SUSPENDED


def test_presumption_needs_24_paid_months_before():
    # given only 20 months paid before the unpaid run
    facts = history(since="2024-08", unpaid=["2026-04", "2026-05", "2026-06"])
    # then the run is not presumed
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.SUSPENDED
    assert [str(m) for m in result.missing] == ["2026-04", "2026-05", "2026-06"]


def test_revoked_after_more_than_24_unpaid_months():
    # given 25 consecutive months unpaid (2017-01 … 2019-01), paid again from 2019-02
    facts = history(since="2014-01", unpaid=months("2017-01", "2019-01"))
    # when judging an event in 2019-01 (the 25th unpaid month)
    result = rules.entitlement(facts, M("2019-01"), AS_OF)
    assert result.status is Status.REVOKED
    assert str(result.revoked_since) == "2019-01"
    # and 24 unpaid months are only a suspension
    assert rules.entitlement(facts, M("2018-12"), AS_OF).status is Status.SUSPENDED


@pytest.mark.parametrize(
    ("event", "status"),
    [
        pytest.param("2019-02", Status.REVOKED, id="art8-4-first-restoration-month"),
        pytest.param("2021-01", Status.REVOKED, id="art8-4-24th-restoration-month"),
        pytest.param("2021-02", Status.ENTITLED, id="art8-4-after-24-month-restoration"),
    ],
)
def test_restoration_period_of_24_months(event, status):
    facts = history(since="2014-01", unpaid=months("2017-01", "2019-01"))
    result = rules.entitlement(facts, M(event), date(2021, 3, 1))
    assert result.status is status
    if status is Status.REVOKED:
        assert str(result.entitled_from) == "2021-02"


@pytest.mark.parametrize(
    ("hardship", "event", "status", "entitled_from"),
    [
        pytest.param(
            ["2018-10"],
            "2019-07",
            Status.REVOKED,
            "2019-08",
            id="art8-4-hardship-in-6-months-before-restoration-last-month",
        ),
        pytest.param(["2018-10"], "2019-08", Status.ENTITLED, None, id="art8-4-hardship-6-month-restoration-done"),
        pytest.param(["2019-04"], "2019-08", Status.ENTITLED, None, id="art8-4-hardship-during-first-6-months"),
        pytest.param(
            ["2020-01"],
            "2019-12",
            Status.REVOKED,
            "2020-01",
            id="art8-4-2-hardship-from-month-12-ends-period-before-it",
        ),
        pytest.param(["2020-01"], "2020-01", Status.ENTITLED, None, id="art8-4-2-entitled-from-hardship-month"),
    ],
)
def test_restoration_in_hardship_situation(hardship, event, status, entitled_from):
    # revoked in 2019-01; paying again from 2019-02
    facts = history(since="2014-01", unpaid=months("2017-01", "2019-01"), hardship=hardship)
    result = rules.entitlement(facts, M(event), date(2021, 3, 1))
    assert result.status is status
    if entitled_from:
        assert str(result.entitled_from) == entitled_from


def test_revocation_is_not_undone_by_paying_old_arrears_late():
    # given the 25 unpaid months were all paid in one go on 2019-06-15
    late = {m: date(2019, 6, 15) for m in months("2017-01", "2019-01")}
    facts = history(since="2014-01", late=late)
    # then an event in 2019-06 is still in the restoration period
    assert rules.entitlement(facts, M("2019-06"), date(2019, 7, 1)).status is Status.REVOKED


def test_unpaid_month_restarts_restoration():
    facts = history(since="2014-01", unpaid=[*months("2017-01", "2019-01"), "2019-10"])
    result = rules.entitlement(facts, M("2021-02"), date(2021, 3, 1))
    assert result.status is Status.REVOKED
    assert str(result.restoration_start) == "2019-11"
    assert str(result.entitled_from) == "2021-11"


def test_art8_4_geen_enkele_persoon_vanaf_1_januari_2021_more_than_24_unpaid_months_suspend():
    """Art. 8 §4: "Geen enkele persoon kan de hoedanigheid van een lid … waarvan de mogelijkheid om
    te genieten … opgeheven is, vanaf 1 januari 2021 verwerven." 30 consecutive unpaid months
    (2024-01 … 2026-06): suspended (Art. 8 §3), not revoked; the reason says what to pay."""
    facts = history(since="2020-01", unpaid=months("2024-01", "2026-06"))
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.SUSPENDED
    assert result.revoked_since is None and result.entitled_from is None
    assert [str(m) for m in result.missing] == months("2024-07", "2026-06")
    assert "Suspended, not revoked" in result.reason and "Art. 8 §4" in result.reason
    assert "2024-01–2026-06" in result.reason  # the unpaid run
    assert "pay 24 months (2024-07 … 2026-06)" in result.reason  # what to pay: the window


@pytest.mark.parametrize(
    ("late", "event", "as_of"),
    [
        pytest.param(
            # 2024-01 … 2026-06 unpaid; on 15/06/2026 the window 2024-07 … 2026-06 is paid, older stays open
            {
                **{m: None for m in months("2024-01", "2024-06")},
                **{m: date(2026, 6, 15) for m in months("2024-07", "2026-06")},
            },
            "2026-06",
            date(2026, 6, 20),
            id="art8-4-vanaf-1-januari-2021-no-revocation-entitled-once-window-paid",
        ),
        pytest.param(
            # 25 months unpaid (2023-01 … 2025-01), paying in time again from 2025-02: no 24-month restoration
            {m: None for m in months("2023-01", "2025-01")},
            "2027-01",
            date(2027, 1, 20),
            id="art8-4-vanaf-1-januari-2021-no-24-month-restoration-period",
        ),
        pytest.param(
            # 2024-01 … 2026-05 unpaid, all paid late in one go on 15/06/2026
            {m: date(2026, 6, 15) for m in months("2024-01", "2026-05")},
            "2026-06",
            date(2026, 6, 20),
            id="art8-4-vanaf-1-januari-2021-all-arrears-paid-late-entitled",
        ),
    ],
)
def test_art8_4_no_revocation_from_2021_entitled_once_event_month_and_23_before_paid(late, event, as_of):
    """Art. 8 §4 ("… opgeheven is, vanaf 1 januari 2021 verwerven"): after 25+ unpaid months since
    2021 the household is only suspended, so it is entitled for an event as soon as the event month
    and the 23 months before it are paid (Art. 8 §2–3): at once, without a restoration period."""
    facts = history(since="2020-01", late=late)
    result = rules.entitlement(facts, M(event), as_of)
    assert result.status is Status.ENTITLED, result.reason
    assert result.revoked_since is None and "restoration" not in result.reason


@pytest.mark.parametrize(
    ("unpaid", "event", "status"),
    [
        pytest.param(
            ("2018-12", "2020-12"), "2020-12", Status.REVOKED, id="art8-4-25th-unpaid-month-2020-12-revoked-legacy"
        ),
        pytest.param(
            ("2019-01", "2021-01"),
            "2021-01",
            Status.SUSPENDED,
            id="art8-4-25th-unpaid-month-2021-01-vanaf-1-januari-2021-suspended",
        ),
    ],
)
def test_art8_4_revocation_only_acquired_before_1_januari_2021(unpaid, event, status):
    """Art. 8 §4: the revoked status can no longer be acquired "vanaf 1 januari 2021": the 25th
    consecutive unpaid month decides."""
    facts = history(since="2014-01", unpaid=months(*unpaid))
    result = rules.entitlement(facts, M(event), date(2021, 2, 1))
    assert result.status is status
    assert (result.revoked_since is not None) is (status is Status.REVOKED)


def test_art8_4_legacy_revocation_of_2019_still_runs_its_restoration_period_in_2026():
    """A revocation acquired before 1 January 2021 (25th unpaid month 2019-01) stays: unpaid up to
    2025-06, paying again from 2025-07, it is revoked until 24 paid months have passed."""
    facts = history(since="2014-01", unpaid=months("2017-01", "2025-06"))
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.REVOKED
    assert str(result.revoked_since) == "2020-12"  # the last month it could still be acquired
    assert (str(result.restoration_start), str(result.entitled_from)) == ("2025-07", "2027-07")
    assert rules.entitlement(facts, M("2027-07"), date(2027, 7, 20)).status is Status.ENTITLED


# --- Art. 8 §3 2° / §4 2°: collective debt settlement and bankruptcy ----------------------------

#: "worden de bijdragen die het lid, omdat hij zich in een toestand van collectieve schuldregeling of
#: van faillissement bevindt, namelijk voorafgaand aan het vonnis van toelaatbaarheid of aan het
#: verklarend vonnis van faillissement, als betaald beschouwd" (Art. 8 §3 2°, §4 2°)
VOORAFGAAND_AAN_HET_VONNIS = [
    # unpaid 2025-09 … 2026-06; judgment of admissibility on 15/01/2026: September–January owed before it
    pytest.param(
        months("2025-09", "2026-06"),
        date(2026, 1, 15),
        months("2026-02", "2026-06"),
        id="art8-3-2-owed-before-vonnis-van-toelaatbaarheid-paid-procedure-months-not",
    ),
    # a judgment on the first of the month: that month's contribution was not owed before it
    pytest.param(
        months("2025-09", "2026-06"),
        date(2026, 1, 1),
        months("2026-01", "2026-06"),
        id="art8-3-2-judgment-on-the-first-month-itself-owed-during-procedure",
    ),
    # everything owed before the judgment, nothing unpaid after it: in order
    pytest.param(
        months("2025-03", "2025-11"),
        date(2025, 12, 3),
        [],
        id="art8-4-2-verklarend-vonnis-van-faillissement-arrears-before-count-as-paid",
    ),
    # the months of the procedure must be paid (the old code counted them, not the months before)
    pytest.param(
        months("2026-03", "2026-06"),
        date(2026, 2, 20),
        months("2026-03", "2026-06"),
        id="art8-3-2-months-during-the-procedure-must-be-paid",
    ),
]


@pytest.mark.parametrize(("unpaid", "judgment", "missing"), VOORAFGAAND_AAN_HET_VONNIS)
def test_art8_3_2_contributions_owed_before_the_judgment_count_as_paid(unpaid, judgment, missing):
    facts = ContributionHistory(
        affiliated_since=M("2020-01"),
        titular_since=M("2020-01"),
        late={M(m): None for m in unpaid},
        judgments=(judgment,),
    )
    # judged in September: the months of the window are no longer recent (no presumption, Art. 8 §2 1°)
    result = rules.entitlement(facts, EVENT, date(2026, 9, 1))
    assert [str(m) for m in result.missing] == missing
    assert result.status is (Status.SUSPENDED if missing else Status.ENTITLED)


def test_art8_3_2_the_reason_names_the_months_the_judgment_counts_as_paid():
    """ "… de bijdragen die het lid … voorafgaand aan het vonnis van toelaatbaarheid … als betaald
    beschouwd": the clerk reads which unpaid months count as paid, and by which judgment."""
    facts = ContributionHistory(
        affiliated_since=M("2020-01"),
        titular_since=M("2020-01"),
        late={M("2026-02"): None, M("2026-03"): None},
        judgments=(date(2026, 3, 15),),
    )
    result = rules.entitlement(facts, EVENT, date(2026, 9, 1))
    assert result.status is Status.ENTITLED
    assert (
        "2026-02, 2026-03 not paid but owed before the judgment of 15/03/2026: they count as paid (Art. 8 §3 2°, §4 2°)"
    ) in result.reason


def test_art8_3_2_no_equalisation_before_the_judgment_is_pronounced():
    facts = ContributionHistory(
        affiliated_since=M("2020-01"),
        titular_since=M("2020-01"),
        late={M("2026-03"): None},
        judgments=(date(2026, 7, 10),),
    )
    assert rules.entitlement(facts, EVENT, date(2026, 6, 20)).missing == (M("2026-03"),)
    assert rules.entitlement(facts, EVENT, date(2026, 7, 10)).status is Status.ENTITLED


@pytest.mark.parametrize(
    ("judgment", "last"),
    [
        pytest.param(date(2026, 3, 15), "2026-03", id="mid-month-that-month-owed-before"),
        pytest.param(date(2026, 3, 1), "2026-02", id="first-of-month-previous-month"),
        pytest.param(date(2026, 3, 2), "2026-03", id="second-of-month"),
    ],
)
def test_last_month_owed_before_judgment(judgment, last):
    assert str(rules.last_month_owed_before(judgment)) == last


# --- Art. 8 §2: history before the first contribution table; a–b: before the affiliation here -------


def test_art8_2_month_under_no_known_table_is_unknown_not_paid():
    """Tables from 2026-01, titular since 2020: 2024-07 … 2025-12 are owed under no known table."""
    facts = ContributionHistory(affiliated_since=M("2020-01"), titular_since=M("2020-01"), unpriced_before=M("2026-01"))
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.SUSPENDED
    assert [str(m) for m in result.unknown] == months("2024-07", "2025-12")
    assert result.missing == ()
    assert "unknown for 18 months (2024-07 … 2025-12)" in result.reason


@pytest.mark.parametrize(
    ("known", "late", "status", "unknown"),
    [
        pytest.param(months("2024-07", "2025-12"), {}, Status.ENTITLED, [], id="art8-2-legacy-ledger-paid-in-time"),
        pytest.param(
            months("2024-07", "2025-11"),
            {"2025-12": None},
            Status.SUSPENDED,
            [],
            id="art8-3-legacy-ledger-unpaid-month",
        ),
        pytest.param(
            months("2024-08", "2025-12"), {}, Status.SUSPENDED, ["2024-07"], id="art8-2-legacy-ledger-gap-unknown"
        ),
        pytest.param(
            months("2024-07", "2025-11"),
            {"2025-12": date(2026, 2, 1)},
            Status.ENTITLED,
            [],
            id="art8-2-legacy-ledger-paid-late-before-judging",
        ),
    ],
)
def test_art8_2_legacy_ledger_brings_the_history(known, late, status, unknown):
    facts = ContributionHistory(
        affiliated_since=M("2020-01"),
        titular_since=M("2020-01"),
        unpriced_before=M("2026-01"),
        known=frozenset(M(m) for m in known),
        late={M(m): d for m, d in late.items()},
    )
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is status
    assert [str(m) for m in result.unknown] == unknown


def test_art8_2_1_no_presumption_over_unknown_months():
    """The presumption needs 24 months known to be paid: unknown months are not that."""
    facts = ContributionHistory(
        affiliated_since=M("2020-01"),
        titular_since=M("2020-01"),
        unpriced_before=M("2024-10"),
        late={M("2026-06"): None},
    )
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is Status.SUSPENDED and result.presumed == ()
    assert M("2026-06") in result.missing


def test_unknown_months_never_make_a_revocation():
    """Art. 8 §4 needs months *not in order*: months nobody knows about are not that."""
    facts = ContributionHistory(
        affiliated_since=M("2014-01"),
        titular_since=M("2014-01"),
        unpriced_before=M("2021-01"),
        late={M(m): None for m in months("2018-01", "2018-06")},
    )
    assert rules.entitlement(facts, M("2020-06"), date(2020, 6, 20)).status is Status.SUSPENDED


OTHER, GAP = rules.PriorKind.OTHER_FUND, rules.PriorKind.NOT_AFFILIATED


@pytest.mark.parametrize(
    ("prior", "status", "missing", "unknown"),
    [
        # a) "ononderbroken aangesloten ... bij verschillende Belgische ziekenfondsen ... in regel ... in elk ziekenfonds"
        pytest.param(
            [(OTHER, "2024-01", "2025-12", True)], Status.ENTITLED, [], [], id="art8-2-2-a-other-fund-in-order-counts"
        ),
        pytest.param(
            [(OTHER, "2024-01", "2025-12", False)],
            Status.SUSPENDED,
            months("2024-07", "2025-12"),
            [],
            id="art8-2-2-a-other-fund-not-in-order-unpaid",
        ),
        # unrecorded months between the other fund and the affiliation here: unknown
        pytest.param(
            [(OTHER, "2024-01", "2025-06", True)],
            Status.SUSPENDED,
            [],
            months("2025-07", "2025-12"),
            id="art8-2-2-unrecorded-months-between-are-unknown",
        ),
        # b i°: "niet was aangesloten ... gelijkgesteld aan een periode waarvoor de persoon in regel was"
        pytest.param(
            [(OTHER, "2024-01", "2025-03", True), (GAP, "2025-04", "2025-12", False)],
            Status.ENTITLED,
            [],
            [],
            id="art8-2-2-b-i-no-affiliation-after-months-in-order-paid",
        ),
        # b ii°: "in de andere situaties" → not in order
        pytest.param(
            [(OTHER, "2024-01", "2025-03", False), (GAP, "2025-04", "2025-12", False)],
            Status.SUSPENDED,
            months("2024-07", "2025-12"),
            [],
            id="art8-2-2-b-ii-no-affiliation-after-arrears-unpaid",
        ),
        # first affiliation less than 23 months before: "gedurende de ganse aansluitingsperiode"
        pytest.param(
            [(OTHER, "2025-02", "2025-12", True)],
            Status.ENTITLED,
            [],
            [],
            id="art8-2-2-first-affiliation-elsewhere-whole-period",
        ),
    ],
)
def test_art8_2_2_a_b_months_before_the_affiliation_here(prior, status, missing, unknown):
    facts = ContributionHistory(
        affiliated_since=M("2026-01"),
        titular_since=M("2026-01"),
        prior=tuple(rules.PriorPeriod(kind, M(a), M(b), ok) for kind, a, b, ok in prior),
    )
    result = rules.entitlement(facts, EVENT, AS_OF)
    assert result.status is status, result.reason
    assert [str(m) for m in result.missing] == missing
    assert [str(m) for m in result.unknown] == unknown


def test_art8_2_2_reason_names_the_other_fund_months():
    facts = ContributionHistory(
        affiliated_since=M("2026-01"),
        titular_since=M("2026-01"),
        prior=(rules.PriorPeriod(OTHER, M("2025-02"), M("2025-12"), True),),
    )
    assert "from 2025-02 at another Belgian fund" in rules.entitlement(facts, EVENT, AS_OF).reason


def test_not_affiliated_in_event_month():
    with pytest.raises(rules.NotAffiliated, match="Art. 6"):
        rules.entitlement(history(since="2026-07"), EVENT, AS_OF)
    with pytest.raises(rules.NotAffiliated):
        rules.entitlement(history(until="2026-05"), EVENT, AS_OF)


# --- contributions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "month", "due"),
    [
        pytest.param(ExemptionFacts(date(1980, 5, 1)), "2026-01", Decimal("10.00"), id="table-2026-120-per-year"),
        pytest.param(
            ExemptionFacts(date(2006, 3, 15), incapacity_66_from=date(2010, 1, 1)),
            "2026-03",
            Decimal("0.00"),
            id="art42-3-under-21-incapacity-66",
        ),
        pytest.param(
            ExemptionFacts(date(2005, 3, 1), incapacity_66_from=date(2010, 1, 1)),
            "2026-03",
            Decimal("10.00"),
            id="art42-3-21st-birthday-ends-exemption",
        ),
        pytest.param(
            ExemptionFacts(date(2002, 1, 2), disability_allowance_from=date(2020, 1, 1)),
            "2026-01",
            Decimal("0.00"),
            id="art42-3-under-25-disability-allowance",
        ),
        pytest.param(
            ExemptionFacts(date(2001, 1, 1), disability_allowance_from=date(2020, 1, 1)),
            "2026-01",
            Decimal("10.00"),
            id="art42-3-25-years-old-pays",
        ),
        pytest.param(
            ExemptionFacts(date(2006, 1, 1), disability_allowance_from=date(2026, 2, 10)),
            "2026-01",
            Decimal("10.00"),
            id="art42-3-allowance-not-yet-granted",
        ),
        pytest.param(
            ExemptionFacts(date(2006, 1, 1), disability_allowance_from=date(2026, 2, 10)),
            "2026-02",
            Decimal("0.00"),
            id="art42-3-allowance-granted-during-the-month-exempts-it",
        ),
        pytest.param(
            ExemptionFacts(
                date(2006, 3, 15), incapacity_66_from=date(2010, 1, 1), incapacity_66_until=date(2026, 3, 4)
            ),
            "2026-03",
            Decimal("0.00"),
            id="art42-3-incapacity-ended-during-the-month-still-exempts-it",
        ),
        pytest.param(
            ExemptionFacts(
                date(2006, 3, 15), incapacity_66_from=date(2010, 1, 1), incapacity_66_until=date(2026, 3, 4)
            ),
            "2026-04",
            Decimal("10.00"),
            id="art42-3-incapacity-no-longer-recognised-pays",
        ),
        pytest.param(
            ExemptionFacts(
                date(2002, 1, 2),
                disability_allowance_from=date(2020, 1, 1),
                disability_allowance_until=date(2025, 12, 31),
            ),
            "2026-01",
            Decimal("10.00"),
            id="art42-3-allowance-stopped-pays",
        ),
    ],
)
def test_monthly_due(facts, month, due):
    assert rules.monthly_due(Decimal("120.00"), facts, M(month)) == due


@pytest.mark.parametrize(
    ("start", "end", "others", "clash"),
    [
        pytest.param(date(2026, 1, 1), None, [(date(2025, 1, 1), date(2025, 12, 31))], None, id="after-an-ended-one"),
        pytest.param(
            date(2025, 12, 31),
            None,
            [(date(2025, 1, 1), date(2025, 12, 31))],
            (date(2025, 1, 1), date(2025, 12, 31)),
            id="one-shared-day",
        ),
        pytest.param(date(2024, 1, 1), date(2024, 12, 31), [(date(2025, 1, 1), None)], None, id="before-a-running-one"),
        pytest.param(
            date(2024, 1, 1), None, [(date(2025, 1, 1), None)], (date(2025, 1, 1), None), id="two-running-ones"
        ),
        pytest.param(
            date(2025, 3, 1),
            date(2025, 3, 31),
            [(date(2025, 6, 1), None), (date(2025, 1, 1), date(2025, 4, 30))],
            (date(2025, 1, 1), date(2025, 4, 30)),
            id="inside-another",
        ),
    ],
)
def test_first_overlap_of_periods_of_one_kind(start, end, others, clash):
    """A VT status, a hardship situation (Art. 8 §4) or an exemption (Art. 42.3) of one kind is
    recorded once for any day: two periods that share a day overlap."""
    assert rules.first_overlap(start, end, others) == clash


def test_table_in_force_is_latest_started():
    starts = [date(2024, 1, 1), date(2026, 1, 1)]
    assert rules.table_in_force(starts, M("2025-12")) == date(2024, 1, 1)
    assert rules.table_in_force(starts, M("2027-05")) == date(2026, 1, 1)
    assert rules.table_in_force(starts, M("2023-12")) is None


@pytest.mark.parametrize(
    ("amount", "settled", "rest"),
    [
        pytest.param("30.00", ["2026-01", "2026-02", "2026-03"], "0.00", id="three-months-exact"),
        pytest.param("25.00", ["2026-01", "2026-02"], "5.00", id="partial-month-stays-credit"),
        pytest.param("5.00", [], "5.00", id="less-than-a-month"),
    ],
)
def test_allocate_oldest_first(amount, settled, rest):
    open_dues = [(M("2026-03"), Decimal("10.00")), (M("2026-01"), Decimal("10.00")), (M("2026-02"), Decimal("10.00"))]
    months_settled, left = rules.allocate_oldest_first(Decimal(amount), open_dues)
    assert [str(m) for m in months_settled] == settled
    assert left == Decimal(rest)


# --- identity -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "birth", "gender", "kind"),
    [
        pytest.param("85.07.30-033.28", date(1985, 7, 30), "M", "nn", id="nn-before-2000"),
        pytest.param("17073003384", date(2017, 7, 30), "M", "nn", id="nn-2000-variant"),
        pytest.param("85.27.30-033.71", date(1985, 7, 30), None, "bis", id="bis-month-plus-20-gender-unknown"),
        pytest.param("85473003317", date(1985, 7, 30), "M", "bis", id="bis-month-plus-40-gender-known"),
    ],
)
def test_parse_national_number(number, birth, gender, kind):
    parsed = rules.parse_national_number(number)
    assert (parsed.birth_date, parsed.gender, parsed.kind) == (birth, gender, kind)
    assert len(parsed.number) == 11


@pytest.mark.parametrize(
    ("number", "message"),
    [
        pytest.param("85073003329", "check digits", id="bad-check-digits"),
        pytest.param("8507300332", "11 digits", id="too-short"),
        pytest.param("abc", "11 digits", id="not-digits"),
    ],
)
def test_bad_national_number(number, message):
    with pytest.raises(ValueError, match=message):
        rules.parse_national_number(number)


@pytest.mark.parametrize(
    ("birth", "gender", "rank", "expected"),
    [
        pytest.param(date(1985, 7, 30), "M", 16, "85073003328", id="man-born-1985-serial-033"),
        pytest.param(date(2017, 7, 30), "M", 16, "17073003384", id="man-born-2017-serial-033-with-2-prefixed"),
        pytest.param(date(1999, 12, 31), "M", 0, None, id="last-day-before-2000-eerste-man"),
        pytest.param(date(2000, 1, 1), "F", 0, None, id="first-day-of-2000-eerste-vrouw-002"),
        pytest.param(date(1900, 1, 1), "F", 5, None, id="born-1900"),
        pytest.param(date(2026, 10, 31), "M", 7, None, id="born-last-month"),
        pytest.param(date(1960, 2, 29), "F", 498, None, id="vrouw-van-002-tot-998-the-last"),
        pytest.param(date(2004, 2, 29), "M", 498, None, id="man-van-001-tot-997-the-last"),
        pytest.param(date(1950, 3, 3), "M", 3, None, id="leading-zeroes-kept"),
    ],
)
def test_national_number_for_parses_back_to_birth_date_and_gender(birth, gender, rank, expected):
    """Every synthesized number is a valid rijksregisternummer (python-stdnum) that encodes the
    birth date and gender it was made for, before and after 2000; the serial is odd for men."""
    number = rules.national_number_for(birth, gender, rank)
    parsed = rules.parse_national_number(number)
    assert (parsed.kind, parsed.birth_date, parsed.gender) == ("nn", birth, gender)
    serial = int(number[6:9])
    assert serial == (2 * rank + 1 if gender == "M" else 2 * rank + 2)
    assert rules.national_number_rank(serial) == rank
    if expected:
        assert number == expected


def test_national_number_for_every_rank_of_a_day_is_distinct_and_valid():
    numbers = {
        rules.national_number_for(birth, gender, rank)
        for birth in (date(1999, 12, 31), date(2000, 1, 1))
        for gender in "MF"
        for rank in range(499)
    }
    assert len(numbers) == 4 * 499
    assert all(rules.parse_national_number(n).birth_date.year in (1999, 2000) for n in numbers)


@pytest.mark.parametrize(
    ("birth", "gender", "rank", "message"),
    [
        pytest.param(date(1980, 1, 1), "M", 499, "no serial left", id="man-after-997"),
        pytest.param(date(1980, 1, 1), "F", 499, "no serial left", id="vrouw-after-998"),
        pytest.param(date(1980, 1, 1), "X", 0, "gender", id="unknown-gender"),
        pytest.param(date(1899, 12, 31), "M", 0, "1900s", id="born-1899-ambiguous"),
    ],
)
def test_national_number_for_refuses_what_no_number_encodes(birth, gender, rank, message):
    with pytest.raises(ValueError, match=message):
        rules.national_number_for(birth, gender, rank)


def test_identity_conflicts_name_the_field():
    parsed = rules.parse_national_number("85073003328")
    assert set(rules.identity_conflicts(parsed, date(1985, 7, 31), "F")) == {"birth_date", "gender"}
    assert rules.identity_conflicts(parsed, date(1985, 7, 30), "M") == {}


@pytest.mark.parametrize(
    ("case", "signed", "effective", "start"),
    [
        pytest.param(
            AffiliationCase.FIRST_AFFILIATION, date(2026, 3, 17), None, date(2026, 4, 1), id="art6-5-month-after"
        ),
        pytest.param(
            AffiliationCase.FIRST_AFFILIATION, date(2026, 12, 1), None, date(2027, 1, 1), id="art6-5-year-end"
        ),
        pytest.param(
            AffiliationCase.TITULAR_FROM_OTHER_FUND,
            date(2026, 3, 17),
            date(2026, 5, 1),
            date(2026, 4, 1),
            id="art6-2-quarter",
        ),
        pytest.param(
            AffiliationCase.DEPENDENT_TO_TITULAR_SAME_FUND,
            date(2026, 3, 31),
            None,
            date(2026, 4, 1),
            id="art6-1-month-after",
        ),
    ],
)
def test_affiliation_start(case, signed, effective, start):
    assert rules.affiliation_start(case, signed, effective) == start


@pytest.mark.parametrize("since", ["2019-01", "2024-11", "2024-12", "2025-01", "2026-05", "2026-06"])
def test_paid_in_time_outcomes_are_what_entitlement_says(since):
    """Art. 8 §2 with no late month: the outcome depends only on the window's first month."""
    facts = history(since=since)
    outcomes = rules.paid_in_time_outcomes(EVENT)
    assert len(outcomes) == rules.WINDOW_MONTHS_BEFORE + 1
    assert rules.entitlement(facts, EVENT, AS_OF) == outcomes[rules.window_start_of(M(since), EVENT)]


@pytest.mark.parametrize(
    "late, expected",
    [
        ({}, True),
        ({"2025-03": date(2025, 5, 2)}, True),  # paid late, paid by now
        ({"2025-03": date(2026, 7, 1)}, False),  # paid after the judging day
        ({"2026-05": None}, False),  # open
        ({str(M("2023-01") + k): date(2025, 1, 1) for k in range(24)}, True),  # 24 late months: no revocation
        (
            {str(M("2023-01") + k): date(2025, 1, 1) for k in range(25)},
            False,
        ),  # 25: maybe a legacy revocation (Art. 8 §4)
    ],
)
def test_all_paid(late, expected):
    facts = history(since="2019-01", late=late)
    assert rules.all_paid(facts, AS_OF) is expected
    if expected:
        assert rules.entitlement(facts, EVENT, AS_OF) == rules.paid_in_time_outcomes(EVENT)[M("2024-07")]


@pytest.mark.parametrize(
    "month, on, prescribed",
    [
        ("2020-03", date(2025, 3, 31), False),  # five years after the end of March 2020: still due
        ("2020-03", date(2025, 4, 1), True),
        ("2021-02", date(2026, 2, 28), False),
        ("2021-02", date(2026, 3, 1), True),
        ("2026-11", date(2026, 11, 23), False),
    ],
)
def test_contribution_claims_prescribe_after_five_years(month, on, prescribed):
    """Art. 8 §2: "vijf jaar na het einde van de maand waarop de onbetaalde bijdragen betrekking hebben"."""
    assert rules.contribution_prescribed(M(month), on) is prescribed


# --- issue #14: the explanation's code and article -----------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "event", "as_of", "code", "article", "status"),
    [
        pytest.param(
            history(), EVENT, AS_OF, "entitlement.paid_window", "Art. 8 §2", Status.ENTITLED, id="art8-2-paid"
        ),
        pytest.param(
            history(unpaid=["2026-04", "2026-05", "2026-06"]),
            EVENT,
            AS_OF,
            "entitlement.presumed_in_order",
            "Art. 8 §2 1°",
            Status.ENTITLED,
            id="art8-2-1-presumed",
        ),
        pytest.param(
            ContributionHistory(
                affiliated_since=M("2020-01"),
                titular_since=M("2020-01"),
                late={M("2026-02"): None, M("2026-03"): None},
                judgments=(date(2026, 3, 15),),
            ),
            EVENT,
            date(2026, 9, 1),
            "entitlement.paid_by_judgment",
            "Art. 8 §3 2°",
            Status.ENTITLED,
            id="art8-3-2-judgment",
        ),
        pytest.param(
            ContributionHistory(
                affiliated_since=M("2020-01"), titular_since=M("2020-01"), unpriced_before=M("2026-01")
            ),
            EVENT,
            AS_OF,
            "entitlement.unknown_months",
            "Art. 8 §2",
            Status.SUSPENDED,
            id="art8-2-unknown",
        ),
        pytest.param(
            history(unpaid=["2026-06"], since="2025-12"),
            EVENT,
            AS_OF,
            "entitlement.unpaid",
            "Art. 8 §3",
            Status.SUSPENDED,
            id="art8-3-unpaid",
        ),
        pytest.param(
            history(unpaid=months("2024-01", "2026-06")),
            EVENT,
            AS_OF,
            "entitlement.unpaid_not_revoked",
            "Art. 8 §4",
            Status.SUSPENDED,
            id="art8-4-no-revocation-since-2021",
        ),
        pytest.param(
            history(since="2014-01", unpaid=months("2017-01", "2019-01")),
            M("2019-01"),
            AS_OF,
            "entitlement.revoked",
            "Art. 8 §4",
            Status.REVOKED,
            id="art8-4-legacy-revoked",
        ),
        pytest.param(
            history(since="2014-01", unpaid=months("2017-01", "2019-01")),
            M("2019-02"),
            AS_OF,
            "entitlement.restoration_running",
            "Art. 8 §4",
            Status.REVOKED,
            id="art8-4-restoration-running",
        ),
        pytest.param(
            history(since="2026-07"),
            EVENT,
            AS_OF,
            "entitlement.not_affiliated",
            "Art. 6",
            Status.NOT_AFFILIATED,
            id="art6-not-affiliated",
        ),
    ],
)
def test_the_explanation_has_its_code_and_article(facts, event, as_of, code, article, status):
    result = rules.entitlement_or_not_affiliated(facts, event, as_of)
    assert (result.status, result.code, result.article) == (status, code, article)
    assert result.as_dict()["code"] == code and result.as_dict()["article"] == article
    assert result.reason  # the English explanation stays beside them


# --- issue #16: the rarer Art. 8 explanations are declared reasons too, translated where shown -------------


@pytest.mark.parametrize(
    ("facts", "event", "as_of", "shown"),
    [
        pytest.param(
            history(unpaid=["2026-04", "2026-05", "2026-06"]),
            EVENT,
            AS_OF,
            [
                "Art. 8 §2: «contributions paid for 07/2024–06/2026.»",
                "Art. 8 §2 1°: «04/2026, 05/2026, 06/2026 presumed in order after 24 paid months.»",
            ],
            id="art8-2-1-presumed",
        ),
        pytest.param(
            ContributionHistory(
                affiliated_since=M("2020-01"),
                titular_since=M("2020-01"),
                late={M("2026-02"): None, M("2026-03"): None},
                judgments=(date(2026, 3, 15),),
            ),
            EVENT,
            date(2026, 9, 1),
            [
                "Art. 8 §2: «contributions paid for 07/2024–06/2026.»",
                "Art. 8 §3 2°: «02/2026, 03/2026 not paid but owed before the judgment of 15/03/2026: they count as "
                "paid (Art. 8 §3 2°, §4 2°).»",
            ],
            id="art8-3-2-judgment",
        ),
        pytest.param(
            ContributionHistory(
                affiliated_since=M("2026-01"),
                titular_since=M("2026-01"),
                prior=(rules.PriorPeriod(rules.PriorKind.OTHER_FUND, M("2025-02"), M("2025-12"), True),),
            ),
            EVENT,
            AS_OF,
            [
                "Art. 8 §2: «contributions paid for 02/2025–06/2026 (from 02/2025 at another Belgian fund or "
                "without affiliation, Art. 8 §2 2° a–b).»"
            ],
            id="art8-2-2-other-fund",
        ),
        pytest.param(
            # revoked in 2019-01, paying again from 2019-02, hardship: restored after 6 months (Art. 8 §4 lid 5)
            history(since="2014-01", unpaid=months("2017-01", "2019-01"), hardship=["2018-10"]),
            M("2019-08"),
            date(2021, 3, 1),
            [
                "Art. 8 §4: «contributions paid for 02/2019–08/2019 (since payments restarted after a restoration period).»"
            ],
            id="art8-4-restart",
        ),
        pytest.param(
            history(since="2026-07"), EVENT, AS_OF, ["Art. 6: «not affiliated in 06/2026.»"], id="art6-not-affiliated"
        ),
    ],
)
def test_the_rarer_art8_explanations_are_declared_reasons_shown_translated(facts, event, as_of, shown):
    """Each part goes through the translation (a marking translator here), its months mm/yyyy."""
    from core import reasons

    result = rules.entitlement_or_not_affiliated(facts, event, as_of)
    original = reasons._translate
    reasons.set_translator(lambda text: f"«{text}»")
    try:
        assert [reasons.render(part.to_json()) for part in result.explanation] == shown
    finally:
        reasons.set_translator(original)
