"""The bank's other answers (issue #15, "Returns and rejections … read from the bank's files (camt.053/camt.054
return entries, or a pain.002)"): a pain.002 status report that rejects direct debits before settlement,
one that rejects a whole file, and a camt.054 notification of a returned debit — imported by the same
``bank_import`` as the statements, exactly once."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from bank import pain002, statements
from bank.models import CollectionItem, EntryOutcome, ItemStatus, MandateStatus, Statement, StatementEntry
from bank.statement_formats import CAMT_054, PAIN_002, detect, parse
from bank.tests import statement_builders as b
from bank.tests.test_statements import july  # noqa: F401  (the fixture: a run of three debits, pending)
from members.models import ContributionDue, Correspondence, CorrespondenceKind

pytestmark = pytest.mark.django_db

NS_002 = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"


def _tx(index: int, e2e: str, status: str, reason: str = "", amount: str = "70.00") -> str:
    why = f"<StsRsnInf><Rsn><Cd>{reason}</Cd></Rsn></StsRsnInf>" if reason else ""
    return (
        f"<TxInfAndSts><StsId>STS-{index}</StsId><OrgnlEndToEndId>{e2e}</OrgnlEndToEndId><TxSts>{status}</TxSts>{why}"
        f'<OrgnlTxRef><Amt><InstdAmt Ccy="EUR">{amount}</InstdAmt></Amt><ReqdColltnDt>2026-07-01</ReqdColltnDt>'
        f"<Dbtr><Pty><Nm>Debtor {index}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>BE41063012345610</IBAN></Id></DbtrAcct>"
        "</OrgnlTxRef></TxInfAndSts>"
    )


def pain002_file(transactions: str, *, message: str = "STS-20260702-1", group_status: str = "PART") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Document xmlns="{NS_002}"><CstmrPmtStsRpt>'
        f"<GrpHdr><MsgId>{message}</MsgId><CreDtTm>2026-07-02T06:10:00</CreDtTm></GrpHdr>"
        f"<OrgnlGrpInfAndSts><OrgnlMsgId>{b.RUN_MESSAGE_ID}</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId>"
        f"<GrpSts>{group_status}</GrpSts></OrgnlGrpInfAndSts>"
        f"<OrgnlPmtInfAndSts><OrgnlPmtInfId>PMT-1</OrgnlPmtInfId>{transactions}</OrgnlPmtInfAndSts>"
        "</CstmrPmtStsRpt></Document>"
    ).encode()


def test_a_pain002_rejects_debits_before_settlement_once(july):  # noqa: F811
    data = pain002_file(_tx(1, b.e2e(1), "RJCT", "AC04") + _tx(2, b.e2e(2), "RJCT", "MD01") + _tx(3, b.e2e(3), "ACCP"))
    assert detect(data) == PAIN_002

    # when the status report is imported
    report = statements.statement_import(file_bytes=data, file_name="status.xml", user=None, dry_run=False)

    # then the two rejected debits are returned with the bank's reason, the accepted one is left alone
    assert report.summary == "entries 2, matched 0, unmatched 0, duplicates 0, returns 2"
    closed = CollectionItem.objects.select_related("mandate").get(end_to_end_id=b.e2e(1))
    no_mandate = CollectionItem.objects.select_related("mandate").get(end_to_end_id=b.e2e(2))
    kept = CollectionItem.objects.get(end_to_end_id=b.e2e(3))
    assert (closed.status, closed.return_reason) == (ItemStatus.RETURNED, "AC04")
    assert (no_mandate.status, no_mandate.return_reason) == (ItemStatus.RETURNED, "MD01")
    assert kept.status == ItemStatus.PENDING
    # AC04 and MD01 suspend the mandate; the months stay open and may be collected again
    assert closed.mandate.status == MandateStatus.SUSPENDED == no_mandate.mandate.status
    assert ContributionDue.objects.filter(household_id=b.CLOSED_ACCOUNT, settled_on__isnull=True).count() == 7
    assert not closed.links.filter(open=True).exists()
    assert Correspondence.objects.filter(kind=CorrespondenceKind.DEBIT_RETURNED).count() == 2
    statement = Statement.objects.get()
    assert (statement.format, statement.account_iban, statement.number) == (PAIN_002, pain002.ACCOUNT, "STS-20260702-1")

    # and imported again, nothing is stored twice
    again = statements.statement_import(file_bytes=data, file_name="status.xml", user=None, dry_run=False)
    assert again.summary == "entries 2, matched 0, unmatched 0, duplicates 2, returns 0"
    assert StatementEntry.objects.count() == 2


def test_a_pain002_that_rejects_the_whole_file_is_refused_with_its_reason(july):  # noqa: F811
    data = pain002_file("", group_status="RJCT").replace(
        b"<GrpSts>RJCT</GrpSts>", b"<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>"
    )
    with pytest.raises(ValidationError) as refused:
        statements.statement_import(file_bytes=data, file_name="status.xml", user=None, dry_run=False)
    message = " ".join(refused.value.message_dict["file"])
    assert "FF01" in message and b.RUN_MESSAGE_ID in message
    assert not Statement.objects.exists()


def camt054_file(e2e: str, reason: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>NTF-20260703</MsgId><CreDtTm>2026-07-03T07:00:00</CreDtTm></GrpHdr>
<Ntfctn><Id>NTF-20260703-1</Id><CreDtTm>2026-07-03T07:00:00</CreDtTm>
<Acct><Id><IBAN>{b.FUND_IBAN}</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><NtryRef>1</NtryRef><Amt Ccy="EUR">70.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>
<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-07-03</Dt></BookgDt><ValDt><Dt>2026-07-03</Dt></ValDt>
<AcctSvcrRef>NTF-REF-1</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><EndToEndId>{e2e}</EndToEndId></Refs><Amt Ccy="EUR">70.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
<RltdPties><Dbtr><Pty><Nm>Debtor 3</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>BE41063012345610</IBAN></Id></DbtrAcct></RltdPties>
<RtrInf><Rsn><Cd>{reason}</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""".encode()


