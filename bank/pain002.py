"""pain.002 (ISO 20022 "Customer payment status report"), versions .001.03 to .001.14: pure, no Django.

The bank's answer to a file the fund sent, before any money moves: a direct debit of a pain.008 the
debtor's bank *rejected* (R-transaction "reject": closed account AC04, no mandate MD01, …) or a credit
transfer of a pain.001 it refused. Each rejected transaction becomes an entry the statement import
already knows how to book (issue #15, "Returns and rejections"): a return (``is_return``) with its
original end-to-end id, amount and ISO reason, so the collection item is returned (the months open
again, the mandate suspended where the reason says so) or the payout transfer rejected, exactly as a
camt.053 return entry does. Accepted transactions (``ACCP``, ``ACSC`` …) change nothing and are left out.

Read (namespace-agnostic, by local names, like ``bank.camt``; the XML read with the same DTD refusal)::

    CstmrPmtStsRpt/GrpHdr/MsgId, CreDtTm
    OrgnlGrpInfAndSts/OrgnlMsgId, GrpSts, StsRsnInf/Rsn/Cd
    OrgnlPmtInfAndSts*/TxInfAndSts*: StsId, OrgnlEndToEndId, TxSts, StsRsnInf/Rsn/Cd,
        OrgnlTxRef/Amt/InstdAmt, OrgnlTxRef/Dbtr[/Pty]/Nm, OrgnlTxRef/DbtrAcct/Id/IBAN

A report that rejects the whole file (``GrpSts`` ``RJCT`` and no transaction listed) names no debit:
it is refused with the reason, since the file as a whole has to be made again.
"""

from __future__ import annotations

from datetime import date

from bank.camt import _amount, _child, _children, _local, _safe_tree, _text
from bank.statement_formats import PAIN_002, ParsedEntry, ParsedStatement, StatementFileError

#: The statement "account" of a status report (it names the fund's file, not an account).
ACCOUNT = "PAIN002"
#: Transaction statuses that refuse the transaction (rejected; cancelled).
REFUSED = frozenset({"RJCT", "CANC"})


def parse(data: bytes) -> list[ParsedStatement]:
    root = _safe_tree(data)
    report = _child(root, "CstmrPmtStsRpt") if _local(root.tag) == "Document" else None
    if report is None:
        raise StatementFileError(f"<{_local(root.tag)}>: not a pain.002 document (Document/CstmrPmtStsRpt).")
    message = _text(report, "GrpHdr", "MsgId")
    if not message:
        raise StatementFileError("GrpHdr/MsgId: the status report has no identification.")
    try:
        created = date.fromisoformat(_text(report, "GrpHdr", "CreDtTm")[:10])
    except ValueError as exc:
        raise StatementFileError(f"GrpHdr/CreDtTm: not a date: {_text(report, 'GrpHdr', 'CreDtTm')!r}") from exc
    group = _child(report, "OrgnlGrpInfAndSts")
    original = _text(group, "OrgnlMsgId")
    transactions = [tx for block in _children(report, "OrgnlPmtInfAndSts") for tx in _children(block, "TxInfAndSts")]
    if _text(group, "GrpSts") in REFUSED and not transactions:
        reason = _text(group, "StsRsnInf", "Rsn", "Cd") or "—"
        raise StatementFileError(
            f"the bank rejected the whole file {original or '?'} (reason {reason}): nothing of it was collected or "
            "paid; make the file again once the reason is corrected."
        )
    statement = ParsedStatement(format=PAIN_002, account_iban=ACCOUNT, number=message[:35], statement_date=created)
    for index, tx in enumerate(transactions, start=1):
        if _text(tx, "TxSts") not in REFUSED:
            continue
        statement.entries.append(_entry(tx, where=f"TxInfAndSts[{index}]", sequence=str(index), day=created))
    return [statement]


def _entry(tx, *, where: str, sequence: str, day: date) -> ParsedEntry:
    reference = _child(tx, "OrgnlTxRef")
    end_to_end = _text(tx, "OrgnlEndToEndId")
    name = _text(reference, "Dbtr", "Nm") or _text(reference, "Dbtr", "Pty", "Nm") or _text(reference, "Cdtr", "Nm")
    iban = (_text(reference, "DbtrAcct", "Id", "IBAN") or _text(reference, "CdtrAcct", "Id", "IBAN")).replace(" ", "")
    common = {
        "where": where,
        "sequence": sequence,
        "credit": False,
        "booking_date": day,
        "value_date": day,
        "counterparty_name": name,
        "counterparty_iban": iban.upper(),
        "bank_reference": (_text(tx, "StsId") or f"{end_to_end}/{_text(tx, 'TxSts')}")[:64],
        "end_to_end_id": end_to_end,
        "transaction_code": f"pain.002/{_text(tx, 'TxSts')}",
        "is_return": True,
        "return_reason": _text(tx, "StsRsnInf", "Rsn", "Cd").upper(),
    }
    if not end_to_end:
        return ParsedEntry(amount=None, error=f"{where}/OrgnlEndToEndId: missing", **common)
    amount_element = _child(reference, "Amt", "InstdAmt") if reference is not None else None
    if amount_element is None and reference is not None:
        amount_element = _child(reference, "Amt", "EqvtAmt", "Amt")
    try:
        amount = _amount(amount_element, f"{where}/OrgnlTxRef/Amt/InstdAmt")
    except ValueError as exc:
        return ParsedEntry(amount=None, error=str(exc), **common)
    return ParsedEntry(amount=amount, **common)
