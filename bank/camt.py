"""camt.053 (ISO 20022 "Bank to customer statement"), versions .001.02 and .001.08, and camt.054 ("Bank to
customer debit/credit notification": the same entries under ``Ntfctn``, without balances): pure, no Django.

Namespace-agnostic: elements are found by their local names, so .02, .08 and the versions between
read alike. The XML is read safely without a new dependency, as defusedxml does it: a first pass
through expat refuses any DTD (so no entity can be declared: no "billion laughs", no external
entity), then ElementTree builds the tree of what is left. Read per statement (``Stmt``)::

    Stmt/Id, ElctrncSeqNb, CreDtTm, Acct/Id/IBAN, Acct/Ccy, Bal (OPBD/CLBD: Amt, CdtDbtInd)
    Ntry: Amt, CdtDbtInd, BookgDt/Dt|DtTm, ValDt/Dt|DtTm, AcctSvcrRef, BkTxCd/Domn (Cd, Fmly/Cd,
          Fmly/SubFmlyCd), NtryDtls/TxDtls*:
        Refs/EndToEndId, Refs/AcctSvcrRef, Amt (.08) or AmtDtls/TxAmt/Amt (.02), CdtDbtInd,
        RltdPties/Dbtr|Cdtr/Nm (.08: Dbtr/Pty/Nm), DbtrAcct|CdtrAcct/Id/IBAN,
        RltdAgts/DbtrAgt|CdtrAgt/FinInstnId/BIC|BICFI, RmtInf/Ustrd, RmtInf/Strd/CdtrRefInf/Ref,
        RtrInf/Rsn/Cd

A batch entry (several ``TxDtls``) gives one entry per transaction; an entry without details is one
entry. The counterparty of a credit is its debtor, of a debit its creditor; a returned direct debit
(``RtrInf``) names the original debtor.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from bank.statement_formats import (
    CAMT_053,
    CAMT_054,
    ParsedEntry,
    ParsedStatement,
    StatementFileError,
    structured_digits,
)

Element = ElementTree.Element


def _refuse_dtd(*args):
    raise StatementFileError("the XML declares a DTD or entities: refused (camt.053 has none).")


def _safe_tree(data: bytes) -> Element:
    checker = expat.ParserCreate()
    checker.StartDoctypeDeclHandler = _refuse_dtd
    checker.EntityDeclHandler = _refuse_dtd
    checker.UnparsedEntityDeclHandler = _refuse_dtd
    checker.ExternalEntityRefHandler = _refuse_dtd
    try:
        checker.Parse(data, True)
    except expat.ExpatError as exc:
        raise StatementFileError(
            f"line {exc.lineno}, column {exc.offset}: the XML is not well-formed ({expat.errors.messages[exc.code]})."
        ) from exc
    root = ElementTree.fromstring(data)
    # namespace-agnostic: each tag becomes its local name once, so that a lookup is ElementTree's own
    # ``find`` (in C) instead of comparing the local name of every child (a statement of 500,000 entries)
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: Element | None, *path: str) -> Element | None:
    for name in path:
        if element is None:
            return None
        element = element.find(name)
    return element


def _children(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else element.findall(name)


def _text(element: Element | None, *path: str) -> str:
    found = _child(element, *path)
    return (found.text or "").strip() if found is not None else ""


def _amount(element: Element | None, where: str) -> Decimal:
    raw = (element.text or "").strip() if element is not None else ""
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValueError(f"{where}: not an amount: {raw!r}") from exc
    if not value.is_finite() or value < 0:
        raise ValueError(f"{where}: not an amount: {raw!r}")
    return value


def _date(element: Element | None, where: str) -> date | None:
    """``Dt`` (YYYY-MM-DD) or ``DtTm`` (its date part) under ``element``."""
    if element is None:
        return None
    raw = _text(element, "Dt") or _text(element, "DtTm")[:10]
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"{where}: not a date: {raw!r}") from exc


def parse(data: bytes) -> list[ParsedStatement]:
    """The statements of a camt.053 (``Stmt``), or the notifications of a camt.054 (``Ntfctn``: the
    same entries, sent during the day, e.g. the direct debits that came back; no balances)."""
    root = _safe_tree(data)
    document = _local(root.tag) == "Document"
    report = _child(root, "BkToCstmrStmt") if document else None
    if report is not None:
        return [_statement(stmt, f"Stmt[{i}]") for i, stmt in enumerate(_children(report, "Stmt"), start=1)]
    notification = _child(root, "BkToCstmrDbtCdtNtfctn") if document else None
    if notification is not None:
        return [
            _statement(ntfctn, f"Ntfctn[{i}]", kind=CAMT_054)
            for i, ntfctn in enumerate(_children(notification, "Ntfctn"), start=1)
        ]
    raise StatementFileError(
        f"<{_local(root.tag)}>: not a camt.053 or camt.054 document (Document/BkToCstmrStmt or BkToCstmrDbtCdtNtfctn)."
    )


def _balance(stmt: Element, code: str) -> Decimal | None:
    for balance in _children(stmt, "Bal"):
        if _text(balance, "Tp", "CdOrPrtry", "Cd") == code:
            value = _amount(_child(balance, "Amt"), f"Bal[{code}]/Amt")
            return -value if _text(balance, "CdtDbtInd") == "DBIT" else value
    return None


def _statement(stmt: Element, where: str, kind: str = CAMT_053) -> ParsedStatement:
    iban = _text(stmt, "Acct", "Id", "IBAN").replace(" ", "").upper()
    if not iban:
        raise StatementFileError(f"{where}/Acct/Id/IBAN: the statement names no account.")
    number = _text(stmt, "ElctrncSeqNb") or _text(stmt, "LglSeqNb") or _text(stmt, "Id")
    if not number:
        raise StatementFileError(f"{where}/Id: the statement has no identification.")
    try:
        created = _text(stmt, "CreDtTm")[:10]
        to_date = _text(stmt, "FrToDt", "ToDtTm")[:10]
        statement_date = date.fromisoformat(to_date or created)
        opening, closing = _balance(stmt, "OPBD"), _balance(stmt, "CLBD")
    except ValueError as exc:
        raise StatementFileError(f"{where}: {exc}") from exc
    statement = ParsedStatement(
        format=kind,
        account_iban=iban,
        number=number,
        statement_date=statement_date,
        currency=_text(stmt, "Acct", "Ccy") or "EUR",
        opening_balance=opening,
        closing_balance=closing,
    )
    for index, entry in enumerate(_children(stmt, "Ntry"), start=1):
        statement.entries.extend(_entries(entry, f"{where}/Ntry[{index}]", str(index)))
    return statement


def _entries(ntry: Element, where: str, sequence: str) -> list[ParsedEntry]:
    details = [tx for block in _children(ntry, "NtryDtls") for tx in _children(block, "TxDtls")]
    code = "/".join(
        part
        for part in (
            _text(ntry, "BkTxCd", "Domn", "Cd"),
            _text(ntry, "BkTxCd", "Domn", "Fmly", "Cd"),
            _text(ntry, "BkTxCd", "Domn", "Fmly", "SubFmlyCd"),
        )
        if part
    ) or _text(ntry, "BkTxCd", "Prtry", "Cd")
    entry_reference = _text(ntry, "AcctSvcrRef") or _text(ntry, "NtryRef")
    entry_credit = _text(ntry, "CdtDbtInd") == "CRDT"
    try:
        if _text(ntry, "CdtDbtInd") not in ("CRDT", "DBIT"):
            raise ValueError(f"{where}/CdtDbtInd: neither CRDT nor DBIT")
        entry_amount = _amount(_child(ntry, "Amt"), f"{where}/Amt")
        booking = _date(_child(ntry, "BookgDt"), f"{where}/BookgDt")
        value = _date(_child(ntry, "ValDt"), f"{where}/ValDt")
    except ValueError as exc:
        return [
            ParsedEntry(
                where=where,
                sequence=sequence,
                amount=None,
                credit=entry_credit,
                booking_date=None,
                bank_reference=entry_reference,
                transaction_code=code,
                error=str(exc),
            )
        ]
    if not details:
        return [
            ParsedEntry(
                where=where,
                sequence=sequence,
                amount=entry_amount,
                credit=entry_credit,
                booking_date=booking or value,
                value_date=value,
                bank_reference=entry_reference,
                communication=_text(ntry, "AddtlNtryInf"),
                transaction_code=code,
                is_return=code.endswith("UPDD") or code.endswith("RRTN"),
            )
        ]
    batch = len(details) > 1
    entries = []
    for index, tx in enumerate(details, start=1):
        tx_where = f"{where}/NtryDtls/TxDtls[{index}]" if batch else where
        entries.append(
            _transaction(
                tx,
                where=tx_where,
                sequence=f"{sequence}.{index}" if batch else sequence,
                index=index,
                entry_amount=None if batch else entry_amount,
                entry_credit=entry_credit,
                booking=booking or value,
                value=value,
                entry_reference=entry_reference,
                code=code,
                batch=batch,
            )
        )
    return entries


def _party(tx: Element, role: str) -> tuple[str, str, str]:
    """Name, IBAN and BIC of the debtor (``Dbtr``) or creditor (``Cdtr``) of a transaction."""
    parties = _child(tx, "RltdPties")
    name = _text(parties, role, "Nm") or _text(parties, role, "Pty", "Nm")
    iban = _text(parties, f"{role}Acct", "Id", "IBAN").replace(" ", "").upper()
    agent = _child(tx, "RltdAgts", f"{role}Agt", "FinInstnId")
    bic = _text(agent, "BIC") or _text(agent, "BICFI")
    return name, iban, bic


def _transaction(
    tx: Element,
    *,
    where: str,
    sequence: str,
    entry_amount: Decimal | None,
    entry_credit: bool,
    booking: date | None,
    value: date | None,
    entry_reference: str,
    code: str,
    batch: bool,
    index: int,
) -> ParsedEntry:
    indicator = _text(tx, "CdtDbtInd")
    credit = entry_credit if not indicator else indicator == "CRDT"
    reference = _text(tx, "Refs", "AcctSvcrRef") or (
        f"{entry_reference}/{index}" if batch and entry_reference else entry_reference
    )
    end_to_end = _text(tx, "Refs", "EndToEndId")
    if end_to_end.upper() == "NOTPROVIDED":
        end_to_end = ""
    reason = _text(tx, "RtrInf", "Rsn", "Cd")
    is_return = bool(_child(tx, "RtrInf") is not None or code.endswith("UPDD") or code.endswith("RRTN"))
    # a credit comes from the debtor; a debit goes to the creditor; a returned debit names the debtor
    name, iban, bic = _party(tx, "Dbtr" if credit or is_return else "Cdtr")
    strd = [_text(block, "CdtrRefInf", "Ref") for block in _children(_child(tx, "RmtInf"), "Strd")]
    unstructured = " ".join(_text(el) for el in _children(_child(tx, "RmtInf"), "Ustrd")).strip()
    structured = next((d for d in (structured_digits(ref) for ref in strd) if d), "")
    if not structured and unstructured:
        structured = structured_digits(unstructured)
    communication = unstructured or " ".join(ref for ref in strd if ref and not structured_digits(ref))
    common: dict[str, Any] = {
        "where": where,
        "sequence": sequence,
        "credit": credit,
        "booking_date": booking,
        "value_date": value,
        "counterparty_name": name,
        "counterparty_iban": iban,
        "counterparty_bic": bic,
        "structured_reference": structured,
        "communication": communication,
        "bank_reference": reference,
        "end_to_end_id": end_to_end,
        "transaction_code": code,
        "is_return": is_return,
        "return_reason": reason,
    }
    try:
        amount_element = _child(tx, "Amt")
        if amount_element is None:
            amount_element = _child(tx, "AmtDtls", "TxAmt", "Amt")
        if amount_element is None and entry_amount is not None:
            amount = entry_amount
        else:
            amount = _amount(amount_element, f"{where}/Amt")
    except ValueError as exc:
        return ParsedEntry(amount=None, error=str(exc), **common)
    return ParsedEntry(amount=amount, **common)