def test_a_camt054_notification_of_a_returned_debit_returns_it(july):  # noqa: F811
    data = camt054_file(b.e2e(2), "AM04")
    kind, parsed = parse(data)
    assert kind == CAMT_054 and parsed[0].format == CAMT_054 and parsed[0].number == "NTF-20260703-1"

    report = statements.statement_import(file_bytes=data, file_name="ntf.xml", user=None, dry_run=False)

    assert [(line.outcome, line.household_id) for line in report.lines] == [
        (EntryOutcome.COLLECTION_RETURNED, b.NO_FUNDS)
    ]
    item = CollectionItem.objects.select_related("mandate").get(end_to_end_id=b.e2e(2))
    assert (item.status, item.return_reason) == (ItemStatus.RETURNED, "AM04")
    assert item.mandate.status == MandateStatus.ACTIVE  # insufficient funds: the mandate stays usable


def test_pain002_parser_reads_a_rejected_credit_transfer():
    data = pain002_file(_tx(7, "CLM-12", "RJCT", "AC01", amount="84.50"))
    [statement] = pain002.parse(data)
    [entry] = statement.entries
    assert (entry.end_to_end_id, entry.amount, entry.return_reason, entry.is_return, entry.credit) == (
        "CLM-12",
        Decimal("84.50"),
        "AC01",
        True,
        False,
    )
    assert entry.booking_date == date(2026, 7, 2) and entry.bank_reference == "STS-7"
    # a transaction without its original end-to-end id is kept as a bad entry, not dropped
    [broken] = pain002.parse(pain002_file(_tx(8, "", "RJCT", "AC04")))[0].entries
    assert broken.error and broken.amount is None
