"""CODA 2.x (Febelfin "Coded statement of account", version 2.3): the Belgian banks' daily statement.

Written against the Febelfin specification (not pycoda, whose GPLv3+ licence is not the project's).
Pure: bytes in, ``ParsedStatement``s out. A file is a sequence of 128-character records (lines
shorter than 128 are padded with spaces, as many banks trim them; longer ones are refused). The
positions below are the specification's, counted from 1 (Python slices are ``[start-1:end]``).

Record 0, header (one per statement)::

    1 "0" | 2-5 "0000" | 6-11 creation date DDMMYY | 12-14 bank id | 15-16 application code "05" |
    17 duplicate "D" | 25-34 file reference | 35-60 addressee | 61-71 BIC | 72-82 company number |
    128 version "2"

Record 1, old balance::

    1 "1" | 2 account structure (0 Belgian number, 1 foreign, 2 Belgian IBAN, 3 foreign IBAN) |
    3-5 statement (paper) sequence number | 6-42 account and currency (structure 2: IBAN 6-21;
    3: IBAN 6-39; currency 40-42) | 43 sign (0 credit, 1 debit) | 44-58 balance, 3 decimals |
    59-64 balance date DDMMYY | 65-90 holder name | 91-125 account description |
    126-128 CODA statement sequence number

Record 21, movement (part 1)::

    1-2 "21" | 3-6 continuous sequence number | 7-10 detail number | 11-31 bank reference |
    32 movement sign (0 credit, 1 debit) | 33-47 amount, 3 decimals | 48-53 value date DDMMYY |
    54-61 transaction code: 54 type (0 simple, 1 total of the customer's batch, 5 its detail,
    2/6 the bank's batch and detail …), 55-56 family, 57-58 operation, 59-61 category |
    62 communication type (0 free, 1 structured) | 63-115 communication: structured type 101 =
    63-65 "101" and 66-77 the twelve digits of the OGM/VCS | 116-121 entry date DDMMYY |
    122-124 statement sequence number | 125 globalisation code | 126 next code | 128 link code

Record 22, movement (part 2)::

    1-2 "22" | 3-6, 7-10 as 21 | 11-63 communication (continued) | 64-98 customer reference
    (the SEPA end-to-end id) | 99-109 counterparty BIC | 113 R-transaction type (1 reject,
    2 return, 3 refund, 4 reversal, 5 cancellation) | 114-117 ISO reason (AC04, AM04 …) |
    118-121 category purpose | 122-125 purpose | 126 next code | 128 link code

Record 23, movement (part 3)::

    1-2 "23" | 3-6, 7-10 as 21 | 11-47 counterparty account (IBAN 11-44, currency 45-47) |
    48-82 counterparty name | 83-125 communication (continued) | 126 next code | 128 link code

Records 31, 32, 33, information (details of the movement, not money): 31 has its bank reference
11-31, transaction code 32-39, communication type 40 and communication 41-113; 32 11-115; 33 11-100.
Record 4, free message: 33-112. Record 8, new balance: 2-4 statement number, 5-41 account,
42 sign, 43-57 balance, 58-63 date DDMMYY. Record 9, trailer: 17-22 number of records, 23-37 debit
total, 38-52 credit total, 128 "2" when it is the last statement of the file.

Batches: a movement of type 1 or 2 (detail number 0000) is the total of the transactions that follow
with detail numbers 0001, 0002 … (types 5 or 6): the details are the entries, the total is not
counted twice. Family 05 is the direct debit: operation 01 a collection credited, 03 an unpaid
(returned) debit, 05 a refund to the debtor.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from bank.statement_formats import CODA, ParsedEntry, ParsedStatement, StatementFileError

RECORD_LENGTH = 128
#: Family 05 (direct debit) operations that take back a collection: unpaid (03), refund (05).
DIRECT_DEBIT_FAMILY = "05"
RETURN_OPERATIONS = ("03", "05")
#: CODA structured communication type of a Belgian OGM/VCS.
OGM_TYPE = "101"


def _field(record: str, start: int, end: int) -> str:
    return record[start - 1 : end]


def _date(text: str) -> date | None:
    """DDMMYY; ``000000`` (no date) is None; a date that does not exist raises ``ValueError``."""
    if text.strip("0 ") == "":
        return None
    if len(text) != 6 or not text.isdigit():
        raise ValueError(f"not a date (DDMMYY): {text!r}")
    return date(2000 + int(text[4:6]), int(text[2:4]), int(text[0:2]))


def _amount(text: str) -> Decimal:
    """Fifteen digits, the last three decimals (``000000000012500`` is 12.50)."""
    if len(text) != 15 or not text.isdigit():
        raise ValueError(f"not an amount (15 digits): {text!r}")
    return Decimal(text) / 1000


def _lines(data: bytes) -> list[tuple[int, str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # CODA is ISO 8859-1 at most banks
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if len(line) > RECORD_LENGTH:
            raise StatementFileError(f"line {number}: {len(line)} characters, a CODA record has 128.")
        lines.append((number, line.ljust(RECORD_LENGTH)))
    return lines


class _Movement:
    """A movement (records 21, 22, 23 and the information 31-33) while it is read."""

    def __init__(self, line: int, record: str):
        self.line = line
        self.r21 = record
        self.r22 = ""
        self.r23 = ""
        self.info: list[str] = []

    @property
    def sequence(self) -> str:
        return _field(self.r21, 3, 6)

    @property
    def detail(self) -> str:
        return _field(self.r21, 7, 10)


def parse(data: bytes) -> list[ParsedStatement]:
    statements: list[ParsedStatement] = []
    lines = _lines(data)
    if not lines:
        raise StatementFileError("line 1: the file is empty.")
    current: dict | None = None
    for number, record in lines:
        kind = record[0]
        if kind == "0":
            if current is not None:
                raise StatementFileError(f"line {number}: a new header (record 0) before the trailer (record 9).")
            if _field(record, 2, 5) != "0000":
                raise StatementFileError(f"line {number}: not a CODA header (positions 2-5 are not 0000).")
            current = {"header": record, "header_line": number, "record1": None, "movements": [], "record8": None}
            continue
        if current is None:
            raise StatementFileError(f"line {number}: record {kind} before the header (record 0).")
        if kind == "1":
            current["record1"] = (number, record)
        elif kind == "2":
            sub = record[1]
            if sub == "1":
                current["movements"].append(_Movement(number, record))
            elif sub in "23":
                if not current["movements"]:
                    raise StatementFileError(f"line {number}: record 2{sub} without its record 21.")
                setattr(current["movements"][-1], f"r2{sub}", record)
            else:
                raise StatementFileError(f"line {number}: unknown record type 2{sub}.")
        elif kind == "3":
            if record[1] not in "123" or not current["movements"]:
                raise StatementFileError(f"line {number}: information record 3{record[1]} without its movement.")
            current["movements"][-1].info.append(record)
        elif kind == "4":
            pass  # free message: nothing the fund books
        elif kind == "8":
            current["record8"] = (number, record)
        elif kind == "9":
            statements.append(_statement(current, number))
            current = None
        else:
            raise StatementFileError(f"line {number}: unknown record type {kind!r} (CODA records are 0-4, 8, 9).")
    if current is not None:
        raise StatementFileError(f"line {lines[-1][0]}: the file ends without a trailer (record 9).")
    return statements


def _account(record: str, structure: str) -> tuple[str, str]:
    if structure == "2":
        return _field(record, 6, 21).strip(), _field(record, 40, 42).strip()
    if structure == "3":
        return _field(record, 6, 39).strip(), _field(record, 40, 42).strip()
    if structure == "0":
        return _field(record, 6, 17).strip(), _field(record, 19, 21).strip()
    return _field(record, 6, 39).strip(), _field(record, 40, 42).strip()


def _signed(sign: str, amount: Decimal) -> Decimal:
    return -amount if sign == "1" else amount


def _statement(current: dict, trailer_line: int) -> ParsedStatement:
    header_line = current["header_line"]
    if current["record1"] is None:
        raise StatementFileError(f"line {header_line}: the statement has no old balance (record 1).")
    line1, record1 = current["record1"]
    structure = record1[1]
    account, currency = _account(record1, structure)
    if not account:
        raise StatementFileError(f"line {line1}: no account number in record 1 (positions 6-42).")
    try:
        opening = _signed(record1[42], _amount(_field(record1, 44, 58)))
        created = _date(_field(current["header"], 6, 11))
        closing = None
        statement_date = created
        if current["record8"] is not None:
            line8, record8 = current["record8"]
            closing = _signed(record8[41], _amount(_field(record8, 43, 57)))
            statement_date = _date(_field(record8, 58, 63)) or created
    except ValueError as exc:
        raise StatementFileError(f"line {line1}: {exc}") from exc
    if statement_date is None:
        raise StatementFileError(f"line {header_line}: the statement has no date (record 0, positions 6-11).")
    statement = ParsedStatement(
        format=CODA,
        account_iban=account.replace(" ", "").upper(),
        number=_field(record1, 3, 5).strip() or _field(record1, 126, 128).strip(),
        statement_date=statement_date,
        currency=currency or "EUR",
        opening_balance=opening,
        closing_balance=closing,
    )
    movements = current["movements"]
    batches = {m.sequence for m in movements if m.detail.strip("0") != ""}
    for movement in movements:
        if movement.detail.strip("0") == "" and movement.sequence in batches:
            continue  # the total of a batch whose transactions follow
        statement.entries.append(_entry(movement, statement_date))
    return statement


def _entry(movement: _Movement, statement_date: date) -> ParsedEntry:
    r21, r22, r23 = movement.r21, movement.r22, movement.r23
    detail = movement.detail.strip("0")
    sequence = str(int(movement.sequence)) if movement.sequence.isdigit() else movement.sequence.strip()
    if detail:
        sequence = f"{sequence}.{int(movement.detail)}"
    where = f"line {movement.line}"
    code = _field(r21, 54, 61)
    family, operation = code[1:3], code[3:5]
    structured = ""
    communication = ""
    if r21[61] == "1" and _field(r21, 63, 65) == OGM_TYPE:
        structured = _field(r21, 66, 77)
        if not structured.isdigit():
            structured = ""
    elif r21[61] == "1":
        communication = _field(r21, 63, 115).strip()
    else:
        communication = _field(r21, 63, 115)
        if r22:
            communication += _field(r22, 11, 63)
        if r23:
            communication += _field(r23, 83, 125)
        communication = " ".join(communication.split())
    r_type = r22[112].strip() if r22 else ""
    reason = _field(r22, 114, 117).strip() if r22 else ""
    counterparty_iban = _field(r23, 11, 44).strip().replace(" ", "").upper() if r23 else ""
    common: dict[str, Any] = {
        "where": where,
        "sequence": sequence,
        # a batch's transactions share the batch's reference: the detail number makes each one's
        "bank_reference": _field(r21, 11, 31).strip() + (f"/{int(movement.detail)}" if detail else ""),
        "end_to_end_id": _field(r22, 64, 98).strip() if r22 else "",
        "counterparty_bic": _field(r22, 99, 109).strip() if r22 else "",
        "counterparty_iban": counterparty_iban,
        "counterparty_name": _field(r23, 48, 82).strip() if r23 else "",
        "structured_reference": structured,
        "communication": communication,
        "transaction_code": code,
        "is_return": bool(r_type) or (family == DIRECT_DEBIT_FAMILY and operation in RETURN_OPERATIONS),
        "return_reason": reason,
    }
    sign = r21[31]
    try:
        if sign not in "01":
            raise ValueError(f"movement sign {sign!r} is neither 0 (credit) nor 1 (debit)")
        amount = _amount(_field(r21, 33, 47))
        value_date = _date(_field(r21, 48, 53))
        booking_date = _date(_field(r21, 116, 121)) or statement_date
    except ValueError as exc:
        return ParsedEntry(amount=None, credit=sign == "0", booking_date=None, error=f"{where}: {exc}", **common)
    return ParsedEntry(amount=amount, credit=sign == "0", booking_date=booking_date, value_date=value_date, **common)
