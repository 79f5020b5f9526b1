"""The CODA 2.3 and camt.053 parsers (pure, no database): the fixtures read field by field, a bad
entry isolated, a broken file refused naming its line or element."""

from datetime import date
from decimal import Decimal

import pytest

from bank import camt, coda
from bank.statement_formats import CAMT_053, CODA, StatementFileError, detect, parse, structured_digits
from bank.tests import statement_builders as b

CODA_FILE = (b.FIXTURES / "coda_2026-07-01_03.cod").read_bytes()
CAMT_FILE = (b.FIXTURES / "camt053_2026-07-01_03.xml").read_bytes()
CAMT_02 = b.camt_file(b.scenario(), version="02")

FILES = [
    pytest.param(CODA_FILE, CODA, id="coda-2.3"),
    pytest.param(CAMT_FILE, CAMT_053, id="camt.053.001.08"),
    pytest.param(CAMT_02, CAMT_053, id="camt.053.001.02"),
]


def fixtures_are_current():
    """The committed fixtures are what the builders write (regenerate: python -m bank.tests.statement_builders)."""
    assert CODA_FILE == b.coda_file(b.scenario())
    assert CAMT_FILE == b.camt_file(b.scenario(), version="08")


def test_the_fixtures_are_what_the_builders_write():
    fixtures_are_current()


@pytest.mark.parametrize("data,kind", FILES)
def test_the_format_is_recognised_from_the_content(data, kind):
    assert detect(data) == kind


@pytest.mark.parametrize("data,kind", FILES)
def test_statements_account_number_date_and_balances(data, kind):
    found, statements = parse(data)
    assert found == kind
    assert [(s.account_iban, s.number, s.statement_date) for s in statements] == [
        (b.FUND_IBAN, "101", b.DAY_1),
        (b.FUND_IBAN, "102", b.DAY_2),
    ]
    assert [(s.opening_balance, s.closing_balance) for s in statements] == [
        (Decimal("1000"), Decimal("1380")),
        (Decimal("1380"), Decimal("1267.5")),
    ]


def _row(e):
    return (
        e.sequence,
        e.amount,
        e.credit,
        e.booking_date,
        e.counterparty_iban,
        e.structured_communication,
        e.communication,
        e.bank_reference,
        e.end_to_end_id,
        e.is_return,
        e.return_reason,
    )


EXPECTED = [
    ("1", Decimal("120"), True, b.DAY_1, "BE71096123456769", "+++000/7000/00193+++", "", "0701A0000001", "", False, ""),
    ("2.1", Decimal("70"), True, b.DAY_1, "BE94735001234514", "", "", "0701DD000001/1", b.e2e(1), False, ""),
    ("2.2", Decimal("70"), True, b.DAY_1, "BE07363001234566", "", "", "0701DD000001/2", b.e2e(2), False, ""),
    ("2.3", Decimal("70"), True, b.DAY_1, "BE41063012345610", "", "", "0701DD000001/3", b.e2e(3), False, ""),
    ("3", Decimal("50"), True, b.DAY_1, b.STRANGER_IBAN, "", "lidgeld", "0701A0000002", "", False, ""),
    ("1", Decimal("30"), True, b.DAY_2, b.KNOWN_IBAN, "", "bijdrage", "0703A0000001", "", False, ""),
    ("2", Decimal("70"), False, b.DAY_2, "BE94735001234514", "", "", "0703R0000001", b.e2e(1), True, "AC04"),
    ("3", Decimal("70"), False, b.DAY_2, "BE07363001234566", "", "", "0703R0000002", b.e2e(2), True, "AM04"),
    ("4", Decimal("2.5"), False, b.DAY_2, "", "", "Kosten domiciliering juni", "0703K0000001", "", False, ""),
]


@pytest.mark.parametrize("data,kind", FILES)
def test_every_entry_read_a_batch_as_its_transactions(data, kind):
    _kind, statements = parse(data)
    rows = [_row(e) for s in statements for e in s.entries]
    assert rows == EXPECTED
    assert [e.counterparty_name for e in statements[0].entries] == [
        "Jan Peeters",
        "Els Maes",
        "Luc Wouters",
        "An Claes",
        "Onbekende Betaler",
    ]


