"""Issue #16: what kind of term a clerk typed in the one search box (``core.search.parse``, pure) and its
bound (``core.bounds.search_text_problem``). Table tests: each row a query as a clerk types it."""

import pytest

from core import bounds
from core.search import MAX_LENGTH, Kind, NameSplit, Query, name_splits, parse

NN, SC, IBAN, NUM, PC, STREET, NAME = (
    Kind.NATIONAL_NUMBER,
    Kind.STRUCTURED_COMMUNICATION,
    Kind.IBAN,
    Kind.NUMBER,
    Kind.POSTAL_CODE,
    Kind.STREET,
    Kind.NAME,
)


@pytest.mark.parametrize(
    "text, kinds",
    [
        pytest.param("85.03.14-123.02", {NN}, id="national-number-as-printed-on-the-eid"),
        pytest.param("85031412302", {NN}, id="national-number-digits"),
        pytest.param("850314 123 02", {NN}, id="national-number-with-spaces"),
        pytest.param("85/03/14-123-02", {NN}, id="national-number-any-punctuation"),
        pytest.param("+++000/0000/12326+++", {SC}, id="structured-communication"),
        pytest.param("***000/0000/12326***", {SC}, id="structured-communication-stars"),
        pytest.param("000/0000/12326", {SC}, id="structured-communication-without-plusses"),
        pytest.param("000000012326", {SC}, id="structured-communication-digits"),
        pytest.param("+++000/0000/12397+++", set(), id="structured-communication-wrong-check-digits"),
        pytest.param("BE71 0961 2345 6769", {IBAN}, id="iban-grouped"),
        pytest.param("be71096123456769", {IBAN}, id="iban-lower-case"),
        pytest.param("NL91ABNA0417164300", {IBAN}, id="iban-foreign"),
        pytest.param("123", {NUM}, id="household-claim-or-rental-number"),
        pytest.param("#123", {NUM}, id="number-with-hash"),
        pytest.param("1000", {NUM, PC}, id="postal-code-or-number"),
        pytest.param("9999", {NUM, PC}, id="last-postal-code"),
        pytest.param("0999", {NUM}, id="not-a-belgian-postal-code"),
        pytest.param("12345678901234", set(), id="too-many-digits-for-anything"),
        pytest.param("0", set(), id="zero-is-no-id"),
        pytest.param("Peeters", {NAME, STREET}, id="last-name-or-street"),
        pytest.param("Jan", {NAME, STREET}, id="first-name-alone"),
        pytest.param("Peeters Jan", {NAME, STREET}, id="last-first"),
        pytest.param("Jan Peeters", {NAME, STREET}, id="first-last"),
        pytest.param("D'Hondt", {NAME, STREET}, id="apostrophe"),
        pytest.param("Marie-Claire Dubois", {NAME, STREET}, id="hyphen"),
        pytest.param("Kerkstraat 12", {STREET}, id="street-and-number"),
        pytest.param("2000 Kerkstraat", {PC, STREET}, id="postal-code-and-street"),
        pytest.param("Kerkstraat 12 2000", {PC, STREET}, id="street-number-postal-code"),
        pytest.param("", set(), id="empty"),
        pytest.param("   ", set(), id="blank"),
        pytest.param("+-./", set(), id="punctuation-only"),
    ],
)
def test_kind_of_term(text, kinds):
    assert parse(text).kinds == kinds


def test_values_are_normalised():
    assert parse("85.03.14-123.02").national_number == "85031412302"
    assert parse("+++000/0000/12326+++").household_reference == 123
    assert parse("be71 0961 2345 6769").iban == "BE71096123456769"
    assert parse("#0042").number == 42
    query = parse("  2000   Kerkstraat ")
    assert (query.text, query.postal_code, query.street) == ("2000 Kerkstraat", "2000", "kerkstraat")
    assert parse("Kerkstraat 12").street == "kerkstraat 12"


def test_names_are_read_in_either_order_and_alone():
    assert name_splits("Peeters Jan") == (
        NameSplit("peeters jan"),
        NameSplit("", "peeters jan"),
        NameSplit("peeters", "jan"),
        NameSplit("jan", "peeters"),
    )
    assert name_splits("Jan") == (NameSplit("jan"), NameSplit("", "jan"))
    splits = name_splits("Van den Broeck Jan")
    assert NameSplit("van den broeck", "jan") in splits and NameSplit("jan", "van den broeck") in splits


def test_a_long_name_is_only_read_as_a_whole():
    assert name_splits("a b c d e f g") == (NameSplit("a b c d e f g"), NameSplit("", "a b c d e f g"))


def test_accents_typed_as_two_characters_are_one():
    assert parse("Dubois Rene\u0301").names[0] == NameSplit("dubois ren\u00e9")


def test_without_drops_the_readings_a_role_may_not_search_by():
    query = parse("1000")
    assert query.without(frozenset({Kind.POSTAL_CODE})).kinds == {Kind.NUMBER}
    assert parse("BE71096123456769").without(frozenset({Kind.IBAN})).kinds == frozenset()
    assert Query(text="x").without(frozenset(Kind)).kinds == frozenset()


@pytest.mark.parametrize(
    "text, refused",
    [
        pytest.param("Peeters", False, id="a-name"),
        pytest.param("x" * MAX_LENGTH, False, id="at-the-bound"),
        pytest.param("x" * (MAX_LENGTH + 1), True, id="overlong"),
        pytest.param("Peeters\x00", True, id="nul-byte"),
        pytest.param("Peeters\x07", True, id="control-character"),
        pytest.param("Peeters\tJan", False, id="a-tab-is-a-space"),
    ],
)
def test_search_text_bound(text, refused):
    problem = bounds.search_text_problem(text, max_length=MAX_LENGTH)
    assert (problem is not None) == refused
    if refused and len(text) > MAX_LENGTH:
        assert "100" in problem
