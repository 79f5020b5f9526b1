"""The SEPA Core rulebook's rules as tables (no database)."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from bank import rules
from bank.rules import AccountChange, PastCollection, SequenceType
from core.months import Month

SIGNED = datetime(2026, 1, 10, 9, 0)


def at(day: int, month: int = 2) -> datetime:
    return datetime(2026, month, day, 10, 0)


# --- FRST / RCUR ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "collections,changes,expected",
    [
        pytest.param([], [], SequenceType.FIRST, id="rulebook-first-collection-is-frst"),
        pytest.param([PastCollection(at(1), False)], [], SequenceType.RECURRENT, id="rulebook-after-a-frst-rcur"),
        pytest.param(
            [PastCollection(at(1), False), PastCollection(at(1, 3), False)],
            [],
            SequenceType.RECURRENT,
            id="rulebook-third-collection-rcur",
        ),
        pytest.param(
            [PastCollection(at(1), True)], [], SequenceType.FIRST, id="rulebook-returned-frst-next-is-frst-again"
        ),
        pytest.param(
            [PastCollection(at(1), False), PastCollection(at(1, 3), True)],
            [],
            SequenceType.RECURRENT,
            id="rulebook-returned-rcur-stays-rcur",
        ),
        pytest.param(
            [PastCollection(at(1), False)],
            [AccountChange(at(15), True)],
            SequenceType.FIRST,
            id="smnda-account-to-another-bank-frst-again",
        ),
        pytest.param(
            [PastCollection(at(1), False)],
            [AccountChange(at(15), False)],
            SequenceType.RECURRENT,
            id="smnda-account-within-the-same-bank-stays-rcur",
        ),
        pytest.param(
            [PastCollection(at(1), False), PastCollection(at(1, 3), False)],
            [AccountChange(at(15), True)],
            SequenceType.RECURRENT,
            id="smnda-after-the-new-banks-first-collection-rcur",
        ),
        pytest.param(
            [PastCollection(at(1), False), PastCollection(at(1, 3), True)],
            [AccountChange(at(15), True)],
            SequenceType.FIRST,
            id="smnda-first-at-the-new-bank-returned-frst-again",
        ),
    ],
)
def test_sequence_type_follows_the_mandates_history(collections, changes, expected):
    assert rules.sequence_type(collections, changes) == expected


@pytest.mark.parametrize(
    "old,new,other",
    [
        pytest.param("BE41063012345610", "BE21001234567803", True, id="be-belfius-to-bnp-other-bank"),
        pytest.param("BE41063012345610", "BE41 0630 1234 5610", False, id="same-account-spaces"),
        pytest.param("BE94735001234514", "BE07363001234566", True, id="be-kbc-to-ing"),
        pytest.param("NL91ABNA0417164300", "NL20INGB0001234567", True, id="nl-abn-to-ing"),
        pytest.param("NL91ABNA0417164300", "NL69ABNA0123456789", False, id="nl-same-bank"),
        pytest.param("BE41063012345610", "NL91ABNA0417164300", True, id="other-country"),
    ],
)
def test_a_new_account_at_another_bank_is_recognised(old, new, other):
    assert rules.is_other_bank(old, new) is other


LAST = at(1)


@pytest.mark.parametrize(
    "amendments,last,expected",
    [
        pytest.param([rules.PastAmendment("iban", "BE41063012345610", at(15), True)], None, None, id="never-presented"),
        pytest.param(
            [rules.PastAmendment("iban", "BE41063012345610", at(1) - timedelta(days=1), True)],
            LAST,
            None,
            id="amended-before-the-last-collection",
        ),
        pytest.param(
            [rules.PastAmendment("iban", "BE41063012345610", at(15), True)],
            LAST,
            rules.AmendmentInfo(new_debtor_agent=True),
            id="at2425-smnda-other-bank",
        ),
        pytest.param(
            [rules.PastAmendment("iban", "BE41063012345610", at(15), False)],
            LAST,
            rules.AmendmentInfo(original_iban="BE41063012345610"),
            id="at2425-original-iban-same-bank",
        ),
        pytest.param(
            [rules.PastAmendment("reference", "OLD-1", at(10)), rules.PastAmendment("reference", "OLD-2", at(12))],
            LAST,
            rules.AmendmentInfo(original_mandate_id="OLD-1"),
            id="at2425-original-mandate-id-the-first-one",
        ),
        pytest.param([rules.PastAmendment("debtor_name", "Jan", at(15))], LAST, None, id="a-new-name-is-not-told"),
    ],
)
def test_what_the_collection_after_an_amendment_tells_the_debtors_bank(amendments, last, expected):
    assert rules.amendment_info(amendments, last) == expected


# --- expiry: 36 months without a collection (rulebook PR-01.05) -------------------------------------


@pytest.mark.parametrize(
    "signed_on,last,today,expired",
    [
        pytest.param(date(2020, 3, 15), None, date(2023, 3, 14), False, id="pr0105-unused-day-before-36-months"),
        pytest.param(date(2020, 3, 15), None, date(2023, 3, 15), True, id="pr0105-unused-36-months-after-signature"),
        pytest.param(date(2020, 3, 15), date(2022, 1, 3), date(2023, 3, 15), False, id="pr0105-collected-since"),
        pytest.param(date(2020, 3, 15), date(2022, 1, 3), date(2025, 1, 2), False, id="pr0105-last-collection-35m"),
        pytest.param(date(2020, 3, 15), date(2022, 1, 3), date(2025, 1, 3), True, id="pr0105-last-collection-36m"),
        pytest.param(date(2021, 2, 28), date(2022, 8, 31), date(2025, 8, 31), True, id="pr0105-month-end"),
    ],
)
def test_a_mandate_expires_36_months_after_its_last_collection(signed_on, last, today, expired):
    assert rules.mandate_expired(signed_on=signed_on, last_collection_on=last, today=today) is expired


# --- TARGET2 business days and the pre-notification --------------------------------------------------


@pytest.mark.parametrize(
    "day,business",
    [
        pytest.param(date(2026, 7, 1), True, id="wednesday"),
        pytest.param(date(2026, 7, 4), False, id="saturday"),
        pytest.param(date(2026, 7, 5), False, id="sunday"),
        pytest.param(date(2027, 1, 1), False, id="new-year"),
        pytest.param(date(2026, 4, 3), False, id="good-friday-2026"),
        pytest.param(date(2026, 4, 6), False, id="easter-monday-2026"),
        pytest.param(date(2025, 4, 18), False, id="good-friday-2025"),
        pytest.param(date(2025, 4, 21), False, id="easter-monday-2025"),
        pytest.param(date(2026, 5, 1), False, id="labour-day"),
        pytest.param(date(2026, 12, 25), False, id="christmas"),
        pytest.param(date(2026, 12, 28), True, id="after-christmas-monday"),
        pytest.param(date(2025, 12, 26), False, id="boxing-day"),
        pytest.param(date(2026, 7, 21), True, id="belgian-national-day-is-a-target2-day"),
        pytest.param(date(2026, 5, 14), True, id="ascension-is-a-target2-day"),
    ],
)
def test_target2_business_days(day, business):
    assert rules.is_business_day(day) is business


@pytest.mark.parametrize(
    "year,easter",
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28))],
    ids=["2024", "2025", "2026", "2027"],
)
def test_easter(year, easter):
    assert rules.easter_sunday(year) == easter


@pytest.mark.parametrize(
    "today,days,earliest",
    [
        pytest.param(date(2026, 6, 15), 14, date(2026, 6, 29), id="pt0403-14-days-a-monday"),
        pytest.param(date(2026, 6, 13), 14, date(2026, 6, 29), id="pt0403-14-days-lands-on-saturday-next-monday"),
        pytest.param(date(2026, 12, 11), 14, date(2026, 12, 28), id="pt0403-lands-on-christmas-next-business-day"),
        pytest.param(date(2026, 6, 15), 5, date(2026, 6, 22), id="pt0403-agreed-shorter-period"),
    ],
)
def test_the_earliest_collection_date_after_the_pre_notification(today, days, earliest):
    assert rules.earliest_collection_date(today=today, prenotification_days=days) == earliest


# --- what a run takes --------------------------------------------------------------------------------


def dues(*months):
    return [rules.OpenDue(i, Month(2026, m), Decimal("10.00")) for i, m in enumerate(months, 1)]


@pytest.mark.parametrize(
    "frequency,collection_date,through",
    [
        pytest.param(rules.Frequency.MONTHLY, date(2026, 7, 1), Month(2026, 7), id="monthly-through-collection-month"),
        pytest.param(rules.Frequency.YEARLY, date(2026, 7, 1), Month(2026, 12), id="yearly-the-collections-year"),
        pytest.param(rules.Frequency.YEARLY, date(2027, 1, 15), Month(2027, 12), id="yearly-january-next-year"),
    ],
)
def test_which_months_a_collection_takes(frequency, collection_date, through):
    assert rules.collectable_months_through(frequency, collection_date) == through


def test_collectable_takes_the_months_in_the_window_oldest_first_and_nothing_at_zero():
    open_dues = [*dues(5, 3, 9), rules.OpenDue(99, Month(2026, 4), Decimal("0.00"))]
    chosen = rules.collectable(open_dues, through=Month(2026, 7), oldest=Month(2026, 4))
    assert [d.month for d in chosen] == [Month(2026, 5)]
    chosen = rules.collectable(open_dues, through=Month(2026, 12), oldest=Month(2021, 1))
    assert [d.month for d in chosen] == [Month(2026, 3), Month(2026, 5), Month(2026, 9)]


# --- identifiers and texts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,valid",
    [
        pytest.param("ZF-H12-20260110-A1B2C3", True, id="generated"),
        pytest.param("MANDAAT 2026/0001", True, id="space-and-slash"),
        pytest.param("/LEADING", False, id="leading-slash"),
        pytest.param("TRAILING/", False, id="trailing-slash"),
        pytest.param("A//B", False, id="double-slash"),
        pytest.param("Ré-2026", False, id="accent-outside-the-sepa-set"),
        pytest.param("X" * 35, True, id="35-characters"),
        pytest.param("X" * 36, False, id="36-characters"),
        pytest.param("", False, id="empty"),
        pytest.param(" PADDED", False, id="leading-space"),
    ],
)
def test_sepa_identifiers(value, valid):
    assert rules.is_sepa_id(value) is valid


def test_generated_identifiers_are_valid_sepa_ids():
    message = rules.message_id(date(2026, 7, 1), "deadbeefcafe")
    assert message == "ZFDD-20260701-DEADBEEF"
    assert rules.is_sepa_id(message)
    assert rules.end_to_end_id(message, 123) == "ZFDD-20260701-DEADBEEF-000123"
    assert rules.is_sepa_id(rules.end_to_end_id(message, 999_999))
    assert rules.is_sepa_id(rules.mandate_reference(1234567, date(2026, 1, 10), "a1b2c3"))


@pytest.mark.parametrize(
    "language,months,text",
    [
        pytest.param(
            "nl",
            [Month(2026, 7)],
            "Bijdrage aanvullende verzekering 07/2026 - mandaat REF-1",
            id="nl-one-month",
        ),
        pytest.param(
            "fr",
            [Month(2026, 1), Month(2026, 2), Month(2026, 3)],
            "Cotisation assurance complementaire 01/2026-03/2026 - mandat REF-1",
            id="fr-a-run-of-months",
        ),
        pytest.param(
            "en",
            [Month(2026, 1), Month(2026, 3)],
            "Complementary insurance contribution 01/2026..03/2026 (2) - mandate REF-1",
            id="en-months-with-a-gap",
        ),
    ],
)
def test_remittance_text(language, months, text):
    assert rules.remittance_text(language=language, months=months, reference="REF-1") == text


@pytest.mark.parametrize(
    "titular,region,language",
    [
        pytest.param("", "flanders", "nl", id="flanders-dutch"),
        pytest.param("", "wallonia", "fr", id="wallonia-french"),
        pytest.param("", "brussels", "nl", id="brussels-the-funds-language"),
        pytest.param("", "abroad", "en", id="abroad-english"),
        pytest.param("fr", "flanders", "fr", id="the-titulars-own-language-first"),
    ],
)
def test_the_households_language(titular, region, language):
    assert rules.household_language(titular_language=titular, region=region) == language


@pytest.mark.parametrize(
    "code,suspends",
    [
        pytest.param("AC04", True, id="ac04-closed-account-suspends"),
        pytest.param("MD01", True, id="md01-no-mandate-suspends"),
        pytest.param("MD07", True, id="md07-deceased-suspends"),
        pytest.param("AC06", True, id="ac06-blocked-suspends"),
        pytest.param("SL01", True, id="sl01-creditor-blocked-suspends"),
        pytest.param("AM04", False, id="am04-insufficient-funds-retries"),
        pytest.param("MD06", False, id="md06-refund-keeps-the-mandate"),
        pytest.param("MS02", False, id="ms02-refused-once-keeps-the-mandate"),
    ],
)
def test_which_return_reasons_suspend_the_mandate(code, suspends):
    assert rules.RETURN_REASONS[code].suspends_mandate is suspends


def test_the_models_reason_choices_are_the_rules_table():
    from bank.models import ReturnReasonCode

    assert {c.value for c in ReturnReasonCode} == set(rules.RETURN_REASONS)


def test_months_text_of_nothing_and_of_a_year():
    assert rules.months_text([]) == ""
    year = [Month(2026, m) for m in range(1, 13)]
    assert rules.months_text(year) == "01/2026-12/2026"
    assert len(rules.remittance_text(language="nl", months=year, reference="X" * 35)) <= 140
    assert rules.next_business_day(date(2026, 12, 24)) == date(2026, 12, 24)
    assert rules.next_business_day(date(2026, 12, 25)) == date(2026, 12, 28)
