"""A bank statement as the parsers read it (issue #15, "Statements in"): pure, no Django.

``parse(data)`` recognises the format from the content (CODA 2.x: 128-character records starting with
a ``0`` header; camt.053: an XML ``Document`` with ``BkToCstmrStmt``; camt.054: ``BkToCstmrDbtCdtNtfctn``;
pain.002: ``CstmrPmtStsRpt``, the bank's status report on a file the fund sent, its rejected
transactions read as return entries) and returns the statements the file holds. A file that is not one of them, or is broken as a whole (a record of an unknown type, XML
that is not well-formed, a statement without its account), raises ``StatementFileError`` naming the
line or the element: nothing of it is used. One bad entry (an amount that is not a number, a date that
does not exist) is kept as a ``ParsedEntry`` with its ``error``: it is reported, the others go on.
"""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CODA = "coda"
CAMT_053 = "camt053"
CAMT_054 = "camt054"
PAIN_002 = "pain002"


class StatementFileError(ValueError):
    """The file as a whole cannot be read; the message names the line or the element."""


@dataclass(frozen=True)
class ParsedEntry:
    """One movement of a statement (a batch's transactions each on their own).

    ``amount`` is positive, ``credit`` says its direction (money in for the fund). ``error`` is set
    when the entry could not be read; then only ``where`` and what could be read are filled."""

    where: str  # "line 7" (CODA) or "Stmt[1]/Ntry[3]/TxDtls[2]" (camt.053)
    sequence: str  # the entry's place in its statement: "3", or "3.2" for a batch's second transaction
    amount: Decimal | None
    credit: bool
    booking_date: date | None
    value_date: date | None = None
    counterparty_name: str = ""
    counterparty_iban: str = ""
    counterparty_bic: str = ""
    #: the twelve digits of a Belgian structured communication (OGM/VCS), without +++ and slashes
    structured_reference: str = ""
    communication: str = ""
    bank_reference: str = ""
    end_to_end_id: str = ""
    #: CODA "type family operation category" (e.g. "00501000"), camt "PMNT/IDDT/UPDD"
    transaction_code: str = ""
    #: an R-transaction (return, reject, refund) of a direct debit, and its ISO reason code
    is_return: bool = False
    return_reason: str = ""
    error: str = ""

    @property
    def structured_communication(self) -> str:
        """``+++123/4567/89012+++`` as a member reads it on a transfer form."""
        ref = self.structured_reference
        return f"+++{ref[:3]}/{ref[3:7]}/{ref[7:]}+++" if len(ref) == 12 else ""


@dataclass
class ParsedStatement:
    format: str
    account_iban: str
    number: str  # CODA: the statement's sequence number; camt.053: Stmt/ElctrncSeqNb, else Stmt/Id
    statement_date: date
    currency: str = "EUR"
    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None
    entries: list[ParsedEntry] = field(default_factory=list)


def detect(data: bytes) -> str:
    """``CODA``, ``CAMT_053``, ``CAMT_054`` or ``PAIN_002`` from the content (never from the file name)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        start = data[:65536]
        if b"BkToCstmrStmt" in start or b"camt.053" in head:
            return CAMT_053
        if b"BkToCstmrDbtCdtNtfctn" in start or b"camt.054" in head:
            return CAMT_054
        if b"CstmrPmtStsRpt" in start or b"pain.002" in head:
            return PAIN_002
        raise StatementFileError(
            "XML but not a camt.053 statement, a camt.054 notification or a pain.002 status report "
            "(no BkToCstmrStmt, BkToCstmrDbtCdtNtfctn or CstmrPmtStsRpt element)."
        )
    if head[:1] == b"0" and head[1:5] == b"0000":
        return CODA
    raise StatementFileError(
        "Neither a CODA file (line 1 starts with 00000) nor a camt.053, camt.054 or pain.002 XML document."
    )


@contextlib.contextmanager
def collector_paused():
    """The cyclic garbage collector paused for a block. A statement of 500,000 entries is millions of
    objects (the XML tree, the entries, their rows and lines), none in a reference cycle: the
    collector would only walk them again and again as they pile up (a quarter to a third of the
    import's Python time, measured at 20,000 entries). Memory is still freed by reference counting;
    what the collector would find is found when the block ends."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def parse(data: bytes) -> tuple[str, list[ParsedStatement]]:
    """The format and the statements of a bank file (``StatementFileError`` when it cannot be read). A
    camt.054 notification and a pain.002 status report are read as statements of their entries."""
    from bank import camt, coda, pain002

    kind = detect(data)
    with collector_paused():
        if kind == CODA:
            statements = coda.parse(data)
        elif kind == PAIN_002:
            statements = pain002.parse(data)
        else:
            statements = camt.parse(data)
    if not statements:
        raise StatementFileError("The file holds no statement.")
    return kind, statements


def format_structured(digits: str) -> str:
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++" if len(digits) == 12 else ""


def structured_digits(text: str) -> str:
    """The twelve digits of a structured communication written in any of the usual ways
    (``+++123/4567/89012+++``, ``***…***``, bare digits) when its mod-97 check holds, else ``""``."""
    compact = "".join(ch for ch in text if ch not in "+*/ ")
    if len(compact) != 12 or not compact.isdigit():
        return ""
    base, check = int(compact[:10]), int(compact[10:])
    return compact if (base % 97 or 97) == check else ""
