"""Build CODA 2.3 and camt.053 files for the tests (and the fixtures under ``fixtures/``, written by
``python -m bank.tests.statement_builders``): the record positions of ``bank/coda.py``'s docstring.

A statement is ``Stmt(account, number, day, entries)``; an entry ``Tx(...)``, a batch ``Batch(ref,
day, [Tx, ...])`` (CODA: a total of type 1 followed by its details of type 5; camt: one ``Ntry``
with several ``TxDtls``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

FUND_IBAN = "BE68539007547034"
FUND_BIC = "GKCCBEBB"
FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Tx:
    amount: Decimal
    day: date
    credit: bool = True
    name: str = ""
    iban: str = ""
    bic: str = ""
    structured: str = ""  # twelve digits
    message: str = ""
    ref: str = ""
    e2e: str = ""
    reason: str = ""  # ISO return reason: a returned direct debit
    family: str = "01"  # CODA family: 01 transfer, 05 direct debit
    operation: str = "50"
    amount_text: str = ""  # to break an amount on purpose


@dataclass
class Batch:
    ref: str
    day: date
    txs: list[Tx]
    message: str = ""


@dataclass
class Stmt:
    number: int
    day: date
    entries: list = field(default_factory=list)
    opening: Decimal = Decimal("1000.00")


# --- CODA --------------------------------------------------------------------------------------------


def _rec(*parts: tuple[int, str]) -> str:
    line = [" "] * 128
    for start, text in parts:
        for offset, ch in enumerate(text):
            line[start - 1 + offset] = ch
    return "".join(line)


def _ddmmyy(day: date) -> str:
    return f"{day:%d%m%y}"


def _amt(value: Decimal) -> str:
    return f"{int(abs(value) * 1000):015d}"


def _movement(seq: int, detail: int, tx: Tx, kind: str, statement_number: int) -> list[str]:
    code = f"{kind}{tx.family}{tx.operation}000"
    if tx.structured:
        communication = [(62, "1"), (63, "101"), (66, tx.structured)]
    else:
        communication = [(62, "0"), (63, tx.message[:53])]
    r21 = _rec(
        (1, "21"),
        (3, f"{seq:04d}"),
        (7, f"{detail:04d}"),
        (11, tx.ref.ljust(21)[:21]),
        (32, "0" if tx.credit else "1"),
        (33, tx.amount_text or _amt(tx.amount)),
        (48, _ddmmyy(tx.day)),
        (54, code),
        *communication,
        (116, _ddmmyy(tx.day)),
        (122, f"{statement_number:03d}"),
        (125, "0"),
        (126, "1"),
        (128, "0"),
    )
    r22 = _rec(
        (1, "22"),
        (3, f"{seq:04d}"),
        (7, f"{detail:04d}"),
        (11, "" if tx.structured else tx.message[53:106]),
        (64, tx.e2e),
        (99, tx.bic),
        *([(113, "2"), (114, tx.reason)] if tx.reason else []),
        (126, "1"),
        (128, "0"),
    )
    r23 = _rec(
        (1, "23"),
        (3, f"{seq:04d}"),
        (7, f"{detail:04d}"),
        (11, tx.iban),
        (45, "EUR" if tx.iban else ""),
        (48, tx.name[:35]),
        (126, "0"),
        (128, "0"),
    )
    return [r21, r22, r23]


def coda_file(statements: list[Stmt], *, account: str = FUND_IBAN) -> bytes:
    lines = []
    balance = None
    for index, stmt in enumerate(statements):
        balance = stmt.opening if balance is None else balance
        body = []
        debit = credit = Decimal("0")
        seq = 0
        for entry in stmt.entries:
            seq += 1
            if isinstance(entry, Batch):
                total = sum((t.amount for t in entry.txs), Decimal("0"))
                head = Tx(
                    amount=total, day=entry.day, ref=entry.ref, message=entry.message, family="05", operation="01"
                )
                body += _movement(seq, 0, head, "1", stmt.number)[:1]
                for detail, tx in enumerate(entry.txs, start=1):
                    tx.ref = tx.ref or entry.ref
                    body += _movement(seq, detail, tx, "5", stmt.number)
                credit += total
            else:
                body += _movement(seq, 0, entry, "0", stmt.number)
                if entry.credit:
                    credit += entry.amount
                else:
                    debit += entry.amount
        closing = balance + credit - debit
        lines.append(
            _rec(
                (1, "00000"),
                (6, _ddmmyy(stmt.day)),
                (12, "539"),
                (15, "05"),
                (25, f"CODA{stmt.number:06d}"),
                (35, "ZIEKENFONDS DEMO"),
                (61, FUND_BIC),
                (72, "00412345678"),
                (128, "2"),
            )
        )
        lines.append(
            _rec(
                (1, "12"),
                (3, f"{stmt.number:03d}"),
                (6, account),
                (40, "EUR"),
                (43, "0"),
                (44, _amt(balance)),
                (59, _ddmmyy(stmt.day)),
                (65, "ZIEKENFONDS DEMO"),
                (91, "Bijdragen"),
                (126, f"{stmt.number:03d}"),
            )
        )
        lines += body
        lines.append(_rec((1, "4 "), (3, "01"), (5, "00"), (33, "Dagafschrift van de bijdragenrekening"), (128, "0")))
        lines.append(
            _rec(
                (1, "8"),
                (2, f"{stmt.number:03d}"),
                (5, account),
                (39, "EUR"),
                (42, "0"),
                (43, _amt(closing)),
                (58, _ddmmyy(stmt.day)),
            )
        )
        lines.append(
            _rec(
                (1, "9"),
                (17, f"{len(body) + 1:06d}"),
                (23, _amt(debit)),
                (38, _amt(credit)),
                (128, "2" if index == len(statements) - 1 else "1"),
            )
        )
        balance = closing
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


# --- camt.053 ----------------------------------------------------------------------------------------

_NS = {"02": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "08": "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tx_details(tx: Tx, version: str, *, batch: bool) -> str:
    credit = tx.credit
    party = "Dbtr" if credit or tx.reason else "Cdtr"
    name = f"<Pty><Nm>{_esc(tx.name)}</Nm></Pty>" if version == "08" else f"<Nm>{_esc(tx.name)}</Nm>"
    parties = ""
    if tx.name or tx.iban:
        parties = f"<RltdPties><{party}>{name}</{party}>"
        if tx.iban:
            parties += f"<{party}Acct><Id><IBAN>{tx.iban}</IBAN></Id></{party}Acct>"
        parties += "</RltdPties>"
    agents = ""
    if tx.bic:
        tag = "BICFI" if version == "08" else "BIC"
        agents = f"<RltdAgts><{party}Agt><FinInstnId><{tag}>{tx.bic}</{tag}></FinInstnId></{party}Agt></RltdAgts>"
    amount = tx.amount_text or f"{tx.amount:.2f}"
    if version == "08":
        amount_xml = f'<Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{"CRDT" if credit else "DBIT"}</CdtDbtInd>'
    else:
        amount_xml = f'<AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>'
    if not batch:
        amount_xml = "" if version == "02" else amount_xml
    remittance = ""
    if tx.structured:
        remittance = (
            "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>"
            f"<Ref>{tx.structured}</Ref></CdtrRefInf></Strd></RmtInf>"
        )
    elif tx.message:
        remittance = f"<RmtInf><Ustrd>{_esc(tx.message)}</Ustrd></RmtInf>"
    refs = "<Refs>" + (f"<AcctSvcrRef>{tx.ref}</AcctSvcrRef>" if batch and tx.ref else "")
    refs += f"<EndToEndId>{tx.e2e or 'NOTPROVIDED'}</EndToEndId></Refs>"
    returned = f"<RtrInf><Rsn><Cd>{tx.reason}</Cd></Rsn></RtrInf>" if tx.reason else ""
    return f"<TxDtls>{refs}{amount_xml}{parties}{agents}{remittance}{returned}</TxDtls>"


def _bank_code(family: str, credit: bool, returned: bool) -> str:
    if family == "05":
        sub = "UPDD" if returned else "ESDD"
        fam = "IDDT"
    else:
        fam, sub = ("RCDT", "ESCT") if credit else ("ICDT", "ESCT")
    return f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{fam}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>"


def _ntry(entry, version: str) -> str:
    if isinstance(entry, Batch):
        total = sum((t.amount for t in entry.txs), Decimal("0"))
        details = "".join(_tx_details(t, version, batch=True) for t in entry.txs)
        return (
            f'<Ntry><Amt Ccy="EUR">{total:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>{_status(version)}</Sts>'
            f"<BookgDt><Dt>{entry.day}</Dt></BookgDt><ValDt><Dt>{entry.day}</Dt></ValDt>"
            f"<AcctSvcrRef>{entry.ref}</AcctSvcrRef>{_bank_code('05', True, False)}"
            f"<NtryDtls><Btch><NbOfTxs>{len(entry.txs)}</NbOfTxs></Btch>{details}</NtryDtls></Ntry>"
        )
    tx = entry
    amount = tx.amount_text or f"{tx.amount:.2f}"
    return (
        f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{"CRDT" if tx.credit else "DBIT"}</CdtDbtInd>'
        f"<Sts>{_status(version)}</Sts><BookgDt><Dt>{tx.day}</Dt></BookgDt><ValDt><Dt>{tx.day}</Dt></ValDt>"
        f"<AcctSvcrRef>{tx.ref}</AcctSvcrRef>{_bank_code(tx.family, tx.credit, bool(tx.reason))}"
        f"<NtryDtls>{_tx_details(tx, version, batch=False)}</NtryDtls></Ntry>"
    )


def _status(version: str) -> str:
    return "<Cd>BOOK</Cd>" if version == "08" else "BOOK"


def camt_file(statements: list[Stmt], *, version: str = "08", account: str = FUND_IBAN) -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{_NS[version]}"><BkToCstmrStmt>',
        f"<GrpHdr><MsgId>CAMT-{statements[0].day:%Y%m%d}-{statements[0].number}</MsgId>"
        f"<CreDtTm>{statements[-1].day}T06:00:00</CreDtTm></GrpHdr>",
    ]
    balance = None
    for stmt in statements:
        balance = stmt.opening if balance is None else balance
        moved = Decimal("0")
        for entry in stmt.entries:
            if isinstance(entry, Batch):
                moved += sum((t.amount for t in entry.txs), Decimal("0"))
            else:
                moved += entry.amount if entry.credit else -entry.amount
        closing = balance + moved
        parts.append(
            f"<Stmt><Id>{stmt.day:%Y%m%d}-{stmt.number:03d}</Id><ElctrncSeqNb>{stmt.number}</ElctrncSeqNb>"
            f"<CreDtTm>{stmt.day}T06:00:00</CreDtTm>"
            f"<Acct><Id><IBAN>{account}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
            f'<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{balance:.2f}</Amt>'
            f"<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{stmt.day}</Dt></Dt></Bal>"
            f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{closing:.2f}</Amt>'
            f"<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{stmt.day}</Dt></Dt></Bal>"
        )
        parts += [_ntry(entry, version) for entry in stmt.entries]
        parts.append("</Stmt>")
        balance = closing
    parts.append("</BkToCstmrStmt></Document>\n")
    return "".join(parts).encode("utf-8")


# --- the fixtures: two days of the fund's contributions account (July 2026) -----------------------------

#: Households of the fixtures (ids far above what the tests' sequences reach).
PAYS_BY_REFERENCE, PAYS_BY_IBAN, CLOSED_ACCOUNT, NO_FUNDS, COLLECTED = 7000001, 7000002, 7000003, 7000004, 7000005
#: The collection run the fixtures' direct debits belong to (its items' end-to-end ids end -000001 …).
RUN_MESSAGE_ID = "ZFDD-20260701-STMTTEST"
#: The IBANs of the households paying by direct debit (bank/tests/conftest.py IBANS), and strangers'.
KNOWN_IBAN = "BE21001234567803"
STRANGER_IBAN = "BE62510007547061"
DAY_1, DAY_2 = date(2026, 7, 1), date(2026, 7, 3)


def structured(household_id: int) -> str:
    base = f"{household_id:010d}"
    return base + f"{(int(base) % 97) or 97:02d}"


def e2e(index: int) -> str:
    return f"{RUN_MESSAGE_ID}-{index:06d}"


def scenario() -> list[Stmt]:
    """Day 1: a transfer with the structured communication, the collection credited as one batch of
    three direct debits, a stranger's transfer. Day 2: a transfer from a known IBAN without
    communication, two returned direct debits (AC04 account closed, AM04 insufficient funds) and
    the bank's costs."""
    return [
        Stmt(
            101,
            DAY_1,
            [
                Tx(
                    Decimal("120.00"),
                    DAY_1,
                    name="Jan Peeters",
                    iban="BE71096123456769",
                    bic="GKCCBEBB",
                    structured=structured(PAYS_BY_REFERENCE),
                    ref="0701A0000001",
                ),
                Batch(
                    "0701DD000001",
                    DAY_1,
                    [
                        Tx(
                            Decimal("70.00"),
                            DAY_1,
                            name="Els Maes",
                            iban="BE94735001234514",
                            e2e=e2e(1),
                            family="05",
                            operation="01",
                        ),
                        Tx(
                            Decimal("70.00"),
                            DAY_1,
                            name="Luc Wouters",
                            iban="BE07363001234566",
                            e2e=e2e(2),
                            family="05",
                            operation="01",
                        ),
                        Tx(
                            Decimal("70.00"),
                            DAY_1,
                            name="An Claes",
                            iban="BE41063012345610",
                            e2e=e2e(3),
                            family="05",
                            operation="01",
                        ),
                    ],
                    message=f"SEPA DD {RUN_MESSAGE_ID}",
                ),
                Tx(
                    Decimal("50.00"),
                    DAY_1,
                    name="Onbekende Betaler",
                    iban=STRANGER_IBAN,
                    message="lidgeld",
                    ref="0701A0000002",
                ),
            ],
        ),
        Stmt(
            102,
            DAY_2,
            [
                Tx(
                    Decimal("30.00"),
                    DAY_2,
                    name="Mia Janssens",
                    iban=KNOWN_IBAN,
                    message="bijdrage",
                    ref="0703A0000001",
                ),
                Tx(
                    Decimal("70.00"),
                    DAY_2,
                    credit=False,
                    name="Els Maes",
                    iban="BE94735001234514",
                    e2e=e2e(1),
                    reason="AC04",
                    family="05",
                    operation="03",
                    ref="0703R0000001",
                ),
                Tx(
                    Decimal("70.00"),
                    DAY_2,
                    credit=False,
                    name="Luc Wouters",
                    iban="BE07363001234566",
                    e2e=e2e(2),
                    reason="AM04",
                    family="05",
                    operation="03",
                    ref="0703R0000002",
                ),
                Tx(
                    Decimal("2.50"),
                    DAY_2,
                    credit=False,
                    message="Kosten domiciliering juni",
                    family="80",
                    operation="37",
                    ref="0703K0000001",
                ),
            ],
            opening=Decimal("1000.00"),
        ),
    ]


def write_fixtures() -> list[Path]:
    FIXTURES.mkdir(exist_ok=True)
    written = []
    for name, content in (
        ("coda_2026-07-01_03.cod", coda_file(scenario())),
        ("camt053_2026-07-01_03.xml", camt_file(scenario(), version="08")),
    ):
        path = FIXTURES / name
        path.write_bytes(content)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_fixtures():
        print(path)


def format_structured(digits: str) -> str:
    return f"+++{digits[:3]}/{digits[3:7]}/{digits[7:]}+++"