def test_coda_transaction_codes_family_05_is_the_direct_debit():
    _kind, statements = parse(CODA_FILE)
    codes = [e.transaction_code for s in statements for e in s.entries]
    assert codes[1:4] == ["50501000"] * 3  # details (type 5) of a collection (family 05, operation 01)
    assert codes[6:8] == ["00503000"] * 2  # unpaid direct debits (operation 03)


@pytest.mark.parametrize(
    "text,digits",
    [
        pytest.param("+++000/7000/00193+++", "000700000193", id="ogm-plus"),
        pytest.param("***000/7000/00193***", "000700000193", id="ogm-stars"),
        pytest.param("000700000193", "000700000193", id="bare-digits"),
        pytest.param("+++000/7000/00194+++", "", id="wrong-check-digits"),
        pytest.param("lidgeld 2026", "", id="free-text"),
    ],
)
def test_structured_communication_mod_97(text, digits):
    assert structured_digits(text) == digits


def _broken_coda_amount() -> bytes:
    statements = b.scenario()
    statements[0].entries[2].amount_text = "00000000005O000"  # a letter O in the amount
    return b.coda_file(statements)


def _broken_camt_amount() -> bytes:
    statements = b.scenario()
    statements[0].entries[2].amount_text = "5O.00"
    return b.camt_file(statements)


@pytest.mark.parametrize(
    "data,where",
    [
        pytest.param(_broken_coda_amount(), "line 16", id="coda-amount-not-a-number"),
        pytest.param(_broken_camt_amount(), "Stmt[1]/Ntry[3]/Amt", id="camt-amount-not-a-number"),
    ],
)
def test_one_bad_entry_is_reported_and_the_others_are_read(data, where):
    _kind, statements = parse(data)
    entries = [e for s in statements for e in s.entries]
    bad = [e for e in entries if e.error]
    assert len(entries) == 9
    assert [e.sequence for e in bad] == ["3"]
    assert bad[0].error.startswith(where) and bad[0].amount is None
    assert [e.amount for e in entries if not e.error][:4] == [
        Decimal("120"),
        Decimal("70"),
        Decimal("70"),
        Decimal("70"),
    ]


CODA_LINES = CODA_FILE.decode("latin-1").split("\r\n")


@pytest.mark.parametrize(
    "data,message",
    [
        pytest.param(b"", "Neither a CODA file", id="empty"),
        pytest.param(b"date;amount\n01/07/2026;12,00\n", "Neither a CODA file", id="a-csv"),
        pytest.param(
            "\r\n".join(CODA_LINES[:5] + ["7" + CODA_LINES[5][1:]] + CODA_LINES[6:]).encode("latin-1"),
            "line 6: unknown record type '7'",
            id="coda-unknown-record",
        ),
        pytest.param(
            "\r\n".join(CODA_LINES[:3] + [CODA_LINES[3] + "XX"] + CODA_LINES[4:]).encode("latin-1"),
            "line 4: 130 characters",
            id="coda-record-too-long",
        ),
        pytest.param("\r\n".join(CODA_LINES[:20]).encode("latin-1"), "without a trailer", id="coda-truncated"),
        pytest.param(CAMT_FILE.replace(b"</Stmt>", b"", 1), "line 2, column", id="camt-not-well-formed"),
        pytest.param(
            CAMT_FILE.replace(b"<IBAN>BE68539007547034</IBAN>", b"", 1), "Stmt[1]/Acct/Id/IBAN", id="camt-no-account"
        ),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<Document><BkToCstmrStmt>&b;</BkToCstmrStmt></Document>",
            "DTD",
            id="camt-entity-expansion-refused",
        ),
    ],
)
def test_a_broken_file_is_refused_naming_the_line_or_element(data, message):
    with pytest.raises(StatementFileError) as refused:
        parse(data)
    assert message in str(refused.value)


def test_the_parsers_are_pure():
    """No Django in the parsers (import-linter's "Rules are pure" contract checks it too)."""
    import sys

    for module in (coda, camt):
        source = open(module.__file__, encoding="utf-8").read()
        assert "django" not in source
    assert "bank.statement_formats" in sys.modules


def test_a_camt_date_time_booking_date_is_read_as_its_date():
    data = CAMT_FILE.replace(b"<BookgDt><Dt>2026-07-03</Dt>", b"<BookgDt><DtTm>2026-07-03T10:15:00+02:00</DtTm>", 1)
    _kind, statements = parse(data)
    assert statements[1].entries[0].booking_date == date(2026, 7, 3)
